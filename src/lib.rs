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
//! ```
//! let rules = delai::compile(r#"
//! standard "written-requests" {
//!   within 10 business days on "quebec"
//! }"#).unwrap();
//! let due = rules.due("written-requests", "2025-06-20 10:00", &Default::default()).unwrap();
//! assert_eq!(due.due.to_rfc3339(), "2025-07-08T23:59:59-04:00");
//! ```
#![forbid(unsafe_code)]
// `Diagnostic` carries spans, labels, help and a suggestion (~200 bytes).
// Errors are the cold path here — a rules file with a mistake, a bad case —
// and boxing every one would only move the allocation, so the lint that
// asks for small `Err` variants is off.
#![allow(clippy::result_large_err)]

pub mod api;
pub mod calendar;
pub mod cases;
#[cfg(feature = "parser")]
pub mod check;
pub mod clock;
pub mod diagnostic;
#[cfg(feature = "parser")]
pub mod fmt;
pub mod model;
// `crate::number` is the path the diagnostics' messages name (kept while
// the message catalogue rewrites those lines); the writer is `text::write`.
pub use text::write::number;
pub mod report;
pub mod suggest;
#[cfg(feature = "parser")]
pub mod syntax;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use api::*;
pub use diagnostic::{Diagnostic, Diagnostics, Span};
