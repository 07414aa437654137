//! For editors and rule authors: diagnostics as you type, and formatting.

use super::error::{from_diagnostic, from_diagnostics};
use super::js::{self, to_js};
use super::types;
use crate::diagnostic::Diagnostics;
use crate::ffi::{self, ErrorView, FormatRequest, SourceFiles};
use wasm_bindgen::prelude::*;

/// Every error and warning of a rules text, for an editor; `{ lang }`
/// writes them in that language (a page's), else in the text's when it is
/// French, else in English. Never throws: a text that is not a string, or
/// a `lang` that is no language, gives one diagnostic saying so.
#[wasm_bindgen(unchecked_return_type = "DiagnosticView[]")]
pub fn diagnose(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    file: Option<String>,
    options: Option<types::SourceOptions>,
) -> JsValue {
    let options = js::present(options.map(JsValue::from));
    let asked =
        js::string_option(&options, "lang").and_then(|tag| ffi::lang_option(tag.as_deref()));
    let files = js::files_option(&options);
    let diagnostics = match (js::string(&text, "text"), asked, files) {
        (Ok(text), Ok(lang), Ok(files)) => {
            ffi::diagnose_files(&SourceFiles { text, file, files }, lang)
        }
        (Err(d), _, _) | (_, Err(d), _) | (_, _, Err(d)) => {
            Diagnostics::new(ffi::file_name(file.as_deref()), "", vec![d])
        }
    };
    to_js(&ErrorView::all(&diagnostics)).unwrap_or_else(|_| js_sys::Array::new().into())
}

/// The text in canonical layout; `{ lang: "fr" }` rewrites every keyword in
/// French, `"en"` in English, none keeps each item's own. Throws a
/// `DelaiError` when the text has syntax errors.
#[wasm_bindgen]
pub fn format(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<types::FormatOptions>,
) -> Result<String, JsValue> {
    let text = js::string(&text, "text").map_err(from_diagnostic)?;
    let options = js::present(options.map(JsValue::from));
    let lang = js::string_option(&options, "lang").map_err(from_diagnostic)?;
    ffi::format(&FormatRequest { text, lang }).map_err(|d| match &d.items[..] {
        // An option, not the text, at fault: a run-time error.
        [one] if d.source.is_empty() => from_diagnostic(one.clone()),
        _ => from_diagnostics(&d),
    })
}
