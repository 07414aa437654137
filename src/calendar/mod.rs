//! When the administration works: holiday rules, closures, the business-day
//! index, opening hours and time zones.
//!
//! [`BusinessCalendar`] wraps a checked [`crate::model::Calendar`] and answers
//! date questions in O(1) from an index built lazily (on first use) over the
//! whole supported range, 1900-01-01 to 2199-12-31. A date outside that range
//! is an error (`date-out-of-range`), never a wrong answer.

use crate::diagnostic::Diagnostic;
use crate::model::Calendar;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// First and last supported dates.
pub const FIRST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};
pub const LAST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2199, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// Why a day is, or is not, a business day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "name", rename_all = "kebab-case")]
pub enum DayKind {
    Business,
    /// Not one of the calendar's workdays (a weekend, for most).
    NotWorkday,
    Holiday(String),
    Closed(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NonBusinessDay {
    pub date: NaiveDate,
    #[serde(flatten)]
    pub kind: DayKind,
}

/// A calendar ready for arithmetic. `Send + Sync`; the index is built once.
#[derive(Debug)]
pub struct BusinessCalendar {
    model: Calendar,
}

impl BusinessCalendar {
    pub fn new(model: Calendar) -> Self {
        BusinessCalendar { model }
    }
    pub fn model(&self) -> &Calendar {
        &self.model
    }
    pub fn name(&self) -> &str {
        &self.model.name
    }
    pub fn tz(&self) -> Tz {
        self.model.timezone
    }

    pub fn day_kind(&self, d: NaiveDate) -> Result<DayKind, Diagnostic> {
        let _ = d;
        todo!()
    }
    pub fn is_business_day(&self, d: NaiveDate) -> Result<bool, Diagnostic> {
        let _ = d;
        todo!()
    }
    /// The first business day on or after `d`.
    pub fn business_day_on_or_after(&self, d: NaiveDate) -> Result<NaiveDate, Diagnostic> {
        let _ = d;
        todo!()
    }
    /// The `n`-th business day strictly after `d` (n ≥ 1); for n = 0, `d`
    /// itself if it is a business day, else the next one.
    pub fn add_business_days(&self, d: NaiveDate, n: i64) -> Result<NaiveDate, Diagnostic> {
        let _ = (d, n);
        todo!()
    }
    /// Number of business days in `(a, b]`; negative when `b < a`.
    pub fn business_days_between(&self, a: NaiveDate, b: NaiveDate) -> Result<i64, Diagnostic> {
        let _ = (a, b);
        todo!()
    }
    /// Every non-business day in `[from, to]`, with its reason.
    pub fn non_business_days(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<NonBusinessDay>, Diagnostic> {
        let _ = (from, to);
        todo!()
    }
    /// Holidays and closures (not plain weekends) of one year.
    pub fn holidays(&self, year: i32) -> Result<Vec<NonBusinessDay>, Diagnostic> {
        let _ = year;
        todo!()
    }
    /// Reads a local wall-clock time in the calendar's zone. In a DST gap
    /// the time is moved forward by the gap (02:30 → 03:30); in a fold the
    /// earlier instant is taken.
    pub fn local(&self, t: NaiveDateTime) -> Result<DateTime<Tz>, Diagnostic> {
        let _ = t;
        todo!()
    }
    /// 23:59:59 local on `d`.
    pub fn end_of_day(&self, d: NaiveDate) -> Result<DateTime<Tz>, Diagnostic> {
        let _ = d;
        todo!()
    }
    /// `t` if the office is open at `t`, else the next opening instant.
    pub fn next_opening(&self, t: DateTime<Utc>) -> Result<DateTime<Utc>, Diagnostic> {
        let _ = t;
        todo!()
    }
    /// The instant when `seconds` (≥ 0) of opening time have elapsed after
    /// `start`, counting only opening hours of business days.
    pub fn add_business_seconds(
        &self,
        start: DateTime<Utc>,
        seconds: i64,
    ) -> Result<DateTime<Utc>, Diagnostic> {
        let _ = (start, seconds);
        todo!()
    }
    /// Opening time, in seconds, within `[a, b)`; negative when `b < a`.
    pub fn business_seconds_between(
        &self,
        a: DateTime<Utc>,
        b: DateTime<Utc>,
    ) -> Result<i64, Diagnostic> {
        let _ = (a, b);
        todo!()
    }
}
