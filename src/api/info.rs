//! What a form needs to know about the standards: titles, targets and the
//! questions (attributes) that decide whether and how a standard applies.

use super::Rules;
use crate::model::{Expr, Texts, Unit, Value, Whichever};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One `within` line of a standard, as a form or a page listing the
/// promises shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct TierInfo {
    /// How many units are allowed (a range's maximum).
    pub amount: i64,
    /// A range's usual delay (`4` in `within 4 to 6 weeks`); absent
    /// otherwise.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub usual: Option<i64>,
    /// The unit counted.
    pub unit: Unit,
    /// The calendar the time counts on; `None` for exact-time units.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub calendar: Option<String>,
    /// `false` for the unconditional / `otherwise` tier.
    pub conditional: bool,
    /// A second deadline (`or 60 business days on "province", whichever
    /// is earlier`); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub or: Option<AlternativeInfo>,
}

/// The second deadline of a `within` line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct AlternativeInfo {
    /// How many units are allowed.
    pub amount: i64,
    /// The unit counted.
    pub unit: Unit,
    /// The calendar the time counts on; `None` for exact-time units.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub calendar: Option<String>,
    /// Which of the two deadlines a case is judged on.
    pub whichever: Whichever,
}

/// An attribute a standard reads, with the values it compares against
/// (choices for a form).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct AttributeInfo {
    /// The attribute's name (`channel`).
    pub name: String,
    /// The values the conditions compare it with (`"mail"`, `"email"`), in the
    /// order written: the choices a form can offer.
    pub values: Vec<Value>,
}

/// What a form or a listing needs to know about one version of a standard:
/// its titles, target, events, the attributes that decide whether and how it
/// applies, and its tiers ([`Rules::standards`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct StandardInfo {
    /// The standard's id.
    pub id: String,
    /// Its title, in English and French.
    pub title: Texts,
    /// What it promises, in English and French.
    pub description: Texts,
    /// The compliance target in percent (`target 90%`), if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub target: Option<f64>,
    /// With several thresholds (`all within`), the thresholds' target
    /// (`target` is then 100: all within the maximum).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub usual_target: Option<f64>,
    /// The share of the allowed time, in percent, after which a running case is
    /// `at-risk` (`warn at 80%`), if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub warn: Option<f64>,
    /// The start event, or for a backward standard the later event the
    /// deadline counts back from.
    pub start_event: String,
    /// The other events the clock waits for (`starts at "id-received" and
    /// "fee-paid"`): it starts at the latest. Absent when none.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub other_start_events: Vec<String>,
    /// The event that stops the clock (the first written, when several do).
    pub stop_event: String,
    /// The other events that stop the clock (`stops at "answered" or
    /// "delay-letter"`): the earliest of all stops it. Absent when none.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub other_stop_events: Vec<String>,
    /// `true`: `at least … before "start_event"` (absent when `false`).
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub before: bool,
    /// `true`: the standard `requires` a condition of the case's
    /// attributes instead of counting a delay (it has no tiers; absent
    /// when `false`).
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub requires: bool,
    /// The attributes its `applies when`, `requires` and tier conditions
    /// read.
    pub attributes: Vec<AttributeInfo>,
    /// Its `within` lines, in order (the first that matches applies).
    pub tiers: Vec<TierInfo>,
    /// The first start date this version judges (`effective from`), if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub effective_from: Option<NaiveDate>,
    /// The last start date this version judges (`until`), if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub effective_until: Option<NaiveDate>,
}

fn collect(e: &Expr, out: &mut Vec<AttributeInfo>) {
    let mut add = |name: &str, values: &[Value]| {
        let entry = match out.iter().position(|a| a.name == name) {
            Some(i) => &mut out[i],
            None => {
                out.push(AttributeInfo {
                    name: name.to_string(),
                    values: Vec::new(),
                });
                let last = out.len() - 1;
                &mut out[last]
            }
        };
        for v in values {
            if !entry.values.contains(v) {
                entry.values.push(v.clone());
            }
        }
    };
    match e {
        Expr::All { of } | Expr::Any { of } => of.iter().for_each(|x| collect(x, out)),
        Expr::Not { expr } => collect(expr, out),
        Expr::Compare { attr, value, .. } => add(attr, std::slice::from_ref(value)),
        Expr::In { attr, values, .. } => add(attr, values),
        Expr::Set { attr } => add(attr, &[]),
    }
}

impl Rules {
    /// Every standard version, in file order.
    pub fn standards(&self) -> Vec<StandardInfo> {
        let ctx = self.context();
        ctx.standards
            .iter()
            .map(|s| {
                let mut attributes = Vec::new();
                for e in s.applies.iter().chain(&s.requires) {
                    collect(e, &mut attributes);
                }
                for t in &s.tiers {
                    if let Some(e) = &t.when {
                        collect(e, &mut attributes);
                    }
                }
                let calendar = |i: Option<usize>| {
                    i.and_then(|i| ctx.calendars.get(i))
                        .map(|c| c.name().to_string())
                };
                StandardInfo {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    description: s.description.clone(),
                    target: s.target,
                    usual_target: s.usual_target,
                    warn: s.warn,
                    start_event: s.start_event.clone(),
                    stop_event: s.stop_event.clone(),
                    other_stop_events: s.other_stop_events.clone(),
                    other_start_events: s.other_start_events.clone(),
                    before: s.before,
                    requires: s.requires.is_some(),
                    attributes,
                    tiers: s
                        .tiers
                        .iter()
                        .map(|t| TierInfo {
                            amount: t.amount,
                            usual: t.usual,
                            unit: t.unit,
                            calendar: calendar(t.calendar),
                            conditional: t.when.is_some(),
                            or: t.or.as_ref().map(|o| AlternativeInfo {
                                amount: o.amount,
                                unit: o.unit,
                                calendar: calendar(o.calendar),
                                whichever: o.whichever,
                            }),
                        })
                        .collect(),
                    effective_from: s.effective.from,
                    effective_until: s.effective.until,
                }
            })
            .collect()
    }
}
