//! `applies when` / tier conditions over case attributes.

use super::case::Value;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A comparison of a case attribute with a value in a condition
/// (`applies when amount >= 1000`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CmpOp {
    /// `=`: the same value (a number equals a numeric string of that value).
    #[serde(rename = "=")]
    Eq,
    /// `!=`: not the same value.
    #[serde(rename = "!=")]
    Ne,
    /// `<`: a smaller number.
    #[serde(rename = "<")]
    Lt,
    /// `<=`: a smaller or equal number.
    #[serde(rename = "<=")]
    Le,
    /// `>`: a larger number.
    #[serde(rename = ">")]
    Gt,
    /// `>=`: a larger or equal number.
    #[serde(rename = ">=")]
    Ge,
}

impl CmpOp {
    /// The operator as the language writes it (`>=`).
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "=",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

/// A condition on a case's attributes: which cases a standard applies to
/// (`applies when`) and which tier of deadline they get (`within … when`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum Expr {
    /// Every condition holds (`and`).
    All {
        /// The conditions joined.
        of: Vec<Expr>,
    },
    /// At least one condition holds (`or`).
    Any {
        /// The conditions joined.
        of: Vec<Expr>,
    },
    /// The condition does not hold (`not (…)`).
    Not {
        /// The condition negated.
        expr: Box<Expr>,
    },
    /// The attribute compares with a value (`channel = "mail"`); false when the
    /// case lacks the attribute.
    Compare {
        /// The attribute's name.
        attr: String,
        /// The comparison.
        cmp: CmpOp,
        /// The value compared with.
        value: Value,
    },
    /// The attribute is one of the values (`channel in ["mail", "email"]`), or
    /// none of them (`not in`); false when the case lacks the attribute.
    In {
        /// The attribute's name.
        attr: String,
        /// The values listed.
        values: Vec<Value>,
        /// `true` for `not in`.
        negated: bool,
    },
    /// The case has the attribute (`x is set`); `x is not set` is its
    /// negation.
    Set {
        /// The attribute's name.
        attr: String,
    },
}

impl Expr {
    /// Evaluates against a case's attributes. A missing attribute makes a
    /// comparison false (and so `not (…)` of it true); `<`, `<=`, `>`, `>=`
    /// compare numbers only; `=` compares a number with a numeric string by
    /// value (CSV cells and `--attr` read "3" as 3).
    pub fn eval(&self, attrs: &BTreeMap<String, Value>) -> bool {
        match self {
            Expr::All { of } => of.iter().all(|e| e.eval(attrs)),
            Expr::Any { of } => of.iter().any(|e| e.eval(attrs)),
            Expr::Not { expr } => !expr.eval(attrs),
            Expr::Compare { attr, cmp, value } => match attrs.get(attr) {
                None => false,
                Some(have) => compare(have, *cmp, value),
            },
            Expr::In {
                attr,
                values,
                negated,
            } => match attrs.get(attr) {
                None => false,
                Some(have) => values.iter().any(|v| have.same(v)) != *negated,
            },
            Expr::Set { attr } => attrs.contains_key(attr),
        }
    }

    /// Attribute names the expression reads, for forms that ask only the
    /// questions a service needs.
    pub fn attributes(&self, out: &mut Vec<String>) {
        match self {
            Expr::All { of } | Expr::Any { of } => of.iter().for_each(|e| e.attributes(out)),
            Expr::Not { expr } => expr.attributes(out),
            Expr::Compare { attr, .. } | Expr::In { attr, .. } | Expr::Set { attr } => {
                if !out.contains(attr) {
                    out.push(attr.clone());
                }
            }
        }
    }
}

fn compare(have: &Value, cmp: CmpOp, want: &Value) -> bool {
    match cmp {
        CmpOp::Eq => have.same(want),
        CmpOp::Ne => !have.same(want),
        _ => match (have.as_number(), want.as_number()) {
            (Some(a), Some(b)) => match cmp {
                CmpOp::Lt => a < b,
                CmpOp::Le => a <= b,
                CmpOp::Gt => a > b,
                CmpOp::Ge => a >= b,
                CmpOp::Eq | CmpOp::Ne => unreachable_cmp(),
            },
            _ => false,
        },
    }
}

// Eq and Ne are handled above; kept as a function so the match stays total
// without a panic path.
fn unreachable_cmp() -> bool {
    false
}
