//! Resident identity numbers (GB 11643-1999) and disability certificate numbers.
//!
//! Validation checks the province prefix, the birth date and the MOD 11-2 check character. The full county
//! list is deliberately not checked: abolished county codes stay valid for life.

use crate::date::Date;

const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK: [u8; 11] = *b"10X98765432";

/// Province codes in use (first two digits).
pub fn valid_province(p: u32) -> bool {
    matches!(p, 11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81 | 82)
}

/// The check character for the first 17 digits, or None when they are not all ASCII digits.
pub fn check_char(first17: &[u8]) -> Option<u8> {
    if first17.len() != 17 {
        return None;
    }
    let mut s = 0u32;
    for (b, w) in first17.iter().zip(WEIGHTS) {
        if !b.is_ascii_digit() {
            return None;
        }
        s += u32::from(b - b'0') * w;
    }
    Some(CHECK[(s % 11) as usize])
}

fn num(b: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(c - b'0');
    }
    Some(v)
}

/// How a normalized candidate (ASCII digits, upper-case X) fares as an ID number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdCheck {
    /// Province, date and check character all valid (18 digits), or province and date (15 digits).
    Valid,
    /// Looks like an ID (province and birth date valid) but the check character is wrong: a typo.
    BadChecksum,
    /// Not an ID.
    No,
}

/// Birth date of an 18-digit (YYYYMMDD) or 15-digit (YYMMDD, 19YY) ID.
pub fn birth_date(id: &[u8]) -> Option<Date> {
    match id.len() {
        18 => Date::new(num(&id[6..10])? as i32, num(&id[10..12])?, num(&id[12..14])?),
        15 => Date::new(1900 + num(&id[6..8])? as i32, num(&id[8..10])?, num(&id[10..12])?),
        _ => None,
    }
}

fn plausible_birth(d: Date) -> bool {
    (1880..=2100).contains(&d.year)
}

/// Classifies a normalized 18- or 15-character candidate.
pub fn check(id: &[u8]) -> IdCheck {
    let (len_ok, body) = match id.len() {
        18 => (true, &id[..17]),
        15 => (true, &id[..15]),
        _ => (false, id),
    };
    if !len_ok || !body.iter().all(u8::is_ascii_digit) {
        return IdCheck::No;
    }
    let Some(p) = num(&id[..2]) else {
        return IdCheck::No;
    };
    if !valid_province(p) {
        return IdCheck::No;
    }
    match birth_date(id) {
        Some(d) if plausible_birth(d) => {}
        _ => return IdCheck::No,
    }
    if id.len() == 15 {
        return IdCheck::Valid;
    }
    let last = id[17];
    if !(last.is_ascii_digit() || last == b'X') {
        return IdCheck::No;
    }
    if check_char(&id[..17]) == Some(last) { IdCheck::Valid } else { IdCheck::BadChecksum }
}

/// Whether a normalized 20-character candidate is a disability certificate number:
/// an ID (checksum may be wrong) followed by a category digit 1-7 and a grade digit 1-4.
pub fn check_disability(c: &[u8]) -> IdCheck {
    if c.len() != 20 || !(b'1'..=b'7').contains(&c[18]) || !(b'1'..=b'4').contains(&c[19]) {
        return IdCheck::No;
    }
    check(&c[..18])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_examples_validate() {
        assert_eq!(check(b"11010519491231002X"), IdCheck::Valid);
        assert_eq!(check(b"440524188001010014"), IdCheck::Valid);
        assert_eq!(check(b"110105194912310021"), IdCheck::BadChecksum);
        assert_eq!(check(b"990105194912310021"), IdCheck::No);
        assert_eq!(check(b"110105194913310021"), IdCheck::No);
        assert_eq!(check(b"220502800101123"), IdCheck::Valid);
        assert_eq!(check_disability(b"11010519491231002X14"), IdCheck::Valid);
        assert_eq!(check_disability(b"11010519491231002X84"), IdCheck::No);
    }

    #[test]
    fn birth_dates() {
        assert_eq!(birth_date(b"11010519491231002X"), Date::new(1949, 12, 31));
        assert_eq!(birth_date(b"220502800101123"), Date::new(1980, 1, 1));
    }
}
