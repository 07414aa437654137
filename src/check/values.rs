//! Small written values checked one by one: closed-vocabulary words,
//! dates, days of a month, years, times of day, durations, percentages.

use super::names::{closest, month_name, month_words, status_words, unit_words, weekday_words};
use super::Ctx;
use crate::diagnostic::{catalogue::Msg, msg, Code, Diagnostic};
use crate::model::{Status, Unit, WeekdaySet};
use crate::syntax::ast::{DateLit, MonthDay, Spanned, TimeOfDay, Weekdays, Word};
use chrono::{Datelike, NaiveDate, Weekday};

/// Supported years, inclusive (language.md §4).
pub const MIN_YEAR: i64 = 1900;
pub const MAX_YEAR: i64 = 2199;

fn unknown_word(
    cx: &mut Ctx,
    code: Code,
    (what, examples): (Msg<0>, Msg<0>),
    text: &str,
    span: crate::Span,
    candidates: &[&'static str],
) {
    let (what, examples) = (what.text([]), examples.text([]));
    let mut d = Diagnostic::error(code, msg::UNKNOWN_WORD.text([&what, &text]))
        .at(span)
        .with_label(msg::UNKNOWN_WORD_LABEL.text([&what]));
    if let Some(best) = closest(text, candidates.iter().copied()) {
        d = d
            .help(msg::UNKNOWN_WORD_HELP.text([&what, &examples]))
            .suggest(best);
    } else {
        d = d.help(msg::UNKNOWN_WORD_HELP.text([&what, &examples]));
    }
    cx.push(d);
}

pub fn month(cx: &mut Ctx, w: &Spanned<Word<u32>>) -> Option<u32> {
    match &w.value {
        Word::Known(m) if (1..=12).contains(m) => Some(*m),
        Word::Known(m) => {
            cx.push(
                Diagnostic::error(Code::InvalidDate, msg::INVALID_DATE_MONTH.text([&m]))
                    .at(w.span)
                    .with_label(msg::INVALID_DATE_LABEL.text([]))
                    .help(msg::INVALID_DATE_HELP.text([])),
            );
            None
        }
        Word::Unknown(text) => {
            let names = month_words(cx.lang);
            unknown_word(
                cx,
                Code::UnknownMonth,
                (msg::WORD_MONTH, msg::WORD_MONTH_EXAMPLES),
                text,
                w.span,
                &names,
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
                (msg::WORD_WEEKDAY, msg::WORD_WEEKDAY_EXAMPLES),
                text,
                w.span,
                &weekday_words(cx.lang),
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
                (msg::WORD_UNIT, msg::WORD_UNIT_EXAMPLES),
                text,
                w.span,
                &unit_words(cx.lang),
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
                (msg::WORD_STATUS, msg::WORD_STATUS_EXAMPLES),
                text,
                w.span,
                &status_words(cx.lang),
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
            Diagnostic::error(Code::InvalidDate, msg::INVALID_DATE_DAY.text([&name, &day]))
                .at(span)
                .with_label(msg::INVALID_DATE_LABEL_HAS_DAYS.text([&name, &max]))
                .help(msg::INVALID_DATE_HELP_WRITE_A_DAY.text([&max])),
        );
        return None;
    }
    if m == 2 && day == 29 && !leap_ok {
        cx.push(
            Diagnostic::error(Code::InvalidDate, msg::INVALID_DATE_FEBRUARY_29.text([]))
                .at(span)
                .with_label(msg::INVALID_DATE_LABEL_ONLY_IN_LEAP.text([]))
                .help(msg::INVALID_DATE_HELP_USE_FEBRUARY_28.text([])),
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
        Diagnostic::error(code, msg::YEAR_OUT_OF_RANGE.text([&year]))
            .at(span)
            .with_label(msg::YEAR_OUT_OF_RANGE_LABEL.text([&MIN_YEAR, &MAX_YEAR]))
            .help(msg::YEAR_OUT_OF_RANGE_HELP.text([&MIN_YEAR, &MAX_YEAR])),
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
            Diagnostic::error(
                Code::InvalidDate,
                msg::INVALID_DATE_MONTH_NUMBER.text([&month]),
            )
            .at(d.span)
            .with_label(msg::INVALID_DATE_LABEL_MONTHS_ARE_01.text([]))
            .help(msg::INVALID_DATE_HELP_DATES_ARE_WRITTEN.text([])),
        );
        return None;
    }
    let (y, m) = (year as i32, month as u32);
    let max = days_in_month(y, m);
    if day < 1 || day > i64::from(max) {
        let name = month_name(m);
        let why = if m == 2 && day == 29 {
            msg::INVALID_DATE_LABEL_NOT_A_LEAP_YEAR.text([&year])
        } else {
            msg::INVALID_DATE_LABEL_MONTH_HAS_DAYS.text([&name, &year, &max])
        };
        cx.push(
            Diagnostic::error(
                Code::InvalidDate,
                msg::INVALID_DATE_DAY_OF_YEAR.text([&name, &year, &day]),
            )
            .at(d.span)
            .with_label(why)
            .help(msg::INVALID_DATE_HELP_WRITE_A_DAY.text([&max])),
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
        Some(msg::NO_SUCH_MINUTE.text([&minute]))
    } else if second > 59 {
        Some(msg::NO_SUCH_SECOND.text([&second]))
    } else if midnight_end && !end_ok {
        Some(msg::MIDNIGHT_ONLY_AS_END.text([]))
    } else if hour > 23 && !midnight_end {
        Some(msg::NO_SUCH_HOUR.text([&hour]))
    } else {
        None
    };
    if let Some(why) = problem {
        cx.push(
            Diagnostic::error(Code::InvalidTime, msg::INVALID_TIME.text([&why]))
                .at(t.span)
                .with_label(msg::INVALID_TIME_LABEL.text([]))
                .help(msg::INVALID_TIME_HELP.text([])),
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
            Diagnostic::error(Code::NegativeDuration, msg::NEGATIVE_DURATION.text([&n]))
                .at(a.span)
                .with_label(msg::NEGATIVE_DURATION_LABEL.text([]))
                .help(msg::NEGATIVE_DURATION_HELP.text([]))
                .suggest(n.unsigned_abs().to_string()),
        );
        return false;
    }
    if n > max_amount(unit) {
        cx.push(
            Diagnostic::error(
                Code::DurationTooLong,
                msg::DURATION_TOO_LONG.text([&n, &unit.plural_for_messages()]),
            )
            .at(a.span)
            .with_label(msg::TOO_LONG_LABEL.text([]))
            .help(
                msg::DURATION_TOO_LONG_HELP.text([&max_amount(unit), &unit.plural_for_messages()]),
            ),
        );
        return false;
    }
    if n == 0 && unit.seconds().is_some() {
        cx.push(
            Diagnostic::warning(
                Code::ZeroDuration,
                msg::ZERO_DURATION.text([&unit.plural_for_messages()]),
            )
            .at(a.span)
            .with_label(msg::ZERO_DURATION_LABEL.text([]))
            .help(msg::ZERO_DURATION_HELP.text([])),
        );
    }
    true
}

/// A number as the messages write it: the decimal comma in French.
fn decimal_for_messages(v: f64) -> String {
    let text = crate::text::write::number::shortest(v);
    match crate::diagnostic::current() {
        crate::model::Lang::En => text,
        crate::model::Lang::Fr => text.replace('.', ","),
    }
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
            msg::INVALID_PERCENTAGE.text([
                &if what == "target" {
                    msg::PERCENT_OF_TARGET
                } else {
                    msg::PERCENT_OF_WARN
                }
                .text([]),
                &decimal_for_messages(v),
            ]),
        )
        .at(p.span)
        .with_label(msg::INVALID_PERCENTAGE_LABEL.text([]))
        .help(if what == "target" {
            msg::INVALID_PERCENTAGE_HELP_TARGET.text([])
        } else {
            msg::INVALID_PERCENTAGE_HELP_WARN.text([])
        }),
    );
    None
}

/// Weekday name for messages.
pub fn weekday_name(d: Weekday) -> &'static str {
    let (en, fr) = crate::model::weekday_names(d);
    crate::diagnostic::say(en, fr)
}
