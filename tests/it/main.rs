//! Integration tests: one binary, modules by theme. They run the real `tuomin` binary on fixture files and
//! assert on what a user sees: the written file, the exit code, the message.

mod support;
mod truth;
mod cli;
mod detectors;
mod hostile;
mod privacy;
mod props;
