//! Conditions (`applies when`, tier `when`) with as few parentheses as the
//! precedence `not` > `and` > `or` allows.

use super::literals::literal;
use super::spelling::Keywords;
use crate::syntax::ast::{Expr, ExprKind};

/// Binding strength; higher binds tighter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Or,
    And,
    Not,
    Atom,
}

fn prec(e: &Expr) -> Prec {
    match e.kind {
        ExprKind::Or(..) => Prec::Or,
        ExprKind::And(..) => Prec::And,
        ExprKind::Not(..) => Prec::Not,
        ExprKind::Compare { .. } | ExprKind::In { .. } => Prec::Atom,
    }
}

pub fn expr(e: &Expr, kw: &Keywords) -> String {
    let mut out = String::new();
    write_expr(&mut out, e, kw);
    out
}

fn write_expr(out: &mut String, e: &Expr, kw: &Keywords) {
    match &e.kind {
        // The parser folds chains to the left (`a or b or c` is
        // `(a or b) or c`), so only a right operand of the same strength
        // needs parentheses to come back as the same tree.
        ExprKind::Or(l, r) => binary(out, l, kw.or, r, Prec::Or, kw),
        ExprKind::And(l, r) => binary(out, l, kw.and, r, Prec::And, kw),
        ExprKind::Not(inner) => {
            out.push_str(kw.not);
            out.push(' ');
            operand(out, inner, prec(inner) < Prec::Not, kw);
        }
        ExprKind::Compare { attr, op, value } => {
            out.push_str(&attr.value);
            out.push(' ');
            out.push_str(op.value.symbol());
            out.push(' ');
            out.push_str(&literal(&value.value));
        }
        ExprKind::In {
            attr,
            negated,
            values,
        } => {
            out.push_str(&attr.value);
            out.push(' ');
            out.push_str(if *negated { kw.not_in } else { kw.in_ });
            out.push_str(" [");
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&literal(&v.value));
            }
            out.push(']');
        }
    }
}

fn binary(out: &mut String, l: &Expr, word: &str, r: &Expr, own: Prec, kw: &Keywords) {
    operand(out, l, prec(l) < own, kw);
    out.push(' ');
    out.push_str(word);
    out.push(' ');
    operand(out, r, prec(r) <= own, kw);
}

fn operand(out: &mut String, e: &Expr, parens: bool, kw: &Keywords) {
    if parens {
        out.push('(');
        write_expr(out, e, kw);
        out.push(')');
    } else {
        write_expr(out, e, kw);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Span;
    use crate::fmt::spelling::{EN, FR};
    use crate::model::CmpOp;
    use crate::syntax::ast::{Literal, Spanned};

    fn sp<T>(v: T) -> Spanned<T> {
        Spanned::new(v, Span::default())
    }
    fn e(kind: ExprKind) -> Expr {
        Expr {
            kind,
            span: Span::default(),
        }
    }
    fn cmp(attr: &str, v: &str) -> Expr {
        e(ExprKind::Compare {
            attr: sp(attr.to_string()),
            op: sp(CmpOp::Eq),
            value: sp(Literal::Str(v.to_string())),
        })
    }
    fn and(a: Expr, b: Expr) -> Expr {
        e(ExprKind::And(Box::new(a), Box::new(b)))
    }
    fn or(a: Expr, b: Expr) -> Expr {
        e(ExprKind::Or(Box::new(a), Box::new(b)))
    }
    fn not(a: Expr) -> Expr {
        e(ExprKind::Not(Box::new(a)))
    }

    #[test]
    fn parentheses_only_where_precedence_needs_them() {
        let (a, b, c) = (cmp("a", "1"), cmp("b", "2"), cmp("c", "3"));
        assert_eq!(
            expr(&or(and(a.clone(), b.clone()), c.clone()), &EN),
            r#"a = "1" and b = "2" or c = "3""#
        );
        assert_eq!(
            expr(&and(a.clone(), or(b.clone(), c.clone())), &EN),
            r#"a = "1" and (b = "2" or c = "3")"#
        );
        assert_eq!(
            expr(&or(or(a.clone(), b.clone()), c.clone()), &EN),
            r#"a = "1" or b = "2" or c = "3""#
        );
        assert_eq!(
            expr(&or(a.clone(), or(b.clone(), c.clone())), &EN),
            r#"a = "1" or (b = "2" or c = "3")"#
        );
        assert_eq!(
            expr(&not(and(a.clone(), b.clone())), &FR),
            r#"non (a = "1" et b = "2")"#
        );
        assert_eq!(expr(&and(not(a), b), &FR), r#"non a = "1" et b = "2""#);
    }

    #[test]
    fn lists() {
        let in_ = e(ExprKind::In {
            attr: sp("canal".into()),
            negated: true,
            values: vec![
                sp(Literal::Str("a".into())),
                sp(Literal::Num(3.0, "3".into())),
            ],
        });
        assert_eq!(expr(&in_, &FR), r#"canal hors de ["a", 3]"#);
        assert_eq!(expr(&in_, &EN), r#"canal not in ["a", 3]"#);
    }
}
