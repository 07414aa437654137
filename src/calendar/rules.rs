//! Holiday rules and closure periods evaluated to dates.
//!
//! These are plain functions over the checked model; the index
//! ([`super::index`]) calls them once per calendar to mark its days.

use crate::model::{DayRule, Holiday, Period};
use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Gregorian Easter Sunday of `year` (anonymous Gregorian algorithm,
/// "Meeus/Jones/Butcher"). `None` only for years chrono cannot represent.
pub fn easter(year: i32) -> Option<NaiveDate> {
    let y = i64::from(year);
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The date a rule gives in `year`, before substitution and before the
/// `from`/`until` limits. `None` when the rule has no day that year
/// (February 29 in a common year, a fifth Monday that does not exist, a
/// single date of another year).
pub fn rule_date(rule: &DayRule, year: i32) -> Option<NaiveDate> {
    match *rule {
        DayRule::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month, day),
        DayRule::Nth { n, weekday, month } => nth_weekday(year, month, n, weekday),
        DayRule::Relative {
            weekday,
            after,
            month,
            day,
        } => {
            // An anchor that does not exist this year (february 29) is read
            // as the gap between february 28 and march 1.
            let (before_anchor, after_anchor) = match NaiveDate::from_ymd_opt(year, month, day) {
                Some(d) => (d, d),
                None => {
                    let first_next = if month == 12 {
                        NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?
                    } else {
                        NaiveDate::from_ymd_opt(year, month + 1, 1)?
                    };
                    (first_next, first_next.pred_opt()?)
                }
            };
            if after {
                next_weekday_after(after_anchor, weekday)
            } else {
                prev_weekday_before(before_anchor, weekday)
            }
        }
        DayRule::Easter { offset } => {
            easter(year)?.checked_add_signed(chrono::TimeDelta::try_days(i64::from(offset))?)
        }
        DayRule::Date { date } => (date.year() == year).then_some(date),
    }
}

/// The day a holiday is observed in the rule year `year`: the rule's date,
/// moved by `if X then Y` when it falls on X, within `from`/`until`.
///
/// language.md §2: `if X then Y` moves the holiday to the *nearest* Y — so
/// `if saturday then friday` is the day before and `if sunday then monday`
/// the day after, and a January 1 can be observed on December 31 of the
/// year before. The first pair whose X is the day's weekday applies (the
/// checker allows one per X), once: the moved day is not moved again,
/// even if it falls on another pair's X or on another holiday.
pub fn observed_date(h: &Holiday, year: i32) -> Option<NaiveDate> {
    if h.from_year.is_some_and(|f| year < f) || h.until_year.is_some_and(|u| year > u) {
        return None;
    }
    let d = rule_date(&h.rule, year)?;
    match h.substitute.iter().find(|(on, _)| *on == d.weekday()) {
        Some(&(_, then)) => nearest_weekday(d, then),
        None => Some(d),
    }
}

/// Every observed date of `h` within `[lo, hi]`, whatever rule year it
/// comes from (a substitution or an Easter offset can carry a holiday into
/// the next or previous year).
pub fn occurrences(h: &Holiday, lo: NaiveDate, hi: NaiveDate, out: &mut Vec<NaiveDate>) {
    if lo > hi {
        return;
    }
    let (mut y0, mut y1) = (lo.year() - 1, hi.year() + 1);
    match h.rule {
        DayRule::Date { date } => {
            y0 = date.year();
            y1 = date.year();
        }
        DayRule::Easter { offset } => {
            // Easter falls within March 22..=April 25; a large offset moves
            // the dates by about offset/365.2425 years.
            if offset.unsigned_abs() > 50_000_000 {
                return; // beyond any date chrono represents
            }
            let shift = (f64::from(offset) / 365.2425).floor() as i32;
            y0 = lo.year() - shift - 2;
            y1 = hi.year() - shift + 2;
        }
        _ => {}
    }
    y0 = y0.max(h.from_year.unwrap_or(i32::MIN)).max(-200_000);
    y1 = y1.min(h.until_year.unwrap_or(i32::MAX)).min(200_000);
    for y in y0..=y1 {
        if let Some(d) = observed_date(h, y) {
            if d >= lo && d <= hi {
                out.push(d);
            }
        }
    }
}

/// Whether a yearly period covers the day (`month`, `day`): compared as
/// (month, day) pairs, so `december 24 to january 2` covers the end and the
/// start of every year and a february 29 bound needs no special case.
pub fn yearly_contains(from: (u32, u32), to: (u32, u32), md: (u32, u32)) -> bool {
    if from <= to {
        from <= md && md <= to
    } else {
        md >= from || md <= to
    }
}

/// Whether the closure period covers `d`.
pub fn period_contains(p: &Period, d: NaiveDate) -> bool {
    match p {
        Period::Yearly { from, to } => yearly_contains(*from, *to, (d.month(), d.day())),
        Period::Dates { from, to } => *from <= d && d <= *to,
        Period::Rule {
            rule,
            days,
            from_year,
            until_year,
        } => {
            // A run starts in `d`'s year or, when it crosses the year end,
            // the year before (the checker keeps runs within 366 days).
            let start = |y: i32| {
                let in_years =
                    from_year.is_none_or(|f| y >= f) && until_year.is_none_or(|u| y <= u);
                in_years.then(|| rule_date(rule, y)).flatten()
            };
            [d.year(), d.year() - 1]
                .into_iter()
                .any(|y| start(y).is_some_and(|s| s <= d && (d - s).num_days() < i64::from(*days)))
        }
    }
}

fn nth_weekday(year: i32, month: u32, n: i8, wd: Weekday) -> Option<NaiveDate> {
    if n < 0 {
        // -1 the last, -2 the second-to-last (every month has at least
        // four of each weekday, so it is in the month).
        let first_next = if month == 12 {
            NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        let last = prev_weekday_before(first_next, wd)?;
        let back = u64::from(n.unsigned_abs()).checked_sub(1)?;
        return last
            .checked_sub_days(Days::new(7 * back))
            .filter(|d| d.month() == month);
    }
    let n = u8::try_from(n).ok().filter(|n| (1..=5).contains(n))?;
    // chrono's constructor returns None for a fifth weekday that does not exist.
    NaiveDate::from_weekday_of_month_opt(year, month, wd, n)
}

/// The `wd` nearest to `d`: at most three days before or after it (a week
/// has seven days, so there is never a tie); `d` itself when it is a `wd`.
pub fn nearest_weekday(d: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let cur = d.weekday().num_days_from_monday();
    let want = wd.num_days_from_monday();
    match (want + 7 - cur) % 7 {
        ahead @ 0..=3 => d.checked_add_days(Days::new(u64::from(ahead))),
        ahead => d.checked_sub_days(Days::new(u64::from(7 - ahead))),
    }
}

/// The nearest `wd` strictly after `d`.
pub fn next_weekday_after(d: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let cur = d.weekday().num_days_from_monday();
    let want = wd.num_days_from_monday();
    let delta = (want + 7 - cur) % 7;
    let delta = if delta == 0 { 7 } else { delta };
    d.checked_add_days(Days::new(u64::from(delta)))
}

/// The nearest `wd` strictly before `d`.
pub fn prev_weekday_before(d: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let cur = d.weekday().num_days_from_monday();
    let want = wd.num_days_from_monday();
    let delta = (cur + 7 - want) % 7;
    let delta = if delta == 0 { 7 } else { delta };
    d.checked_sub_days(Days::new(u64::from(delta)))
}
