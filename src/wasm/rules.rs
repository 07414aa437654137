//! The `Rules` class: compiled rules kept inside the module, asked
//! questions with plain objects. Each method only carries values across:
//! JavaScript in, an [`ffi`] request, the [`ffi`] call, the answer out.

use super::case;
use super::columns;
use super::error::from_diagnostic;
#[cfg(feature = "parser")]
use super::error::from_diagnostics;
use super::fast;
use super::js::{self, to_js};
use super::types;
use crate::cases::{case_from_json, CaseRecord};
use crate::diagnostic::Diagnostic;
use crate::ffi::{self, CaseInput};
use crate::model::Case;
use chrono::{DateTime, Utc};
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

    /// The options' `asOf`, read by [`ffi::as_of`].
    fn as_of(&self, options: &JsValue) -> Result<DateTime<Utc>, JsValue> {
        ffi::as_of(&self.rules, time(options)?.as_ref()).map_err(thrown)
    }
}

#[wasm_bindgen(js_class = Rules)]
impl JsRules {
    /// Compiles rules from the text of a `.delai` file. Throws a
    /// `DelaiError` listing every error, in `lang` when given (else the
    /// text's language when French, else English).
    #[cfg(feature = "parser")]
    pub fn compile(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        file: Option<String>,
        options: Option<types::SourceOptions>,
    ) -> Result<JsRules, JsValue> {
        let text = js::string(&text, "text").map_err(thrown)?;
        let options = js::present(options.map(JsValue::from));
        let lang = lang(&options)?;
        let files = js::files_option(&options).map_err(thrown)?;
        ffi::compile_files(&ffi::SourceFiles { text, file, files }, lang)
            .map(|rules| JsRules { rules })
            .map_err(|d| from_diagnostics(&d))
    }

    /// Loads rules compiled by `delai compile` (a JSON string or the
    /// parsed object); needs no parser.
    pub fn load(
        #[wasm_bindgen(unchecked_param_type = "string | CompiledRules")] json: JsValue,
    ) -> Result<JsRules, JsValue> {
        let text = match json.as_string() {
            Some(text) => Some(text),
            // A parsed object: back to text, so that one deserializer (the
            // command line's) reads compiled rules.
            None if json.is_object() => js_sys::JSON::stringify(&json)
                .ok()
                .and_then(|t| t.as_string()),
            None => None,
        };
        let text = text.ok_or_else(|| {
            let expected = "compiled rules (JSON text or object)";
            thrown(js::wrong_type("json", expected, &json))
        })?;
        let rules = ffi::load(&text);
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
        to_js(&ffi::standards(&self.rules)).map_err(thrown)
    }

    /// The deadline of a standard for a start time and attributes.
    #[wasm_bindgen(unchecked_return_type = "Due")]
    pub fn due(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] standard: JsValue,
        #[wasm_bindgen(unchecked_param_type = "DueInput")] input: JsValue,
    ) -> JsResult {
        let standard = js::string(&standard, "standard").map_err(thrown)?;
        let start = match js::given(js::option(&input, "start").map_err(thrown)?) {
            None => None,
            // A `Date`: its ISO text, read as any start is.
            Some(date) if date.is_instance_of::<js_sys::Date>() => {
                let iso = js::to_json(&date, "start").map_err(thrown)?;
                Some(iso.as_str().unwrap_or_default().to_string())
            }
            Some(text) => Some(js::string(&text, "start").map_err(thrown)?),
        };
        let attributes = js::given(js::option(&input, "attributes").map_err(thrown)?)
            .map(|a| js::to_json(&a, "attributes"))
            .transpose()
            .map_err(thrown)?;
        let request = ffi::DueRequest {
            standard,
            start,
            attributes,
        };
        to_js(&ffi::due(&self.rules, request).map_err(thrown)?).map_err(thrown)
    }

    /// Judges one case against every standard: one record per standard
    /// that covers it, a `not-applicable` record when none does, an error
    /// record when the case cannot be read.
    #[wasm_bindgen(unchecked_return_type = "CheckRecord[]")]
    pub fn check(
        &self,
        #[wasm_bindgen(js_name = "caseObject", unchecked_param_type = "Case")] case: JsValue,
        options: Option<types::CaseOptions>,
    ) -> JsResult {
        let options = js::present(options.map(JsValue::from));
        let request = ffi::CheckRequest {
            as_of: time(&options)?,
            case: case::input(&case, "case"),
            read: read(&options)?,
        };
        speaking(
            &options,
            Box::new(move || {
                to_js(&ffi::check(&self.rules, request).map_err(thrown)?).map_err(thrown)
            }),
        )
    }

    /// `check` over many cases in one call: the records of every case, in
    /// input order (flat, as `delai check --format jsonl` prints them).
    #[wasm_bindgen(js_name = checkMany, unchecked_return_type = "CheckRecord[]")]
    pub fn check_many(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Case[]")] cases: JsValue,
        options: Option<types::CaseOptions>,
    ) -> JsResult {
        let options = js::present(options.map(JsValue::from));
        let as_of = self.as_of(&options)?;
        let read = read(&options)?;
        let cases = array(&cases, "cases")?;
        // The fast path reads the common shape as it is: not with options.
        if read == ffi::ReadInput::default() {
            if let Some(records) = self.records_fast(&cases, as_of) {
                return Ok(records);
            }
        }
        let request = ffi::CasesRequest {
            cases: inputs(&cases),
            as_of: Some(ffi::TimeInput::Instant(as_of)),
            read,
        };
        to_js(&ffi::check_many(&self.rules, request).map_err(thrown)?).map_err(thrown)
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
        let cases = inputs(&array(&cases, "cases")?);
        let warnings = ffi::audit_cases(&self.rules, cases);
        let warnings = crate::Diagnostics::new("cases", "", warnings);
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
        options: Option<types::CaseOptions>,
    ) -> JsResult {
        let options = js::present(options.map(JsValue::from));
        let as_of = self.as_of(&options)?;
        let read = ffi::read_options(&self.rules, &read(&options)?).map_err(thrown)?;
        let bytes = js::bytes(&contents, "contents").map_err(thrown)?;
        speaking(
            &options,
            Box::new(move || {
                to_js(&ffi::check_csv(&self.rules, &bytes, as_of, &read)).map_err(thrown)
            }),
        )
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
        let by = js::string_option(&options, "by").map_err(thrown)?;
        let year_start = js::string_option(&options, "yearStart").map_err(thrown)?;
        let read = ffi::read_options(&self.rules, &read(&options)?).map_err(thrown)?;
        let bytes = js::bytes(&contents, "contents").map_err(thrown)?;
        speaking(
            &options,
            Box::new(move || {
                let (by, year_start) = (by.as_deref(), year_start.as_deref());
                let report = ffi::report_csv(&self.rules, &bytes, as_of, by, year_start, &read);
                to_js(&report.map_err(thrown)?).map_err(thrown)
            }),
        )
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
        let request = ffi::ReportRequest {
            as_of: time(&options)?,
            by: js::string_option(&options, "by").map_err(thrown)?,
            year_start: js::string_option(&options, "yearStart").map_err(thrown)?,
            cases: inputs(&array(&cases, "cases")?),
            read: read(&options)?,
        };
        to_js(&ffi::report(&self.rules, request).map_err(thrown)?).map_err(thrown)
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
        let request = ffi::ExplainRequest {
            standard,
            as_of: time(&options)?,
            lang: js::string_option(&options, "lang").map_err(thrown)?,
            case: case::input(&case, "case"),
            read: read(&options)?,
        };
        to_js(&ffi::explain(&self.rules, request).map_err(thrown)?).map_err(thrown)
    }

    /// Holidays and closures of a calendar in a year.
    #[wasm_bindgen(unchecked_return_type = "NonBusinessDay[]")]
    pub fn holidays(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] calendar: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] year: JsValue,
    ) -> JsResult {
        let request = calendar_year(&calendar, &year)?;
        to_js(&ffi::holidays(&self.rules, &request).map_err(thrown)?).map_err(thrown)
    }

    /// Every non-business day of a calendar in a year, weekends included.
    #[wasm_bindgen(js_name = nonBusinessDays, unchecked_return_type = "NonBusinessDay[]")]
    pub fn non_business_days(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] calendar: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] year: JsValue,
    ) -> JsResult {
        let request = calendar_year(&calendar, &year)?;
        let days = ffi::non_business_days(&self.rules, &request).map_err(thrown)?;
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
    /// examples without `as of`; what failed is told in `lang` (English
    /// when left out).
    #[wasm_bindgen(js_name = runExamples, unchecked_return_type = "ExampleOutcome[]")]
    pub fn run_examples(&self, options: Option<types::ExamplesOptions>) -> JsResult {
        let options = js::present(options.map(JsValue::from));
        let as_of = self.as_of(&options)?;
        speaking(
            &options,
            Box::new(move || to_js(&self.rules.run_examples(as_of)).map_err(thrown)),
        )
    }
}

impl JsRules {
    /// The records of `checkMany` as JavaScript objects built from columns (see
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

/// The cases of an array, `cases[i]` naming each in errors.
fn inputs(cases: &js_sys::Array) -> Vec<CaseInput> {
    let named = |(i, case): (usize, JsValue)| case::input(&case, &format!("cases[{i}]"));
    cases.iter().enumerate().map(named).collect()
}

/// The options' `asOf`, as JavaScript gives it.
fn time(options: &JsValue) -> Result<Option<ffi::TimeInput>, JsValue> {
    let v = js::option(options, "asOf").map_err(thrown)?;
    js::time(&v, "asOf").map_err(thrown)
}

/// How cases are read: `timeFormat`, `epoch`, `delimiter` and `map` of an
/// options object, checked and made the one `ReadOptions` by the ffi.
fn read(options: &JsValue) -> Result<ffi::ReadInput, JsValue> {
    let text = |name| js::string_option(options, name).map_err(thrown);
    let map = match js::given(js::option(options, "map").map_err(thrown)?) {
        None => Default::default(),
        Some(v) => ffi::column_names(&js::to_json(&v, "map").map_err(thrown)?).map_err(thrown)?,
    };
    Ok(ffi::ReadInput {
        time_format: text("timeFormat")?,
        epoch: text("epoch")?,
        delimiter: text("delimiter")?,
        map,
    })
}

fn calendar_year(calendar: &JsValue, year: &JsValue) -> Result<ffi::CalendarYear, JsValue> {
    Ok(ffi::CalendarYear {
        calendar: js::string(calendar, "calendar").map_err(thrown)?,
        year: js::year(year, "year").map_err(thrown)?,
    })
}

/// The `lang` option: `"en"`, `"fr"`, or `None` when left out.
fn lang(options: &JsValue) -> Result<Option<crate::model::Lang>, JsValue> {
    let tag = js::string_option(options, "lang").map_err(thrown)?;
    ffi::lang_option(tag.as_deref()).map_err(thrown)
}

/// Runs `f` with the texts it writes for people (error records'
/// messages, examples' expectations) in the `lang` option's language.
/// (`dyn`: one copy of the language switch for every caller, in a module
/// whose size is budgeted.)
fn speaking(options: &JsValue, f: Box<dyn FnOnce() -> JsResult + '_>) -> JsResult {
    match lang(options)? {
        Some(lang) => crate::diagnostic::with_lang(lang, f),
        None => f(),
    }
}
