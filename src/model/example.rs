//! A checked `example` block: a test written by policy staff.

use super::{case::Case, case::CaseTime, vocabulary::Status};
use serde::{Deserialize, Serialize};

/// An `example` block: a case written in the rules file with what the
/// standard must say about it, so that policy staff can test a standard
/// the way a unit test tests code (`delai test`, [`crate::Rules::run_examples`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    /// The example's name (`example "mail on a Friday"`).
    pub name: String,
    /// The id of the standard it tests.
    pub standard: String,
    /// The case: attributes and events (id = the example's name).
    pub case: Case,
    /// The instant it is judged at (`as of …`); `None`: now, or its last event
    /// if later.
    pub as_of: Option<CaseTime>,
    /// What the standard must answer (`expect …` lines), checked in order.
    pub expectations: Vec<Expectation>,
    /// 1-based line and column of the `example` keyword.
    pub line: usize,
    /// 1-based column of the `example` keyword.
    pub column: usize,
}

/// One `expect` line of an example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "expect", rename_all = "kebab-case")]
pub enum Expectation {
    /// `expect due …`: the deadline is this time.
    Due {
        /// The expected deadline.
        at: CaseTime,
        /// 1-based line of the `expect`, for failures.
        line: usize,
    },
    /// `expect met` (or another status): the case has this status.
    Status {
        /// The expected status.
        status: Status,
        /// 1-based line of the `expect`, for failures.
        line: usize,
    },
    /// `expect usual due …`: the usual deadline of a range (`within 4 to
    /// 6 weeks`) is this time.
    UsualDue {
        /// The expected usual deadline.
        at: CaseTime,
        /// 1-based line of the `expect`, for failures.
        line: usize,
    },
    /// `expect not applicable`: the standard does not apply to the case.
    NotApplicable {
        /// 1-based line of the `expect`, for failures.
        line: usize,
    },
}
