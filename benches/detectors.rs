//! Per-detector throughput (MB/s) on synthetic remark text: a few MB of Chinese remark cells, 40% of them
//! carrying an ID, phone, card, name or address, scanned cell by cell as the engine does.
//!
//! `cargo bench --bench detectors`

#[path = "gen/mod.rs"]
mod datagen;

use divan::Bencher;
use divan::counter::BytesCount;
use std::sync::LazyLock;
use tuomin::detect::{Detectors, KnownNames, digits};

/// Bytes of remark text each benchmark scans.
const CORPUS_BYTES: usize = 4 << 20;

struct Corpus {
    cells: Vec<String>,
    bytes: usize,
    det: Detectors,
    /// The holders' names, as a streamed job collects them from the name column.
    known: KnownNames,
}

static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
    let (cells, holders) = datagen::remarks(7, CORPUS_BYTES);
    let bytes = cells.iter().map(String::len).sum();
    let mut known = KnownNames::default();
    for h in &holders {
        known.insert(h);
    }
    #[allow(clippy::expect_used)] // a bench cannot run without the embedded patterns
    let det = Detectors::builtin().expect("built-in patterns load");
    Corpus { cells, bytes, det, known }
});

fn main() {
    LazyLock::force(&CORPUS);
    divan::main();
}

/// Runs `f` over every cell, counting the corpus bytes.
fn scan(b: Bencher, f: impl Fn(&Corpus, &str) -> usize + Sync) {
    let c = &*CORPUS;
    b.counter(BytesCount::new(c.bytes)).bench(|| c.cells.iter().map(|t| f(c, divan::black_box(t))).sum::<usize>());
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn digits_find(b: Bencher) {
    scan(b, |_, t| digits::find(t, digits::Context::default()).len());
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn address_find_in_text(b: Bencher) {
    scan(b, |c, t| c.det.address.find_in_text(t).len());
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn names_find_known(b: Bencher) {
    scan(b, |c, t| c.det.names.find(t, &c.known).len());
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn names_find_no_known(b: Bencher) {
    let none = KnownNames::default();
    scan(b, move |c, t| c.det.names.find(t, &none).len());
}

/// The health-term automaton scan_text runs on every cell.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn health_terms(b: Bencher) {
    scan(b, |c, t| c.det.health.find_iter(t).count());
}

/// Names + addresses + digits (+ plates, health terms): what a free-text cell costs.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn scan_text(b: Bencher) {
    scan(b, |c, t| c.det.scan_text(t, &c.known).len());
}

/// The public-number check every digit finding pays (监督电话 …), on whole phone cells (the number at
/// offset 0, nothing before it): what a phone column costs before any masking.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn digits_is_public_context_phone_cells(b: Bencher) {
    static PHONES: LazyLock<Vec<String>> = LazyLock::new(|| {
        let mut r = datagen::Rng::new(3);
        (0..100_000).map(|_| datagen::mobile(&mut r)).collect()
    });
    let bytes = PHONES.iter().map(String::len).sum::<usize>();
    b.counter(BytesCount::new(bytes))
        .bench(|| PHONES.iter().filter(|p| digits::is_public_context(divan::black_box(p), 0)).count());
}

/// `digits::find` on the same whole phone cells.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn digits_find_phone_cells(b: Bencher) {
    static PHONES: LazyLock<Vec<String>> = LazyLock::new(|| {
        let mut r = datagen::Rng::new(3);
        (0..100_000).map(|_| datagen::mobile(&mut r)).collect()
    });
    let bytes = PHONES.iter().map(String::len).sum::<usize>();
    b.counter(BytesCount::new(bytes)).bench(|| {
        PHONES.iter().map(|p| digits::find(divan::black_box(p), digits::Context::default()).len()).sum::<usize>()
    });
}
