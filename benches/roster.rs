//! Helper binary for `benches/run.sh`: generates the synthetic rosters, runs the I/O floor (the same file
//! read and written back unchanged through tuomin's own paths, detection off) and times the phases of a
//! streamed CSV masking run. A bench target only so it can use the generator in `benches/gen/` without a
//! `src/bin/`; `cargo bench` runs it without arguments, which does nothing.
//!
//! ```text
//! roster gen-csv ROWS OUT.csv [SEED]     roster gen-xlsx ROWS OUT.xlsx [SEED]
//! roster floor IN OUT                    (CSV: sniff + Rows + csv::Writer; xlsx: io::read + io::write)
//! roster phases IN.csv [SAMPLE_ROWS]     (where the time of `tuomin mask` goes)
//! ```

#[path = "gen/mod.rs"]
mod datagen;

use anyhow::{Context as _, Result, bail};
use std::path::Path;
use std::time::{Duration, Instant};
use tuomin::detect::KnownNames;
use tuomin::io::{self, EncodingChoice, WriteOptions, csv as csvio};
use tuomin::table::{Cell, Sheet};
use tuomin::{MaskOptions, Masker, patterns::Patterns};

/// The same allocator as the `tuomin` binary, so the floor and the phases compare like with like.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<()> {
    // `cargo bench` passes `--bench`; flags are not ours.
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let arg = |i: usize| -> Result<&str> {
        args.get(i).map(String::as_str).with_context(|| format!("missing argument {i}; see benches/roster.rs"))
    };
    let seed = |i: usize| -> Result<u64> { Ok(args.get(i).map(|s| s.parse()).transpose()?.unwrap_or(1)) };
    match args.first().map(String::as_str) {
        None => {
            eprintln!("roster: helper for benches/run.sh; nothing to do without a command");
            Ok(())
        }
        Some("gen-csv") => {
            let rows: u64 = arg(1)?.parse()?;
            datagen::write_csv(Path::new(arg(2)?), rows, seed(3)?)?;
            Ok(())
        }
        Some("gen-xlsx") => {
            let rows: u64 = arg(1)?.parse()?;
            datagen::write_xlsx(Path::new(arg(2)?), rows, seed(3)?)?;
            Ok(())
        }
        Some("floor") => floor(Path::new(arg(1)?), Path::new(arg(2)?)),
        Some("phases") => {
            let sample = args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(100_000);
            phases(Path::new(arg(1)?), sample)
        }
        Some(other) => bail!("unknown command {other}; see benches/roster.rs"),
    }
}

/// Reads `input` and writes it back unchanged with detection off.
fn floor(input: &Path, output: &Path) -> Result<()> {
    match io::Format::of(input) {
        Some(io::Format::Csv) => {
            let info = csvio::sniff(input, EncodingChoice::Auto, false)?;
            let mut rows = csvio::Rows::open(input, info)?;
            let file = std::fs::File::create(output)?;
            let mut w = csvio::Writer::new(file, info.encoding, info.delimiter, info.crlf);
            while let Some(r) = rows.next_row()? {
                w.write_row(r.iter())?;
            }
            w.finish()?;
        }
        _ => {
            let wb = io::read(input, EncodingChoice::Auto)?;
            let headers = vec![Some(1); wb.sheets.len()];
            let opts = WriteOptions { force: true, encoding: None };
            io::write(&wb, output, opts, &headers)?;
        }
    }
    Ok(())
}

fn mb_s(bytes: u64, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

/// Times each phase of the streamed CSV job separately, with the library's public pieces, in the order
/// `job::mask_file` runs them; then the CPU cost of each column on a sample.
fn phases(input: &Path, sample: usize) -> Result<()> {
    let size = std::fs::metadata(input)?.len();
    let m = Masker::new(Patterns::builtin()?, MaskOptions::default())?;
    let info = csvio::sniff(input, EncodingChoice::Auto, false)?;
    let chunk = m.opts.chunk_rows;
    let report = |what: &str, d: Duration| {
        println!("{what:<44} {:>8.2} s {:>9.1} MB/s", d.as_secs_f64(), mb_s(size, d));
    };
    println!("{} ({:.1} MB), {} threads", input.display(), size as f64 / 1e6, rayon::current_num_threads());

    let t = Instant::now();
    io::sha256_file(input)?;
    report("sha256 of the file (done for input and output)", t.elapsed());

    // One read of the file into rows of cells, as both passes do.
    let t = Instant::now();
    let mut rows = csvio::Rows::open(input, info)?;
    let mut n = 0usize;
    while let Some(r) = rows.next_row()? {
        let row: Vec<Cell> = r.into_iter().map(Cell::Text).collect();
        n += row.len();
    }
    report("read: CSV -> rows of cells (one pass)", t.elapsed());
    std::hint::black_box(n);

    // Pass 1: plan on the first 2000 rows, then every name of the name columns.
    let t = Instant::now();
    let mut rows = csvio::Rows::open(input, info)?;
    let mut prefix = Vec::new();
    while prefix.len() < 2000 {
        match rows.next_row()? {
            Some(r) => prefix.push(r.into_iter().map(Cell::Text).collect::<Vec<_>>()),
            None => break,
        }
    }
    let sheet = Sheet { name: "roster".into(), rows: prefix, ..Sheet::default() };
    let plan = m.plan(&sheet);
    let mut known = KnownNames::default();
    m.collect_names(&plan, &sheet.rows, 0, &mut known);
    let mut at = sheet.rows.len();
    let mut buf = Vec::with_capacity(chunk);
    let mut collect = Duration::ZERO;
    loop {
        let r = rows.next_row()?;
        let done = r.is_none();
        if let Some(r) = r {
            buf.push(r.into_iter().map(Cell::Text).collect::<Vec<_>>());
        }
        if buf.len() == chunk || (done && !buf.is_empty()) {
            let c = Instant::now();
            m.collect_names(&plan, &buf, at, &mut known);
            collect += c.elapsed();
            at += buf.len();
            buf.clear();
        }
        if done {
            break;
        }
    }
    report("pass 1: read + collect names", t.elapsed());
    report("  of which collect_names", collect);
    println!("  {} known names; columns: {}", known.len(), kinds(&plan));

    // Pass 2: read, mask in parallel chunks, write in order.
    let out_path = input.with_extension("phases.csv");
    let t = Instant::now();
    let mut rows = csvio::Rows::open(input, info)?;
    let file = std::fs::File::create(&out_path)?;
    let mut w = csvio::Writer::new(file, info.encoding, info.delimiter, info.crlf);
    let (mut mask_t, mut write_t, mut base) = (Duration::ZERO, Duration::ZERO, 0usize);
    let mut buf: Vec<Vec<Cell>> = Vec::with_capacity(chunk);
    loop {
        let r = rows.next_row()?;
        let done = r.is_none();
        if let Some(r) = r {
            buf.push(r.into_iter().map(Cell::Text).collect());
        }
        if buf.len() == chunk || (done && !buf.is_empty()) {
            let c = Instant::now();
            let outs = m.mask_rows(&plan, &known, base, &buf);
            mask_t += c.elapsed();
            let c = Instant::now();
            for (o, orig) in outs.iter().zip(&buf) {
                let row = o.apply(orig);
                w.write_row(row.iter().map(|c| c.as_text()))?;
            }
            write_t += c.elapsed();
            base += buf.len();
            buf.clear();
        }
        if done {
            break;
        }
    }
    w.finish()?;
    report("pass 2: read + mask + write", t.elapsed());
    report("  of which mask_rows (parallel)", mask_t);
    report("  of which apply + write", write_t);
    std::fs::remove_file(&out_path)?;

    per_column(&m, &plan, &known, input, info, sample)
}

fn kinds(plan: &tuomin::engine::Plan) -> String {
    plan.layout
        .columns
        .iter()
        .map(|c| format!("{}={}", c.header.as_deref().unwrap_or("?"), c.kind.label()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Single-threaded CPU time of each column on the first `sample` data rows: every row is masked with only
/// 序号 and that column filled (two cells, so it is not taken for a title row), minus the 序号-only cost.
fn per_column(
    m: &Masker,
    plan: &tuomin::engine::Plan,
    known: &KnownNames,
    input: &Path,
    info: csvio::CsvInfo,
    sample: usize,
) -> Result<()> {
    let mut rows = csvio::Rows::open(input, info)?;
    rows.next_row()?; // header
    let mut data: Vec<Vec<Cell>> = Vec::with_capacity(sample);
    while data.len() < sample {
        match rows.next_row()? {
            Some(r) => data.push(r.into_iter().map(Cell::Text).collect()),
            None => break,
        }
    }
    let width = plan.width;
    let time_col = |col: Option<usize>| -> (Duration, u64) {
        let mut bytes = 0u64;
        let only: Vec<Vec<Cell>> = data
            .iter()
            .map(|r| {
                (0..width)
                    .map(|c| {
                        if c == 0 || Some(c) == col {
                            if Some(c) == col {
                                bytes += r.get(c).map_or(0, |x| x.as_text().len() as u64);
                            }
                            r.get(c).cloned().unwrap_or(Cell::Empty)
                        } else {
                            Cell::Empty
                        }
                    })
                    .collect()
            })
            .collect();
        let t = Instant::now();
        for (i, r) in only.iter().enumerate() {
            std::hint::black_box(m.mask_row(plan, known, i + 1, r));
        }
        (t.elapsed(), bytes)
    };
    let (baseline, _) = time_col(None);
    println!("\nper column, single thread, {} rows (baseline 序号 only: {:.3} s):", data.len(), baseline.as_secs_f64());
    println!("{:<14} {:<12} {:>9} {:>10} {:>10}", "column", "kind", "s", "MB", "MB/s");
    let mut total = Duration::ZERO;
    for c in 1..width {
        let (d, bytes) = time_col(Some(c));
        let d = d.saturating_sub(baseline);
        total += d;
        let col = plan.layout.columns.get(c);
        println!(
            "{:<14} {:<12} {:>9.3} {:>10.2} {:>10.1}",
            col.and_then(|x| x.header.as_deref()).unwrap_or("?"),
            col.map_or("?", |x| x.kind.label()),
            d.as_secs_f64(),
            bytes as f64 / 1e6,
            mb_s(bytes, d)
        );
    }
    let t = Instant::now();
    for (i, r) in data.iter().enumerate() {
        std::hint::black_box(m.mask_row(plan, known, i + 1, r));
    }
    println!(
        "{:<27} {:>9.3}   (sum of columns {:.3} s)",
        "whole rows",
        t.elapsed().as_secs_f64(),
        (total + baseline).as_secs_f64()
    );
    Ok(())
}
