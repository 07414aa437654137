//! Reading cases: JSON (one object or an array), JSON Lines and CSV, as in
//! `interfaces.md`. Readers stream: memory stays flat whatever the input
//! size. A record that cannot be read is not dropped: it comes out as an
//! `Err` naming its line (and its id when one could be read).
//!
//! How a file is read — event times, its encoding, the CSV delimiter,
//! columns named otherwise than the rules' names — is one [`ReadOptions`]
//! value, taken by every reader (`read_*_with`, [`CsvReader::with_options`],
//! [`JsonReader::with_options`]) and by [`crate::Rules::read_cases_with`].
//!
//! Nothing is lost silently:
//!
//! - an input that is not text ([`read_cases`] looks at its first bytes: a
//!   spreadsheet, a ZIP, Parquet, PDF, gzip, UTF-16…) gives one `not-text`
//!   error naming what it looks like, not "no cases";
//! - text that is not UTF-8 gives `bad-csv` / `bad-json` errors naming the
//!   line (and the probable encoding, Windows-1252 / Latin-1) for every
//!   row it touches — every row of a CSV file whose header is not UTF-8;
//! - event and attribute names are compared with the rules' in NFC
//!   (`names`), and what still matches nothing, duplicate ids and an
//!   input without cases are warnings of an [`Audit`];
//! - an event time outside the supported dates is an error naming the
//!   column (CSV) or field (JSON) it was read from.

// `CaseRecord` carries `Result<Case, CaseError>` by contract; the large
// error variant is the design (one rich diagnostic per unreadable record).
#![allow(clippy::result_large_err)]

use crate::diagnostic::{msg, Code, Diagnostic};
use crate::model::Case;

/// One input record: a case, or why it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseRecord {
    /// 1-based line of the record's start (JSON Lines, CSV) or 1-based
    /// position in a JSON array.
    pub line: usize,
    /// The case, or why it could not be read.
    pub case: Result<Case, CaseError>,
}

/// Why an input record could not be read as a case.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseError {
    /// The record's id, when it could be read.
    pub id: Option<String>,
    /// The error, naming the field or column at fault.
    pub diagnostic: Diagnostic,
    /// Whether the error is the table's rather than the row's: the input
    /// cannot be opened, is not text, or its header or schema makes every
    /// row unreadable (no `id` column, a column of a type its role cannot
    /// hold). Such an error comes for every row, or as one record (line 1)
    /// standing for them all; a door handed a table raises it instead of
    /// counting it row by row.
    pub whole_table: bool,
}

mod audit;
mod bad_time;
mod columns;
mod csv;
mod detect;
#[cfg(not(target_arch = "wasm32"))]
mod encoding;
pub(crate) mod json;
pub(crate) mod names;
mod options;
mod rows;
#[cfg(all(feature = "columnar", not(target_arch = "wasm32")))]
mod table;

pub use self::csv::{CsvBatch, CsvReader};
pub use audit::Audit;
pub use columns::ColumnMap;
pub use detect::Format;
#[cfg(not(target_arch = "wasm32"))]
pub use encoding::{decoded, undeclared_utf16, TextEncoding};
pub use json::{case_from_json, case_from_json_with, JsonLinesReader, JsonReader};
pub(crate) use options::readable_delimiter;
pub use options::{delimiter_named, detected_delimiter, ReadOptions};
#[cfg(all(feature = "columnar", not(target_arch = "wasm32")))]
pub use table::TableBatch;
// Event times are read by `text::read`; the readers' API names them here.
#[cfg(not(target_arch = "wasm32"))]
pub use crate::text::read::TimeFormat;
pub use crate::text::read::{parse_time, Epoch, TimeReading};

use std::io::BufRead;

/// Reads cases in `format` from `reader`, streaming (JSON documents hold
/// their bytes: see [`JsonReader`]). `event_names`: the event names used
/// in the rules file, which tell CSV event columns from attributes.
///
/// An input whose first bytes are those of a binary format (see
/// `detect::not_text`) gives a single `not-text` error record, line 1.
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
    read_cases_with(reader, format, event_names, &ReadOptions::default())
}

/// [`read_cases`], read as `options` say (times, encoding, delimiter,
/// column mapping: see [`ReadOptions`]).
pub fn read_cases_with<'a, R, I, S>(
    reader: R,
    format: Format,
    event_names: I,
    options: &ReadOptions,
) -> Box<dyn Iterator<Item = CaseRecord> + 'a>
where
    R: BufRead + 'a,
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    records_of_text(text_of(reader, options), format, event_names, options)
}

/// [`read_cases_with`] of text already decoded.
pub(crate) fn records_of_text<'a, R, I, S>(
    reader: R,
    format: Format,
    event_names: I,
    options: &ReadOptions,
) -> Box<dyn Iterator<Item = CaseRecord> + 'a>
where
    R: BufRead + 'a,
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    Box::new(records(reader, format, event_names, options))
}

/// The reader of one format, chosen once for both doors (records and
/// batches): `Send` when the input is.
// Made once per input and moved once (into a box or the batch closure):
// the size of the CSV reader costs nothing there.
#[allow(clippy::large_enum_variant)]
enum Records<'a, R: BufRead> {
    /// The one `not-text` record of a text format's binary input.
    NotText(std::iter::Once<CaseRecord>),
    Json(JsonReader<R>),
    JsonLines(JsonLinesReader<R>),
    Csv(CsvReader<R>),
    Table(Box<dyn Iterator<Item = CaseRecord> + Send + 'a>),
}

impl<R: BufRead> Iterator for Records<'_, R> {
    type Item = CaseRecord;

    fn next(&mut self) -> Option<CaseRecord> {
        match self {
            Records::NotText(r) => r.next(),
            Records::Json(r) => r.next(),
            Records::JsonLines(r) => r.next(),
            Records::Csv(r) => r.next(),
            Records::Table(r) => r.next(),
        }
    }
}

/// The reader of decoded text in `format`. A text format's input that
/// starts like a binary one gives its `not-text` record instead.
fn records<'a, R, I, S>(
    mut reader: R,
    format: Format,
    event_names: I,
    options: &ReadOptions,
) -> Records<'a, R>
where
    R: BufRead + 'a,
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    if let Format::Parquet | Format::Arrow | Format::Spreadsheet = format {
        let batches = read_table(reader, format, event_names, options, BATCH_ROWS);
        // Records one by one: the batches' records, built as they come.
        let records = batches.flat_map(|b| b.into_records().collect::<Vec<_>>());
        return Records::Table(Box::new(records));
    }
    if let Some(record) = not_text(&mut reader) {
        return Records::NotText(std::iter::once(record));
    }
    match format {
        Format::Json => Records::Json(JsonReader::new(reader).with_options(options)),
        Format::JsonLines => Records::JsonLines(JsonLinesReader::new(reader).with_options(options)),
        // (Tables were given above.)
        Format::Csv | Format::Parquet | Format::Arrow | Format::Spreadsheet => {
            Records::Csv(CsvReader::new(reader, event_names).with_options(options))
        }
    }
}

/// Rows per batch of a table read record by record.
const BATCH_ROWS: usize = 1024;

/// The records of a table (Parquet, Arrow, a spreadsheet) in batches of up
/// to `size` rows: see `table`. Where tables are not read (WebAssembly, or
/// without the `columnar` feature), the input is read as CSV is: a binary
/// file gives its `not-text` error.
fn read_table<'a, R, I, S>(
    reader: R,
    format: Format,
    event_names: I,
    options: &ReadOptions,
    size: usize,
) -> Box<dyn Iterator<Item = CaseBatch> + Send + 'a>
where
    R: BufRead + 'a,
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    #[cfg(all(feature = "columnar", not(target_arch = "wasm32")))]
    {
        let events = event_names
            .into_iter()
            .map(|s| names::nfc(s.as_ref()).into_owned())
            .collect();
        table::read(reader, format, events, options, size)
    }
    #[cfg(not(all(feature = "columnar", not(target_arch = "wasm32"))))]
    {
        let _ = (event_names, options, size);
        let mut reader = reader;
        let record = not_text(&mut reader).unwrap_or_else(|| CaseRecord {
            line: 1,
            case: Err(CaseError {
                whole_table: true,
                id: None,
                diagnostic: Diagnostic::error(
                    Code::NotText,
                    format!("{format} cases are not read by this build"),
                ),
            }),
        });
        Box::new(std::iter::once(CaseBatch::Records(vec![record])))
    }
}

/// [`read_cases`] of a CSV input, for doors that read CSV only (the JSON
/// readers stay out of their build): the same `not-text` check first,
/// then the same reader.
pub fn read_csv_cases<'a, R, I, S>(
    reader: R,
    event_names: I,
) -> Box<dyn Iterator<Item = CaseRecord> + 'a>
where
    R: BufRead + 'a,
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    read_csv_cases_with(reader, event_names, &ReadOptions::default())
}

/// [`read_csv_cases`], read as `options` say.
pub fn read_csv_cases_with<'a, R, I, S>(
    reader: R,
    event_names: I,
    options: &ReadOptions,
) -> Box<dyn Iterator<Item = CaseRecord> + 'a>
where
    R: BufRead + 'a,
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    csv_records(text_of(reader, options), event_names, options)
}

/// The CSV records of text already decoded.
fn csv_records<'a, R, I, S>(
    reader: R,
    event_names: I,
    options: &ReadOptions,
) -> Box<dyn Iterator<Item = CaseRecord> + 'a>
where
    R: BufRead + 'a,
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    unless_not_text(reader, |r| {
        Box::new(CsvReader::new(r, event_names).with_options(options))
    })
}

/// `reader` decoded as `options` say ([`ReadOptions::encoding`]).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn text_of<R: BufRead>(reader: R, options: &ReadOptions) -> encoding::Decoded<R> {
    encoding::decoding(reader, options.encoding)
}

/// `reader`: the WebAssembly door reads text only.
#[cfg(target_arch = "wasm32")]
pub(crate) fn text_of<R: BufRead>(reader: R, _: &ReadOptions) -> R {
    reader
}

/// The records `read` gives of `reader`, or the one `not-text` error
/// record of an input that starts like a binary format.
fn unless_not_text<'a, R: BufRead + 'a>(
    mut reader: R,
    read: impl FnOnce(R) -> Box<dyn Iterator<Item = CaseRecord> + 'a>,
) -> Box<dyn Iterator<Item = CaseRecord> + 'a> {
    match not_text(&mut reader) {
        Some(record) => Box::new(std::iter::once(record)),
        None => read(reader),
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
            whole_table: false,
            id: None,
            diagnostic: Diagnostic::error(
                Code::RecordTooLong,
                msg::RECORD_TOO_LONG.text([&what, &(MAX_RECORD_BYTES / (1024 * 1024))]),
            )
            .help(msg::RECORD_TOO_LONG_HELP.text([])),
        }),
    }
}

/// The `not-text` error record of an input that starts like a binary
/// format (nothing is consumed).
fn not_text<R: BufRead>(reader: &mut R) -> Option<CaseRecord> {
    // An unreadable input is left to the reader, which reports it.
    let head = reader.fill_buf().ok()?;
    let diagnostic = detect::not_text(head)?;
    Some(CaseRecord {
        line: 1,
        case: Err(CaseError {
            whole_table: true,
            id: None,
            diagnostic,
        }),
    })
}

/// Whether `d` says its text is probably not UTF-8 but Windows-1252: a door
/// that can decode other encodings names its option once (the CLI's
/// `--encoding windows-1252`; see [`decoded`]).
pub fn probably_windows_1252(d: &Diagnostic) -> bool {
    d.hint == Some(crate::diagnostic::Hint::Windows1252)
}

/// `bytes` without a leading UTF-8 byte order mark.
pub(crate) fn bom_stripped(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)
}

/// Input records read but not necessarily parsed yet: CSV rows or Parquet
/// and Arrow rows whose cases are built by [`CaseBatch::into_records`] or
/// [`CaseBatch::for_each_record`] (on a worker thread, in a parallel
/// pipeline), or records already read (JSON, JSON Lines, a sheet).
#[derive(Debug, Clone)]
pub enum CaseBatch {
    /// CSV rows, parsed into cases when their records are asked for.
    Csv(CsvBatch),
    /// Rows of a Parquet or Arrow record batch, made cases when their
    /// records are asked for.
    #[cfg(all(feature = "columnar", not(target_arch = "wasm32")))]
    Table(TableBatch),
    /// Records already read (JSON, JSON Lines).
    Records(Vec<CaseRecord>),
}

impl CaseBatch {
    /// Number of input records in the batch (rows of a table: a blank one
    /// gives no record).
    pub fn len(&self) -> usize {
        match self {
            CaseBatch::Csv(b) => b.len(),
            #[cfg(all(feature = "columnar", not(target_arch = "wasm32")))]
            CaseBatch::Table(b) => b.len(),
            CaseBatch::Records(r) => r.len(),
        }
    }
    /// Whether the batch holds no input record.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Calls `f` with each record, in input order, without moving records
    /// around (see [`CsvBatch::for_each_record`]).
    pub fn for_each_record(&self, mut f: impl FnMut(&CaseRecord)) {
        match self {
            CaseBatch::Csv(b) => b.for_each_record(f),
            #[cfg(all(feature = "columnar", not(target_arch = "wasm32")))]
            CaseBatch::Table(b) => b.for_each_record(f),
            CaseBatch::Records(r) => r.iter().for_each(&mut f),
        }
    }

    /// The records, in input order.
    pub fn into_records(self) -> Box<dyn Iterator<Item = CaseRecord>> {
        match self {
            CaseBatch::Csv(b) => Box::new(b.into_records()),
            #[cfg(all(feature = "columnar", not(target_arch = "wasm32")))]
            CaseBatch::Table(b) => Box::new(b.into_records()),
            CaseBatch::Records(r) => Box::new(r.into_iter()),
        }
    }
}

/// [`read_cases`] in batches of up to `size` records, for parallel
/// pipelines: CSV rows come unparsed (the sequential part of reading is
/// then only the CSV state machine), JSON and JSON Lines records parsed.
/// Flattening the batches' records gives exactly what [`read_cases`] gives.
pub fn read_case_batches<'a, R, I, S>(
    reader: R,
    format: Format,
    event_names: I,
    size: usize,
) -> Box<dyn Iterator<Item = CaseBatch> + Send + 'a>
where
    R: BufRead + Send + 'a,
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    read_case_batches_with(reader, format, event_names, size, &ReadOptions::default())
}

/// [`read_case_batches`], read as `options` say (see [`ReadOptions`]).
pub fn read_case_batches_with<'a, R, I, S>(
    reader: R,
    format: Format,
    event_names: I,
    size: usize,
    options: &ReadOptions,
) -> Box<dyn Iterator<Item = CaseBatch> + Send + 'a>
where
    R: BufRead + Send + 'a,
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    batches_of_text(text_of(reader, options), format, event_names, size, options)
}

/// [`read_case_batches_with`] of text already decoded.
pub(crate) fn batches_of_text<'a, R, I, S>(
    reader: R,
    format: Format,
    event_names: I,
    size: usize,
    options: &ReadOptions,
) -> Box<dyn Iterator<Item = CaseBatch> + Send + 'a>
where
    R: BufRead + Send + 'a,
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    if let Format::Parquet | Format::Arrow | Format::Spreadsheet = format {
        return read_table(reader, format, event_names, options, size.max(1));
    }
    match records(reader, format, event_names, options) {
        Records::Csv(r) => csv_batches(r, size),
        other => Box::new(batched(other, size.max(1))),
    }
}

/// [`read_case_batches_with`] of a CSV input only, for doors that read
/// CSV only: the JSON and table readers stay out of their build (the
/// WebAssembly package's size budget).
#[cfg(feature = "parser")]
pub(crate) fn read_csv_batches<'a, R, I, S>(
    mut reader: R,
    event_names: I,
    size: usize,
    options: &ReadOptions,
) -> Box<dyn Iterator<Item = CaseBatch> + Send + 'a>
where
    R: BufRead + Send + 'a,
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    if let Some(record) = not_text(&mut reader) {
        return Box::new(std::iter::once(CaseBatch::Records(vec![record])));
    }
    csv_batches(
        CsvReader::new(reader, event_names).with_options(options),
        size,
    )
}

/// A CSV reader's rows in batches of up to `size` ([`CaseBatch::Csv`]).
fn csv_batches<'a, R: BufRead + Send + 'a>(
    mut reader: CsvReader<R>,
    size: usize,
) -> Box<dyn Iterator<Item = CaseBatch> + Send + 'a> {
    let size = size.max(1);
    Box::new(std::iter::from_fn(move || {
        reader.next_batch(size).map(CaseBatch::Csv)
    }))
}

/// Records already read, in batches of up to `size`
/// ([`CaseBatch::Records`]): for the batch pipelines
/// ([`crate::Rules::check_batches`]) of records read one by one.
pub fn batched(
    records: impl IntoIterator<Item = CaseRecord>,
    size: usize,
) -> impl Iterator<Item = CaseBatch> {
    chunks(records, size).map(CaseBatch::Records)
}

/// `items` in vectors of up to `size` (at least one), in order.
pub(crate) fn chunks<T>(
    items: impl IntoIterator<Item = T>,
    size: usize,
) -> impl Iterator<Item = Vec<T>> {
    let size = size.max(1);
    let mut items = items.into_iter();
    std::iter::from_fn(move || {
        let chunk: Vec<T> = items.by_ref().take(size).collect();
        (!chunk.is_empty()).then_some(chunk)
    })
}
