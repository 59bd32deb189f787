//! Pure masking functions: a value, what was found in it, and a rule in; the masked text out.
//! Nothing here reads files or decides what is personal.

use crate::detect::address::MARKER;
use crate::detect::{Finding, Kind, Status};
use crate::policy::{Action, Rule};

/// Middle dots used in minority names (kept when a name is masked: they carry no identity).
pub fn is_name_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '‧' | '・' | '．' | '.' | '●' | '﹒' | '･')
}

/// Keeps `first` leading and `last` trailing items, `*` for the rest. When too short to hide anything,
/// hides everything but the first item (never returns the value whole).
pub fn keep_first_last(items: &[char], first: usize, last: usize) -> String {
    let n = items.len();
    if n == 0 {
        return String::new();
    }
    let (first, last) = if first + last >= n { (first.min(n.saturating_sub(1)).min(1), 0) } else { (first, last) };
    items.iter().enumerate().map(|(i, c)| if i < first || i >= n - last { *c } else { '*' }).collect()
}

/// 张三 → 张*, 欧阳娜娜 → 欧阳**, 阿卜杜拉·买买提 → 阿***·***. `surname_len` is in bytes.
pub fn mask_name(name: &str, surname_len: usize) -> String {
    let cut = if name.is_char_boundary(surname_len) { surname_len } else { 0 };
    let (sur, rest) = name.split_at(cut);
    let mut out = String::with_capacity(name.len());
    out.push_str(sur);
    out.extend(rest.chars().map(|c| if is_name_dot(c) { c } else { '*' }));
    out
}

/// Every character of a name hidden (minors): 王小明 → ***.
pub fn mask_name_fully(name: &str) -> String {
    name.chars().map(|c| if is_name_dot(c) { c } else { '*' }).collect()
}

fn stars(n: usize) -> String {
    "*".repeat(n)
}

fn digit_chars(f: &Finding, original: &str) -> Vec<char> {
    if f.digits.is_empty() {
        original.chars().filter(|c| !c.is_whitespace()).collect()
    } else {
        f.digits.iter().map(|&b| b as char).collect()
    }
}

/// The built-in convention for a digit kind.
fn builtin_digits(f: &Finding, original: &str) -> String {
    let d = digit_chars(f, original);
    let n = d.len();
    match f.kind {
        Kind::IdCard if f.status == Status::Damaged => keep_first_last(&d, 6, 0),
        Kind::IdCard => keep_first_last(&d, 6, 4),
        Kind::DisabilityCert => keep_first_last(&d, 6, 0),
        Kind::BankAccount => keep_first_last(&d, 0, 4),
        Kind::Phone => {
            let body: Vec<char> = if n == 13 && d.starts_with(&['8', '6']) {
                d[2..].to_vec()
            } else if n == 15 && d.starts_with(&['0', '0', '8', '6']) {
                d[4..].to_vec()
            } else {
                d.clone()
            };
            if body.len() == 11 && body[0] == '1' {
                let prefix = if body.len() < n { "+86 " } else { "" };
                format!("{prefix}{}", keep_first_last(&body, 3, 4))
            } else if f.area_len > 0 && f.area_len < n {
                let area: String = d[..f.area_len].iter().collect();
                let local = &d[f.area_len..];
                let ext = extension(original);
                format!("{area}-{}{ext}", keep_first_last(local, 0, 2))
            } else {
                keep_first_last(&d, 0, 2)
            }
        }
        _ => stars(n),
    }
}

/// A landline extension written after a second dash (0435-3201234-801 → "-801"); extensions identify
/// nobody on their own and help a reader see the number's shape.
fn extension(original: &str) -> String {
    let parts: Vec<&str> = original.split(['-', '－']).collect();
    match parts.as_slice() {
        [_, _, ext] if ext.chars().count() <= 5 && ext.chars().all(|c| c.is_ascii_digit()) => {
            format!("-{ext}")
        }
        _ => String::new(),
    }
}

/// Masks one found span (`original` is the exact text of the span) under a rule.
pub fn mask_finding(f: &Finding, original: &str, rule: &Rule) -> String {
    match rule.action {
        Action::Keep => original.to_string(),
        Action::Replace => rule.text.clone().unwrap_or_else(|| MARKER.to_string()),
        Action::Redact => match f.kind {
            Kind::Name => mask_name_fully(original),
            Kind::Address | Kind::Health => MARKER.to_string(),
            _ => stars(digit_chars(f, original).len()),
        },
        Action::KeepFirstLast => {
            let items = digit_chars(f, original);
            let first = if f.kind == Kind::IdCard && f.status == Status::Damaged {
                rule.first.unwrap_or(0).min(6)
            } else {
                rule.first.unwrap_or(0)
            };
            let last = if f.status == Status::Damaged { 0 } else { rule.last.unwrap_or(0) };
            keep_first_last(&items, first, last)
        }
        Action::Builtin => match f.kind {
            Kind::Name => mask_name(original, f.keep_len),
            Kind::Address => {
                let keep = if original.is_char_boundary(f.keep_len) { &original[..f.keep_len] } else { "" };
                format!("{keep}{MARKER}")
            }
            Kind::Health | Kind::FreeText | Kind::Other => MARKER.to_string(),
            Kind::Plate => {
                let c: Vec<char> = original.chars().collect();
                keep_first_last(&c, 2, 0)
            }
            _ => builtin_digits(f, original),
        },
    }
}

/// Replaces every finding in `text` by its masked form; spans must be sorted and non-overlapping.
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
    for f in findings {
        if f.start < at || f.end > text.len() || !text.is_char_boundary(f.start) || !text.is_char_boundary(f.end) {
            continue;
        }
        gap(&text[at..f.start], &mut out);
        out.push_str(&mask_finding(f, &text[f.start..f.end], &rule_for(f.kind)));
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

    #[test]
    fn conventions() {
        let b = Rule::BUILTIN;
        assert_eq!(
            mask_finding(&digits(Kind::IdCard, "22050219800101123X", 0), "22050219800101123X", &b),
            "220502********123X"
        );
        assert_eq!(mask_finding(&digits(Kind::Phone, "13912345678", 0), "139 1234 5678", &b), "139****5678");
        assert_eq!(mask_finding(&digits(Kind::Phone, "8613912345678", 0), "+8613912345678", &b), "+86 139****5678");
        assert_eq!(mask_finding(&digits(Kind::Phone, "04353201234", 4), "0435-3201234-801", &b), "0435-*****34-801");
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
