//! Small written values checked one by one: closed-vocabulary words,
//! dates, days of a month, years, times of day, durations, percentages.

use super::names::{closest, month_name, month_words, status_words, unit_words, weekday_words};
use super::Ctx;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::{Status, Unit, WeekdaySet};
use crate::syntax::ast::{DateLit, MonthDay, Spanned, TimeOfDay, Weekdays, Word};
use chrono::{Datelike, NaiveDate, Weekday};

/// Supported years, inclusive (language.md §4).
pub const MIN_YEAR: i64 = 1900;
pub const MAX_YEAR: i64 = 2199;

fn unknown_word(
    cx: &mut Ctx,
    code: Code,
    what: &str,
    text: &str,
    span: crate::Span,
    candidates: &[&'static str],
    examples: &str,
) {
    let mut d = Diagnostic::error(code, format!("unknown {what} `{text}`"))
        .at(span)
        .with_label(format!("not a {what}"));
    if let Some(best) = closest(text, candidates.iter().copied()) {
        d = d
            .help(format!(
                "write the {what} in English or French, e.g. {examples}"
            ))
            .suggest(best);
    } else {
        d = d.help(format!(
            "write the {what} in English or French, e.g. {examples}"
        ));
    }
    cx.push(d);
}

pub fn month(cx: &mut Ctx, w: &Spanned<Word<u32>>) -> Option<u32> {
    match &w.value {
        Word::Known(m) if (1..=12).contains(m) => Some(*m),
        Word::Known(m) => {
            cx.push(
                Diagnostic::error(Code::InvalidDate, format!("there is no month {m}"))
                    .at(w.span)
                    .with_label("months are 1 to 12")
                    .help("write a month from january to december"),
            );
            None
        }
        Word::Unknown(text) => {
            let names = month_words();
            unknown_word(
                cx,
                Code::UnknownMonth,
                "month",
                text,
                w.span,
                &names,
                "`march` or `mars`",
            );
            None
        }
    }
}

pub fn weekday(cx: &mut Ctx, w: &Spanned<Word<Weekday>>) -> Option<Weekday> {
    match &w.value {
        Word::Known(d) => Some(*d),
        Word::Unknown(text) => {
            unknown_word(
                cx,
                Code::UnknownWeekday,
                "weekday",
                text,
                w.span,
                &weekday_words(),
                "`monday` or `lundi`",
            );
            None
        }
    }
}

pub fn unit(cx: &mut Ctx, w: &Spanned<Word<Unit>>) -> Option<Unit> {
    match &w.value {
        Word::Known(u) => Some(*u),
        Word::Unknown(text) => {
            unknown_word(
                cx,
                Code::UnknownUnit,
                "unit",
                text,
                w.span,
                &unit_words(),
                "`business days`, `days`, `weeks`, `months`, `hours`, `business hours`",
            );
            None
        }
    }
}

pub fn status(cx: &mut Ctx, w: &Spanned<Word<Status>>) -> Option<Status> {
    match &w.value {
        Word::Known(s) => Some(*s),
        Word::Unknown(text) => {
            unknown_word(
                cx,
                Code::UnknownStatus,
                "status",
                text,
                w.span,
                &status_words(),
                "`met`, `breached`, `pending`, `at-risk`, `paused`, `not-started`",
            );
            None
        }
    }
}

/// A set of weekdays; every unknown word is reported.
pub fn weekdays(cx: &mut Ctx, w: &Weekdays) -> Option<WeekdaySet> {
    match w {
        Weekdays::Range(a, b) => {
            let (a, b) = (weekday(cx, a), weekday(cx, b));
            Some(WeekdaySet::range(a?, b?))
        }
        Weekdays::List(items) => {
            let mut set = WeekdaySet::default();
            let mut ok = true;
            for item in items {
                match weekday(cx, item) {
                    Some(d) => set.insert(d),
                    None => ok = false,
                }
            }
            ok.then_some(set)
        }
    }
}

pub fn weekdays_span(w: &Weekdays) -> crate::Span {
    match w {
        Weekdays::Range(a, b) => a.span.to(b.span),
        Weekdays::List(items) => match (items.first(), items.last()) {
            (Some(a), Some(b)) => a.span.to(b.span),
            _ => crate::Span::default(),
        },
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|d| d.pred_opt())
        .map(|d| d.day())
        .unwrap_or(31)
}

/// A day of a month that recurs every year. `february 29` is accepted only
/// where `leap_ok` (a fixed holiday: observed in leap years only).
pub fn month_day(cx: &mut Ctx, md: &MonthDay, leap_ok: bool) -> Option<(u32, u32)> {
    let m = month(cx, &md.month)?;
    let span = md.month.span.to(md.day.span);
    let max = days_in_month(2024, m);
    let day = md.day.value;
    if day < 1 || day > i64::from(max) {
        let name = month_name(m);
        cx.push(
            Diagnostic::error(Code::InvalidDate, format!("{name} has no day {day}"))
                .at(span)
                .with_label(format!("{name} has {max} days"))
                .help(format!("write a day from 1 to {max}")),
        );
        return None;
    }
    if m == 2 && day == 29 && !leap_ok {
        cx.push(
            Diagnostic::error(Code::InvalidDate, "february 29 does not exist every year")
                .at(span)
                .with_label("only in leap years")
                .help("use february 28 or march 1 for a rule that recurs every year"),
        );
        return None;
    }
    Some((m, day as u32))
}

fn year_ok(cx: &mut Ctx, year: i64, span: crate::Span, code: Code) -> bool {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        return true;
    }
    cx.push(
        Diagnostic::error(code, format!("year {year} is outside the supported years"))
            .at(span)
            .with_label(format!("delai supports {MIN_YEAR} to {MAX_YEAR}"))
            .help(format!(
                "write a year from {MIN_YEAR} to {MAX_YEAR} (dates are written YYYY-MM-DD)"
            )),
    );
    false
}

/// A `from YEAR` / `until YEAR` year.
pub fn year(cx: &mut Ctx, y: &Spanned<i64>) -> Option<i32> {
    year_ok(cx, y.value, y.span, Code::YearOutOfRange).then_some(y.value as i32)
}

/// A `YYYY-MM-DD` date.
pub fn date(cx: &mut Ctx, d: &Spanned<DateLit>) -> Option<NaiveDate> {
    let DateLit { year, month, day } = d.value;
    if !year_ok(cx, year, d.span, Code::DateOutOfRange) {
        return None;
    }
    if !(1..=12).contains(&month) {
        cx.push(
            Diagnostic::error(Code::InvalidDate, format!("there is no month {month}"))
                .at(d.span)
                .with_label("months are 01 to 12")
                .help("dates are written YYYY-MM-DD, year first, then month, then day"),
        );
        return None;
    }
    let (y, m) = (year as i32, month as u32);
    let max = days_in_month(y, m);
    if day < 1 || day > i64::from(max) {
        let name = month_name(m);
        let why = if m == 2 && day == 29 {
            format!("{year} is not a leap year")
        } else {
            format!("{name} {year} has {max} days")
        };
        cx.push(
            Diagnostic::error(Code::InvalidDate, format!("{name} {year} has no day {day}"))
                .at(d.span)
                .with_label(why)
                .help(format!("write a day from 1 to {max}")),
        );
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, day as u32)
}

/// A time of day in seconds after midnight; `24:00` only where `end_ok`.
pub fn time_of_day(cx: &mut Ctx, t: &Spanned<TimeOfDay>, end_ok: bool) -> Option<u32> {
    let TimeOfDay {
        hour,
        minute,
        second,
    } = t.value;
    let midnight_end = hour == 24 && minute == 0 && second == 0;
    let problem = if minute > 59 {
        Some(format!("minute {minute} does not exist"))
    } else if second > 59 {
        Some(format!("second {second} does not exist"))
    } else if midnight_end && !end_ok {
        Some("24:00 is only allowed as the end of opening hours".to_string())
    } else if hour > 23 && !midnight_end {
        Some(format!("hour {hour} does not exist"))
    } else {
        None
    };
    if let Some(why) = problem {
        cx.push(
            Diagnostic::error(Code::InvalidTime, format!("invalid time of day: {why}"))
                .at(t.span)
                .with_label("not a time of day")
                .help("times are HH:MM[:SS] on a 24-hour clock, from 00:00 to 23:59:59"),
        );
        return None;
    }
    Some(hour * 3600 + minute * 60 + second)
}

/// The most a duration may be, per unit: 100 years.
fn max_amount(unit: Unit) -> i64 {
    match unit {
        Unit::BusinessDays => 26_100,
        Unit::Days => 36_525,
        Unit::Weeks => 5_218,
        Unit::Months => 1_200,
        Unit::Hours | Unit::BusinessHours => 876_600,
        Unit::Minutes | Unit::BusinessMinutes => 52_596_000,
        Unit::Seconds => 3_155_760_000,
    }
}

/// `within N UNIT` / `extended by N UNIT`.
pub fn amount(cx: &mut Ctx, a: &Spanned<i64>, unit: Unit) -> bool {
    let n = a.value;
    if n < 0 {
        cx.push(
            Diagnostic::error(
                Code::NegativeDuration,
                format!("a duration cannot be negative ({n})"),
            )
            .at(a.span)
            .with_label("negative")
            .help("write the number of units allowed, 0 or more")
            .suggest(n.unsigned_abs().to_string()),
        );
        return false;
    }
    if n > max_amount(unit) {
        cx.push(
            Diagnostic::error(
                Code::DurationTooLong,
                format!("{n} {} is more than 100 years", unit.id().replace('-', " ")),
            )
            .at(a.span)
            .with_label("too long")
            .help(format!(
                "delai supports durations up to 100 years ({} {})",
                max_amount(unit),
                unit.id().replace('-', " ")
            )),
        );
        return false;
    }
    if n == 0 && unit.seconds().is_some() {
        cx.push(
            Diagnostic::warning(
                Code::ZeroDuration,
                format!(
                    "a delay of 0 {} is due immediately",
                    unit.id().replace('-', " ")
                ),
            )
            .at(a.span)
            .with_label("zero")
            .help("every case started would be due at its start; write the time actually allowed"),
        );
    }
    true
}

/// `target 90%`, `warn at 75%`.
pub fn percent(cx: &mut Ctx, p: &Spanned<f64>, what: &str) -> Option<f64> {
    let v = p.value;
    if v.is_finite() && (0.0..=100.0).contains(&v) {
        return Some(v);
    }
    cx.push(
        Diagnostic::error(
            Code::InvalidPercentage,
            format!("{what} {}% is not a percentage", crate::number::shortest(v)),
        )
        .at(p.span)
        .with_label("must be between 0% and 100%")
        .help(if what == "target" {
            "write the target as the share of cases that must meet the standard, from 0% to 100%, e.g. `target 90%`"
        } else {
            "write the share of the allowed time after which a pending case is at risk, from 0% to 100%, e.g. `warn at 75%`"
        }),
    );
    None
}

/// Weekday name for messages.
pub fn weekday_name(d: Weekday) -> &'static str {
    crate::model::weekday_names(d).0
}
