//! CSV and TSV in UTF-8 (with or without BOM) or GBK/GB18030, read as a stream of rows.
//!
//! The encoding is detected from the bytes (a BOM, else valid UTF-8, else GB18030) unless the user fixes
//! it; the delimiter is sniffed from the first lines. Output keeps the input's encoding, delimiter and line
//! ends unless told otherwise.

use crate::error::{Error, Result};
use crate::io::EncodingChoice;
use crate::table::{Cell, Encoding, Sheet, Source, Workbook};
use encoding_rs::{CoderResult, Decoder, Encoder, GB18030};
use std::io::{BufReader, Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};

const SAMPLE: usize = 64 * 1024;

/// What was learnt about a CSV file before reading it.
#[derive(Debug, Clone, Copy)]
pub struct CsvInfo {
    pub encoding: Encoding,
    pub delimiter: u8,
    pub crlf: bool,
}

fn unreadable(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Unreadable { path: path.into(), reason: e.to_string() }
}

/// Detects encoding, delimiter and line ends from the file's first 64 KiB.
pub fn sniff(path: &Path, choice: EncodingChoice, tsv: bool) -> Result<CsvInfo> {
    let mut f = std::fs::File::open(path).map_err(|e| unreadable(path, e))?;
    let mut buf = Vec::with_capacity(SAMPLE);
    Read::by_ref(&mut f).take(SAMPLE as u64).read_to_end(&mut buf).map_err(|e| unreadable(path, e))?;
    let bom = buf.starts_with(b"\xEF\xBB\xBF");
    let encoding = match choice.fixed() {
        Some(e) => e,
        None if bom => Encoding::Utf8Bom,
        None => {
            // A sample may end inside a multi-byte char: only the tail may be incomplete.
            match std::str::from_utf8(&buf) {
                Ok(_) => Encoding::Utf8,
                Err(e) if e.error_len().is_none() => Encoding::Utf8,
                Err(_) => Encoding::Gbk,
            }
        }
    };
    let text = match encoding {
        Encoding::Gbk => GB18030.decode_without_bom_handling(&buf).0.into_owned(),
        _ => String::from_utf8_lossy(&buf).into_owned(),
    };
    let delimiter = if tsv { b'\t' } else { sniff_delimiter(&text) };
    let crlf = text.contains("\r\n");
    Ok(CsvInfo { encoding, delimiter, crlf })
}

/// Picks the delimiter that splits the first lines most consistently (comma when in doubt).
fn sniff_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).take(30).collect();
    let mut best = (b',', 0usize);
    for d in [b',', b'\t', b';', b'|'] {
        let counts: Vec<usize> = lines.iter().map(|l| count_outside_quotes(l, d as char)).collect();
        let max = counts.iter().copied().max().unwrap_or(0);
        if max == 0 {
            continue;
        }
        // Score: how many lines carry the most common non-zero count.
        let mode = counts.iter().filter(|&&c| c == max).count() + counts.iter().filter(|&&c| c > 0).count();
        if mode > best.1 {
            best = (d, mode);
        }
    }
    best.0
}

fn count_outside_quotes(line: &str, d: char) -> usize {
    let mut q = false;
    line.chars()
        .filter(|&c| {
            if c == '"' {
                q = !q;
            }
            !q && c == d
        })
        .count()
}

/// A `Read` that turns GB18030 bytes into UTF-8 on the fly (bounded memory).
struct DecodeReader<R> {
    inner: R,
    decoder: Decoder,
    inbuf: Vec<u8>,
    in_pos: usize,
    in_len: usize,
    out: Vec<u8>,
    out_pos: usize,
    out_end: usize,
    eof: bool,
}

impl<R: Read> DecodeReader<R> {
    fn new(inner: R) -> Self {
        DecodeReader {
            inner,
            decoder: GB18030.new_decoder_without_bom_handling(),
            inbuf: vec![0; 1 << 16],
            in_pos: 0,
            in_len: 0,
            out: vec![0; 3 * (1 << 16) + 16],
            out_pos: 0,
            out_end: 0,
            eof: false,
        }
    }
}

impl<R: Read> Read for DecodeReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if self.out_pos < self.out_end {
                let n = buf.len().min(self.out_end - self.out_pos);
                buf[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
                self.out_pos += n;
                return Ok(n);
            }
            if self.in_pos >= self.in_len {
                if self.eof {
                    return Ok(0);
                }
                self.in_len = self.inner.read(&mut self.inbuf)?;
                self.in_pos = 0;
                self.eof = self.in_len == 0;
            }
            let (res, read, written, had_errors) =
                self.decoder.decode_to_utf8(&self.inbuf[self.in_pos..self.in_len], &mut self.out, self.eof);
            if had_errors {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "bytes that are not valid GBK/GB18030",
                ));
            }
            self.in_pos += read;
            self.out_pos = 0;
            self.out_end = written;
            if written == 0 && res == CoderResult::InputEmpty && self.eof {
                return Ok(0);
            }
        }
    }
}

/// The bytes the csv reader has pulled from the stream but not yet passed, shared with [`Tee`].
#[derive(Default)]
struct Window {
    /// Stream offset of `bytes[0]`.
    start: u64,
    bytes: Vec<u8>,
}

/// Copies what the csv reader reads into a [`Window`], so the rows can see the blank lines it skips.
struct Tee {
    inner: Box<dyn Read + Send>,
    window: Arc<Mutex<Window>>,
}

impl Read for Tee {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Ok(mut w) = self.window.lock() {
            w.bytes.extend_from_slice(&buf[..n]);
        }
        Ok(n)
    }
}

/// Line breaks in the run of `\r`/`\n` that starts `consumed` (the bytes before a record, or the end of
/// the file): each is a blank line, except a `\n` completing the `\r\n` that ended the previous record.
fn blank_lines(consumed: &[u8], after_cr: bool) -> u64 {
    let mut n = 0;
    let mut i = 0;
    if after_cr && consumed.first() == Some(&b'\n') {
        i = 1;
    }
    while let Some(&b) = consumed.get(i) {
        match b {
            b'\r' if consumed.get(i + 1) == Some(&b'\n') => i += 2,
            b'\r' | b'\n' => i += 1,
            _ => break,
        }
        n += 1;
    }
    n
}

/// The file as UTF-8 bytes: GBK decoded on the fly, a UTF-8 BOM skipped. Offsets in this stream are what
/// the csv reader counts.
fn utf8_stream(path: &Path, info: CsvInfo) -> Result<Box<dyn Read + Send>> {
    let f = std::fs::File::open(path).map_err(|e| unreadable(path, e))?;
    let mut f = BufReader::with_capacity(1 << 16, f);
    Ok(match info.encoding {
        Encoding::Gbk => Box::new(DecodeReader::new(f)),
        _ => {
            let mut bom = [0u8; 3];
            let n = read_full(&mut f, &mut bom).map_err(|e| unreadable(path, e))?;
            let head = if n == 3 && bom == *b"\xEF\xBB\xBF" { Vec::new() } else { bom[..n].to_vec() };
            Box::new(std::io::Cursor::new(head).chain(f))
        }
    })
}

/// Bytes per block of [`Blocks`]: enough rows to share out among threads, few enough to keep memory small.
const BLOCK: usize = 1 << 20;

/// The file cut into blocks of whole records, so that threads can parse them apart (the first pass, which
/// only collects names). Each block ends after a record's line break outside quotes, found as the csv
/// reader finds it: a quote opens a quoted field only at the start of a field.
pub struct Blocks {
    inner: Box<dyn Read + Send>,
    path: std::path::PathBuf,
    delimiter: u8,
    /// Bytes read past the last block's end.
    carry: Vec<u8>,
    /// The last block ended with `\r`.
    last_cr: bool,
    done: bool,
    /// Bytes to read for a block ([`BLOCK`]; smaller in tests).
    size: usize,
}

impl Blocks {
    /// The blocks from stream offset `offset` on (a record's start, from [`Rows::idle_offset`]).
    pub fn open_at(path: &Path, info: CsvInfo, offset: u64) -> Result<Blocks> {
        let mut inner = utf8_stream(path, info)?;
        // Skipped, keeping the last byte: the reader stops between the `\r` and the `\n` of a CRLF.
        let (mut skipped, mut last) = (0u64, 0u8);
        let mut buf = vec![0u8; 1 << 16];
        while skipped < offset {
            let want = buf.len().min((offset - skipped) as usize);
            let n = inner.read(&mut buf[..want]).map_err(|e| unreadable(path, e))?;
            if n == 0 {
                break;
            }
            last = buf[n - 1];
            skipped += n as u64;
        }
        Ok(Blocks {
            inner,
            path: path.into(),
            delimiter: info.delimiter,
            carry: Vec::new(),
            last_cr: last == b'\r',
            done: skipped < offset,
            size: BLOCK,
        })
    }

    pub fn delimiter(&self) -> u8 {
        self.delimiter
    }

    /// The next block of whole records (the last one holds what is left), or None at the end.
    pub fn next_block(&mut self) -> Result<Option<Block>> {
        let bytes = self.next_bytes()?;
        Ok(bytes.map(|bytes| {
            let after_cr = std::mem::replace(&mut self.last_cr, bytes.last() == Some(&b'\r'));
            Block { bytes, after_cr }
        }))
    }

    fn next_bytes(&mut self) -> Result<Option<Vec<u8>>> {
        let mut buf = std::mem::take(&mut self.carry);
        loop {
            if self.done {
                return Ok((!buf.is_empty()).then_some(buf));
            }
            let want = self.size.max(buf.len() + self.size / 4);
            let at = buf.len();
            buf.resize(want, 0);
            let n = read_full(&mut self.inner, &mut buf[at..]).map_err(|e| unreadable(&self.path, e))?;
            buf.truncate(at + n);
            self.done = n < want - at;
            if self.done {
                continue;
            }
            // A record longer than what is held: read on.
            if let Some(cut) = last_record_end(&buf, self.delimiter) {
                self.carry = buf[cut..].to_vec();
                buf.truncate(cut);
                return Ok(Some(buf));
            }
        }
    }
}

/// A block of whole records from [`Blocks`].
pub struct Block {
    pub bytes: Vec<u8>,
    /// The block before ended with `\r`: a `\n` opening this one completes that line break, no blank line.
    pub after_cr: bool,
}

/// Where the last whole record of `bytes` ends (after its line break), reading from a record's start with the
/// csv reader's rules; None when no record ends in it.
fn last_record_end(bytes: &[u8], delimiter: u8) -> Option<usize> {
    if memchr::memchr(b'"', bytes).is_none() {
        return memchr::memrchr2(b'\n', b'\r', bytes).map(|i| i + 1);
    }
    #[derive(Clone, Copy, PartialEq)]
    enum St {
        FieldStart,
        InField,
        Quoted,
        QuoteInQuoted,
    }
    let mut st = St::FieldStart;
    let mut end = None;
    for (i, &b) in bytes.iter().enumerate() {
        let line_break = b == b'\n' || b == b'\r';
        st = match st {
            St::FieldStart if b == b'"' => St::Quoted,
            St::Quoted if b == b'"' => St::QuoteInQuoted,
            St::Quoted => St::Quoted,
            St::QuoteInQuoted if b == b'"' => St::Quoted,
            _ if line_break => {
                end = Some(i + 1);
                St::FieldStart
            }
            _ if b == delimiter => St::FieldStart,
            _ => St::InField,
        };
    }
    end
}

/// Calls `f` with each row of a block of whole records (from [`Blocks`]) as [`Rows`] gives them: blank lines
/// come back as empty rows, and the row's strings are reused from one record to the next.
/// - With `keep` (the first pass), only the marked columns are decoded, the others read as
///   "" when blank and "x" when not (a row's count of non-blank cells, which the free-text-row test looks
///   at, is kept without decoding them), and bytes that are not UTF-8 read as replacement characters: the full
///   pass that follows reports them.
/// - Without it, every column is decoded, and a row with bytes that are not UTF-8 stops the walk:
///   `Err(its index in the block)`.
pub fn for_each_row(
    block: &Block,
    delimiter: u8,
    keep: Option<&[bool]>,
    mut f: impl FnMut(&[Cell]),
) -> std::result::Result<(), usize> {
    let bytes = block.bytes.as_slice();
    let mut row: Vec<Cell> = Vec::new();
    if plain(bytes) {
        return plain_rows(block, delimiter, keep, &mut row, f);
    }
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    let (mut parsed, mut after_cr, mut index) = (0usize, block.after_cr, 0usize);
    loop {
        let more = matches!(reader.read_byte_record(&mut record), Ok(true));
        // The line breaks the reader passed before this record (or the block's end) are blank lines, as
        // [`Rows`] counts them.
        let now = (reader.position().byte() as usize).min(bytes.len());
        let consumed = &bytes[parsed.min(now)..now];
        for _ in 0..blank_lines(consumed, after_cr) {
            row.clear();
            f(&row);
            index += 1;
        }
        if let Some(&last) = consumed.last() {
            after_cr = last == b'\r';
        }
        parsed = now;
        if !more {
            return Ok(());
        }
        for (i, field) in record.iter().enumerate() {
            set_field(&mut row, i, field, keep, index)?;
        }
        row.truncate(record.len());
        f(&row);
        index += 1;
    }
}

/// Whether a block can be split by its bytes alone: no quote, and every CR the first half of a CRLF (or the
/// block's last byte, where a cut fell inside one).
fn plain(bytes: &[u8]) -> bool {
    memchr::memchr(b'"', bytes).is_none()
        && memchr::memchr_iter(b'\r', bytes).all(|i| i + 1 == bytes.len() || bytes[i + 1] == b'\n')
}

/// [`for_each_row`] for a [`plain`] block: the same rows as the csv reader gives, split with memchr, which is
/// several times faster. Each line is a record, an empty one a blank line; fields are the bytes between
/// delimiters.
fn plain_rows(
    block: &Block,
    delimiter: u8,
    keep: Option<&[bool]>,
    row: &mut Vec<Cell>,
    mut f: impl FnMut(&[Cell]),
) -> std::result::Result<(), usize> {
    let mut body = block.bytes.as_slice();
    // The LF of a CRLF the block before ended inside.
    if block.after_cr && body.first() == Some(&b'\n') {
        body = &body[1..];
    }
    let mut start = 0usize;
    let ends = memchr::memchr_iter(b'\n', body).chain((start_of_tail(body) < body.len()).then_some(body.len()));
    for (index, end) in ends.enumerate() {
        let line = &body[start..end];
        start = end + 1;
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            row.clear();
        } else {
            let (mut from, mut n) = (0usize, 0usize);
            for to in memchr::memchr_iter(delimiter, line).chain([line.len()]) {
                set_field(row, n, &line[from..to], keep, index)?;
                from = to + 1;
                n += 1;
            }
            row.truncate(n);
        }
        f(row);
    }
    Ok(())
}

/// Where the text after the block's last LF starts (a last line without one, or nothing).
fn start_of_tail(body: &[u8]) -> usize {
    memchr::memrchr(b'\n', body).map_or(0, |i| i + 1)
}

/// Sets cell `i` of `row` from a field's bytes, as [`for_each_row`] reads them with or without `keep`.
fn set_field(
    row: &mut Vec<Cell>,
    i: usize,
    field: &[u8],
    keep: Option<&[bool]>,
    index: usize,
) -> std::result::Result<(), usize> {
    let lossy;
    let text = match keep {
        Some(keep) if keep.get(i).copied().unwrap_or(false) => {
            lossy = String::from_utf8_lossy(field);
            lossy.as_ref()
        }
        Some(_) => undecoded(field),
        None => std::str::from_utf8(field).map_err(|_| index)?,
    };
    set_text(row, i, text);
    Ok(())
}

/// What a column left undecoded reads as: "" when blank, "x" when not (a row's count of non-blank cells is
/// what the free-text-row test looks at).
fn undecoded(field: &[u8]) -> &'static str {
    if field.iter().all(u8::is_ascii_whitespace) { "" } else { "x" }
}

/// Sets cell `i` of `row` to `text`, reusing the string already there.
fn set_text(row: &mut Vec<Cell>, i: usize, text: &str) {
    match row.get_mut(i) {
        Some(Cell::Text(t)) => {
            t.clear();
            t.push_str(text);
        }
        Some(other) => *other = Cell::Text(text.to_string()),
        None => row.push(Cell::Text(text.to_string())),
    }
}

/// A stream of CSV rows.
pub struct Rows {
    reader: csv::Reader<Tee>,
    record: csv::ByteRecord,
    path: std::path::PathBuf,
    encoding: Encoding,
    /// Rows returned so far (blank rows included), for messages.
    line: u64,
    /// The csv crate skips blank lines; they are counted from the raw bytes and given back as empty rows,
    /// so every row keeps its position (and the report's row numbers match what Excel shows).
    window: Arc<Mutex<Window>>,
    /// Stream offset up to which the reader has parsed.
    parsed: u64,
    /// Whether the last parsed byte was `\r` (its `\n` may follow in the next record's bytes).
    after_cr: bool,
    pending_blank: u64,
    /// The record read holds a row not given yet (blank lines before it came first).
    held: bool,
    done: bool,
}

impl Rows {
    /// Opens a CSV file for streaming.
    pub fn open(path: &Path, info: CsvInfo) -> Result<Rows> {
        let inner = utf8_stream(path, info)?;
        let window = Arc::new(Mutex::new(Window::default()));
        let reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(info.delimiter)
            .buffer_capacity(1 << 16)
            .from_reader(Tee { inner, window: Arc::clone(&window) });
        Ok(Rows {
            reader,
            record: csv::ByteRecord::new(),
            path: path.into(),
            encoding: info.encoding,
            line: 0,
            window,
            parsed: 0,
            after_cr: false,
            pending_blank: 0,
            held: false,
            done: false,
        })
    }

    /// Counts the blank lines the reader skipped since the last call, and forgets the bytes passed.
    fn skipped_blank_lines(&mut self) -> u64 {
        let now = self.reader.position().byte();
        let Ok(mut w) = self.window.lock() else {
            return 0;
        };
        let from = (self.parsed.saturating_sub(w.start) as usize).min(w.bytes.len());
        let to = (now.saturating_sub(w.start) as usize).min(w.bytes.len());
        let consumed = &w.bytes[from..to.max(from)];
        let n = blank_lines(consumed, self.after_cr);
        if let Some(&last) = consumed.last() {
            self.after_cr = last == b'\r';
        }
        self.parsed = now;
        // Drop passed bytes now and then, not per row (each drop moves what is left).
        if to > 1 << 20 {
            w.bytes.drain(..to);
            w.start += to as u64;
        }
        n
    }

    /// The stream offset of the next record when no row read is held back (blank lines before a record are
    /// given back first); None then, or at the end.
    pub fn idle_offset(&self) -> Option<u64> {
        (!self.held && self.pending_blank == 0 && !self.done).then(|| self.reader.position().byte())
    }

    /// The next row, or None at the end. Blank lines come back as empty rows.
    pub fn next_row(&mut self) -> Result<Option<Vec<String>>> {
        let mut row = Vec::new();
        if !self.next_row_into(&mut row)? {
            return Ok(None);
        }
        Ok(Some(row.into_iter().map(|c| if let Cell::Text(s) = c { s } else { String::new() }).collect()))
    }

    /// Reads the next row into `row` (all text cells), reusing its strings; false at the end. Blank lines
    /// come back as empty rows. Reusing the strings of a recycled chunk saves an allocation per cell.
    pub fn next_row_into(&mut self, row: &mut Vec<Cell>) -> Result<bool> {
        if self.pending_blank > 0 {
            self.pending_blank -= 1;
            self.line += 1;
            row.clear();
            return Ok(true);
        }
        if self.held {
            // The record read before the blank lines just given back.
            self.held = false;
            self.decode_into(row)?;
            self.line += 1;
            return Ok(true);
        }
        if self.done {
            return Ok(false);
        }
        let more = self.reader.read_byte_record(&mut self.record).map_err(|e| self.csv_error(e))?;
        let blanks = self.skipped_blank_lines();
        if !more {
            // Blank lines at the very end are given back too, so the output keeps them.
            self.done = true;
            if blanks == 0 {
                return Ok(false);
            }
            self.pending_blank = blanks - 1;
            self.line += 1;
            row.clear();
            return Ok(true);
        }
        if blanks > 0 {
            self.pending_blank = blanks - 1;
            self.held = true;
            self.line += 1;
            row.clear();
            return Ok(true);
        }
        self.decode_into(row)?;
        self.line += 1;
        Ok(true)
    }

    /// Decodes the current record into `row` (row number for messages: `line + 1`).
    fn decode_into(&self, row: &mut Vec<Cell>) -> Result<()> {
        let n = self.record.len();
        for (i, field) in self.record.iter().enumerate() {
            let text = std::str::from_utf8(field).map_err(|_| not_utf8(&self.path, self.encoding, self.line + 1))?;
            set_text(row, i, text);
        }
        row.truncate(n);
        Ok(())
    }

    fn csv_error(&self, e: csv::Error) -> Error {
        let invalid = matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::InvalidData);
        if invalid {
            Error::Encoding {
                path: self.path.clone(),
                encoding: self.encoding.label().into(),
                reason: format!("invalid bytes after row {}", self.line),
            }
        } else {
            Error::Corrupt { path: self.path.clone(), format: "CSV", reason: format!("after row {}", self.line) }
        }
    }
}

/// Row `row` (from 1) holds bytes that are not UTF-8 once decoded from `encoding`.
pub fn not_utf8(path: &Path, encoding: Encoding, row: u64) -> Error {
    Error::Encoding {
        path: path.into(),
        encoding: encoding.label().into(),
        reason: format!("invalid bytes in row {row}; try --encoding gbk"),
    }
}

fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// Reads a whole CSV as a one-sheet workbook (the sheet is named after the file stem).
pub fn read_all(path: &Path, choice: EncodingChoice, tsv: bool) -> Result<Workbook> {
    let info = sniff(path, choice, tsv)?;
    let mut rows = Rows::open(path, info)?;
    let mut sheet = Sheet { name: sheet_name(path), ..Sheet::default() };
    while let Some(r) = rows.next_row()? {
        sheet.rows.push(r.into_iter().map(Cell::Text).collect());
    }
    if sheet.rows.iter().all(|r| r.iter().all(Cell::is_blank)) {
        return Err(Error::Empty { path: path.into() });
    }
    Ok(Workbook {
        sheets: vec![sheet],
        source: Source::Csv { encoding: info.encoding, delimiter: info.delimiter, crlf: info.crlf },
    })
}

/// The sheet name a CSV gets: its file stem.
pub fn sheet_name(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "Sheet1".into())
}

/// Encoding, delimiter and line ends for a CSV output of `wb`.
pub fn output_params(wb: &Workbook, enc: Option<Encoding>, tsv: bool) -> (Encoding, u8, bool) {
    match wb.source {
        Source::Csv { encoding, delimiter, crlf } => {
            (enc.unwrap_or(encoding), if tsv { b'\t' } else { delimiter }, crlf)
        }
        // From Excel: what Chinese-locale Excel opens cleanly.
        Source::Excel => (enc.unwrap_or(Encoding::Utf8Bom), if tsv { b'\t' } else { b',' }, true),
    }
}

/// Appends one CSV record to `out`: fields joined by `delimiter`, quoted only when they hold the delimiter,
/// a quote or a line break (quotes doubled), then `line_end`. No fields make a blank line; a single empty
/// field is written `""` so it does not read back as a blank line. Pure, so chunks of rows are serialized
/// on the worker threads and the writer thread only encodes and writes.
pub fn push_row<I, S>(out: &mut String, row: I, delimiter: u8, line_end: &str)
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let delim = char::from(delimiter);
    let mut n = 0;
    let mut last_empty = false;
    for field in row {
        let f = field.as_ref();
        if n > 0 {
            out.push(delim);
        }
        n += 1;
        last_empty = f.is_empty();
        // No early exit: a fold over every byte vectorizes, and fields are short.
        let special =
            f.bytes().fold(false, |acc, b| acc | (b == delimiter) | (b == b'"') | (b == b'\n') | (b == b'\r'));
        if special {
            out.push('"');
            for (i, part) in f.split('"').enumerate() {
                if i > 0 {
                    out.push_str("\"\"");
                }
                out.push_str(part);
            }
            out.push('"');
        } else {
            out.push_str(f);
        }
    }
    if n == 1 && last_empty {
        out.push_str("\"\"");
    }
    out.push_str(line_end);
}

/// A CSV writer in UTF-8 (optionally with BOM) or GB18030.
pub struct Writer<W: Write> {
    out: std::io::BufWriter<W>,
    encoder: Option<Encoder>,
    encoded: Vec<u8>,
    delimiter: u8,
    line_end: &'static str,
    scratch: String,
}

impl<W: Write> Writer<W> {
    /// A writer with the given encoding, delimiter (ASCII) and line ends.
    pub fn new(out: W, enc: Encoding, delimiter: u8, crlf: bool) -> Self {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
        if enc == Encoding::Utf8Bom {
            let _ = out.write_all(b"\xEF\xBB\xBF");
        }
        Writer {
            out,
            encoder: (enc == Encoding::Gbk).then(|| GB18030.new_encoder()),
            encoded: Vec::new(),
            delimiter,
            line_end: if crlf { "\r\n" } else { "\n" },
            scratch: String::new(),
        }
    }

    /// The delimiter and line end this writer uses, for [`push_row`].
    pub fn format(&self) -> (u8, &'static str) {
        (self.delimiter, self.line_end)
    }

    /// Writes one row.
    pub fn write_row<I, S>(&mut self, row: I) -> std::io::Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut rec = std::mem::take(&mut self.scratch);
        rec.clear();
        push_row(&mut rec, row, self.delimiter, self.line_end);
        let res = self.write_str(&rec);
        self.scratch = rec;
        res
    }

    /// Writes records already serialized by [`push_row`], encoding them if the output is GB18030.
    pub fn write_str(&mut self, records: &str) -> std::io::Result<()> {
        let Some(enc) = self.encoder.as_mut() else {
            return self.out.write_all(records.as_bytes());
        };
        let mut rest = records;
        while !rest.is_empty() {
            let room = enc.max_buffer_length_from_utf8_without_replacement(rest.len()).unwrap_or(rest.len() * 4 + 16);
            self.encoded.resize(room, 0);
            let (res, read, written) = enc.encode_from_utf8_without_replacement(rest, &mut self.encoded, false);
            self.out.write_all(&self.encoded[..written])?;
            rest = &rest[read..];
            if let encoding_rs::EncoderResult::Unmappable(_) = res {
                return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "a character GB18030 cannot encode"));
            }
        }
        Ok(())
    }

    /// Flushes everything and gives back the underlying writer.
    pub fn finish(self) -> std::io::Result<W> {
        self.out.into_inner().map_err(|e| e.into_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_ends_are_found_as_the_csv_reader_finds_them() {
        // A quote opens a quoted field at a field's start only; inside one, line breaks and "" are data.
        assert_eq!(last_record_end(b"a,b\nc,d\ne", b','), Some(8));
        assert_eq!(last_record_end(b"a,\"b\nc\",d\ne", b','), Some(10));
        assert_eq!(last_record_end(b"a,\"b\nc", b','), None);
        assert_eq!(last_record_end(b"a,\"b\"\"\nc", b','), None);
        assert_eq!(last_record_end(b"a,\"b\"\"\"\nc", b','), Some(8));
        // Mid-field, a quote is a character like any other.
        assert_eq!(last_record_end(b"a,5\"x\nc", b','), Some(6));
        assert_eq!(last_record_end(b"a;\"b;c\"\r\nd", b';'), Some(9));
        assert_eq!(last_record_end(b"abc", b','), None);
    }

    #[test]
    fn blocks_hold_whole_records_and_every_byte_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.csv");
        let mut text = String::from("姓名,备注\r\n");
        for i in 0..300 {
            match i % 4 {
                0 => text.push_str(&format!("王{i},\"多行\n备注，含\"\"引号\"\"{i}\"\r\n")),
                1 => text.push_str(&format!("李{i},5\"寸{i}\r\n\r\n")),
                2 => text.push_str(&format!("\"张{i}\",\"a,b\"\n")),
                _ => text.push_str(&format!("赵{i},{}\n", "长".repeat(i))),
            }
        }
        std::fs::write(&path, &text).unwrap();
        let info = sniff(&path, EncodingChoice::Auto, false).unwrap();
        let all = |size: usize| {
            let mut blocks = Blocks::open_at(&path, info, 0).unwrap();
            blocks.size = size;
            let (mut rows, mut bytes) = (Vec::new(), 0);
            while let Some(b) = blocks.next_block().unwrap() {
                bytes += b.bytes.len();
                for_each_row(&b, b',', Some(&[true, true]), |r| {
                    if !r.is_empty() {
                        rows.push(r.to_vec())
                    }
                })
                .unwrap();
            }
            assert_eq!(bytes, text.len(), "block size {size}");
            rows
        };
        let whole = all(1 << 20);
        assert_eq!(whole.len(), 301);
        assert_eq!(whole[1], vec![Cell::Text("王0".into()), Cell::Text("多行\n备注，含\"引号\"0".into())]);
        for size in [7, 64, 333, 4096] {
            assert_eq!(all(size), whole, "block size {size}");
        }
    }

    /// Any cut of `text` into blocks gives back the same rows, empty ones included, as the row reader, from the
    /// start and from every offset the row reader stops at (between the CR and the LF of a CRLF, among others).
    fn assert_blocks_give_the_rows_of(text: &str, blank: usize) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.csv");
        std::fs::write(&path, text).unwrap();
        let info = sniff(&path, EncodingChoice::Auto, false).unwrap();
        let mut rows = Rows::open(&path, info).unwrap();
        let (mut expected, mut offsets) = (Vec::new(), vec![(0, 0)]);
        let mut row = Vec::new();
        while rows.next_row_into(&mut row).unwrap() {
            expected.push(row.clone());
            if let Some(offset) = rows.idle_offset() {
                offsets.push((offset, expected.len()));
            }
        }
        assert_eq!(expected.iter().filter(|r| r.is_empty()).count(), blank);
        let from = |offset: u64, size: usize| {
            let mut blocks = Blocks::open_at(&path, info, offset).unwrap();
            blocks.size = size;
            let mut got = Vec::new();
            while let Some(b) = blocks.next_block().unwrap() {
                for_each_row(&b, b',', None, |r| got.push(r.to_vec())).unwrap();
            }
            got
        };
        for size in [4, 5, 8, 13, 64, 333, 1 << 20] {
            assert_eq!(from(0, size), expected, "block size {size}");
        }
        assert!(offsets.len() > 100);
        for &(offset, n) in &offsets {
            assert_eq!(from(offset, 13), expected[n..], "offset {offset}");
        }
    }

    #[test]
    fn blocks_give_the_rows_the_row_reader_gives() {
        // Blank lines (LF, CRLF, lone CR, at the start and the end), quoted line breaks.
        let mut text = String::from("\r\n姓名,备注\r\n");
        for i in 0..120 {
            match i % 5 {
                0 => text.push_str(&format!("王{i},\"多行\r\n备注\"\r\n\r\n")),
                1 => text.push_str(&format!("李{i},x\n\n\n")),
                2 => text.push_str(&format!("张{i},y\r\r\n")),
                3 => text.push_str(&format!("赵{i}\r\n")),
                _ => text.push_str(&format!("钱{i},\"\"\"引\"\"\",z\n")),
            }
        }
        text.push_str("末,行\r\n\r\n\n");
        assert_blocks_give_the_rows_of(&text, 99);
        // Without a quote, blocks are split by their bytes: the same rows, CRLF, lone CR, empty fields and a
        // last line without a line break included.
        let mut text = String::from("\r\n姓名,备注,电话\r\n");
        for i in 0..150 {
            match i % 6 {
                0 => text.push_str(&format!("王{i},,\r\n\r\n")),
                1 => text.push_str(&format!("李{i},x,1\n\n")),
                2 => text.push_str(&format!("张{i},y\r\r\n")),
                3 => text.push_str(&format!("赵{i}\r\n")),
                4 => text.push_str(&format!(" {i} ,,\n")),
                _ => text.push_str(&format!("孙{i},a,b,c,d\r\n")),
            }
        }
        text.push_str("末,行");
        assert_blocks_give_the_rows_of(&text, 76);
    }

    #[test]
    fn a_row_that_is_not_utf8_stops_a_full_walk_at_its_index() {
        let block = Block { bytes: b"a,b\n\nc,\xff\nd,e\n".to_vec(), after_cr: false };
        let mut seen = 0;
        assert_eq!(for_each_row(&block, b',', None, |_| seen += 1), Err(2));
        assert_eq!(seen, 2);
        // The first pass reads it lossily.
        assert_eq!(for_each_row(&block, b',', Some(&[true, true]), |_| {}), Ok(()));
    }

    #[test]
    fn blocks_start_at_the_offset_the_rows_reached() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gbk.csv");
        let text = "姓名,备注\n王一,\"甲\n乙\"\n\n李二,丙\n张三,丁\n";
        std::fs::write(&path, GB18030.encode(text).0).unwrap();
        let info = sniff(&path, EncodingChoice::Auto, false).unwrap();
        let mut rows = Rows::open(&path, info).unwrap();
        let mut row = Vec::new();
        rows.next_row_into(&mut row).unwrap();
        rows.next_row_into(&mut row).unwrap();
        // The blank line is given back first: the record after it is held, so there is no offset to start at.
        rows.next_row_into(&mut row).unwrap();
        assert_eq!(rows.idle_offset(), None);
        rows.next_row_into(&mut row).unwrap();
        assert_eq!(row, vec![Cell::Text("李二".into()), Cell::Text("丙".into())]);
        let offset = rows.idle_offset().unwrap();
        let mut blocks = Blocks::open_at(&path, info, offset).unwrap();
        let mut rest = Vec::new();
        while let Some(b) = blocks.next_block().unwrap() {
            for_each_row(&b, b',', Some(&[true, false]), |r| rest.push(r.to_vec())).unwrap();
        }
        assert_eq!(rest, vec![vec![Cell::Text("张三".into()), Cell::Text("x".into())]]);
    }

    #[test]
    fn delimiters() {
        assert_eq!(sniff_delimiter("a,b,c\n1,2,3\n"), b',');
        assert_eq!(sniff_delimiter("a\tb\tc\n1\t2\t3\n"), b'\t');
        assert_eq!(sniff_delimiter("a;b;c\n\"1,5\";2;3\n"), b';');
    }

    #[test]
    fn blank_lines_are_counted_once() {
        assert_eq!(blank_lines(b"\n\na,b", false), 2);
        assert_eq!(blank_lines(b"\n\r\n\r\na,b\r", true), 2);
        assert_eq!(blank_lines(b"\na,b\r", true), 0);
        assert_eq!(blank_lines(b"a,b\n", false), 0);
        assert_eq!(blank_lines(b"\r\r", false), 2);
    }

    #[test]
    fn blank_lines_come_back_as_empty_rows() {
        let dir = tempfile::tempdir().unwrap();
        for nl in ["\n", "\r\n"] {
            let p = dir.path().join("x.csv");
            let src = ["\"a\nb\",1", "", "c,2", "", ""].join(nl);
            std::fs::write(&p, &src).unwrap();
            let wb = read_all(&p, EncodingChoice::Auto, false).unwrap();
            let lens: Vec<usize> = wb.sheets[0].rows.iter().map(Vec::len).collect();
            assert_eq!(lens, [2, 0, 2, 0], "{nl:?}");
            let mut out = Vec::new();
            let mut w = Writer::new(&mut out, Encoding::Utf8, b',', nl == "\r\n");
            for r in &wb.sheets[0].rows {
                w.write_row(r.iter().map(|c| c.as_text())).unwrap();
            }
            w.finish().unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), src, "{nl:?}");
        }
    }

    #[test]
    fn fields_are_quoted_only_when_needed_and_read_back_the_same() {
        let rows: [&[&str]; 4] =
            [&["a,b", "say \"hi\"", "line\nbreak", "plain"], &[""], &["", ""], &["x\ry", "；", "张三"]];
        let mut text = String::new();
        for r in rows {
            push_row(&mut text, r.iter(), b',', "\r\n");
        }
        assert_eq!(text, "\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",plain\r\n\"\"\r\n,\r\n\"x\ry\",；,张三\r\n");
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("q.csv");
        std::fs::write(&p, &text).unwrap();
        let wb = read_all(&p, EncodingChoice::Auto, false).unwrap();
        let back: Vec<Vec<String>> =
            wb.sheets[0].rows.iter().map(|r| r.iter().map(|c| c.as_text().into_owned()).collect()).collect();
        let want: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect();
        assert_eq!(back, want);
    }

    #[test]
    fn gbk_output_larger_than_the_csv_buffer() {
        // csv hands its 8 KB buffer over wherever it fills; every offset of a 3-byte character across that
        // boundary is hit by one of the paddings.
        for pad in 0..3 {
            let mut out = Vec::new();
            let mut w = Writer::new(&mut out, Encoding::Gbk, b',', false);
            let mut want = String::new();
            for i in 0..2000 {
                let a = format!("{}{i}", "x".repeat(pad));
                w.write_row([a.as_str(), "民主社区建设路"]).unwrap();
                want.push_str(&format!("{a},民主社区建设路\n"));
            }
            w.finish().unwrap();
            let (text, _, bad) = GB18030.decode(&out);
            assert!(!bad);
            assert_eq!(text, want);
        }
    }

    #[test]
    fn gbk_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.csv");
        let (bytes, _, _) = GB18030.encode("序号,姓名\r\n1,张三\r\n");
        std::fs::write(&p, &bytes).unwrap();
        let wb = read_all(&p, EncodingChoice::Auto, false).unwrap();
        assert_eq!(wb.sheets[0].rows[1][1], Cell::Text("张三".into()));
        let mut out = Vec::new();
        let mut w = Writer::new(&mut out, Encoding::Gbk, b',', true);
        w.write_row(["序号", "姓名"]).unwrap();
        w.write_row(["1", "张三"]).unwrap();
        w.finish().unwrap();
        assert_eq!(out, bytes.into_owned());
    }
}
