//! Partial dates as the record writes them (`2021-09-24`, `2021-09`, `XXXX-09-24`).
//!
//! Fusion compares them (equal, compatible partial, one day apart) and queries
//! place them on a day range, so both need one parser that never invents a
//! component the text did not give.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

/// A calendar date whose components may be unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, any component written as `X`s, and
    /// date-times (`2025-03-11T13:02`, whose time is ignored). `None` when the
    /// string is not such a date or names an impossible day.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let date_part = s.split(['T', ' ']).next()?;
        let mut parts = date_part.split('-');
        let year = component(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(p) => component(p, 2)?,
            None => None,
        };
        let day = match parts.next() {
            Some(p) => component(p, 2)?,
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        let d = PartialDate {
            year: year.map(|y| y as i32),
            month,
            day,
        };
        if let Some(m) = d.month {
            if !(1..=12).contains(&m) {
                return None;
            }
        }
        if let Some(day) = d.day {
            let max = match (d.year, d.month) {
                (Some(y), Some(m)) => days_in_month(y, m),
                (None, Some(m)) => days_in_month(2000, m), // leap year: allow 29 Feb
                _ => 31,
            };
            if !(1..=max).contains(&day) {
                return None;
            }
        }
        Some(d)
    }

    /// Year, month and day all known.
    pub fn is_exact(&self) -> bool {
        self.year.is_some() && self.month.is_some() && self.day.is_some()
    }

    /// How many components are known (0-3): the "precision" fusion maximises.
    pub fn known_components(&self) -> u8 {
        u8::from(self.year.is_some())
            + u8::from(self.month.is_some())
            + u8::from(self.day.is_some())
    }

    /// Days since 1970-01-01 for an exact date.
    pub fn day_number(&self) -> Option<i64> {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => Some(days_from_civil(y.into(), m, d)),
            _ => None,
        }
    }

    /// Every known component agrees with the other date's (unknown ones agree with anything).
    pub fn agrees_with(&self, other: &PartialDate) -> bool {
        fn ok<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
            match (a, b) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
        }
        ok(self.year, other.year) && ok(self.month, other.month) && ok(self.day, other.day)
    }

    /// Union of the known components of two agreeing dates.
    pub fn merge(&self, other: &PartialDate) -> PartialDate {
        PartialDate {
            year: self.year.or(other.year),
            month: self.month.or(other.month),
            day: self.day.or(other.day),
        }
    }

    /// First and last possible day (`YYYY-MM-DD`) when the year is known; with an
    /// unknown year the date cannot be placed on a calendar. A day without a month
    /// (`2021-XX-05`) spans the whole year.
    pub fn day_range(&self) -> Option<(String, String)> {
        let y = self.year?;
        Some(match (self.month, self.day) {
            (Some(m), Some(d)) => (ymd(y, m, d), ymd(y, m, d)),
            (Some(m), None) => (ymd(y, m, 1), ymd(y, m, days_in_month(y, m))),
            (None, _) => (ymd(y, 1, 1), ymd(y, 12, 31)),
        })
    }
}

impl fmt::Display for PartialDate {
    /// The record's own notation: exact dates as `YYYY-MM-DD`, trailing unknowns
    /// dropped (`2021-09`), inner unknowns as `X`s (`XXXX-09-24`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let y = self
            .year
            .map_or_else(|| "XXXX".to_owned(), |y| format!("{y:04}"));
        match (self.month, self.day) {
            (None, None) => write!(f, "{y}"),
            (Some(m), None) => write!(f, "{y}-{m:02}"),
            (m, Some(d)) => {
                let m = m.map_or_else(|| "XX".to_owned(), |m| format!("{m:02}"));
                write!(f, "{y}-{m}-{d:02}")
            }
        }
    }
}

/// A `width`-digit number, `Ok(None)` for all-`X`, `None` for anything else.
fn component(s: &str, width: usize) -> Option<Option<u32>> {
    if s.len() != width {
        return None;
    }
    if s.chars().all(|c| c == 'X' || c == 'x') {
        return Some(None);
    }
    if s.chars().all(|c| c.is_ascii_digit()) {
        return s.parse().ok().map(Some);
    }
    None
}

fn ymd(y: i32, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub(crate) fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Inverse of [`days_from_civil`].
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Current UTC time as `YYYY-MM-DDTHH:MM:SSZ`, for bookkeeping columns.
pub(crate) fn utc_now_rfc3339() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        (s / 60) % 60,
        s % 60
    )
}

/// Expands a filter bound to a day: `2021` → `2021-01-01` (from) or `2021-12-31` (to).
pub(crate) fn filter_bound(s: &str, upper: bool) -> Option<String> {
    let d = PartialDate::parse(s)?;
    let (lo, hi) = d.day_range()?;
    Some(if upper { hi } else { lo })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_record_notations() {
        let d = PartialDate::parse("XXXX-09-24").unwrap();
        assert_eq!((d.year, d.month, d.day), (None, Some(9), Some(24)));
        assert_eq!(d.to_string(), "XXXX-09-24");
        let d = PartialDate::parse("2025-03-11T13:02").unwrap();
        assert!(d.is_exact());
        assert_eq!(d.to_string(), "2025-03-11");
        assert_eq!(
            PartialDate::parse("2021-09").unwrap().to_string(),
            "2021-09"
        );
        assert_eq!(PartialDate::parse("2021").unwrap().known_components(), 1);
        assert_eq!(PartialDate::parse("2021-02-29"), None);
        assert_eq!(PartialDate::parse("2021-13"), None);
        assert_eq!(PartialDate::parse("yesterday"), None);
    }

    #[test]
    fn agreement_and_merge() {
        let a = PartialDate::parse("XXXX-09-24").unwrap();
        let b = PartialDate::parse("2021-09-24").unwrap();
        let c = PartialDate::parse("2021-09").unwrap();
        assert!(a.agrees_with(&b) && b.agrees_with(&c) && a.agrees_with(&c));
        assert_eq!(a.merge(&c).to_string(), "2021-09-24");
        assert!(!a.agrees_with(&PartialDate::parse("2021-09-25").unwrap()));
    }

    #[test]
    fn day_ranges_and_day_numbers() {
        let r = PartialDate::parse("2024-02").unwrap().day_range().unwrap();
        assert_eq!(r, ("2024-02-01".to_owned(), "2024-02-29".to_owned()));
        assert_eq!(PartialDate::parse("XXXX-02-01").unwrap().day_range(), None);
        assert_eq!(
            PartialDate::parse("1970-01-02").unwrap().day_number(),
            Some(1)
        );
        let n = PartialDate::parse("2025-03-11")
            .unwrap()
            .day_number()
            .unwrap();
        assert_eq!(civil_from_days(n), (2025, 3, 11));
        assert_eq!(filter_bound("2021", true).as_deref(), Some("2021-12-31"));
    }
}
