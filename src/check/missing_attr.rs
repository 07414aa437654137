//! The `missing-attribute` warning (issue #24): `x != "v"` and
//! `x not in [...]` are false for a case that lacks `x`, while
//! `not x = "v"` is true for it. Careful writers were caught by the
//! difference, so a condition that relies on it has to say so: a
//! conjunction that also tests `x is set` is silent, and the warning offers
//! both spellings, each in the file's own keywords.

use super::Ctx;
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::fmt::expr::expr as print;
use crate::fmt::spelling::keywords;
use crate::model::CmpOp;
use crate::syntax::ast::{Expr, ExprKind};

/// Warns on each `!=` / `not in` whose attribute no enclosing conjunction
/// tests with `is set`. Under `not` nothing is reported: the negation
/// already turns the missing case around, and a warning there would need
/// parentheses in its suggestion.
pub fn lint(cx: &mut Ctx, e: &Expr) {
    walk(cx, e, &mut Vec::new());
}

fn walk<'e>(cx: &mut Ctx, e: &'e Expr, guarded: &mut Vec<&'e str>) {
    match &e.kind {
        ExprKind::And(..) => {
            let mut parts = Vec::new();
            conjuncts(e, &mut parts);
            let before = guarded.len();
            guarded.extend(parts.iter().filter_map(|p| match &p.kind {
                ExprKind::Set {
                    attr,
                    negated: false,
                } => Some(attr.value.as_str()),
                _ => None,
            }));
            for p in parts {
                walk(cx, p, guarded);
            }
            guarded.truncate(before);
        }
        ExprKind::Or(a, b) => {
            walk(cx, a, guarded);
            walk(cx, b, guarded);
        }
        ExprKind::Not(_) | ExprKind::Set { .. } => {}
        ExprKind::Compare { attr, op, .. } if op.value == CmpOp::Ne => {
            if !guarded.contains(&attr.value.as_str()) {
                warn(cx, e, &attr.value);
            }
        }
        ExprKind::In {
            attr,
            negated: true,
            ..
        } => {
            if !guarded.contains(&attr.value.as_str()) {
                warn(cx, e, &attr.value);
            }
        }
        ExprKind::Compare { .. } | ExprKind::In { .. } => {}
    }
}

/// The operands of an `and` chain, however the parser nested it.
fn conjuncts<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>) {
    match &e.kind {
        ExprKind::And(a, b) => {
            conjuncts(a, out);
            conjuncts(b, out);
        }
        _ => out.push(e),
    }
}

fn warn(cx: &mut Ctx, e: &Expr, attr: &str) {
    let kw = keywords(cx.lang);
    let written = print(e, kw);
    let guarded = format!("{attr} {} {} {written}", kw.is_set, kw.and);
    // The same test turned around: `not x = "v"`, `not x in [...]`.
    let mut turned = e.clone();
    match &mut turned.kind {
        ExprKind::Compare { op, .. } => op.value = CmpOp::Eq,
        ExprKind::In { negated, .. } => *negated = false,
        _ => {}
    }
    let positive = format!("{} {}", kw.not, print(&turned, kw));
    cx.push(
        Diagnostic::warning(
            Code::MissingAttribute,
            msg::MISSING_ATTRIBUTE.text([&written, &attr]),
        )
        .at(e.span)
        .with_label(msg::MISSING_ATTRIBUTE_LABEL.text([&attr]))
        .help(msg::MISSING_ATTRIBUTE_HELP.text([&guarded, &positive, &attr]))
        .suggest(guarded),
    );
}
