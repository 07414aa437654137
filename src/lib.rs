//! # delai — executable public-service standards
//!
//! Public administrations promise citizens delays ("we answer written
//! requests within 10 business days"). delai states those promises in a
//! small language (English or French keywords), computes deadlines exactly
//! as the law counts them (weekends, Quebec holidays, closures, opening
//! hours, DST), judges cases against them and reports compliance.
//!
//! The pipeline, one folder a step:
//! `syntax` (text → spanned AST) → `check` (AST → [`model::RulesData`],
//! every error collected) → `calendar` (business-day index, opening hours)
//! → `clock` (one case against one standard) → `report` (compliance per
//! standard and period). `cli` and `wasm` are thin doors onto [`Rules`].
//!
//! # The crate's surface
//!
//! The root holds the entry points: `compile` (feature `parser`), or
//! [`Rules::load_json`] for rules compiled by `delai compile`, gives
//! [`Rules`], whose methods answer with the types beside it ([`Due`],
//! [`Explanation`], [`StandardInfo`], [`ExampleOutcome`], [`JudgedBatch`]);
//! errors are [`Diagnostic`]s and [`Diagnostics`]. The modules are
//! namespaces:
//!
//! - [`model`]: checked rules as data (calendars, standards, examples) and
//!   cases (attributes, events, times), the vocabulary (units, statuses);
//! - [`cases`]: reading cases from JSON, JSON Lines and CSV files;
//! - [`clock`]: the output record of judging a case, and its writers;
//! - [`report`]: compliance per standard and period, and its renderers;
//! - [`calendar`]: business days, opening hours and time zones of a
//!   calendar, and its ICS export;
//! - `check` and `fmt` (feature `parser`): the built-in calendars, the
//!   checker and the formatter;
//! - [`diagnostic`]: errors and warnings with their places in a file.
//!
//! ```
//! let rules = delai::compile(r#"
//! standard "written-requests" {
//!   within 10 business days on "quebec"
//! }"#).unwrap();
//! let due = rules.due("written-requests", "2025-06-20 10:00", &Default::default()).unwrap();
//! assert_eq!(due.due.to_rfc3339(), "2025-07-08T23:59:59-04:00");
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// `Diagnostic` carries spans, labels, help and a suggestion (~200 bytes).
// Errors are the cold path here — a rules file with a mistake, a bad case —
// and boxing every one would only move the allocation, so the lint that
// asks for small `Err` variants is off.
#![allow(clippy::result_large_err)]

// The facade: the root holds the entry points ([`compile`], [`Rules`] and
// what its methods return); the public modules are namespaces with curated
// contents; `api`, `number` and `suggest` are the crate's own.
mod api;
pub mod calendar;
pub mod cases;
#[cfg(feature = "parser")]
pub mod check;
pub mod clock;
pub mod diagnostic;
// The JSON-in, JSON-out layer every door (WebAssembly, Python, HTTP) wraps.
pub mod ffi;
#[cfg(feature = "parser")]
pub mod fmt;
pub mod model;
pub mod report;
mod suggest;
// The parser's spanned AST is not a stable API: public (hidden) for the
// formatter's round-trip property tests (tests/fmt.rs builds ASTs with
// proptest), the syntax and diagnostics suites and the fuzz targets.
#[cfg(feature = "parser")]
#[doc(hidden)]
pub mod syntax;
pub mod text;
// The JavaScript door: its surface is what `wasm-bindgen` exports, not a
// Rust API; public only for the wasm-bindgen tests (tests/wasm_bindgen.rs).
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;
// The Python door: its surface is the `delai` module (pyproject.toml).
#[cfg(all(feature = "http", not(target_arch = "wasm32")))]
pub mod http;
#[cfg(all(feature = "python", not(target_arch = "wasm32")))]
mod python;

pub use api::read_source;
#[cfg(feature = "parser")]
pub use api::{compile, compile_named, compile_using, diagnose, diagnose_using, with_within};
pub use api::{
    AlternativeInfo, AttributeInfo, Due, ExampleOutcome, ExampleStatus, Explanation, ExtensionStep,
    Failure, Judgeable, JudgedBatch, MaybeSend, MaybeSync, PauseStep, Rules, StandardInfo,
    TierInfo, BATCH,
};
pub use diagnostic::{Diagnostic, Diagnostics, Span};
