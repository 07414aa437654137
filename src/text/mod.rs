//! Time and number text: [`write`](mod@write) owns how dates, instants, amounts,
//! percentages and numbers are written, for every writer of the crate (the
//! JSON, CSV and table records, the WebAssembly door's columns, the
//! citizen's sentences, explanations, calendars, the rules formatter).
//! One place, so that two outputs cannot write the same value two ways.
//! [`read`] owns how event times are read from text, for every reader
//! (the case files, the API's `CaseTime::parse`, compiled rules, the
//! WebAssembly door's decoder).

pub mod read;
pub mod write;
