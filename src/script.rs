//! The copy of a cell that detection reads. Rosters from Guangdong, Fujian and older offices are typed in
//! traditional characters (繁體字), or in both scripts in one cell; the detectors and dictionaries are simplified.
//! Every cell is read through a copy in which each traditional character is simplified (身份證號碼 is 身份证号码 to
//! the header rules, 陳建國 is 陈建国 to the name rules), and a number spoken or typed by ear reads as digits
//! (电话幺三九…, 身份证五二二六零幺，幺九七零…, 191l33l6649 with l and O for 1 and 0). What masking keeps is written
//! back as it was typed.
//!
//! Every character of the copy has the UTF-8 length of the one it stands for (a traditional character and its
//! simplified one, a spoken digit and a full-width one, O and 0), so the copy has the same byte offsets.

use crate::table::{Cell, Sheet};
use std::borrow::Cow;

/// The traditional-to-simplified table, built once from `patterns/traditional.txt`.
#[derive(Debug, Clone, Default)]
pub struct Script {
    /// The first code point of the table.
    base: u32,
    /// The simplified character of `base + i` (0: none).
    to_simple: Vec<u16>,
    /// A bit for every BMP character that is traditional or a spoken digit: 8 KB, so the test every cell goes
    /// through stays in the first-level cache.
    flagged: Vec<u64>,
}

impl Script {
    /// Parses `traditional simplified` pairs, one a line (`#` starts a comment). Fails on a pair whose
    /// characters differ in UTF-8 length, which would move every offset after it.
    pub fn parse(text: &str) -> Result<Script, String> {
        let mut pairs = Vec::new();
        for line in crate::patterns::words(text) {
            let mut cs = line.split_whitespace().map(|w| {
                let mut it = w.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            });
            let (Some(Some(t)), Some(Some(s)), None) = (cs.next(), cs.next(), cs.next()) else {
                return Err(format!("traditional.txt: not a pair of characters: {line}"));
            };
            let simple = u16::try_from(s as u32).ok().filter(|&v| v != 0);
            if t.len_utf8() != s.len_utf8() || simple.is_none() {
                return Err(format!("traditional.txt: {t} and {s} differ in UTF-8 length"));
            }
            pairs.push((t as u32, simple.unwrap_or_default()));
        }
        let mut flagged = vec![0u64; 0x1_0000 / 64];
        let mut flag = |c: u32| {
            if c < 0x1_0000 {
                flagged[(c / 64) as usize] |= 1 << (c % 64);
            }
        };
        "〇○零幺一二三四五六七八九".chars().for_each(|c| flag(c as u32));
        pairs.iter().for_each(|p| flag(p.0));
        let Some(base) = pairs.iter().map(|p| p.0).min() else {
            return Ok(Script { flagged, ..Script::default() });
        };
        let top = pairs.iter().map(|p| p.0).max().unwrap_or(base);
        let mut to_simple = vec![0u16; (top - base + 1) as usize];
        for (t, s) in pairs {
            to_simple[(t - base) as usize] = s;
        }
        Ok(Script { base, to_simple, flagged })
    }

    /// Whether `c` may be traditional or a spoken digit (characters beyond the BMP are looked up).
    #[inline]
    fn maybe_flagged(&self, c: char) -> bool {
        let u = c as u32;
        // (An empty table, a default Script, flags everything: the full test then decides.)
        u >= 0x1_0000 || self.flagged.get((u / 64) as usize).is_none_or(|w| w & (1 << (u % 64)) != 0)
    }

    /// The simplified character `c` is read as, if it is a traditional one.
    fn simple(&self, c: char) -> Option<char> {
        let i = (c as u32).checked_sub(self.base)? as usize;
        match self.to_simple.get(i) {
            Some(&s) if s != 0 => char::from_u32(s.into()),
            _ => None,
        }
    }

    /// Whether `s` reads as it is: no traditional character, fewer than three spoken digits, and not both a digit
    /// and a letter that may stand for one. One pass, no allocation: asked of every cell.
    fn plain(&self, s: &str) -> bool {
        let b = s.as_bytes();
        // (A number, most cells of a roster: no early exit, so the two scans run over whole words.)
        if b.is_ascii() {
            let letter = b.iter().fold(false, |a, &x| a | matches!(x, b'O' | b'o' | b'l' | b'I'));
            return !letter || !b.iter().fold(false, |a, x| a | x.is_ascii_digit());
        }
        let (mut spoken, mut digit, mut letter) = (0usize, false, false);
        let mut i = 0;
        while i < b.len() {
            let x = b[i];
            if x < 0x80 {
                digit |= x.is_ascii_digit();
                letter |= matches!(x, b'O' | b'o' | b'l' | b'I');
                i += 1;
                continue;
            }
            // (Most of a roster is three-byte characters: the code point is read straight from the bytes; other
            // lengths are decoded.)
            let c = if x & 0xF0 == 0xE0 && i + 2 < b.len() {
                let u = (u32::from(x & 0x0F) << 12) | (u32::from(b[i + 1] & 0x3F) << 6) | u32::from(b[i + 2] & 0x3F);
                i += 3;
                char::from_u32(u)
            } else {
                i += 1;
                while i < b.len() && b[i] & 0xC0 == 0x80 {
                    i += 1;
                }
                s[..i].chars().next_back()
            };
            let Some(c) = c else { continue };
            if !self.maybe_flagged(c) {
                continue;
            } else if self.simple(c).is_some() {
                return false;
            } else if spoken_digit(c).is_some() {
                spoken += 1;
            }
        }
        spoken < 3 && !(digit && letter)
    }

    /// The copy detection reads: every traditional character simplified, every spoken or misspelt number read
    /// as digits (see [`read_numbers`]), and the value inside an export's Excel text guard (="何凤", set AB2);
    /// borrowed when nothing changes.
    pub fn simplify<'a>(&self, s: &'a str) -> Cow<'a, str> {
        if let Some((_, inner, _)) = wrapped(s) {
            return Cow::Owned(self.simplify(inner).into_owned());
        }
        if self.plain(s) {
            return Cow::Borrowed(s);
        }
        let mut cs: Vec<char> = s.chars().collect();
        let mut changed = false;
        for c in &mut cs {
            if let Some(simple) = self.simple(*c) {
                *c = simple;
                changed = true;
            }
        }
        changed |= read_numbers(&mut cs);
        if changed { Cow::Owned(cs.into_iter().collect()) } else { Cow::Borrowed(s) }
    }

    /// A row with its text cells simplified; borrowed when none changes.
    pub fn row<'a>(&self, row: &'a [Cell]) -> Cow<'a, [Cell]> {
        let mut out: Option<Vec<Cell>> = None;
        for (i, cell) in row.iter().enumerate() {
            if let Cell::Text(t) = cell
                && let Cow::Owned(s) = self.simplify(t)
            {
                out.get_or_insert_with(|| row.to_vec())[i] = Cell::Text(s);
            }
        }
        out.map_or(Cow::Borrowed(row), Cow::Owned)
    }

    /// Rows with their text cells simplified; borrowed when none changes.
    pub fn rows<'a>(&self, rows: &'a [Vec<Cell>]) -> Cow<'a, [Vec<Cell>]> {
        let Some(first) = rows.iter().position(|r| matches!(self.row(r), Cow::Owned(_))) else {
            return Cow::Borrowed(rows);
        };
        let mut out = rows.to_vec();
        for r in &mut out[first..] {
            if let Cow::Owned(new) = self.row(r) {
                *r = new;
            }
        }
        Cow::Owned(out)
    }

    /// A sheet with its name and text cells simplified (核查組成員 names a sheet of checkers); borrowed when
    /// nothing changes.
    pub fn sheet<'a>(&self, sheet: &'a Sheet) -> Cow<'a, Sheet> {
        match (self.simplify(&sheet.name), self.rows(&sheet.rows)) {
            (Cow::Borrowed(_), Cow::Borrowed(_)) => Cow::Borrowed(sheet),
            (name, rows) => Cow::Owned(Sheet {
                name: name.into_owned(),
                rows: rows.into_owned(),
                merges: sheet.merges.clone(),
                hidden: sheet.hidden,
            }),
        }
    }
}

/// The full-width digit a character of a spoken number stands for (幺 is one read out in a phone number; 〇, ○
/// and 零 are zero). Full-width, so the copy keeps its byte length.
fn spoken_digit(c: char) -> Option<char> {
    let d = match c {
        '〇' | '○' | '零' => 0,
        '幺' | '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    };
    char::from_u32(0xFF10 + d)
}

/// The digit a letter typed for one stands for (O and o for 0, l and I for 1).
fn letter_digit(c: char) -> Option<char> {
    match c {
        'O' | 'o' => Some('0'),
        'l' | 'I' => Some('1'),
        _ => None,
    }
}

/// Reads as digits the numbers of `cs` that are spoken or misspelt: a run of seven digits or more (one separator
/// between groups: a space, a dash or a comma) in which some are spoken (一五七 四九一九 〇四四七, 五零零二四二，
/// 一九九八零七二五，五四九八, 500240一九六一…) or up to four are letters (1818O75l933), standing apart from letters
/// around it. Everyday text never runs seven spoken digits together (二〇二四年 has four). The commas of a spoken
/// number become dashes, which join its groups. Whether anything changed.
fn read_numbers(cs: &mut [char]) -> bool {
    let digitish = |c: char| {
        crate::detect::digits::digit_of(c).is_some() || spoken_digit(c).is_some() || letter_digit(c).is_some()
    };
    let sep = |c: char| matches!(c, ' ' | '-' | '－' | '\u{3000}' | '，' | ',');
    let n = cs.len();
    let mut changed = false;
    let mut i = 0;
    while i < n {
        if !digitish(cs[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i;
        while j < n && (digitish(cs[j]) || (j > start && sep(cs[j]) && cs.get(j + 1).is_some_and(|&c| digitish(c)))) {
            j += 1;
        }
        let run = &cs[start..j];
        let spoken = run.iter().filter(|&&c| spoken_digit(c).is_some()).count();
        let letters = run.iter().filter(|&&c| letter_digit(c).is_some()).count();
        let digits = run.iter().filter(|&&c| digitish(c)).count();
        let apart = |k: Option<&char>| k.is_none_or(|c| !c.is_ascii_alphanumeric());
        if digits >= 7 && spoken > 0 && letters == 0 {
            for c in &mut cs[start..j] {
                *c = match *c {
                    '，' => '－',
                    ',' => '-',
                    c => spoken_digit(c).unwrap_or(c),
                };
            }
            changed = true;
        } else if digits >= 7
            && (1..=4).contains(&letters)
            && digits - letters >= 7
            && spoken == 0
            && run.first().is_some_and(|c| c.is_ascii_digit())
            && apart(start.checked_sub(1).map(|k| &cs[k]))
            && apart(cs.get(j))
        {
            for c in &mut cs[start..j] {
                *c = letter_digit(*c).unwrap_or(*c);
            }
            changed = true;
        }
        i = j.max(i + 1);
    }
    changed
}

/// How far ahead a kept character of the masked text is looked for in the simplified one: past the longest
/// span a mask replaces.
const LOOK_AHEAD: usize = 256;

/// A value an export or a typist wrapped so that Excel reads it as text: an Excel text guard
/// (="420607194012238862", =""何凤""), quotes round the whole cell ("王小山"), or a leading apostrophe or equals
/// sign before Chinese text ('王大山, =王二山). Gives (what comes before the value, the value, what comes after).
pub fn wrapped(s: &str) -> Option<(&str, &str, &str)> {
    // (Asked of every text cell: its first byte rules out nearly all.)
    let t = s.trim();
    if !matches!(t.as_bytes().first(), Some(b'=' | b'"' | b'\'')) {
        return None;
    }
    for (open, close) in [("=\"\"", "\"\""), ("=\"", "\""), ("\"", "\"")] {
        if let Some(inner) = t.strip_prefix(open).and_then(|r| r.strip_suffix(close))
            && !inner.is_empty()
            && !inner.contains('"')
        {
            let at = s.find(open)?;
            return Some((&s[..at + open.len()], inner, &s[at + open.len() + inner.len()..]));
        }
    }
    let rest = t.strip_prefix(['\'', '='])?;
    let at = s.len() - s.trim_start().len() + 1;
    (rest.chars().next().is_some_and(|c| !c.is_ascii()) && !rest.contains('"')).then(|| (&s[..at], &s[at..], ""))
}

/// What masking kept of a cell, written back as it was typed: in its script ([`restore`]) and inside what
/// wrapped it, if anything did (="何*", '王**).
pub fn restore_cell(orig: &str, simple: &str, masked: &str) -> String {
    match wrapped(orig) {
        Some((before, inner, after)) => format!("{before}{}{after}", restore(inner, simple, masked)),
        None => restore(orig, simple, masked),
    }
}

/// Writes `masked` (the mask of `simple`, the simplified copy of `orig`) back in `orig`'s script: each
/// character masking kept is `orig`'s at the same place; every other character (a mask's `*`, a digit it
/// normalised) is `masked`'s own. Whatever the alignment finds, each character written is `masked`'s or one
/// that reads as it, so nothing hidden comes back.
pub fn restore(orig: &str, simple: &str, masked: &str) -> String {
    let o: Vec<char> = orig.chars().collect();
    let s: Vec<char> = simple.chars().collect();
    if o.len() != s.len() {
        return masked.to_string();
    }
    let mut out = String::with_capacity(masked.len());
    let mut i = 0;
    for m in masked.chars() {
        // A Han character kept: the next place at or after `i` where the simplified text has it (what lies
        // before that was masked away). ASCII (a mask's `*`, a digit) reads the same in both scripts and only
        // keeps its place when it is right there: a digit kept after `****` must not pull `i` into a later number.
        let at = if m.is_ascii() {
            (s.get(i) == Some(&m)).then_some(i)
        } else {
            (i..s.len().min(i + LOOK_AHEAD)).find(|&k| s[k] == m)
        };
        match at {
            Some(k) => {
                out.push(o[k]);
                i = k + 1;
            }
            None => out.push(m),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn script() -> Script {
        Script::parse(crate::patterns::EMBEDDED.iter().find(|(n, _)| *n == "traditional.txt").map_or("", |f| f.1))
            .unwrap()
    }

    #[test]
    fn traditional_text_reads_as_simplified() {
        let s = script();
        for (t, want) in [
            ("身份證號碼", "身份证号码"),
            ("陳建國，聯繫電話", "陈建国，联系电话"),
            ("其兒子劉偉在澳門務工", "其儿子刘伟在澳门务工"),
            ("歐陽麗華住鳳凰村委會三組", "欧阳丽华住凤凰村委会三组"),
            ("回鄉證", "回乡证"),
            ("存摺賬號", "存折账号"),
            // Taiwan forms: 為 裡 戶 說.
            ("戶主為陳為民，說家裡困難", "户主为陈为民，说家里困难"),
            // Two- and four-byte characters around them (the quick test reads three-byte ones itself).
            ("José 陳建國 𠀀鄧", "José 陈建国 𠀀邓"),
        ] {
            assert_eq!(s.simplify(t), want, "{t}");
        }
        // Simplified text, and characters that are their own simplified form, stay as they are.
        for t in ["身份证号码", "著名", "乾隆", "於梅", "藉口", "覆盖", "那么", "抬头", "ID 110105", ""]
        {
            assert!(matches!(s.simplify(t), Cow::Borrowed(_)), "{t}");
        }
    }

    #[test]
    fn spoken_and_misspelt_numbers_read_as_digits() {
        let s = script();
        for (t, want) in [
            ("电话幺三幺 八幺三二 六二四五", "电话１３１ ８１３２ ６２４５"),
            (
                "身份证号五零零二四二，一九九八零七二五，五四九八，电话",
                "身份证号５００２４２－１９９８０７２５－５４９８，电话",
            ),
            ("身份证500240一九六一零四二七零八九八", "身份证500240１９６１０４２７０８９８"),
            ("对接人：杨仙，191l33l6649", "对接人：杨仙，19113316649"),
            ("1836o8492Ol", "18360849201"),
            ("é 𠀀 电话幺三幺 八幺三二 六二四五", "é 𠀀 电话１３１ ８１３２ ６２４５"),
        ] {
            assert_eq!(s.simplify(t), want, "{t}");
        }
        // Years, counts, ordinary words and English stay as they are.
        for t in ["二〇二四年一月", "一一二二三三", "第一二三组", "Hello1234567", "ID 1234567", "room l0", "九九八十一"]
        {
            assert!(matches!(s.simplify(t), Cow::Borrowed(_)), "{t}");
        }
    }

    #[test]
    fn every_pair_keeps_its_length() {
        let s = script();
        assert!(s.to_simple.len() > 2000);
        assert!(Script::parse("證 证\n").is_ok());
        assert!(Script::parse("證 证x\n").is_err());
        assert!(Script::parse("a 证\n").is_err());
    }

    #[test]
    fn restore_writes_kept_text_as_typed() {
        let s = script();
        for (orig, masked_simple, want) in [
            ("其兒子陳建國在澳門務工", "其儿子陈**在澳门务工", "其兒子陳**在澳門務工"),
            ("電話13912345678，聯繫人", "电话139****5678，联系人", "電話139****5678，聯繫人"),
            ("住鳳凰村委會張屋3號", "住凤凰村委会***", "住鳳凰村委會***"),
            ("身份證４４０１０３１９８７０１１０２３４５", "身份证440103********2345", "身份證440103********2345"),
            // A kept character that was inside the masked span too: still never more than the mask shows.
            ("陳說明說明白了", "陈**说明白了", "陳**說明白了"),
        ] {
            let simple = s.simplify(orig);
            assert_eq!(restore(orig, &simple, masked_simple), want, "{orig}");
        }
    }

    #[test]
    fn restore_never_shows_more_than_the_mask() {
        let s = script();
        let orig = "陳陳陳陳";
        let simple = s.simplify(orig);
        let out = restore(orig, &simple, "陈***");
        assert_eq!(out.chars().filter(|&c| c == '*').count(), 3);
        assert_eq!(s.simplify(&out), "陈***");
    }
}
