//! From a start and an allowed time to a deadline instant, unit by unit, as
//! `language.md` §4 states it:
//!
//! | unit | deadline |
//! |---|---|
//! | business days | end of the N-th business day strictly after d0 (C.p.c. art. 83) |
//! | days, weeks | d0 + N days, moved past the days the calendar's `deadlines move past holidays` names (Loi d'interprétation art. 52), or else past every non-business day |
//! | months | same day N months later or the month's last day, then as days |
//! | any of these three with `deadlines do not move` | the day the count gives, not moved |
//! | hours, minutes, seconds | start + exact elapsed time |
//! | business hours, minutes | opening time of business days only |
//!
//! Paused time is added in the unit's own measure ([`Measure`]).
//!
//! Deadlines counted backward from a later event (`at least … before`)
//! are [`deadline_before`]'s, with its own table and sources.

use crate::calendar::BusinessCalendar;
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::model::Unit;
use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, Utc};

/// Durations above 100 years are an error (language.md §4).
const MAX_DAYS: i64 = 36_525;

/// What a unit counts: the measure in which pauses and elapsed time are
/// expressed before converting back to the unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    BusinessDays,
    CalendarDays,
    Seconds,
    BusinessSeconds,
}

impl Measure {
    pub fn of(unit: Unit) -> Measure {
        match unit {
            Unit::BusinessDays => Measure::BusinessDays,
            Unit::Days | Unit::Weeks | Unit::Months => Measure::CalendarDays,
            Unit::Hours | Unit::Minutes | Unit::Seconds => Measure::Seconds,
            Unit::BusinessHours | Unit::BusinessMinutes => Measure::BusinessSeconds,
        }
    }
}

/// Where the clock starts: the (deemed) start instant and its local date.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    pub at: DateTime<Utc>,
    pub d0: NaiveDate,
    pub cal: Option<&'a BusinessCalendar>,
    /// `deadlines do not move`: a deadline in days, weeks or months ends
    /// on the day the count gives (README "Deadlines that do not move").
    pub unmoved: bool,
}

impl<'a> Origin<'a> {
    fn calendar(&self, unit: Unit) -> Result<&'a BusinessCalendar, Diagnostic> {
        self.cal.ok_or_else(|| {
            Diagnostic::error(
                Code::MissingCalendar,
                msg::DEADLINE_NEEDS_CALENDAR.text([&unit.plural_for_messages()]),
            )
        })
    }
}

fn too_long(amount: i64, unit: Unit) -> Diagnostic {
    Diagnostic::error(
        Code::DurationTooLong,
        msg::DURATION_LONGER_THAN_100_YEARS.text([&(unit.amount(amount as f64, 0, false))]),
    )
    .help(msg::DURATION_TOO_LONG_SUPPORTED_HELP.text([]))
}

/// The deadline for `amount` units after the origin, plus `extra` in the
/// unit's measure (paused time).
pub fn deadline(
    origin: &Origin,
    amount: i64,
    unit: Unit,
    extra: i64,
) -> Result<DateTime<Utc>, Diagnostic> {
    match unit {
        Unit::BusinessDays => {
            let cal = origin.calendar(unit)?;
            let total = amount
                .checked_add(extra)
                .filter(|t| (0..=MAX_DAYS).contains(t));
            let total = total.ok_or_else(|| too_long(amount, unit))?;
            let day = cal.add_business_days(origin.d0, total)?;
            cal.end_of_day_utc(day)
        }
        Unit::Days | Unit::Weeks | Unit::Months => {
            let cal = origin.calendar(unit)?;
            let day = unmoved_day(origin.d0, amount, unit, extra, false)?;
            let day = match origin.unmoved {
                true => day,
                false => cal.deadline_day_on_or_after(day)?,
            };
            cal.end_of_day_utc(day)
        }
        Unit::Hours | Unit::Minutes | Unit::Seconds => {
            let secs = seconds(amount, unit)?
                .checked_add(extra)
                .ok_or_else(|| too_long(amount, unit))?;
            origin
                .at
                .checked_add_signed(Duration::seconds(secs))
                .ok_or_else(|| too_long(amount, unit))
        }
        Unit::BusinessHours | Unit::BusinessMinutes => {
            let cal = origin.calendar(unit)?;
            let secs = seconds(amount, unit)?
                .checked_add(extra)
                .ok_or_else(|| too_long(amount, unit))?;
            cal.add_business_seconds(origin.at, secs)
        }
    }
}

/// The due instant of `at least amount UNIT before` the anchor event
/// (`origin`: the anchor's instant and local date), counted backward.
///
/// "At least N days" between two events counts *clear* days: the days on
/// which both events happen are excluded (Interpretation Act, R.S.C. 1985,
/// c. I-21, s. 27(1): "Where there is a reference to a number of clear days
/// or 'at least' a number of days between two events, in calculating that
/// number of days the days on which the events happen are excluded"; in
/// Quebec, the Code de procédure pénale, RLRQ c. C-25.1, art. 17, also
/// leaves the last day out of "délais en jours francs"). So
/// the act is due by the end of the day that leaves N whole units between
/// its day and the event's day:
///
/// | unit | due date (E: the event's local date) |
/// |---|---|
/// | days, weeks | E − N − 1 (weeks: N × 7), moved *earlier* to the last day the calendar does not move |
/// | months | the day N months before E with E's number, or that month's last day (s. 28), minus one day, then as days |
/// | business days | the (N + 1)-th business day before E: N business days lie between, both ends excluded |
/// | hours, minutes, seconds | the event's instant minus the exact duration |
///
/// A due date on a day that moves deadlines (Loi d'interprétation, RLRQ
/// c. I-16, art. 52; C.p.c. art. 83: "prolongé au premier jour ouvrable
/// qui suit"; s. 26) moves to the *previous* day
/// that does not: extending forward, as those articles do for a period
/// *after* an event, would shorten the notice; FRCP 6(a)(5) states the
/// rule ("the 'next day' is determined by continuing to count forward when
/// the period is measured after an event and backward when measured before
/// an event"). Business hours and minutes are refused by the checker
/// (`unsupported-before-unit`) and here.
pub fn deadline_before(
    origin: &Origin,
    amount: i64,
    unit: Unit,
) -> Result<DateTime<Utc>, Diagnostic> {
    match unit {
        Unit::BusinessDays => {
            let cal = origin.calendar(unit)?;
            let n = amount
                .checked_add(1)
                .filter(|n| (1..=MAX_DAYS).contains(n))
                .ok_or_else(|| too_long(amount, unit))?;
            let day = cal.add_business_days(origin.d0, -n)?;
            cal.end_of_day_utc(day)
        }
        Unit::Days | Unit::Weeks | Unit::Months => {
            let cal = origin.calendar(unit)?;
            let day = unmoved_day(origin.d0, amount, unit, 0, true)?;
            let day = match origin.unmoved {
                true => day,
                false => cal.deadline_day_on_or_before(day)?,
            };
            cal.end_of_day_utc(day)
        }
        Unit::Hours | Unit::Minutes | Unit::Seconds => origin
            .at
            .checked_sub_signed(Duration::seconds(seconds(amount, unit)?))
            .ok_or_else(|| too_long(amount, unit)),
        Unit::BusinessHours | Unit::BusinessMinutes => Err(Diagnostic::error(
            Code::UnsupportedBeforeUnit,
            msg::UNIT_NOT_BACKWARD.text([&unit.plural_for_messages()]),
        )),
    }
}

/// The due date of a calendar-day unit (days, weeks, months) counted from
/// `d0`, before a day that moves deadlines moves it: forward
/// ([`calendar_day`], `extra` days of pauses added), or backward
/// (`before`: the day that leaves `amount` whole units between it and
/// `d0`, see [`deadline_before`]). The deadline functions move it; `delai
/// explain` names the days it was moved past.
pub fn unmoved_day(
    d0: NaiveDate,
    amount: i64,
    unit: Unit,
    extra: i64,
    before: bool,
) -> Result<NaiveDate, Diagnostic> {
    if !before {
        return calendar_day(d0, amount, unit, extra);
    }
    let back = |d: NaiveDate, days: i64| {
        d.checked_sub_signed(Duration::days(days))
            .ok_or_else(|| too_long(amount, unit))
    };
    let start = match unit {
        Unit::Months => sub_months(d0, amount).ok_or_else(|| too_long(amount, unit))?,
        _ => {
            let days = calendar_day(d0, amount, unit, 0)? - d0;
            back(d0, days.num_days())?
        }
    };
    back(start, 1)
}

/// Same day `n` months earlier, or that month's last day (Interpretation
/// Act s. 28, counting backward).
pub fn sub_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if !(0..=1200).contains(&n) {
        return None;
    }
    d.checked_sub_months(Months::new(n as u32))
}

/// The due date of a calendar-day unit before moving to a business day.
pub fn calendar_day(
    d0: NaiveDate,
    amount: i64,
    unit: Unit,
    extra: i64,
) -> Result<NaiveDate, Diagnostic> {
    let days = match unit {
        Unit::Weeks => amount.checked_mul(7),
        Unit::Months => Some(0),
        _ => Some(amount),
    }
    .and_then(|d| d.checked_add(extra))
    .filter(|d| (0..=MAX_DAYS).contains(d))
    .ok_or_else(|| too_long(amount, unit))?;
    let base = if unit == Unit::Months {
        add_months(d0, amount).ok_or_else(|| too_long(amount, unit))?
    } else {
        d0
    };
    base.checked_add_signed(Duration::days(days))
        .ok_or_else(|| too_long(amount, unit))
}

/// Same day `n` months later, or that month's last day (C.p.c. art. 83).
pub fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if !(0..=1200).contains(&n) {
        return None;
    }
    // chrono's `checked_add_months` already clamps to the month's end.
    let out = d.checked_add_months(Months::new(n as u32))?;
    debug_assert!(out.day() <= d.day());
    Some(out)
}

/// Exact seconds in `amount` of a time unit.
pub fn seconds(amount: i64, unit: Unit) -> Result<i64, Diagnostic> {
    let per = unit.seconds().unwrap_or(86_400);
    amount
        .checked_mul(per)
        .filter(|s| (0..=MAX_DAYS * 86_400).contains(s))
        .ok_or_else(|| too_long(amount, unit))
}

/// How much of the unit's measure lies between two instants (pauses,
/// elapsed time): business days in (date a, date b], calendar days
/// date b − date a, exact seconds, or opening seconds in [a, b).
pub fn measure(
    m: Measure,
    cal: Option<&BusinessCalendar>,
    a: DateTime<Utc>,
    b: DateTime<Utc>,
) -> Result<i64, Diagnostic> {
    measure_from(m, cal, a, None, b)
}

/// [`measure`] with `a`'s local date in `cal` when the caller knows it
/// (`a_day`: it must be `cal.local_date_of(a)`), not computed again.
pub fn measure_from(
    m: Measure,
    cal: Option<&BusinessCalendar>,
    a: DateTime<Utc>,
    a_day: Option<NaiveDate>,
    b: DateTime<Utc>,
) -> Result<i64, Diagnostic> {
    if b <= a {
        return Ok(0);
    }
    // Local dates through the calendar's cached midnights (performance).
    let dates = |cal: &BusinessCalendar| {
        let da = a_day.unwrap_or_else(|| cal.local_date_of(a));
        (da, cal.local_date_of(b))
    };
    match (m, cal) {
        (Measure::Seconds, _) => Ok((b - a).num_seconds()),
        (Measure::BusinessDays, Some(cal)) => {
            let (da, db) = dates(cal);
            cal.business_days_between(da, db)
        }
        (Measure::CalendarDays, Some(cal)) => {
            let (da, db) = dates(cal);
            Ok((db - da).num_days())
        }
        (Measure::BusinessSeconds, Some(cal)) => cal.business_seconds_between(a, b),
        (Measure::CalendarDays, None) => Ok((b.date_naive() - a.date_naive()).num_days()),
        (Measure::BusinessDays | Measure::BusinessSeconds, None) => Err(Diagnostic::error(
            Code::MissingCalendar,
            msg::BUSINESS_TIME_NEEDS_CALENDAR.text([]),
        )),
    }
}

/// Converts an amount in a unit's measure back to the unit (seconds →
/// hours, days → weeks).
pub fn in_unit(value: i64, unit: Unit) -> f64 {
    match unit {
        Unit::Weeks => value as f64 / 7.0,
        Unit::Hours | Unit::Minutes | Unit::BusinessHours | Unit::BusinessMinutes => {
            value as f64 / unit.seconds().unwrap_or(1) as f64
        }
        _ => value as f64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn months_fall_back_to_the_last_day() {
        assert_eq!(add_months(d(2025, 11, 30), 3), Some(d(2026, 2, 28)));
        assert_eq!(add_months(d(2024, 1, 31), 1), Some(d(2024, 2, 29)));
        assert_eq!(add_months(d(2025, 1, 15), 0), Some(d(2025, 1, 15)));
    }

    #[test]
    fn months_back_fall_back_to_the_last_day() {
        assert_eq!(sub_months(d(2025, 3, 31), 1), Some(d(2025, 2, 28)));
        assert_eq!(sub_months(d(2024, 3, 30), 1), Some(d(2024, 2, 29)));
        assert_eq!(sub_months(d(2025, 1, 15), 0), Some(d(2025, 1, 15)));
        assert_eq!(sub_months(d(2025, 1, 15), 1201), None);
    }

    #[test]
    fn weeks_are_seven_days() {
        assert_eq!(
            calendar_day(d(2025, 6, 20), 2, Unit::Weeks, 0).unwrap(),
            d(2025, 7, 4)
        );
        assert!(calendar_day(d(2025, 6, 20), 10_000, Unit::Weeks, 0).is_err());
    }
}
