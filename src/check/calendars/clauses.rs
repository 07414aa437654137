//! Each clause of one calendar declaration checked on its own: time zone,
//! hours, day rules, holidays, closures, dated changes (before `extends`
//! lays declarations over each other, `super::extends`).

use super::*;
use crate::fmt::spelling::{self, keywords};
use crate::model::Lang;

fn check_timezone(cx: &mut Ctx, name: &ast::Name) -> TzState {
    let text = name.value.as_str();
    match crate::calendar::tz::parse(text) {
        Some(tz) => {
            if matches!(text, "EST" | "MST" | "HST") {
                let mut d = Diagnostic::warning(
                    Code::TimezoneWithoutDst,
                    msg::TIMEZONE_WITHOUT_DST.text([&text]),
                )
                .at(name.span)
                .with_label(msg::TIMEZONE_WITHOUT_DST_LABEL.text([]));
                d = if text == "EST" {
                    d.help(msg::TIMEZONE_WITHOUT_DST_HELP.text([]))
                        .suggest("\"America/Toronto\"")
                } else {
                    d.help(msg::TIMEZONE_WITHOUT_DST_HELP_USE_THE_IANA.text([]))
                };
                cx.push(d);
            }
            TzState::Set(tz)
        }
        None => {
            let mut d =
                Diagnostic::error(Code::UnknownTimezone, msg::UNKNOWN_TIMEZONE.text([&text]))
                    .at(name.span)
                    .with_label(msg::UNKNOWN_TIMEZONE_LABEL.text([]))
                    .help(msg::UNKNOWN_TIMEZONE_HELP.text([]));
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
    let folded = crate::check::names::fold(text);
    if let Some(exact) = names().find(|n| crate::check::names::fold(n) == folded) {
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
                Diagnostic::error(
                    Code::HoursEndBeforeStart,
                    msg::HOURS_END_BEFORE_START.text([]),
                )
                .at(r.span)
                .with_label(if to == from {
                    msg::HOURS_END_BEFORE_START_LABEL_EMPTY.text([])
                } else {
                    msg::HOURS_END_BEFORE_START_LABEL.text([])
                })
                .help(msg::HOURS_END_BEFORE_START_HELP.text([])),
            );
            ok = false;
            continue;
        }
        out.push(((from, to), r.span));
    }
    crate::syntax::order::by_key(&mut out, |&((from, to), _)| [from as usize, to as usize, 0]);
    for pair in out.windows(2) {
        let ((a, a_span), (b, b_span)) = (pair[0], pair[1]);
        if b.0 < a.1 {
            let (first, second) = if a_span.start <= b_span.start {
                (a_span, b_span)
            } else {
                (b_span, a_span)
            };
            cx.push(
                Diagnostic::error(Code::OverlappingHours, msg::OVERLAPPING_HOURS.text([]))
                    .at(second)
                    .with_label(msg::OVERLAPPING_HOURS_LABEL.text([]))
                    .also(first, msg::OVERLAPPING_HOURS_NOTE.text([]))
                    .help(msg::OVERLAPPING_HOURS_HELP.text([])),
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
                    Diagnostic::warning(Code::FifthWeekday, msg::FIFTH_WEEKDAY.text([]))
                        .at(ordinal.span)
                        .with_label(msg::FIFTH_WEEKDAY_LABEL.text([]))
                        .help(msg::FIFTH_WEEKDAY_HELP.text([])),
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
                    Diagnostic::error(
                        Code::EasterOffsetTooLarge,
                        msg::EASTER_OFFSET_TOO_LARGE.text([&offset_days.value]),
                    )
                    .at(offset_days.span)
                    .with_label(msg::EASTER_OFFSET_TOO_LARGE_LABEL.text([&MAX_EASTER_OFFSET]))
                    .help(msg::EASTER_OFFSET_TOO_LARGE_HELP.text([])),
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
                Diagnostic::error(
                    Code::DuplicateSubstitute,
                    msg::DUPLICATE_SUBSTITUTE.text([&values::weekday_name(x)]),
                )
                .at(span)
                .with_label(msg::DUPLICATE_SUBSTITUTE_LABEL.text([]))
                .also(fa.span.to(fb.span), msg::DUPLICATE_SUBSTITUTE_NOTE.text([]))
                .help(msg::DUPLICATE_SUBSTITUTE_HELP.text([])),
            );
            ok = false;
            continue;
        }
        if x == y {
            cx.push(
                Diagnostic::warning(
                    Code::UselessSubstitute,
                    msg::USELESS_SUBSTITUTE.text([&values::weekday_name(x)]),
                )
                .at(span)
                .with_label(msg::USELESS_SUBSTITUTE_LABEL.text([]))
                .help(msg::USELESS_SUBSTITUTE_HELP.text([])),
            );
        }
        out.push((x, y));
    }
    ok.then_some(out)
}

fn check_holiday(cx: &mut Ctx, h: &ast::HolidayClause) -> Option<Holiday> {
    let rule = check_rule(cx, &h.rule);
    let substitute = check_substitutes(cx, &h.substitute);
    let (from_year, until_year) =
        check_years(cx, &h.from_year, &h.until_year, msg::YEARS_OF_HOLIDAY)?;
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
                        Code::ClosureEndsBeforeStart,
                        msg::CLOSURE_ENDS_BEFORE_START.text([&t, &f]),
                    )
                    .at(to.span)
                    .with_label(msg::CLOSURE_ENDS_BEFORE_START_LABEL.text([]))
                    .also(from.span, msg::CLOSURE_ENDS_BEFORE_START_NOTE.text([]))
                    .help(msg::CLOSURE_ENDS_BEFORE_START_HELP.text([])),
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
            let years = check_years(cx, from_year, until_year, msg::YEARS_OF_CLOSURE);
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
                    Code::ClosureLengthUnit,
                    msg::CLOSURE_LENGTH_UNIT.text([&other.plural_for_messages()]),
                )
                .at(unit.span)
                .with_label(msg::CLOSURE_LENGTH_UNIT_LABEL.text([]))
                .help(msg::CLOSURE_LENGTH_UNIT_HELP.text([])),
            );
            return None;
        }
    };
    let days = length.value.saturating_mul(per);
    if !(1..=MAX_RULE_CLOSURE_DAYS).contains(&days) {
        cx.push(
            Diagnostic::error(
                Code::InvalidClosureLength,
                msg::INVALID_CLOSURE_LENGTH.text([&days]),
            )
            .at(length.span.to(unit.span))
            .with_label(msg::INVALID_CLOSURE_LENGTH_LABEL.text([&MAX_RULE_CLOSURE_DAYS]))
            .help(msg::INVALID_CLOSURE_LENGTH_HELP.text([])),
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
    what: crate::diagnostic::catalogue::Msg<0>,
) -> Option<(Option<i32>, Option<i32>)> {
    let from = from_year.as_ref().map(|y| values::year(cx, y));
    let until = until_year.as_ref().map(|y| values::year(cx, y));
    if let (Some(Some(f)), Some(Some(u)), Some(fs), Some(us)) = (from, until, from_year, until_year)
    {
        if f > u {
            cx.push(
                Diagnostic::error(
                    Code::YearsReversed,
                    msg::YEARS_REVERSED.text([&what.text([]), &f, &u]),
                )
                .at(us.span)
                .with_label(msg::YEARS_REVERSED_LABEL.text([]))
                .also(fs.span, msg::YEARS_REVERSED_NOTE.text([]))
                .help(msg::YEARS_REVERSED_HELP.text([])),
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

pub(super) fn check_own(cx: &mut Ctx, decl: &CalendarDecl) -> Own {
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
                let what = keywords(cx.lang).timezone;
                if let Some(first) = seen(&mut once, what, clause.span) {
                    duplicate(cx, what, clause.span, first);
                    continue;
                }
                own.timezone = check_timezone(cx, name);
            }
            CalendarClauseKind::Workdays(w, from) => {
                let Some(from) = change_date(cx, from) else {
                    continue;
                };
                let what = dated(cx.lang, keywords(cx.lang).workdays, from);
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
                            Code::DuplicateOpening,
                            msg::DUPLICATE_OPENING.text([&name.value]),
                        )
                        .at(name.span)
                        .with_label(msg::DUPLICATE_OPENING_LABEL.text([]))
                        .also(first, msg::FIRST_DECLARED_HERE.text([]))
                        .help(msg::DUPLICATE_OPENING_HELP.text([])),
                    );
                    continue;
                }
                if let Some(d) = values::date(cx, date) {
                    if let Some(&(_, first)) = own.opening_spans.iter().find(|o| o.0 == d) {
                        cx.push(
                            Diagnostic::error(
                                Code::DuplicateOpening,
                                msg::DUPLICATE_OPENING_DATE.text([&d]),
                            )
                            .at(date.span)
                            .with_label(msg::DUPLICATE_OPENING_LABEL_OPENED_AGAIN_HERE.text([]))
                            .also(
                                first,
                                msg::DUPLICATE_OPENING_NOTE_FIRST_OPENED_HERE.text([]),
                            )
                            .help(msg::DUPLICATE_OPENING_HELP_KEEP_ONE_OPEN.text([])),
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
                let what = keywords(cx.lang).postpone;
                if let Some(first) = seen(&mut once, what, clause.span) {
                    duplicate(cx, what, clause.span, first);
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
                            Code::DeadlineNeverEnds,
                            msg::DEADLINE_NEVER_ENDS.text([]),
                        )
                        .at(clause.span)
                        .help(msg::DEADLINE_NEVER_ENDS_HELP.text([])),
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
                                Code::HoursOfDayFromDate,
                                msg::HOURS_OF_DAY_FROM_DATE.text([]),
                            )
                            .at(day.span)
                            .with_label(msg::HOURS_OF_DAY_FROM_DATE_LABEL.text([]))
                            .also(clause.span, msg::HOURS_OF_DAY_FROM_DATE_NOTE.text([&f]))
                            .help(msg::HOURS_OF_DAY_FROM_DATE_HELP.text([])),
                        );
                        continue;
                    }
                    let Some(of) = day_of(cx, &day.value) else {
                        continue;
                    };
                    let k = keywords(cx.lang);
                    let what = match of {
                        DayOf::Date { date } => format!("{} … {} {date}", k.hours, k.hours_on),
                        DayOf::Yearly { month, day } => {
                            let name = spelling::month(cx.lang, month);
                            match cx.lang {
                                Lang::En => format!("{} … {} {name} {day}", k.hours, k.hours_on),
                                Lang::Fr => format!("{} … {} {day} {name}", k.hours, k.hours_on),
                            }
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
                        let what = dated(cx.lang, keywords(cx.lang).hours, from);
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
                            let k = keywords(cx.lang);
                            let name = spelling::weekday(cx.lang, day);
                            let what = dated(
                                cx.lang,
                                &format!("{} … {} {name}", k.hours, k.hours_on),
                                from,
                            );
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
                            Code::DuplicateHoliday,
                            msg::DUPLICATE_HOLIDAY.text([&h.name.value]),
                        )
                        .at(h.name.span)
                        .with_label(msg::DUPLICATE_OPENING_LABEL.text([]))
                        .also(first, msg::FIRST_DECLARED_HERE.text([]))
                        .help(msg::DUPLICATE_HOLIDAY_HELP.text([])),
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
                            Code::DuplicateClosure,
                            msg::DUPLICATE_CLOSURE.text([&name.value]),
                        )
                        .at(name.span)
                        .with_label(msg::DUPLICATE_OPENING_LABEL.text([]))
                        .also(first, msg::FIRST_DECLARED_HERE.text([]))
                        .help(msg::DUPLICATE_CLOSURE_HELP.text([])),
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
/// A clause's name in the file's keywords, with the date it is in force
/// from when it has one (two `workdays` lines are a duplicate only from the
/// same date).
fn dated(lang: Lang, what: &str, from: Option<NaiveDate>) -> String {
    match from {
        None => what.to_string(),
        Some(d) => format!("{what} … {} {d}", keywords(lang).change_from),
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
