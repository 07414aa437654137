//! `example` blocks: tests written by policy staff, checked and lowered to
//! [`crate::model::Example`].

use super::calendars::{duplicate, seen};
use super::names::{closest, quoted_list};
use super::standards::Checked;
use super::{exprs, values, Ctx};
use crate::diagnostic::{msg, Code, Diagnostic, Span};
use crate::model::{Case, CaseTime, Event, Example, Expectation, Status};
use crate::syntax::ast::{self, ExampleClauseKind, ExampleDecl, Spanned, TimeLit};
use chrono::{FixedOffset, TimeZone};
use std::collections::HashMap;

pub(crate) fn check_examples(
    cx: &mut Ctx,
    file: &ast::File,
    standards: &[Checked],
) -> Vec<Example> {
    let mut out = Vec::new();
    let mut names: HashMap<String, Span> = HashMap::new();
    let index = Index::new(standards);
    for item in &file.items {
        let ast::Item::Example(decl) = item else {
            continue;
        };
        if let Some(first) = seen(&mut names, &decl.name.value, decl.name.span) {
            cx.push(
                Diagnostic::warning(
                    Code::DuplicateExample,
                    msg::DUPLICATE_EXAMPLE.text([&decl.name.value]),
                )
                .at(decl.name.span)
                .with_label(msg::DUPLICATE_EXAMPLE_LABEL.text([]))
                .also(first, msg::DUPLICATE_EXAMPLE_NOTE.text([]))
                .help(msg::DUPLICATE_EXAMPLE_HELP.text([])),
            );
        }
        if let Some(e) = check_example(cx, decl, &index) {
            out.push(e);
        }
    }
    out
}

/// A written time as a case time; `None` after an error.
fn time(cx: &mut Ctx, t: &Spanned<TimeLit>) -> Option<CaseTime> {
    let TimeLit {
        date,
        time,
        offset_seconds,
    } = t.value;
    let day = values::date(cx, &Spanned::new(date, t.span))?;
    let tod = match time {
        None => 0,
        Some(tod) => values::time_of_day(cx, &Spanned::new(tod, t.span), false)?,
    };
    let local = day.and_hms_opt(tod / 3600, tod / 60 % 60, tod % 60)?;
    match offset_seconds {
        None => Some(CaseTime::Local(local)),
        Some(secs) => {
            let Some(offset) = FixedOffset::east_opt(secs) else {
                cx.push(
                    Diagnostic::error(Code::InvalidOffset, msg::INVALID_OFFSET.text([]))
                        .at(t.span)
                        .with_label(msg::INVALID_OFFSET_LABEL.text([]))
                        .help(msg::INVALID_OFFSET_HELP.text([])),
                );
                return None;
            };
            offset
                .from_local_datetime(&local)
                .single()
                .map(CaseTime::Fixed)
        }
    }
}

fn check_example(cx: &mut Ctx, decl: &ExampleDecl, index: &Index) -> Option<Example> {
    let (line, column) = cx.line_col(decl.span.start);
    let mut once: HashMap<String, Span> = HashMap::new();
    let mut ok = true;
    let mut standard: Option<&ast::Name> = None;
    let mut case = Case {
        id: decl.name.value.clone(),
        ..Case::default()
    };
    let mut attr_spans: HashMap<String, Span> = HashMap::new();
    let mut event_spans: Vec<Span> = Vec::new();
    let mut as_of = None;
    let mut expectations = Vec::new();
    // (kind, span) of expectations, to find contradictions.
    let mut expected: Vec<(Option<Status>, bool, Span)> = Vec::new();
    for clause in &decl.clauses {
        let span = clause.span;
        // Named in the file's own keywords.
        let k = crate::fmt::spelling::keywords(cx.lang);
        let unique = match &clause.kind {
            ExampleClauseKind::Standard(_) => Some(k.standard),
            ExampleClauseKind::AsOf(_) => Some(k.as_of),
            ExampleClauseKind::ExpectDue(_) => Some(k.expect_due),
            ExampleClauseKind::ExpectUsualDue(_) => Some(k.expect_usual_due),
            ExampleClauseKind::ExpectStatus(_) => Some(k.expect_status),
            ExampleClauseKind::ExpectNotApplicable => Some(k.expect_not_applicable),
            _ => None,
        };
        if let Some(what) = unique {
            if let Some(first) = seen(&mut once, what, span) {
                duplicate(cx, what, span, first);
                ok = false;
                continue;
            }
        }
        let clause_line = cx.line_col(span.start).0;
        match &clause.kind {
            ExampleClauseKind::Standard(name) => standard = Some(name),
            ExampleClauseKind::Case(pairs) => {
                for (key, v) in pairs {
                    if let Some(first) = seen(&mut attr_spans, &key.value, key.span) {
                        cx.push(
                            Diagnostic::error(
                                Code::DuplicateAttribute,
                                msg::DUPLICATE_ATTRIBUTE.text([&key.value]),
                            )
                            .at(key.span)
                            .with_label(msg::DUPLICATE_ATTRIBUTE_LABEL.text([]))
                            .also(first, msg::DUPLICATE_ATTRIBUTE_NOTE.text([]))
                            .help(msg::DUPLICATE_ATTRIBUTE_HELP.text([])),
                        );
                        ok = false;
                        continue;
                    }
                    case.attributes
                        .insert(key.value.clone(), exprs::value(&v.value));
                }
            }
            ExampleClauseKind::Event { name, at } => match time(cx, at) {
                Some(t) => {
                    case.events.push(Event {
                        name: name.value.clone(),
                        at: t,
                    });
                    event_spans.push(name.span);
                }
                None => ok = false,
            },
            ExampleClauseKind::AsOf(t) => match time(cx, t) {
                Some(t) => as_of = Some(t),
                None => ok = false,
            },
            ExampleClauseKind::ExpectDue(t) => {
                expected.push((None, false, span));
                match time(cx, t) {
                    Some(at) => expectations.push(Expectation::Due {
                        at,
                        line: clause_line,
                    }),
                    None => ok = false,
                }
            }
            ExampleClauseKind::ExpectUsualDue(t) => {
                expected.push((None, false, span));
                match time(cx, t) {
                    Some(at) => expectations.push(Expectation::UsualDue {
                        at,
                        line: clause_line,
                    }),
                    None => ok = false,
                }
            }
            ExampleClauseKind::ExpectStatus(w) => match values::status(cx, w) {
                Some(status) => {
                    expected.push((Some(status), false, span));
                    expectations.push(Expectation::Status {
                        status,
                        line: clause_line,
                    });
                }
                None => ok = false,
            },
            ExampleClauseKind::ExpectNotApplicable => {
                expected.push((None, true, span));
                expectations.push(Expectation::NotApplicable { line: clause_line });
            }
        }
    }
    // Contradictions: "not applicable" with anything that needs the
    // standard to apply.
    if let Some(&(_, _, na_span)) = expected
        .iter()
        .find(|e| e.1 || e.0 == Some(Status::NotApplicable))
    {
        for &(status, not_applicable, span) in &expected {
            if span == na_span || not_applicable || status == Some(Status::NotApplicable) {
                continue;
            }
            cx.push(
                Diagnostic::error(
                    Code::ConflictingExpectations,
                    msg::CONFLICTING_EXPECTATIONS.text([]),
                )
                .at(span)
                .with_label(if status.is_some() {
                    msg::CONFLICTING_EXPECTATIONS_LABEL_STATUS.text([])
                } else {
                    msg::CONFLICTING_EXPECTATIONS_LABEL_DUE.text([])
                })
                .also(na_span, msg::CONFLICTING_EXPECTATIONS_NOTE.text([]))
                .help(msg::CONFLICTING_EXPECTATIONS_HELP.text([])),
            );
            ok = false;
        }
    }
    // What the example does not say may be in a line that did not parse.
    let complete = cx.complete(decl.span);
    if expected.is_empty() && ok && complete {
        cx.push(
            Diagnostic::warning(
                Code::MissingExpect,
                msg::MISSING_EXPECT.text([&decl.name.value]),
            )
            .at(decl.name.span)
            .with_label(msg::MISSING_EXPECT_LABEL.text([]))
            .help(msg::MISSING_EXPECT_HELP.text([])),
        );
    }
    let ids = &index.ids;
    let Some(std_name) = standard else {
        if !complete {
            return None;
        }
        let mut d = Diagnostic::error(
            Code::MissingExampleStandard,
            msg::MISSING_EXAMPLE_STANDARD.text([&decl.name.value]),
        )
        .at(decl.name.span)
        .with_label(msg::MISSING_EXAMPLE_STANDARD_LABEL.text([]));
        d = match ids.as_slice() {
            [] => d.help(msg::MISSING_EXAMPLE_STANDARD_HELP.text([])),
            _ => d.help(msg::MISSING_EXAMPLE_STANDARD_HELP_KNOWN.text([&index.list()])),
        };
        cx.push(d);
        return None;
    };
    let versions: Vec<&Checked> = index
        .by_id
        .get(std_name.value.as_str())
        .map_or_else(Vec::new, |v| v.clone());
    if versions.is_empty() {
        if cx.may_be_declared(&std_name.value) {
            return None;
        }
        let mut d = Diagnostic::error(
            Code::UnknownStandard,
            msg::UNKNOWN_STANDARD.text([&std_name.value]),
        )
        .at(std_name.span)
        .with_label(msg::UNKNOWN_STANDARD_LABEL.text([]));
        d = if ids.is_empty() {
            d.help(msg::UNKNOWN_STANDARD_HELP.text([]))
        } else {
            d.help(msg::UNKNOWN_STANDARD_HELP_KNOWN.text([&index.list()]))
        };
        let best = if index.ids.len() <= Index::MAX_SUGGEST {
            closest(&std_name.value, index.ids.iter().copied())
        } else {
            None
        };
        if let Some(best) = best {
            d = d.suggest(format!("\"{best}\""));
        }
        cx.push(d);
        return None;
    }
    let starts: Vec<&str> = versions
        .iter()
        .map(|v| v.standard.start_event.as_str())
        .collect();
    let has_start = case
        .events
        .iter()
        .any(|e| starts.contains(&e.name.as_str()));
    let expects_no_start = expected
        .iter()
        .any(|e| e.1 || matches!(e.0, Some(Status::NotStarted | Status::NotApplicable)));
    let whole = complete && versions.iter().all(|v| v.complete);
    if ok && whole && !has_start && !expects_no_start {
        let start = starts.first().copied().unwrap_or_default();
        let near = case
            .events
            .iter()
            .zip(&event_spans)
            .find(|(e, _)| closest(&e.name, [start]).is_some());
        let d = Diagnostic::warning(
            Code::MissingStartEvent,
            msg::MISSING_START_EVENT.text([&start]),
        )
        .with_label(msg::MISSING_START_EVENT_LABEL.text([]));
        let d = match near {
            Some((e, span)) => d
                .at(*span)
                .with_label(msg::MISSING_START_EVENT_LABEL_IS_NOT.text([&e.name, &start]))
                .help(msg::MISSING_START_EVENT_HELP.text([&std_name.value, &start]))
                .suggest(format!("\"{start}\"")),
            None => d
                .at(decl.name.span)
                .with_label(msg::MISSING_START_EVENT_LABEL_NO_START_EVENT.text([]))
                .help(msg::MISSING_START_EVENT_HELP_ADD_EVENT_AT.text([&start])),
        };
        cx.push(d);
    }
    ok.then(|| Example {
        name: decl.name.value.clone(),
        standard: std_name.value.clone(),
        case,
        as_of,
        expectations,
        line,
        column,
    })
}

/// The standards by id, built once per file: looking them up per example
/// was quadratic (hardening: 20,000 standards and examples took seconds).
struct Index<'a> {
    /// Distinct ids, in file order.
    ids: Vec<&'a str>,
    by_id: HashMap<&'a str, Vec<&'a Checked>>,
}

impl<'a> Index<'a> {
    /// Help texts list at most this many ids.
    const MAX_SHOWN: usize = 20;
    /// "Did you mean" compares against every id; beyond this many ids it
    /// is skipped, so that many bad examples in a huge file stay linear.
    const MAX_SUGGEST: usize = 1000;

    fn new(standards: &'a [Checked]) -> Self {
        let mut ids = Vec::new();
        let mut by_id: HashMap<&str, Vec<&Checked>> = HashMap::new();
        for s in standards {
            let versions = by_id.entry(s.standard.id.as_str()).or_default();
            if versions.is_empty() {
                ids.push(s.standard.id.as_str());
            }
            versions.push(s);
        }
        Index { ids, by_id }
    }

    /// The ids for a help text: the first [`Self::MAX_SHOWN`], then "…".
    fn list(&self) -> String {
        let mut list = quoted_list(self.ids.iter().take(Self::MAX_SHOWN).copied());
        if self.ids.len() > Self::MAX_SHOWN {
            list.push_str(", …");
        }
        list
    }
}
