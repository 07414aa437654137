//! One function per question a door may ask, over typed requests: the
//! requests' options and cases read here ([`super::input`]), the answer
//! computed by [`Rules`].

use super::input::{self, case_record_with, CaseInput, ReadInput, TimeInput, Year};
use crate::calendar::NonBusinessDay;
use crate::cases::{Audit, CaseRecord, Format, ReadOptions};
use crate::clock::Record;
#[cfg(feature = "parser")]
use crate::diagnostic::msg;
use crate::diagnostic::Diagnostic;
#[cfg(feature = "parser")]
use crate::diagnostic::Diagnostics;
use crate::model::Lang;
use crate::report::{Report, Tally};
use crate::{Due, Explanation, Rules, StandardInfo};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::Value as Json;

/// A rules text to compile, diagnose or format.
#[cfg(feature = "parser")]
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct SourceRequest {
    /// The text of a `.delai` file.
    pub text: String,
    /// The file name diagnostics show; `<input>` when left out or empty.
    #[serde(default)]
    pub file: Option<String>,
}

#[cfg(feature = "parser")]
impl SourceRequest {
    fn file(&self) -> &str {
        file_name(self.file.as_deref())
    }
}

/// The file name diagnostics show: the one given, else `<input>`.
pub fn file_name(file: Option<&str>) -> &str {
    file.filter(|f| !f.is_empty()).unwrap_or("<input>")
}

/// A rules text and the texts of the files it uses (`use "…"`), for the
/// JSON doors, which read no disk: `{"text": "use \"federal.delai\" …",
/// "files": {"federal.delai": "calendar …"}}`. Without `files`, `use` is
/// refused (`use-unavailable`).
#[cfg(feature = "parser")]
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SourceFiles {
    /// The text of a `.delai` file.
    pub text: String,
    /// The file name diagnostics show; `<input>` when left out or empty.
    /// `use` paths are read from its folder.
    #[serde(default)]
    pub file: Option<String>,
    /// The used files' texts by path, relative to `file`'s folder.
    #[serde(default)]
    pub files: Option<std::collections::BTreeMap<String, String>>,
}

#[cfg(feature = "parser")]
impl SourceFiles {
    /// The request without its files.
    pub fn source(&self) -> SourceRequest {
        SourceRequest {
            text: self.text.clone(),
            file: self.file.clone(),
        }
    }

    /// A used file's text from `files`; the reason when it is not there.
    fn read(&self, path: &str) -> Result<String, String> {
        let files = self
            .files
            .as_ref()
            .ok_or_else(|| msg::USED_FILE_NOT_GIVEN.text([]))?;
        files
            .iter()
            .find(|(k, _)| crate::check::join_use_path("", k) == path)
            .map(|(_, text)| text.clone())
            .ok_or_else(|| msg::USED_FILE_NOT_GIVEN.text([]))
    }
}

/// Compiles a rules text with the files it uses; every error (and
/// warning) when it does not. Messages in `lang` as [`compile_in`] says.
#[cfg(feature = "parser")]
pub fn compile_files(request: &SourceFiles, lang: Option<Lang>) -> Result<Rules, Diagnostics> {
    let file = file_name(request.file.as_deref());
    in_source_lang(&request.text, lang, || match request.files {
        None => crate::compile_named(file, &request.text),
        Some(_) => crate::compile_using(file, &request.text, &|p| request.read(p)),
    })
}

/// Every error and warning of a rules text with the files it uses, in
/// `lang` as [`diagnose_in`] says.
#[cfg(feature = "parser")]
pub fn diagnose_files(request: &SourceFiles, lang: Option<Lang>) -> Diagnostics {
    let file = file_name(request.file.as_deref());
    in_source_lang(&request.text, lang, || match request.files {
        None => crate::diagnose(file, &request.text),
        Some(_) => crate::diagnose_using(file, &request.text, &|p| request.read(p)),
    })
}

/// A rules text to lay out canonically.
#[cfg(feature = "parser")]
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct FormatRequest {
    /// The text of a `.delai` file.
    pub text: String,
    /// `"en"` or `"fr"`: every keyword in that language; left out, each
    /// item keeps its own.
    #[serde(default)]
    pub lang: Option<String>,
}

/// The deadline of a standard for a start.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct DueRequest {
    /// The standard's id.
    pub standard: String,
    /// When the request was received (required; `None` is the
    /// `missing-field` error).
    #[serde(default)]
    pub start: Option<String>,
    /// The request's attributes, an object; `null` or left out, none.
    #[serde(default)]
    pub attributes: Option<Json>,
}

/// One case to judge against every standard.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct CheckRequest {
    /// The case, as in the JSON input of `delai check`.
    #[cfg_attr(feature = "http", schema(value_type = Object))]
    pub case: CaseInput,
    /// "Now" for open cases; left out, the clock's.
    #[serde(default)]
    pub as_of: Option<TimeInput>,
    /// How the cases are read: `"read": {"timeFormat", "epoch",
    /// "delimiter", "map"}`; left out, as `delai check` reads them bare.
    /// (An object of its own, not flattened into the request: serde's
    /// flattening weighs on the WebAssembly package.)
    #[serde(default)]
    pub read: ReadInput,
}

/// Cases to judge (`check_many`) or audit.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct CasesRequest {
    /// The cases, in order; their lines are their 1-based positions.
    #[cfg_attr(feature = "http", schema(value_type = Vec<Object>))]
    pub cases: Vec<CaseInput>,
    /// "Now" for open cases; left out, the clock's.
    #[serde(default)]
    pub as_of: Option<TimeInput>,
    /// How the cases are read: `"read": {"timeFormat", "epoch",
    /// "delimiter", "map"}`; left out, as `delai check` reads them bare.
    /// (An object of its own, not flattened into the request: serde's
    /// flattening weighs on the WebAssembly package.)
    #[serde(default)]
    pub read: ReadInput,
}

/// Cases to report compliance of.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct ReportRequest {
    /// The cases, in order.
    #[cfg_attr(feature = "http", schema(value_type = Vec<Object>))]
    pub cases: Vec<CaseInput>,
    /// "Now" for open cases; left out, the clock's.
    #[serde(default)]
    pub as_of: Option<TimeInput>,
    /// `month` (left out), `quarter`, `fiscal-quarter` or `year`.
    #[serde(default)]
    pub by: Option<String>,
    /// The month the reporting year starts on (`"april"`, `"avril"`,
    /// `"4"`); left out, January (April for fiscal quarters).
    #[serde(default)]
    pub year_start: Option<String>,
    /// How the cases are read: `"read": {"timeFormat", "epoch",
    /// "delimiter", "map"}`; left out, as `delai check` reads them bare.
    /// (An object of its own, not flattened into the request: serde's
    /// flattening weighs on the WebAssembly package.)
    #[serde(default)]
    pub read: ReadInput,
}

/// How one case fares against one standard, told line by line.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct ExplainRequest {
    /// The standard's id.
    pub standard: String,
    /// The case.
    #[cfg_attr(feature = "http", schema(value_type = Object))]
    pub case: CaseInput,
    /// "Now" for an open case; left out, the clock's.
    #[serde(default)]
    pub as_of: Option<TimeInput>,
    /// `"en"` (left out) or `"fr"`.
    #[serde(default)]
    pub lang: Option<String>,
    /// How the cases are read: `"read": {"timeFormat", "epoch",
    /// "delimiter", "map"}`; left out, as `delai check` reads them bare.
    /// (An object of its own, not flattened into the request: serde's
    /// flattening weighs on the WebAssembly package.)
    #[serde(default)]
    pub read: ReadInput,
}

/// A calendar and a year, for its holidays or non-business days.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct CalendarYear {
    /// The calendar's name: the file's, or a built-in one.
    pub calendar: String,
    /// The year.
    pub year: Year,
}

/// Compiles a rules text; every error (and warning) when it does not.
#[cfg(feature = "parser")]
pub fn compile(request: &SourceRequest) -> Result<Rules, Diagnostics> {
    compile_in(request, None)
}

/// [`compile`], its messages in `lang` when given (a page's language),
/// else as [`compile`] writes them.
#[cfg(feature = "parser")]
pub fn compile_in(request: &SourceRequest, lang: Option<Lang>) -> Result<Rules, Diagnostics> {
    in_source_lang(&request.text, lang, || {
        crate::compile_named(request.file(), &request.text)
    })
}

/// Runs `f` with messages in `lang` when given, as the command line's
/// `--lang`; else in the rules text's language when it is French, as the
/// command line speaks to a French file.
#[cfg(feature = "parser")]
fn in_source_lang<R>(text: &str, lang: Option<Lang>, f: impl FnOnce() -> R) -> R {
    let french_text = || crate::syntax::lang_for_source(text).filter(|l| *l == Lang::Fr);
    match lang.or_else(french_text) {
        Some(lang) => crate::diagnostic::with_lang(lang, f),
        None => f(),
    }
}

/// A door's `lang` option: `"en"` or `"fr"`, `None` when left out, a
/// `wrong-value` diagnostic naming it otherwise.
pub fn lang_option(tag: Option<&str>) -> Result<Option<Lang>, Diagnostic> {
    input::lang(tag)
}

/// Loads rules compiled by `delai compile`.
pub fn load(compiled: &str) -> Result<Rules, Diagnostic> {
    Rules::load_json(compiled)
}

/// Every error and warning of a rules text, never failing.
#[cfg(feature = "parser")]
pub fn diagnose(request: &SourceRequest) -> Diagnostics {
    diagnose_in(request, None)
}

/// [`diagnose`], its messages in `lang` when given.
#[cfg(feature = "parser")]
pub fn diagnose_in(request: &SourceRequest, lang: Option<Lang>) -> Diagnostics {
    in_source_lang(&request.text, lang, || {
        crate::diagnose(request.file(), &request.text)
    })
}

/// The text in canonical layout; its syntax errors when it has some.
#[cfg(feature = "parser")]
pub fn format(request: &FormatRequest) -> Result<String, Diagnostics> {
    let lang = input::lang(request.lang.as_deref())
        .map_err(|d| Diagnostics::new("<input>", "", vec![d]))?;
    let source = request
        .text
        .strip_prefix('\u{FEFF}')
        .unwrap_or(&request.text);
    crate::fmt::format_source(source, lang)
        .map_err(|errors| Diagnostics::new("<input>", source, errors))
}

/// Every standard version, in file order.
pub fn standards(rules: &Rules) -> Vec<StandardInfo> {
    rules.standards()
}

/// The deadline of a standard for a start and attributes.
pub fn due(rules: &Rules, request: DueRequest) -> Result<Due, Diagnostic> {
    let start = input::start(request.start.as_deref())?;
    let attributes = input::attributes(request.attributes)?;
    rules.due(&request.standard, start, &attributes)
}

/// The records of one case against every standard (an error record when
/// it cannot be read).
pub fn check(rules: &Rules, request: CheckRequest) -> Result<Vec<Record>, Diagnostic> {
    let as_of = input::as_of(rules, request.as_of.as_ref())?;
    let options = input::read_options(rules, &request.read)?;
    Ok(rules.check(&case_record_with(request.case, 1, &options), as_of))
}

/// The records of every case, flat, in input order (as `delai check
/// --format jsonl` prints them).
pub fn check_many(rules: &Rules, request: CasesRequest) -> Result<Vec<Record>, Diagnostic> {
    let as_of = input::as_of(rules, request.as_of.as_ref())?;
    let options = input::read_options(rules, &request.read)?;
    Ok(judge_all(
        rules,
        records(request.cases, &options),
        as_of,
        None,
    ))
}

/// [`check_many`], and what the cases say that the rules never read (the
/// warnings of `delai check`).
pub(super) fn check_many_audited(
    rules: &Rules,
    request: CasesRequest,
) -> Result<(Vec<Record>, Vec<Diagnostic>), Diagnostic> {
    let as_of = input::as_of(rules, request.as_of.as_ref())?;
    let options = input::read_options(rules, &request.read)?;
    let mut audit = rules.case_audit(Format::Json);
    let cases = records(request.cases, &options);
    let records = judge_all(rules, cases, as_of, Some(&mut audit));
    Ok((records, audit.warnings()))
}

fn judge_all(
    rules: &Rules,
    cases: impl Iterator<Item = CaseRecord>,
    as_of: DateTime<Utc>,
    mut audit: Option<&mut Audit>,
) -> Vec<Record> {
    let mut out = Vec::new();
    for record in cases {
        if let Some(audit) = audit.as_deref_mut() {
            audit.observe(&record);
        }
        out.extend(rules.check(&record, as_of));
    }
    out
}

pub(super) fn records(
    cases: Vec<CaseInput>,
    options: &ReadOptions,
) -> impl Iterator<Item = CaseRecord> + use<'_> {
    cases
        .into_iter()
        .enumerate()
        .map(move |(i, case)| case_record_with(case, i + 1, options))
}

/// What the cases say that the rules never read: unknown event and
/// attribute names, repeated ids, no cases at all (`delai check`'s
/// warnings).
pub fn audit_cases(rules: &Rules, cases: Vec<CaseInput>) -> Vec<Diagnostic> {
    let mut audit = rules.case_audit(Format::Json);
    for record in records(cases, &ReadOptions::default()) {
        audit.observe(&record);
    }
    audit.warnings()
}

/// Compliance per standard and period, as `delai report --format json`
/// computes it (unreadable cases counted in `errors`).
pub fn report(rules: &Rules, request: ReportRequest) -> Result<Report, Diagnostic> {
    let as_of = input::as_of(rules, request.as_of.as_ref())?;
    let by = input::periods(request.by.as_deref(), request.year_start.as_deref())?;
    let options = input::read_options(rules, &request.read)?;
    Ok(rules.report_records(records(request.cases, &options), as_of, by))
}

/// The counts of a part of the cases ([`report`] left unfinished), to
/// merge with other parts' by [`merge_reports`].
pub fn report_partial(rules: &Rules, request: ReportRequest) -> Result<Tally, Diagnostic> {
    let as_of = input::as_of(rules, request.as_of.as_ref())?;
    let by = input::periods(request.by.as_deref(), request.year_start.as_deref())?;
    let options = input::read_options(rules, &request.read)?;
    let counted = rules.tally_records(records(request.cases, &options), as_of, by);
    Ok(counted.tally())
}

/// Partial reports ([`report_partial`], or a door's own) to merge.
#[derive(Debug, Clone, Deserialize)]
pub struct MergeRequest {
    /// The parts, in any order.
    pub parts: Vec<Tally>,
}

/// The report of every part's cases together, as [`report`] of them all.
pub fn merge_reports(request: MergeRequest) -> Result<Report, Diagnostic> {
    Tally::merge(request.parts)
}

/// How a case fares against one standard, in the language asked for.
pub fn explain(rules: &Rules, request: ExplainRequest) -> Result<Explanation, Diagnostic> {
    let as_of = input::as_of(rules, request.as_of.as_ref())?;
    let lang = input::lang(request.lang.as_deref())?.unwrap_or_default();
    let options = input::read_options(rules, &request.read)?;
    let case = case_record_with(request.case, 1, &options)
        .case
        .map_err(|e| e.diagnostic)?;
    rules.explain(&request.standard, &case, as_of, lang)
}

/// Holidays and closures of a calendar in a year (and the dates it opens).
pub fn holidays(rules: &Rules, request: &CalendarYear) -> Result<Vec<NonBusinessDay>, Diagnostic> {
    rules.holidays(&request.calendar, input::year(&request.year)?)
}

/// Every non-business day of a calendar in a year, weekends included.
pub fn non_business_days(
    rules: &Rules,
    request: &CalendarYear,
) -> Result<Vec<NonBusinessDay>, Diagnostic> {
    rules.non_business_days(&request.calendar, input::year(&request.year)?)
}

/// The records of a CSV file of cases, read and judged as `delai check
/// FILE.csv --format jsonl` reads and judges it (the same batches), an
/// error record for every row that cannot be read. `options`: how the
/// file is read ([`input::read_options`] of a request's [`ReadInput`]).
#[cfg(feature = "parser")]
pub fn check_csv(
    rules: &Rules,
    contents: &[u8],
    as_of: DateTime<Utc>,
    options: &ReadOptions,
) -> Vec<Record> {
    let mut records = Vec::new();
    let judge = |batch: crate::JudgedBatch| {
        let mut out = Vec::new();
        batch.for_each(|_, judged| out.extend_from_slice(judged));
        out
    };
    let batches = csv_batches(rules, contents, options);
    let Ok(()) = rules.check_batches(batches, as_of, 1, judge, |out| {
        records.extend(out);
        Ok::<(), std::convert::Infallible>(())
    });
    records
}

/// Compliance of a CSV file of cases, as `delai report FILE.csv --format
/// json` computes it (rows that cannot be read counted in `errors`).
#[cfg(feature = "parser")]
pub fn report_csv(
    rules: &Rules,
    contents: &[u8],
    as_of: DateTime<Utc>,
    by: Option<&str>,
    year_start: Option<&str>,
    options: &ReadOptions,
) -> Result<Report, Diagnostic> {
    let by = input::periods(by, year_start)?;
    let batches = csv_batches(rules, contents, options);
    let Ok(report) = rules.report_batches(
        batches,
        as_of,
        by,
        1,
        |_| (),
        |()| Ok::<(), std::convert::Infallible>(()),
    );
    Ok(report)
}

/// The rows of a CSV file in batches, read as they are judged: the
/// command line's reader, which may hand them to other threads (feature
/// `parallel`).
#[cfg(feature = "parser")]
fn csv_batches<'a>(
    rules: &Rules,
    contents: &'a [u8],
    options: &ReadOptions,
) -> impl Iterator<Item = crate::cases::CaseBatch> + Send + 'a {
    crate::cases::read_csv_batches(contents, rules.event_names(), crate::BATCH, options)
}
