//! "When can the citizen expect an answer?" — the deadline for a start.

use super::{sentences, Rules};
use crate::clock::{timeline, Deemed, Outcome, Quantity};
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::model::{Case, CaseTime, Event, Texts, Value};
use chrono::{DateTime, FixedOffset, Timelike};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A deadline, with the sentence to show citizens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct Due {
    /// The id of the standard that gave the deadline.
    pub standard: String,
    /// The start asked about, in the calendar's zone.
    pub start: DateTime<FixedOffset>,
    /// When a cutoff or a non-business day moved the start, the instant
    /// the clock counts from.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub counted_from: Option<DateTime<FixedOffset>>,
    /// The deadline: the last instant by which the stop event meets the
    /// standard (the end of the day for day-based units).
    pub due: DateTime<FixedOffset>,
    /// For a range (`within 4 to 6 weeks`), the usual deadline: the
    /// answer usually comes by then, and at the latest by `due`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub usual_due: Option<DateTime<FixedOffset>>,
    /// The allowed time of the tier that applied.
    pub allowed: Quantity,
    /// 0-based index of the `within` line that applied.
    pub tier: usize,
    /// The calendar the time was counted on; `None` for exact-time units.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub calendar: Option<String>,
    /// « Réponse au plus tard le mardi 8 juillet 2025 »
    pub text: Texts,
}

impl Rules {
    /// The deadline of `standard` for a case started at `start` (RFC 3339,
    /// or local `YYYY-MM-DD HH:MM[:SS]` in the standard's calendar zone)
    /// with these attributes. For a standard counted backward (`at least
    /// … before "event"`), `start` is that later event's time and the
    /// answer is the last moment the act may happen.
    ///
    /// ```
    /// let rules = delai::compile(r#"
    /// standard "written-requests" {
    ///   applies when channel = "mail"
    ///   within 10 business days on "quebec"
    /// }"#).unwrap();
    /// let attrs = [("channel".to_string(), "mail".into())].into();
    /// let due = rules.due("written-requests", "2025-06-20 10:00", &attrs).unwrap();
    /// assert_eq!(due.due.to_rfc3339(), "2025-07-08T23:59:59-04:00");
    /// assert_eq!(due.text.fr.as_deref(), Some("Réponse au plus tard le mardi 8 juillet 2025"));
    /// ```
    pub fn due(
        &self,
        standard: &str,
        start: &str,
        attributes: &BTreeMap<String, Value>,
    ) -> Result<Due, Diagnostic> {
        let at = CaseTime::parse(start).ok_or_else(|| {
            Diagnostic::error(Code::BadTime, msg::UNREADABLE_TIME.text([&start]))
                .help(msg::UNREADABLE_TIME_HELP.text([]))
                .field("start")
        })?;
        self.due_at(standard, at, attributes)
    }

    /// [`Rules::due`] with an already parsed start.
    pub fn due_at(
        &self,
        standard: &str,
        start: CaseTime,
        attributes: &BTreeMap<String, Value>,
    ) -> Result<Due, Diagnostic> {
        let versions = self.versions(standard)?;
        let ctx = self.context();
        let first = &ctx.standards[versions[0]];
        if let Some(condition) = &first.requires {
            return Err(no_deadline(standard, condition));
        }
        let as_of =
            timeline::instant(&start, ctx.zone_calendar(first)).map_err(|d| d.field("start"))?;
        let mut case = Case {
            id: String::new(),
            attributes: attributes.clone(),
            events: Vec::new(),
        };
        for &v in versions {
            let name = &ctx.standards[v].start_event;
            if !case.events.iter().any(|e| &e.name == name) {
                case.events.push(Event {
                    name: name.clone(),
                    at: start,
                });
            }
        }
        match crate::clock::judge(&ctx, versions, &case, as_of)? {
            Outcome::Judged(j) => {
                let s = &ctx.standards[j.standard];
                // With two deadlines, the one that decided.
                let tier = s.tiers[j.tier].allowed(j.alternative);
                let cal = tier.calendar.and_then(|i| ctx.calendars.get(i));
                let tz = ctx
                    .zone_calendar(s)
                    .map(|c| c.tz())
                    .unwrap_or(crate::calendar::UTC_ZONE);
                let local_due = j.due.with_timezone(&tz);
                let end_of_day =
                    tier.unit.is_day_based() && local_due.hour() == 23 && local_due.minute() == 59;
                let generic = match j.usual_due {
                    _ if s.before => sentences::act_by(&local_due, end_of_day),
                    Some(usual) => {
                        sentences::expect_between(&usual.with_timezone(&tz), &local_due, end_of_day)
                    }
                    None => sentences::expect_by(&local_due, end_of_day),
                };
                let generic = match &s.tiers[j.tier].or {
                    None => generic,
                    Some(o) => sentences::of_two(&ctx, &s.tiers[j.tier], o.whichever, generic),
                };
                let (en, fr) = sentences::promised(&s.promise, generic, &local_due, end_of_day);
                Ok(Due {
                    standard: s.id.clone(),
                    start: ctx.show(j.standard, j.start),
                    counted_from: j
                        .deemed
                        .filter(|(_, why)| {
                            matches!(why, Deemed::AfterCutoff | Deemed::NonBusinessDay)
                        })
                        .map(|(at, _)| ctx.show(j.standard, at)),
                    due: ctx.show(j.standard, j.due),
                    usual_due: j.usual_due.map(|t| ctx.show(j.standard, t)),
                    allowed: Quantity {
                        value: j.allowed as f64,
                        unit: tier.unit,
                    },
                    tier: j.tier,
                    calendar: cal.map(|c| c.name().to_string()),
                    text: Texts {
                        en: Some(en),
                        fr: Some(fr),
                    },
                })
            }
            // Refused above: versions of one id are of one kind.
            Outcome::Required(r) => {
                let s = &ctx.standards[r.standard];
                Err(match &s.requires {
                    Some(condition) => no_deadline(&s.id, condition),
                    None => Diagnostic::error(Code::NoDeadline, msg::NO_SUCH_STANDARD.text([])),
                })
            }
            Outcome::NotApplicable { standard: v } | Outcome::NotStarted { standard: v } => {
                // The version is chosen by the start's local date before any
                // attribute is read: without one, the attributes are not why.
                let day = |s: &crate::model::Standard| match ctx.zone_calendar(s) {
                    Some(c) => c.local_date_of(as_of),
                    None => as_of.date_naive(),
                };
                let in_force = versions.iter().any(|&v| {
                    let s = &ctx.standards[v];
                    s.effective.contains(day(s))
                });
                if !in_force {
                    let ranges: Vec<String> = versions
                        .iter()
                        .map(|&v| ctx.standards[v].effective.describe())
                        .collect();
                    return Err(Diagnostic::error(
                        Code::NotApplicable,
                        msg::NOT_IN_FORCE.text([&standard, &day(first)]),
                    )
                    .help(msg::NOT_IN_FORCE_HELP.text([&ranges.join("; ")]))
                    .field("start"));
                }
                let mut attrs = Vec::new();
                let s = &ctx.standards[v];
                if let Some(e) = &s.applies {
                    e.attributes(&mut attrs);
                }
                for t in &s.tiers {
                    if let Some(e) = &t.when {
                        e.attributes(&mut attrs);
                    }
                }
                Err(Diagnostic::error(
                    Code::NotApplicable,
                    msg::NOT_APPLICABLE_TO_CASE.text([&standard]),
                )
                .help(if attrs.is_empty() {
                    msg::NOT_APPLICABLE_TO_ANY_HELP.text([])
                } else {
                    msg::NOT_APPLICABLE_ATTRIBUTES_HELP.text([&attrs.join(", ")])
                }))
            }
        }
    }
}

/// `due` on a `requires` standard: there is no deadline to give; the
/// condition is quoted in the language of the messages.
fn no_deadline(standard: &str, condition: &crate::model::Expr) -> Diagnostic {
    use crate::text::write::condition::{requirement, TEXT};
    let written = requirement(condition, &TEXT);
    Diagnostic::error(
        Code::NoDeadline,
        msg::NO_DEADLINE_REQUIRES.text([&standard, &written]),
    )
    .help(msg::NO_DEADLINE_REQUIRES_HELP.text([]))
}
