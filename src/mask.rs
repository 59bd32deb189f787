//! Pure masking functions: a value, what was found in it, and a rule in; the masked text out.
//! Nothing here reads files or decides what is personal.

use crate::detect::address::MARKER;
use crate::detect::{Finding, Kind, Status};
use crate::policy::{Action, Rule};

/// Middle dots used in minority names (kept when a name is masked: they carry no identity).
pub fn is_name_dot(c: char) -> bool {
    NAME_DOTS.contains(c)
}

/// A character a masker writes for a hidden one: `*`, and what offices type for it (full-width ＊, ×, ✱), so
/// that a roster masked by hand (220502＊＊＊＊＊＊＊＊9741, 上官＊＊, 马××) reads as masked already.
pub fn is_star(c: char) -> bool {
    matches!(c, '*' | '＊' | '×' | '✱' | '∗')
}

/// The middle dot of minority names and what stands for it in typed rosters (• ・ ． . －, and the like).
pub const NAME_DOTS: &str = "·•‧・．.●﹒･∙⋅－";

/// Keeps `first` leading and `last` trailing items, `*` for the rest. When too short to hide anything,
/// hides everything but the first item (never returns the value whole).
pub fn keep_first_last(items: &[char], first: usize, last: usize) -> String {
    let mut out = String::with_capacity(items.len());
    push_first_last(&mut out, items, first, last, |c| c);
    out
}

/// [`keep_first_last`] appending to `out`, over chars or ASCII bytes (`ch` turns an item into its char).
fn push_first_last<T: Copy>(out: &mut String, items: &[T], first: usize, last: usize, ch: impl Fn(T) -> char) {
    let n = items.len();
    if n == 0 {
        return;
    }
    let (first, last) = if first + last >= n { (first.min(n.saturating_sub(1)).min(1), 0) } else { (first, last) };
    out.extend(items.iter().enumerate().map(|(i, &c)| if i < first || i >= n - last { ch(c) } else { '*' }));
}

/// 张三 → 张*, 欧阳娜娜 → 欧阳**, 阿卜杜拉·买买提 → 阿***·***. `surname_len` is in bytes.
pub fn mask_name(name: &str, surname_len: usize) -> String {
    let mut out = String::with_capacity(name.len());
    push_name(&mut out, name, surname_len);
    out
}

fn push_name(out: &mut String, name: &str, surname_len: usize) {
    let cut = if name.is_char_boundary(surname_len) { surname_len } else { 0 };
    let (sur, rest) = name.split_at(cut);
    out.push_str(sur);
    push_name_fully(out, rest);
}

/// Every character of a name hidden (minors): 王小明 → ***.
pub fn mask_name_fully(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    push_name_fully(&mut out, name);
    out
}

fn push_name_fully(out: &mut String, name: &str) {
    // (A space typed inside a Chinese name, 王 新民, stays where it was: 王 **. A name spelt in letters is
    // hidden with its spaces, which would show the length of each word.)
    let han = name.chars().all(|c| crate::detect::is_han(c) || c.is_whitespace() || is_name_dot(c));
    out.extend(name.chars().map(|c| if is_name_dot(c) || (han && c.is_whitespace()) { c } else { '*' }));
}

fn push_stars(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n('*', n));
}

/// Appends the masked form of a digit finding: `digits` (ASCII) when the detector normalized them, else the
/// span's non-space characters (a damaged value). Keeps `first` and `last` of them.
fn push_digits(out: &mut String, f: &Finding, original: &str, first: usize, last: usize) {
    if f.digits.is_empty() {
        let d: Vec<char> = original.chars().filter(|c| !c.is_whitespace()).collect();
        push_first_last(out, &d, first, last, |c| c);
    } else {
        push_first_last(out, &f.digits, first, last, char::from);
    }
}

/// A value in an ID's place shorter than an old 15-digit ID (2205021990123, what is left of one; a passport's
/// E12345678): 6+4 would show ten of its eleven to fourteen characters, so only the first stays.
/// (Counted in digits: a Myanmar card's 12/MKN(N)627313 has eight, and its letters are no part of the count.)
fn short_id(f: &Finding, original: &str) -> bool {
    let digits = if f.digits.is_empty() {
        original.chars().filter(|c| c.is_ascii_digit() || ('０'..='９').contains(c)).count()
    } else {
        f.digits.len()
    };
    f.kind == Kind::IdCard && digits < 15
}

fn digit_count(f: &Finding, original: &str) -> usize {
    if f.digits.is_empty() { original.chars().filter(|c| !c.is_whitespace()).count() } else { f.digits.len() }
}

/// Appends the built-in convention for a digit kind.
fn push_builtin_digits(out: &mut String, f: &Finding, original: &str) {
    match f.kind {
        Kind::IdCard if short_id(f, original) => push_digits(out, f, original, 1, 0),
        Kind::IdCard if f.status == Status::Damaged => push_digits(out, f, original, 6, 0),
        Kind::IdCard => push_digits(out, f, original, 6, 4),
        Kind::DisabilityCert => push_digits(out, f, original, 6, 0),
        Kind::BankAccount => push_digits(out, f, original, 0, 4),
        Kind::Phone if !f.digits.is_empty() => {
            let d = f.digits.as_slice();
            let n = d.len();
            let body = if n == 13 && d.starts_with(b"86") {
                &d[2..]
            } else if n == 15 && d.starts_with(b"0086") {
                &d[4..]
            } else {
                d
            };
            if body.len() == 11 && body[0] == b'1' {
                if body.len() < n {
                    out.push_str("+86 ");
                }
                push_first_last(out, body, 3, 4, char::from);
            } else if f.area_len > 0 && f.area_len < n {
                out.extend(d[..f.area_len].iter().map(|&b| char::from(b)));
                out.push('-');
                // With an extension the local number is hidden whole: the extension tells numbers apart.
                match extension(original, n - f.area_len) {
                    Some((sep, ext)) => {
                        push_first_last(out, &d[f.area_len..], 0, 0, char::from);
                        out.push_str(sep);
                        out.push_str(ext);
                    }
                    None => push_first_last(out, &d[f.area_len..], 0, 2, char::from),
                }
            } else {
                push_first_last(out, d, 0, 2, char::from);
            }
        }
        Kind::Phone => push_digits(out, f, original, 0, 2),
        _ => push_stars(out, digit_count(f, original)),
    }
}

/// A landline's extension and what introduces it: after 转 or 分机 (0371-48526281转582 → ("转", "582")), or
/// after a dash that follows the whole local number (0435-3201234-801, 037162400667-137 → ("-", "…")).
/// Extensions identify nobody on their own. (In 0435-323-2772 the last group is half of the local number
/// (`local_len` digits), not an extension.)
fn extension(original: &str, local_len: usize) -> Option<(&str, &str)> {
    for word in ["转分机", "分机", "转"] {
        if let Some(p) = original.find(word) {
            return Some((word, original[p + word.len()..].trim_start()));
        }
    }
    let (head, ext) = original.rsplit_once(['-', '－'])?;
    let local = head.rsplit(['-', '－', ')', '）', ' ']).next().unwrap_or(head);
    let local_digits = local.chars().filter(|c| c.is_ascii_digit()).count();
    let whole = local_digits == local_len || (local_digits > local_len && local_digits <= local_len + 4);
    (ext.len() <= 5 && !ext.is_empty() && ext.bytes().all(|c| c.is_ascii_digit()) && whole).then_some(("-", ext))
}

/// Masks one found span (`original` is the exact text of the span) under a rule.
pub fn mask_finding(f: &Finding, original: &str, rule: &Rule) -> String {
    let mut out = String::with_capacity(original.len());
    push_masked(&mut out, f, original, rule);
    out
}

/// [`mask_finding`] appending to `out`.
pub fn push_masked(out: &mut String, f: &Finding, original: &str, rule: &Rule) {
    match rule.action {
        Action::Keep => out.push_str(original),
        Action::Replace => out.push_str(rule.text.as_deref().unwrap_or(MARKER)),
        Action::Redact => match f.kind {
            Kind::Name => push_name_fully(out, original),
            Kind::Address | Kind::Health => out.push_str(MARKER),
            _ => push_stars(out, digit_count(f, original)),
        },
        Action::KeepFirstLast => {
            // (A policy that hides all of an ID, first = 0, hides a short one whole too.)
            let first = if short_id(f, original) {
                rule.first.unwrap_or(0).min(1)
            } else if f.kind == Kind::IdCard && f.status == Status::Damaged {
                rule.first.unwrap_or(0).min(6)
            } else {
                rule.first.unwrap_or(0)
            };
            let last = if f.status == Status::Damaged || short_id(f, original) { 0 } else { rule.last.unwrap_or(0) };
            push_digits(out, f, original, first, last);
        }
        Action::Builtin => match f.kind {
            Kind::Name => push_name(out, original, f.keep_len),
            Kind::Address => {
                let keep = if original.is_char_boundary(f.keep_len) { &original[..f.keep_len] } else { "" };
                out.push_str(keep);
                out.push_str(MARKER);
            }
            Kind::Health | Kind::FreeText | Kind::Other => out.push_str(MARKER),
            Kind::Plate => {
                let c: Vec<char> = original.chars().collect();
                push_first_last(out, &c, 2, 0, |c| c);
            }
            _ => push_builtin_digits(out, f, original),
        },
    }
}

/// Replaces every finding in `text` by its masked form. Findings are applied in order of position; the part of one
/// that runs past another it overlaps is starred, so no span found is ever left readable.
pub fn apply_findings(text: &str, findings: &[Finding], rule_for: impl Fn(Kind) -> Rule) -> String {
    apply_findings_with(text, findings, rule_for, |gap, out| out.push_str(gap))
}

/// As [`apply_findings`], with the text between findings (and any finding that cannot be applied) passed
/// through `gap`, which appends its version of it to `out`.
pub fn apply_findings_with(
    text: &str,
    findings: &[Finding],
    rule_for: impl Fn(Kind) -> Rule,
    mut gap: impl FnMut(&str, &mut String),
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    // (Most callers pass findings sorted; one that does not must not lose a span: 父母重病重残儿童, where a later
    // pass found 重病 before the term 重残.)
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| f.start);
    for f in sorted {
        if f.end > text.len() || !text.is_char_boundary(f.start) || !text.is_char_boundary(f.end) || f.end <= at {
            continue;
        }
        if f.start < at {
            // (What runs past the finding before: a star a character, whatever the kind's rule keeps of a whole
            // span, which a part of one could give away.)
            out.extend(text[at..f.end].chars().map(|c| if c.is_whitespace() { c } else { '*' }));
        } else {
            gap(&text[at..f.start], &mut out);
            push_masked(&mut out, f, &text[f.start..f.end], &rule_for(f.kind));
        }
        at = f.end;
    }
    gap(&text[at..], &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(kind: Kind, d: &str, area: usize) -> Finding {
        Finding::digits(0, d.len(), kind, Status::Valid, d.as_bytes().to_vec(), area)
    }

    /// Findings out of order are all applied, and the part of one that runs past another is starred whole, so
    /// no span found is left readable (父母重病重残儿童 came out with 重病 readable when they were skipped).
    #[test]
    fn findings_out_of_order_or_overlapping_are_all_masked() {
        let text = "父母重病重残儿童";
        let at = |w: &str| text.find(w).unwrap();
        let later = Finding::text(at("重残"), at("儿童"), Kind::Health, 0);
        let earlier = Finding::text(at("重病"), at("重残"), Kind::Health, 0);
        assert_eq!(apply_findings(text, &[later, earlier], |_| Rule::BUILTIN), "父母******儿童");
        // An ID's finding overlapped by a phone's: the overlap's tail shows no digit.
        let text = "电话13912345678901";
        let phone = Finding::digits(6, 17, Kind::Phone, Status::Valid, b"13912345678".to_vec(), 0);
        let id = Finding::digits(9, 20, Kind::IdCard, Status::Valid, b"12345678901".to_vec(), 0);
        let out = apply_findings(text, &[id, phone], |_| Rule::BUILTIN);
        assert_eq!(out, "电话139****5678***");
    }

    #[test]
    fn conventions() {
        let b = Rule::BUILTIN;
        assert_eq!(
            mask_finding(&digits(Kind::IdCard, "22050219800101123X", 0), "22050219800101123X", &b),
            "220502********123X"
        );
        assert_eq!(mask_finding(&digits(Kind::Phone, "13912345678", 0), "139 1234 5678", &b), "139****5678");
        assert_eq!(mask_finding(&digits(Kind::Phone, "8613912345678", 0), "+8613912345678", &b), "+86 139****5678");
        assert_eq!(mask_finding(&digits(Kind::Phone, "04353201234", 4), "0435-3201234-801", &b), "0435-*******-801");
        assert_eq!(mask_finding(&digits(Kind::BankAccount, "6228480012345678903", 0), "x", &b), "***************8903");
        assert_eq!(mask_name("欧阳娜娜", 6), "欧阳**");
        assert_eq!(mask_name("阿卜杜拉·买买提", 3), "阿***·***");
        assert_eq!(mask_name_fully("王小明"), "***");
    }

    #[test]
    fn short_values_never_come_back_whole() {
        assert_eq!(keep_first_last(&['1', '2', '3'], 6, 4), "1**");
        assert_eq!(keep_first_last(&[], 6, 4), "");
    }

    #[test]
    fn damaged_ids_keep_only_the_region() {
        let f = Finding::digits(0, 18, Kind::IdCard, Status::Damaged, b"220502198001010000".to_vec(), 0);
        assert_eq!(mask_finding(&f, "", &Rule::BUILTIN), "220502************");
    }
}
