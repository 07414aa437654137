//! The business-day index: one bit per day of 1900-01-01..=2199-12-31, a
//! running count per 64-day word, and the inverse (the day of the k-th
//! business day). Counting and adding business days are then a couple of
//! array reads and a popcount.
//!
//! Memory per calendar: bitmap and counts ≈ 14 KB, inverse 4 bytes per
//! business day (≈ 313 KB for a Monday-to-Friday calendar), and 8 bytes per
//! holiday or closure day (the reasons, for explanations).

use super::rules::{occurrences, period_contains};
use super::{FIRST_DATE, LAST_DATE};
use crate::model::Calendar;
use chrono::{Datelike, NaiveDate};

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

/// Day number (0 = 1900-01-01) of a date, if in range.
#[inline]
pub fn day_number(d: NaiveDate) -> Option<usize> {
    let i = d.num_days_from_ce().wrapping_sub(FIRST_CE);
    if (0..DAYS as i32).contains(&i) {
        Some(i as usize)
    } else {
        None
    }
}

/// The date of a day number (caller guarantees `i < DAYS + 1`).
#[inline]
pub fn date_of(i: usize) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(FIRST_CE + i as i32).unwrap_or(LAST_DATE)
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
        for (i, c) in code.iter().enumerate() {
            if i % 64 == 0 {
                before_word[i / 64] = nth.len() as u32;
            }
            // 1900-01-01 is a Monday, so day i has weekday i % 7.
            let workday = cal.workdays.0 & (1 << (i % 7)) != 0;
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
