//! Writes a publication-ready xlsx: every sheet in order, cells at their positions, header row bold and
//! frozen, column widths fitted to content (a CJK character counts double), merged title cells merged
//! again, identifier columns as text (never 2.20502E+17).

use crate::table::{Cell, Workbook};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook as XWorkbook, XlsxError};
use std::io::Write;

/// Display width of a text: CJK and full-width characters count double.
pub fn display_width(s: &str) -> usize {
    s.chars().map(|c| if (c as u32) >= 0x1100 && (c.is_alphabetic() || (c as u32) >= 0x3000) { 2 } else { 1 }).sum()
}

/// XML 1.0 forbids most control characters: they are replaced so the file stays valid.
fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
        s.chars().map(|c| if c.is_control() && !matches!(c, '\t' | '\n' | '\r') { '\u{FFFD}' } else { c }).collect()
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Excel's limit for one cell's text.
const MAX_CELL: usize = 32_767;

/// The first cell too long for Excel. Cutting it would lose data without a word, so the write is refused
/// and the message points to CSV, which has no limit.
fn overlong(wb: &Workbook) -> Option<String> {
    for sheet in &wb.sheets {
        for (r, row) in sheet.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let s = match cell {
                    Cell::Text(s) | Cell::Error(s) => s,
                    _ => continue,
                };
                // Bytes bound characters from above: count only the few long ones.
                if s.len() > MAX_CELL && s.chars().count() > MAX_CELL {
                    return Some(format!(
                        "cell {}!{} holds {} characters, more than Excel's 32,767; write a .csv output to keep it whole",
                        sheet.name,
                        crate::table::a1(r, c),
                        s.chars().count()
                    ));
                }
            }
        }
    }
    None
}

/// Writes `wb` as xlsx into `out`. `header_rows[i]` is the header row of sheet i, if one was found.
pub fn write<W: Write + std::io::Seek + Send>(
    wb: &Workbook,
    out: W,
    header_rows: &[Option<usize>],
) -> Result<(), String> {
    if let Some(reason) = overlong(wb) {
        return Err(reason);
    }
    write_inner(wb, out, header_rows).map_err(|e| e.to_string())
}

fn write_inner<W: Write + std::io::Seek + Send>(
    wb: &Workbook,
    out: W,
    header_rows: &[Option<usize>],
) -> Result<(), XlsxError> {
    let mut book = XWorkbook::new();
    // A fixed creation time (the zip entries carry a fixed time too): the same input gives a
    // byte-identical output, so its SHA-256 in the audit report is reproducible.
    let epoch = ExcelDateTime::from_ymd(1980, 1, 1)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&epoch));
    let bold = Format::new().set_bold();
    let title = Format::new().set_bold().set_align(FormatAlign::Center);
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let datetime = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    let text = Format::new().set_num_format("@");
    for (si, sheet) in wb.sheets.iter().enumerate() {
        let ws = book.add_worksheet();
        ws.set_name(sheet_name(&sheet.name, si))?;
        let header = header_rows.get(si).copied().flatten();
        let width = sheet.width();
        let mut widths = vec![0usize; width];
        for (r, row) in sheet.rows.iter().enumerate() {
            let in_merge = |c: usize| {
                sheet.merges.iter().any(|m| {
                    (m.first_row as usize..=m.last_row as usize).contains(&r)
                        && (m.first_col as usize..=m.last_col as usize).contains(&c)
                })
            };
            for (c, cell) in row.iter().enumerate() {
                let (r32, c16) = (r as u32, c as u16);
                let is_header = header == Some(r);
                match cell {
                    Cell::Empty => continue,
                    Cell::Text(s) => {
                        let s = clean(s);
                        if is_header {
                            ws.write_string_with_format(r32, c16, s.as_ref(), &bold)?;
                        } else if s.chars().any(|ch| ch.is_ascii_digit()) && s.len() > 11 {
                            // Long digit strings stay text when a reader re-saves the file.
                            ws.write_string_with_format(r32, c16, s.as_ref(), &text)?;
                        } else {
                            ws.write_string(r32, c16, s.as_ref())?;
                        }
                        if !in_merge(c) {
                            widths[c] = widths[c].max(s.lines().map(display_width).max().unwrap_or(0));
                        }
                    }
                    Cell::Int(i) => {
                        ws.write_number(r32, c16, *i as f64)?;
                        widths[c] = widths[c].max(i.to_string().len());
                    }
                    Cell::Float(f) => {
                        ws.write_number(r32, c16, *f)?;
                        widths[c] = widths[c].max(crate::table::float_text(*f).len().min(15));
                    }
                    Cell::Bool(b) => {
                        ws.write_boolean(r32, c16, *b)?;
                    }
                    Cell::Date { serial, time } => {
                        ws.write_number_with_format(r32, c16, *serial, if *time { &datetime } else { &date })?;
                        widths[c] = widths[c].max(if *time { 19 } else { 10 });
                    }
                    Cell::Error(e) => {
                        ws.write_string(r32, c16, clean(e).as_ref())?;
                    }
                }
            }
        }
        for m in &sheet.merges {
            if m.first_row == m.last_row && m.first_col == m.last_col {
                continue;
            }
            let v = sheet.get(m.first_row as usize, m.first_col as usize).as_text().into_owned();
            let fmt = if m.first_row == 0 || header.is_some_and(|h| (m.first_row as usize) < h) {
                &title
            } else {
                &Format::new()
            };
            ws.merge_range(m.first_row, m.first_col as u16, m.last_row, m.last_col as u16, &clean(&v), fmt)?;
            // (审批日期 merged down a household's rows: a number or a date stays one, not its text.)
            let (r0, c0) = (m.first_row, m.first_col as u16);
            match sheet.get(m.first_row as usize, m.first_col as usize) {
                Cell::Int(i) => {
                    ws.write_number_with_format(r0, c0, *i as f64, fmt)?;
                }
                Cell::Float(f) => {
                    ws.write_number_with_format(r0, c0, *f, fmt)?;
                }
                Cell::Date { serial, time } => {
                    ws.write_number_with_format(r0, c0, *serial, if *time { &datetime } else { &date })?;
                }
                _ => {}
            }
        }
        for (c, w) in widths.iter().enumerate() {
            if *w > 0 {
                ws.set_column_width(c as u16, ((*w + 2) as f64).min(80.0))?;
            }
        }
        if let Some(h) = header {
            ws.set_freeze_panes((h + 1) as u32, 0)?;
        }
        if sheet.hidden {
            ws.set_hidden(true);
        }
    }
    if wb.sheets.is_empty() {
        book.add_worksheet();
    }
    book.save_to_writer(out)?;
    Ok(())
}

/// Excel sheet names: at most 31 chars, none of []:*?/\ , unique.
fn sheet_name(name: &str, index: usize) -> String {
    let cleaned: String = name.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
    if cleaned.trim().is_empty() { format!("Sheet{}", index + 1) } else { cleaned }
}
