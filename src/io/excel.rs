//! Reads xlsx, xls and ods through calamine. Formula cells arrive as their cached values, so an output
//! never carries a formula. Hidden sheets are read (and masked) like the rest.

use crate::error::{Error, Result};
use crate::table::{Cell, Merge, Sheet, Source, Workbook};
use calamine::{Data, Reader, SheetVisible, open_workbook_auto};
use std::io::Read;
use std::path::Path;

/// Whether an OLE compound file holds an encrypted OOXML package (a password-protected xlsx).
pub fn ole_is_encrypted(path: &Path) -> bool {
    let mut buf = Vec::new();
    if std::fs::File::open(path).and_then(|f| f.take(4 << 20).read_to_end(&mut buf)).is_err() {
        return false;
    }
    // Stream names in the directory are UTF-16LE.
    let needle: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect();
    buf.windows(needle.len()).any(|w| w == needle.as_slice())
}

fn map_err(path: &Path, format: &'static str, e: calamine::Error) -> Error {
    let text = e.to_string();
    if text.to_ascii_lowercase().contains("password") {
        return Error::Encrypted { path: path.into() };
    }
    Error::Corrupt { path: path.into(), format, reason: text.split_whitespace().collect::<Vec<_>>().join(" ") }
}

/// Converts one calamine value.
pub fn cell_of(d: &Data) -> Cell {
    match d {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Int(*i),
        Data::Float(f) => Cell::Float(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) => {
            let serial = dt.as_f64();
            Cell::Date { serial, time: serial.fract() != 0.0 }
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(format!("{e}")),
    }
}

/// Reads every sheet of a workbook, keeping absolute cell positions.
pub fn read(path: &Path) -> Result<Workbook> {
    let format = match crate::io::Format::of(path) {
        Some(crate::io::Format::Xls) => "xls",
        Some(crate::io::Format::Ods) => "ODS",
        _ => "xlsx",
    };
    // calamine may panic on some malformed archives; a panic must become a clean error, not a crash.
    let res = std::panic::catch_unwind(|| read_inner(path, format));
    match res {
        Ok(r) => r,
        Err(_) => Err(Error::Corrupt { path: path.into(), format, reason: "the workbook structure is damaged".into() }),
    }
}

fn read_inner(path: &Path, format: &'static str) -> Result<Workbook> {
    let mut wb = open_workbook_auto(path).map_err(|e| map_err(path, format, e))?;
    let metas: Vec<(String, bool)> =
        wb.sheets_metadata().iter().map(|s| (s.name.clone(), !matches!(s.visible, SheetVisible::Visible))).collect();
    let mut merges_by_sheet: Vec<Vec<Merge>> = vec![Vec::new(); metas.len()];
    if let calamine::Sheets::Xlsx(x) = &mut wb {
        for (i, (name, _)) in metas.iter().enumerate() {
            if let Ok(m) = x.merge_cells_by_sheet_name(name) {
                merges_by_sheet[i] = m.iter().map(merge_of).collect();
            }
        }
    } else if let calamine::Sheets::Xls(x) = &wb {
        for (i, (name, _)) in metas.iter().enumerate() {
            if let Ok(m) = x.merge_cells_by_sheet_name(name) {
                merges_by_sheet[i] = m.iter().map(merge_of).collect();
            }
        }
    }
    let mut sheets = Vec::with_capacity(metas.len());
    for (i, (name, hidden)) in metas.iter().enumerate() {
        let range = match wb.worksheet_range(name) {
            Ok(r) => r,
            // Chart sheets and other non-worksheets have no cells: keep an empty sheet in their place.
            Err(e) if e.to_string().to_ascii_lowercase().contains("not found") => calamine::Range::empty(),
            Err(e) => return Err(map_err(path, format, e)),
        };
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        if let Some((r0, c0)) = range.start() {
            let (r0, c0) = (r0 as usize, c0 as usize);
            rows.resize(r0, Vec::new());
            for row in range.rows() {
                let mut out = vec![Cell::Empty; c0];
                out.extend(row.iter().map(cell_of));
                while out.last().is_some_and(Cell::is_blank) && matches!(out.last(), Some(Cell::Empty)) {
                    out.pop();
                }
                rows.push(out);
            }
        }
        sheets.push(Sheet {
            name: name.clone(),
            rows,
            merges: std::mem::take(&mut merges_by_sheet[i]),
            hidden: *hidden,
        });
    }
    if sheets.is_empty() {
        return Err(Error::Empty { path: path.into() });
    }
    Ok(Workbook { sheets, source: Source::Excel })
}

fn merge_of(d: &calamine::Dimensions) -> Merge {
    Merge { first_row: d.start.0, first_col: d.start.1, last_row: d.end.0, last_col: d.end.1 }
}
