//! Case objects from JavaScript: the value becomes JSON data and goes
//! through the same reader as `delai check` (`cases::case_from_json`), so
//! both doors accept and reject exactly the same cases.

use super::js;
use crate::cases::{case_from_json, CaseError, CaseRecord};
use wasm_bindgen::JsValue;

/// Reads one case object; `line` is its 1-based position (1 for a single
/// case), as the JSON reader numbers array elements.
pub fn record(v: &JsValue, field: &str, line: usize) -> CaseRecord {
    let case = js::to_json(v, field)
        .map_err(|diagnostic| CaseError {
            id: None,
            diagnostic,
        })
        .and_then(case_from_json);
    CaseRecord { line, case }
}
