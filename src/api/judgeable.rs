//! What [`Rules::check`] and its family judge: a case, or an input record
//! read from a cases file (a case, or the error that kept one from being
//! read). One family of methods serves both.

// The sealed half names the crate's own sink, which no one outside can name
// or call: what `private_bounds` warns of is the point of the seal.
#![allow(private_bounds)]

use super::Rules;
use crate::cases::CaseRecord;
use crate::clock::{ErrorBody, ErrorRecord, RecordSink};
use crate::model::Case;
use chrono::{DateTime, Utc};

/// An input of [`Rules::check`], [`Rules::check_into`] and
/// [`Rules::check_many`]: a [`Case`], or a [`CaseRecord`] read from a file,
/// whose read error becomes an error record naming its line. Sealed: the
/// output record's contract is the engine's.
pub trait Judgeable: sealed::Sealed {}

impl Judgeable for Case {}
impl Judgeable for CaseRecord {}

impl sealed::Sealed for Case {
    fn judge_to(&self, rules: &Rules, as_of: DateTime<Utc>, sink: &mut impl RecordSink) {
        rules.check_to(self, as_of, None, sink);
    }
}

impl sealed::Sealed for CaseRecord {
    fn judge_to(&self, rules: &Rules, as_of: DateTime<Utc>, sink: &mut impl RecordSink) {
        match &self.case {
            Ok(case) => rules.check_to(case, as_of, Some(self.line), sink),
            Err(e) => sink.error(ErrorRecord {
                case: e.id.clone(),
                standard: None,
                line: Some(self.line),
                error: ErrorBody::from(&e.diagnostic),
            }),
        }
    }
}

pub(crate) mod sealed {
    use super::*;

    /// What [`Judgeable`](super::Judgeable) does, out of users' reach.
    pub trait Sealed {
        /// Hands the output records of this input to `sink`.
        fn judge_to(&self, rules: &Rules, as_of: DateTime<Utc>, sink: &mut impl RecordSink);
    }
}
