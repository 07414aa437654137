//! One line of a standard's block, alone (`within 15 business days`,
//! French `dans 15 jours ouvrables`): parsed by the grammar's own entry for
//! a standard's clause, as a block's clauses are, with the same syntax
//! errors. `delai calibrate --what-if` tries such a line on the history.

use super::ast::StandardClause;
use super::errors::{self, Where};
use super::grammar::{DelaiParser, Rule};
use super::lower::Lowerer;
use super::recognise::ItemKind;
use crate::diagnostic::{msg, Diagnostic};
use pest::Parser;

/// The clause `text` holds, or its syntax errors (spans in `text`).
pub fn parse_standard_clause(text: &str) -> Result<StandardClause, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    match DelaiParser::parse(Rule::standard_clause_entry, text) {
        Ok(pairs) => {
            let clause = pairs
                .into_iter()
                .find(|p| p.as_rule() != Rule::EOI)
                .and_then(|p| {
                    Lowerer {
                        base: 0,
                        diags: &mut diags,
                    }
                    .standard_clause(&p)
                });
            match clause {
                Some(c) if diags.is_empty() => Ok(c),
                _ => Err(diags),
            }
        }
        Err(e) => Err(vec![errors::from_pest(
            &e,
            Where {
                text,
                start: 0,
                end: text.len(),
                lang: crate::diagnostic::current(),
                block: Some(ItemKind::Standard),
                end_means: msg::END_OF_CLAUSE,
            },
        )]),
    }
}
