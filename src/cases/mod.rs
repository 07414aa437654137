//! Reading cases: JSON (one object or an array), JSON Lines and CSV, as in
//! `interfaces.md`. Readers stream: memory stays flat whatever the input
//! size. A record that cannot be read is not dropped: it comes out as an
//! `Err` naming its line (and its id when one could be read).

// `CaseRecord` carries `Result<Case, CaseError>` by contract; the large
// error variant is the design (one rich diagnostic per unreadable record).
#![allow(clippy::result_large_err)]

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

pub mod csv;
pub mod detect;
pub mod json;
pub mod time;

pub use self::csv::CsvReader;
pub use detect::Format;
pub use json::{case_from_json, JsonLinesReader, JsonReader};
pub use time::parse_time;

use std::io::BufRead;

/// Reads cases in `format` from `reader`, streaming (JSON documents hold
/// their bytes: see [`JsonReader`]). `event_names`: the event names used
/// in the rules file, which tell CSV event columns from attributes.
///
/// ```
/// use delai::cases::{read_cases, Format};
/// let csv = "id,received,channel\n7,2025-06-20 10:00,mail\n";
/// let records: Vec<_> = read_cases(csv.as_bytes(), Format::Csv, ["received"]).collect();
/// let case = records[0].case.as_ref().unwrap();
/// assert_eq!(case.id, "7");
/// assert_eq!(case.events[0].name, "received");
/// ```
pub fn read_cases<'a, R, I, S>(
    reader: R,
    format: Format,
    event_names: I,
) -> Box<dyn Iterator<Item = CaseRecord> + 'a>
where
    R: BufRead + 'a,
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    match format {
        Format::Json => Box::new(JsonReader::new(reader)),
        Format::JsonLines => Box::new(JsonLinesReader::new(reader)),
        Format::Csv => Box::new(CsvReader::new(reader, event_names)),
    }
}

/// Longest record, in bytes: a JSON Lines line, a CSV row (quoted cells
/// may span lines). A longer one gives a `record-too-long` error instead
/// of growing memory without bound (hardening: an unterminated quote in a
/// multi-gigabyte CSV would otherwise be read as one row). JSON Lines
/// resumes at the next line; CSV stops (where the next row starts cannot
/// be known).
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;

/// Largest JSON document ([`JsonReader`] holds its bytes): a larger one
/// gives one `document-too-large` error; use JSON Lines for such inputs.
pub const MAX_DOCUMENT_BYTES: usize = 512 * 1024 * 1024;

/// The error of a record over [`MAX_RECORD_BYTES`].
pub(crate) fn too_long(line: usize, what: &str) -> CaseRecord {
    CaseRecord {
        line,
        case: Err(CaseError {
            id: None,
            diagnostic: Diagnostic::error(
                "record-too-long",
                format!(
                    "{what} is longer than {} MiB",
                    MAX_RECORD_BYTES / (1024 * 1024)
                ),
            )
            .help("a case takes a few hundred bytes: is a quote or a line break missing?"),
        }),
    }
}

/// `bytes` without a leading UTF-8 byte order mark.
pub(crate) fn bom_stripped(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)
}
