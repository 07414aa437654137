//! Calendars: each declaration's clauses checked, then `extends` chains
//! flattened (iteratively — a chain of thousands never touches the stack),
//! then lowered to [`crate::model::Calendar`]. Also the table through which
//! standards find calendars by name, built-ins included.

use super::names::{closest, quoted_list};
use super::{values, Ctx};
use crate::calendar::Zone;
use crate::diagnostic::{Diagnostic, Span};
use crate::model::{
    Calendar, Change, Closure, DayHours, DayOf, DayRule, Holiday, Opening, Period, Unit, WeekdaySet,
};
use crate::syntax::ast::{
    self, CalendarClauseKind, CalendarDecl, ClosedPeriod, DayOfLit, Ordinal, Word,
};
use chrono::{Datelike, NaiveDate, Weekday};
use std::collections::HashMap;

/// Deepest `extends` chain accepted. Real calendars nest one to three
/// levels; a limit keeps every flattened calendar's `extends` list small.
pub const MAX_EXTENDS_DEPTH: usize = 64;

/// Largest `easter ± N days` accepted (about ten months either way).
const MAX_EASTER_OFFSET: i64 = 300;

const WHOLE_DAY: (u32, u32) = (0, 86_400);

#[derive(Debug, Clone, Copy, PartialEq)]
enum TzState {
    Unset,
    /// Written but invalid: already reported, so "missing" is not.
    Invalid,
    Set(Zone),
}

/// Longest closure given by a rule (`for N days`): a year, so that each
/// year's run ends before the next one starts (`rules::period_contains`).
const MAX_RULE_CLOSURE_DAYS: i64 = 366;

/// Workdays and weekday hours as written, in the form a child (or a later
/// date) builds on: plain `hours` kept apart from per-weekday hours, so
/// that a child that changes `workdays` still gets the right opening hours.
#[derive(Debug, Clone, Default)]
struct Week {
    workdays: Option<WeekdaySet>,
    default_hours: Option<Vec<(u32, u32)>>,
    day_hours: [Option<Vec<(u32, u32)>>; 7],
}

impl Week {
    /// `over`'s clauses written after these (a child's, or a later date's).
    fn overlay(&mut self, over: &Week) {
        if over.workdays.is_some() {
            self.workdays = over.workdays;
        }
        if let Some(h) = &over.default_hours {
            // A plain `hours` line sets every workday: it replaces the
            // earlier per-weekday hours too.
            self.default_hours = Some(h.clone());
            self.day_hours = Default::default();
        }
        for (i, h) in over.day_hours.iter().enumerate() {
            if let Some(h) = h {
                self.day_hours[i] = Some(h.clone());
            }
        }
    }

    fn workdays(&self) -> WeekdaySet {
        self.workdays.unwrap_or(WeekdaySet::MONDAY_TO_FRIDAY)
    }

    /// The hours of weekday `i` (0 = Monday), workday or not (an opened
    /// Saturday opens with these).
    fn hours_of(&self, i: usize) -> Vec<(u32, u32)> {
        self.day_hours[i]
            .clone()
            .or_else(|| self.default_hours.clone())
            .unwrap_or_else(|| vec![WHOLE_DAY])
    }

    /// The model's hours: each workday's, nothing on other days.
    fn hours(&self) -> [Vec<(u32, u32)>; 7] {
        let mut hours: [Vec<(u32, u32)>; 7] = Default::default();
        for day in self.workdays().iter() {
            let i = day.num_days_from_monday() as usize;
            hours[i] = self.hours_of(i);
        }
        hours
    }
}

/// A calendar with its parents applied, in the form a child inherits.
#[derive(Debug, Clone)]
pub(crate) struct Layered {
    pub name: String,
    chain: Vec<String>,
    timezone: TzState,
    week: Week,
    /// `workdays`/`hours … from DATE`, by date: each date's clauses, to be
    /// laid over `week` and the earlier dates'.
    changes: Vec<(NaiveDate, Week)>,
    /// Sorted by date (kept so as they are added).
    openings: Vec<Opening>,
    /// `hours … on DAY`, as written (opened dates get theirs in
    /// [`Layered::to_model`]).
    day_hours: Vec<DayHours>,
    holidays: Vec<Holiday>,
    closures: Vec<Closure>,
    postpone: Option<WeekdaySet>,
    depth: usize,
}

impl Layered {
    fn root() -> Layered {
        Layered {
            name: String::new(),
            chain: Vec::new(),
            timezone: TzState::Unset,
            week: Week::default(),
            changes: Vec::new(),
            openings: Vec::new(),
            day_hours: Vec::new(),
            holidays: Vec::new(),
            closures: Vec::new(),
            postpone: None,
            depth: 0,
        }
    }

    /// The week in force on `d`: the base laid over by every change dated
    /// `d` or before, in date order.
    fn week_on(&self, d: NaiveDate) -> Week {
        let mut week = self.week.clone();
        for (_, w) in self.changes.iter().take_while(|(from, _)| *from <= d) {
            week.overlay(w);
        }
        week
    }

    /// The model calendar, or `None` when no time zone was set.
    pub(crate) fn to_model(&self) -> Option<Calendar> {
        let TzState::Set(timezone) = self.timezone else {
            return None;
        };
        // Performance (WebAssembly size): plain loops, no new sort.
        let mut changes = Vec::with_capacity(self.changes.len());
        for &(from, _) in &self.changes {
            let week = self.week_on(from);
            changes.push(Change {
                from,
                workdays: week.workdays(),
                hours: week.hours(),
            });
        }
        // An opened date opens with the hours in force for its weekday,
        // unless it has its own.
        let mut day_hours = self.day_hours.clone();
        for o in &self.openings {
            if !self.day_hours.iter().any(|h| h.day.matches(o.date)) {
                let i = o.date.weekday().num_days_from_monday() as usize;
                day_hours.push(DayHours {
                    day: DayOf::Date { date: o.date },
                    hours: self.week_on(o.date).hours_of(i),
                });
            }
        }
        Some(Calendar {
            name: self.name.clone(),
            extends: self.chain.clone(),
            timezone,
            workdays: self.week.workdays(),
            hours: self.week.hours(),
            holidays: self.holidays.clone(),
            closures: self.closures.clone(),
            postpone: self.postpone,
            openings: self.openings.clone(),
            day_hours,
            changes,
        })
    }
}

/// One declaration's own clauses, checked; bad clauses are left out.
struct Own {
    timezone: TzState,
    week: Week,
    day_hours_span: [Option<Span>; 7],
    changes: Vec<(NaiveDate, Week)>,
    openings: Vec<Opening>,
    /// Each of `openings`' date and where it is written.
    opening_spans: Vec<(NaiveDate, Span)>,
    day_hours: Vec<DayHours>,
    holidays: Vec<Holiday>,
    closures: Vec<Closure>,
    postpone: Option<WeekdaySet>,
}

impl Own {
    /// The clauses dated `from` (`workdays … from DATE`), created empty.
    fn change(&mut self, from: NaiveDate) -> &mut Week {
        let k = self.changes.partition_point(|(d, _)| *d < from);
        if self.changes.get(k).is_none_or(|(d, _)| *d != from) {
            self.changes.insert(k, (from, Week::default()));
        }
        &mut self.changes[k].1
    }
}

/// Reports a clause written twice where once is the rule.
pub(crate) fn duplicate(cx: &mut Ctx, what: &str, span: Span, first: Span) {
    cx.push(
        Diagnostic::error("duplicate-clause", format!("`{what}` is written twice"))
            .at(span)
            .with_label("written again here")
            .also(first, "first written here")
            .help(format!(
                "keep a single `{what}` line: remove or merge the other one"
            )),
    );
}

/// Remembers the first span of each key; returns the earlier one on a repeat.
pub(crate) fn seen(map: &mut HashMap<String, Span>, key: &str, span: Span) -> Option<Span> {
    match map.get(key) {
        Some(first) => Some(*first),
        None => {
            map.insert(key.to_string(), span);
            None
        }
    }
}

fn check_timezone(cx: &mut Ctx, name: &ast::Name) -> TzState {
    let text = name.value.as_str();
    match crate::calendar::tz::parse(text) {
        Some(tz) => {
            if matches!(text, "EST" | "MST" | "HST") {
                let mut d = Diagnostic::warning(
                    "timezone-without-dst",
                    format!("time zone \"{text}\" is a fixed offset that never changes for daylight saving time"),
                )
                .at(name.span)
                .with_label("no daylight saving time");
                d = if text == "EST" {
                    d.help(
                        "Quebec and Ontario observe daylight saving time: use \"America/Toronto\"",
                    )
                    .suggest("\"America/Toronto\"")
                } else {
                    d.help("use the IANA name of a city in the zone, e.g. \"America/Edmonton\" or \"America/Phoenix\"")
                };
                cx.push(d);
            }
            TzState::Set(tz)
        }
        None => {
            let mut d = Diagnostic::error(
                "unknown-timezone",
                format!("unknown time zone \"{text}\""),
            )
            .at(name.span)
            .with_label("not an IANA time zone name")
            .help("use an IANA time zone name, Region/City, e.g. \"America/Toronto\" for Quebec");
            if let Some(best) = suggest_timezone(text) {
                d = d.suggest(format!("\"{best}\""));
            }
            cx.push(d);
            TzState::Invalid
        }
    }
}

fn suggest_timezone(text: &str) -> Option<&'static str> {
    let names = || crate::calendar::tz::NAMES.iter().copied();
    let folded = super::names::fold(text);
    if let Some(exact) = names().find(|n| super::names::fold(n) == folded) {
        return Some(exact);
    }
    if let Some(best) = closest(text, names()) {
        return Some(best);
    }
    // A city alone ("Toronto", "Montréal"): match the last part of the name.
    let city = text.rsplit('/').next().unwrap_or(text);
    let cities: Vec<(&'static str, &'static str)> = names()
        .filter(|n| n.contains('/'))
        .map(|n| (n.rsplit('/').next().unwrap_or(n), n))
        .collect();
    let best = closest(city, cities.iter().map(|(c, _)| *c))?;
    cities.iter().find(|(c, _)| *c == best).map(|(_, n)| *n)
}

/// Opening hours of one `hours` line, sorted; `None` after an error.
fn check_ranges(cx: &mut Ctx, ranges: &[ast::Spanned<ast::TimeRange>]) -> Option<Vec<(u32, u32)>> {
    let mut ok = true;
    let mut out: Vec<((u32, u32), Span)> = Vec::new();
    for r in ranges {
        let from = values::time_of_day(cx, &r.value.from, false);
        let to = values::time_of_day(cx, &r.value.to, true);
        let (Some(from), Some(to)) = (from, to) else {
            ok = false;
            continue;
        };
        if to <= from {
            cx.push(
                Diagnostic::error("hours-end-before-start", "opening hours end before they start")
                    .at(r.span)
                    .with_label(if to == from { "empty: opens and closes at the same time" } else { "ends before it starts" })
                    .help("write the opening time first, then the closing time, e.g. 08:30-12:00; a range cannot cross midnight (use 24:00 as the end of the day)"),
            );
            ok = false;
            continue;
        }
        out.push(((from, to), r.span));
    }
    out.sort_by_key(|(r, _)| *r);
    for pair in out.windows(2) {
        let ((a, a_span), (b, b_span)) = (pair[0], pair[1]);
        if b.0 < a.1 {
            let (first, second) = if a_span.start <= b_span.start {
                (a_span, b_span)
            } else {
                (b_span, a_span)
            };
            cx.push(
                Diagnostic::error("overlapping-hours", "opening hours overlap")
                    .at(second)
                    .with_label("overlaps another range")
                    .also(first, "this range")
                    .help("merge the two ranges into one, or make them end before the next starts"),
            );
            ok = false;
        }
    }
    ok.then(|| out.into_iter().map(|(r, _)| r).collect())
}

fn check_rule(cx: &mut Ctx, rule: &ast::Spanned<ast::DayRule>) -> Option<DayRule> {
    match &rule.value {
        ast::DayRule::Fixed(md) => {
            let (month, day) = values::month_day(cx, md, true)?;
            Some(DayRule::Fixed { month, day })
        }
        ast::DayRule::Nth {
            ordinal,
            weekday,
            month,
        } => {
            let w = values::weekday(cx, weekday);
            let m = values::month(cx, month);
            let n = match ordinal.value {
                Ordinal::First => 1,
                Ordinal::Second => 2,
                Ordinal::Third => 3,
                Ordinal::Fourth => 4,
                Ordinal::Fifth => 5,
                Ordinal::Last => -1,
                Ordinal::SecondLast => -2,
            };
            if n == 5 {
                cx.push(
                    Diagnostic::warning(
                        "fifth-weekday",
                        "a month has a fifth weekday only some years",
                    )
                    .at(ordinal.span)
                    .with_label("missing in most years")
                    .help("use `last` for the last such weekday of the month"),
                );
            }
            Some(DayRule::Nth {
                n,
                weekday: w?,
                month: m?,
            })
        }
        ast::DayRule::Relative {
            weekday,
            after,
            anchor,
        } => {
            let w = values::weekday(cx, weekday);
            let md = values::month_day(cx, anchor, false);
            let (month, day) = md?;
            Some(DayRule::Relative {
                weekday: w?,
                after: *after,
                month,
                day,
            })
        }
        ast::DayRule::Easter { offset_days } => {
            if offset_days.value.abs() > MAX_EASTER_OFFSET {
                cx.push(
                    Diagnostic::error("easter-offset-too-large", format!("{} days from Easter is too far", offset_days.value))
                        .at(offset_days.span)
                        .with_label(format!("at most {MAX_EASTER_OFFSET} days"))
                        .help("a holiday tied to Easter falls within a few weeks of it; for a fixed day write e.g. `december 25`"),
                );
                return None;
            }
            Some(DayRule::Easter {
                offset: offset_days.value as i32,
            })
        }
        ast::DayRule::Date(d) => Some(DayRule::Date {
            date: values::date(cx, d)?,
        }),
    }
}

/// `if X then Y, …`: one move per X — a holiday falling on a Saturday
/// cannot move both to Friday and to Monday (`duplicate-substitute`).
fn check_substitutes(cx: &mut Ctx, pairs: &[ast::Substitute]) -> Option<Vec<(Weekday, Weekday)>> {
    let mut out = Vec::with_capacity(pairs.len());
    let mut ok = true;
    for (i, (a, b)) in pairs.iter().enumerate() {
        let (Some(x), Some(y)) = (values::weekday(cx, a), values::weekday(cx, b)) else {
            ok = false;
            continue;
        };
        let span = a.span.to(b.span);
        if let Some((fa, fb)) = pairs[..i].iter().find(|(p, _)| p.value == Word::Known(x)) {
            cx.push(
                Diagnostic::error("duplicate-substitute", format!("a holiday on a {} is moved twice", values::weekday_name(x)))
                    .at(span)
                    .with_label("second move")
                    .also(fa.span.to(fb.span), "first move")
                    .help("a holiday moves to one day only: keep one `if … then …` per weekday, e.g. `if saturday then friday, if sunday then monday`"),
            );
            ok = false;
            continue;
        }
        if x == y {
            cx.push(
                Diagnostic::warning("useless-substitute", format!("`if {0} then {0}` moves nothing", values::weekday_name(x)))
                    .at(span)
                    .with_label("same weekday twice")
                    .help("name the weekday the holiday falls on, then the weekday it moves to, e.g. `if sunday then monday`"),
            );
        }
        out.push((x, y));
    }
    ok.then_some(out)
}

fn check_holiday(cx: &mut Ctx, h: &ast::HolidayClause) -> Option<Holiday> {
    let rule = check_rule(cx, &h.rule);
    let substitute = check_substitutes(cx, &h.substitute);
    let (from_year, until_year) = check_years(cx, &h.from_year, &h.until_year, "holiday")?;
    Some(Holiday {
        name: h.name.value.clone(),
        rule: rule?,
        substitute: substitute?,
        from_year,
        until_year,
    })
}

fn check_period(cx: &mut Ctx, p: &ast::Spanned<ClosedPeriod>) -> Option<Period> {
    match &p.value {
        ClosedPeriod::Yearly { from, to } => {
            let f = values::month_day(cx, from, false);
            let t = values::month_day(cx, to, false);
            Some(Period::Yearly { from: f?, to: t? })
        }
        ClosedPeriod::Date(d) => {
            let d = values::date(cx, d)?;
            Some(Period::Dates { from: d, to: d })
        }
        ClosedPeriod::Dates { from, to } => {
            let (f, t) = (values::date(cx, from), values::date(cx, to));
            let (f, t) = (f?, t?);
            if t < f {
                cx.push(
                    Diagnostic::error(
                        "closure-ends-before-start",
                        format!("the closure ends on {t}, before it starts on {f}"),
                    )
                    .at(to.span)
                    .with_label("before the first day")
                    .also(from.span, "first day")
                    .help("write the first day after `from` and the last day after `to`"),
                );
                return None;
            }
            Some(Period::Dates { from: f, to: t })
        }
        ClosedPeriod::Rule {
            rule,
            length,
            unit,
            from_year,
            until_year,
        } => {
            let r = check_rule(cx, rule);
            let days = rule_closure_days(cx, length, unit);
            let years = check_years(cx, from_year, until_year, "closure");
            let (from_year, until_year) = years?;
            Some(Period::Rule {
                rule: r?,
                days: days?,
                from_year,
                until_year,
            })
        }
    }
}

/// `for N weeks` / `for N days` of a rule closure, in days.
fn rule_closure_days(
    cx: &mut Ctx,
    length: &ast::Spanned<i64>,
    unit: &ast::Spanned<Word<Unit>>,
) -> Option<u32> {
    let per = match values::unit(cx, unit)? {
        Unit::Days => 1,
        Unit::Weeks => 7,
        other => {
            cx.push(
                Diagnostic::error(
                    "closure-length-unit",
                    format!("a closure lasts whole days, not {}", other.words().0 .1),
                )
                .at(unit.span)
                .with_label("not days or weeks")
                .help("write the length in days or weeks, e.g. `for 2 weeks`"),
            );
            return None;
        }
    };
    let days = length.value.saturating_mul(per);
    if !(1..=MAX_RULE_CLOSURE_DAYS).contains(&days) {
        cx.push(
            Diagnostic::error(
                "invalid-closure-length",
                format!("a closure of {days} days cannot recur every year"),
            )
            .at(length.span.to(unit.span))
            .with_label(format!("from 1 to {MAX_RULE_CLOSURE_DAYS} days"))
            .help("a closure given by a day rule recurs each year: it lasts at least a day and at most a year"),
        );
        return None;
    }
    u32::try_from(days).ok()
}

/// `from YEAR until YEAR` of a holiday or closure; `None` after an error.
#[allow(clippy::type_complexity)]
fn check_years(
    cx: &mut Ctx,
    from_year: &Option<ast::Spanned<i64>>,
    until_year: &Option<ast::Spanned<i64>>,
    what: &str,
) -> Option<(Option<i32>, Option<i32>)> {
    let from = from_year.as_ref().map(|y| values::year(cx, y));
    let until = until_year.as_ref().map(|y| values::year(cx, y));
    if let (Some(Some(f)), Some(Some(u)), Some(fs), Some(us)) = (from, until, from_year, until_year)
    {
        if f > u {
            cx.push(
                Diagnostic::error(
                    "years-reversed",
                    format!("the {what} starts in {f} but ends in {u}"),
                )
                .at(us.span)
                .with_label("before the first year")
                .also(fs.span, "first year")
                .help("the first year must not be after the last: swap the years"),
            );
            return None;
        }
    }
    let from = match from {
        None => None,
        Some(y) => Some(y?),
    };
    let until = match until {
        None => None,
        Some(y) => Some(y?),
    };
    Some((from, until))
}

fn check_own(cx: &mut Ctx, decl: &CalendarDecl) -> Own {
    let mut own = Own {
        timezone: TzState::Unset,
        week: Week::default(),
        day_hours_span: Default::default(),
        changes: Vec::new(),
        openings: Vec::new(),
        opening_spans: Vec::new(),
        day_hours: Vec::new(),
        holidays: Vec::new(),
        closures: Vec::new(),
        postpone: None,
    };
    let mut once: HashMap<String, Span> = HashMap::new();
    let mut holiday_names: HashMap<String, Span> = HashMap::new();
    let mut closure_names: HashMap<String, Span> = HashMap::new();
    let mut opening_names: HashMap<String, Span> = HashMap::new();
    for clause in &decl.clauses {
        match &clause.kind {
            CalendarClauseKind::Timezone(name) => {
                if let Some(first) = seen(&mut once, "timezone", clause.span) {
                    duplicate(cx, "timezone", clause.span, first);
                    continue;
                }
                own.timezone = check_timezone(cx, name);
            }
            CalendarClauseKind::Workdays(w, from) => {
                let Some(from) = change_date(cx, from) else {
                    continue;
                };
                let what = dated("workdays", from);
                if let Some(first) = seen(&mut once, &what, clause.span) {
                    duplicate(cx, &what, clause.span, first);
                    continue;
                }
                let days = values::weekdays(cx, w);
                match from {
                    None => own.week.workdays = days,
                    Some(d) => own.change(d).workdays = days,
                }
            }
            CalendarClauseKind::Open { name, date } => {
                if let Some(first) = seen(&mut opening_names, &name.value, name.span) {
                    cx.push(
                        Diagnostic::error(
                            "duplicate-opening",
                            format!(
                                "opening \"{}\" is declared twice in this calendar",
                                name.value
                            ),
                        )
                        .at(name.span)
                        .with_label("declared again here")
                        .also(first, "first declared here")
                        .help("give each opening its own name, or remove one of the lines"),
                    );
                    continue;
                }
                if let Some(d) = values::date(cx, date) {
                    if let Some(&(_, first)) = own.opening_spans.iter().find(|o| o.0 == d) {
                        cx.push(
                            Diagnostic::error(
                                "duplicate-opening",
                                format!("{d} is opened twice in this calendar"),
                            )
                            .at(date.span)
                            .with_label("opened again here")
                            .also(first, "first opened here")
                            .help("keep one `open` line per date"),
                        );
                        continue;
                    }
                    own.openings.push(Opening {
                        name: name.value.clone(),
                        date: d,
                    });
                    own.opening_spans.push((d, date.span));
                }
            }
            CalendarClauseKind::Postpone(days) => {
                if let Some(first) = seen(&mut once, "deadlines move past holidays", clause.span) {
                    duplicate(cx, "deadlines move past holidays", clause.span, first);
                    continue;
                }
                own.postpone = match days {
                    None => Some(WeekdaySet::default()),
                    Some(w) => values::weekdays(cx, w),
                };
                if own.postpone.is_some_and(|set| set.0 & 0x7f == 0x7f) {
                    // Every day would move the deadline: it would never end.
                    cx.push(
                        Diagnostic::error(
                            "deadline-never-ends",
                            "a deadline that moves past every day of the week never ends",
                        )
                        .at(clause.span)
                        .help("name only the weekdays that are holidays by law, e.g. `deadlines move past holidays and sunday`"),
                    );
                    own.postpone = None;
                }
            }
            CalendarClauseKind::Hours {
                ranges,
                on,
                day,
                from,
            } => {
                let hours = check_ranges(cx, ranges);
                let Some(from) = change_date(cx, from) else {
                    continue;
                };
                if let Some(day) = day {
                    if let Some(f) = from {
                        cx.push(
                            Diagnostic::error(
                                "hours-of-day-from-date",
                                "the hours of a single day cannot change from a date",
                            )
                            .at(day.span)
                            .with_label("one day")
                            .also(clause.span, format!("in force from {f}"))
                            .help(
                                "remove `from …`: `hours … on DAY` already holds for that day only",
                            ),
                        );
                        continue;
                    }
                    let Some(of) = day_of(cx, &day.value) else {
                        continue;
                    };
                    let what = match of {
                        DayOf::Date { date } => format!("hours … on {date}"),
                        DayOf::Yearly { month, day } => {
                            format!("hours … on {} {day}", super::names::month_name(month))
                        }
                    };
                    if let Some(first) = seen(&mut once, &what, clause.span) {
                        duplicate(cx, &what, clause.span, first);
                        continue;
                    }
                    if let Some(hours) = hours {
                        own.day_hours.push(DayHours { day: of, hours });
                    }
                    continue;
                }
                match on {
                    None => {
                        let what = dated("hours", from);
                        if let Some(first) = seen(&mut once, &what, clause.span) {
                            duplicate(cx, &what, clause.span, first);
                            continue;
                        }
                        match from {
                            None => own.week.default_hours = hours,
                            Some(d) => own.change(d).default_hours = hours,
                        }
                    }
                    Some(days) => {
                        let Some(set) = values::weekdays(cx, days) else {
                            continue;
                        };
                        for day in set.iter() {
                            let name = values::weekday_name(day);
                            let what = dated(&format!("hours … on {name}"), from);
                            if let Some(first) = seen(&mut once, &what, clause.span) {
                                duplicate(cx, &what, clause.span, first);
                                continue;
                            }
                            let i = day.num_days_from_monday() as usize;
                            match from {
                                None => {
                                    own.week.day_hours[i] = hours.clone();
                                    own.day_hours_span[i] = Some(values::weekdays_span(days));
                                }
                                Some(d) => own.change(d).day_hours[i] = hours.clone(),
                            }
                        }
                    }
                }
            }
            CalendarClauseKind::Holiday(h) => {
                if let Some(first) = seen(&mut holiday_names, &h.name.value, h.name.span) {
                    cx.push(
                        Diagnostic::error(
                            "duplicate-holiday",
                            format!(
                                "holiday \"{}\" is declared twice in this calendar",
                                h.name.value
                            ),
                        )
                        .at(h.name.span)
                        .with_label("declared again here")
                        .also(first, "first declared here")
                        .help("give each holiday its own name, or remove one of the lines"),
                    );
                    continue;
                }
                if let Some(h) = check_holiday(cx, h) {
                    own.holidays.push(h);
                }
            }
            CalendarClauseKind::Closed { name, period } => {
                if let Some(first) = seen(&mut closure_names, &name.value, name.span) {
                    cx.push(
                        Diagnostic::error(
                            "duplicate-closure",
                            format!(
                                "closure \"{}\" is declared twice in this calendar",
                                name.value
                            ),
                        )
                        .at(name.span)
                        .with_label("declared again here")
                        .also(first, "first declared here")
                        .help("give each closure its own name, or remove one of the lines"),
                    );
                    continue;
                }
                if let Some(period) = check_period(cx, period) {
                    own.closures.push(Closure {
                        name: name.value.clone(),
                        period,
                    });
                }
            }
        }
    }
    own
}

/// The date of `from DATE` after `workdays`/`hours`: `Some(None)` when
/// there is none, `None` when it is invalid (reported).
fn change_date(
    cx: &mut Ctx,
    from: &Option<ast::Spanned<ast::DateLit>>,
) -> Option<Option<NaiveDate>> {
    match from {
        None => Some(None),
        Some(d) => values::date(cx, d).map(Some),
    }
}

/// A clause's name for `duplicate-clause`, with its date if any.
fn dated(what: &str, from: Option<NaiveDate>) -> String {
    match from {
        None => what.to_string(),
        Some(d) => format!("{what} … from {d}"),
    }
}

/// The day of `hours … on DAY`.
fn day_of(cx: &mut Ctx, day: &DayOfLit) -> Option<DayOf> {
    Some(match day {
        DayOfLit::Date(d) => DayOf::Date {
            date: values::date(cx, d)?,
        },
        DayOfLit::Yearly(md) => {
            let (month, day) = values::month_day(cx, md, true)?;
            DayOf::Yearly { month, day }
        }
    })
}

/// The child calendar: the parent's clauses, then the child's own.
fn apply(parent: &Layered, own: &Own, name: &str) -> Layered {
    let mut l = parent.clone();
    l.chain = if parent.name.is_empty() {
        Vec::new()
    } else {
        std::iter::once(parent.name.clone())
            .chain(parent.chain.iter().cloned())
            .collect()
    };
    l.depth = if parent.name.is_empty() {
        0
    } else {
        parent.depth + 1
    };
    l.name = name.to_string();
    if own.timezone != TzState::Unset {
        l.timezone = own.timezone;
    }
    if own.postpone.is_some() {
        l.postpone = own.postpone;
    }
    // The child's clauses are laid over the parent's of the same date (its
    // undated ones over the parent's undated ones); the parent's other
    // dates still apply.
    l.week.overlay(&own.week);
    for (from, w) in &own.changes {
        let k = l.changes.partition_point(|(d, _)| d < from);
        match l.changes.get_mut(k) {
            Some((d, slot)) if d == from => slot.overlay(w),
            _ => l.changes.insert(k, (*from, w.clone())),
        }
    }
    for o in &own.openings {
        // Same name: the child's date replaces the parent's.
        l.openings.retain(|x| x.name != o.name);
        let k = l.openings.partition_point(|x| x.date <= o.date);
        l.openings.insert(k, o.clone());
    }
    for h in &own.day_hours {
        match l.day_hours.iter_mut().find(|x| x.day == h.day) {
            Some(slot) => *slot = h.clone(),
            None => l.day_hours.push(h.clone()),
        }
    }
    for h in &own.holidays {
        match l.holidays.iter_mut().find(|x| x.name == h.name) {
            Some(slot) => *slot = h.clone(),
            None => l.holidays.push(h.clone()),
        }
    }
    for c in &own.closures {
        match l.closures.iter_mut().find(|x| x.name == c.name) {
            Some(slot) => *slot = c.clone(),
            None => l.closures.push(c.clone()),
        }
    }
    l
}

enum Parent {
    None,
    User(usize),
    Builtin(usize),
    /// Unknown name, already reported.
    Bad,
}

/// Every calendar declaration resolved: `layers[i]` is `None` when the
/// calendar cannot be built (unknown parent, cycle, too deep — reported
/// once) or is a duplicate of an earlier name.
pub(crate) struct Resolved {
    pub layers: Vec<Option<Layered>>,
    /// Built-ins reached through `extends`, in first-use order.
    pub builtins_used: Vec<usize>,
    duplicate: Vec<bool>,
    day_hours_span: Vec<[Option<Span>; 7]>,
    /// Each declaration's own opened dates and where they are written.
    openings: Vec<Vec<(NaiveDate, Span)>>,
}

pub(crate) fn resolve(cx: &mut Ctx, decls: &[&CalendarDecl], builtins: &[Layered]) -> Resolved {
    let builtin_of = |name: &str| builtins.iter().position(|b| b.name == name);
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut duplicate = vec![false; decls.len()];
    for (i, d) in decls.iter().enumerate() {
        let name = d.name.value.as_str();
        if let Some(&first) = index.get(name) {
            cx.push(
                Diagnostic::error(
                    "duplicate-calendar",
                    format!("calendar \"{name}\" is declared twice"),
                )
                .at(d.name.span)
                .with_label("declared again here")
                .also(decls[first].name.span, "first declared here")
                .help("rename one of the calendars, or merge their clauses into one"),
            );
            duplicate[i] = true;
            continue;
        }
        index.insert(name, i);
        let extends_itself = d.extends.as_ref().is_some_and(|e| e.value == name);
        if builtin_of(name).is_some() && !extends_itself {
            cx.push(
                Diagnostic::warning("shadowed-builtin", format!("this calendar replaces the built-in calendar \"{name}\""))
                    .at(d.name.span)
                    .with_label("same name as a built-in calendar")
                    .help(format!(
                        "every `on \"{name}\"` in this file now means this calendar; to build on the built-in one, write `calendar \"{name}\" extends \"{name}\"`, or choose another name"
                    )),
            );
        }
    }
    let owns: Vec<Own> = decls.iter().map(|d| check_own(cx, d)).collect();
    let mut builtins_used = Vec::new();
    let mut parents = Vec::with_capacity(decls.len());
    for (i, d) in decls.iter().enumerate() {
        let parent = match &d.extends {
            None => Parent::None,
            Some(_) if duplicate[i] => Parent::Bad,
            Some(e) => {
                let target = e.value.as_str();
                let builtin = builtin_of(target);
                match (index.get(target), builtin) {
                    (Some(&j), Some(b)) if j == i => {
                        if !builtins_used.contains(&b) {
                            builtins_used.push(b);
                        }
                        Parent::Builtin(b)
                    }
                    (Some(&j), _) => Parent::User(j),
                    (None, Some(b)) => {
                        if !builtins_used.contains(&b) {
                            builtins_used.push(b);
                        }
                        Parent::Builtin(b)
                    }
                    (None, None) => {
                        let others: Vec<&str> = decls
                            .iter()
                            .filter(|x| !std::ptr::eq(**x, *d))
                            .map(|x| x.name.value.as_str())
                            .collect();
                        unknown_calendar(cx, e, &others, builtins);
                        Parent::Bad
                    }
                }
            }
        };
        parents.push(parent);
    }

    let n = decls.len();
    let mut state: Vec<Option<Option<Layered>>> = vec![None; n];
    let mut on_path = vec![false; n];
    for start in 0..n {
        if duplicate[start] {
            state[start] = Some(None);
            continue;
        }
        if state[start].is_some() {
            continue;
        }
        let mut path: Vec<usize> = Vec::new();
        let mut cur = start;
        let mut base: Option<Layered>;
        loop {
            if let Some(done) = &state[cur] {
                base = done.clone();
                break;
            }
            if on_path[cur] {
                let pos = path.iter().position(|&p| p == cur).unwrap_or(0);
                let members: Vec<usize> = path.split_off(pos);
                report_cycle(cx, decls, &members);
                for &m in &members {
                    on_path[m] = false;
                    state[m] = Some(None);
                }
                base = None;
                break;
            }
            on_path[cur] = true;
            path.push(cur);
            match parents[cur] {
                Parent::None => {
                    base = Some(Layered::root());
                    break;
                }
                Parent::User(j) => cur = j,
                Parent::Builtin(b) => {
                    base = builtins.get(b).cloned();
                    break;
                }
                Parent::Bad => {
                    base = None;
                    break;
                }
            }
        }
        for &k in path.iter().rev() {
            on_path[k] = false;
            let layer = match &base {
                None => None,
                Some(p) if p.depth >= MAX_EXTENDS_DEPTH && !p.name.is_empty() => {
                    if let Some(e) = &decls[k].extends {
                        cx.push(
                            Diagnostic::error("extends-too-deep", format!("calendar \"{}\" is more than {MAX_EXTENDS_DEPTH} `extends` away from its root", decls[k].name.value))
                                .at(e.span)
                                .with_label("chain too long")
                                .help("extend a calendar nearer the root: each calendar inherits everything from its parent, so long chains are never needed"),
                        );
                    }
                    None
                }
                Some(p) => Some(apply(p, &owns[k], &decls[k].name.value)),
            };
            state[k] = Some(layer.clone());
            base = layer;
        }
    }
    Resolved {
        layers: state.into_iter().map(Option::flatten).collect(),
        builtins_used,
        duplicate,
        day_hours_span: owns.iter().map(|o| o.day_hours_span).collect(),
        openings: owns.into_iter().map(|o| o.opening_spans).collect(),
    }
}

fn report_cycle(cx: &mut Ctx, decls: &[&CalendarDecl], members: &[usize]) {
    let Some(&first) = members.iter().min_by_key(|&&m| decls[m].span.start) else {
        return;
    };
    let decl = decls[first];
    let span = decl.extends.as_ref().map_or(decl.name.span, |e| e.span);
    let message = if members.len() == 1 {
        format!("calendar \"{}\" extends itself", decl.name.value)
    } else {
        let names: Vec<&str> = members
            .iter()
            .map(|&m| decls[m].name.value.as_str())
            .collect();
        format!(
            "calendars {} extend each other in a cycle",
            quoted_list(names)
        )
    };
    let mut d = Diagnostic::error("extends-cycle", message)
        .at(span)
        .with_label(format!(
            "\"{}\" extends \"{}\"",
            decl.name.value,
            decl.extends.as_ref().map_or("", |e| e.value.as_str())
        ));
    for &m in members {
        if m == first {
            continue;
        }
        if let Some(e) = &decls[m].extends {
            d = d.also(
                e.span,
                format!("\"{}\" extends \"{}\"", decls[m].name.value, e.value),
            );
        }
    }
    cx.push(d.help("remove one `extends` so the chain ends at a calendar that extends nothing, such as \"quebec\""));
}

pub(crate) fn unknown_calendar(
    cx: &mut Ctx,
    name: &ast::Name,
    declared: &[&str],
    builtins: &[Layered],
) {
    if cx.may_be_declared(&name.value) {
        return;
    }
    let builtin_names: Vec<&str> = builtins.iter().map(|b| b.name.as_str()).collect();
    let mut d = Diagnostic::error(
        "unknown-calendar",
        format!("unknown calendar \"{}\"", name.value),
    )
    .at(name.span)
    .with_label("no calendar has this name");
    d = if declared.is_empty() {
        d.help(format!(
            "declare it with `calendar \"{}\" {{ … }}`, or use a built-in calendar: {}",
            name.value,
            quoted_list(builtin_names.iter().copied())
        ))
    } else {
        d.help(format!(
            "calendars in this file: {}; built in: {}",
            quoted_list(declared.iter().copied()),
            quoted_list(builtin_names.iter().copied())
        ))
    };
    if let Some(best) = closest(&name.value, declared.iter().chain(&builtin_names).copied()) {
        d = d.suggest(format!("\"{best}\""));
    }
    cx.push(d);
}

/// Calendars by name, for standards: the file's own, then built-ins as
/// they are first used.
pub(crate) struct CalendarTable<'b> {
    calendars: Vec<Calendar>,
    /// Declared names in order (duplicates once) and where each went:
    /// `None` when it could not be built (already reported).
    declared: Vec<(String, Option<usize>)>,
    builtins: &'b [Layered],
    builtin_slots: HashMap<usize, usize>,
}

impl<'b> CalendarTable<'b> {
    fn include_builtin(&mut self, b: usize) -> Option<usize> {
        if let Some(&i) = self.builtin_slots.get(&b) {
            return Some(i);
        }
        let cal = self.builtins.get(b)?.to_model()?;
        self.calendars.push(cal);
        let i = self.calendars.len() - 1;
        self.builtin_slots.insert(b, i);
        Some(i)
    }

    /// Resolves `on "name"`; reports an unknown name (once per reference).
    /// `None`: unknown, or known but broken (reported where it is declared).
    pub fn reference(&mut self, cx: &mut Ctx, name: &ast::Name) -> Option<usize> {
        if let Some((_, slot)) = self.declared.iter().find(|(n, _)| *n == name.value) {
            return *slot;
        }
        if let Some(b) = self.builtins.iter().position(|b| b.name == name.value) {
            return self.include_builtin(b);
        }
        let declared: Vec<&str> = self.declared.iter().map(|(n, _)| n.as_str()).collect();
        unknown_calendar(cx, name, &declared, self.builtins);
        None
    }

    /// How many calendars the file declares (built-ins not counted).
    pub fn declared_count(&self) -> usize {
        self.declared.len()
    }

    pub fn declared_names(&self) -> impl Iterator<Item = &str> {
        self.declared.iter().map(|(n, _)| n.as_str())
    }

    /// The file's first declared calendar.
    pub fn default_calendar(&self) -> Option<usize> {
        self.declared.first().and_then(|(_, slot)| *slot)
    }

    pub fn into_calendars(self) -> Vec<Calendar> {
        self.calendars
    }
}

/// Checks every calendar of a file.
pub(crate) fn check_calendars<'b>(
    cx: &mut Ctx,
    file: &ast::File,
    builtins: &'b [Layered],
) -> CalendarTable<'b> {
    let decls: Vec<&CalendarDecl> = file
        .items
        .iter()
        .filter_map(|item| match item {
            ast::Item::Calendar(c) => Some(c),
            _ => None,
        })
        .collect();
    let resolved = resolve(cx, &decls, builtins);
    // What a calendar inherits may be in a gap: in its own text, or in a
    // calendar it may extend (coarsely: any incomplete calendar, or an
    // unreadable item of the name it extends).
    let any_incomplete = decls.iter().any(|d| !cx.complete(d.span));
    let whole = |cx: &Ctx, d: &CalendarDecl| {
        cx.complete(d.span)
            && d.extends
                .as_ref()
                .is_none_or(|e| !any_incomplete && !cx.may_be_declared(&e.value))
    };
    let mut table = CalendarTable {
        calendars: Vec::new(),
        declared: Vec::new(),
        builtins,
        builtin_slots: HashMap::new(),
    };
    for (i, decl) in decls.iter().enumerate() {
        if resolved.duplicate[i] {
            continue;
        }
        let slot = match &resolved.layers[i] {
            None => None,
            Some(layer) => {
                let whole = whole(cx, decl);
                if layer.timezone == TzState::Unset && whole {
                    cx.push(
                        Diagnostic::error("missing-timezone", format!("calendar \"{}\" has no time zone", decl.name.value))
                            .at(decl.name.span)
                            .with_label("no `timezone` here or in a calendar it extends")
                            .help("add a line `timezone \"America/Toronto\"` to the calendar, or write `extends \"quebec\"` to inherit the Quebec calendar"),
                    );
                }
                // A weekday's hours matter if it is a workday at some
                // date, or the weekday of an opened date.
                let mut workdays = layer.week.workdays();
                for (_, w) in &layer.changes {
                    workdays.0 |= w.workdays.map_or(0, |w| w.0);
                }
                for o in &layer.openings {
                    workdays.insert(o.date.weekday());
                }
                for (d, span) in resolved.day_hours_span[i].iter().enumerate() {
                    let day = weekday_at(d);
                    if let Some(span) = span {
                        if !workdays.contains(day) && whole {
                            cx.push(
                                Diagnostic::warning("hours-on-non-workday", format!("{} is not a workday: these hours have no effect", values::weekday_name(day)))
                                    .at(*span)
                                    .with_label("not a workday")
                                    .help(format!("add {} to `workdays` if the offices open that day, or remove these hours", values::weekday_name(day))),
                            );
                        }
                    }
                }
                if whole {
                    check_openings(cx, layer, &resolved.openings[i]);
                }
                layer.to_model().map(|cal| {
                    table.calendars.push(cal);
                    table.calendars.len() - 1
                })
            }
        };
        table.declared.push((decl.name.value.clone(), slot));
    }
    for b in resolved.builtins_used {
        // `calendar "quebec" extends "quebec"`: the file's own replaces it.
        let shadowed = builtins
            .get(b)
            .is_some_and(|l| table.declared.iter().any(|(n, _)| *n == l.name));
        if !shadowed {
            table.include_builtin(b);
        }
    }
    table
}

/// An opened date that is already a workday changes nothing; one that a
/// holiday or closure closes stays closed (they win).
fn check_openings(cx: &mut Ctx, layer: &Layered, openings: &[(NaiveDate, Span)]) {
    use crate::calendar::rules::{occurrences, period_contains};
    for &(d, span) in openings {
        let mut on = Vec::new();
        let holiday = layer.holidays.iter().find(|h| {
            on.clear();
            occurrences(h, d, d, &mut on);
            !on.is_empty()
        });
        let closed_by = match holiday {
            Some(h) => Some(format!("holiday \"{}\"", h.name)),
            None => layer
                .closures
                .iter()
                .find(|c| period_contains(&c.period, d))
                .map(|c| format!("closure \"{}\"", c.name)),
        };
        if let Some(by) = closed_by {
            cx.push(
                Diagnostic::warning(
                    "open-on-closed-day",
                    format!("{d} is closed by the {by}: opening it has no effect"),
                )
                .at(span)
                .with_label("still closed")
                .help("a holiday or closure wins over an opening: remove the opening, or the holiday or closure that day"),
            );
        } else if layer.week_on(d).workdays().contains(d.weekday()) {
            let day = values::weekday_name(d.weekday());
            cx.push(
                Diagnostic::warning(
                    "open-on-workday",
                    format!("{d} is a {day}, already a workday: opening it has no effect"),
                )
                .at(span)
                .with_label("already a business day")
                .help("`open` makes a non-working day a business day, e.g. a Saturday; to change its hours write `hours 08:30-12:00 on DATE`"),
            );
        }
    }
}

fn weekday_at(i: usize) -> Weekday {
    // chrono numbers weekdays from Monday = 0, as `Calendar.hours` does.
    Weekday::try_from((i % 7) as u8).unwrap_or(Weekday::Mon)
}
