//! The JSON entry points: a request as text in, an [`Answer`] as text
//! out, for doors whose language speaks JSON best (Python, HTTP). Every
//! input, however malformed, gets an answer: a `failure` naming what is
//! wrong, never a panic.

use super::answer::{Answer, ErrorView};
use super::calls::{self, CalendarYear, CasesRequest, MergeRequest};
#[cfg(feature = "parser")]
use super::calls::{FormatRequest, SourceFiles};
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::Rules;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

/// The rules a request is about: a rules text, compiled on the spot
/// (feature `parser`), or what `delai compile` wrote (as text or as the
/// parsed object).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RulesInput {
    /// `{"text": "standard …", "file": "rules.delai"}`, and `"files"`
    /// when the text uses others
    #[cfg(feature = "parser")]
    Source(SourceFiles),
    /// `{"compiled": "{…}"}` or `{"compiled": {…}}`
    Compiled {
        /// Compiled rules, as JSON text or data.
        compiled: Json,
    },
}

impl RulesInput {
    /// The rules, or the answer saying why there are none.
    pub(super) fn rules<T>(self) -> Result<Rules, Answer<T>> {
        match self {
            #[cfg(feature = "parser")]
            RulesInput::Source(source) => {
                calls::compile_files(&source, None).map_err(|d| Answer::failed_text(&d))
            }
            RulesInput::Compiled { compiled } => {
                let text = match compiled {
                    Json::String(text) => text,
                    data => data.to_string(),
                };
                calls::load(&text).map_err(Answer::failed)
            }
        }
    }
}

/// A request about rules: the rules, and the call's own fields beside.
#[derive(Deserialize)]
struct About<R> {
    rules: RulesInput,
    #[serde(flatten)]
    request: R,
}

/// Reads the request, answers it, writes the answer.
pub(super) fn answer<R: DeserializeOwned, T: Serialize>(
    input: &str,
    f: impl FnOnce(R) -> Answer<T>,
) -> String {
    match serde_json::from_str::<R>(input) {
        Ok(request) => text(&f(request)),
        Err(e) => text(&Answer::<()>::failed(bad_request(&e))),
    }
}

/// [`answer`] of a call about rules, which answers a value or fails with
/// one diagnostic.
fn about<R: DeserializeOwned, T: Serialize>(
    input: &str,
    f: impl FnOnce(&Rules, R) -> Result<T, Diagnostic>,
) -> String {
    about_answer(input, |rules, request| {
        f(rules, request).map_or_else(Answer::failed, Answer::value)
    })
}

/// [`answer`] of a call about rules, once the rules are read.
fn about_answer<R: DeserializeOwned, T: Serialize>(
    input: &str,
    f: impl FnOnce(&Rules, R) -> Answer<T>,
) -> String {
    answer(input, |About { rules, request }: About<R>| {
        match rules.rules() {
            Ok(rules) => f(&rules, request),
            Err(failure) => failure,
        }
    })
}

fn text<T: Serialize>(answer: &Answer<T>) -> String {
    serde_json::to_string(answer).unwrap_or_else(|e| {
        let d = Diagnostic::error(Code::Internal, msg::CANNOT_SERIALIZE.text([&e]));
        // A failure holds strings and numbers only: it serializes.
        serde_json::to_string(&Answer::<()>::failed(d)).unwrap_or_default()
    })
}

/// `bad-json`: the request is not JSON, or not the object the call reads.
fn bad_request(e: &serde_json::Error) -> Diagnostic {
    let message = e.to_string();
    let message = message
        .rfind(" at line ")
        .map_or(message.as_str(), |i| &message[..i]);
    let place = if e.line() == 0 {
        String::new()
    } else {
        format!(" (line {}, column {})", e.line(), e.column())
    };
    Diagnostic::error(
        Code::BadJson,
        msg::BAD_JSON_INPUT.text([&"the request", &message, &place]),
    )
}

/// `{"text", "file", "files"}` → the compiled rules, as `delai compile`
/// writes them (the used calendars in them); a failure lists every error
/// of the text.
#[cfg(feature = "parser")]
pub fn compile_json(input: &str) -> String {
    answer(input, |request: SourceFiles| {
        match calls::compile_files(&request, None) {
            Ok(rules) => compiled(&rules),
            Err(d) => Answer::failed_text(&d),
        }
    })
}

/// `{"compiled"}` → the rules as `delai compile` writes them, once
/// checked.
pub fn load_json(input: &str) -> String {
    answer(input, |request: RulesInput| match request.rules() {
        Ok(rules) => compiled(&rules),
        Err(failure) => failure,
    })
}

fn compiled(rules: &Rules) -> Answer<Json> {
    serde_json::from_str(&rules.to_json()).map_or_else(
        |e| {
            Answer::failed(Diagnostic::error(
                Code::Internal,
                msg::CANNOT_SERIALIZE.text([&e]),
            ))
        },
        Answer::value,
    )
}

/// `{"text", "file", "files"}` → every error and warning of the text (a
/// success even when it has errors).
#[cfg(feature = "parser")]
pub fn diagnose_json(input: &str) -> String {
    answer(input, |request: SourceFiles| {
        Answer::value(ErrorView::all(&calls::diagnose_files(&request, None)))
    })
}

/// `{"text", "lang"}` → the text in canonical layout.
#[cfg(feature = "parser")]
pub fn format_json(input: &str) -> String {
    answer(input, |request: FormatRequest| {
        match calls::format(&request) {
            Ok(text) => Answer::value(text),
            Err(d) => Answer::failed_text(&d),
        }
    })
}

/// `{"rules"}` → every standard version, in file order.
pub fn standards_json(input: &str) -> String {
    about(input, |rules, _: Empty| Ok(calls::standards(rules)))
}

/// Nothing besides the rules.
#[derive(Deserialize)]
struct Empty {}

/// `{"rules", "standard", "start", "attributes"}` → the deadline.
pub fn due_json(input: &str) -> String {
    about(input, calls::due)
}

/// `{"rules", "case", "asOf"}` → the case's records.
pub fn check_json(input: &str) -> String {
    about(input, calls::check)
}

/// `{"rules", "cases", "asOf"}` → the records of every case, flat, in
/// input order; the warnings of `delai check` (names the rules never
/// read, repeated ids, no cases).
pub fn check_many_json(input: &str) -> String {
    about_answer(
        input,
        |rules, request: CasesRequest| match calls::check_many_audited(rules, request) {
            Ok((value, warnings)) => Answer::Success {
                value,
                warnings: ErrorView::unplaced(warnings),
            },
            Err(d) => Answer::failed(d),
        },
    )
}

/// `{"rules", "cases", "asOf", "by", "yearStart"}` → compliance per standard and
/// period.
pub fn report_json(input: &str) -> String {
    about(input, calls::report)
}

/// `{"rules", "cases", "asOf", "by", "yearStart"}` → the counts of a part of the
/// cases, for [`merge_reports_json`].
pub fn report_partial_json(input: &str) -> String {
    about(input, calls::report_partial)
}

/// `{"parts": [partial, …]}` → the report of every part's cases together,
/// exactly [`report_json`]'s of them all (no rules: each part carries
/// what the report needs of its standards).
pub fn merge_reports_json(input: &str) -> String {
    answer(input, |request: MergeRequest| {
        calls::merge_reports(request).map_or_else(Answer::failed, Answer::value)
    })
}

/// `{"rules", "standard", "case", "asOf", "lang"}` → how the case fares.
pub fn explain_json(input: &str) -> String {
    about(input, calls::explain)
}

/// `{"rules", "calendar", "year"}` → holidays and closures.
pub fn holidays_json(input: &str) -> String {
    about(input, |rules, request: CalendarYear| {
        calls::holidays(rules, &request)
    })
}

/// `{"rules", "calendar", "year"}` → every non-business day.
pub fn non_business_days_json(input: &str) -> String {
    about(input, |rules, request: CalendarYear| {
        calls::non_business_days(rules, &request)
    })
}

/// A question about rules a door has already loaded (the Python door
/// keeps its `Rules` between calls instead of naming them in each
/// request).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    /// `{}` → every standard version ([`standards_json`]).
    Standards,
    /// `{"standard", "start", "attributes"}` → the deadline ([`due_json`]).
    Due,
    /// `{"case", "asOf"}` → the case's records ([`check_json`]).
    Check,
    /// `{"cases", "asOf"}` → every case's records ([`check_many_json`]).
    CheckMany,
    /// `{"cases", "asOf", "by", "yearStart"}` → compliance ([`report_json`]).
    Report,
    /// `{"cases", "asOf", "by", "yearStart"}` → a part's counts
    /// ([`report_partial_json`]).
    ReportPartial,
    /// `{"standard", "case", "asOf", "lang"}` → how the case fares
    /// ([`explain_json`]).
    Explain,
    /// `{"calendar", "year"}` → holidays and closures ([`holidays_json`]).
    Holidays,
    /// `{"calendar", "year"}` → every non-business day
    /// ([`non_business_days_json`]).
    NonBusinessDays,
}

impl Call {
    /// Every call, with the name a door knows it by (`check_many`).
    pub const ALL: [(&'static str, Call); 9] = [
        ("standards", Call::Standards),
        ("due", Call::Due),
        ("check", Call::Check),
        ("check_many", Call::CheckMany),
        ("report", Call::Report),
        ("report_partial", Call::ReportPartial),
        ("explain", Call::Explain),
        ("holidays", Call::Holidays),
        ("non_business_days", Call::NonBusinessDays),
    ];

    /// The call named `name`, if there is one.
    pub fn from_name(name: &str) -> Option<Call> {
        Call::ALL.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
    }
}

/// The answer of `call` about `rules` to the request `input` (the request
/// of the matching `*_json` function, without its `rules`).
pub fn call_json(rules: &Rules, call: Call, input: &str) -> String {
    fn on<R: DeserializeOwned, T: Serialize>(
        input: &str,
        f: impl FnOnce(R) -> Result<T, Diagnostic>,
    ) -> String {
        answer(input, |request| {
            f(request).map_or_else(Answer::failed, Answer::value)
        })
    }
    match call {
        Call::Standards => on(input, |_: Empty| Ok(calls::standards(rules))),
        Call::Due => on(input, |r| calls::due(rules, r)),
        Call::Check => on(input, |r| calls::check(rules, r)),
        Call::CheckMany => answer(
            input,
            |request: CasesRequest| match calls::check_many_audited(rules, request) {
                Ok((value, warnings)) => Answer::Success {
                    value,
                    warnings: ErrorView::unplaced(warnings),
                },
                Err(d) => Answer::failed(d),
            },
        ),
        Call::Report => on(input, |r| calls::report(rules, r)),
        Call::ReportPartial => on(input, |r| calls::report_partial(rules, r)),
        Call::Explain => on(input, |r| calls::explain(rules, r)),
        Call::Holidays => on(input, |r: CalendarYear| calls::holidays(rules, &r)),
        Call::NonBusinessDays => on(input, |r: CalendarYear| calls::non_business_days(rules, &r)),
    }
}
