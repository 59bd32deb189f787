//! Shared helpers: run the binary, read outputs back through the library, make valid synthetic IDs.

#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tuomin::table::{Cell, Workbook};

/// The repository's fixtures folder.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}

/// The `tuomin` binary, with a fixed as-of date so ages are stable.
pub fn tuomin() -> Command {
    let mut c = Command::cargo_bin("tuomin").unwrap_or_else(|e| panic!("binary not built: {e}"));
    c.env_remove("RUST_LOG");
    c
}

/// Reads any supported file back into a workbook.
pub fn read(p: &Path) -> Workbook {
    tuomin::io::read(p, tuomin::io::EncodingChoice::Auto).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

/// The text of a cell.
pub fn text(c: &Cell) -> String {
    c.as_text().into_owned()
}

/// Completes 17 digits with the GB 11643 check character.
pub fn id_with_check(first17: &str) -> String {
    let c = tuomin::detect::id_card::check_char(first17.as_bytes()).unwrap_or(b'?');
    format!("{first17}{}", c as char)
}

/// Completes a card prefix with its Luhn digit.
pub fn card_with_luhn(prefix: &str) -> String {
    (0..10).map(|d| format!("{prefix}{d}")).find(|s| tuomin::detect::bank::luhn(s.as_bytes())).unwrap_or_default()
}

/// Parses "B5" into 0-based (row, col).
pub fn parse_a1(s: &str) -> (usize, usize) {
    let letters: String = s.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let digits: String = s.chars().skip_while(|c| c.is_ascii_alphabetic()).collect();
    let col = letters.bytes().fold(0usize, |acc, b| acc * 26 + (b - b'A' + 1) as usize) - 1;
    (digits.parse::<usize>().unwrap_or(1) - 1, col)
}
