//! Case objects from JavaScript: the value becomes JSON data, which the
//! [`ffi`](crate::ffi) reads through the same decoder as `delai check`
//! (`cases::case_from_json`), so both doors accept and reject exactly the
//! same cases.

use super::js;
use crate::ffi::CaseInput;
use wasm_bindgen::JsValue;

/// One case object; `field` names it in errors (`case`, `cases[3]`).
pub fn input(v: &JsValue, field: &str) -> CaseInput {
    match js::to_json(v, field) {
        Ok(value) => CaseInput::Json(value),
        Err(diagnostic) => CaseInput::Unreadable(diagnostic),
    }
}
