//! Every failure reaches JavaScript as a thrown `Error` named `DelaiError`
//! that carries `diagnostics` — the same data the command line prints.

use super::js::to_js;
use crate::diagnostic::Diagnostic;
#[cfg(feature = "parser")]
use crate::diagnostic::Diagnostics;
use crate::ffi::ErrorView;
use wasm_bindgen::JsValue;

/// The thrown value for errors in a rules file: the message is the
/// compiler-style rendering, as the CLI prints it.
#[cfg(feature = "parser")]
pub fn from_diagnostics(diagnostics: &Diagnostics) -> JsValue {
    // The compiler-style rendering starts with `error[code]: message`.
    let message = if diagnostics.items.is_empty() {
        "delai: unknown error".to_string()
    } else {
        diagnostics.render(false)
    };
    throwable(message.trim_end(), &ErrorView::all(diagnostics))
}

/// The thrown value for a run-time error (a bad argument, a bad case, an
/// unknown standard): one diagnostic with no place in a rules file.
pub fn from_diagnostic(d: Diagnostic) -> JsValue {
    throwable(&d.to_string(), &ErrorView::unplaced(vec![d]))
}

fn throwable(message: &str, views: &[ErrorView]) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name("DelaiError");
    let list = to_js(views).unwrap_or_else(|_| js_sys::Array::new().into());
    // Setting a property on a fresh Error cannot fail; were it to, the
    // error is still thrown with its message.
    let _ = js_sys::Reflect::set(&error, &"diagnostics".into(), &list);
    if let Some(first) = views.first() {
        let _ = js_sys::Reflect::set(&error, &"code".into(), &first.view.code.as_str().into());
    }
    error.into()
}
