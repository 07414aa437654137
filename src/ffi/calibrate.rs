//! `calibrate`: what `delai calibrate --format json` prints, through the
//! JSON layer. The cases are counted by the one report loop
//! ([`Rules::tally_records`]); `whatIf` needs the rules' source (`{"rules":
//! {"text": …}}`): its standard's `within` lines are replaced
//! ([`crate::with_within`]) and the text compiled as any.

use super::answer::Answer;
use super::calls::{compile_files, records, SourceFiles};
use super::input::{self, CaseInput, ReadInput, TimeInput};
use super::json::RulesInput;
use crate::diagnostic::{msg, Code, Diagnostic, Diagnostics};
use crate::report::{Calibration, PeriodKind, Periods};
use crate::Rules;
use serde::Deserialize;

/// Each standard's times taken and what they allow, from the history.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct CalibrateRequest {
    /// The cases, in order.
    #[cfg_attr(feature = "http", schema(value_type = Vec<Object>))]
    pub cases: Vec<CaseInput>,
    /// "Now" for open cases; left out, the clock's.
    #[serde(default)]
    pub as_of: Option<TimeInput>,
    /// `"STANDARD: within N UNIT"`: the history judged again under this
    /// line (French keywords too).
    #[serde(default)]
    pub what_if: Option<String>,
    /// How the cases are read, as for `report`.
    #[serde(default)]
    pub read: ReadInput,
}

/// The source `rules` were compiled from, and how to compile a changed
/// copy of it (the JSON layer: with the request's used files; the HTTP
/// server: from the served file's folder).
pub struct Source<'a> {
    /// The rules' text.
    pub text: &'a str,
    /// Compiles another text as the rules' file.
    pub compile: &'a dyn Fn(String) -> Result<Rules, Diagnostics>,
}

/// The calibration of `request`'s cases under `rules` (compiled from
/// `source`, whose text `whatIf` changes; without it, `whatIf` is
/// refused).
pub fn calibrate(
    rules: &Rules,
    source: Option<&Source<'_>>,
    request: CalibrateRequest,
) -> Result<Calibration, Answer<Calibration>> {
    let failed = |d: Diagnostic| Answer::failed(d.field("whatIf"));
    let as_of = input::as_of(rules, request.as_of.as_ref()).map_err(Answer::failed)?;
    let options = input::read_options(rules, &request.read).map_err(Answer::failed)?;
    let by = Periods::from(PeriodKind::Year);
    let changed = match request.what_if.as_deref() {
        None => None,
        Some(text) => {
            let bad = |message: String| failed(Diagnostic::error(Code::BadOption, message));
            let source = source.ok_or_else(|| bad(msg::WHAT_IF_NEEDS_SOURCE.text([])))?;
            let (standard, clause) = text
                .split_once(':')
                .ok_or_else(|| bad(msg::WHAT_IF_FORM.text([&text])))?;
            let (standard, clause) = (standard.trim(), clause.trim());
            let changed = crate::with_within(source.text, standard, clause)
                .map_err(|d| Answer::failed_text(&Diagnostics::new("whatIf", clause, d)))?;
            let rules = (source.compile)(changed).map_err(|d| Answer::failed_text(&d))?;
            Some((standard.to_string(), clause.to_string(), rules))
        }
    };
    // The cases again for the changed rules, when there are some.
    let again = changed.as_ref().map(|_| request.cases.clone());
    let counted = rules.tally_records(records(request.cases, &options), as_of, by);
    let mut calibration = Calibration::of(counted);
    if let (Some((standard, clause, changed)), Some(cases)) = (changed, again) {
        let after = changed.report_records(records(cases, &options), as_of, by);
        calibration.what_if(&standard, &clause, &after);
    }
    Ok(calibration)
}

/// The answer to a request without its rules ([`CalibrateRequest`]'s
/// JSON) about rules already loaded (the HTTP server's).
pub fn calibrate_loaded(rules: &Rules, source: Option<&Source<'_>>, request: &str) -> String {
    super::json::answer(request, |request: CalibrateRequest| {
        match calibrate(rules, source, request) {
            Ok(calibration) => Answer::value(calibration),
            Err(failure) => failure,
        }
    })
}

/// `{"rules", "cases", "asOf", "whatIf", "read"}` → the calibration.
pub fn calibrate_json(text: &str) -> String {
    #[derive(Deserialize)]
    struct About {
        rules: RulesInput,
        #[serde(flatten)]
        request: CalibrateRequest,
    }
    super::json::answer(text, |About { rules, request }: About| {
        let source = match &rules {
            RulesInput::Source(source) => Some(source.clone()),
            RulesInput::Compiled { .. } => None,
        };
        let compiled = match rules.rules() {
            Ok(rules) => rules,
            Err(failure) => return failure,
        };
        let compile = |text: String| {
            let files = source.clone().unwrap_or_default();
            compile_files(&SourceFiles { text, ..files }, None)
        };
        let source = source.as_ref().map(|s| Source {
            text: &s.text,
            compile: &compile,
        });
        match calibrate(&compiled, source.as_ref(), request) {
            Ok(calibration) => Answer::value(calibration),
            Err(failure) => failure,
        }
    })
}
