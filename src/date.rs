//! Civil-date arithmetic for birth dates in IDs and the age of a person on the run date.
//! Kept here (no chrono) because the tool only needs validity checks and whole-year ages.

use std::time::{SystemTime, UNIX_EPOCH};

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// A valid date, or None.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Today in UTC+8 (China Standard Time), the clock the rosters are dated by.
    pub fn today() -> Date {
        let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
        from_days((secs + 8 * 3600).div_euclid(86_400))
    }

    /// The date `days` after 1970-01-01.
    pub fn today_from_days(days: i64) -> Date {
        from_days(days)
    }

    /// Whole years from `birth` to `self`.
    pub fn years_since(&self, birth: &Date) -> i32 {
        let mut age = self.year - birth.year;
        if (self.month, self.day) < (birth.month, birth.day) {
            age -= 1;
        }
        age
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        Date::new(y, m, d)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 to a date (Howard Hinnant's algorithm).
fn from_days(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = if m <= 2 { y + 1 } else { y } as i32;
    Date { year: y, month: m, day: d }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_leap_days() {
        assert_eq!(from_days(0), Date { year: 1970, month: 1, day: 1 });
        assert_eq!(from_days(11_016), Date { year: 2000, month: 2, day: 29 });
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
    }

    #[test]
    fn age_counts_whole_years() {
        let today = Date::new(2026, 11, 28).unwrap();
        assert_eq!(today.years_since(&Date::new(2008, 11, 28).unwrap()), 18);
        assert_eq!(today.years_since(&Date::new(2008, 11, 29).unwrap()), 17);
    }
}
