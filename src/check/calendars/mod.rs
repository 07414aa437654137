//! Calendars: each declaration's clauses checked (`clauses`), then
//! `extends` chains flattened (`extends`), then lowered to
//! [`crate::model::Calendar`] here; standards find calendars by name,
//! built-ins included, through `table`. This module holds what they
//! share: the layered form a child inherits and the checks run on it.

use super::names::{closest, quoted_list};
use super::{values, Ctx};
use crate::calendar::Zone;
use crate::diagnostic::{msg, Code, Diagnostic, Span};
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
        Diagnostic::error(Code::DuplicateClause, msg::DUPLICATE_CLAUSE.text([&what]))
            .at(span)
            .with_label(msg::DUPLICATE_CLAUSE_LABEL.text([]))
            .also(first, msg::DUPLICATE_CLAUSE_NOTE.text([]))
            .help(msg::DUPLICATE_CLAUSE_HELP.text([&what])),
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

mod clauses;
mod extends;
mod table;

use clauses::check_own;
pub(crate) use extends::resolve;
pub(crate) use table::{unknown_calendar, CalendarTable};

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
        exported: Vec::new(),
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
                        Diagnostic::error(
                            Code::MissingTimezone,
                            msg::MISSING_TIMEZONE.text([&decl.name.value]),
                        )
                        .at(decl.name.span)
                        .with_label(msg::MISSING_TIMEZONE_LABEL.text([]))
                        .help(msg::MISSING_TIMEZONE_HELP.text([])),
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
                                Diagnostic::warning(
                                    Code::HoursOnNonWorkday,
                                    msg::HOURS_ON_NON_WORKDAY.text([&values::weekday_name(day)]),
                                )
                                .at(*span)
                                .with_label(msg::HOURS_ON_NON_WORKDAY_LABEL.text([]))
                                .help(
                                    msg::HOURS_ON_NON_WORKDAY_HELP
                                        .text([&values::weekday_name(day)]),
                                ),
                            );
                        }
                    }
                }
                if whole {
                    check_openings(cx, layer, &resolved.openings[i]);
                }
                layer.to_model().map(|cal| {
                    let mut export = layer.clone();
                    export.name.clone_from(&decl.name.value);
                    table.exported.push(export);
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
            Some(h) => Some(msg::CLOSED_BY_HOLIDAY.text([&h.name])),
            None => layer
                .closures
                .iter()
                .find(|c| period_contains(&c.period, d))
                .map(|c| msg::CLOSED_BY_CLOSURE.text([&c.name])),
        };
        if let Some(by) = closed_by {
            cx.push(
                Diagnostic::warning(
                    Code::OpenOnClosedDay,
                    msg::OPEN_ON_CLOSED_DAY.text([&d, &by]),
                )
                .at(span)
                .with_label(msg::OPEN_ON_CLOSED_DAY_LABEL.text([]))
                .help(msg::OPEN_ON_CLOSED_DAY_HELP.text([])),
            );
        } else if layer.week_on(d).workdays().contains(d.weekday()) {
            let day = values::weekday_name(d.weekday());
            cx.push(
                Diagnostic::warning(Code::OpenOnWorkday, msg::OPEN_ON_WORKDAY.text([&d, &day]))
                    .at(span)
                    .with_label(msg::OPEN_ON_WORKDAY_LABEL.text([]))
                    .help(msg::OPEN_ON_WORKDAY_HELP.text([])),
            );
        }
    }
}

fn weekday_at(i: usize) -> Weekday {
    // chrono numbers weekdays from Monday = 0, as `Calendar.hours` does.
    Weekday::try_from((i % 7) as u8).unwrap_or(Weekday::Mon)
}
