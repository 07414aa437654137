//! `explain` for a standard that `requires` a condition (issue #19 §3):
//! the condition, the instant that placed the case, the values the case
//! has for the attributes it reads, and the verdict, in sentences from the
//! catalogue (README "Standards that are not delays").

use super::explain::{unjudged, Explanation};
use crate::clock::{requires::placing, timeline, Context, Required};
use crate::diagnostic::{msg, with_lang, Diagnostic};
use crate::model::{Case, Lang, Status, Value};
use crate::text::write as text;
use chrono::{DateTime, Utc};

/// The explanation of `r`, the judgement of `case` against `standard`.
pub(super) fn explain(
    ctx: &Context,
    r: &Required,
    case: &Case,
    as_of: DateTime<Utc>,
    lang: Lang,
) -> Result<Explanation, Diagnostic> {
    let s = &ctx.standards[r.standard];
    let zone = ctx.zone_calendar(s);
    let events = timeline::resolve_events(case, zone, as_of)?;
    let placed_by = events
        .iter()
        .find(|(at, name)| *at == r.placed && (s.start_event.is_empty() || *name == s.start_event))
        .map_or(s.start_event.as_str(), |(_, name)| name);
    debug_assert_eq!(placing(s, &events), Some(r.placed));
    let wall = text::wall(ctx.show(r.standard, r.placed).naive_local(), false);
    let lines = with_lang(lang, || {
        use crate::text::write::condition::{requirement, TEXT};
        let mut lines = Vec::new();
        if let Some(condition) = &s.requires {
            let written = requirement(condition, &TEXT);
            lines.push(msg::EXPLAIN_REQUIRES.text([&written]));
        }
        lines.push(if s.start_event.is_empty() {
            msg::EXPLAIN_REQUIRES_PLACED_FIRST.text([&placed_by, &wall])
        } else {
            msg::EXPLAIN_REQUIRES_PLACED.text([&placed_by, &wall])
        });
        let mut read = Vec::new();
        if let Some(condition) = &s.requires {
            condition.attributes(&mut read);
        }
        for name in &read {
            if let Some(v) = case.attributes.get(name) {
                let shown = match v {
                    Value::Str(t) => format!("\"{t}\""),
                    other => other.to_string(),
                };
                lines.push(msg::EXPLAIN_REQUIRES_VALUE.text([name, &shown]));
            }
        }
        lines.push(match r.status {
            Status::Met => msg::EXPLAIN_REQUIRES_MET.text([]),
            Status::Breached => msg::EXPLAIN_REQUIRES_BREACHED.text([]),
            _ => {
                let names: Vec<String> = r.missing.iter().map(|n| format!("`{n}`")).collect();
                msg::EXPLAIN_REQUIRES_MISSING.text([&names.join(", ")])
            }
        });
        lines
    });
    let mut x = unjudged(case, &s.id, r.status, String::new());
    x.start = Some(ctx.show(r.standard, r.placed));
    x.lines = lines;
    Ok(x)
}
