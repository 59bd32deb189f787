//! The CSV reader on arbitrary bytes: written to a `.csv` file, read with encoding detection.
//! Errors (corrupt, empty, undecodable) are fine; panics are not.
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
    let p = path("input.csv");
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
    // The same bytes as TSV (other delimiter path).
    let p = path("input.tsv");
    std::fs::write(&p, data).expect("write temp input");
    let _ = tuomin::io::read(&p, EncodingChoice::Auto);
});
