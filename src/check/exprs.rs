//! `applies when` and tier conditions: AST expressions lowered to
//! [`crate::model::Expr`], `and`/`or` chains flattened, comparisons typed.

use super::Ctx;
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::model::{CmpOp, Expr, Value};
use crate::syntax::ast::{self, ExprKind, Literal};

/// Deeper than the parser allows; a guard for hand-built trees.
const MAX_DEPTH: usize = 256;

pub fn value(lit: &Literal) -> Value {
    match lit {
        Literal::Str(s) => Value::Str(s.clone()),
        Literal::Num(n, _) => Value::Num(*n),
    }
}

/// Lowers an expression; `None` after an error (every error is reported).
pub fn lower(cx: &mut Ctx, e: &ast::Expr) -> Option<Expr> {
    let lowered = go(cx, e, 0)?;
    super::missing_attr::lint(cx, e);
    Some(lowered)
}

fn go(cx: &mut Ctx, e: &ast::Expr, depth: usize) -> Option<Expr> {
    if depth > MAX_DEPTH {
        cx.push(
            Diagnostic::error(Code::ExpressionTooDeep, msg::EXPRESSION_TOO_DEEP.text([]))
                .at(e.span)
                .with_label(msg::EXPRESSION_TOO_DEEP_LABEL.text([]))
                .help(msg::EXPRESSION_TOO_DEEP_HELP.text([])),
        );
        return None;
    }
    match &e.kind {
        ExprKind::And(a, b) | ExprKind::Or(a, b) => {
            let is_and = matches!(e.kind, ExprKind::And(..));
            let (x, y) = (go(cx, a, depth + 1), go(cx, b, depth + 1));
            let mut of = Vec::new();
            for part in [x?, y?] {
                match (part, is_and) {
                    (Expr::All { of: inner }, true) | (Expr::Any { of: inner }, false) => {
                        of.extend(inner)
                    }
                    (other, _) => of.push(other),
                }
            }
            Some(if is_and {
                Expr::All { of }
            } else {
                Expr::Any { of }
            })
        }
        ExprKind::Not(inner) => Some(Expr::Not {
            expr: Box::new(go(cx, inner, depth + 1)?),
        }),
        ExprKind::Compare { attr, op, value: v } => {
            let ordered = matches!(op.value, CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge);
            if let (true, Literal::Str(text)) = (ordered, &v.value) {
                let mut d = Diagnostic::error(
                    Code::TypeMismatch,
                    msg::TYPE_MISMATCH.text([&op.value.symbol(), &text]),
                )
                .at(v.span)
                .with_label(msg::TYPE_MISMATCH_LABEL.text([]))
                .also(op.span, msg::TYPE_MISMATCH_NOTE.text([]));
                d = if text.trim().parse::<f64>().is_ok_and(f64::is_finite) {
                    d.help(msg::TYPE_MISMATCH_HELP.text([]))
                        .suggest(text.trim().to_string())
                } else {
                    d.help(msg::TYPE_MISMATCH_HELP_COMPARE_TEXT_WITH.text([]))
                };
                cx.push(d);
                return None;
            }
            Some(Expr::Compare {
                attr: attr.value.clone(),
                cmp: op.value,
                value: value(&v.value),
            })
        }
        ExprKind::In {
            attr,
            negated,
            values,
        } => {
            if values.is_empty() {
                cx.push(
                    Diagnostic::warning(Code::EmptyList, msg::EMPTY_LIST.text([]))
                        .at(e.span)
                        .with_label(if *negated {
                            msg::EMPTY_LIST_LABEL_NEGATED.text([])
                        } else {
                            msg::EMPTY_LIST_LABEL.text([])
                        })
                        .help(msg::EMPTY_LIST_HELP.text([])),
                );
            }
            Some(Expr::In {
                attr: attr.value.clone(),
                values: values.iter().map(|v| value(&v.value)).collect(),
                negated: *negated,
            })
        }
        ExprKind::Set { attr, negated } => {
            let set = Expr::Set {
                attr: attr.value.clone(),
            };
            Some(if *negated {
                Expr::Not {
                    expr: Box::new(set),
                }
            } else {
                set
            })
        }
    }
}
