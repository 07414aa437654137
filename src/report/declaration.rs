//! The public declaration of services (`delai publish`): one static page
//! a citizen reads and prints, no script. Each commitment in plain
//! language from its rule (its delay, who it is for, what pauses it, its
//! target, the dates it is in force), the standard's own sentence when it
//! has one, and, given a report, the last period's result next to it;
//! then the year's holidays and closures of the calendars the delays are
//! counted on. Every word is the catalogue's, in [`current`]'s language;
//! every date and number is `text::write`'s.

use super::aggregate::{Report, ReportRow};
use super::html::esc;
use super::render::{counted, format_percent, period_words};
use crate::calendar::{DayKind, NonBusinessDay};
use crate::diagnostic::{current, msg};
use crate::model::{Expr, Lang, RulesData, Standard, Texts, Tier, Unit, Whichever};
use crate::text::write::condition::Marks;
use crate::text::write::{date_en, date_fr, template, time_en, time_fr};
use chrono::{NaiveDate, NaiveTime};
use std::fmt::Write;

/// The page's style sheet, written next to it as `style.css`: readable
/// at 375 px (nothing wider than the screen), printable (no colours
/// needed, sections kept whole), contrast at least 4.5:1.
pub const DECLARATION_CSS: &str = "\
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1a1a1a;
       background: #fff; margin: 0; line-height: 1.5; }
main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-top: 1px solid #949494; padding-top: 1rem; }
p.intro, p.meta { color: #3d3d3d; }
p.commitment { font-size: 1.1rem; font-weight: 600; }
dl { display: grid; grid-template-columns: minmax(7rem, max-content) 1fr; gap: .25rem 1rem; margin: .5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
ul { padding-left: 1.25rem; }
code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: .95em; overflow-wrap: anywhere; }
.results { border-left: 4px solid #1f4e79; padding: .25rem .75rem; background: #f3f6f9; }
.yes { color: #1b5e20; } .no { color: #b71c1c; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { padding: .3rem .5rem; border-bottom: 1px solid #c7c7c7; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #1a1a1a; }
@media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: .5rem; } }
@media print { main { max-width: none; padding: 0; } section { break-inside: avoid; }
  a { color: inherit; text-decoration: none; } .results { background: none; } }
";

/// One calendar's listed days of the year (`Rules::holidays`).
pub struct DaysOff<'a> {
    /// The calendar's name.
    pub calendar: &'a str,
    /// Its holidays, closures and opened dates, by date.
    pub days: &'a [NonBusinessDay],
}

/// What the page is made of.
pub struct Declaration<'a> {
    /// The checked rules.
    pub rules: &'a RulesData,
    /// The page's title and heading; `None` for the default one.
    pub title: Option<&'a str>,
    /// The day the page speaks of: the version of each standard in force
    /// then is the one described.
    pub today: NaiveDate,
    /// The year whose days off are listed.
    pub year: i32,
    /// The calendars' days off, in the order of the first standard using each.
    pub days_off: Vec<DaysOff<'a>>,
    /// The report of the cases, when results are published.
    pub results: Option<&'a Report>,
}

/// The ids of the standards, in file order, each once.
pub fn standard_ids(rules: &RulesData) -> Vec<&str> {
    let mut ids: Vec<&str> = Vec::new();
    for s in &rules.standards {
        if !ids.contains(&s.id.as_str()) {
            ids.push(&s.id);
        }
    }
    ids
}

/// The calendars the standards count on, by index, in order of first use.
pub fn calendars_used(rules: &RulesData) -> Vec<usize> {
    let mut out = Vec::new();
    for i in rules
        .standards
        .iter()
        .flat_map(|s| &s.tiers)
        .flat_map(|t| [t.calendar, t.or.as_ref().and_then(|o| o.calendar)])
        .flatten()
    {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

fn fr() -> bool {
    current() == Lang::Fr
}

fn day_words(d: NaiveDate) -> String {
    if fr() {
        date_fr(d)
    } else {
        date_en(d)
    }
}

/// A text in the page's language, else in the other one marked with its
/// own `lang` (a screen reader then reads it right).
fn text_in(texts: &Texts) -> Option<String> {
    let lang = current();
    let own = match lang {
        Lang::Fr => &texts.fr,
        Lang::En => &texts.en,
    };
    if let Some(t) = own {
        return Some(esc(t));
    }
    let other = if lang == Lang::Fr { Lang::En } else { Lang::Fr };
    texts
        .get(other)
        .map(|t| format!("<span lang=\"{other}\">{}</span>", esc(t)))
}

fn code(name: &str) -> String {
    format!("<code>{}</code>", esc(name))
}

fn delay(amount: i64, unit: Unit) -> String {
    esc(&unit.amount(amount as f64, 0, fr()))
}

/// Names and texts as `<code>`, everything escaped.
const HTML: Marks<'static> = Marks {
    code: &code,
    plain: &esc_str,
};

fn esc_str(s: &str) -> String {
    esc(s)
}

/// A tier's delay in words: its amount, or both deadlines of a `within`
/// line with two, each with its calendar (already HTML).
fn tier_delay(rules: &RulesData, t: &Tier) -> String {
    let Some(o) = &t.or else {
        return delay(t.amount, t.unit);
    };
    let on = |d: String, cal: Option<usize>| match cal.and_then(|c| rules.calendars.get(c)) {
        Some(c) => msg::DELAY_ON_CALENDAR.text([&d, &code(&c.name)]),
        None => d,
    };
    let first = on(delay(t.amount, t.unit), t.calendar);
    let second = on(delay(o.amount, o.unit), o.calendar);
    match o.whichever {
        Whichever::Earlier => msg::DELAY_TWO_EARLIER.text([&first, &second]),
        Whichever::Later => msg::DELAY_TWO_LATER.text([&first, &second]),
    }
}

/// A condition in words (already HTML).
fn condition(e: &Expr) -> String {
    crate::text::write::condition::condition(e, &HTML)
}

/// The version described: the one in force on `today`, else the latest
/// one to start.
fn current_version<'a>(versions: &[&'a Standard], today: NaiveDate) -> &'a Standard {
    versions
        .iter()
        .find(|s| s.effective.contains(today))
        .or_else(|| versions.iter().max_by_key(|s| s.effective.from))
        .copied()
        .unwrap_or(versions[0])
}

fn in_force(s: &Standard) -> String {
    let e = s.effective;
    match (e.from, e.until) {
        (None, None) => msg::IN_FORCE_SINCE_ALWAYS.text([]),
        (Some(f), None) => msg::IN_FORCE_FROM_DAY.text([&day_words(f)]),
        (None, Some(u)) => msg::IN_FORCE_UNTIL_DAY.text([&day_words(u)]),
        (Some(f), Some(u)) => msg::IN_FORCE_BETWEEN.text([&day_words(f), &day_words(u)]),
    }
}

/// One tier as a line of the list (several tiers) or the sentence's delay.
fn tier_line(rules: &RulesData, s: &Standard, t: &Tier) -> String {
    let d = tier_delay(rules, t);
    let anchor = code(&s.start_event);
    if s.tiers.len() == 1 && t.when.is_none() {
        return if s.before {
            msg::TIER_BEFORE_ONLY.text([&d, &anchor])
        } else {
            msg::TIER_ONLY.text([&d])
        };
    }
    match (&t.when, s.before) {
        (Some(c), false) => msg::TIER_WHEN.text([&d, &condition(c)]),
        (None, false) => msg::TIER_OTHERWISE.text([&d]),
        (Some(c), true) => msg::TIER_BEFORE_WHEN.text([&d, &anchor, &condition(c)]),
        (None, true) => msg::TIER_BEFORE_OTHERWISE.text([&d, &anchor]),
    }
}

/// A `requires` condition in words (already HTML).
fn requirement(e: &Expr) -> String {
    crate::text::write::condition::requirement(e, &HTML)
}

fn commitment(out: &mut String, rules: &RulesData, s: &Standard) {
    if let Some(e) = &s.requires {
        let sentence = match s.target {
            Some(t) => msg::COMMIT_REQUIRES.text([&esc(&format_percent(Some(t))), &requirement(e)]),
            None => msg::COMMIT_REQUIRES_EVERY.text([&requirement(e)]),
        };
        let _ = writeln!(out, "<p class=\"commitment\">{sentence}</p>");
        return;
    }
    if let [t] = s.tiers.as_slice() {
        let d = tier_delay(rules, t);
        let sentence = if s.before {
            msg::COMMIT_BEFORE.text([&d, &code(&s.start_event)])
        } else {
            msg::COMMIT_WITHIN.text([&d])
        };
        let _ = writeln!(out, "<p class=\"commitment\">{sentence}</p>");
        return;
    }
    let _ = writeln!(
        out,
        "<p class=\"commitment\">{}</p>\n<ul>",
        esc(&msg::COMMIT_TIERS.text([]))
    );
    for t in &s.tiers {
        let _ = writeln!(out, "<li>{}</li>", tier_line(rules, s, t));
    }
    out.push_str("</ul>\n");
}

fn term(out: &mut String, name: &str, value: &str) {
    let _ = writeln!(out, "<dt>{}</dt><dd>{value}</dd>", esc(name));
}

fn terms(out: &mut String, rules: &RulesData, s: &Standard, versions: &[&Standard]) {
    out.push_str("<dl>\n");
    let who = s
        .applies
        .as_ref()
        .map_or_else(|| esc(&msg::TERM_FOR_EVERY.text([])), condition);
    term(out, &msg::TERM_FOR.text([]), &who);
    let stops: Vec<String> = s.stop_events().map(code).collect();
    // A `requires` standard counts no time.
    if !s.before && s.requires.is_none() {
        let stops = stops.join(&esc(&msg::WORD_OR.text([])));
        let counted = if s.other_start_events.is_empty() {
            msg::TERM_COUNTED_FROM.text([&code(&s.start_event), &stops])
        } else {
            let starts: Vec<String> = s.start_events().map(code).collect();
            msg::TERM_COUNTED_FROM_LAST.text([&starts.join(&esc(&msg::WORD_AND.text([]))), &stops])
        };
        term(out, &msg::TERM_COUNTED.text([]), &counted);
    }
    let mut calendars: Vec<String> = Vec::new();
    let tier_calendars = s
        .tiers
        .iter()
        .flat_map(|t| [t.calendar, t.or.as_ref().and_then(|o| o.calendar)]);
    for c in tier_calendars.flatten() {
        if let Some(cal) = rules.calendars.get(c) {
            let name = code(&cal.name);
            if !calendars.contains(&name) {
                calendars.push(name);
            }
        }
    }
    if let Some(cut) = s
        .cutoff
        .and_then(|c| NaiveTime::from_num_seconds_from_midnight_opt(c, 0))
    {
        let time = if fr() { time_fr(cut) } else { time_en(cut) };
        calendars.push(esc(&msg::TERM_CUTOFF.text([&time])));
    }
    if !calendars.is_empty() {
        term(
            out,
            &msg::TERM_CALENDAR.text([]),
            &calendars.join(&msg::NOTES_SEPARATOR.text([])),
        );
    }
    let pauses: Vec<String> = s
        .pauses
        .iter()
        .map(|(from, until)| msg::TERM_PAUSE.text([&code(from), &code(until)]))
        .collect();
    if !pauses.is_empty() {
        term(
            out,
            &msg::TERM_PAUSES.text([]),
            &pauses.join(&msg::NOTES_SEPARATOR.text([])),
        );
    }
    let extensions: Vec<String> = s
        .extensions
        .iter()
        .map(|e| msg::TERM_EXTENSION.text([&delay(e.amount, e.unit), &code(&e.event)]))
        .collect();
    if !extensions.is_empty() {
        term(
            out,
            &msg::TERM_EXTENDED.text([]),
            &extensions.join(&msg::NOTES_SEPARATOR.text([])),
        );
    }
    let target = s.target.map_or_else(
        || esc(&msg::TERM_NO_TARGET.text([])),
        |t| match s.requires {
            Some(_) => esc(&msg::TERM_TARGET_REQUIRES.text([&format_percent(Some(t))])),
            None => esc(&msg::TERM_TARGET_VALUE.text([&format_percent(Some(t))])),
        },
    );
    term(out, &msg::TERM_TARGET.text([]), &target);
    let mut periods = vec![esc(&in_force(s))];
    for v in versions.iter().filter(|v| !std::ptr::eq(**v, s)) {
        let mut lines: Vec<String> = v.tiers.iter().map(|t| tier_line(rules, v, t)).collect();
        if let Some(e) = &v.requires {
            lines.push(msg::REQUIRES_LINE.text([&requirement(e)]));
        }
        periods.push(format!(
            "{}{}",
            esc(&in_force(v)),
            esc(" — ") + &lines.join(&msg::NOTES_SEPARATOR.text([]))
        ));
    }
    term(out, &msg::TERM_IN_FORCE.text([]), &periods.join("<br>"));
    out.push_str("</dl>\n");
}

/// The last period's figures of `id`, with the verdict against its target.
fn results(out: &mut String, report: &Report, id: &str, requires: bool) {
    let last: Option<&ReportRow> = report.rows_of(id).filter(|r| !r.is_all()).last();
    let scored = report
        .standards
        .iter()
        .find(|m| m.id == id)
        .and_then(|m| m.scored.as_deref());
    let line = match last {
        None => esc(&msg::RESULTS_NO_CASE.text([])),
        Some(r) => {
            let period = period_words(r);
            match r.compliance {
                None => esc(&msg::RESULTS_NONE.text([&period])),
                Some(c) => {
                    let mut line = if requires {
                        let judged = counted(
                            r.met + r.breached,
                            msg::CASE_JUDGED_ONE,
                            msg::CASE_JUDGED_MANY,
                        );
                        let pct = format_percent(Some(c));
                        let mut l = msg::RESULTS_REQUIRES.text([&period, &pct, &judged]);
                        if let (Some(a), Some(m)) = (scored, r.mean_score) {
                            let mean = crate::text::write::decimal(m, 2, fr());
                            l.push_str(&msg::RESULTS_MEAN.text([&a, &mean]));
                        }
                        esc(&l)
                    } else {
                        let closed = counted(
                            r.met + r.breached,
                            msg::REQUEST_CLOSED_ONE,
                            msg::REQUEST_CLOSED_MANY,
                        );
                        esc(&msg::RESULTS_LINE.text([&period, &format_percent(Some(c)), &closed]))
                    };
                    match (r.meets_target, r.target) {
                        (Some(true), Some(t)) => {
                            let _ = write!(
                                line,
                                "<span class=\"yes\">{}</span>",
                                esc(&msg::MEETS_ITS_TARGET.text([&format_percent(Some(t))]))
                            );
                        }
                        (Some(false), Some(t)) => {
                            let _ = write!(
                                line,
                                "<span class=\"no\">{}</span>",
                                esc(&msg::BELOW_ITS_TARGET.text([&format_percent(Some(t))]))
                            );
                        }
                        _ => {}
                    }
                    line
                }
            }
        }
    };
    let _ = writeln!(
        out,
        "<div class=\"results\"><h3>{}</h3><p>{line}.</p></div>",
        esc(&msg::TERM_RESULTS.text([]))
    );
}

fn section(out: &mut String, page: &Declaration<'_>, i: usize, id: &str) {
    let versions: Vec<&Standard> = page.rules.standards.iter().filter(|s| s.id == id).collect();
    let s = current_version(&versions, page.today);
    let name = text_in(&s.title).unwrap_or_else(|| esc(id));
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"c{i}\">\n<h2 id=\"c{i}\">{name}</h2>"
    );
    if let Some(d) = text_in(&s.description) {
        let _ = writeln!(out, "<p>{d}</p>");
    }
    commitment(out, page.rules, s);
    if let Some(p) = s.promise.get(current()) {
        let date = msg::PROMISE_DATE.text([]);
        let sentence = template::fill(p, &date);
        let quoted = if fr() {
            format!("«\u{a0}{sentence}\u{a0}»")
        } else {
            format!("“{sentence}”")
        };
        let _ = writeln!(out, "<p>{}</p>", esc(&msg::PROMISE_SHOWN.text([&quoted])));
    }
    terms(out, page.rules, s, &versions);
    if let Some(report) = page.results {
        results(out, report, id, s.requires.is_some());
    }
    out.push_str("</section>\n");
}

/// Consecutive days of one closure or holiday, as one row.
fn day_rows(days: &[NonBusinessDay]) -> Vec<(NaiveDate, NaiveDate, &DayKind)> {
    let mut rows: Vec<(NaiveDate, NaiveDate, &DayKind)> = Vec::new();
    for d in days {
        if let Some(last) = rows.last_mut() {
            if last.2 == &d.kind && last.1.succ_opt() == Some(d.date) {
                last.1 = d.date;
                continue;
            }
        }
        rows.push((d.date, d.date, &d.kind));
    }
    rows
}

fn days_off(out: &mut String, page: &Declaration<'_>) {
    if page.days_off.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"days-off\">\n<h2 id=\"days-off\">{}</h2>",
        esc(&msg::DAYS_OFF_HEADING.text([&page.year]))
    );
    for cal in &page.days_off {
        let rows = day_rows(cal.days);
        if rows.is_empty() {
            let _ = writeln!(
                out,
                "<p><strong>{}</strong> — {}</p>",
                esc(&msg::DAYS_OFF_CAPTION.text([&cal.calendar])),
                esc(&msg::DAYS_OFF_NONE.text([]))
            );
            continue;
        }
        let _ = writeln!(
            out,
            "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            esc(&msg::DAYS_OFF_CAPTION.text([&cal.calendar])),
            esc(&msg::TH_DATES.text([])),
            esc(&msg::TH_WHAT.text([]))
        );
        for (from, until, kind) in rows {
            let dates = if from == until {
                day_words(from)
            } else {
                msg::DAY_RANGE.text([&day_words(from), &day_words(until)])
            };
            let what = match kind {
                DayKind::Holiday(n) => msg::DAY_KIND_HOLIDAY.text([n]),
                DayKind::Closed(n) => msg::DAY_KIND_CLOSED.text([n]),
                DayKind::Open(n) => msg::DAY_KIND_OPEN.text([n]),
                DayKind::Business | DayKind::NotWorkday => continue,
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td></tr>",
                esc(&dates),
                esc(&what)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
}

/// The whole page, in [`current`]'s language; it links `style.css`
/// ([`DECLARATION_CSS`]).
pub fn render_declaration(page: &Declaration<'_>) -> String {
    let lang = current();
    let title = page
        .title
        .map_or_else(|| msg::DECLARATION_TITLE.text([]), str::to_string);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{t}</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n<main>\n<h1>{t}</h1>\n",
        t = esc(&title)
    );
    let _ = writeln!(
        out,
        "<p class=\"intro\">{}</p>",
        esc(&msg::DECLARATION_INTRO.text([]))
    );
    if page.results.is_some() {
        let _ = writeln!(
            out,
            "<p class=\"meta\">{}</p>",
            esc(&msg::DECLARATION_AS_OF.text([&day_words(page.today)]))
        );
    }
    let ids = standard_ids(page.rules);
    let _ = writeln!(
        out,
        "<nav aria-labelledby=\"contents\"><h2 id=\"contents\">{}</h2>\n<ul>",
        esc(&msg::DECLARATION_CONTENTS.text([]))
    );
    for (i, id) in ids.iter().enumerate() {
        let versions: Vec<&Standard> = page
            .rules
            .standards
            .iter()
            .filter(|s| s.id == *id)
            .collect();
        let s = current_version(&versions, page.today);
        let name = text_in(&s.title).unwrap_or_else(|| esc(id));
        let _ = writeln!(out, "<li><a href=\"#c{i}\">{name}</a></li>");
    }
    out.push_str("</ul>\n</nav>\n");
    for (i, id) in ids.iter().enumerate() {
        section(&mut out, page, i, id);
    }
    days_off(&mut out, page);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
