//! A standard's allowed time changed without editing its file: `delai
//! calibrate --what-if 'written-requests: within 15 business days'`. The
//! line is parsed by the grammar's entry for one clause of a standard (so
//! French works as English does), then put in the place of the standard's
//! `within` lines in the source text, which compiles as any rules file:
//! the history is judged again by the one engine, not by a model of it.

use crate::diagnostic::{msg, Code, Diagnostic, Span};
use crate::syntax::ast::{Item, StandardClauseKind};
use crate::syntax::{parse, parse_standard_clause};

/// `source` with every version of `standard` allowing what `clause` says:
/// its first `within` line replaced by `clause` (with that line's calendar
/// when `clause` names none), its other `within` lines (tiers) taken out,
/// every other line as it was. Errors: the clause's
/// syntax errors (spans in `clause`), a clause that is not a `within`
/// line, a standard not in `source` or without a `within` line.
pub fn with_within(source: &str, standard: &str, clause: &str) -> Result<String, Vec<Diagnostic>> {
    let clause = clause.trim();
    let line = parse_standard_clause(clause)?;
    let new = match &line.kind {
        StandardClauseKind::Within(w) if w.before.is_none() => w,
        _ => {
            let text = msg::WHAT_IF_NOT_WITHIN.text([&clause]);
            return Err(vec![
                Diagnostic::error(Code::BadOption, text).at(Span::new(0, clause.len()))
            ]);
        }
    };
    let (file, _) = parse(source);
    let mut found = false;
    // Where each version's lines go: (span, replacement), in file order.
    let mut edits: Vec<(Span, String)> = Vec::new();
    for item in &file.items {
        let Item::Standard(s) = item else { continue };
        if s.name.value != standard {
            continue;
        }
        found = true;
        let lines = s
            .clauses
            .iter()
            .filter(|c| matches!(&c.kind, StandardClauseKind::Within(w) if w.before.is_none()));
        for (k, c) in lines.enumerate() {
            let StandardClauseKind::Within(old) = &c.kind else {
                continue;
            };
            let text = match (k, &new.calendar, &old.calendar) {
                (0, None, Some(calendar)) => {
                    // The line names no calendar: the one it replaces
                    // counted on, as the file spells it (` on "city"`).
                    let on = &source[old.unit.span.end..calendar.span.end];
                    let at = new.unit.span.end;
                    format!("{}{on}{}", &clause[..at], &clause[at..])
                }
                (0, _, _) => clause.to_string(),
                _ => String::new(),
            };
            edits.push((c.span, text));
        }
    }
    if !found {
        let text = msg::WHAT_IF_UNKNOWN_STANDARD.text([&standard]);
        return Err(vec![Diagnostic::error(Code::UnknownStandard, text)]);
    }
    if edits.is_empty() {
        let text = msg::WHAT_IF_NO_WITHIN.text([&standard]);
        return Err(vec![Diagnostic::error(Code::BadOption, text)]);
    }
    let mut out = source.to_string();
    for (span, text) in edits.iter().rev() {
        out.replace_range(span.start..span.end, text);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = "standard \"letters\" {
  starts at \"received\"
  stops at \"answered\"
  within 2 days on \"quebec\" when priority = \"urgent\"
  within 10 business days on \"quebec\" otherwise
  target 90%
}
";

    #[test]
    fn the_within_lines_are_replaced_and_nothing_else() {
        assert!(crate::compile(RULES).is_ok());
        let out = with_within(RULES, "letters", "within 15 business days").unwrap();
        // The first line's calendar is kept; the other tier is taken out.
        assert_eq!(
            out,
            RULES
                .replace(
                    "within 2 days on \"quebec\" when priority = \"urgent\"",
                    "within 15 business days on \"quebec\""
                )
                .replace("within 10 business days on \"quebec\" otherwise", "")
        );
        assert!(crate::compile(&out).is_ok(), "{out}");
        let fr = with_within(RULES, "letters", " dans 15 jours ouvrables ").unwrap();
        assert!(
            fr.contains("  dans 15 jours ouvrables on \"quebec\"\n"),
            "{fr}"
        );
        // A line that names its calendar keeps its own.
        let out = with_within(RULES, "letters", "within 3 days on \"canada\"").unwrap();
        assert!(out.contains("  within 3 days on \"canada\"\n"), "{out}");
    }

    #[test]
    fn refusals() {
        let codes = |r: Result<String, Vec<Diagnostic>>| -> Vec<Code> {
            r.unwrap_err().iter().map(|d| d.code).collect()
        };
        assert_eq!(
            codes(with_within(RULES, "nope", "within 3 days")),
            [Code::UnknownStandard]
        );
        assert_eq!(
            codes(with_within(RULES, "letters", "target 80%")),
            [Code::BadOption]
        );
        assert!(!with_within(RULES, "letters", "within fifteen days")
            .unwrap_err()
            .is_empty());
        let none = "standard \"s\" {\n  starts at \"a\"\n  at least 3 days before \"b\" on \"quebec\"\n}\n";
        assert_eq!(
            codes(with_within(none, "s", "within 3 days")),
            [Code::BadOption]
        );
    }
}
