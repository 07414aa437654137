//! The index never leaves out a standard that applies: for any conditions
//! and any case, every standard whose `applies when` holds (in any of its
//! versions) is among the candidates.

use super::Applicable;
use crate::model::{CmpOp, Expr, Standard, Value};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Values chosen to meet `Value::same`'s corners: numeric text, `-0`,
/// booleans, and text that only looks like a number.
fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Str("1".into())),
        Just(Value::Str("1.0".into())),
        Just(Value::Str(" 2".into())),
        Just(Value::Str("mail".into())),
        Just(Value::Str("web".into())),
        Just(Value::Num(1.0)),
        Just(Value::Num(2.0)),
        Just(Value::Num(0.0)),
        Just(Value::Num(-0.0)),
        Just(Value::Str("-0".into())),
        Just(Value::Bool(true)),
        Just(Value::Bool(false)),
    ]
}

fn attribute() -> impl Strategy<Value = String> {
    prop_oneof![Just("service"), Just("channel"), Just("priority")].prop_map(String::from)
}

fn cmp() -> impl Strategy<Value = CmpOp> {
    prop_oneof![
        Just(CmpOp::Eq),
        Just(CmpOp::Ne),
        Just(CmpOp::Lt),
        Just(CmpOp::Ge)
    ]
}

fn expr() -> impl Strategy<Value = Expr> {
    let leaf = prop_oneof![
        (attribute(), cmp(), value()).prop_map(|(attr, cmp, value)| Expr::Compare {
            attr,
            cmp,
            value
        }),
        (
            attribute(),
            prop::collection::vec(value(), 0..3),
            any::<bool>()
        )
            .prop_map(|(attr, values, negated)| Expr::In {
                attr,
                values,
                negated
            }),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..4).prop_map(|of| Expr::All { of }),
            prop::collection::vec(inner.clone(), 1..3).prop_map(|of| Expr::Any { of }),
            inner.prop_map(|e| Expr::Not { expr: Box::new(e) }),
        ]
    })
}

fn candidates(index: &Applicable, case: &BTreeMap<String, Value>) -> Vec<u32> {
    let mut out = Vec::new();
    index.for_each_candidate(case, |i| out.push(i as u32));
    out
}

fn template() -> Standard {
    static TEMPLATE: std::sync::LazyLock<Standard> = std::sync::LazyLock::new(|| {
        let rules =
            crate::compile("standard \"s\" { within 1 day on \"quebec\" }").expect("compiles");
        rules.data().standards[0].clone()
    });
    TEMPLATE.clone()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]
    #[test]
    fn every_standard_that_applies_is_a_candidate(
        conditions in prop::collection::vec(
            prop::collection::vec(prop::option::of(expr()), 1..3), 1..12),
        case in prop::collection::btree_map(attribute(), value(), 0..3),
    ) {
        let template = template();
        let mut standards = Vec::new();
        let mut ids = Vec::new();
        for (i, versions) in conditions.iter().enumerate() {
            let mut indices = Vec::new();
            for applies in versions {
                indices.push(standards.len());
                standards.push(Standard { applies: applies.clone(), ..template.clone() });
            }
            ids.push((format!("s{i}"), indices));
        }
        let index = Applicable::new(&standards, &ids);
        let candidates = candidates(&index, &case);
        prop_assert!(candidates.windows(2).all(|w| w[0] < w[1]), "in file order, once each");
        for (i, (_, versions)) in ids.iter().enumerate() {
            let applies = versions
                .iter()
                .any(|&v| standards[v].applies.as_ref().is_none_or(|e| e.eval(&case)));
            if applies {
                prop_assert!(
                    candidates.contains(&(i as u32)),
                    "standard {i} applies to {case:?} but is not a candidate: {:?}",
                    versions.iter().map(|&v| &standards[v].applies).collect::<Vec<_>>()
                );
            }
        }
    }
}

/// Selection by equality on three attributes narrows sixty standards to
/// the one a case is for (what the index is for).
#[test]
fn sixty_standards_by_three_attributes() {
    let template = template();
    let mut standards = Vec::new();
    for service in 0..10 {
        for channel in ["mail", "web", "phone"] {
            for priority in [1.0, 2.0] {
                let eq = |attr: &str, value: Value| Expr::Compare {
                    attr: attr.into(),
                    cmp: CmpOp::Eq,
                    value,
                };
                standards.push(Standard {
                    applies: Some(Expr::All {
                        of: vec![
                            eq("service", Value::Str(format!("s{service}"))),
                            eq("channel", channel.into()),
                            eq("priority", Value::Num(priority)),
                        ],
                    }),
                    ..template.clone()
                });
            }
        }
    }
    let ids: Vec<_> = (0..standards.len())
        .map(|i| (format!("s{i}"), vec![i]))
        .collect();
    let index = Applicable::new(&standards, &ids);
    let case: BTreeMap<String, Value> = [
        ("service".to_string(), Value::Str("s4".into())),
        ("channel".to_string(), Value::Str("web".into())),
        ("priority".to_string(), Value::Str("2".into())),
    ]
    .into();
    let candidates = candidates(&index, &case);
    // Filed under its three attributes, each standard is met by the cases
    // whose three values it names: here, only the one that applies.
    assert_eq!(candidates, [27]);
    let applying: Vec<u32> = (0..60u32)
        .filter(|&i| standards[i as usize].applies.as_ref().unwrap().eval(&case))
        .collect();
    assert_eq!(applying, [27]);
}
