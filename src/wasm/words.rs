//! The engine's words for people, for pages that show its identifiers: a
//! record's status (`breached` → « dépassé ») and a report's period
//! (`2025-Q2` → « T2 2025 »), in the words the command line writes, so a
//! page keeps no list of its own. In the full package only (the
//! playground's): the runtime-only one, for back offices, keeps its bytes.

use super::error::from_diagnostic;
use crate::model::{Lang, Status};
use crate::report::Period;
use wasm_bindgen::prelude::*;

/// The language asked for: `"en"` or `"fr"`; English when left out.
fn lang(tag: Option<String>) -> Result<Lang, JsValue> {
    let lang = crate::ffi::lang_option(tag.as_deref()).map_err(from_diagnostic)?;
    Ok(lang.unwrap_or_default())
}

/// A status identifier in words: the identifier in English, the French
/// word in French (`at-risk` → « à risque »). A text that is no status
/// comes back as it is.
#[wasm_bindgen(js_name = statusWord)]
pub fn status_word(
    status: String,
    #[wasm_bindgen(unchecked_param_type = "\"en\" | \"fr\" | undefined")] lang_tag: Option<String>,
) -> Result<String, JsValue> {
    let lang = lang(lang_tag)?;
    Ok(match Status::ALL.into_iter().find(|s| s.id() == status) {
        Some(s) if lang == Lang::Fr => s.french().to_string(),
        _ => status,
    })
}

/// A report's period in words: the identifier in English, French words in
/// French (`2025-06` → « juin 2025 », `FY2025-26-Q1` → « AF 2025-2026 T1 »).
/// A text that is no period's (`all`) comes back as it is.
#[wasm_bindgen(js_name = periodWords)]
pub fn period_words(
    period: String,
    #[wasm_bindgen(unchecked_param_type = "\"en\" | \"fr\" | undefined")] lang_tag: Option<String>,
) -> Result<String, JsValue> {
    let lang = lang(lang_tag)?;
    Ok(Period::from_label(&period).map_or(period, |p| p.words(lang)))
}
