//! One case against one standard: start, pauses, extensions, deadline,
//! status as of an instant.

pub mod result;

pub use result::{CaseResult, ErrorBody, ErrorRecord, Quantity, Record};
