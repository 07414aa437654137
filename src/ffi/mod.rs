//! The one layer every door wraps: typed requests in, typed answers out,
//! and the same as JSON text (`*_json`), never panicking.
//!
//! A door (WebAssembly, Python, HTTP) only carries values across its
//! border: it turns what its language hands it into the requests here,
//! calls one function per question, and turns the answer back. Reading
//! options (`asOf`, `by`, `lang`), cases (through the one case decoder,
//! [`crate::cases::case_from_json`]) and their errors happens here, once,
//! so every door accepts and rejects exactly the same input.
//!
//! The JSON entry points take one request object and answer
//! `{"type": "success", "value": …, "warnings": […]}` or
//! `{"type": "failure", "errors": […], "warnings": […]}`, the diagnostics
//! as `delai lint --format json` prints them (plus the field at fault).
//! Calls about rules name them in the request, as `"rules": {"text":
//! TEXT, "file": NAME}` (compiled on the spot; feature `parser`) or
//! `"rules": {"compiled": TEXT_OR_OBJECT}` (what `delai compile` wrote).
//!
//! ```
//! let answer = delai::ffi::due_json(r#"{
//!   "rules": {"text": "standard \"s\" { within 10 business days on \"quebec\" }"},
//!   "standard": "s", "start": "2025-06-20 10:00"
//! }"#);
//! let answer: serde_json::Value = serde_json::from_str(&answer).unwrap();
//! assert_eq!(answer["type"], "success");
//! assert_eq!(answer["value"]["due"], "2025-07-08T23:59:59-04:00");
//! ```

mod answer;
#[cfg(feature = "parser")]
mod calibrate;
mod calls;
mod input;
mod json;
#[cfg(not(target_arch = "wasm32"))]
mod stream;

pub use answer::{Answer, ErrorView};
#[cfg(feature = "parser")]
pub use calibrate::{calibrate, calibrate_json, calibrate_loaded, CalibrateRequest, Source};
pub use calls::{
    audit_cases, check, check_many, due, explain, file_name, holidays, lang_option, load,
    merge_reports, non_business_days, report, report_partial, standards, CalendarYear,
    CasesRequest, CheckRequest, DueRequest, ExplainRequest, MergeRequest, ReportRequest,
};
#[cfg(feature = "parser")]
pub use calls::{
    check_csv, compile, compile_files, compile_in, diagnose, diagnose_files, diagnose_in, format,
    report_csv, FormatRequest, SourceFiles, SourceRequest,
};
pub use input::{
    as_of, case_record, case_record_with, column_names, period, periods, read_options, CaseInput,
    ReadInput, TimeInput, Year,
};
pub use json::{
    call_json, check_json, check_many_json, due_json, explain_json, holidays_json, load_json,
    merge_reports_json, non_business_days_json, report_json, report_partial_json, standards_json,
    Call, RulesInput,
};
#[cfg(feature = "parser")]
pub use json::{compile_json, diagnose_json, format_json};
#[cfg(not(target_arch = "wasm32"))]
pub use stream::{check_stream, Judged};
