//! End to end on generated 低保 rosters, each beside its I/O floor (the same file read and written back
//! unchanged through the same paths, detection off): a 100,000-row xlsx and a 100,000-row CSV. The
//! 1,000,000-row CSV, peak memory and the summary table are `benches/run.sh`'s job.
//!
//! `cargo bench --bench end_to_end`

#[path = "gen/mod.rs"]
mod datagen;

use divan::Bencher;
use divan::counter::{BytesCount, ItemsCount};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use tuomin::io::{self, EncodingChoice, WriteOptions, csv as csvio};
use tuomin::job::{JobOptions, mask_file};
use tuomin::{MaskOptions, Masker, patterns::Patterns};

const ROWS: u64 = 100_000;
const SEED: u64 = 1;

struct Setup {
    xlsx: PathBuf,
    csv: PathBuf,
    /// Outputs, overwritten by every run and removed at the end.
    out_dir: PathBuf,
    masker: Masker,
}

#[allow(clippy::expect_used)] // a bench cannot run without its data
static SETUP: LazyLock<Setup> = LazyLock::new(|| {
    let xlsx = datagen::ensure(&format!("roster_{ROWS}.xlsx"), |p| {
        datagen::write_xlsx(p, ROWS, SEED).map_err(|e| e.to_string())
    })
    .expect("xlsx roster generated");
    let csv = datagen::ensure(&format!("roster_{ROWS}.csv"), |p| {
        datagen::write_csv(p, ROWS, SEED).map_err(|e| e.to_string())
    })
    .expect("CSV roster generated");
    let out_dir = datagen::data_dir().expect("bench-data").join("end_to_end-out");
    std::fs::create_dir_all(&out_dir).expect("output folder");
    let masker = Masker::new(Patterns::builtin().expect("patterns"), MaskOptions::default()).expect("masker");
    Setup { xlsx, csv, out_dir, masker }
});

fn main() {
    LazyLock::force(&SETUP);
    divan::main();
    // A static is never dropped: clean up here.
    let _ = std::fs::remove_dir_all(&SETUP.out_dir);
}

fn size(p: &Path) -> usize {
    std::fs::metadata(p).map_or(0, |m| m.len() as usize)
}

/// A failed run must not pass for a fast one.
fn ok<E: std::fmt::Display>(r: Result<(), E>) {
    if let Err(e) = r {
        panic!("benchmark run failed: {e}");
    }
}

fn mask(input: &Path, output: PathBuf) {
    let s = &*SETUP;
    let jo = JobOptions { output: Some(output), force: true, ..Default::default() };
    ok(mask_file(&s.masker, input, &jo, &|_| {}).map(|_| ()));
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn xlsx_floor(b: Bencher) {
    let s = &*SETUP;
    let out = s.out_dir.join("floor.xlsx");
    b.counter(ItemsCount::new(ROWS)).counter(BytesCount::new(size(&s.xlsx))).bench(|| {
        ok(io::read(&s.xlsx, EncodingChoice::Auto).and_then(|wb| {
            let headers = vec![Some(1); wb.sheets.len()];
            io::write(&wb, &out, WriteOptions { force: true, encoding: None }, &headers)
        }))
    });
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn xlsx_mask(b: Bencher) {
    let s = &*SETUP;
    let out = s.out_dir.join("masked.xlsx");
    b.counter(ItemsCount::new(ROWS)).counter(BytesCount::new(size(&s.xlsx))).bench(|| mask(&s.xlsx, out.clone()));
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn csv_floor(b: Bencher) {
    let s = &*SETUP;
    let out = s.out_dir.join("floor.csv");
    let run = || -> anyhow::Result<()> {
        let info = csvio::sniff(&s.csv, EncodingChoice::Auto, false)?;
        let mut rows = csvio::Rows::open(&s.csv, info)?;
        let file = std::fs::File::create(&out)?;
        let mut w = csvio::Writer::new(file, info.encoding, info.delimiter, info.crlf);
        while let Some(r) = rows.next_row()? {
            w.write_row(r.iter())?;
        }
        w.finish()?;
        Ok(())
    };
    b.counter(ItemsCount::new(ROWS)).counter(BytesCount::new(size(&s.csv))).bench(|| ok(run()));
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn csv_mask(b: Bencher) {
    let s = &*SETUP;
    let out = s.out_dir.join("masked.csv");
    b.counter(ItemsCount::new(ROWS)).counter(BytesCount::new(size(&s.csv))).bench(|| mask(&s.csv, out.clone()));
}
