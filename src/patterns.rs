//! Rules and dictionaries as data: the files under `patterns/`, embedded at build time and overridable
//! from a folder holding files of the same names.

use crate::detect::Kind;
use crate::error::{Error, Result};
use aho_corasick::{AhoCorasick, MatchKind};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::path::Path;

/// Embedded pattern files, by their path under `patterns/`.
pub const EMBEDDED: [(&str, &str); 17] = [
    ("headers.toml", include_str!("../patterns/headers.toml")),
    ("institutions.txt", include_str!("../patterns/institutions.txt")),
    ("policy.toml", include_str!("../patterns/policy.toml")),
    ("names/surnames.txt", include_str!("../patterns/names/surnames.txt")),
    ("names/compound_surnames.txt", include_str!("../patterns/names/compound_surnames.txt")),
    ("names/given_chars.txt", include_str!("../patterns/names/given_chars.txt")),
    ("names/relations.txt", include_str!("../patterns/names/relations.txt")),
    ("names/not_names.txt", include_str!("../patterns/names/not_names.txt")),
    ("names/common_words.txt", include_str!("../patterns/names/common_words.txt")),
    ("names/word_names.txt", include_str!("../patterns/names/word_names.txt")),
    ("names/cues.toml", include_str!("../patterns/names/cues.toml")),
    ("names/names_in_context.txt", include_str!("../patterns/names/names_in_context.txt")),
    ("detectors.toml", include_str!("../patterns/detectors.toml")),
    ("health_terms.txt", include_str!("../patterns/health_terms.txt")),
    ("traditional.txt", include_str!("../patterns/traditional.txt")),
    ("pinyin.txt", include_str!("../patterns/pinyin.txt")),
    ("names/pinyin_surnames.txt", include_str!("../patterns/names/pinyin_surnames.txt")),
];

/// One header rule of `headers.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeaderRule {
    pub kind: String,
    #[serde(default)]
    pub exact: Vec<String>,
    #[serde(default)]
    pub contains: Vec<String>,
    #[serde(default)]
    pub examples: Vec<String>,
    #[serde(default)]
    pub not_examples: Vec<String>,
    /// The column's whole value is detail to hide (a column of natural villages or 组 below the village).
    #[serde(default)]
    pub whole: bool,
    /// Words that keep a `contains` match from counting (劳动能力人数 counts people; the rule is for 劳动能力).
    #[serde(default)]
    pub unless: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeaderFile {
    rule: Vec<HeaderRule>,
}

/// Header vocabulary, compiled.
#[derive(Debug, Clone)]
pub struct HeaderRules {
    pub rules: Vec<(Kind, HeaderRule)>,
}

/// Normalises a header for matching: no whitespace, no `*`, ASCII brackets and colons removed at the end.
pub fn normalize_header(h: &str) -> String {
    h.chars()
        // (Bilingual headers, ئىسمى 姓名: the Uyghur, Kazakh or Mongolian words beside the Chinese go.)
        // (health_status, id_no: an export's words joined by underscores read as one.)
        .filter(|&c| !c.is_whitespace() && !matches!(c, '*' | '_' | '\u{3000}') && !is_arabic_script(c))
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            // (XM, SFZH: a database export's pinyin initials; Name, ID No.: English headers.)
            _ => c.to_ascii_lowercase(),
        })
        .collect::<String>()
        .trim_end_matches([':', '：'])
        .to_string()
}

/// Arabic-script letters (Uyghur, Kazakh) and their presentation forms.
fn is_arabic_script(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

impl HeaderRules {
    /// Parses `headers.toml`.
    pub fn parse(text: &str) -> Result<Self> {
        let f: HeaderFile = toml::from_str(text).map_err(|e| Error::Patterns(format!("headers.toml: {e}")))?;
        let mut rules = Vec::new();
        for r in f.rule {
            let kind = Kind::from_label(&r.kind)
                .ok_or_else(|| Error::Patterns(format!("headers.toml: unknown kind {:?}", r.kind)))?;
            rules.push((kind, r));
        }
        Ok(HeaderRules { rules })
    }

    /// The kind a header names, or None when the vocabulary does not know it.
    pub fn classify(&self, header: &str) -> Option<Kind> {
        self.rule_of(header).map(|(k, _)| *k)
    }

    /// Whether a header names a column whose values are hidden whole (see [`HeaderRule::whole`]).
    pub fn masks_whole(&self, header: &str) -> bool {
        self.rule_of(header).is_some_and(|(_, r)| r.whole)
    }

    /// The rule a header falls under: `exact` names first, then `contains` words, rule by rule in order. A
    /// person's role before a word of free text names whose text it is (经办人意见, 户主情况说明): free text.
    fn rule_of(&self, header: &str) -> Option<&(Kind, HeaderRule)> {
        let h = normalize_header(header);
        if h.is_empty() || h.chars().count() > 24 {
            return None;
        }
        let rule = self.rules.iter().find(|(_, r)| r.exact.contains(&h)).or_else(|| {
            self.rules.iter().find(|(_, r)| {
                r.contains.iter().any(|w| h.contains(w.as_str())) && !r.unless.iter().any(|w| h.contains(w.as_str()))
            })
        })?;
        // (家庭成员及收入情况 joins two columns, and 家庭成员情况 lists the members: the names stay a name column.
        // Only a word for what someone wrote makes it free text.)
        const WRITTEN: [&str; 8] = ["意见", "说明", "备注", "原因", "理由", "事由", "事实", "结果"];
        if rule.0 == Kind::Name
            && !h.contains(['及', '和', '、', '/', '／'])
            && WRITTEN.iter().any(|w| h.ends_with(w))
            && let Some(text) = self.rules.iter().find(|(k, _)| *k == Kind::FreeText)
        {
            return Some(text);
        }
        Some(rule)
    }
}

/// Every pattern the engine uses, loaded once.
pub struct Patterns {
    pub headers: HeaderRules,
    pub institutions: AhoCorasick,
    /// The institution words of three characters or less (敬老院, 福利院), which a short cell must equal,
    /// and their last characters (a name cell rarely ends in one: most short cells stop there).
    short_institutions: Vec<String>,
    short_lasts: Vec<char>,
    /// Traditional characters read as simplified ones (`traditional.txt`).
    pub script: crate::script::Script,
    /// SHA-256 over every effective pattern file, for the audit report.
    pub sha256: String,
    pub policy_text: String,
    files: Vec<(String, String)>,
}

pub fn words(text: &str) -> Vec<&str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

impl Patterns {
    /// The embedded patterns.
    pub fn builtin() -> Result<Self> {
        Self::load(None)
    }

    /// Embedded patterns, each replaced by the same-named file in `dir` when it exists there.
    pub fn load(dir: Option<&Path>) -> Result<Self> {
        let mut files = Vec::new();
        for (name, text) in EMBEDDED {
            let over = dir.map(|d| d.join(name)).filter(|p| p.is_file());
            let text = match over {
                Some(p) => std::fs::read_to_string(&p).map_err(|e| Error::Patterns(format!("{}: {e}", p.display())))?,
                None => text.to_string(),
            };
            files.push((name.to_string(), text));
        }
        let get = |n: &str| files.iter().find(|(k, _)| k == n).map(|(_, t)| t.as_str()).unwrap_or("");
        let headers = HeaderRules::parse(get("headers.toml"))?;
        // A DFA without prefilter: it is asked about every name and address cell, short texts on which the
        // packed prefilter's set-up cost about 2,000 instructions a call (callgrind).
        let institutions = AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .prefilter(false)
            .match_kind(MatchKind::LeftmostLongest)
            .build(words(get("institutions.txt")))
            .map_err(|e| Error::Patterns(format!("institutions.txt: {e}")))?;
        let mut h = Sha256::new();
        for (n, t) in &files {
            h.update(n.as_bytes());
            h.update([0]);
            h.update(t.as_bytes());
            h.update([0]);
        }
        let sha256 = hex(&h.finalize());
        let policy_text = get("policy.toml").to_string();
        let short_institutions: Vec<String> =
            words(get("institutions.txt")).into_iter().filter(|w| w.chars().count() <= 3).map(String::from).collect();
        let mut short_lasts: Vec<char> = short_institutions.iter().filter_map(|w| w.chars().last()).collect();
        short_lasts.sort_unstable();
        short_lasts.dedup();
        let script = crate::script::Script::parse(get("traditional.txt")).map_err(Error::Patterns)?;
        Ok(Patterns { headers, institutions, short_institutions, short_lasts, script, sha256, policy_text, files })
    }

    /// The text of one effective pattern file.
    pub fn file(&self, name: &str) -> &str {
        self.files.iter().find(|(k, _)| k == name).map(|(_, t)| t.as_str()).unwrap_or("")
    }

    /// Whether a cell names an institution (福利院, 敬老院, a bank branch …) rather than a person.
    /// A cell of three characters or less only when it is the word itself (敬老院 in a 照料人 column), so a
    /// short name never matches.
    pub fn is_institution(&self, cell: &str) -> bool {
        if cell.chars().count() >= 4 {
            return self.institution_words(cell).next().is_some();
        }
        let t = cell.trim();
        t.chars().last().is_some_and(|c| self.short_lasts.contains(&c))
            && self.short_institutions.iter().any(|w| w == t)
    }

    /// Byte offset of the end of the last institution word of a cell of four characters or more (低保办王芳 → 9).
    pub fn institution_end(&self, cell: &str) -> Option<usize> {
        (cell.chars().count() >= 4).then(|| self.institution_words(cell).last().map(|m| m.end())).flatten()
    }

    /// Byte offset of the first institution word of a cell of four characters or more (李军民政办 → 6).
    pub fn institution_start(&self, cell: &str) -> Option<usize> {
        (cell.chars().count() >= 4).then(|| self.institution_words(cell).next().map(|m| m.start())).flatten()
    }

    /// As [`Patterns::is_institution`], for an address: a village's or community's committee (凤和村委会,
    /// 福泰居民委员会) is a level of the address there, not an office, so an address below it is a home's.
    pub fn is_institution_address(&self, cell: &str) -> bool {
        if cell.chars().count() < 4 {
            return self.is_institution(cell);
        }
        self.institution_words(cell).any(|m| !crate::detect::address::is_committee(&cell[m.start()..m.end()]))
    }

    /// The institution words of `cell`, less those that begin a place's name (中心村, 中心社区, 中心路: a village
    /// or a road called after a centre is where people live).
    fn institution_words<'a>(&'a self, cell: &'a str) -> impl Iterator<Item = aho_corasick::Match> + 'a {
        const PLACES: [&str; 11] = ["村", "社区", "组", "街", "路", "大道", "小区", "屯", "巷", "镇", "乡"];
        self.institutions.find_iter(cell).filter(move |m| {
            let after = &cell[m.end()..];
            !(cell[m.start()..m.end()].chars().count() <= 2 && PLACES.iter().any(|p| after.starts_with(p)))
        })
    }
}

/// Lower-case hex of bytes.
pub fn hex(b: &[u8]) -> String {
    use std::fmt::Write;
    b.iter().fold(String::with_capacity(b.len() * 2), |mut s, x| {
        let _ = write!(s, "{x:02x}");
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_rule_examples_hold() {
        let p = Patterns::builtin().unwrap();
        for (k, r) in &p.headers.rules {
            for e in &r.examples {
                assert_eq!(p.headers.classify(e), Some(*k), "header {e:?} should be {k:?}");
            }
            for e in &r.not_examples {
                assert_ne!(p.headers.classify(e), Some(*k), "header {e:?} should not be {k:?}");
            }
        }
    }

    #[test]
    fn institutions_are_recognised() {
        let p = Patterns::builtin().unwrap();
        for s in
            ["东昌区社会福利中心", "梅河口市儿童福利院", "快大茂镇敬老院", "中国农业银行通化分行", "敬老院", " 福利院"]
        {
            assert!(p.is_institution(s), "{s}");
        }
        for s in ["张秀英", "欧阳娜娜", "王桂兰"] {
            assert!(!p.is_institution(s), "{s}");
        }
    }
}
