//! Reading cases: JSON (one object or an array), JSON Lines and CSV, as in
//! `interfaces.md`. Readers stream: memory stays flat whatever the input
//! size. A record that cannot be read is not dropped: it comes out as an
//! `Err` naming its line (and its id when one could be read).

use crate::diagnostic::Diagnostic;
use crate::model::Case;

/// One input record: a case, or why it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseRecord {
    /// 1-based line of the record's start (JSON Lines, CSV) or 1-based
    /// position in a JSON array.
    pub line: usize,
    pub case: Result<Case, CaseError>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CaseError {
    /// The record's id, when it could be read.
    pub id: Option<String>,
    pub diagnostic: Diagnostic,
}
