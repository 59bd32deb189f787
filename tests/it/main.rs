//! Integration tests: one binary, modules by theme. They run the real `tuomin` binary on fixture files and
//! assert on what a user sees: the written file, the exit code, the message.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod cli;
mod detectors;
mod hostile;
mod privacy;
mod props;
mod support;
mod truth;
