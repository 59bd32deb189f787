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
    let mut text = e.to_string();
    if text.to_ascii_lowercase().contains("password") {
        return Error::Encrypted { path: path.into() };
    }
    // calamine names what it found instead of what it expected, and that may be a cell's text (Expecting
    // 'table-cell', found 'Text(…沈建国…)'): the message says where, never what.
    if let Some(at) = text.find(", found '") {
        text.truncate(at);
        text.push_str(", found other content");
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
    match crate::error::guarded(|| read_inner(path, format)) {
        Some(r) => r,
        None => Err(Error::Corrupt { path: path.into(), format, reason: "the workbook structure is damaged".into() }),
    }
}

fn read_inner(path: &Path, format: &'static str) -> Result<Workbook> {
    match open_workbook_auto(path) {
        Ok(wb) => read_sheets(path, format, wb),
        // calamine reads an ODS's table XML strictly, so a file written with line breaks between its
        // elements (valid XML, made by scripts and some exporters) fails on the first break. Read it again
        // with the whitespace between table elements left out; the cells' own text is untouched.
        Err(e) if format == "ODS" && e.to_string().contains("found 'Text(") => {
            let Some(bytes) = ods_without_layout_whitespace(path) else {
                return Err(map_err(path, format, e));
            };
            let ods = calamine::Ods::new(std::io::Cursor::new(bytes)).map_err(|e| map_err(path, format, e.into()))?;
            read_sheets(path, format, calamine::Sheets::Ods(ods))
        }
        Err(e) => Err(map_err(path, format, e)),
    }
}

/// A copy of an ODS package whose content.xml has no whitespace-only text between elements other than
/// paragraph text (`text:` elements keep theirs). None when the package cannot be read.
fn ods_without_layout_whitespace(path: &Path) -> Option<Vec<u8>> {
    use quick_xml::events::Event;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(std::fs::File::open(path).ok()?)).ok()?;
    let mut content = Vec::new();
    zip.by_name("content.xml").ok()?.read_to_end(&mut content).ok()?;
    let mut reader = quick_xml::Reader::from_reader(content.as_slice());
    let mut writer = quick_xml::Writer::new(Vec::with_capacity(content.len()));
    let mut open: Vec<String> = Vec::new();
    loop {
        let event = reader.read_event().ok()?;
        match &event {
            Event::Eof => break,
            Event::Start(e) => open.push(e.name().into_inner().to_string()),
            Event::End(_) => {
                open.pop();
            }
            Event::Text(t)
                if t.chars().all(|c| c.is_ascii_whitespace())
                    && !open.last().is_some_and(|n| n.starts_with("text:")) =>
            {
                continue;
            }
            _ => {}
        }
        writer.write_event(event).ok()?;
    }
    let content = writer.into_inner();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let file = zip.by_index_raw(i).ok()?;
        if file.name().ok()? == "content.xml" {
            drop(file);
            let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
            out.start_file("content.xml", options).ok()?;
            std::io::Write::write_all(&mut out, &content).ok()?;
        } else {
            out.raw_copy_file(file).ok()?;
        }
    }
    Some(out.finish().ok()?.into_inner())
}

fn read_sheets<RS: std::io::Read + std::io::Seek>(
    path: &Path,
    format: &'static str,
    mut wb: calamine::Sheets<RS>,
) -> Result<Workbook> {
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
    } else if let calamine::Sheets::Ods(_) = &wb {
        // Spanned cells (a title across the table) are only layout: a file whose spans cannot be read is
        // still masked, with its titles unmerged.
        let mut spans = ods_merges(path).unwrap_or_default();
        for (i, (name, _)) in metas.iter().enumerate() {
            if let Some(k) = spans.iter().position(|(n, _)| n == name) {
                merges_by_sheet[i] = spans.swap_remove(k).1;
            }
        }
    }
    let mut sheets = Vec::with_capacity(metas.len());
    for (i, (name, hidden)) in metas.iter().enumerate() {
        if let calamine::Sheets::Xlsx(x) = &mut wb {
            let rows = xlsx_rows(x, name).map_err(|e| match e {
                SheetError::Calamine(e) => map_err(path, format, calamine::Error::Xlsx(e)),
                SheetError::Bounds(reason) => Error::Corrupt { path: path.into(), format, reason },
            })?;
            sheets.push(Sheet {
                name: name.clone(),
                rows,
                merges: std::mem::take(&mut merges_by_sheet[i]),
                hidden: *hidden,
            });
            continue;
        }
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

/// Excel's own sheet limits: a cell beyond them is a damaged or hostile file, not a roster.
const MAX_ROWS: u32 = 1_048_576;
const MAX_COLS: u32 = 16_384;
/// Cells (blank ones included) a sheet may expand to in memory; far beyond any roster (a 1,000,000-row sheet
/// of 13 columns is 13 million), and well short of what would exhaust memory.
const MAX_CELLS: usize = 200_000_000;

enum SheetError {
    Calamine(calamine::XlsxError),
    Bounds(String),
}

/// Reads one xlsx worksheet cell by cell, checking every position against Excel's limits before anything is
/// allocated for it. calamine's own `worksheet_range` builds a dense rectangle from whatever positions the
/// XML claims, so one cell at row 4,000,000,000 would ask for hundreds of gigabytes and abort the process.
fn xlsx_rows<RS: std::io::Read + std::io::Seek>(
    x: &mut calamine::Xlsx<RS>,
    name: &str,
) -> std::result::Result<Vec<Vec<Cell>>, SheetError> {
    let mut reader = match x.worksheet_cells_reader(name) {
        Ok(r) => r,
        // Chart sheets and other non-worksheets have no cells: keep an empty sheet in their place.
        Err(calamine::XlsxError::NotAWorksheet(_)) => return Ok(Vec::new()),
        Err(e) => return Err(SheetError::Calamine(e)),
    };
    let mut cells: Vec<(u32, u32, Cell)> = Vec::new();
    let mut sorted = true;
    while let Some(cell) = reader.next_cell().map_err(SheetError::Calamine)? {
        let (r, c) = cell.get_position();
        if r >= MAX_ROWS || c >= MAX_COLS {
            return Err(SheetError::Bounds(format!(
                "a cell lies beyond Excel's limits of {MAX_ROWS} rows and {MAX_COLS} columns"
            )));
        }
        let value = cell_of(&Data::from(cell.get_value().clone()));
        if matches!(value, Cell::Empty) {
            continue;
        }
        if cells.last().is_some_and(|&(pr, pc, _)| (pr, pc) >= (r, c)) {
            sorted = false;
        }
        cells.push((r, c, value));
    }
    if !sorted {
        // Out-of-order cells are legal XML; the last one written for a position wins, as in calamine.
        cells.sort_by_key(|&(r, c, _)| (r, c));
        let mut dedup: Vec<(u32, u32, Cell)> = Vec::with_capacity(cells.len());
        for cell in cells {
            match dedup.last_mut() {
                Some(last) if (last.0, last.1) == (cell.0, cell.1) => *last = cell,
                _ => dedup.push(cell),
            }
        }
        cells = dedup;
    }
    let mut budget: usize = 0;
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for (r, c, value) in cells {
        let (r, c) = (r as usize, c as usize);
        // Rows and blank cells this one brings into being, counted before any of them is allocated.
        let row_len = rows.get(r).map_or(0, Vec::len);
        budget += (r + 1).saturating_sub(rows.len()) + c.saturating_sub(row_len) + 1;
        if budget > MAX_CELLS {
            return Err(SheetError::Bounds("the sheet is too large to hold in memory".into()));
        }
        if rows.len() <= r {
            rows.resize_with(r + 1, Vec::new);
        }
        let row = &mut rows[r];
        row.resize(c, Cell::Empty);
        row.push(value);
    }
    Ok(rows)
}

/// The spanned cells of each table of an OpenDocument spreadsheet (calamine reads the values, not the
/// spans): table:number-columns-spanned / number-rows-spanned, positions counted through repeated rows and
/// cells.
fn ods_merges(path: &Path) -> Option<Vec<(String, Vec<Merge>)>> {
    use quick_xml::events::{BytesStart, Event};
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).ok()?).ok()?;
    let content = std::io::BufReader::new(zip.by_name("content.xml").ok()?);
    let mut reader = quick_xml::Reader::from_reader(content);
    let attr = |e: &BytesStart, key: &str| -> Option<String> {
        e.attributes()
            .flatten()
            .find(|a| a.key.local_name().into_inner() == key)
            .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
    };
    let count = |e: &BytesStart, key: &str| -> u32 { attr(e, key).and_then(|v| v.parse().ok()).unwrap_or(1).max(1) };
    let mut out: Vec<(String, Vec<Merge>)> = Vec::new();
    let (mut row, mut col, mut row_repeat) = (0u32, 0u32, 1u32);
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf).ok()?;
        let (e, empty) = match &event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(e) => {
                if e.local_name().into_inner() == "table-row" {
                    row = row.saturating_add(row_repeat);
                }
                buf.clear();
                continue;
            }
            Event::Eof => break,
            _ => {
                buf.clear();
                continue;
            }
        };
        match e.local_name().into_inner() {
            "table" => {
                out.push((attr(e, "name").unwrap_or_default(), Vec::new()));
                row = 0;
            }
            "table-row" => {
                col = 0;
                row_repeat = count(e, "number-rows-repeated");
                if empty {
                    row = row.saturating_add(row_repeat);
                }
            }
            "table-cell" | "covered-table-cell" => {
                let (cols, rows) = (count(e, "number-columns-spanned"), count(e, "number-rows-spanned"));
                if (cols > 1 || rows > 1)
                    && let Some((_, merges)) = out.last_mut()
                {
                    merges.push(Merge {
                        first_row: row,
                        first_col: col,
                        last_row: row + rows - 1,
                        last_col: col + cols - 1,
                    });
                }
                col = col.saturating_add(count(e, "number-columns-repeated"));
            }
            _ => {}
        }
        buf.clear();
    }
    Some(out)
}

fn merge_of(d: &calamine::Dimensions) -> Merge {
    Merge { first_row: d.start.0, first_col: d.start.1, last_row: d.end.0, last_col: d.end.1 }
}
