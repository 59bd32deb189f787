//! Shared by the reader targets: write the bytes to a file of a given name in one temp folder per process,
//! read it through `tuomin::io::read`, and touch every cell of what comes back.

use std::path::PathBuf;
use std::sync::OnceLock;
use tuomin::io::EncodingChoice;

static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();

/// Reads `data` as a file named `name` (its extension picks the reader). Errors are fine; panics are not.
pub fn read_as(name: &str, data: &[u8]) {
    let p: PathBuf = DIR.get_or_init(|| tempfile::tempdir().expect("temp dir")).path().join(name);
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
}
