//! A checked `example` block: a test written by policy staff.

use super::{case::Case, case::CaseTime, vocabulary::Status};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    pub name: String,
    pub standard: String,
    /// The case: attributes and events (id = the example's name).
    pub case: Case,
    pub as_of: Option<CaseTime>,
    pub expectations: Vec<Expectation>,
    /// 1-based line and column of the `example` keyword.
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "expect", rename_all = "kebab-case")]
pub enum Expectation {
    Due { at: CaseTime, line: usize },
    Status { status: Status, line: usize },
    NotApplicable { line: usize },
}
