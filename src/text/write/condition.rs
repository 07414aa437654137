//! A condition (`applies when`, a tier's `when`, `requires`) in words of
//! the messages' language: « `canal` est `web` », « `satisfaction` d'au
//! moins 4 ». One writer for the declaration (HTML) and for `explain` and
//! `due` (plain text), which differ only in how a name and a text are
//! marked ([`Marks`]); the runtime has no formatter, so the words come
//! from the catalogue.

use crate::diagnostic::{current, msg};
use crate::model::{CmpOp, Expr, Lang, Value};

/// How names and texts are written: `<code>` and HTML escapes on the
/// declaration's page, backquotes in plain text.
pub struct Marks<'a> {
    /// An attribute's name or a text value.
    pub code: &'a dyn Fn(&str) -> String,
    /// Words and numbers around them.
    pub plain: &'a dyn Fn(&str) -> String,
}

/// Backquotes, nothing escaped: `explain`'s and `due`'s sentences.
pub const TEXT: Marks<'static> = Marks {
    code: &|s| format!("`{s}`"),
    plain: &|s| s.to_string(),
};

fn value(v: &Value, m: &Marks) -> String {
    match v {
        Value::Str(s) => (m.code)(s),
        Value::Num(n) => (m.plain)(&super::decimal(*n, 2, current() == Lang::Fr)),
        Value::Bool(_) => (m.code)(&v.to_string()),
    }
}

/// A condition in words.
pub fn condition(e: &Expr, m: &Marks) -> String {
    let joined = |of: &[Expr], word: String| {
        of.iter()
            .map(|e| match e {
                Expr::All { .. } | Expr::Any { .. } => format!("({})", condition(e, m)),
                _ => condition(e, m),
            })
            .collect::<Vec<_>>()
            .join(&(m.plain)(&word))
    };
    match e {
        Expr::All { of } => joined(of, msg::WORD_AND.text([])),
        Expr::Any { of } => joined(of, msg::WORD_OR.text([])),
        Expr::Not { expr } => match &**expr {
            Expr::Set { attr } => msg::COND_NOT_SET.text([&(m.code)(attr)]),
            _ => msg::COND_NOT.text([&condition(expr, m)]),
        },
        Expr::Set { attr } => msg::COND_SET.text([&(m.code)(attr)]),
        Expr::Compare {
            attr,
            cmp,
            value: v,
        } => {
            let (a, v) = ((m.code)(attr), value(v, m));
            match cmp {
                CmpOp::Eq => msg::COND_IS.text([&a, &v]),
                CmpOp::Ne => msg::COND_IS_NOT.text([&a, &v]),
                op => {
                    let symbol = match op.symbol() {
                        "<=" => "≤",
                        ">=" => "≥",
                        s => s,
                    };
                    msg::COND_COMPARE.text([&a, &(m.plain)(symbol), &v])
                }
            }
        }
        Expr::In {
            attr,
            values,
            negated,
        } => {
            let items: Vec<String> = values.iter().map(|v| value(v, m)).collect();
            let list = match items.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!(
                    "{}{}{last}",
                    rest.join(&msg::LIST_COMMA.text([])),
                    (m.plain)(&msg::WORD_OR.text([]))
                ),
                _ => items.join(""),
            };
            if *negated {
                msg::COND_NONE_OF.text([&(m.code)(attr), &list])
            } else {
                msg::COND_ONE_OF.text([&(m.code)(attr), &list])
            }
        }
    }
}

/// A `requires` condition in words: `attr >= n` reads « `attr` d'au moins
/// n », `attr <= n` « d'au plus n », `attr = v` « égal à v », any other
/// condition as [`condition`] writes it.
pub fn requirement(e: &Expr, m: &Marks) -> String {
    let Expr::Compare {
        attr,
        cmp,
        value: v,
    } = e
    else {
        return condition(e, m);
    };
    let (a, v) = ((m.code)(attr), value(v, m));
    match cmp {
        CmpOp::Ge => msg::COND_AT_LEAST.text([&a, &v]),
        CmpOp::Le => msg::COND_AT_MOST.text([&a, &v]),
        CmpOp::Eq => msg::COND_EQUAL_TO.text([&a, &v]),
        _ => condition(e, m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::with_lang;

    #[test]
    fn requirements_in_words_in_both_languages() {
        let ge = Expr::Compare {
            attr: "satisfaction".into(),
            cmp: CmpOp::Ge,
            value: Value::Num(4.5),
        };
        let both = Expr::All {
            of: vec![
                ge.clone(),
                Expr::In {
                    attr: "canal".into(),
                    values: vec!["web".into(), "courriel".into()],
                    negated: false,
                },
            ],
        };
        assert_eq!(
            with_lang(Lang::En, || requirement(&ge, &TEXT)),
            "`satisfaction` of at least 4.50"
        );
        assert_eq!(
            with_lang(Lang::Fr, || requirement(&ge, &TEXT)),
            "`satisfaction` d'au moins 4,50"
        );
        assert_eq!(
            with_lang(Lang::En, || requirement(&both, &TEXT)),
            "`satisfaction` ≥ 4.50 and `canal` is `web` or `courriel`"
        );
    }
}
