//! The audit report written beside every output: what was recognised, what was masked, where, and under
//! which policy. It never holds a raw value: cell references, kinds, counts and masked previews only.

use crate::columns::Source;
use crate::detect::{Kind, Status};
use crate::engine::Plan;
use crate::table::{a1, col_letter};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Something that happened to one cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    pub col: usize,
    pub kind: Kind,
    pub status: Status,
    pub note: Note,
}

/// Extra facts about an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    None,
    /// Found inside free text.
    InText,
    /// A name kept readable by the punitive scope.
    PunitiveKept,
    /// A name in punitive scope kept masked because the row is a minor's.
    PunitiveMinor,
    /// A minor's name, fully masked.
    Minor,
}

const MAX_REFS: usize = 200;

/// serde_json's pretty format, except that an array inside an array is written on one line.
#[derive(Default)]
struct NestedArraysInline {
    pretty: serde_json::ser::PrettyFormatter<'static>,
    /// For each open array or object, whether it is an array.
    open: Vec<bool>,
    /// How many of the open arrays are written on one line.
    inline: usize,
}

/// The separator before an item written on one line: none before the first.
fn comma_unless<W: ?Sized + std::io::Write>(first: bool, w: &mut W) -> std::io::Result<()> {
    if first { Ok(()) } else { w.write_all(b",") }
}

impl serde_json::ser::Formatter for NestedArraysInline {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        let nested = self.inline > 0 || self.open.last() == Some(&true);
        self.open.push(true);
        if nested {
            self.inline += 1;
            return w.write_all(b"[");
        }
        self.pretty.begin_array(w)
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open.pop();
        if self.inline > 0 {
            self.inline -= 1;
            return w.write_all(b"]");
        }
        self.pretty.end_array(w)
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        if self.inline == 0 { self.pretty.begin_array_value(w, first) } else { comma_unless(first, w) }
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        if self.inline == 0 { self.pretty.end_array_value(w) } else { Ok(()) }
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open.push(false);
        if self.inline > 0 { w.write_all(b"{") } else { self.pretty.begin_object(w) }
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open.pop();
        if self.inline > 0 { w.write_all(b"}") } else { self.pretty.end_object(w) }
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        if self.inline == 0 { self.pretty.begin_object_key(w, first) } else { comma_unless(first, w) }
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        if self.inline > 0 { w.write_all(b":") } else { self.pretty.begin_object_value(w) }
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        if self.inline == 0 { self.pretty.end_object_value(w) } else { Ok(()) }
    }
}

/// Inclusive 1-based row ranges.
pub type Ranges = Vec<(u64, u64)>;

fn push_row(r: &mut Ranges, row: u64) {
    match r.last_mut() {
        Some((_, end)) if *end + 1 == row => *end = row,
        Some((_, end)) if *end == row => {}
        _ => r.push((row, row)),
    }
}

/// Whether a 1-based row is in ranges.
pub fn in_ranges(r: &Ranges, row: u64) -> bool {
    r.binary_search_by(|(a, b)| {
        if row < *a {
            std::cmp::Ordering::Greater
        } else if row > *b {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

/// One column in the report.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct ColumnReport {
    pub column: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    pub kind: String,
    pub source: String,
    #[serde(default)]
    pub public: bool,
    /// Findings per kind (a cell may hold several).
    pub masked: BTreeMap<String, u64>,
    /// Rows (1-based, inclusive ranges) where this column's cell was changed.
    pub changed_rows: Ranges,
    pub cells_changed: u64,
    pub validation_failures: u64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub validation_failure_cells: Vec<String>,
    pub damaged_ids: u64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub damaged_id_cells: Vec<String>,
}

/// One sheet in the report.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct SheetReport {
    pub name: String,
    /// 1-based header row, if one was recognised.
    pub header_row: Option<usize>,
    pub rows: usize,
    pub org_register: bool,
    pub columns: Vec<ColumnReport>,
    pub warnings: Vec<String>,
}

/// Accumulates a sheet's events (in row order, so the report is deterministic).
#[derive(Debug, Clone)]
pub struct SheetStats {
    pub report: SheetReport,
    pub kept_cells: Vec<String>,
    pub minor_refusals: Vec<String>,
    pub rows: usize,
}

impl SheetStats {
    /// Starts a sheet's statistics from its plan.
    pub fn new(name: &str, plan: &Plan) -> SheetStats {
        let columns = plan
            .layout
            .columns
            .iter()
            .map(|c| ColumnReport {
                column: col_letter(c.index),
                header: c.header.clone(),
                kind: c.kind.label().into(),
                source: match c.source {
                    Source::Header => "header",
                    Source::Content => "content",
                    Source::Policy => "policy",
                    Source::None => "none",
                }
                .into(),
                public: c.public,
                ..ColumnReport::default()
            })
            .collect();
        SheetStats {
            report: SheetReport {
                name: name.into(),
                header_row: plan.layout.header_row.map(|h| h + 1),
                org_register: plan.layout.org_register,
                columns,
                ..SheetReport::default()
            },
            kept_cells: Vec::new(),
            minor_refusals: Vec::new(),
            rows: 0,
        }
    }

    fn column(&mut self, c: usize) -> &mut ColumnReport {
        while self.report.columns.len() <= c {
            let n = self.report.columns.len();
            self.report.columns.push(ColumnReport {
                column: col_letter(n),
                kind: "free_text".into(),
                source: "none".into(),
                ..ColumnReport::default()
            });
        }
        &mut self.report.columns[c]
    }

    /// Records the events of row `r` (0-based) and which of its cells changed.
    pub fn absorb_changes(&mut self, r: usize, events: &[Event], changed: &[usize]) {
        for &c in changed {
            let col = self.column(c);
            col.cells_changed += 1;
            push_row(&mut col.changed_rows, r as u64 + 1);
        }
        self.absorb(r, events);
    }

    /// Records the events of row `r` (0-based).
    pub fn absorb(&mut self, r: usize, events: &[Event]) {
        // Cell references are formatted only when one is recorded: this runs for every masked cell.
        // Taken out for the loop and put back after it, instead of a copy per row.
        let name = std::mem::take(&mut self.report.name);
        let cell = |c: usize| format!("{name}!{}", a1(r, c));
        for e in events {
            match e.note {
                Note::PunitiveKept => {
                    self.kept_cells.push(cell(e.col));
                    continue;
                }
                Note::PunitiveMinor => {
                    let c = cell(e.col);
                    self.report
                        .warnings
                        .push(format!("{c}: in punitive scope but the person is under 18; the name stays masked"));
                    self.minor_refusals.push(c);
                }
                _ => {}
            }
            let col = self.column(e.col);
            match col.masked.get_mut(e.kind.label()) {
                Some(n) => *n += 1,
                None => {
                    col.masked.insert(e.kind.label().into(), 1);
                }
            }
            match e.status {
                Status::Failed => {
                    col.validation_failures += 1;
                    if col.validation_failure_cells.len() < MAX_REFS {
                        col.validation_failure_cells.push(cell(e.col));
                    }
                }
                Status::Damaged => {
                    col.damaged_ids += 1;
                    if col.damaged_id_cells.len() < MAX_REFS {
                        col.damaged_id_cells.push(cell(e.col));
                    }
                }
                Status::Valid => {}
            }
        }
        self.report.name = name;
    }

    /// Closes the sheet: warnings for columns that hid personal data without being classified.
    pub fn finish(mut self) -> SheetStats {
        self.report.rows = self.rows;
        let mut warnings = Vec::new();
        for c in &self.report.columns {
            let label = c.header.clone().map_or_else(|| c.column.clone(), |h| format!("{} ({h})", c.column));
            if c.validation_failures > 0 {
                warnings.push(format!(
                    "column {label}: {} value(s) failed validation (bad checksum or unknown format) and were masked anyway",
                    c.validation_failures
                ));
            }
            if c.damaged_ids > 0 {
                warnings.push(format!(
                    "column {label}: {} ID(s) were already damaged by Excel (stored as numbers, digits lost); masked",
                    c.damaged_ids
                ));
            }
            let personal: u64 = c.masked.iter().filter(|(k, _)| k.as_str() != "free_text").map(|(_, n)| n).sum();
            if c.kind == "free_text" && c.source == "none" && personal > 0 && c.header.is_some() {
                warnings.push(format!(
                    "column {label}: not recognised, but {personal} personal item(s) were found and masked in it"
                ));
            }
        }
        warnings.append(&mut self.report.warnings);
        self.report.warnings = warnings;
        self
    }
}

/// A file and its digest.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct FileRef {
    pub path: String,
    pub sha256: String,
}

/// The punitive part of a report.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct PunitiveReport {
    pub legal_basis: String,
    pub scope: String,
    pub kept_cells: Vec<String>,
    pub kept_masked_minors: Vec<String>,
}

/// The audit report.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Report {
    pub tool: String,
    pub version: String,
    pub run_time: String,
    pub as_of: String,
    pub input: FileRef,
    pub output: FileRef,
    pub policy_sha256: String,
    pub patterns_sha256: String,
    /// The policy's allow-list (public numbers), so `verify` honours it.
    pub allow: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub punitive: Option<PunitiveReport>,
    pub sheets: Vec<SheetReport>,
    /// Findings masked per kind, whole file.
    pub totals: BTreeMap<String, u64>,
    pub cells_changed: u64,
    pub warnings: Vec<String>,
}

impl Report {
    /// The report as indented JSON, with arrays inside arrays on one line (`[2,1000001]`): the changed-row
    /// ranges of a large file are most of the report, and one line per number made it 2.5 times larger and
    /// slower to write.
    pub fn to_json(&self) -> serde_json::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(1 << 16);
        self.serialize(&mut serde_json::Serializer::with_formatter(&mut out, NestedArraysInline::default()))?;
        Ok(out)
    }

    /// Sums the per-column counts into totals and gathers the warnings.
    pub fn finalize(&mut self) {
        self.totals.clear();
        self.cells_changed = 0;
        self.warnings.clear();
        for s in &self.sheets {
            for c in &s.columns {
                for (k, n) in &c.masked {
                    *self.totals.entry(k.clone()).or_default() += n;
                }
                self.cells_changed += c.cells_changed;
            }
            self.warnings.extend(s.warnings.iter().map(|w| format!("{}: {w}", s.name)));
        }
    }
}

/// Seconds since the epoch as an RFC 3339 UTC timestamp.
pub fn now_rfc3339() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let d = crate::date::Date::today_from_days(days);
    format!("{d}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Whether a status counts as a report warning.
pub fn is_failure(s: Status) -> bool {
    s != Status::Valid
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_merge_and_search() {
        let mut r = Ranges::new();
        for x in [3, 4, 5, 9, 10, 20] {
            push_row(&mut r, x);
        }
        assert_eq!(r, vec![(3, 5), (9, 10), (20, 20)]);
        assert!(in_ranges(&r, 4));
        assert!(!in_ranges(&r, 6));
        assert!(in_ranges(&r, 20));
    }
}
