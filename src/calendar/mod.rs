//! When the administration works: holiday rules, closures, the business-day
//! index, opening hours and time zones.
//!
//! [`BusinessCalendar`] wraps a checked [`crate::model::Calendar`] and answers
//! date questions in O(1) from an index built lazily (on first use) over the
//! whole supported range, 1900-01-01 to 2199-12-31. A date outside that range
//! is an error (`date-out-of-range`), never a wrong answer.
//!
//! # Semantics
//!
//! * **Holidays.** Each rule is evaluated per year (`from`/`until` bound the
//!   rule's year, inclusive); `if X then Y` moves a day falling on X to the
//!   *nearest* Y (language.md §2), before or after it: `if saturday then
//!   friday` is the day before, `if sunday then monday` the day after. A
//!   holiday may list several (`if saturday then friday, if sunday then
//!   monday`), one per X. February 29 exists in leap years only; `monday
//!   before february 29` in a common year means the last Monday before
//!   March 1. A substituted day is not re-substituted even if it lands on
//!   another pair's X or on another holiday (the day is then one
//!   non-business day, named after the first declared holiday).
//! * **Years.** A holiday belongs to the year it is observed in: `january 1,
//!   if saturday then friday` of 2022 is 2021-12-31, a non-business day of
//!   2021 everywhere — the index, [`BusinessCalendar::holidays`] of 2021, the
//!   ICS export — and 2022 has no New Year's Day.
//! * **Closures.** `from december 24 to january 2` recurs every year and is
//!   compared as (month, day) pairs, so it closes Dec 24–31 *and* Jan 1–2 of
//!   every year, 1900 included.
//! * **Why a day is not a business day** ([`BusinessCalendar::day_kind`]):
//!   a holiday first (the first declared one when several fall on a day),
//!   then a closure (the first declared), then "not a workday". So a holiday
//!   on a Saturday is reported as that holiday.
//! * **Business days.** `add_business_days(d, n)`: the n-th business day
//!   strictly after `d` (n ≥ 1); `n = 0`: `d` if it is a business day, else
//!   the next one; `n < 0`: the |n|-th business day strictly before `d`.
//!   `business_days_between(a, b)`: business days in `(a, b]`, negative when
//!   `b < a` (minus those in `(b, a]`). For n ≥ 1,
//!   `business_days_between(d, add_business_days(d, n)) == n`.
//! * **Time zones.** A local time in a DST gap is moved forward by the
//!   gap's length (2025-03-09 02:30 America/Toronto → 03:30 EDT); a time in
//!   a fold is the earlier instant (the first 01:30).
//! * **Opening hours.** See [`hours`](self#opening-hours): intervals of
//!   business days, in real elapsed seconds, a start outside them counting
//!   from the next opening; a result exactly at a closing time stays there.
//!
//! # Opening hours
//!
//! A workday with no hours is open the whole day, `[00:00, 24:00)`. Each
//! interval's ends are read as local times (rules above) and the real
//! seconds between them count, so a 00:00–24:00 day counts 23 hours on the
//! spring DST day. `add_business_seconds(s, n)` is the earliest instant
//! at which `n` seconds of opening time have elapsed since `s` (`n = 0`:
//! [`BusinessCalendar::next_opening`]); `business_seconds_between(a, b)`
//! counts opening time in `[a, b)`. The two are inverses. Times are taken
//! to the second.
//!
//! # Cost
//!
//! The day index is built once per calendar on first use (a few ms) and
//! holds ≈ 14 KB of bitmap and counts plus 4 bytes per business day
//! (≈ 330 KB for Monday–Friday). Counting and adding business days read two
//! or three array cells. Business-time questions build, by chunks of 128
//! days as questions reach them, a prefix of opening seconds per business
//! day (4 bytes each), and then cost a binary search within a chunk (plus
//! one step per chunk crossed) and a few time-zone conversions.

// `Diagnostic` is the crate's one error type (≈ 200 bytes); errors are rare
// and the hot paths return early on `Ok`, so it is not boxed.
#![allow(clippy::result_large_err)]

mod base64;
mod divide;
mod hours;
mod ics;
mod index;
pub(crate) mod rules;
pub mod tz;
mod tz_names;
// WebAssembly's zones, and what compiled rules carry of them.
mod tz_table;
mod zone;

pub use ics::{deadline_to_ics, to_ics, DeadlineEvent};
pub use tz::{Zone, UTC as UTC_ZONE};

use crate::diagnostic::{msg, Code, Diagnostic};
use crate::model::Calendar;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Utc};
pub(crate) use divide::quotient;
use hours::{no_business_day, SecIndex};
pub(crate) use index::{civil_from_days, split_days};
use index::{date_of, day_number, DayIndex};
use serde::{Deserialize, Serialize};
use std::sync::{Arc, OnceLock};
use zone::ZoneDays;

/// First and last supported dates.
pub const FIRST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};
/// The last supported date: a date after it is an error
/// (`date-out-of-range`), never a wrong answer.
pub const LAST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2199, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// Why a day is, or is not, a business day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "name", rename_all = "kebab-case")]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub enum DayKind {
    /// A day the administration works: it counts in business days.
    Business,
    /// Not one of the calendar's workdays (a weekend, for most).
    NotWorkday,
    /// A public holiday, with its name (the first declared one when several
    /// fall on the day).
    Holiday(String),
    /// A day of a closure, with the closure's name.
    Closed(String),
    /// A business day because the calendar opens that date (`open "…"
    /// on …`); listed by [`BusinessCalendar::holidays`] only.
    Open(String),
}

/// A day on which deadlines in business days do not count, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct NonBusinessDay {
    /// The day.
    pub date: NaiveDate,
    /// Why it is not a business day (or, in [`BusinessCalendar::holidays`], an
    /// opened date).
    #[serde(flatten)]
    pub kind: DayKind,
}

/// A calendar ready for arithmetic. `Send + Sync`; the index is built once.
#[derive(Debug)]
pub struct BusinessCalendar {
    model: Calendar,
    days: OnceLock<DayIndex>,
    /// The business-time index (`hours.rs`): chunks built on first use.
    secs: OnceLock<SecIndex>,
    /// Cached local midnights of the zone (see `zone.rs`), shared.
    zone: OnceLock<Arc<ZoneDays>>,
}

impl Clone for BusinessCalendar {
    /// A clone shares nothing; its index is rebuilt on first use.
    fn clone(&self) -> Self {
        BusinessCalendar::new(self.model.clone())
    }
}

/// The error for any date, instant or year outside 1900-01-01 to
/// 2199-12-31: one wording wherever it is found (calendar, clock, API).
pub(crate) fn out_of_range(what: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::error(
        Code::DateOutOfRange,
        msg::OUT_OF_SUPPORTED_DATES.text([&what]),
    )
    .help(msg::SUPPORTED_DATES_HELP.text([]))
}

/// January 1 and December 31 of a supported year.
pub fn year_dates(year: i32) -> Result<(NaiveDate, NaiveDate), Diagnostic> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1);
    let last = NaiveDate::from_ymd_opt(year, 12, 31);
    match (first, last) {
        (Some(a), Some(b)) if index::year_bounds(year).is_some() => Ok((a, b)),
        _ => Err(out_of_range(format!("year {year}"))),
    }
}

#[inline]
fn day(d: NaiveDate) -> Result<usize, Diagnostic> {
    day_number(d).ok_or_else(|| out_of_range(d))
}

impl BusinessCalendar {
    /// Wraps a checked calendar; nothing is computed until the first question.
    pub fn new(model: Calendar) -> Self {
        BusinessCalendar {
            model,
            days: OnceLock::new(),
            secs: OnceLock::new(),
            zone: OnceLock::new(),
        }
    }
    /// The checked calendar it answers for.
    pub fn model(&self) -> &Calendar {
        &self.model
    }
    /// The calendar's name.
    pub fn name(&self) -> &str {
        &self.model.name
    }
    /// The time zone its local times are read in.
    pub fn tz(&self) -> Zone {
        self.model.timezone
    }

    /// The business-day index, built on first use.
    fn index(&self) -> &DayIndex {
        self.days.get_or_init(|| DayIndex::build(&self.model))
    }

    /// Builds the business-day index now (it is otherwise built on first
    /// use) and returns its size in bytes.
    pub fn warm_up(&self) -> usize {
        self.index().memory_bytes()
    }

    /// Builds the whole business-time index too (for business
    /// hours/minutes; it is otherwise built by chunks as questions reach
    /// them) and returns the total size in bytes of both indexes.
    pub fn warm_up_hours(&self) -> Result<usize, Diagnostic> {
        let s = self.build_all_chunks()?;
        Ok(self.index().memory_bytes() + s.memory_bytes())
    }

    fn kind_of(&self, ix: &DayIndex, i: usize) -> DayKind {
        if ix.is_business(i) {
            return DayKind::Business;
        }
        match ix.reason(i) {
            Some(c) => {
                let c = c as usize;
                let n = self.model.holidays.len();
                if c < n {
                    DayKind::Holiday(self.model.holidays[c].name.clone())
                } else {
                    match self.model.closures.get(c - n) {
                        Some(cl) => DayKind::Closed(cl.name.clone()),
                        None => DayKind::NotWorkday,
                    }
                }
            }
            None => DayKind::NotWorkday,
        }
    }

    /// Why `d` is or is not a business day. Precedence when several reasons
    /// apply: holiday, then closure, then not a workday.
    pub fn day_kind(&self, d: NaiveDate) -> Result<DayKind, Diagnostic> {
        let i = day(d)?;
        Ok(self.kind_of(self.index(), i))
    }
    /// Whether `d` is a business day: a workday (or an opened date) that no
    /// holiday or closure takes.
    pub fn is_business_day(&self, d: NaiveDate) -> Result<bool, Diagnostic> {
        let i = day(d)?;
        Ok(self.index().is_business(i))
    }
    /// The first business day on or after `d`.
    pub fn business_day_on_or_after(&self, d: NaiveDate) -> Result<NaiveDate, Diagnostic> {
        self.add_business_days(d, 0)
    }
    /// The day a deadline counted in calendar days that falls on `d` ends:
    /// `d` itself unless the calendar's [`Calendar::postpone`] rule moves
    /// it, else the next day that rule does not move. Without a
    /// `deadlines move past holidays` clause, the first business day on or
    /// after `d`.
    pub fn deadline_day_on_or_after(&self, d: NaiveDate) -> Result<NaiveDate, Diagnostic> {
        if self.model.postpone.is_none() {
            return self.business_day_on_or_after(d);
        }
        let ix = self.index();
        for i in day(d)?..index::DAYS {
            if !self.moves_deadline(ix, i) {
                return Ok(date_of(i));
            }
        }
        Err(out_of_range(format!(
            "the first day after {d} that does not move a deadline"
        )))
    }

    /// The day a deadline counted *backward* in calendar days that falls
    /// on `d` ends (`at least … before`): `d` itself unless the calendar's
    /// rule moves it, else the *previous* day the rule does not move —
    /// moving it later would shorten the notice (FRCP 6(a)(5): the "next
    /// day" is found counting backward when the period is measured before
    /// an event). Without a `deadlines move past holidays` clause, the last
    /// business day on or before `d`.
    pub fn deadline_day_on_or_before(&self, d: NaiveDate) -> Result<NaiveDate, Diagnostic> {
        if self.model.postpone.is_none() {
            let next = d.succ_opt().ok_or_else(|| out_of_range(d))?;
            return self.add_business_days(next, -1);
        }
        let ix = self.index();
        for i in (0..=day(d)?).rev() {
            if !self.moves_deadline(ix, i) {
                return Ok(date_of(i));
            }
        }
        Err(out_of_range(format!(
            "the last day before {d} that does not move a deadline"
        )))
    }

    /// Whether the calendar's `deadlines move past …` rule moves a
    /// calendar-day deadline off day `i` of the index (one business bit and
    /// one reason read; the caller has checked there is a rule).
    #[inline]
    fn moves_deadline(&self, ix: &DayIndex, i: usize) -> bool {
        let business = ix.is_business(i);
        // The index numbers a day's reasons holidays first.
        let holiday = !business
            && ix
                .reason(i)
                .is_some_and(|c| (c as usize) < self.model.holidays.len());
        self.model
            .postpones(date_of(i).weekday(), holiday, business)
    }

    /// The `n`-th business day strictly after `d` (n ≥ 1); for n = 0, `d`
    /// itself if it is a business day, else the next one. For n < 0, the
    /// |n|-th business day strictly before `d`.
    #[inline]
    pub fn add_business_days(&self, d: NaiveDate, n: i64) -> Result<NaiveDate, Diagnostic> {
        let i = day(d)?;
        let ix = self.index();
        // Position, among business days, of the answer.
        let k = if n > 0 {
            (ix.count_before(i + 1) as i64).checked_add(n - 1)
        } else {
            (ix.count_before(i) as i64).checked_add(n)
        };
        match k
            .and_then(|k| usize::try_from(k).ok())
            .and_then(|k| ix.nth.get(k))
        {
            Some(&due) => Ok(due),
            None if ix.nth.is_empty() => Err(no_business_day(self.name())),
            None => Err(out_of_range(format!(
                "the business day {} from {d}",
                crate::model::Unit::BusinessDays.amount(n as f64, 0, false)
            ))),
        }
    }
    /// Number of business days in `(a, b]`; negative when `b < a`.
    #[inline]
    pub fn business_days_between(&self, a: NaiveDate, b: NaiveDate) -> Result<i64, Diagnostic> {
        let (i, j) = (day(a)?, day(b)?);
        let ix = self.index();
        Ok(ix.count_before(j + 1) as i64 - ix.count_before(i + 1) as i64)
    }
    /// Every non-business day in `[from, to]`, with its reason.
    pub fn non_business_days(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<NonBusinessDay>, Diagnostic> {
        let (i, j) = (day(from)?, day(to)?);
        let ix = self.index();
        Ok((i..=j)
            .filter(|&k| !ix.is_business(k))
            .map(|k| NonBusinessDay {
                date: date_of(k),
                kind: self.kind_of(ix, k),
            })
            .collect())
    }
    /// Holidays, closures and opened dates (not plain weekends) of one
    /// year, sorted by date, one entry per day (a holiday inside a closure
    /// is reported as the holiday). Holidays falling on non-workdays are
    /// included.
    pub fn holidays(&self, year: i32) -> Result<Vec<NonBusinessDay>, Diagnostic> {
        let (lo, hi) =
            index::year_bounds(year).ok_or_else(|| out_of_range(format!("year {year}")))?;
        let ix = self.index();
        let a = ix.reasons.partition_point(|r| (r.0 as usize) < lo);
        let b = ix.reasons.partition_point(|r| (r.0 as usize) <= hi);
        let mut days: Vec<NonBusinessDay> = ix.reasons[a..b]
            .iter()
            .map(|r| NonBusinessDay {
                date: date_of(r.0 as usize),
                kind: self.kind_of(ix, r.0 as usize),
            })
            .collect();
        // Each opened day at its place (no sort: WebAssembly size).
        for o in self.opened_days(date_of(lo), date_of(hi))? {
            let k = days.partition_point(|x| x.date < o.date);
            days.insert(k, o);
        }
        Ok(days)
    }
    /// The opened dates (`open "…" on …`) in `[from, to]` that are
    /// business days (a holiday or closure on the date wins), as
    /// [`DayKind::Open`].
    pub fn opened_days(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<NonBusinessDay>, Diagnostic> {
        let (i, j) = (day(from)?, day(to)?);
        let ix = self.index();
        let mut out = Vec::new();
        for o in &self.model.openings {
            if day_number(o.date).is_some_and(|k| i <= k && k <= j && ix.is_business(k)) {
                out.push(NonBusinessDay {
                    date: o.date,
                    kind: DayKind::Open(o.name.clone()),
                });
            }
        }
        Ok(out)
    }
    /// The zone's cached local midnights (performance: see `zone.rs`).
    #[inline]
    fn zone_days(&self) -> &ZoneDays {
        self.zone.get_or_init(|| ZoneDays::of(self.tz()))
    }

    /// [`BusinessCalendar::local`] as a UTC instant — the same answer,
    /// read from the cached midnights on days without a DST change.
    #[inline]
    pub fn local_utc(&self, t: NaiveDateTime) -> Result<DateTime<Utc>, Diagnostic> {
        use chrono::Timelike;
        let i = day(t.date())?;
        if let Some(ts) = self
            .zone_days()
            .local_secs(i, t.num_seconds_from_midnight())
        {
            if let Some(x) = index::utc_at(ts, t.nanosecond()) {
                return Ok(x);
            }
        }
        Ok(self.local(t)?.with_timezone(&Utc))
    }

    /// [`BusinessCalendar::end_of_day`] as a UTC instant.
    #[inline]
    pub fn end_of_day_utc(&self, d: NaiveDate) -> Result<DateTime<Utc>, Diagnostic> {
        let i = day(d)?;
        if let Some(ts) = self.zone_days().local_secs(i, 86_399) {
            if let Some(x) = index::utc_at(ts, 0) {
                return Ok(x);
            }
        }
        let t = NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN);
        Ok(self.local(d.and_time(t))?.with_timezone(&Utc))
    }

    /// The UTC offset in force at `t` in the calendar's zone (what
    /// `t.with_timezone(&tz).offset().fix()` gives).
    #[inline]
    pub fn offset_at(&self, t: DateTime<Utc>) -> chrono::FixedOffset {
        use chrono::{Offset, TimeZone};
        // The day's offset alone: `local_day`'s day and seconds would be
        // work `delai check` pays three times a record for nothing.
        if let Some((_, Some(off))) = self.zone_days().day_of(t.timestamp()) {
            if let Some(o) = chrono::FixedOffset::east_opt(off) {
                return o;
            }
        }
        self.tz().offset_from_utc_datetime(&t.naive_utc()).fix()
    }

    /// Unix time `ts` in the calendar's zone as a local day (counted from
    /// 1970-01-01), the seconds into it and the UTC offset, from the
    /// cached midnights (no division: output writers ask this for every
    /// time they write); `None` on the days with a DST change.
    #[inline]
    pub(crate) fn local_day(&self, ts: i64) -> Option<(i64, u32, i32)> {
        let (d, off) = self.zone_days().day_of(ts)?;
        let off = off?;
        let days = d as i64 + index::UNIX_DAY0;
        let secs = u32::try_from(ts + i64::from(off) - days * 86_400).ok()?;
        Some((days, secs, off))
    }

    /// `t` as local wall-clock time in the calendar's zone.
    #[inline]
    pub fn local_naive(&self, t: DateTime<Utc>) -> NaiveDateTime {
        t.naive_utc() + chrono::TimeDelta::seconds(i64::from(self.offset_at(t).local_minus_utc()))
    }

    /// The local date of `t` in the calendar's zone.
    #[inline]
    pub fn local_date_of(&self, t: DateTime<Utc>) -> NaiveDate {
        // Only on regular days: after a fold at midnight the instants of the
        // repeated hour belong to the previous date.
        if let Some((d, Some(_))) = self.zone_days().day_of(t.timestamp()) {
            return date_of(d);
        }
        t.with_timezone(&self.tz()).date_naive()
    }

    /// Reads a local wall-clock time in the calendar's zone. In a DST gap
    /// the time is moved forward by the gap (02:30 → 03:30); in a fold the
    /// earlier instant is taken.
    pub fn local(&self, t: NaiveDateTime) -> Result<DateTime<Zone>, Diagnostic> {
        day(t.date())?;
        zone::resolve(self.tz(), t).ok_or_else(|| out_of_range(t))
    }
    /// 23:59:59 local on `d`.
    pub fn end_of_day(&self, d: NaiveDate) -> Result<DateTime<Zone>, Diagnostic> {
        let t = NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN);
        self.local(d.and_time(t))
    }
    /// `t` if the office is open at `t`, else the next opening instant.
    pub fn next_opening(&self, t: DateTime<Utc>) -> Result<DateTime<Utc>, Diagnostic> {
        let r = self.next_opening_ts(t.timestamp())?;
        Ok(if r == t.timestamp() { t } else { utc(r)? })
    }
    /// The instant when `seconds` (≥ 0) of opening time have elapsed after
    /// `start`, counting only opening hours of business days.
    pub fn add_business_seconds(
        &self,
        start: DateTime<Utc>,
        seconds: i64,
    ) -> Result<DateTime<Utc>, Diagnostic> {
        utc(self.add_seconds_ts(start.timestamp(), seconds)?)
    }
    /// Opening time, in seconds, within `[a, b)`; negative when `b < a`.
    pub fn business_seconds_between(
        &self,
        a: DateTime<Utc>,
        b: DateTime<Utc>,
    ) -> Result<i64, Diagnostic> {
        self.seconds_between_ts(a.timestamp(), b.timestamp())
    }
}

fn utc(ts: i64) -> Result<DateTime<Utc>, Diagnostic> {
    DateTime::<Utc>::from_timestamp(ts, 0).ok_or_else(|| out_of_range(format!("Unix time {ts}")))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "exceptions_tests.rs"]
mod exceptions_tests;
#[cfg(all(test, not(target_arch = "wasm32")))] // chrono-tz: native only
mod tests;
