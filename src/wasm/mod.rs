//! The WebAssembly door: the npm package `delai`, for web forms and kiosks.
//!
//! A thin layer over [`crate::Rules`]: compiled rules stay inside the
//! module (`Rules.compile` / `Rules.load`), plain JavaScript objects go in
//! and out (no `Map`, no `BigInt`), and every failure is thrown as a
//! `DelaiError` carrying the same diagnostics as the command line. No code
//! here may panic: a panic in WebAssembly is an opaque `unreachable` trap.

mod case;
mod columns;
#[cfg(feature = "parser")]
mod editor;
mod error;
mod fast;
mod ics;
mod js;
mod rules;
mod types;
#[cfg(feature = "parser")]
mod words;

#[cfg(feature = "parser")]
pub use editor::{diagnose, format};
pub use ics::deadline_ics;
pub use rules::JsRules;
#[cfg(feature = "parser")]
pub use words::{period_words, status_word};

use wasm_bindgen::prelude::*;

/// Runs when the module is instantiated: a panic, should one ever happen,
/// is logged with its message before the trap.
#[wasm_bindgen(start, skip_typescript)]
fn start() {
    console_error_panic_hook::set_once();
}

/// The version of the delai engine in this package.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Whether this build contains the language front end (`Rules.compile`,
/// `diagnose`, `format`); the runtime-only build only `Rules.load`s.
#[wasm_bindgen(js_name = hasParser)]
pub fn has_parser() -> bool {
    cfg!(feature = "parser")
}

/// `true` for errors thrown by delai (a type guard in TypeScript).
#[wasm_bindgen(js_name = isDelaiError, unchecked_return_type = "error is DelaiError")]
pub fn is_delai_error(#[wasm_bindgen(unchecked_param_type = "unknown")] error: JsValue) -> bool {
    error.is_instance_of::<js_sys::Error>()
        && js_sys::Reflect::get(&error, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .is_some_and(|n| n == "DelaiError")
}
