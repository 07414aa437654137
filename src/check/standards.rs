//! Standards: clauses checked and lowered to [`crate::model::Standard`];
//! tiers, calendars, versions.

use super::calendars::{duplicate, seen, CalendarTable};
use super::names::quoted_list;
use super::{before, requires};
use super::{coverage, exprs, values, Ctx};
use crate::diagnostic::{msg, Code, Diagnostic, Span};
use crate::model::{Alternative, Effective, Expr, Extension, Standard, Texts, Tier, Unit};
use crate::syntax::ast::{self, Lang, Name, StandardClauseKind, StandardDecl, TierCondition};
use std::collections::HashMap;

/// A checked standard, with what later checks need to point at it.
pub(crate) struct Checked {
    pub standard: Standard,
    pub name_span: Span,
    /// The `effective` clause, if any, when it checked.
    effective_span: Option<Span>,
    effective_ok: bool,
    /// No clause of it was lost to a syntax error.
    pub complete: bool,
}

const DEFAULT_START: &str = "received";
const DEFAULT_STOP: &str = "completed";

pub(crate) fn check_standards(
    cx: &mut Ctx,
    file: &ast::File,
    cals: &mut CalendarTable,
) -> Vec<Checked> {
    let mut out: Vec<Checked> = Vec::new();
    for item in &file.items {
        if let ast::Item::Standard(decl) = item {
            out.push(check_standard(cx, decl, cals));
        }
    }
    check_versions(cx, &out);
    out
}

fn language_name(l: Lang) -> String {
    match l {
        Lang::En => msg::LANGUAGE_ENGLISH.text([]),
        Lang::Fr => msg::LANGUAGE_FRENCH.text([]),
    }
}

fn set_text(
    cx: &mut Ctx,
    texts: &mut Texts,
    seen_at: &mut HashMap<String, Span>,
    what: &str,
    lang: Lang,
    text: &ast::Name,
    span: Span,
) {
    let key = format!("{what} {}", lang.tag());
    if let Some(first) = seen(seen_at, &key, span) {
        cx.push(
            Diagnostic::error(
                Code::DuplicateClause,
                msg::DUPLICATE_TEXT_CLAUSE.text([&what, &language_name(lang)]),
            )
            .at(span)
            .with_label(msg::DUPLICATE_TEXT_CLAUSE_LABEL.text([&what, &language_name(lang)]))
            .also(first, msg::DUPLICATE_CLAUSE_NOTE_FIRST_ONE.text([]))
            .help(msg::DUPLICATE_TEXT_CLAUSE_HELP.text([&what])),
        );
        return;
    }
    let slot = match lang {
        Lang::En => &mut texts.en,
        Lang::Fr => &mut texts.fr,
    };
    *slot = Some(text.value.clone());
}

/// A `promise`'s placeholders other than `{date}`: an error each, on the
/// sentence (its string's span holds no offsets of what it contains).
fn unknown_placeholders(cx: &mut Ctx, text: &ast::Name) {
    for name in crate::text::write::template::unknown_placeholders(&text.value) {
        cx.push(
            Diagnostic::error(
                Code::UnknownPlaceholder,
                msg::UNKNOWN_PLACEHOLDER.text([&name]),
            )
            .at(text.span)
            .with_label(msg::UNKNOWN_PLACEHOLDER_LABEL.text([]))
            .help(msg::UNKNOWN_PLACEHOLDER_HELP.text([])),
        );
    }
}

/// `stops at "a" [or "b" …]`: the first event is `stop_event`, the others
/// `other_stop_events`. Each must differ from the start (unless the
/// standard counts backward, where `before.rs` compares them with the
/// anchor) and from the events named before it in the list.
fn stop_events(
    cx: &mut Ctx,
    std: &mut Standard,
    names: &[Name],
    start_span: Option<Span>,
    backward: bool,
) {
    let kept = distinct(cx, names, Code::DuplicateStopEvent);
    for name in &kept {
        if std.start_events().any(|s| s == name.value) && !backward {
            let mut d = Diagnostic::error(
                Code::SameStartAndStop,
                msg::SAME_START_AND_STOP_EVENT.text([&name.value]),
            )
            .at(name.span)
            .with_label(msg::SAME_START_AND_STOP_LABEL_SAME_EVENT_AS.text([]));
            if let Some(s) = start_span {
                d = d.also(s, msg::SAME_START_AND_STOP_NOTE_STARTS_HERE.text([]));
            }
            cx.push(d.help(msg::SAME_START_AND_STOP_DEFAULT_HELP.text([&std.start_event])));
        }
    }
    let mut events = kept.into_iter().map(|n| n.value.clone());
    if let Some(first) = events.next() {
        std.stop_event = first;
    }
    std.other_stop_events = events.collect();
}

/// The names of a `starts at` / `stops at` line, each once; a name
/// written again is an error (`code`: which line it is on).
fn distinct<'n>(cx: &mut Ctx, names: &'n [Name], code: Code) -> Vec<&'n Name> {
    let (message, help) = match code {
        Code::DuplicateStartEvent => (msg::DUPLICATE_START_EVENT, msg::DUPLICATE_START_EVENT_HELP),
        _ => (msg::DUPLICATE_STOP_EVENT, msg::DUPLICATE_STOP_EVENT_HELP),
    };
    let mut kept: Vec<&Name> = Vec::new();
    for name in names {
        match kept.iter().find(|k| k.value == name.value) {
            Some(first) => cx.push(
                Diagnostic::error(code, message.text([&name.value]))
                    .at(name.span)
                    .with_label(msg::DUPLICATE_STOP_EVENT_LABEL.text([]))
                    .also(first.span, msg::DUPLICATE_STOP_EVENT_NOTE.text([]))
                    .help(help.text([])),
            ),
            None => kept.push(name),
        }
    }
    kept
}

/// `starts at "a" and "b"`: the first is `start_event`, the others
/// `other_start_events`; an event named twice is an error.
fn start_events(cx: &mut Ctx, std: &mut Standard, names: &[Name]) {
    let kept = distinct(cx, names, Code::DuplicateStartEvent);
    let mut events = kept.into_iter().map(|n| n.value.clone());
    if let Some(first) = events.next() {
        std.start_event = first;
    }
    std.other_start_events = events.collect();
}

fn check_standard(cx: &mut Ctx, decl: &StandardDecl, cals: &mut CalendarTable) -> Checked {
    let mut once: HashMap<String, Span> = HashMap::new();
    let mut std = Standard {
        id: decl.name.value.clone(),
        title: Texts::default(),
        description: Texts::default(),
        promise: Texts::default(),
        applies: None,
        requires: None,
        start_event: DEFAULT_START.to_string(),
        stop_event: DEFAULT_STOP.to_string(),
        other_stop_events: Vec::new(),
        other_start_events: Vec::new(),
        usual_target: None,
        pauses: Vec::new(),
        tiers: Vec::new(),
        cutoff: None,
        extensions: Vec::new(),
        target: None,
        warn: None,
        effective: Effective::default(),
        line: cx.line_col(decl.span.start).0,
        before: false,
        unmoved: false,
    };
    // `at least … before "event"`: the start is that event (before.rs).
    // `requires …`: no clock at all (requires.rs); its clock clauses are
    // refused there, not checked as a deadline's.
    let attributes_only = requires::requires_span(decl).is_some();
    let backward = !attributes_only && before::is_backward(decl);
    let mut start_span: Option<Span> = None;
    let mut effective_span = None;
    let mut effective_ok = true;
    let mut withins: Vec<(&ast::Within, Span)> = Vec::new();
    let mut extensions: Vec<(Unit, Span)> = Vec::new();
    let mut cutoff_span = None;
    let mut unmoved_span = None;
    let mut maximum = None;
    for clause in &decl.clauses {
        let span = clause.span;
        // Clauses that may appear once, named in the file's own keywords.
        let k = crate::fmt::spelling::keywords(cx.lang);
        let unique = match &clause.kind {
            StandardClauseKind::AppliesWhen(_) => Some(k.applies_when),
            StandardClauseKind::Requires(_) => Some(k.requires),
            StandardClauseKind::StartsAt(_) => Some(k.starts_at),
            StandardClauseKind::StopsAt(_) => Some(k.stops_at),
            StandardClauseKind::Cutoff(_) => Some(k.cutoff),
            StandardClauseKind::Target(_) => Some(k.target),
            StandardClauseKind::Warn(_) => Some(k.warn_at),
            StandardClauseKind::Effective { .. } => Some(k.effective_from),
            StandardClauseKind::Unmoved => Some(k.unmoved),
            StandardClauseKind::AllWithin { .. } => Some(k.all_within),
            _ => None,
        };
        if let Some(what) = unique {
            if let Some(first) = seen(&mut once, what, span) {
                duplicate(cx, what, span, first);
                if matches!(clause.kind, StandardClauseKind::Effective { .. }) {
                    effective_ok = false;
                }
                continue;
            }
        }
        match &clause.kind {
            StandardClauseKind::Title { lang, text } => {
                let l = lang.as_ref().map_or(decl.lang, |l| l.value);
                set_text(cx, &mut std.title, &mut once, k.title, l, text, span);
            }
            StandardClauseKind::Description { lang, text } => {
                let l = lang.as_ref().map_or(decl.lang, |l| l.value);
                set_text(
                    cx,
                    &mut std.description,
                    &mut once,
                    k.description,
                    l,
                    text,
                    span,
                );
            }
            StandardClauseKind::Promise { lang, text } => {
                let l = lang.as_ref().map_or(decl.lang, |l| l.value);
                set_text(cx, &mut std.promise, &mut once, "promise", l, text, span);
                unknown_placeholders(cx, text);
            }
            StandardClauseKind::AppliesWhen(e) => std.applies = exprs::lower(cx, e),
            StandardClauseKind::Requires(e) => std.requires = exprs::lower(cx, e),
            StandardClauseKind::StartsAt(names) => {
                start_events(cx, &mut std, names);
                start_span = names.first().map(|n| n.span);
            }
            StandardClauseKind::Unmoved => {
                std.unmoved = true;
                unmoved_span = Some(span);
            }
            StandardClauseKind::AllWithin { amount, unit } => {
                // The checks against the `within` lines come after them.
                let ok = values::unit(cx, unit).filter(|&u| values::amount(cx, amount, u));
                maximum = Some((amount, unit, ok));
            }
            StandardClauseKind::StopsAt(names) => {
                stop_events(cx, &mut std, names, start_span, backward);
            }
            StandardClauseKind::Pauses { from, until } => {
                if from.value == until.value {
                    cx.push(
                        Diagnostic::error(
                            Code::PauseSameEvent,
                            msg::PAUSE_SAME_EVENT.text([&from.value]),
                        )
                        .at(until.span)
                        .with_label(msg::PAUSE_SAME_EVENT_LABEL.text([]))
                        .also(from.span, msg::PAUSE_SAME_EVENT_NOTE.text([]))
                        .help(msg::PAUSE_SAME_EVENT_HELP.text([])),
                    );
                } else {
                    std.pauses.push((from.value.clone(), until.value.clone()));
                }
            }
            StandardClauseKind::Within(w) => withins.push((w, span)),
            StandardClauseKind::Cutoff(t) => {
                std.cutoff = values::time_of_day(cx, t, false);
                cutoff_span = Some(t.span);
            }
            StandardClauseKind::ExtendedBy {
                amount,
                unit,
                event,
            } => {
                if let Some(u) = values::unit(cx, unit) {
                    if values::amount(cx, amount, u) {
                        std.extensions.push(Extension {
                            amount: amount.value,
                            unit: u,
                            event: event.value.clone(),
                        });
                        extensions.push((u, unit.span));
                    }
                }
            }
            StandardClauseKind::Target(p) => std.target = values::percent(cx, p, "target"),
            StandardClauseKind::Warn(p) => std.warn = values::percent(cx, p, "warn at"),
            StandardClauseKind::Effective { from, until } => {
                effective_span = Some(span);
                let f = values::date(cx, from);
                let u = until.as_ref().map(|u| values::date(cx, u));
                effective_ok &= f.is_some() && !matches!(u, Some(None));
                let u = u.flatten();
                if let (Some(f), Some(u), Some(until)) = (f, u, until) {
                    if u < f {
                        cx.push(
                            Diagnostic::error(
                                Code::EffectiveEndsBeforeStart,
                                msg::EFFECTIVE_ENDS_BEFORE_START.text([&u, &f]),
                            )
                            .at(until.span)
                            .with_label(msg::CLOSURE_ENDS_BEFORE_START_LABEL.text([]))
                            .also(from.span, msg::EFFECTIVE_ENDS_BEFORE_START_NOTE.text([]))
                            .help(msg::EFFECTIVE_ENDS_BEFORE_START_HELP.text([])),
                        );
                        effective_ok = false;
                    }
                }
                std.effective = Effective { from: f, until: u };
            }
        }
    }
    let complete = cx.complete(decl.span);
    // The stop may be defaulted while the start is written (unless the
    // `stops at` line is one that did not parse).
    if attributes_only {
        requires::check(cx, decl, &mut std);
        return Checked {
            standard: std,
            name_span: decl.name.span,
            effective_span,
            effective_ok,
            complete,
        };
    }
    if std.start_event == std.stop_event
        && !once.contains_key(crate::fmt::spelling::keywords(cx.lang).stops_at)
        && complete
        && !backward
    {
        if let Some(s) = start_span {
            cx.push(
                Diagnostic::error(
                    Code::SameStartAndStop,
                    msg::SAME_START_AND_STOP_DEFAULT.text([&std.start_event]),
                )
                .at(s)
                .with_label(msg::SAME_START_AND_STOP_LABEL_SAME_AS_THE.text([]))
                .help(msg::SAME_START_AND_STOP_EVENT_HELP.text([])),
            );
        }
    }
    if backward {
        before::check(cx, decl, &withins, &mut std);
    }
    check_tiers(cx, decl, &withins, cals, &mut std);
    if let (Some((amount, unit, Some(u))), false) = (maximum, backward) {
        thresholds(cx, &withins, (amount, unit, u), &mut std);
    }
    if let Some(first) = std.tiers.first() {
        if let Some(&(u, span)) = extensions
            .iter()
            .find(|(u, _)| u.is_day_based() != first.unit.is_day_based())
        {
            cx.push(
                Diagnostic::warning(
                    Code::MixedUnits,
                    msg::MIXED_UNITS
                        .text([&u.plural_for_messages(), &first.unit.plural_for_messages()]),
                )
                .at(span)
                .with_label(msg::MIXED_UNITS_LABEL.text([]))
                .help(msg::MIXED_UNITS_HELP.text([])),
            );
        }
        // Only a deadline in calendar days can end on a day that moves it.
        let calendar_days = |u: &Unit| matches!(u, Unit::Days | Unit::Weeks | Unit::Months);
        if let Some(span) = unmoved_span {
            if complete
                && !std.tiers.iter().any(|t| {
                    calendar_days(&t.unit) || t.or.as_ref().is_some_and(|o| calendar_days(&o.unit))
                })
                && !extensions.iter().any(|(u, _)| calendar_days(u))
            {
                cx.push(
                    Diagnostic::warning(
                        Code::UnmovedWithoutDays,
                        msg::UNMOVED_WITHOUT_DAYS.text([]),
                    )
                    .at(span)
                    .with_label(msg::UNMOVED_WITHOUT_DAYS_LABEL.text([]))
                    .help(msg::UNMOVED_WITHOUT_DAYS_HELP.text([])),
                );
            }
        }
        if let Some(span) = cutoff_span {
            let no_calendar = |t: &Tier| {
                t.calendar.is_none() && t.or.as_ref().is_none_or(|o| o.calendar.is_none())
            };
            if complete && std.tiers.iter().all(no_calendar) {
                cx.push(
                    Diagnostic::warning(
                        Code::CutoffWithoutCalendar,
                        msg::CUTOFF_WITHOUT_CALENDAR.text([]),
                    )
                    .at(span)
                    .with_label(msg::CUTOFF_WITHOUT_CALENDAR_LABEL.text([]))
                    .help(msg::CUTOFF_WITHOUT_CALENDAR_HELP.text([])),
                );
            }
        }
    }
    Checked {
        standard: std,
        name_span: decl.name.span,
        effective_span,
        effective_ok,
        complete,
    }
}

fn check_tiers(
    cx: &mut Ctx,
    decl: &StandardDecl,
    withins: &[(&ast::Within, Span)],
    cals: &mut CalendarTable,
    std: &mut Standard,
) {
    let complete = cx.complete(decl.span);
    if withins.is_empty() {
        if !complete {
            return;
        }
        cx.push(
            Diagnostic::error(
                Code::MissingWithin,
                msg::MISSING_WITHIN.text([&decl.name.value]),
            )
            .at(decl.name.span)
            .with_label(msg::MISSING_WITHIN_LABEL.text([]))
            .help(msg::MISSING_WITHIN_HELP.text([])),
        );
        return;
    }
    let mut catch_all: Option<Span> = None;
    let mut had_error = false;
    for (i, (w, span)) in withins.iter().enumerate() {
        let unit = values::unit(cx, &w.unit);
        let amount_ok = unit.is_some_and(|u| values::amount(cx, &w.amount, u));
        let usual_ok = match (&w.usual, unit) {
            (Some(usual), Some(u)) => values::amount(cx, usual, u) && range(cx, w, usual),
            _ => true,
        };
        let when = match &w.condition {
            Some(TierCondition::When(e)) => Some(exprs::lower(cx, e)),
            _ => None,
        };
        if let Some(TierCondition::Otherwise(o)) = &w.condition {
            if withins.len() == 1 && complete {
                cx.push(
                    Diagnostic::warning(Code::UselessOtherwise, msg::USELESS_OTHERWISE.text([]))
                        .at(*o)
                        .with_label(msg::USELESS_OTHERWISE_LABEL.text([]))
                        .help(msg::USELESS_OTHERWISE_HELP.text([])),
                );
            }
        }
        if let Some(first) = catch_all {
            cx.push(
                Diagnostic::error(Code::UnreachableTier, msg::UNREACHABLE_TIER.text([]))
                    .at(*span)
                    .with_label(msg::UNREACHABLE_TIER_LABEL.text([]))
                    .also(first, msg::UNREACHABLE_TIER_NOTE.text([]))
                    .help(msg::UNREACHABLE_TIER_HELP.text([])),
            );
            had_error = true;
            continue;
        }
        if !matches!(w.condition, Some(TierCondition::When(_))) {
            catch_all = Some(*span);
        }
        let calendar = tier_calendar(cx, cals, w.calendar.as_ref(), unit, w.unit.span);
        let calendar = calendar.unwrap_or_else(|()| {
            had_error = true;
            None
        });
        let or = match &w.alternative {
            None => Ok(None),
            Some(alt) => alternative(cx, cals, w, alt).map(Some),
        };
        let (Some(unit), true, true, Ok(or)) = (unit, amount_ok, usual_ok, or) else {
            had_error = true;
            continue;
        };
        if let Some(o) = &or {
            same_alternative(cx, w, o, (w.amount.value, unit, calendar));
        }
        let when = match when {
            None => None,
            Some(Some(e)) => Some(e),
            Some(None) => {
                had_error = true;
                continue;
            }
        };
        let _ = i;
        std.tiers.push(Tier {
            when,
            amount: w.amount.value,
            usual: w.usual.as_ref().map(|u| u.value),
            unit,
            calendar,
            or,
        });
    }
    // Silent when `applies when` admits only cases some tier takes.
    let conditions: Vec<&Expr> = std.tiers.iter().filter_map(|t| t.when.as_ref()).collect();
    if catch_all.is_none()
        && !had_error
        && complete
        && coverage::some_case_uncovered(std.applies.as_ref(), &conditions)
    {
        if let Some((_, span)) = withins.last() {
            cx.push(
                Diagnostic::warning(Code::MissingOtherwise, msg::MISSING_OTHERWISE.text([]))
                    .at(*span)
                    .with_label(msg::MISSING_OTHERWISE_LABEL.text([]))
                    .help(msg::MISSING_OTHERWISE_HELP.text([])),
            );
        }
    }
}

/// The calendar of a deadline: the one named, else the file's only one
/// for a unit that needs a calendar. `Err` once a diagnostic is given (or
/// when an unreadable item may be the calendar).
fn tier_calendar(
    cx: &mut Ctx,
    cals: &mut CalendarTable,
    name: Option<&Name>,
    unit: Option<Unit>,
    unit_span: Span,
) -> Result<Option<usize>, ()> {
    match name {
        Some(name) => cals.reference(cx, name).map(Some).ok_or(()),
        None => match unit {
            Some(u) if u.needs_calendar() => {
                if cals.declared_count() == 1 {
                    Ok(cals.default_calendar())
                } else if !cx.all_items_read() {
                    // An unreadable item may be a calendar: the count
                    // is not known.
                    Err(())
                } else {
                    missing_calendar(cx, unit_span, cals);
                    Err(())
                }
            }
            _ => Ok(None),
        },
    }
}

/// The second deadline of a `within` line (`or 60 business days on
/// "province", whichever is earlier`): its unit, amount and calendar as a
/// `within` line's. A range has one deadline and its usual delay: it
/// cannot have a second (`alternative-with-range`).
fn alternative(
    cx: &mut Ctx,
    cals: &mut CalendarTable,
    w: &ast::Within,
    alt: &ast::Alternative,
) -> Result<Alternative, ()> {
    if let Some(usual) = &w.usual {
        cx.push(
            Diagnostic::error(
                Code::AlternativeWithRange,
                msg::ALTERNATIVE_WITH_RANGE.text([]),
            )
            .at(alt.span)
            .with_label(msg::ALTERNATIVE_WITH_RANGE_LABEL.text([]))
            .also(
                usual.span.to(w.amount.span),
                msg::ALTERNATIVE_WITH_RANGE_NOTE.text([]),
            )
            .help(msg::ALTERNATIVE_WITH_RANGE_HELP.text([])),
        );
        return Err(());
    }
    let unit = values::unit(cx, &alt.unit);
    let amount_ok = unit.is_some_and(|u| values::amount(cx, &alt.amount, u));
    let calendar = tier_calendar(cx, cals, alt.calendar.as_ref(), unit, alt.unit.span)?;
    match (unit, amount_ok) {
        (Some(unit), true) => Ok(Alternative {
            amount: alt.amount.value,
            unit,
            calendar,
            whichever: alt.whichever.value,
        }),
        _ => Err(()),
    }
}

/// Two deadlines that are one (same amount, unit and calendar) choose
/// nothing: a warning. The same unit twice on one calendar with two
/// amounts is allowed (the file says the promise as it is published).
fn same_alternative(
    cx: &mut Ctx,
    w: &ast::Within,
    o: &Alternative,
    (amount, unit, calendar): (i64, Unit, Option<usize>),
) {
    if (o.amount, o.unit, o.calendar) != (amount, unit, calendar) {
        return;
    }
    let Some(alt) = &w.alternative else { return };
    let fr = crate::diagnostic::current() == Lang::Fr;
    cx.push(
        Diagnostic::warning(
            Code::SameAlternative,
            msg::SAME_ALTERNATIVE.text([&unit.amount(amount as f64, 0, fr)]),
        )
        .at(alt.amount.span.to(alt.unit.span))
        .with_label(msg::SAME_ALTERNATIVE_LABEL.text([]))
        .also(
            w.amount.span.to(w.unit.span),
            msg::ALTERNATIVE_FIRST_NOTE.text([]),
        )
        .help(msg::SAME_ALTERNATIVE_HELP.text([])),
    );
}

/// Several thresholds (`within 25 business days`, `target 85%`, `all
/// within 50 business days`): each tier's amount becomes its threshold
/// (`usual`) and the maximum its amount, which the case is judged on; the
/// target moves to the thresholds (`usual_target`) and all must be within
/// the maximum (`target` 100). Each `within` line must be a plain amount
/// in the maximum's unit, below it; on any mistake the tiers stay as
/// written (the errors stop the file from compiling).
fn thresholds(
    cx: &mut Ctx,
    withins: &[(&ast::Within, Span)],
    (amount, unit, u): (&ast::Spanned<i64>, &ast::Spanned<ast::Word<Unit>>, Unit),
    std: &mut Standard,
) {
    let mut ok = true;
    for (w, span) in withins {
        if let Some(alt) = &w.alternative {
            ok = false;
            cx.push(
                Diagnostic::error(
                    Code::AlternativeWithThresholds,
                    msg::ALTERNATIVE_WITH_THRESHOLDS.text([]),
                )
                .at(alt.span)
                .with_label(msg::ALTERNATIVE_WITH_RANGE_LABEL.text([]))
                .also(amount.span.to(unit.span), msg::MAXIMUM_NOTE.text([]))
                .help(msg::ALTERNATIVE_WITH_THRESHOLDS_HELP.text([])),
            );
            continue;
        }
        if let Some(usual) = &w.usual {
            ok = false;
            cx.push(
                Diagnostic::error(Code::MaximumWithRange, msg::MAXIMUM_WITH_RANGE.text([]))
                    .at(usual.span.to(w.amount.span))
                    .with_label(msg::THRESHOLD_LABEL.text([]))
                    .also(amount.span.to(unit.span), msg::MAXIMUM_NOTE.text([]))
                    .help(msg::MAXIMUM_WITH_RANGE_HELP.text([])),
            );
            continue;
        }
        match w.unit.value {
            ast::Word::Known(t) if t != u => {
                ok = false;
                cx.push(
                    Diagnostic::error(
                        Code::MaximumUnitDiffers,
                        msg::MAXIMUM_UNIT_DIFFERS
                            .text([&t.plural_for_messages(), &u.plural_for_messages()]),
                    )
                    .at(w.unit.span)
                    .with_label(msg::THRESHOLD_LABEL.text([]))
                    .also(unit.span, msg::MAXIMUM_NOTE.text([]))
                    .help(msg::MAXIMUM_UNIT_DIFFERS_HELP.text([])),
                );
            }
            _ if w.amount.value >= amount.value => {
                ok = false;
                cx.push(
                    Diagnostic::error(
                        Code::RangeNotIncreasing,
                        msg::MAXIMUM_NOT_ABOVE.text([&amount.value, &w.amount.value]),
                    )
                    .at(amount.span)
                    .with_label(msg::MAXIMUM_NOT_ABOVE_LABEL.text([]))
                    .also(*span, msg::THRESHOLD_LABEL.text([]))
                    .help(msg::MAXIMUM_NOT_ABOVE_HELP.text([])),
                );
            }
            _ => {}
        }
    }
    if !ok {
        return;
    }
    for tier in &mut std.tiers {
        tier.usual = Some(tier.amount);
        tier.amount = amount.value;
    }
    std.usual_target = std.target;
    std.target = Some(100.0);
}

/// A range's usual delay is below its maximum: `within 6 to 4 weeks` or
/// `within 4 to 4 weeks` is a mistake, not a range.
fn range(cx: &mut Ctx, w: &ast::Within, usual: &ast::Spanned<i64>) -> bool {
    if usual.value < w.amount.value {
        return true;
    }
    cx.push(
        Diagnostic::error(
            Code::RangeNotIncreasing,
            msg::RANGE_NOT_INCREASING.text([&usual.value, &w.amount.value]),
        )
        .at(usual.span.to(w.amount.span))
        .with_label(msg::RANGE_NOT_INCREASING_LABEL.text([]))
        .help(msg::RANGE_NOT_INCREASING_HELP.text([])),
    );
    false
}

fn missing_calendar(cx: &mut Ctx, unit_span: Span, cals: &CalendarTable) {
    let unit_text = cx.lines_text(unit_span);
    let d = Diagnostic::error(Code::MissingCalendar, msg::MISSING_CALENDAR.text([]))
        .at(unit_span)
        .with_label(msg::MISSING_CALENDAR_LABEL.text([]));
    let d = if cals.declared_count() == 0 {
        d.help(msg::MISSING_CALENDAR_HELP.text([])).suggest(format!(
            "{unit_text} {} \"quebec\"",
            crate::syntax::lexicon::on_calendar(cx.lang)
        ))
    } else {
        let names: Vec<&str> = cals.declared_names().collect();
        d.help(msg::MISSING_CALENDAR_HELP_SEVERAL.text([&quoted_list(names)]))
    };
    cx.push(d);
}

/// Two versions of one standard must not both be in force on a day.
fn check_versions(cx: &mut Ctx, standards: &[Checked]) {
    // Grouped by id first: comparing every pair of standards was quadratic
    // in the file's size (50,000 standards took seconds; found hardening).
    let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in standards.iter().enumerate() {
        by_id.entry(s.standard.id.as_str()).or_default().push(i);
    }
    for (j, b) in standards.iter().enumerate() {
        let same_id = &by_id[b.standard.id.as_str()];
        let earlier = same_id
            .iter()
            .take_while(|&&i| i < j)
            .map(|&i| &standards[i]);
        for a in earlier {
            // A version with `requires` judges attributes, one without a
            // clock: the report could not put them in one row.
            if a.complete
                && b.complete
                && a.standard.requires.is_some() != b.standard.requires.is_some()
            {
                cx.push(
                    Diagnostic::error(
                        Code::MixedRequiresVersions,
                        msg::MIXED_REQUIRES_VERSIONS.text([&b.standard.id]),
                    )
                    .at(b.name_span)
                    .with_label(msg::MIXED_REQUIRES_VERSIONS_LABEL.text([]))
                    .also(a.name_span, msg::MIXED_REQUIRES_VERSIONS_NOTE.text([]))
                    .help(msg::MIXED_REQUIRES_VERSIONS_HELP.text([])),
                );
                break;
            }
            // An incomplete version may have lost its `effective` line.
            if !a.effective_ok || !b.effective_ok || !a.complete || !b.complete {
                continue;
            }
            let (ea, eb) = (a.standard.effective, b.standard.effective);
            let overlap = ea.from.is_none_or(|f| eb.until.is_none_or(|u| f <= u))
                && eb.from.is_none_or(|f| ea.until.is_none_or(|u| f <= u));
            if !overlap {
                continue;
            }
            let span = b.effective_span.unwrap_or(b.name_span);
            cx.push(
                Diagnostic::error(
                    Code::OverlappingVersions,
                    msg::OVERLAPPING_VERSIONS.text([&b.standard.id]),
                )
                .at(span)
                .with_label(Effective::describe(&eb))
                .also(
                    a.effective_span.unwrap_or(a.name_span),
                    msg::OVERLAPPING_VERSIONS_NOTE.text([&Effective::describe(&ea)]),
                )
                .help(msg::OVERLAPPING_VERSIONS_HELP.text([])),
            );
            break;
        }
    }
}
