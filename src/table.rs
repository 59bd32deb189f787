//! The in-memory workbook every format is read into and written from.

/// One cell value. Masked cells are always [`Cell::Text`].
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    /// An Excel date/time serial; `time` when it carries a time of day.
    Date {
        serial: f64,
        time: bool,
    },
    /// An Excel error value such as #N/A, kept as its text.
    Error(String),
}

impl Cell {
    /// Whether the cell holds nothing (or only whitespace).
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            // Most cells start with a visible ASCII or CJK byte: no need to walk the string.
            Cell::Text(s) => match s.as_bytes().first() {
                None => true,
                Some(&b) if b > b' ' && b < 0x7f => false,
                Some(&b) if (0xE4..=0xE9).contains(&b) => false,
                _ => s.trim().is_empty(),
            },
            _ => false,
        }
    }

    /// The cell as text, as a reader would see it. Integral numbers print without a fraction or exponent,
    /// so a phone typed as a number reads 13912345678.
    pub fn as_text(&self) -> std::borrow::Cow<'_, str> {
        use std::borrow::Cow;
        match self {
            Cell::Empty => Cow::Borrowed(""),
            Cell::Text(s) => Cow::Borrowed(s),
            Cell::Int(i) => Cow::Owned(i.to_string()),
            Cell::Float(f) => Cow::Owned(float_text(*f)),
            Cell::Bool(b) => Cow::Borrowed(if *b { "TRUE" } else { "FALSE" }),
            Cell::Date { serial, .. } => Cow::Owned(float_text(*serial)),
            Cell::Error(e) => Cow::Borrowed(e),
        }
    }
}

/// Prints a float the way a clerk reads it: integral values without ".0" or an exponent.
pub fn float_text(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e21 { format!("{f:.0}") } else { f.to_string() }
}

/// A merged range (0-based, inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    pub first_row: u32,
    pub first_col: u32,
    pub last_row: u32,
    pub last_col: u32,
}

/// One sheet: rows at their absolute positions (row 0 is the sheet's first row).
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
    pub merges: Vec<Merge>,
    pub hidden: bool,
}

impl Sheet {
    /// Number of columns of the widest row.
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// The cell at (row, col), Empty when outside.
    pub fn get(&self, r: usize, c: usize) -> &Cell {
        static EMPTY: Cell = Cell::Empty;
        self.rows.get(r).and_then(|row| row.get(c)).unwrap_or(&EMPTY)
    }
}

/// How a CSV was encoded, so the output can match it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Gbk,
}

impl Encoding {
    /// Label used in messages and reports.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Gbk => "gbk",
        }
    }
}

/// Where the workbook came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Csv { encoding: Encoding, delimiter: u8, crlf: bool },
    Excel,
}

/// A whole workbook.
#[derive(Debug, Clone)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
    pub source: Source,
}

/// A1-style reference of a 0-based (row, col): (4, 1) → "B5".
pub fn a1(row: usize, col: usize) -> String {
    format!("{}{}", col_letter(col), row + 1)
}

/// Column letters of a 0-based index: 0 → A, 26 → AA.
pub fn col_letter(mut col: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        assert_eq!(a1(4, 1), "B5");
        assert_eq!(col_letter(25), "Z");
        assert_eq!(col_letter(26), "AA");
        assert_eq!(col_letter(701), "ZZ");
        assert_eq!(float_text(13912345678.0), "13912345678");
        assert_eq!(float_text(1500.5), "1500.5");
    }
}
