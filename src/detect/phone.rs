//! Mobile and landline numbers. Mobiles are 11 digits 1[3-9]x with an optional 86/0086 prefix; landlines are
//! a trunk 0, a 2-3 digit area code, and a 7-8 digit local number starting 2-8, with an optional extension.
//! 400/800 service numbers and short hotlines are public and never reported.

/// Mobile number (11 ASCII digits, 1[3-9]).
pub fn is_mobile(d: &[u8]) -> bool {
    d.len() == 11 && d[0] == b'1' && (b'3'..=b'9').contains(&d[1]) && d.iter().all(u8::is_ascii_digit)
}

/// Strips a country prefix (86, 0086) from a mobile candidate; returns the 11-digit body.
pub fn strip_country(d: &[u8]) -> &[u8] {
    if d.len() == 15 && d.starts_with(b"0086") {
        &d[4..]
    } else if d.len() == 13 && d.starts_with(b"86") {
        &d[2..]
    } else {
        d
    }
}

/// Length of the area code (with its trunk 0) of a landline written without separators, if it is one.
pub fn landline_area_len(d: &[u8]) -> Option<usize> {
    if d.first() != Some(&b'0') || !d.iter().all(u8::is_ascii_digit) {
        return None;
    }
    // 010 and 02x are 3-digit area codes; the rest are 4 digits.
    let area = if d.get(1) == Some(&b'1') || d.get(1) == Some(&b'2') { 3 } else { 4 };
    let local = d.len().checked_sub(area)?;
    if (7..=8).contains(&local) && (b'2'..=b'8').contains(&d[area]) && d[1] != b'0' { Some(area) } else { None }
}

/// A local number (no area code): 7-8 digits starting 2-8.
pub fn is_local(d: &[u8]) -> bool {
    (7..=8).contains(&d.len()) && (b'2'..=b'8').contains(&d[0]) && d.iter().all(u8::is_ascii_digit)
}

/// An area code group written on its own: 0 + 2-3 digits.
pub fn is_area_code(d: &[u8]) -> bool {
    (3..=4).contains(&d.len()) && d[0] == b'0' && d[1] != b'0' && d.iter().all(u8::is_ascii_digit)
}

/// 400/800 service numbers: public.
pub fn is_service_number(d: &[u8]) -> bool {
    d.len() == 10 && (d.starts_with(b"400") || d.starts_with(b"800"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert!(is_mobile(b"13912345678"));
        assert!(!is_mobile(b"12912345678"));
        assert_eq!(strip_country(b"8613912345678"), b"13912345678");
        assert_eq!(landline_area_len(b"04353201234"), Some(4));
        assert_eq!(landline_area_len(b"01062345678"), Some(3));
        assert_eq!(landline_area_len(b"04351201234"), None);
        assert!(is_service_number(b"4008001234"));
    }
}
