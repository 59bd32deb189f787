//! Typed errors of the engine. An error names a file, a sheet or a cell reference, never a cell value.

use std::path::PathBuf;

/// Everything that can stop a run. Messages are one line and free of personal data.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: file not found")]
    NotFound { path: PathBuf },
    #[error("{path}: cannot read: {reason}")]
    Unreadable { path: PathBuf, reason: String },
    #[error("{path}: unsupported file type (expected .csv, .tsv, .xlsx, .xlsm, .xls or .ods)")]
    Unsupported { path: PathBuf },
    #[error("{path}: corrupt or not a {format} file: {reason}")]
    Corrupt { path: PathBuf, format: &'static str, reason: String },
    #[error("{path}: the workbook is password-protected (encrypted); remove the password and try again")]
    Encrypted { path: PathBuf },
    #[error("{path}: the file is empty")]
    Empty { path: PathBuf },
    #[error("{path}: cannot decode as {encoding}: {reason}")]
    Encoding { path: PathBuf, encoding: String, reason: String },
    #[error("{path}: cannot write output: {reason}")]
    Write { path: PathBuf, reason: String },
    #[error("{path}: output exists; pass --force to overwrite it")]
    OutputExists { path: PathBuf },
    #[error("{path}: the output would overwrite the input")]
    OutputIsInput { path: PathBuf },
    #[error("policy {path}: {reason}")]
    Policy { path: String, reason: String },
    #[error("patterns: {0}")]
    Patterns(String),
    #[error("punitive mode: {0}")]
    Punitive(String),
    #[error("report {path}: {reason}")]
    Report { path: PathBuf, reason: String },
    #[error("interrupted: no output was written")]
    Interrupted,
    #[error("{0}")]
    Usage(String),
}

/// Result alias used across the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

thread_local! {
    static GUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f`, turning a panic inside it into `None`. The panic hook installed by [`install_panic_hook`] stays
/// silent for it: the caller reports a clean error instead (calamine panics on some damaged archives).
pub fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    let was = GUARDED.with(|g| g.replace(true));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(was));
    r.ok()
}

/// A panic hook for the binary: silent inside [`guarded`]; elsewhere one line naming the code location only.
/// A panic's message may quote the data it choked on, so it is never printed.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        if GUARDED.with(std::cell::Cell::get) {
            return;
        }
        // Printing to stdout failed: not a bug but the environment. `tuomin scan … | head` closes the pipe
        // early; the reader is gone, so stop quietly with status 141, as a tool killed by SIGPIPE would.
        // Any other failure (a full disk) is an error. The message holds the OS error only, never data.
        let msg = info.payload().downcast_ref::<String>().map(String::as_str).unwrap_or_default();
        if let Some(why) = msg.strip_prefix("failed printing to stdout: ") {
            if why.contains("Broken pipe") {
                std::process::exit(141);
            }
            eprintln!("tuomin: error: cannot write to standard output: {why}");
            std::process::exit(2);
        }
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("tuomin: error: internal error{at} (a bug: please report it with the file type, never the file)");
    }));
}
