//! Whether a standard's `within … when` lines cover every case its
//! `applies when` admits, for the `missing-otherwise` warning (issue #24:
//! narrowing `applies when` to exactly the tiers' cases, as the warning's
//! help says to, must silence it).
//!
//! A condition reads attributes only through comparisons with the
//! literals written in the file, so each attribute's possible values fall
//! into a few classes that every condition treats alike: each literal
//! itself, a value equal to none of them (text, or a number between or
//! beyond the numeric literals), and the attribute missing. Trying one
//! value of each class, for every combination over the attributes read,
//! decides the question exactly; past [`MAX_COMBINATIONS`] the checker
//! does not decide and warns as before.

use crate::model::{Expr, Value};
use std::collections::BTreeMap;

/// Combinations tried at most (a standard reads a handful of attributes,
/// each compared with a few values).
const MAX_COMBINATIONS: usize = 100_000;

/// `true` when some case satisfies `applies` (every case when `None`) and
/// none of `tiers`, or when there are too many combinations to tell.
pub(super) fn some_case_uncovered(applies: Option<&Expr>, tiers: &[&Expr]) -> bool {
    let mut literals: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for e in applies.into_iter().chain(tiers.iter().copied()) {
        collect(e, &mut literals);
    }
    let classes: Vec<(String, Vec<Option<Value>>)> = literals
        .into_iter()
        .map(|(attr, values)| (attr, representatives(values)))
        .collect();
    let combinations = classes
        .iter()
        .try_fold(1usize, |n, (_, c)| n.checked_mul(c.len()))
        .filter(|&n| n <= MAX_COMBINATIONS);
    let Some(combinations) = combinations else {
        return true;
    };
    let mut attrs = BTreeMap::new();
    for mut k in 0..combinations {
        attrs.clear();
        for (attr, values) in &classes {
            if let Some(v) = &values[k % values.len()] {
                attrs.insert(attr.clone(), v.clone());
            }
            k /= values.len();
        }
        let applies = applies.is_none_or(|e| e.eval(&attrs));
        if applies && !tiers.iter().any(|t| t.eval(&attrs)) {
            return true;
        }
    }
    false
}

/// The literals each attribute is compared with.
fn collect(e: &Expr, out: &mut BTreeMap<String, Vec<Value>>) {
    match e {
        Expr::All { of } | Expr::Any { of } => of.iter().for_each(|e| collect(e, out)),
        Expr::Not { expr } => collect(expr, out),
        Expr::Compare { attr, value, .. } => add(out, attr, std::iter::once(value)),
        Expr::In { attr, values, .. } => add(out, attr, values.iter()),
        Expr::Set { attr } => add(out, attr, std::iter::empty()),
    }
}

fn add<'v>(
    out: &mut BTreeMap<String, Vec<Value>>,
    attr: &str,
    values: impl Iterator<Item = &'v Value>,
) {
    let list = out.entry(attr.to_string()).or_default();
    for v in values {
        if !list.iter().any(|have| have == v) {
            list.push(v.clone());
        }
    }
}

/// One value of each class: the literals, a text equal to none, numbers
/// below, between and above the numeric literals, and `None` (missing).
fn representatives(literals: Vec<Value>) -> Vec<Option<Value>> {
    let mut numbers: Vec<f64> = literals.iter().filter_map(Value::as_number).collect();
    numbers.sort_by(f64::total_cmp);
    numbers.dedup();
    let mut out: Vec<Option<Value>> = literals.into_iter().map(Some).collect();
    out.push(Some(Value::Str("\u{0}none of the literals".into())));
    out.push(None);
    if let (Some(first), Some(last)) = (numbers.first(), numbers.last()) {
        out.push(Some(Value::Num(first - 1.0)));
        out.push(Some(Value::Num(last + 1.0)));
        for pair in numbers.windows(2) {
            out.push(Some(Value::Num((pair[0] + pair[1]) / 2.0)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CmpOp;

    fn is(attr: &str, value: &str) -> Expr {
        Expr::Compare {
            attr: attr.into(),
            cmp: CmpOp::Eq,
            value: Value::Str(value.into()),
        }
    }

    fn within(attr: &str, values: &[&str]) -> Expr {
        Expr::In {
            attr: attr.into(),
            values: values.iter().map(|v| Value::Str((*v).into())).collect(),
            negated: false,
        }
    }

    fn at_least(attr: &str, n: f64) -> Expr {
        Expr::Compare {
            attr: attr.into(),
            cmp: CmpOp::Ge,
            value: Value::Num(n),
        }
    }

    #[test]
    fn applies_when_narrowed_to_the_tiers_cases_covers_them() {
        let (urgent, normal) = (is("priority", "urgent"), is("priority", "normal"));
        let applies = within("priority", &["urgent", "normal"]);
        assert!(!some_case_uncovered(Some(&applies), &[&urgent, &normal]));
        // Wider than the tiers, or absent: a case falls through.
        let wider = within("priority", &["urgent", "normal", "low"]);
        assert!(some_case_uncovered(Some(&wider), &[&urgent, &normal]));
        assert!(some_case_uncovered(None, &[&urgent, &normal]));
    }

    #[test]
    fn numbers_are_tried_between_and_beyond_the_literals() {
        let big = at_least("amount", 1000.0);
        let small = Expr::Compare {
            attr: "amount".into(),
            cmp: CmpOp::Lt,
            value: Value::Num(1000.0),
        };
        // Every number is below or at least 1000, but a missing or text
        // amount is neither: `applies when` must say there is one.
        assert!(some_case_uncovered(None, &[&big, &small]));
        let has_amount = at_least("amount", 0.0);
        assert!(some_case_uncovered(Some(&has_amount), &[&big]));
        assert!(!some_case_uncovered(Some(&has_amount), &[&big, &small]));
    }

    #[test]
    fn conditions_on_other_attributes_are_combined() {
        let applies = Expr::All {
            of: vec![
                is("service", "permit"),
                within("priority", &["urgent", "normal"]),
            ],
        };
        let urgent = is("priority", "urgent");
        let normal_permit = Expr::All {
            of: vec![is("priority", "normal"), is("service", "permit")],
        };
        assert!(!some_case_uncovered(
            Some(&applies),
            &[&urgent, &normal_permit]
        ));
        let normal_other = Expr::All {
            of: vec![is("priority", "normal"), is("service", "other")],
        };
        assert!(some_case_uncovered(
            Some(&applies),
            &[&urgent, &normal_other]
        ));
    }
}
