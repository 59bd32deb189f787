//! The `tuomin` binary: parse arguments, call the library, show results, map errors to exit codes.

mod app;
mod cli;

use std::process::ExitCode;

/// Masking allocates many small strings per cell across threads; mimalloc is markedly faster at that than
/// glibc's malloc (about a third of the run's time was in malloc/free).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
