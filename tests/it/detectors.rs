//! Runs every example of `patterns/detectors.toml`: each detector's must-match and must-not-match texts.

use serde::Deserialize;
use tuomin::detect::{Detectors, Kind, KnownNames};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    detector: Vec<Rule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    kind: String,
    must_match: Vec<String>,
    must_not_match: Vec<String>,
}

fn rules() -> Vec<Rule> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/patterns/detectors.toml")).unwrap();
    toml::from_str::<File>(&text).unwrap().detector
}

#[test]
fn every_detector_example_holds() {
    let det = Detectors::builtin().unwrap();
    let known = KnownNames::default();
    let mut failures = Vec::new();
    let mut checked = 0;
    for r in rules() {
        let kind = Kind::from_label(&r.kind).unwrap_or_else(|| panic!("unknown kind {}", r.kind));
        for ex in &r.must_match {
            checked += 1;
            let (text, want) = ex.split_once(" => ").unwrap_or((ex.as_str(), ex.as_str()));
            let found = det.scan_text(text, &known);
            if !found.iter().any(|f| f.kind == kind && &text[f.start..f.end] == want) {
                let got: Vec<String> =
                    found.iter().map(|f| format!("{:?}:{}", f.kind, &text[f.start..f.end])).collect();
                failures.push(format!("{kind:?} must match {want:?} in {text:?}; got {got:?}"));
            }
        }
        for text in &r.must_not_match {
            checked += 1;
            let found = det.scan_text(text, &known);
            if let Some(f) = found.iter().find(|f| f.kind == kind) {
                failures.push(format!("{kind:?} must not match in {text:?}; got {:?}", &text[f.start..f.end]));
            }
        }
    }
    assert!(checked > 50, "too few examples: {checked}");
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}
