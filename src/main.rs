//! The `tuomin` binary: parse arguments, call the library, show results, map errors to exit codes.

mod app;
mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    tuomin::error::install_panic_hook();
    match app::run() {
        Ok(code) => code,
        Err(e) => {
            // One line, no personal data: library errors name files and cells only.
            eprintln!("tuomin: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
