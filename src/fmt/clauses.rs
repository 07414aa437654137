//! One clause of a calendar, standard or example as one line of text,
//! keywords in the given language.

use super::comments::Lines;
use super::expr::{clause_with_expr, expr};
use super::literals::{date, literal, percent, quoted, time, time_of_day};
use super::spelling::{self, keywords};
use crate::model::Unit;
use crate::syntax::ast::{
    CalendarClauseKind, ClosedPeriod, DayOfLit, DayRule, ExampleClauseKind, HolidayClause, Lang,
    MonthDay, Spanned, StandardClauseKind, TierCondition, Weekdays, Word,
};
use chrono::Weekday;

// ---------------------------------------------------------------- calendars

pub fn calendar(kind: &CalendarClauseKind, lang: Lang, src: Lines) -> String {
    let kw = keywords(lang);
    match kind {
        CalendarClauseKind::Timezone(name) => format!("{} {}", kw.timezone, quoted(&name.value)),
        CalendarClauseKind::Workdays(days, from) => {
            let mut line = format!("{} {}", kw.workdays, weekdays(days, lang));
            if let Some(d) = from {
                line.push_str(&format!(" {} {}", kw.change_from, date(&d.value)));
            }
            line
        }
        CalendarClauseKind::Open { name, date: d } => format!(
            "{} {} {} {}",
            kw.open,
            quoted(&name.value),
            kw.closed_on,
            date(&d.value)
        ),
        CalendarClauseKind::Hours {
            ranges,
            on,
            day,
            from,
        } => {
            let ranges: Vec<String> = ranges
                .iter()
                .map(|r| {
                    format!(
                        "{}-{}",
                        time_of_day(&r.value.from, src),
                        time_of_day(&r.value.to, src)
                    )
                })
                .collect();
            let mut line = format!("{} {}", kw.hours, ranges.join(", "));
            if let Some(days) = on {
                line.push_str(&format!(" {} {}", kw.hours_on, weekdays(days, lang)));
            }
            match day.as_ref().map(|d| &d.value) {
                Some(DayOfLit::Date(d)) => {
                    line.push_str(&format!(" {} {}", kw.hours_on, date(&d.value)))
                }
                Some(DayOfLit::Yearly(md)) => {
                    line.push_str(&format!(" {} {}", kw.hours_on, month_day(md, lang)))
                }
                None => {}
            }
            if let Some(d) = from {
                line.push_str(&format!(" {} {}", kw.change_from, date(&d.value)));
            }
            line
        }
        CalendarClauseKind::Holiday(h) => holiday(h, lang),
        CalendarClauseKind::Postpone(None) => kw.postpone.to_string(),
        CalendarClauseKind::Postpone(Some(days)) => {
            format!("{} {} {}", kw.postpone, kw.and, weekdays(days, lang))
        }
        CalendarClauseKind::Closed { name, period } => {
            let head = format!("{} {}", kw.closed, quoted(&name.value));
            match &period.value {
                ClosedPeriod::Yearly { from, to } => format!(
                    "{head} {} {} {} {}",
                    kw.closed_from,
                    month_day(from, lang),
                    kw.closed_to,
                    month_day(to, lang)
                ),
                ClosedPeriod::Date(d) => format!("{head} {} {}", kw.closed_on, date(&d.value)),
                ClosedPeriod::Dates { from, to } => format!(
                    "{head} {} {} {} {}",
                    kw.closed_from,
                    date(&from.value),
                    kw.closed_to,
                    date(&to.value)
                ),
                ClosedPeriod::Rule {
                    rule,
                    length,
                    unit,
                    from_year,
                    until_year,
                } => {
                    let rule = day_rule(&rule.value, lang);
                    let mut line = format!(
                        "{head} {} {} {}",
                        rule_from(&rule, lang),
                        length.value,
                        spelling::word(&unit.value, |u| spelling::unit(lang, u, length.value))
                    );
                    push_years(&mut line, from_year, until_year, lang);
                    line
                }
            }
        }
    }
}

/// `from RULE for`: French `à partir du` becomes `à partir de l'` before a
/// vowel (`avant-dernier`) and `à partir de` before `pâques`.
fn rule_from(rule: &str, lang: Lang) -> String {
    let kw = keywords(lang);
    let head = match lang {
        Lang::Fr if rule.starts_with(['a', 'e', 'i', 'o', 'u', 'â', 'é']) => {
            return format!("à partir de l'{rule} {}", kw.for_);
        }
        Lang::Fr if rule.starts_with("pâques") => "à partir de",
        _ => kw.rule_from,
    };
    format!("{head} {rule} {}", kw.for_)
}

fn holiday(h: &HolidayClause, lang: Lang) -> String {
    let kw = keywords(lang);
    let mut line = format!(
        "{} {} {} {}",
        kw.holiday,
        quoted(&h.name.value),
        kw.holiday_on,
        day_rule(&h.rule.value, lang)
    );
    for (when, then) in &h.substitute {
        line.push_str(&format!(
            ", {} {} {} {}",
            kw.if_,
            weekday(when, lang),
            kw.then,
            weekday(then, lang)
        ));
    }
    push_years(&mut line, &h.from_year, &h.until_year, lang);
    line
}

/// ` from YEAR until YEAR` of a holiday or a rule closure, each if written.
fn push_years(
    line: &mut String,
    from: &Option<Spanned<i64>>,
    until: &Option<Spanned<i64>>,
    lang: Lang,
) {
    let kw = keywords(lang);
    for (word, year) in [(kw.from_year, from), (kw.until_year, until)] {
        if let Some(y) = year {
            line.push_str(&format!(" {word} {}", y.value));
        }
    }
}

fn day_rule(rule: &DayRule, lang: Lang) -> String {
    let kw = keywords(lang);
    match rule {
        DayRule::Fixed(md) => month_day(md, lang),
        DayRule::Nth {
            ordinal,
            weekday: day,
            month: m,
        } => {
            let month = month(m, lang);
            // « premier lundi de septembre », « deuxième lundi d'octobre ».
            let elided = lang == Lang::Fr && month.starts_with(['a', 'o', 'â', 'e', 'é', 'i', 'u']);
            let of = if elided {
                "d'".to_string()
            } else {
                format!("{} ", kw.of)
            };
            format!(
                "{} {} {of}{month}",
                spelling::ordinal(lang, ordinal.value),
                weekday(day, lang),
            )
        }
        DayRule::Relative {
            weekday: day,
            after,
            anchor,
        } => format!(
            "{} {} {}",
            weekday(day, lang),
            if *after { kw.after } else { kw.before },
            month_day(anchor, lang)
        ),
        DayRule::Easter { offset_days } => {
            let n = offset_days.value;
            let sign = if n < 0 { '-' } else { '+' };
            match n {
                0 => kw.easter.to_string(),
                _ => format!(
                    "{} {sign} {} {}",
                    kw.easter,
                    n.unsigned_abs(),
                    spelling::unit(lang, Unit::Days, n)
                ),
            }
        }
        DayRule::Date(d) => date(&d.value),
    }
}

/// `january 1` in English, `1 janvier` in French (no `1er`: the normative
/// `ville.delai` writes `1 juillet`).
fn month_day(md: &MonthDay, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} {}", month(&md.month, lang), md.day.value),
        Lang::Fr => format!("{} {}", md.day.value, month(&md.month, lang)),
    }
}

fn month(m: &Spanned<Word<u32>>, lang: Lang) -> String {
    match &m.value {
        Word::Known(n) => spelling::month(lang, *n),
        Word::Unknown(text) => text.clone(),
    }
}

fn weekday(d: &Spanned<Word<Weekday>>, lang: Lang) -> String {
    spelling::word(&d.value, |w| spelling::weekday(lang, w))
}

fn weekdays(days: &Weekdays, lang: Lang) -> String {
    match days {
        Weekdays::Range(from, to) => format!(
            "{} {} {}",
            weekday(from, lang),
            keywords(lang).weekday_to,
            weekday(to, lang)
        ),
        Weekdays::List(list) => list
            .iter()
            .map(|d| weekday(d, lang))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

// ---------------------------------------------------------------- standards

/// `own` is the language the standard was written in: an untagged title is
/// in that language, so it gets a tag when the keywords are translated.
pub fn standard(kind: &StandardClauseKind, lang: Lang, own: Lang, src: Lines) -> String {
    let kw = keywords(lang);
    let tag_of = |tag: &Option<Spanned<Lang>>| match tag {
        Some(t) => Some(t.value),
        None if own != lang => Some(own),
        None => None,
    };
    match kind {
        StandardClauseKind::Title { lang: tag, text } => label(kw.title, tag_of(tag), text),
        StandardClauseKind::Description { lang: tag, text } => {
            label(kw.description, tag_of(tag), text)
        }
        StandardClauseKind::Promise { lang: tag, text } => label(kw.promise, tag_of(tag), text),
        StandardClauseKind::AppliesWhen(e) => clause_with_expr(kw.applies_when, e, kw),
        StandardClauseKind::Requires(e) => clause_with_expr(kw.requires, e, kw),
        StandardClauseKind::StartsAt(events) => {
            let names: Vec<String> = events.iter().map(|e| quoted(&e.value)).collect();
            format!("{} {}", kw.starts_at, names.join(&format!(" {} ", kw.and)))
        }
        StandardClauseKind::Unmoved => kw.unmoved.to_string(),
        StandardClauseKind::AllWithin { amount: n, unit } => {
            format!("{} {}", kw.all_within, amount(n.value, unit, lang))
        }
        StandardClauseKind::StopsAt(events) => {
            let names: Vec<String> = events.iter().map(|e| quoted(&e.value)).collect();
            format!("{} {}", kw.stops_at, names.join(&format!(" {} ", kw.or)))
        }
        StandardClauseKind::Pauses { from, until } => format!(
            "{} {} {} {}",
            kw.pauses_from,
            quoted(&from.value),
            kw.pauses_until,
            quoted(&until.value)
        ),
        StandardClauseKind::Within(w) => {
            let mut line = match &w.before {
                None => match &w.usual {
                    None => format!("{} {}", kw.within, amount(w.amount.value, &w.unit, lang)),
                    // `within 4 to 6 weeks`: the range's `to` is the
                    // weekday range's (`à` in French).
                    Some(usual) => format!(
                        "{} {} {} {}",
                        kw.within,
                        usual.value,
                        kw.weekday_to,
                        amount(w.amount.value, &w.unit, lang)
                    ),
                },
                Some(anchor) => format!(
                    "{} {} {} {}",
                    kw.at_least,
                    amount(w.amount.value, &w.unit, lang),
                    kw.before,
                    quoted(&anchor.value)
                ),
            };
            if let Some(cal) = &w.calendar {
                line.push_str(&format!(" {} {}", kw.within_on, quoted(&cal.value)));
            }
            if let Some(alt) = &w.alternative {
                line.push_str(&format!(
                    " {} {}",
                    kw.or,
                    amount(alt.amount.value, &alt.unit, lang)
                ));
                if let Some(cal) = &alt.calendar {
                    line.push_str(&format!(" {} {}", kw.within_on, quoted(&cal.value)));
                }
                line.push_str(", ");
                line.push_str(match alt.whichever.value {
                    crate::model::Whichever::Earlier => kw.whichever_earlier,
                    crate::model::Whichever::Later => kw.whichever_later,
                });
            }
            match &w.condition {
                Some(TierCondition::When(e)) => {
                    line.push_str(&format!(" {} {}", kw.when, expr(e, kw)));
                }
                Some(TierCondition::Otherwise(_)) => {
                    line.push(' ');
                    line.push_str(kw.otherwise);
                }
                None => {}
            }
            line
        }
        StandardClauseKind::Cutoff(t) => format!("{} {}", kw.cutoff, time_of_day(t, src)),
        StandardClauseKind::ExtendedBy {
            amount: n,
            unit,
            event,
        } => format!(
            "{} {} {} {}",
            kw.extended_by,
            amount(n.value, unit, lang),
            kw.extended_on,
            quoted(&event.value)
        ),
        StandardClauseKind::Target(p) => format!("{} {}", kw.target, percent(p.value, kw.percent)),
        StandardClauseKind::Warn(p) => format!("{} {}", kw.warn_at, percent(p.value, kw.percent)),
        StandardClauseKind::Effective { from, until } => {
            let mut line = format!("{} {}", kw.effective_from, date(&from.value));
            if let Some(u) = until {
                line.push_str(&format!(" {} {}", kw.effective_until, date(&u.value)));
            }
            line
        }
    }
}

/// `title fr "…"`: the tag names the label's language and is never
/// translated.
fn label(keyword: &str, tag: Option<Lang>, text: &Spanned<String>) -> String {
    match tag {
        Some(t) => format!("{keyword} {} {}", t.tag(), quoted(&text.value)),
        None => format!("{keyword} {}", quoted(&text.value)),
    }
}

/// `10 business days`, `1 jour ouvrable`.
fn amount(n: i64, unit: &Spanned<Word<Unit>>, lang: Lang) -> String {
    let word = spelling::word(&unit.value, |u| spelling::unit(lang, u, n));
    format!("{n} {word}")
}

// ---------------------------------------------------------------- examples

pub fn example(kind: &ExampleClauseKind, lang: Lang, src: Lines) -> String {
    let kw = keywords(lang);
    match kind {
        ExampleClauseKind::Standard(name) => format!("{} {}", kw.standard, quoted(&name.value)),
        ExampleClauseKind::Case(attrs) => {
            let pairs: Vec<String> = attrs
                .iter()
                .map(|(k, v)| format!("{} = {}", k.value, literal(&v.value)))
                .collect();
            if pairs.is_empty() {
                kw.case.to_string()
            } else {
                format!("{} {}", kw.case, pairs.join(", "))
            }
        }
        ExampleClauseKind::Event { name, at } => format!(
            "{} {} {} {}",
            kw.event,
            quoted(&name.value),
            kw.event_at,
            time(at, src)
        ),
        ExampleClauseKind::AsOf(t) => format!("{} {}", kw.as_of, time(t, src)),
        ExampleClauseKind::ExpectDue(t) => format!("{} {}", kw.expect_due, time(t, src)),
        ExampleClauseKind::ExpectStatus(s) => format!(
            "{} {}",
            kw.expect_status,
            spelling::word(&s.value, |st| spelling::status(lang, st))
        ),
        ExampleClauseKind::ExpectNotApplicable => kw.expect_not_applicable.to_string(),
        ExampleClauseKind::ExpectUsualDue(t) => {
            format!("{} {}", kw.expect_usual_due, time(t, src))
        }
    }
}
