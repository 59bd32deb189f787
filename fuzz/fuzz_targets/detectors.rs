//! Every detector on an arbitrary string, then masking of what they found.
//!
//! Panics are bugs. Besides "no panic", the target checks the invariants the callers rely on (a broken one
//! would make `apply_findings` skip a span silently, i.e. leave personal data unmasked):
//! spans lie inside the text, on char boundaries, with start <= end; `scan_text` and the name detector
//! return sorted, non-overlapping spans; `cut` returns a char boundary inside the trimmed address.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tuomin::detect::{digits, Detectors, Finding, KnownNames};

static DET: OnceLock<Detectors> = OnceLock::new();
static KNOWN: OnceLock<KnownNames> = OnceLock::new();

fn det() -> &'static Detectors {
    DET.get_or_init(|| Detectors::builtin().expect("builtin detectors build"))
}

/// A few names, as a name column would contribute them, so the known-name path is exercised too.
fn known() -> &'static KnownNames {
    KNOWN.get_or_init(|| {
        let mut k = KnownNames::default();
        for n in ["张三丰", "欧阳娜娜", "王五", "阿依古丽·买买提", "李"] {
            k.insert(n);
        }
        k
    })
}

fn check_spans(what: &str, s: &str, spans: impl Iterator<Item = (usize, usize)>, sorted: bool) {
    let mut last_end = 0usize;
    for (i, (start, end)) in spans.enumerate() {
        assert!(start <= end, "{what}: span {i} has start {start} > end {end}");
        assert!(end <= s.len(), "{what}: span {i} ends at {end} past the text ({})", s.len());
        assert!(s.is_char_boundary(start), "{what}: span {i} start {start} not a char boundary");
        assert!(s.is_char_boundary(end), "{what}: span {i} end {end} not a char boundary");
        if sorted {
            assert!(start >= last_end, "{what}: span {i} ({start}..{end}) overlaps or precedes the previous one (ended {last_end})");
            last_end = end;
        }
    }
}

fn mask(s: &str, findings: &[Finding]) -> String {
    let policy = tuomin::Policy::default();
    tuomin::mask::apply_findings(s, findings, |k| policy.rule_for(k))
}

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let s: &str = &s;
    let det = det();

    // Digit identifiers alone.
    let found = digits::find(s, Default::default());
    check_spans("digits::find", s, found.iter().map(|f| (f.start, f.end)), false);
    let _ = mask(s, &found);

    // Everything, with and without known names.
    for known in [&KnownNames::default(), known()] {
        let found = det.scan_text(s, known);
        check_spans("scan_text", s, found.iter().map(|f| (f.start, f.end)), true);
        let masked = mask(s, &found);
        // Masking is applied again to its own output (idempotency path: already-masked text).
        let again = det.scan_text(&masked, known);
        check_spans("scan_text(masked)", &masked, again.iter().map(|f| (f.start, f.end)), true);
        let _ = mask(&masked, &again);

        // The name detector alone.
        let names = det.names.find(s, known);
        check_spans("names.find", s, names.iter().map(|n| (n.start, n.end)), true);
        for n in &names {
            let _ = det.names.surname_len(&s[n.start..n.end]);
        }
    }
    let _ = det.scan_identifiers(s);
    let _ = det.names.looks_like_name(s);

    // The address detector: cut of a whole cell, and spans inside free text.
    if let Some(cut) = det.address.cut(s) {
        let trimmed = s.trim_end();
        assert!(cut <= trimmed.len(), "address.cut {cut} past the trimmed cell ({})", trimmed.len());
        assert!(s.is_char_boundary(cut), "address.cut {cut} not a char boundary");
        let f = Finding::text(0, trimmed.len(), tuomin::detect::Kind::Address, cut);
        let _ = mask(s, &[f]);
    }
    let _ = det.address.looks_like_address(s);
    let found = det.address.find_in_text(s);
    check_spans("address.find_in_text", s, found.iter().map(|f| (f.start, f.end)), false);
});
