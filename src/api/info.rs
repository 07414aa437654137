//! What a form needs to know about the standards: titles, targets and the
//! questions (attributes) that decide whether and how a standard applies.

use super::Rules;
use crate::model::{Expr, Texts, Unit, Value};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TierInfo {
    pub amount: i64,
    pub unit: Unit,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub calendar: Option<String>,
    /// `false` for the unconditional / `otherwise` tier.
    pub conditional: bool,
}

/// An attribute a standard reads, with the values it compares against
/// (choices for a form).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttributeInfo {
    pub name: String,
    pub values: Vec<Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StandardInfo {
    pub id: String,
    pub title: Texts,
    pub description: Texts,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub target: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub warn: Option<f64>,
    /// The start event, or for a backward standard the later event the
    /// deadline counts back from.
    pub start_event: String,
    pub stop_event: String,
    /// `true`: `at least … before "start_event"` (absent when `false`).
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub before: bool,
    pub attributes: Vec<AttributeInfo>,
    pub tiers: Vec<TierInfo>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub effective_from: Option<NaiveDate>,
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
                if let Some(e) = &s.applies {
                    collect(e, &mut attributes);
                }
                for t in &s.tiers {
                    if let Some(e) = &t.when {
                        collect(e, &mut attributes);
                    }
                }
                StandardInfo {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    description: s.description.clone(),
                    target: s.target,
                    warn: s.warn,
                    start_event: s.start_event.clone(),
                    stop_event: s.stop_event.clone(),
                    before: s.before,
                    attributes,
                    tiers: s
                        .tiers
                        .iter()
                        .map(|t| TierInfo {
                            amount: t.amount,
                            unit: t.unit,
                            calendar: t
                                .calendar
                                .and_then(|i| ctx.calendars.get(i))
                                .map(|c| c.name().to_string()),
                            conditional: t.when.is_some(),
                        })
                        .collect(),
                    effective_from: s.effective.from,
                    effective_until: s.effective.until,
                }
            })
            .collect()
    }
}
