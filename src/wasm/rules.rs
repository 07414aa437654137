//! The `Rules` class: compiled rules kept inside the module, asked
//! questions with plain objects.

use super::case;
use super::columns;
use super::error::from_diagnostic;
#[cfg(feature = "parser")]
use super::error::from_diagnostics;
use super::fast;
use super::js::{self, to_js};
use super::types;
#[cfg(feature = "parser")]
use crate::cases::{batched, CaseBatch};
use crate::cases::{case_from_json, CaseRecord};
use crate::clock::Record;
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::model::{Case, Lang, Value};
use crate::report::PeriodKind;
#[cfg(feature = "parser")]
use crate::BATCH;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
#[cfg(feature = "parser")]
use std::convert::Infallible;
use wasm_bindgen::prelude::*;

type JsResult = Result<JsValue, JsValue>;

fn thrown(d: Diagnostic) -> JsValue {
    from_diagnostic(d)
}

/// Compiled rules. Create with `Rules.compile(text)` or `Rules.load(json)`;
/// free with `free()` when done (or let the garbage collector do it).
#[wasm_bindgen(js_name = Rules)]
pub struct JsRules {
    rules: crate::Rules,
}

impl JsRules {
    /// The Rust rules inside (for wasm-bindgen tests).
    pub fn rules(&self) -> &crate::Rules {
        &self.rules
    }

    fn as_of(&self, options: &JsValue) -> Result<DateTime<Utc>, JsValue> {
        let v = js::option(options, "asOf").map_err(thrown)?;
        js::instant(&v, "asOf", |s| self.rules.read_time(s)).map_err(thrown)
    }
}

#[wasm_bindgen(js_class = Rules)]
impl JsRules {
    /// Compiles rules from the text of a `.delai` file. Throws a
    /// `DelaiError` listing every error.
    #[cfg(feature = "parser")]
    pub fn compile(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        file: Option<String>,
    ) -> Result<JsRules, JsValue> {
        let text = js::string(&text, "text").map_err(thrown)?;
        let file = js::file_name(file);
        crate::compile_named(&file, &text)
            .map(|rules| JsRules { rules })
            .map_err(|d| from_diagnostics(&d))
    }

    /// Loads rules compiled by `delai compile` (a JSON string or the
    /// parsed object); needs no parser.
    pub fn load(
        #[wasm_bindgen(unchecked_param_type = "string | CompiledRules")] json: JsValue,
    ) -> Result<JsRules, JsValue> {
        let text = match json.as_string() {
            Some(text) => text,
            // A parsed object: back to text, so that one deserializer (the
            // command line's) reads compiled rules.
            None if json.is_object() => js_sys::JSON::stringify(&json)
                .ok()
                .and_then(|t| t.as_string())
                .ok_or_else(|| {
                    thrown(js::wrong_type(
                        "json",
                        "compiled rules (JSON text or object)",
                        &json,
                    ))
                })?,
            None => {
                return Err(thrown(js::wrong_type(
                    "json",
                    "compiled rules (JSON text or object)",
                    &json,
                )))
            }
        };
        let rules = crate::Rules::load_json(&text);
        rules.map(|rules| JsRules { rules }).map_err(thrown)
    }

    /// The compiled rules as data: `JSON.stringify(rules)` gives what
    /// `delai compile` writes, loadable with `Rules.load`.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "CompiledRules")]
    pub fn to_json(&self) -> JsResult {
        js::parse(&self.rules.to_json()).map_err(thrown)
    }

    /// The compiled rules as a JSON string (as `delai compile` writes it).
    pub fn compiled(&self) -> String {
        self.rules.to_json()
    }

    /// Every standard version, in file order.
    #[wasm_bindgen(unchecked_return_type = "StandardInfo[]")]
    pub fn standards(&self) -> JsResult {
        to_js(&self.rules.standards()).map_err(thrown)
    }

    /// The deadline of a standard for a start time and attributes.
    #[wasm_bindgen(unchecked_return_type = "Due")]
    pub fn due(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] standard: JsValue,
        #[wasm_bindgen(unchecked_param_type = "DueInput")] input: JsValue,
    ) -> JsResult {
        let standard = js::string(&standard, "standard").map_err(thrown)?;
        let start = js::option(&input, "start").map_err(thrown)?;
        let start = if let Some(d) = start.dyn_ref::<js_sys::Date>() {
            js::to_json(d, "start")
                .map_err(thrown)?
                .as_str()
                .unwrap_or_default()
                .to_string()
        } else if start.is_undefined() || start.is_null() {
            return Err(thrown(
                Diagnostic::error(Code::MissingField, msg::START_REQUIRED.text([]))
                    .field("start")
                    .help(msg::START_REQUIRED_HELP.text([])),
            ));
        } else {
            js::string(&start, "start").map_err(thrown)?
        };
        let attrs = js::option(&input, "attributes").map_err(thrown)?;
        let attributes = attributes(&attrs).map_err(thrown)?;
        let due = self
            .rules
            .due(&standard, &start, &attributes)
            .map_err(thrown)?;
        to_js(&due).map_err(thrown)
    }

    /// Judges one case against every standard: one record per standard
    /// that covers it, a `not-applicable` record when none does, an error
    /// record when the case cannot be read.
    #[wasm_bindgen(unchecked_return_type = "CheckRecord[]")]
    pub fn check(
        &self,
        #[wasm_bindgen(js_name = "caseObject", unchecked_param_type = "Case")] case: JsValue,
        options: Option<types::AsOfOptions>,
    ) -> JsResult {
        let options = js::present(options.map(JsValue::from));
        let as_of = self.as_of(&options)?;
        let record = case::record(&case, "case", 1);
        to_js(&self.rules.check(&record, as_of)).map_err(thrown)
    }

    /// `check` over many cases in one call: the records of every case, in
    /// input order (flat, as `delai check --format jsonl` prints them).
    #[wasm_bindgen(js_name = checkMany, unchecked_return_type = "CheckRecord[]")]
    pub fn check_many(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Case[]")] cases: JsValue,
        options: Option<types::AsOfOptions>,
    ) -> JsResult {
        let options = js::present(options.map(JsValue::from));
        let as_of = self.as_of(&options)?;
        let cases = array(&cases, "cases")?;
        if let Some(records) = self.records_fast(&cases, as_of) {
            return Ok(records);
        }
        let records = self.records(&cases, as_of);
        to_js(&records).map_err(thrown)
    }

    /// What the cases say that the rules never read, as `delai check`
    /// warns of it on stderr: event and attribute names that are none of
    /// the rules' (`unknown-event`, `unknown-attribute`, with "did you
    /// mean"), ids given more than once (`duplicate-id`), no cases at all
    /// (`no-cases`). Lines are 1-based positions in `cases`. The records of
    /// `check` and `checkMany` are unchanged.
    #[wasm_bindgen(js_name = auditCases, unchecked_return_type = "DiagnosticView[]")]
    pub fn audit_cases(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Case[]")] cases: JsValue,
    ) -> JsResult {
        let mut audit = self.rules.case_audit(crate::cases::Format::Json);
        for (i, case) in array(&cases, "cases")?.iter().enumerate() {
            audit.observe(&case::record(&case, &format!("cases[{i}]"), i + 1));
        }
        let warnings = crate::Diagnostics::new("cases", "", audit.warnings());
        to_js(&warnings.views()).map_err(thrown)
    }

    /// The records of a CSV file of cases, read and judged exactly as
    /// `delai check FILE.csv --format jsonl` reads and judges it (the same
    /// reader), an error record for every row that cannot be read.
    ///
    /// In the full package only: in the runtime-only one, built for speed,
    /// the CSV reader would take 13.9 KB gzipped past its 210 KiB ceiling
    /// (`.ci/wasm-tests`); back offices read their files natively.
    #[cfg(feature = "parser")]
    #[wasm_bindgen(js_name = checkCsv, unchecked_return_type = "CheckRecord[]")]
    pub fn check_csv(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")]
        contents: JsValue,
        options: Option<types::AsOfOptions>,
    ) -> JsResult {
        let options = js::present(options.map(JsValue::from));
        let as_of = self.as_of(&options)?;
        let mut records: Vec<Record> = Vec::new();
        let batches = self.csv_batches(&contents)?;
        let judge = |batch: crate::JudgedBatch| {
            let mut out = Vec::new();
            batch.for_each(|_, judged| out.extend_from_slice(judged));
            out
        };
        let Ok(()) = self.rules.check_batches(batches, as_of, 1, judge, |out| {
            records.extend(out);
            Ok::<(), Infallible>(())
        });
        to_js(&records).map_err(thrown)
    }

    /// Compliance of a CSV file of cases, as `delai report FILE.csv
    /// --format json` computes it (rows that cannot be read are counted in
    /// `errors`). In the full package only, as `checkCsv`.
    #[cfg(feature = "parser")]
    #[wasm_bindgen(js_name = reportCsv, unchecked_return_type = "Report")]
    pub fn report_csv(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")]
        contents: JsValue,
        options: Option<types::ReportOptions>,
    ) -> JsResult {
        let options = js::present(options.map(JsValue::from));
        let as_of = self.as_of(&options)?;
        let by = period(&options)?;
        let bytes = js::bytes(&contents, "contents").map_err(thrown)?;
        let records = self.rules.read_csv(std::io::Cursor::new(bytes));
        to_js(&self.rules.report_records(records, as_of, by)).map_err(thrown)
    }

    /// Compliance per standard and period (`by`: month, quarter,
    /// fiscal-quarter or year), as `delai report --format json` computes
    /// it; unreadable cases are counted in `errors`.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn report(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Case[]")] cases: JsValue,
        options: Option<types::ReportOptions>,
    ) -> JsResult {
        let options = js::present(options.map(JsValue::from));
        let as_of = self.as_of(&options)?;
        let by = period(&options)?;
        let cases = array(&cases, "cases")?;
        let records = cases
            .iter()
            .enumerate()
            .map(|(i, case)| case::record(&case, &format!("cases[{i}]"), i + 1));
        to_js(&self.rules.report_records(records, as_of, by)).map_err(thrown)
    }

    /// Explains, line by line, how a case fares against one standard.
    #[wasm_bindgen(unchecked_return_type = "Explanation")]
    pub fn explain(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] standard: JsValue,
        #[wasm_bindgen(js_name = "caseObject", unchecked_param_type = "Case")] case: JsValue,
        options: Option<types::ExplainOptions>,
    ) -> JsResult {
        let standard = js::string(&standard, "standard").map_err(thrown)?;
        let options = js::present(options.map(JsValue::from));
        let as_of = self.as_of(&options)?;
        let lang = lang(&options)?.unwrap_or_default();
        let case = case::record(&case, "case", 1)
            .case
            .map_err(|e| thrown(e.diagnostic))?;
        let explanation = self
            .rules
            .explain(&standard, &case, as_of, lang)
            .map_err(thrown)?;
        to_js(&explanation).map_err(thrown)
    }

    /// Holidays and closures of a calendar in a year.
    #[wasm_bindgen(unchecked_return_type = "NonBusinessDay[]")]
    pub fn holidays(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] calendar: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] year: JsValue,
    ) -> JsResult {
        let calendar = js::string(&calendar, "calendar").map_err(thrown)?;
        let year = js::integer(&year, "year").map_err(thrown)?;
        let days = self.rules.holidays(&calendar, year).map_err(thrown)?;
        to_js(&days).map_err(thrown)
    }

    /// Every non-business day of a calendar in a year, weekends included.
    #[wasm_bindgen(js_name = nonBusinessDays, unchecked_return_type = "NonBusinessDay[]")]
    pub fn non_business_days(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] calendar: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] year: JsValue,
    ) -> JsResult {
        let calendar = js::string(&calendar, "calendar").map_err(thrown)?;
        let year = js::integer(&year, "year").map_err(thrown)?;
        let days = self
            .rules
            .non_business_days(&calendar, year)
            .map_err(thrown)?;
        to_js(&days).map_err(thrown)
    }

    /// Every event the standards name (start, stop, pauses, extensions), in
    /// file order: the CSV columns that hold times.
    #[wasm_bindgen(js_name = eventNames, unchecked_return_type = "string[]")]
    pub fn event_names(&self) -> JsResult {
        to_js(&self.rules.event_names()).map_err(thrown)
    }

    /// The names of the calendars the rules use (built-ins included).
    #[wasm_bindgen(unchecked_return_type = "string[]")]
    pub fn calendars(&self) -> JsResult {
        let names: Vec<&str> = self
            .rules
            .data()
            .calendars
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        to_js(&names).map_err(thrown)
    }

    /// Runs the `example` blocks of the rules; `asOf` stands for "now" in
    /// examples without `as of`.
    #[wasm_bindgen(js_name = runExamples, unchecked_return_type = "ExampleOutcome[]")]
    pub fn run_examples(&self, options: Option<types::AsOfOptions>) -> JsResult {
        let options = js::present(options.map(JsValue::from));
        let as_of = self.as_of(&options)?;
        to_js(&self.rules.run_examples(as_of)).map_err(thrown)
    }
}

impl JsRules {
    /// The records of a CSV file's contents, read by the rules' CSV reader
    /// (the command line's), in batches.
    #[cfg(feature = "parser")]
    fn csv_batches(
        &self,
        contents: &JsValue,
    ) -> Result<impl Iterator<Item = CaseBatch> + '_, JsValue> {
        let bytes = js::bytes(contents, "contents").map_err(thrown)?;
        let records = self.rules.read_csv(std::io::Cursor::new(bytes));
        Ok(batched(records, BATCH))
    }

    /// Every record of an array of cases, flat, in input order.
    fn records(&self, cases: &js_sys::Array, as_of: DateTime<Utc>) -> Vec<Record> {
        let mut out = Vec::new();
        for (i, case) in cases.iter().enumerate() {
            let record = case::record(&case, &format!("cases[{i}]"), i + 1);
            out.extend(self.rules.check(&record, as_of));
        }
        out
    }

    /// [`JsRules::records`] as JavaScript objects built from columns (see
    /// [`columns`]), the cases read from one `JSON.stringify` when they
    /// are plain data (see [`fast`]); `None` when they are not, and the
    /// cases must be walked.
    fn records_fast(&self, cases: &js_sys::Array, as_of: DateTime<Utc>) -> Option<JsValue> {
        fast::with_text(cases, |text| self.records_of(text, as_of))
    }

    /// [`JsRules::records_fast`] of the cases' JSON text.
    fn records_of(&self, text: &str, as_of: DateTime<Utc>) -> Option<JsValue> {
        let mut items = fast::items(text)?;
        let mut out = columns::Columns::default();
        // The buffers each case of the common shape is read into: lent to
        // the record, given back after judging.
        let mut case = Case::default();
        let mut line = 0;
        while let Some(item) = items.next(&mut case)? {
            line += 1;
            let case_or_error = match item {
                fast::Item::Case => Ok(std::mem::take(&mut case)),
                fast::Item::Json(value) => case_from_json(value),
            };
            let record = CaseRecord {
                line,
                case: case_or_error,
            };
            crate::api::Sealed::judge_to(&record, &self.rules, as_of, &mut out);
            out.usable()?;
            if let Ok(judged) = record.case {
                case = judged;
            }
        }
        out.finish()
    }
}

fn array(v: &JsValue, field: &str) -> Result<js_sys::Array, JsValue> {
    if js_sys::Array::is_array(v) {
        Ok(v.clone().unchecked_into())
    } else {
        Err(thrown(js::wrong_type(field, "an array of cases", v)))
    }
}

/// `{ by }`: the report's period, a month by default.
fn period(options: &JsValue) -> Result<PeriodKind, JsValue> {
    match js::string_option(options, "by").map_err(thrown)? {
        None => Ok(PeriodKind::Month),
        Some(text) => text.parse::<PeriodKind>().map_err(|_| {
            thrown(
                Diagnostic::error(Code::BadOption, msg::UNKNOWN_PERIOD.text([&text]))
                    .field("by")
                    .help(msg::UNKNOWN_PERIOD_HELP.text([])),
            )
        }),
    }
}

/// `{ lang }`: "en" or "fr".
pub(super) fn lang(options: &JsValue) -> Result<Option<Lang>, JsValue> {
    match js::string_option(options, "lang").map_err(thrown)? {
        None => Ok(None),
        Some(tag) => Lang::from_tag(&tag).map(Some).ok_or_else(|| {
            thrown(
                Diagnostic::error(Code::BadOption, msg::UNKNOWN_LANGUAGE.text([&tag]))
                    .field("lang")
                    .help(msg::UNKNOWN_LANGUAGE_HELP.text([])),
            )
        }),
    }
}

/// Attributes as the engine reads them: strings, numbers, booleans;
/// `null`/`undefined` mean absent.
fn attributes(v: &JsValue) -> Result<BTreeMap<String, Value>, Diagnostic> {
    if v.is_undefined() || v.is_null() {
        return Ok(BTreeMap::new());
    }
    let serde_json::Value::Object(map) = js::to_json(v, "attributes")? else {
        return Err(js::wrong_type(
            "attributes",
            "an object such as { channel: \"mail\" }",
            v,
        ));
    };
    crate::cases::json::attribute_map(map, &None).map_err(|e| e.diagnostic)
}
