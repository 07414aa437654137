//! One case against one standard: start, pauses, extensions, deadline,
//! status as of an instant.

pub mod deadline;
mod fields;
pub mod judge;
pub mod record_json;
pub mod result;
pub mod schema;
pub mod timeline;

pub(crate) use fields::{Fields, RecordSink, UNCOVERED};
pub use judge::{judge, judge_with, Context, Counted, Deemed, Events, Judged, Outcome};
pub use result::{CaseResult, ErrorBody, ErrorRecord, Quantity, Record};
// What the WebAssembly door's columns spell quantities with.
#[cfg(target_arch = "wasm32")]
pub(crate) use result::wire;

use crate::model::{Case, Status};
use chrono::{DateTime, FixedOffset, Utc};

impl Context<'_> {
    /// An instant in the zone of a standard's calendar, with its offset.
    pub fn show(&self, standard: usize, at: DateTime<Utc>) -> DateTime<FixedOffset> {
        fields::shown(self.zone_calendar(&self.standards[standard]), at)
    }

    /// The output record of an outcome.
    pub fn record(&self, case: &Case, outcome: &Outcome) -> CaseResult {
        let mut r = CaseResult::bare("", None, Status::NotApplicable);
        self.fill(case, &self.fields(outcome), &mut r);
        r
    }
}

/// A case no standard covers: one `not-applicable` record.
pub fn uncovered(case: &Case) -> CaseResult {
    CaseResult::bare(&case.id, None, Status::NotApplicable)
}
