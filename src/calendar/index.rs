//! The business-day index: one bit per day of 1900-01-01..=2199-12-31, a
//! running count per 64-day word, and the inverse (the day of the k-th
//! business day). Counting and adding business days are then a couple of
//! array reads and a popcount.
//!
//! Memory per calendar: bitmap and counts ≈ 14 KB, inverse 4 bytes per
//! business day (≈ 313 KB for a Monday-to-Friday calendar), and 8 bytes per
//! holiday or closure day (the reasons, for explanations).

use super::divide::{Divide, Exact, Reciprocal};
use super::rules::{occurrences, period_contains};
use super::{FIRST_DATE, LAST_DATE};
use crate::model::Calendar;
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};

/// Number of days in the supported range.
pub const DAYS: usize = 109_573;
/// `FIRST_DATE.num_days_from_ce()`.
pub const FIRST_CE: i32 = 693_596;

const NONE: u32 = u32::MAX;

#[derive(Debug)]
pub struct DayIndex {
    /// Bit `i % 64` of word `i / 64`: day `i` is a business day.
    bits: Vec<u64>,
    /// Business days before word `w` (i.e. in days `0 .. 64 * w`).
    before_word: Vec<u32>,
    /// The k-th business day (0-based). Stored as dates (4 bytes, like a
    /// day number) so the hot path returns without a conversion.
    pub nth: Vec<NaiveDate>,
    /// Holiday and closure days, sorted by day: (day, reason code). Codes
    /// below the number of holidays are holidays, the rest closures.
    pub reasons: Vec<(u32, u32)>,
}

/// Day number of January 1 of `year` (1900 ≤ `year` ≤ 2200): 365 a
/// year, plus the leap days since 1900 — the years divisible by 4 but not
/// 1900 and 2100. No division but by 4 (a shift).
#[inline]
const fn year_start(year: u32) -> u32 {
    365 * (year - 1900) + (year - 1) / 4 - 474 - (year > 1900) as u32 - (year > 2100) as u32
}

/// Day number (0 = 1900-01-01) of a date, if in range.
///
/// Performance: from the year and the ordinal chrono stores, by arithmetic
/// (property-tested against chrono's `num_days_from_ce` on every day).
#[inline]
pub fn day_number(d: NaiveDate) -> Option<usize> {
    let year = d.year();
    if !(1900..=2199).contains(&year) {
        return None;
    }
    Some(year_start(year as u32) as usize + d.ordinal0() as usize)
}

/// The date of a day number (caller guarantees `i < DAYS + 1`; beyond,
/// `LAST_DATE`).
///
/// Performance: the year by arithmetic, then chrono's cheapest
/// constructor (year and ordinal); chrono's `from_num_days_from_ce_opt`
/// costs about four times as much. Property-tested on every day.
#[inline]
pub fn date_of(i: usize) -> NaiveDate {
    if i > DAYS {
        return LAST_DATE;
    }
    let i = i as u32;
    // 1461 days every 4 years, but 1900 and 2100 have no February 29:
    // the guess is the year or the one before.
    let mut year = 1900 + i * 4 / 1461;
    if year_start(year + 1) <= i {
        year += 1;
    }
    NaiveDate::from_yo_opt(year as i32, i - year_start(year) + 1).unwrap_or(LAST_DATE)
}

/// Unix time of 00:00 UTC on 1900-01-01.
pub(super) const UNIX_DAY0: i64 = -25_567;

/// The proleptic Gregorian (year, month, day) of a day count since
/// 1970-01-01 (Howard Hinnant's `civil_from_days`, in unsigned arithmetic);
/// `None` before 0000-03-01, where it would need signed eras (those
/// instants are written by chrono).
///
/// Without a division up to about year 11 000 (see [`divide`]): in
/// WebAssembly V8 leaves a division by a constant a division, and this
/// runs for every time of every output record (measured: most of the
/// time `checkMany` spent writing times).
pub(crate) fn civil_from_days(days: i64) -> Option<(u32, u32, u32)> {
    let z = u32::try_from(days.checked_add(719_468)?).ok()?;
    Some(if z < Reciprocal::BELOW {
        civil::<Reciprocal>(z)
    } else {
        civil::<Exact>(z)
    })
}

#[inline]
fn civil<V: Divide>(z: u32) -> (u32, u32, u32) {
    let era = V::div::<146_097>(z);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe =
        V::div::<365>(doe - V::div::<1460>(doe) + V::div::<36_524>(doe) - V::div::<146_096>(doe)); // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - V::div::<100>(yoe)); // [0, 365]
    let mp = V::div::<153>(5 * doy + 2); // [0, 11], from March
    let day = doy - V::div::<5>(153 * mp + 2) + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u32::from(month <= 2);
    (year, month, day)
}

/// `(ts.div_euclid(86_400), ts.rem_euclid(86_400))`: the day count since
/// 1970-01-01 of Unix time `ts`, and the seconds into that day.
///
/// In WebAssembly through `f64` (see [`civil_from_days`]: one 64-bit
/// division less per conversion; conversions run a dozen times per
/// case). Exact: below 2^52 in magnitude `ts` is an exact `f64`, the
/// quotient is correctly rounded, and a true quotient that is not a whole
/// number is at least 1/86 400 from the next one, far more than its
/// rounding error; the remainder check keeps it honest anyway.
#[inline]
pub(crate) fn split_days(ts: i64) -> (i64, i64) {
    if cfg!(target_arch = "wasm32") {
        if let Some(split) = split_days_f64(ts) {
            return split;
        }
    }
    (ts.div_euclid(86_400), ts.rem_euclid(86_400))
}

#[inline]
fn split_days_f64(ts: i64) -> Option<(i64, i64)> {
    if ts.unsigned_abs() >= 1 << 52 {
        return None;
    }
    let q = (ts as f64 / 86_400.0).floor() as i64;
    let r = ts - q * 86_400;
    (0..86_400).contains(&r).then_some((q, r))
}

/// `DateTime::from_timestamp(ts, nanos)`, without chrono's day-number
/// conversion for instants whose UTC date is within 1900-01-01..=2200-01-01.
#[inline]
pub fn utc_at(ts: i64, nanos: u32) -> Option<DateTime<Utc>> {
    let (days, secs) = split_days(ts);
    let i = days - UNIX_DAY0;
    if !(0..=DAYS as i64).contains(&i) {
        return DateTime::from_timestamp(ts, nanos);
    }
    let secs = secs as u32;
    let time = NaiveTime::from_num_seconds_from_midnight_opt(secs, nanos)?;
    Some(date_of(i as usize).and_time(time).and_utc())
}

impl DayIndex {
    pub fn build(cal: &Calendar) -> DayIndex {
        debug_assert_eq!(FIRST_DATE.num_days_from_ce(), FIRST_CE);
        debug_assert_eq!(day_number(LAST_DATE), Some(DAYS - 1));
        let mut code = vec![NONE; DAYS];
        // Precedence: the first declared holiday, then the first declared
        // closure; "not a workday" only when neither applies.
        let mut dates = Vec::new();
        for (h_i, h) in cal.holidays.iter().enumerate() {
            dates.clear();
            occurrences(h, FIRST_DATE, LAST_DATE, &mut dates);
            for d in &dates {
                if let Some(i) = day_number(*d) {
                    if code[i] == NONE {
                        code[i] = h_i as u32;
                    }
                }
            }
        }
        let n_hol = cal.holidays.len() as u32;
        if !cal.closures.is_empty() {
            let mut d = FIRST_DATE;
            for c in code.iter_mut() {
                if *c == NONE {
                    if let Some(k) = cal
                        .closures
                        .iter()
                        .position(|cl| period_contains(&cl.period, d))
                    {
                        *c = n_hol + k as u32;
                    }
                }
                d = d.succ_opt().unwrap_or(d);
            }
        }

        let words = DAYS.div_ceil(64);
        let mut bits = vec![0u64; words];
        let mut before_word = vec![0u32; words];
        let mut nth = Vec::with_capacity(DAYS * 5 / 7 + 64);
        let mut date = FIRST_DATE;
        let mut reasons = Vec::new();
        // The workdays in force change at each `changes` date; opened
        // dates are business days whatever their weekday.
        let mut workdays = cal.workdays;
        let mut changes = cal.changes.iter().peekable();
        let mut openings = cal.openings.iter().peekable();
        for (i, c) in code.iter().enumerate() {
            if i % 64 == 0 {
                before_word[i / 64] = nth.len() as u32;
            }
            while let Some(ch) = changes.next_if(|ch| ch.from <= date) {
                workdays = ch.workdays;
            }
            let mut opened = false;
            while let Some(o) = openings.next_if(|o| o.date <= date) {
                opened |= o.date == date;
            }
            // 1900-01-01 is a Monday, so day i has weekday i % 7.
            let workday = opened || workdays.0 & (1 << (i % 7)) != 0;
            if *c != NONE {
                reasons.push((i as u32, *c));
            } else if workday {
                bits[i / 64] |= 1 << (i % 64);
                nth.push(date);
            }
            date = date.succ_opt().unwrap_or(date);
        }
        nth.shrink_to_fit();
        reasons.shrink_to_fit();
        DayIndex {
            bits,
            before_word,
            nth,
            reasons,
        }
    }

    /// Business days in days `0 .. i` (`i ≤ DAYS`).
    #[inline]
    pub fn count_before(&self, i: usize) -> usize {
        let w = i / 64;
        let r = i % 64;
        if w >= self.bits.len() {
            return self.nth.len();
        }
        self.before_word[w] as usize + (self.bits[w] & ((1u64 << r) - 1)).count_ones() as usize
    }

    #[inline]
    pub fn is_business(&self, i: usize) -> bool {
        self.bits[i / 64] & (1 << (i % 64)) != 0
    }

    /// The reason code of a holiday or closure day.
    pub fn reason(&self, i: usize) -> Option<u32> {
        self.reasons
            .binary_search_by_key(&(i as u32), |r| r.0)
            .ok()
            .map(|k| self.reasons[k].1)
    }

    pub fn memory_bytes(&self) -> usize {
        self.bits.len() * 8
            + self.before_word.len() * 4
            + self.nth.len() * std::mem::size_of::<NaiveDate>()
            + self.reasons.len() * 8
    }
}

/// The year range of the reasons of one year, for `holidays(year)`.
pub fn year_bounds(year: i32) -> Option<(usize, usize)> {
    let lo = day_number(NaiveDate::from_ymd_opt(year, 1, 1)?)?;
    let hi = day_number(NaiveDate::from_ymd_opt(year, 12, 31)?)?;
    Some((lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every day count the division-free civil date takes gives the
    /// dividing one's date (which `civil_dates_match_chrono` holds to
    /// chrono's).
    #[test]
    fn division_free_civil_dates_match() {
        for z in 0..Reciprocal::BELOW {
            assert_eq!(civil::<Reciprocal>(z), civil::<Exact>(z), "{z}");
        }
    }

    /// The `f64` split WebAssembly takes gives the integer one: around
    /// every day boundary of the supported range and far beyond it, at
    /// the ends of its domain, and outside it (where it declines).
    #[test]
    fn float_day_split_is_exact() {
        let exact = |ts: i64| (ts.div_euclid(86_400), ts.rem_euclid(86_400));
        let near = |ts: i64| ts - 2..=ts + 2;
        let days = (UNIX_DAY0 - 10..UNIX_DAY0 + DAYS as i64 + 10).map(|d| d * 86_400);
        let far = (0..2_000).map(|k| k * 1_234_567_891_i64 * 86_400 / 1_000);
        let edges = [(1_i64 << 52) - 1, -(1_i64 << 52) + 1];
        for ts in days
            .chain(far)
            .chain(edges)
            .flat_map(near)
            .flat_map(|t| [t, -t])
        {
            if let Some(split) = split_days_f64(ts) {
                assert_eq!(split, exact(ts), "{ts}");
            } else {
                assert!(ts.unsigned_abs() >= 1 << 52, "{ts} declined");
            }
            assert_eq!(split_days(ts), exact(ts), "{ts}");
        }
        assert_eq!(split_days(i64::MIN), exact(i64::MIN));
        assert_eq!(split_days(i64::MAX), exact(i64::MAX));
    }

    /// Every supported day, its neighbours outside the range, and
    /// chrono's extremes: the same answers as chrono's day numbers.
    #[test]
    fn day_numbers_match_chrono_on_every_day() {
        let first_ce = FIRST_DATE.num_days_from_ce();
        assert_eq!(first_ce, FIRST_CE);
        for i in 0..=DAYS {
            let want = NaiveDate::from_num_days_from_ce_opt(first_ce + i as i32).unwrap();
            assert_eq!(date_of(i), want, "day {i}");
            let n = usize::try_from(want.num_days_from_ce() - first_ce)
                .ok()
                .filter(|&n| n < DAYS);
            assert_eq!(day_number(want), n, "{want}");
        }
        assert_eq!(date_of(DAYS + 1), LAST_DATE);
        assert_eq!(date_of(usize::MAX), LAST_DATE);
        for d in [
            NaiveDate::MIN,
            NaiveDate::MAX,
            NaiveDate::from_ymd_opt(1899, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(2200, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(0, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(-1, 12, 31).unwrap(),
        ] {
            assert_eq!(day_number(d), None, "{d}");
        }
    }

    /// `utc_at` is `DateTime::from_timestamp`, nanoseconds (leap seconds
    /// included) and extremes too.
    #[test]
    fn utc_at_matches_chrono() {
        let lo = (UNIX_DAY0 - 3) * 86_400;
        let hi = (UNIX_DAY0 + DAYS as i64 + 3) * 86_400;
        let mut ts = lo;
        while ts < hi {
            for dt in [0, 1, 59, 3_599, 86_399] {
                for nanos in [
                    0,
                    1,
                    999_999_999,
                    1_000_000_000,
                    1_500_000_000,
                    2_000_000_000,
                ] {
                    let t = ts + dt;
                    assert_eq!(
                        utc_at(t, nanos),
                        DateTime::from_timestamp(t, nanos),
                        "{t} {nanos}"
                    );
                }
            }
            ts += 86_400 * 13 + 7;
        }
        for t in [i64::MIN, i64::MAX, -8_334_632_851_200, 8_210_298_412_799, 0] {
            assert_eq!(utc_at(t, 0), DateTime::from_timestamp(t, 0), "{t}");
        }
    }
}
