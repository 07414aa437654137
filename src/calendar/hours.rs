//! Opening hours as real elapsed time.
//!
//! Each business day's opening intervals are local wall-clock intervals read
//! with [`super::zone::resolve`] (gap forward, fold earlier), so an interval
//! spanning a DST change counts its real length. Intervals are clamped to be
//! increasing and to lie within the day's own instants
//! `[local midnight, next local midnight)`, so the opening time before an
//! instant, `cum(t)`, is a non-decreasing function and every question is
//! answered from it:
//!
//! * `business_seconds_between(a, b) = cum(b) − cum(a)`;
//! * `add_business_seconds(s, n)` = the earliest `t` with
//!   `cum(t) = cum(s) + n` (so a result that falls exactly on a closing time
//!   is that closing time, not the next opening);
//! * `next_opening(t)` = the earliest `t' ≥ t` from which the office is open.
//!
//! `cum` is a prefix over business days (8 bytes per business day, built on
//! the first business-time question) plus the day's own intervals, so no
//! question steps day by day. Times are taken to the second (sub-second
//! parts are dropped).

use super::index::{date_of, day_number, DayIndex, DAYS};
use super::zone::resolve;
use super::BusinessCalendar;
use crate::diagnostic::Diagnostic;
use chrono::{DateTime, NaiveTime, TimeDelta, Utc};

#[derive(Debug)]
pub struct SecIndex {
    /// `prefix[k]` = opening seconds of the first `k` business days.
    pub prefix: Vec<u64>,
}

const WHOLE_DAY: [(u32, u32); 1] = [(0, 86_400)];

impl BusinessCalendar {
    /// Local midnight starting day `i` (`i ≤ DAYS`), as Unix seconds.
    fn midnight(&self, i: usize) -> Result<i64, Diagnostic> {
        // Performance: cached (`zone.rs`), exact on every day.
        match self.zone_days().midnight(i) {
            Some((m, _)) => Ok(m),
            None => self.wall(i, 0),
        }
    }

    /// Local wall time `secs` after midnight of day `i`, as Unix seconds.
    fn wall(&self, i: usize, secs: u32) -> Result<i64, Diagnostic> {
        // Performance: on a day without a DST change, midnight + secs
        // (`secs` = 86 400 is then the next midnight, as resolved).
        if let Some((m, true)) = self.zone_days().midnight(i) {
            if secs <= 86_400 {
                return Ok(m + i64::from(secs));
            }
        }
        let t = date_of(i).and_time(NaiveTime::MIN) + TimeDelta::seconds(i64::from(secs));
        resolve(self.tz(), t).map(|x| x.timestamp()).ok_or_else(|| {
            Diagnostic::error(
                "date-out-of-range",
                format!("cannot read {t} in {}", self.tz()),
            )
        })
    }

    /// Calls `f(start, end)` for each opening interval of day `i` (a
    /// business day), in Unix seconds, clamped as described above.
    fn intervals(&self, i: usize, mut f: impl FnMut(i64, i64) -> bool) -> Result<(), Diagnostic> {
        let hours = &self.model.hours[i % 7];
        let hours: &[(u32, u32)] = if hours.is_empty() { &WHOLE_DAY } else { hours };
        let lo = self.midnight(i)?;
        let hi = self.midnight(i + 1)?;
        let mut prev = lo;
        for &(s, e) in hours {
            let s = self.wall(i, s.min(86_400))?.max(prev).min(hi);
            let e = self.wall(i, e.min(86_400))?.min(hi).max(s);
            prev = e;
            if !f(s, e) {
                break;
            }
        }
        Ok(())
    }

    fn day_seconds(&self, i: usize) -> Result<u64, Diagnostic> {
        let mut total = 0u64;
        self.intervals(i, |s, e| {
            total += (e - s) as u64;
            true
        })?;
        Ok(total)
    }

    pub(super) fn sec_index(&self) -> Result<&SecIndex, Diagnostic> {
        self.secs
            .get_or_init(|| self.build_sec_index())
            .as_ref()
            .map_err(Clone::clone)
    }

    fn build_sec_index(&self) -> Result<SecIndex, Diagnostic> {
        let ix = self.index();
        let mut prefix = Vec::with_capacity(ix.nth.len() + 1);
        let mut total = 0u64;
        prefix.push(0);
        for &d in &ix.nth {
            total += self.day_seconds(day_number(d).unwrap_or(0))?;
            prefix.push(total);
        }
        Ok(SecIndex { prefix })
    }

    /// The day that owns instant `t` (`midnight(d) ≤ t < midnight(d + 1)`).
    fn day_of(&self, t: i64) -> Result<usize, Diagnostic> {
        let out = || super::out_of_range(fmt_ts(t));
        // Performance: the cached midnights answer exactly (`zone.rs`).
        if let Some((d, _)) = self.zone_days().day_of(t) {
            return Ok(d);
        }
        let dt = DateTime::<Utc>::from_timestamp(t, 0).ok_or_else(out)?;
        let local = dt.with_timezone(&self.tz()).date_naive();
        let mut d = day_number(local).ok_or_else(out)?;
        if t < self.midnight(d)? {
            d = d.checked_sub(1).ok_or_else(out)?;
        } else if t >= self.midnight(d + 1)? {
            d += 1;
            if d >= DAYS {
                return Err(out());
            }
        }
        Ok(d)
    }

    /// Opening seconds in `[start of the supported range, t)`.
    fn cum(&self, ix: &DayIndex, sx: &SecIndex, t: i64) -> Result<u64, Diagnostic> {
        let d = self.day_of(t)?;
        let mut c = sx.prefix[ix.count_before(d)];
        if ix.is_business(d) {
            self.intervals(d, |s, e| {
                if t > s {
                    c += (t.min(e) - s) as u64;
                }
                t > e
            })?;
        }
        Ok(c)
    }

    /// The earliest instant with `cum = target` (`strict`: the earliest from
    /// which opening time strictly exceeds `target`, i.e. an opening).
    fn locate(
        &self,
        ix: &DayIndex,
        sx: &SecIndex,
        target: u64,
        strict: bool,
    ) -> Result<i64, Diagnostic> {
        let tail = &sx.prefix[1..];
        let k = if strict {
            tail.partition_point(|&p| p <= target)
        } else {
            tail.partition_point(|&p| p < target)
        };
        if k >= ix.nth.len() {
            return Err(if ix.nth.is_empty() {
                no_business_day(self.name())
            } else {
                Diagnostic::error(
                    "date-out-of-range",
                    "the result falls after 2199-12-31, the last supported date",
                )
                .help("delai computes dates between 1900-01-01 and 2199-12-31")
            });
        }
        let day = day_number(ix.nth[k]).unwrap_or(0);
        let mut rem = target - sx.prefix[k];
        let mut found = None;
        self.intervals(day, |s, e| {
            let len = (e - s) as u64;
            if rem < len || (!strict && rem == len) {
                found = Some(s + rem as i64);
                false
            } else {
                rem -= len;
                true
            }
        })?;
        found.ok_or_else(|| Diagnostic::error("internal", "business-time index inconsistent"))
    }

    pub(super) fn next_opening_ts(&self, t: i64) -> Result<i64, Diagnostic> {
        let ix = self.index();
        let sx = self.sec_index()?;
        let c = self.cum(ix, sx, t)?;
        self.locate(ix, sx, c, true)
    }

    pub(super) fn add_seconds_ts(&self, t: i64, n: i64) -> Result<i64, Diagnostic> {
        if n < 0 {
            return Err(Diagnostic::error(
                "negative-duration",
                format!("cannot add {n} business seconds: the amount must not be negative"),
            ));
        }
        if n == 0 {
            return self.next_opening_ts(t);
        }
        let ix = self.index();
        let sx = self.sec_index()?;
        let c = self.cum(ix, sx, t)?;
        self.locate(ix, sx, c + n as u64, false)
    }

    pub(super) fn seconds_between_ts(&self, a: i64, b: i64) -> Result<i64, Diagnostic> {
        let ix = self.index();
        let sx = self.sec_index()?;
        let ca = self.cum(ix, sx, a)?;
        let cb = self.cum(ix, sx, b)?;
        Ok(cb as i64 - ca as i64)
    }
}

pub fn no_business_day(name: &str) -> Diagnostic {
    Diagnostic::error(
        "no-business-day",
        format!("calendar \"{name}\" has no business day between 1900-01-01 and 2199-12-31"),
    )
    .help("check the calendar's workdays, holidays and closures")
}

fn fmt_ts(t: i64) -> String {
    DateTime::<Utc>::from_timestamp(t, 0)
        .map(|d| d.to_rfc3339())
        .unwrap_or_else(|| format!("Unix time {t}"))
}
