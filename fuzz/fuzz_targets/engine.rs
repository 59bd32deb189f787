//! The whole engine: a small workbook built from the fuzz input, masked with `Masker::mask_workbook`.
//!
//! Input format (lossy UTF-8): sheets are separated by form feed `\x0c`, rows by `\n`, cells by `\t`.
//! A cell starting with `\x01` is an integer cell, `\x02` a float cell, `\x03` a date serial (when the rest
//! parses), `\x04` a boolean, anything else text. At most 4 sheets x 64 rows x 24 columns, so one run stays fast.
//! The first row usually holds headers, as in a roster (`姓名\t身份证号\t…`).
//!
//! Checks: no panic; the result keeps the workbook's shape (same sheets, same rows).
//! With `TUOMIN_FUZZ_IDEMPOTENT=1` in the environment it also checks that masking the output again changes
//! nothing (the engine claims idempotency); off by default so a property failure doesn't stop the panic hunt.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tuomin::engine::{MaskOptions, Masker};
use tuomin::patterns::Patterns;
use tuomin::table::{Cell, Sheet, Source, Workbook};

static MASKER: OnceLock<Masker> = OnceLock::new();
static IDEMPOTENT: OnceLock<bool> = OnceLock::new();

fn masker() -> &'static Masker {
    MASKER.get_or_init(|| {
        // One rayon worker: the machine is shared, and libFuzzer measures one thread best.
        if std::env::var_os("RAYON_NUM_THREADS").is_none() {
            std::env::set_var("RAYON_NUM_THREADS", "1");
        }
        let opts = MaskOptions {
            as_of: tuomin::date::Date::new(2026, 11, 28).expect("valid date"),
            // Small chunks so the chunking (and row offsets across chunks) is exercised.
            chunk_rows: 7,
            ..MaskOptions::default()
        };
        Masker::new(Patterns::builtin().expect("builtin patterns"), opts).expect("masker builds")
    })
}

fn cell(s: &str) -> Cell {
    let mut chars = s.chars();
    let rest = || s[1..].trim();
    match chars.next() {
        Some('\u{1}') => rest().parse().map(Cell::Int).unwrap_or_else(|_| Cell::Text(s.into())),
        Some('\u{2}') => rest().parse().map(Cell::Float).unwrap_or_else(|_| Cell::Text(s.into())),
        Some('\u{3}') => rest()
            .parse()
            .map(|serial| Cell::Date { serial, time: serial % 1.0 != 0.0 })
            .unwrap_or_else(|_| Cell::Text(s.into())),
        Some('\u{4}') => Cell::Bool(rest().starts_with('1')),
        None => Cell::Empty,
        _ => Cell::Text(s.into()),
    }
}

fn workbook(text: &str) -> Workbook {
    let sheets = text
        .split('\u{c}')
        .take(4)
        .enumerate()
        .map(|(i, sheet)| Sheet {
            name: format!("Sheet{}", i + 1),
            rows: sheet
                .split('\n')
                .take(64)
                .map(|row| row.trim_end_matches('\r').split('\t').take(24).map(cell).collect())
                .collect(),
            ..Sheet::default()
        })
        .collect();
    Workbook { sheets, source: Source::Excel }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let wb = workbook(&text);
    let m = masker();
    let Ok((out, plans, _stats)) = m.mask_workbook(&wb, &|_| {}) else {
        return;
    };
    assert_eq!(out.sheets.len(), wb.sheets.len(), "sheet count changed");
    assert_eq!(plans.len(), wb.sheets.len(), "one plan per sheet");
    for (a, b) in wb.sheets.iter().zip(&out.sheets) {
        assert_eq!(a.rows.len(), b.rows.len(), "row count changed in {}", a.name);
    }
    if *IDEMPOTENT.get_or_init(|| std::env::var_os("TUOMIN_FUZZ_IDEMPOTENT").is_some_and(|v| v == "1")) {
        if let Ok((again, _, _)) = m.mask_workbook(&out, &|_| {}) {
            for (a, b) in out.sheets.iter().zip(&again.sheets) {
                assert_eq!(a.rows, b.rows, "masking the output again changed it (sheet {})", a.name);
            }
        }
    }
});
