//! The xlsx reader (calamine behind `tuomin::io::read`) on arbitrary bytes written to a `.xlsx` file.
//! Errors are fine; panics (and aborts from huge allocations) are not.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;
use tuomin::io::EncodingChoice;

static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();

fn path(name: &str) -> PathBuf {
    DIR.get_or_init(|| tempfile::tempdir().expect("temp dir")).path().join(name)
}

fuzz_target!(|data: &[u8]| {
    let p = path("input.xlsx");
    std::fs::write(&p, data).expect("write temp input");
    if let Ok(wb) = tuomin::io::read(&p, EncodingChoice::Auto) {
        for sheet in &wb.sheets {
            let _ = sheet.width();
            for row in &sheet.rows {
                for cell in row {
                    let _ = cell.as_text();
                }
            }
        }
    }
});
