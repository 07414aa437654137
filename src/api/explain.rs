//! How a deadline was reached, step by step, in English or French: the
//! tier chosen, the start (and why it moved), the days not counted and why,
//! pauses and extensions, and the status.

use super::Rules;
use crate::calendar::{DayKind, NonBusinessDay};
use crate::clock::{deadline, timeline, Context, Deemed, Outcome, Quantity};
use crate::diagnostic::{msg, Diagnostic};
use crate::model::{Case, Lang, Status, Unit, Whichever};
use crate::text::write as text;
use chrono::{DateTime, Datelike, Duration, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

/// A pause of the clock in an [`Explanation`]: between a pause event and
/// its resume event the allowed time does not run, so the deadline moves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct PauseStep {
    /// When the pause began, in the calendar's zone.
    pub from: DateTime<FixedOffset>,
    /// When the clock resumed; `None`: still paused as of the judgement.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub until: Option<DateTime<FixedOffset>>,
    /// How much the pause moved the deadline, in the tier's unit.
    pub added: Quantity,
}

/// An extension of the deadline in an [`Explanation`] (`extend by … on
/// "…"`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct ExtensionStep {
    /// The event that granted it.
    pub event: String,
    /// When that event happened, in the calendar's zone.
    pub at: DateTime<FixedOffset>,
    /// The time it adds.
    pub added: Quantity,
    /// `false` when the notice came after the deadline.
    pub applied: bool,
}

/// How one case's deadline was reached under one standard, step by step:
/// the tier chosen, the start (and why it moved), the days not counted,
/// pauses, extensions and the status, with the story in sentences in
/// English or French ([`Rules::explain`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct Explanation {
    /// The case's id.
    pub case: String,
    /// The standard's id.
    pub standard: String,
    /// The case's status as of the judgement.
    pub status: Status,
    /// Index of the `within` line that applied (0 = the first); `None` when the
    /// standard does not apply.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub tier: Option<usize>,
    /// The allowed time of that tier, extensions included.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub allowed: Option<Quantity>,
    /// The calendar the time was counted on.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub calendar: Option<String>,
    /// When the start event happened; `None` when it has not.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub start: Option<DateTime<FixedOffset>>,
    /// When counting began, when it differs from the start (a start after the
    /// `cutoff`, or outside opening hours, counts from the next opening).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub counted_from: Option<DateTime<FixedOffset>>,
    /// When the stop event happened, if it has.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub stop: Option<DateTime<FixedOffset>>,
    /// The deadline.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub due: Option<DateTime<FixedOffset>>,
    /// Days between the start and the deadline that were not business days.
    pub skipped: Vec<NonBusinessDay>,
    /// The pauses, in time order.
    pub pauses: Vec<PauseStep>,
    /// The extensions, granted or refused, in time order.
    pub extensions: Vec<ExtensionStep>,
    /// The story, one sentence a line, in the language asked for.
    pub lines: Vec<String>,
}

fn unit_words(unit: Unit, n: f64, fr: bool) -> String {
    unit.amount(n, 2, fr)
}

fn reason(kind: &DayKind, fr: bool) -> String {
    match (kind, fr) {
        (DayKind::Business, false) => "business day".into(),
        (DayKind::Business, true) => "jour ouvrable".into(),
        (DayKind::NotWorkday, false) => "not a workday".into(),
        (DayKind::NotWorkday, true) => "jour non ouvrable".into(),
        (DayKind::Holiday(n), false) => format!("holiday: {n}"),
        (DayKind::Holiday(n), true) => format!("jour férié : {n}"),
        (DayKind::Closed(n), false) => format!("closed: {n}"),
        (DayKind::Closed(n), true) => format!("fermeture : {n}"),
        (DayKind::Open(n), false) => format!("open: {n}"),
        (DayKind::Open(n), true) => format!("ouverture : {n}"),
    }
}

fn status_words(s: Status, fr: bool) -> &'static str {
    if fr {
        s.french()
    } else {
        s.id()
    }
}

/// The explanation of a case the clock did not run for.
pub(super) fn unjudged(case: &Case, standard: &str, status: Status, line: String) -> Explanation {
    Explanation {
        case: case.id.clone(),
        standard: standard.to_string(),
        status,
        tier: None,
        allowed: None,
        calendar: None,
        start: None,
        counted_from: None,
        stop: None,
        due: None,
        skipped: Vec::new(),
        pauses: Vec::new(),
        extensions: Vec::new(),
        lines: vec![line],
    }
}

/// Why the clock of version `v` has not started: the case has no start
/// event, or has one dated after the as-of instant, which the clock does
/// not know yet (events after `as_of` are left out of every judgement).
fn not_started(
    ctx: &Context,
    v: usize,
    case: &Case,
    as_of: DateTime<Utc>,
    fr: bool,
) -> Result<String, Diagnostic> {
    let s = &ctx.standards[v];
    // A requirement without `starts at` is placed by any event.
    if s.requires.is_some() && s.start_event.is_empty() {
        let lang = if fr { Lang::Fr } else { Lang::En };
        return Ok(crate::diagnostic::with_lang(lang, || {
            msg::EXPLAIN_REQUIRES_NO_EVENT.text([])
        }));
    }
    // With several start events, the first the case does not have yet.
    let known = timeline::resolve_events(case, ctx.zone_calendar(s), as_of)?;
    let event = s
        .start_events()
        .find(|n| !known.iter().any(|(_, m)| m == n))
        .unwrap_or(&s.start_event);
    // Every event, whatever its date: the judgement saw only those up to
    // `as_of`, so a start event here is a later one.
    let later = timeline::resolve_events(case, ctx.zone_calendar(s), DateTime::<Utc>::MAX_UTC)?
        .into_iter()
        .find(|(at, name)| *name == event && *at > as_of)
        .map(|(at, _)| text::wall(ctx.show(v, at).naive_local(), false));
    let now = text::wall(ctx.show(v, as_of).naive_local(), false);
    if s.before {
        // A backward deadline reads its anchor whatever its date: only
        // its absence leaves the due date unknown.
        return Ok(if fr {
            format!("Le cas n'a pas d'événement « {event} » : l'échéance, comptée à rebours de cet événement, n'est pas connue.")
        } else {
            format!("The case has no \"{event}\" event: the due date, counted back from it, is not known.")
        });
    }
    Ok(match (later, fr) {
        (Some(at), false) => format!(
            "The case's \"{event}\" event, at {at}, is after the as-of instant ({now}): it is not known yet, so the clock has not started."
        ),
        (Some(at), true) => format!(
            "L'événement « {event} » du cas, le {at}, est postérieur à l'instant « en date du » ({now}) : il n'est pas encore connu, le délai n'a donc pas commencé."
        ),
        (None, false) => {
            format!("The case has no \"{event}\" event yet: the clock has not started.")
        }
        (None, true) => format!(
            "Le cas n'a pas encore d'événement « {event} » : le délai n'a pas commencé."
        ),
    })
}

impl Rules {
    /// Explains how `case` fares against `standard` as of an instant, in
    /// `lang`.
    ///
    /// ```
    /// let rules = delai::compile(r#"standard "s" { starts at "received"
    ///   within 3 business days on "quebec" }"#).unwrap();
    /// let case = delai::cases::case_from_json(serde_json::json!(
    ///     {"id": "1", "events": {"received": "2025-06-20 10:00"}})).unwrap();
    /// let as_of = rules.read_time("2025-06-21 12:00").unwrap();
    /// let x = rules.explain("s", &case, as_of, delai::model::Lang::Fr).unwrap();
    /// // Friday 20 June: Monday 23 counts, Tuesday 24 (Fête nationale) does
    /// // not, Wednesday 25 and Thursday 26 do.
    /// assert_eq!(x.status, delai::model::Status::Pending);
    /// assert_eq!(x.due.unwrap().date_naive().to_string(), "2025-06-26");
    /// assert!(x.lines.iter().any(|l| l.contains("Fête nationale")));
    /// ```
    pub fn explain(
        &self,
        standard: &str,
        case: &Case,
        as_of: DateTime<Utc>,
        lang: Lang,
    ) -> Result<Explanation, Diagnostic> {
        let fr = lang == Lang::Fr;
        let ctx = self.context();
        let outcome = self.judge(standard, case, as_of)?;
        let j = match outcome {
            Outcome::Judged(j) => j,
            Outcome::Required(r) => return super::required::explain(&ctx, &r, case, as_of, lang),
            Outcome::NotStarted { standard: v } => {
                let line = not_started(&ctx, v, case, as_of, fr)?;
                return Ok(unjudged(case, standard, Status::NotStarted, line));
            }
            Outcome::NotApplicable { .. } => {
                let line = if fr {
                    format!("La norme « {standard} » ne s'applique pas à ce cas (ses attributs, ou aucune version en vigueur à son début).")
                } else {
                    format!("The standard \"{standard}\" does not apply to this case (its attributes, or no version in force at its start).")
                };
                return Ok(unjudged(case, standard, Status::NotApplicable, line));
            }
        };
        let s = &ctx.standards[j.standard];
        // With two deadlines, the one that decided: its unit and calendar.
        let tier = s.tiers[j.tier].allowed(j.alternative);
        let cal = tier.calendar.and_then(|i| ctx.calendars.get(i));
        let show = |t: DateTime<Utc>| ctx.show(j.standard, t);
        let q = |v: i64| Quantity {
            value: crate::clock::deadline::in_unit(v, tier.unit),
            unit: tier.unit,
        };
        let mut lines = Vec::new();
        let allowed = unit_words(tier.unit, j.allowed as f64, fr);
        let cal_name = cal.map(|c| c.name().to_string());
        let tier_of = |many: bool| match (many, fr) {
            (false, _) => String::new(),
            (true, false) => format!(" (tier {} of {})", j.tier + 1, s.tiers.len()),
            (true, true) => format!(" (palier {} sur {})", j.tier + 1, s.tiers.len()),
        };
        let anchor = &s.start_event;
        let many = s.tiers.len() > 1;
        lines.push(match (s.before, fr, &cal_name) {
            (false, false, Some(c)) => {
                format!("Allowed time: {allowed} on calendar \"{c}\"{}.", tier_of(many))
            }
            (false, false, None) => format!("Allowed time: {allowed}, counted around the clock."),
            (false, true, Some(c)) => format!(
                "Délai accordé : {allowed} selon le calendrier « {c} »{}.",
                tier_of(many)
            ),
            (false, true, None) => format!("Délai accordé : {allowed}, compté en continu."),
            (true, false, Some(c)) => format!(
                "Notice required: at least {allowed} before \"{anchor}\", on calendar \"{c}\"{}.",
                tier_of(many)
            ),
            (true, false, None) => format!(
                "Notice required: at least {allowed} before \"{anchor}\"{}.",
                tier_of(many)
            ),
            (true, true, Some(c)) => format!(
                "Préavis exigé : au moins {allowed} avant « {anchor} », selon le calendrier « {c} »{}.",
                tier_of(many)
            ),
            (true, true, None) => format!(
                "Préavis exigé : au moins {allowed} avant « {anchor} »{}.",
                tier_of(many)
            ),
        });
        let start = show(j.start);
        let wall = text::wall(start.naive_local(), true);
        lines.push(match (s.before, fr) {
            (false, false) => format!("Start: {wall}."),
            (false, true) => format!("Début : {wall}."),
            (true, false) => format!(
                "\"{anchor}\": {wall}; both its day and the act's day are excluded (clear days)."
            ),
            (true, true) => format!(
                "« {anchor} » : {wall} ; son jour et celui de l'acte sont exclus (jours francs)."
            ),
        });
        if let Some((at, why)) = j.deemed {
            let at = show(at);
            lines.push(match (why, fr) {
                (Deemed::AfterCutoff, false) => format!(
                    "Received after the cutoff: counted from {}.",
                    text::wall(at.naive_local(), false)
                ),
                (Deemed::AfterCutoff, true) => format!(
                    "Reçu après l'heure limite : compté à partir du {}.",
                    text::wall(at.naive_local(), false)
                ),
                (Deemed::NonBusinessDay, false) => format!(
                    "Received on a non-business day: counted from {}.",
                    text::wall(at.naive_local(), false)
                ),
                (Deemed::NonBusinessDay, true) => format!(
                    "Reçu un jour non ouvrable : compté à partir du {}.",
                    text::wall(at.naive_local(), false)
                ),
            });
        }
        let mut skipped = Vec::new();
        if let Some(c) = cal {
            let due_date = j.due.with_timezone(&c.tz()).date_naive();
            let (from, to) = match (s.before, tier.unit) {
                // Calendar days count every day: the days not counted are
                // those the deadline was moved past, between the day the
                // count gave and the due date.
                (before, Unit::Days | Unit::Weeks | Unit::Months) => {
                    let paused = if before { 0 } else { j.paused };
                    let unmoved =
                        deadline::unmoved_day(j.d0, j.allowed, tier.unit, paused, before)?;
                    let moved = if s.unmoved {
                        unmoved
                    } else if before {
                        c.deadline_day_on_or_before(unmoved)?
                    } else {
                        c.deadline_day_on_or_after(unmoved)?
                    };
                    match (moved == due_date, before) {
                        (true, false) => (unmoved, due_date - Duration::days(1)),
                        (true, true) => (due_date + Duration::days(1), unmoved),
                        // Moved further by an extension in another unit:
                        // no single day the count gave to name.
                        (false, _) => (due_date, due_date - Duration::days(1)),
                    }
                }
                // Exact durations count every hour of every day.
                (_, Unit::Hours | Unit::Minutes | Unit::Seconds) => {
                    (due_date, due_date - Duration::days(1))
                }
                // Backward, the days between the due date and the event's.
                (true, _) => (due_date + Duration::days(1), j.d0 - Duration::days(1)),
                (false, Unit::BusinessDays) => (j.d0 + Duration::days(1), due_date),
                (false, _) => (j.d0, due_date),
            };
            if from <= to {
                skipped = c.non_business_days(from, to)?;
            }
            // One line a day: `Not counted: …` / `Counted: …`, its reason.
            let day_line = |day: &NonBusinessDay, counted: bool| {
                let (label, words) = match (fr, counted) {
                    (false, false) => ("Not counted:", text::date_en(day.date)),
                    (false, true) => ("Counted:", text::date_en(day.date)),
                    (true, false) => ("Non compté :", text::date_fr(day.date)),
                    (true, true) => ("Compté :", text::date_fr(day.date)),
                };
                format!("{label} {words} ({}).", reason(&day.kind, fr))
            };
            lines.extend(skipped.iter().map(|day| day_line(day, false)));
            // Dates opened on a non-working day (`open "…" on …`) count:
            // said, since the reader would expect them skipped.
            let business = matches!(
                tier.unit,
                Unit::BusinessDays | Unit::BusinessHours | Unit::BusinessMinutes
            );
            if business && from <= to {
                for day in c.opened_days(from, to)? {
                    if !c.model().workdays_on(day.date).contains(day.date.weekday()) {
                        lines.push(day_line(&day, true));
                    }
                }
            }
        }
        let mut pauses = Vec::new();
        for p in &j.pauses {
            let step = PauseStep {
                from: show(p.what.from),
                until: p.what.until.map(show),
                added: q(p.added),
            };
            let added = unit_words(tier.unit, step.added.value, fr);
            let from = text::wall(step.from.naive_local(), false);
            lines.push(match (step.until, fr) {
                (Some(u), false) => format!(
                    "Paused from {from} to {}: {added} added.",
                    text::wall(u.naive_local(), false)
                ),
                (Some(u), true) => format!(
                    "Suspendu du {from} au {} : délai prolongé de {added}.",
                    text::wall(u.naive_local(), false)
                ),
                (None, false) => format!("Paused since {from} ({added} so far)."),
                (None, true) => format!("Suspendu depuis le {from} ({added} jusqu'ici)."),
            });
            pauses.push(step);
        }
        let mut extensions = Vec::new();
        for n in &j.notices {
            let ext = &s.extensions[n.what.extension];
            let step = ExtensionStep {
                event: ext.event.clone(),
                at: show(n.what.at),
                added: Quantity {
                    value: ext.amount as f64,
                    unit: ext.unit,
                },
                applied: n.added > 0,
            };
            let amount = unit_words(ext.unit, ext.amount as f64, fr);
            let at = text::wall(step.at.naive_local(), false);
            lines.push(match (step.applied, fr) {
                (true, false) => format!("Extended by {amount} (\"{}\" at {at}).", ext.event),
                (true, true) => format!("Prolongé de {amount} (« {} » le {at}).", ext.event),
                (false, false) => format!(
                    "\"{}\" at {at} came after the deadline: no extension.",
                    ext.event
                ),
                (false, true) => format!(
                    "« {} » le {at} est venu après l'échéance : aucune prolongation.",
                    ext.event
                ),
            });
            extensions.push(step);
        }
        let due = show(j.due);
        lines.push(if fr {
            format!(
                "Échéance : {} ({}).",
                text::wall(due.naive_local(), true),
                text::date_fr(due)
            )
        } else {
            format!(
                "Due: {} ({}).",
                text::wall(due.naive_local(), true),
                text::date_en(due)
            )
        });
        // Two deadlines: which decided, and where the other would end.
        if let (Some(o), Some(other_due)) = (&s.tiers[j.tier].or, j.other_due) {
            let lang = if fr { Lang::Fr } else { Lang::En };
            let words = |a: crate::model::Allowed| {
                let amount = a.unit.amount(a.amount as f64, 0, fr);
                match a.calendar.and_then(|i| ctx.calendars.get(i)) {
                    Some(c) => msg::DEADLINE_ON_CALENDAR.text_in(lang, [&amount, &c.name()]),
                    None => amount,
                }
            };
            let t = &s.tiers[j.tier];
            let (chosen, other) = (
                words(t.allowed(j.alternative)),
                words(t.allowed(1 - j.alternative)),
            );
            let other_due = text::wall(show(other_due).naive_local(), true);
            let line = match o.whichever {
                Whichever::Earlier => &msg::EXPLAIN_EARLIER_OF_TWO,
                Whichever::Later => &msg::EXPLAIN_LATER_OF_TWO,
            };
            lines.push(line.text_in(lang, [&chosen, &other, &other_due]));
        }
        // A range (`within 4 to 6 weeks`): the usual deadline, and on
        // which side of it the stop came; the status is the maximum's.
        if let Some(usual) = j.usual_due.map(show) {
            let (wall, date) = (text::wall(usual.naive_local(), true), usual);
            lines.push(if fr {
                let date = text::date_fr(date);
                format!(
                    "Délai habituel : {wall} ({date}) ; le statut est jugé sur le délai maximal."
                )
            } else {
                let date = text::date_en(date);
                format!("Usual delay: {wall} ({date}); the status is judged on the maximum.")
            });
        }
        if let Some(stop) = j.stop {
            let stop = show(stop);
            lines.push(if fr {
                format!("Fin : {}.", text::wall(stop.naive_local(), true))
            } else {
                format!("Stop: {}.", text::wall(stop.naive_local(), true))
            });
            if let Some(usual) = j.usual_due {
                let within = j.stop.is_some_and(|s| s <= usual);
                lines.push(
                    match (within, fr) {
                        (true, false) => "Within the usual delay.",
                        (false, false) => "After the usual delay.",
                        (true, true) => "Dans le délai habituel.",
                        (false, true) => "Après le délai habituel.",
                    }
                    .to_string(),
                );
            }
        }
        lines.push(if fr {
            format!("Statut : {}.", status_words(j.status, true))
        } else {
            format!("Status: {}.", status_words(j.status, false))
        });
        Ok(Explanation {
            case: case.id.clone(),
            standard: s.id.clone(),
            status: j.status,
            tier: Some(j.tier),
            allowed: Some(Quantity {
                value: j.allowed as f64,
                unit: tier.unit,
            }),
            calendar: cal_name,
            start: Some(start),
            counted_from: j.deemed.map(|(at, _)| show(at)),
            stop: j.stop.map(show),
            due: Some(due),
            skipped,
            pauses,
            extensions,
            lines,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Lang, Status};

    fn rules() -> crate::Rules {
        crate::compile(
            r#"standard "written" {
                 starts at "received"
                 stops at "answered"
                 within 10 business days on "quebec"
               }"#,
        )
        .unwrap()
    }

    fn case(events: serde_json::Value) -> crate::model::Case {
        crate::cases::case_from_json(serde_json::json!({ "id": "7", "events": events })).unwrap()
    }

    fn lines(events: serde_json::Value, as_of: &str, lang: &str) -> Vec<String> {
        let lang = Lang::from_tag(lang).unwrap();
        let rules = rules();
        let as_of = rules.read_time(as_of).unwrap();
        let x = rules
            .explain("written", &case(events), as_of, lang)
            .unwrap();
        assert_eq!(x.status, Status::NotStarted);
        x.lines
    }

    /// The "not counted" lines of a calendar-day or exact deadline: only
    /// the days the deadline was moved past (every other day counts).
    fn not_counted(unit: &str, events: serde_json::Value) -> Vec<String> {
        let rules = crate::compile(&format!(
            r#"standard "s" {{
                 starts at "received"
                 stops at "answered"
                 within {unit} on "quebec-procedure-civile"
               }}
               standard "notice" {{
                 stops at "sent"
                 at least {unit} before "hearing" on "quebec-procedure-civile"
               }}"#
        ))
        .unwrap();
        let as_of = rules.read_time("2025-09-01 12:00").unwrap();
        let id = if events.get("hearing").is_some() {
            "notice"
        } else {
            "s"
        };
        let x = rules.explain(id, &case(events), as_of, Lang::En).unwrap();
        x.lines
            .into_iter()
            .filter(|l| l.starts_with("Not counted"))
            .collect()
    }

    #[test]
    fn calendar_days_count_weekends_and_holidays_but_the_ones_moved_past() {
        // June 20, 2025 (a Friday) + 10 days: Monday, June 30. The
        // weekends and the Fête nationale (June 24) between count.
        let none = not_counted(
            "10 days",
            serde_json::json!({"received": "2025-06-20 10:00"}),
        );
        assert_eq!(none, Vec::<String>::new());
        // June 18 + 10 days: Saturday, June 28, moved past the weekend.
        let moved = not_counted(
            "10 days",
            serde_json::json!({"received": "2025-06-18 10:00"}),
        );
        assert_eq!(moved.len(), 2, "{moved:?}");
        assert!(
            moved[0].contains("June 28") && moved[1].contains("June 29"),
            "{moved:?}"
        );
        // Weeks and months too: May 28 + 1 month is Saturday, June 28.
        let months = not_counted(
            "1 months",
            serde_json::json!({"received": "2025-05-28 10:00"}),
        );
        assert_eq!(months.len(), 2, "{months:?}");
        // Exact hours count every hour of every day.
        let hours = not_counted(
            "100 hours",
            serde_json::json!({"received": "2025-06-20 10:00"}),
        );
        assert_eq!(hours, Vec::<String>::new());
        // Backward: a hearing on Wednesday, July 2 needs 10 clear days:
        // Saturday, June 21, moved earlier to Friday, June 20. The Sunday
        // and the Fête nationale after it count.
        let before = not_counted(
            "10 days",
            serde_json::json!({"hearing": "2025-07-02 10:00", "sent": "2025-06-20 09:00"}),
        );
        assert_eq!(before.len(), 1, "{before:?}");
        assert!(before[0].contains("June 21"), "{before:?}");
    }

    /// Business days still list every non-business day between.
    #[test]
    fn business_days_list_every_day_not_counted() {
        let rules = rules();
        let as_of = rules.read_time("2025-09-01 12:00").unwrap();
        let x = rules
            .explain(
                "written",
                &case(serde_json::json!({"received": "2025-06-20 10:00"})),
                as_of,
                Lang::En,
            )
            .unwrap();
        let skipped = x
            .lines
            .iter()
            .filter(|l| l.starts_with("Not counted"))
            .count();
        // Due Tuesday, July 8: June 21–22, 24, 28–29, July 1, 5–6.
        assert_eq!(skipped, 8, "{:?}", x.lines);
    }

    #[test]
    fn a_start_after_the_as_of_instant_is_not_yet_known() {
        let events = serde_json::json!({ "received": "2025-07-10 09:00" });
        let en = lines(events.clone(), "2025-07-07T12:00:00-04:00", "en").join(" ");
        assert!(
            en.contains("\"received\" event, at 2025-07-10 09:00, is after the as-of instant (2025-07-07 12:00)"),
            "{en}"
        );
        assert!(!en.contains("has no \""), "{en}");
        let fr = lines(events, "2025-07-07T12:00:00-04:00", "fr").join(" ");
        assert!(
            fr.contains("« received » du cas, le 2025-07-10 09:00, est postérieur"),
            "{fr}"
        );
        assert!(fr.contains("pas encore connu"), "{fr}");
        assert!(!fr.contains("n'a pas encore d'événement"), "{fr}");
    }

    #[test]
    fn a_case_without_a_start_has_none() {
        let events = serde_json::json!({ "answered": "2025-07-01 09:00" });
        let en = lines(events.clone(), "2025-07-07T12:00:00-04:00", "en").join(" ");
        assert!(en.contains("has no \"received\" event yet"), "{en}");
        let fr = lines(events, "2025-07-07T12:00:00-04:00", "fr").join(" ");
        assert!(
            fr.contains("n'a pas encore d'événement « received »"),
            "{fr}"
        );
    }
}
