//! tuomin (脱敏) de-identifies welfare-assistance rosters before they are published.
//!
//! The crate is a pure engine behind a thin binary:
//! [`io`] reads and writes workbooks (CSV in UTF-8/GBK, xlsx/xls/ods) into a [`table::Workbook`];
//! [`detect`] finds identifiers (resident IDs, disability certificates, phones, bank accounts, names,
//! addresses) and returns plain byte offsets; [`columns`] recognises header rows and classifies columns;
//! [`mask`] holds the pure masking functions; [`policy`] says what to mask how; [`engine`] ties them
//! together over rows in parallel; [`report`] is the audit report (never a raw value); [`verify`] re-scans
//! an output and proves it clean; [`batch`] runs folders.
//! The library never prints: it returns results and the binary decides what to show.

pub mod batch;
pub mod columns;
pub mod date;
pub mod detect;
pub mod engine;
pub mod error;
pub mod io;
pub mod job;
pub mod mask;
pub mod patterns;
pub mod policy;
pub mod report;
pub mod script;
pub mod table;
pub mod verify;

pub use engine::{MaskOptions, Masker, Punitive};
pub use error::Error;
pub use policy::Policy;
