//! The Python door: the native module `delai._delai` under the `delai`
//! package (`pip install .`, pyproject.toml). It only carries values
//! across: requests arrive as the JSON text of [`crate::ffi`]'s requests,
//! answers leave as its `{"type": "success" | "failure", …}` text, and
//! cases for [`Rules::check_arrow`] as Arrow IPC bytes. The package's
//! Python layer (`src/python/delai/`) turns those into `datetime`s,
//! dicts, `DelaiError`s and pyarrow tables. Every call that judges runs
//! with the interpreter's lock released, on every core (feature
//! `parallel`).

mod arrow;

use crate::diagnostic::Diagnostic;
use crate::ffi::{self, Answer, Call};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use serde::Serialize;

/// An answer as JSON text (a failure holds strings only: it serializes).
fn text<T: Serialize>(answer: &Answer<T>) -> String {
    serde_json::to_string(answer).unwrap_or_else(|e| {
        let d = Diagnostic::error(crate::diagnostic::Code::Internal, e.to_string());
        serde_json::to_string(&Answer::<()>::failed(d)).unwrap_or_default()
    })
}

/// Checked rules, ready to answer (`delai.Rules` wraps it).
#[pyclass(name = "NativeRules", module = "delai._delai", frozen)]
pub struct PyRules {
    rules: crate::Rules,
}

#[pymethods]
impl PyRules {
    /// The rules as `delai compile` writes them.
    fn to_json(&self, py: Python<'_>) -> String {
        py.detach(|| self.rules.to_json())
    }

    /// The answer of the question `call` (a [`Call`] by its name) to the
    /// request `request` (JSON text).
    fn call(&self, py: Python<'_>, call: &str, request: &str) -> String {
        let Some(call) = Call::from_name(call) else {
            let d = Diagnostic::error(
                crate::diagnostic::Code::Internal,
                format!("the native module has no call `{call}`"),
            );
            return text(&Answer::<()>::failed(d));
        };
        py.detach(|| ffi::call_json(&self.rules, call, request))
    }

    /// The records of the cases of an Arrow IPC stream or file, as an
    /// Arrow IPC stream of the record schema (`delai check --format
    /// arrow`); empty bytes and the failure's text when the table as a
    /// whole cannot be read.
    #[pyo3(signature = (table, as_of=None))]
    fn check_arrow<'py>(
        &self,
        py: Python<'py>,
        table: &[u8],
        as_of: Option<String>,
    ) -> (Bound<'py, PyBytes>, String) {
        let out = py.detach(|| arrow::check(&self.rules, table, as_of));
        match out {
            Ok(bytes) => (PyBytes::new(py, &bytes), String::new()),
            Err(d) => (PyBytes::new(py, b""), text(&Answer::<()>::failed(d))),
        }
    }

    /// The counts of the cases of an Arrow IPC stream or file for a
    /// report by `by` periods (a [`crate::report::Tally`] as JSON text),
    /// or empty text and the failure's text.
    #[pyo3(signature = (table, as_of=None, by=None, year_start=None))]
    fn report_arrow(
        &self,
        py: Python<'_>,
        table: &[u8],
        as_of: Option<String>,
        by: Option<String>,
        year_start: Option<String>,
    ) -> (String, String) {
        let by = (by.as_deref(), year_start.as_deref());
        match py.detach(|| arrow::tally(&self.rules, table, as_of, by)) {
            Ok(tally) => (tally, String::new()),
            Err(d) => (String::new(), text(&Answer::<()>::failed(d))),
        }
    }
}

/// `{"parts": [tally, …]}` → the report of every part (answer text).
#[pyfunction]
fn merge_reports(py: Python<'_>, request: &str) -> String {
    py.detach(|| ffi::merge_reports_json(request))
}

/// Compiles a rules text: the rules, or `None` and the failure's text.
#[pyfunction]
#[pyo3(signature = (text, file=None))]
fn compile(py: Python<'_>, text: String, file: Option<String>) -> (Option<PyRules>, String) {
    let request = ffi::SourceRequest { text, file };
    match py.detach(|| ffi::compile(&request)) {
        Ok(rules) => (Some(PyRules { rules }), String::new()),
        Err(d) => (None, self::text(&Answer::<()>::failed_text(&d))),
    }
}

/// Loads rules compiled by `delai compile`: the rules, or `None` and the
/// failure's text.
#[pyfunction]
fn load(py: Python<'_>, compiled: &str) -> (Option<PyRules>, String) {
    match py.detach(|| ffi::load(compiled)) {
        Ok(rules) => (Some(PyRules { rules }), String::new()),
        Err(d) => (None, text(&Answer::<()>::failed(d))),
    }
}

/// `{"text", "file"}` → every error and warning (answer text).
#[pyfunction]
fn diagnose(py: Python<'_>, request: &str) -> String {
    py.detach(|| ffi::diagnose_json(request))
}

/// `{"text", "lang"}` → the text in canonical layout (answer text).
#[pyfunction]
fn format(py: Python<'_>, request: &str) -> String {
    py.detach(|| ffi::format_json(request))
}

/// The record's fields, in order, with their kinds (`time`, `amount`…):
/// the one description ([`crate::clock::schema::COLUMNS`]), for the
/// Python layer's conversions.
#[pyfunction]
fn record_columns() -> Vec<(&'static str, &'static str)> {
    crate::clock::schema::COLUMNS
        .iter()
        .map(|c| (c.name, arrow::kind_name(c.kind)))
        .collect()
}

/// The record schema of [`crate::clock::arrow`], as an Arrow IPC stream
/// of no batch.
#[pyfunction]
fn record_schema(py: Python<'_>) -> Bound<'_, PyBytes> {
    PyBytes::new(py, &arrow::schema_only())
}

/// The native module.
#[pymodule]
#[pyo3(name = "_delai")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyRules>()?;
    m.add_function(wrap_pyfunction!(compile, m)?)?;
    m.add_function(wrap_pyfunction!(load, m)?)?;
    m.add_function(wrap_pyfunction!(diagnose, m)?)?;
    m.add_function(wrap_pyfunction!(format, m)?)?;
    m.add_function(wrap_pyfunction!(merge_reports, m)?)?;
    m.add_function(wrap_pyfunction!(record_columns, m)?)?;
    m.add_function(wrap_pyfunction!(record_schema, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
