//! One masking job: read an input, mask it, write the output and its audit report atomically.
//!
//! CSV to CSV is streamed: the first rows decide the layout, a first pass collects the names of the name
//! columns, a second pass masks the rest of the file block by block (1 MB of whole records, parsed and masked
//! by worker threads, written in order). Memory is bounded by the blocks in flight, not the file size.
//! Everything else is read into memory (calamine reads whole sheets anyway).

use crate::detect::{Kind, KnownNames};
use crate::engine::{Masker, Plan};
use crate::error::{Error, Result};
use crate::io::{self, Atomic, EncodingChoice, Format, WriteOptions, csv as csvio};
use crate::report::{Event, FileRef, PunitiveReport, Report, SheetStats};
use crate::table::{Cell, Encoding, Sheet};
use std::path::{Path, PathBuf};

/// Options of one job.
#[derive(Debug, Clone, Default)]
pub struct JobOptions {
    pub output: Option<PathBuf>,
    pub report: Option<PathBuf>,
    pub encoding: EncodingChoice,
    /// CSV output encoding (None: the input's).
    pub out_encoding: Option<Encoding>,
    pub force: bool,
    /// Mask without writing anything (`scan`).
    pub dry_run: bool,
}

/// What a job produced.
#[derive(Debug, Clone)]
pub struct JobResult {
    pub input: PathBuf,
    pub output: PathBuf,
    pub report_path: PathBuf,
    pub report: Report,
}

/// Rows read before deciding a streamed CSV's layout.
const PREFIX_ROWS: usize = 2000;

/// `<output>.audit.json`.
pub fn default_report_path(output: &Path) -> PathBuf {
    let mut s = output.as_os_str().to_owned();
    s.push(".audit.json");
    PathBuf::from(s)
}

/// Masks one file. `progress` is called with the number of rows done since the last call.
pub fn mask_file(m: &Masker, input: &Path, jo: &JobOptions, progress: &(dyn Fn(u64) + Sync)) -> Result<JobResult> {
    let format = io::check_input(input)?;
    let output = jo.output.clone().unwrap_or_else(|| io::default_output(input));
    let report_path = jo.report.clone().unwrap_or_else(|| default_report_path(&output));
    if !jo.dry_run {
        io::check_output(input, &output, jo.force)?;
        if std::fs::canonicalize(&report_path).ok() == std::fs::canonicalize(input).ok() && report_path.exists() {
            return Err(Error::OutputIsInput { path: report_path });
        }
        // Both are renamed into place at the end: the report would silently replace the output.
        if std::path::absolute(&report_path).ok() == std::path::absolute(&output).ok() {
            return Err(Error::Usage(format!("{}: the report path equals the output path", report_path.display())));
        }
        io::check_target(&report_path, jo.force)?;
    }
    let out_format = Format::of(&output).ok_or_else(|| Error::Unsupported { path: output.clone() })?;
    let streamed = matches!(format, Format::Csv | Format::Tsv) && matches!(out_format, Format::Csv | Format::Tsv);
    // The input's digest is taken on a thread of its own while the input is masked, not after.
    std::thread::scope(|scope| {
        let input_sha = scope.spawn(|| io::sha256_file_until(input, &|| check_interrupt(m).is_err()));
        let (stats, written) = if streamed {
            mask_csv_stream(m, input, &output, jo, out_format == Format::Tsv, progress)?
        } else {
            let wb = io::read(input, jo.encoding)?;
            let (masked, plans, stats) = m.mask_workbook(&wb, progress)?;
            let headers: Vec<Option<usize>> = plans.iter().map(|p| p.layout.header_row).collect();
            check_interrupt(m)?;
            let written = if jo.dry_run {
                None
            } else {
                let atomic = io::write_uncommitted(
                    &masked,
                    &output,
                    WriteOptions { force: jo.force, encoding: jo.out_encoding },
                    &headers,
                )?;
                let sha = io::sha256_file(atomic.path())?;
                Some((atomic, sha))
            };
            (stats, written)
        };
        let input_sha = input_sha.join().unwrap_or_else(|p| std::panic::resume_unwind(p))?;
        let mut report = build_report(m, input, input_sha, &output, stats);
        if let Some((atomic, output_sha)) = written {
            check_interrupt(m)?;
            report.output.sha256 = output_sha;
            let mut rep = Atomic::new(&report_path, jo.force)?;
            let json =
                report.to_json().map_err(|e| Error::Write { path: report_path.clone(), reason: e.to_string() })?;
            std::io::Write::write_all(rep.file(), &json)
                .map_err(|e| Error::Write { path: report_path.clone(), reason: e.to_string() })?;
            atomic.commit()?;
            rep.commit()?;
        }
        Ok(JobResult { input: input.into(), output, report_path, report })
    })
}

fn build_report(m: &Masker, input: &Path, input_sha: String, output: &Path, stats: Vec<SheetStats>) -> Report {
    use sha2::{Digest, Sha256};
    let policy_json = serde_json::to_vec(&m.opts.policy).unwrap_or_default();
    let mut report = Report {
        tool: "tuomin".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        run_time: crate::report::now_rfc3339(),
        as_of: m.opts.as_of.to_string(),
        input: FileRef { path: file_name(input), sha256: input_sha },
        output: FileRef { path: file_name(output), sha256: String::new() },
        policy_sha256: crate::patterns::hex(&Sha256::digest(&policy_json)),
        patterns_sha256: m.pats.sha256.clone(),
        allow: m.opts.policy.allow.clone(),
        ..Report::default()
    };
    let mut kept = Vec::new();
    let mut minors = Vec::new();
    for s in stats {
        kept.extend(s.kept_cells);
        minors.extend(s.minor_refusals);
        report.sheets.push(s.report);
    }
    if let Some(p) = &m.opts.punitive {
        report.punitive = Some(PunitiveReport {
            legal_basis: p.legal_basis.clone(),
            scope: match &p.rows {
                None => "all rows".into(),
                Some((c, v)) => format!("rows where {c} = {v}"),
            },
            kept_cells: kept,
            kept_masked_minors: minors,
        });
    }
    report.finalize();
    report
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// An output written but not yet renamed into place, and its SHA-256.
type Written = (Atomic, String);

/// Streams a CSV through the engine into a CSV output.
fn mask_csv_stream(
    m: &Masker,
    input: &Path,
    output: &Path,
    jo: &JobOptions,
    tsv_out: bool,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<(Vec<SheetStats>, Option<Written>)> {
    let tsv_in = Format::of(input) == Some(Format::Tsv);
    let info = csvio::sniff(input, jo.encoding, tsv_in)?;
    let mut rows = csvio::Rows::open(input, info)?;
    let mut prefix = Vec::new();
    while prefix.len() < PREFIX_ROWS {
        let mut row = Vec::new();
        if !rows.next_row_into(&mut row)? {
            break;
        }
        prefix.push(row);
    }
    let complete = prefix.len() < PREFIX_ROWS;
    if prefix.iter().all(|r| r.iter().all(Cell::is_blank)) && complete {
        return Err(Error::Empty { path: input.into() });
    }
    let mut sheet = Sheet { name: csvio::sheet_name(input), rows: prefix, ..Sheet::default() };
    let plan = m.plan(&sheet);
    m.check_scope(std::slice::from_ref(&plan))?;
    // The head: the first rows, and rows that blank lines held back after them. Both passes take it from
    // memory; the rest of the file, from `offset` on, comes in blocks of whole records that threads parse.
    let offset = if complete {
        None
    } else {
        loop {
            if let Some(offset) = rows.idle_offset() {
                break Some(offset);
            }
            let mut row = Vec::new();
            if !rows.next_row_into(&mut row)? {
                break None;
            }
            sheet.rows.push(row);
        }
    };
    drop(rows);
    // Pass 1: every name in the name columns, so a holder named in row 900,000 is masked in row 3's remark.
    let mut known = KnownNames::default();
    m.collect_names(&plan, &sheet.rows, 0, &mut known);
    if let Some(offset) = offset {
        // (Past the first rows, the rows of the sheet's last table: see `Plan::tail`.)
        let plan = plan.tail();
        // Names, the IDs that tell whether a name is a minor's, and what tells an institution's phone.
        let phones = !plan.phone_owners.is_empty();
        let keep: Vec<bool> = plan
            .layout
            .columns
            .iter()
            .map(|c| match c.kind {
                Kind::Name | Kind::IdCard => true,
                Kind::Address => phones,
                // (Every phone column: an institution's number printed beside its name is kept file-wide.)
                Kind::Phone => true,
                _ => false,
            })
            .collect();
        collect_names_in_blocks(m, plan, csvio::Blocks::open_at(input, info, offset)?, &keep, &mut known)?;
    }
    // Pass 2: mask the head in chunks, then the blocks, each in parallel, writing in order. A writer thread
    // writes what is masked while the next part is.
    let chunk = m.opts.chunk_rows.max(1);
    let head = std::mem::take(&mut sheet.rows);
    let mut st = SheetStats::new(&sheet.name, &plan);
    let mut atomic = if jo.dry_run { None } else { Some(Atomic::new(output, jo.force)?) };
    let werr = |e: std::io::Error| Error::Write { path: output.into(), reason: e.to_string() };
    let enc = jo.out_encoding.unwrap_or(info.encoding);
    let delim = if tsv_out {
        b'\t'
    } else if tsv_in {
        b','
    } else {
        info.delimiter
    };
    let writer = match atomic.as_mut() {
        Some(a) => {
            let file = io::HashingFile::new(a.file().try_clone().map_err(werr)?);
            Some(csvio::Writer::new(file, enc, delim, info.crlf))
        }
        None => None,
    };
    let mut rows_done = 0usize;
    let output_sha = std::thread::scope(|scope| -> Result<Option<String>> {
        let (to_writer, from_masker) = std::sync::mpsc::sync_channel::<Vec<String>>(2);
        let format = writer.as_ref().map(csvio::Writer::format);
        let write_thread = scope.spawn(move || -> Result<Option<String>> {
            let Some(mut w) = writer else {
                // Dry run: drain.
                for _ in from_masker {}
                return Ok(None);
            };
            for pieces in from_masker {
                for p in &pieces {
                    w.write_str(p).map_err(werr)?;
                }
            }
            Ok(Some(w.finish().map_err(werr)?.sha256()))
        });
        // Takes masked pieces in order: their rows into the report, their text to the writer.
        let mut emit = |done: Vec<(String, PieceLog)>| -> Result<()> {
            check_interrupt(m)?;
            let before = rows_done;
            let mut pieces = Vec::with_capacity(done.len());
            for (text, log) in done {
                for (events, cols) in log.rows() {
                    st.absorb_changes(rows_done, events, cols);
                    rows_done += 1;
                }
                pieces.push(text);
            }
            progress((rows_done - before) as u64);
            // A closed channel means the writer stopped on an error, which its join below reports first.
            to_writer.send(pieces).map_err(|_| Error::Interrupted)
        };
        let masked = head
            .chunks(chunk)
            .enumerate()
            .try_for_each(|(k, rows)| emit(mask_pieces(m, &plan, &known, k * chunk, rows, format)))
            .and_then(|()| match offset {
                Some(offset) => {
                    let blocks = csvio::Blocks::open_at(input, info, offset)?;
                    let path_encoding = (input, info.encoding);
                    mask_blocks(m, &plan, &known, blocks, head.len(), format, path_encoding, &mut emit)
                }
                None => Ok(()),
            });
        // Closing the channel lets the writer finish.
        drop(to_writer);
        let written = write_thread.join().unwrap_or(Err(Error::Interrupted));
        let sha = written?;
        masked.map(|()| sha)
    })?;
    st.rows = rows_done;
    Ok((vec![st.finish()], atomic.zip(output_sha)))
}

/// Pass 1 past the first rows: a reader thread cuts the file into blocks of whole records, the workers parse
/// them and collect their names, and the sets are merged (a set's content does not depend on the order).
fn collect_names_in_blocks(
    m: &Masker,
    plan: &Plan,
    mut blocks: csvio::Blocks,
    keep: &[bool],
    known: &mut KnownNames,
) -> Result<()> {
    use rayon::prelude::*;
    // Blocks handed out together: a few per thread.
    let batch = 4 * rayon::current_num_threads().max(1);
    let delimiter = blocks.delimiter();
    let name_cols = Masker::name_columns(plan);
    if name_cols.is_empty() {
        return Ok(());
    }
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Result<Vec<csvio::Block>>>(1);
        scope.spawn(move || {
            loop {
                let mut group = Vec::with_capacity(batch);
                while group.len() < batch {
                    match blocks.next_block() {
                        Ok(Some(b)) => group.push(b),
                        Ok(None) => break,
                        Err(e) => {
                            let _ = tx.send(Err(e));
                            return;
                        }
                    }
                }
                let last = group.len() < batch;
                // A closed channel: the consumer stopped.
                if (!group.is_empty() && tx.send(Ok(group)).is_err()) || last {
                    return;
                }
            }
        });
        // The sets of one group are merged while the next group is parsed (the merge is serial).
        let mut pending: Vec<KnownNames> = Vec::new();
        for group in rx {
            let group = group?;
            let (sets, ()) = rayon::join(
                || {
                    group
                        .par_iter()
                        .map(|block| {
                            // These rows all come after the first ones, which hold the header.
                            let mut set = KnownNames::default();
                            // (Bytes that are not UTF-8 read lossily here: pass 2 reports them.)
                            let _ = csvio::for_each_row(block, delimiter, Some(keep), |row| {
                                m.collect_row_names(plan, &name_cols, row, &mut set)
                            });
                            set
                        })
                        .collect::<Vec<KnownNames>>()
                },
                || pending.drain(..).for_each(|set| known.merge(set)),
            );
            pending = sets;
            check_interrupt(m)?;
        }
        pending.into_iter().for_each(|set| known.merge(set));
        Ok(())
    })
}

/// What the masking of a piece of rows found, flat: each row's events and changed columns.
#[derive(Default)]
struct PieceLog {
    events: Vec<Event>,
    cols: Vec<usize>,
    /// Per row, where its events and its columns end.
    ends: Vec<(usize, usize)>,
}

impl PieceLog {
    /// About one event per personal cell of a row.
    fn with_rows(rows: usize) -> PieceLog {
        PieceLog {
            events: Vec::with_capacity(rows * 8),
            cols: Vec::with_capacity(rows * 8),
            ends: Vec::with_capacity(rows),
        }
    }

    fn rows(&self) -> impl Iterator<Item = (&[Event], &[usize])> {
        let mut from = (0, 0);
        self.ends.iter().map(move |&(e, c)| {
            let row = (&self.events[from.0..e], &self.cols[from.1..c]);
            from = (e, c);
            row
        })
    }
}

/// Masks `rows` (the first is row `base`) in parallel pieces of rows in order, each piece's masked CSV text
/// (when `format` is given) with its log. Each piece is masked, serialized and dropped by the same worker
/// thread, so the masked cells are freed where they were allocated, which the allocator does fastest.
fn mask_pieces(
    m: &Masker,
    plan: &Plan,
    known: &KnownNames,
    base: usize,
    rows: &[Vec<Cell>],
    format: Option<(u8, &str)>,
) -> Vec<(String, PieceLog)> {
    use rayon::prelude::*;
    const PIECE: usize = 256;
    rows.par_chunks(PIECE)
        .enumerate()
        .map(|(k, rows)| {
            let mut text = String::new();
            if format.is_some() {
                // The input's bytes and a little for quotes: the text is written without growing.
                let bytes: usize = rows
                    .iter()
                    .map(|r| r.iter().map(|c| if let Cell::Text(s) = c { s.len() + 1 } else { 1 }).sum::<usize>() + 2)
                    .sum();
                text.reserve(bytes + bytes / 8);
            }
            let mut log = PieceLog::with_rows(rows.len());
            for (i, orig) in rows.iter().enumerate() {
                mask_into(m, plan, known, base + k * PIECE + i, orig, format, &mut text, &mut log);
            }
            (text, log)
        })
        .collect()
}

/// Masks row `r`, appending its CSV text (when `format` is given) to `text` and what was found to `log`.
#[allow(clippy::too_many_arguments)] // the pieces of one call site's state, passed apart to borrow them apart
fn mask_into(
    m: &Masker,
    plan: &Plan,
    known: &KnownNames,
    r: usize,
    orig: &[Cell],
    format: Option<(u8, &str)>,
    text: &mut String,
    log: &mut PieceLog,
) {
    let o = m.mask_row(plan, known, r, orig);
    if let Some((delim, line_end)) = format {
        let mut changed = o.changed.iter().peekable();
        let fields = orig.iter().enumerate().map(|(c, cell)| match changed.peek() {
            Some((k, new)) if *k == c => {
                changed.next();
                new.as_text()
            }
            _ => cell.as_text(),
        });
        csvio::push_row(text, fields, delim, line_end);
    }
    log.events.extend_from_slice(&o.events);
    log.cols.extend(o.changed.iter().map(|(c, _)| *c));
    log.ends.push((log.events.len(), log.cols.len()));
}

/// A block masked by a worker: its text and log, or the index in the block of a row that is not UTF-8; or
/// the panic that stopped the worker.
type MaskedBlock = std::thread::Result<Result<(String, PieceLog), usize>>;

/// Pass 2 past the head: a reader thread cuts the file into blocks of whole records; worker threads (as many
/// as rayon's) each take the next block, parse it and mask its rows while they are still in the core's
/// cache; the blocks are put back in order and handed to `emit`. At most a few blocks per thread are in
/// flight, so memory stays bounded whatever the file's size and however uneven the blocks' work.
#[allow(clippy::too_many_arguments)]
fn mask_blocks(
    m: &Masker,
    plan: &Plan,
    known: &KnownNames,
    mut blocks: csvio::Blocks,
    head_rows: usize,
    format: Option<(u8, &str)>,
    (path, encoding): (&Path, Encoding),
    emit: &mut dyn FnMut(Vec<(String, PieceLog)>) -> Result<()>,
) -> Result<()> {
    use std::sync::mpsc::{channel, sync_channel};
    use std::sync::{Arc, Mutex};
    let threads = rayon::current_num_threads().max(1);
    let window = 4 * threads;
    let delimiter = blocks.delimiter();
    std::thread::scope(|scope| {
        // A credit per block in flight: the reader takes one before reading a block, and gets it back when
        // the block is emitted.
        let (credit_tx, credit_rx) = sync_channel::<()>(window);
        for _ in 0..window {
            let _ = credit_tx.send(());
        }
        let (block_tx, block_rx) = sync_channel::<(usize, Result<csvio::Block>)>(threads);
        let (done_tx, done_rx) = channel::<(usize, Result<MaskedBlock>)>();
        scope.spawn(move || {
            for seq in 0.. {
                // The consumer is gone when the credits are.
                if credit_rx.recv().is_err() {
                    return;
                }
                let next = match blocks.next_block() {
                    Ok(Some(b)) => Ok(b),
                    Ok(None) => return,
                    Err(e) => Err(e),
                };
                let stop = next.is_err();
                if block_tx.send((seq, next)).is_err() || stop {
                    return;
                }
            }
        });
        // Shared and owned by the workers: when the last one stops, the reader's next send fails.
        let block_rx = Arc::new(Mutex::new(block_rx));
        for _ in 0..threads {
            let (block_rx, done_tx) = (Arc::clone(&block_rx), done_tx.clone());
            scope.spawn(move || {
                loop {
                    let next = match block_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, block)) = next else {
                        return;
                    };
                    let out = block.map(|block| {
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            mask_block(m, plan, known, head_rows, &block, delimiter, format)
                        }))
                    });
                    if done_tx.send((seq, out)).is_err() {
                        return;
                    }
                }
            });
        }
        drop((block_rx, done_tx));
        let mut pending = std::collections::BTreeMap::new();
        let mut next = 0usize;
        let mut rows_before = head_rows;
        for (seq, out) in done_rx {
            pending.insert(seq, out);
            while let Some(out) = pending.remove(&next) {
                match out?.unwrap_or_else(|panic| std::panic::resume_unwind(panic)) {
                    Ok(piece) => {
                        rows_before += piece.1.ends.len();
                        emit(vec![piece])?;
                    }
                    Err(bad) => return Err(csvio::not_utf8(path, encoding, (rows_before + bad + 1) as u64)),
                }
                next += 1;
                let _ = credit_tx.send(());
            }
        }
        Ok(())
    })
}

/// Parses and masks one block (its rows come after the head, which holds the header: `head_rows` is past both
/// the header and the data start, all that [`Masker::mask_row`] asks of a row's index).
fn mask_block(
    m: &Masker,
    plan: &Plan,
    known: &KnownNames,
    head_rows: usize,
    block: &csvio::Block,
    delimiter: u8,
    format: Option<(u8, &str)>,
) -> Result<(String, PieceLog), usize> {
    let mut text = String::new();
    if format.is_some() {
        text.reserve(block.bytes.len() + block.bytes.len() / 8);
    }
    let mut log = PieceLog::with_rows(block.bytes.len() / 64);
    csvio::for_each_row(block, delimiter, None, |row| {
        mask_into(m, plan, known, head_rows, row, format, &mut text, &mut log)
    })?;
    Ok((text, log))
}

fn check_interrupt(m: &Masker) -> Result<()> {
    if m.opts.interrupt.as_ref().is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed)) {
        return Err(Error::Interrupted);
    }
    Ok(())
}
