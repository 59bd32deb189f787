//! Scores masked fixtures against their ground truth (`fixtures/*.truth.json`), cell by cell:
//! no secret of a personal cell may survive, and every public cell must come out byte-identical.

use crate::support::*;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Truth {
    sheets: Vec<TruthSheet>,
}

#[derive(Deserialize)]
struct TruthSheet {
    name: String,
    cells: BTreeMap<String, TruthCell>,
    public: Vec<String>,
}

#[derive(Deserialize)]
struct TruthCell {
    kind: String,
    secrets: Vec<String>,
    #[serde(default)]
    note: Option<String>,
}

fn digits_of(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            '\u{FF10}'..='\u{FF19}' => char::from_u32(c as u32 - 0xFF10 + '0' as u32),
            _ => None,
        })
        .collect()
}

/// Leaks and needless changes of one masked fixture.
pub struct Score {
    pub leaks: Vec<String>,
    pub needless: Vec<String>,
    pub personal: usize,
    pub public: usize,
}

/// Masks `name` with extra args and scores the output. `kept` says which truth notes may stay readable.
pub fn score(name: &str, ext: &str, args: &[&str], kept: &[&str]) -> Score {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(format!("out.{ext}"));
    let input = fixture(name);
    let mut cmd = tuomin();
    cmd.arg("mask").arg(&input).arg("-o").arg(&out).arg("--as-of").arg("2026-11-28").arg("-q");
    cmd.args(args);
    cmd.assert().success();
    let orig = read(&input);
    let masked = read(&out);
    let truth: Truth =
        serde_json::from_str(&std::fs::read_to_string(fixture(&format!("{name}.truth.json"))).unwrap()).unwrap();
    assert_eq!(orig.sheets.len(), masked.sheets.len(), "{name}: sheet count");
    let mut s = Score { leaks: vec![], needless: vec![], personal: 0, public: 0 };
    for ts in &truth.sheets {
        let si = if orig.sheets.len() == 1 { 0 } else { orig.sheets.iter().position(|x| x.name == ts.name).unwrap() };
        let (o, m) = (&orig.sheets[si], &masked.sheets[si]);
        if ext != "csv" {
            assert_eq!(o.name, m.name, "{name}: sheet order");
        }
        for (cref, cell) in &ts.cells {
            s.personal += 1;
            let (r, c) = parse_a1(cref);
            let out_text = text(m.get(r, c));
            let keep = cell.note.as_deref().is_some_and(|n| kept.iter().any(|k| n.contains(k)));
            for secret in &cell.secrets {
                let d = digits_of(secret);
                let leaked = out_text.contains(secret.as_str()) || (d.len() >= 7 && digits_of(&out_text).contains(&d));
                if leaked && !keep {
                    s.leaks.push(format!(
                        "{}!{cref} ({}) secret #{} leaked",
                        ts.name,
                        cell.kind,
                        secret.chars().count()
                    ));
                }
            }
        }
        for cref in &ts.public {
            s.public += 1;
            let (r, c) = parse_a1(cref);
            let (a, b) = (text(o.get(r, c)), text(m.get(r, c)));
            if a != b {
                s.needless.push(format!("{}!{cref}: public cell changed", ts.name));
            }
        }
    }
    s
}

fn assert_clean(name: &str, ext: &str, args: &[&str], kept: &[&str]) {
    let s = score(name, ext, args, kept);
    eprintln!(
        "{name}: {} personal cells, {} leaks; {} public cells, {} changed",
        s.personal,
        s.leaks.len(),
        s.public,
        s.needless.len()
    );
    assert!(s.leaks.is_empty(), "{name}: leaks:\n{}", s.leaks.join("\n"));
    assert!(s.needless.is_empty(), "{name}: needless masking:\n{}", s.needless.join("\n"));
}

#[test]
fn dibao_gbk_csv_is_clean() {
    assert_clean("dibao_gbk.csv", "csv", &[], &[]);
}

#[test]
fn dibao_utf8_csv_is_clean() {
    assert_clean("dibao_utf8.csv", "csv", &[], &[]);
}

#[test]
fn tekun_multisheet_xlsx_is_clean() {
    assert_clean("tekun_multisheet.xlsx", "xlsx", &[], &[]);
}

#[test]
fn orphans_xls_is_clean() {
    assert_clean("orphans.xls", "xlsx", &[], &[]);
}

#[test]
fn disability_ods_is_clean() {
    assert_clean("disability.ods", "xlsx", &[], &[]);
}

#[test]
fn punitive_xlsx_masked_normally_is_clean() {
    assert_clean("punitive.xlsx", "xlsx", &[], &[]);
}

#[test]
fn social_orgs_csv_is_clean() {
    assert_clean("social_orgs.csv", "csv", &[], &[]);
}

#[test]
fn elderly_plain_csv_is_clean_by_content() {
    assert_clean("elderly_plain.csv", "csv", &[], &[]);
}
