//! The CSV case reader, streamed.
//!
//! A header row names the columns: `id` (also `ID`, `Id`), the event
//! columns (names among the rules file's event names: the cell is that
//! event's time; empty = no event; a column name may repeat for a repeated
//! event), and attributes (every other column; [`Value::infer`]: numbers
//! stay numbers; an empty cell = attribute absent; surrounding spaces are
//! trimmed). Columns with an empty name are ignored.
//!
//! The layout is worked out once from the header; rows are read as raw
//! cells (`rows.rs`: the `csv` crate's reading, with a fast path) into
//! reused buffers. A row whose every cell is empty (`,,,` as
//! spreadsheets leave behind) is not a case and is skipped; any other row
//! gives one [`CaseRecord`], whose line is the row's first line (quoted
//! cells may span lines). Rows with fewer or more cells than the header
//! give `short-row` / `long-row` errors; invalid UTF-8 gives `bad-csv`
//! naming the probable encoding (every row does when the header is not
//! UTF-8: its column names cannot be trusted). Header names are read in
//! NFC ([`super::names`]). An event time outside the supported dates is a
//! `date-out-of-range` error naming its column. Duplicate ids and columns
//! the rules never read are not errors: see [`super::Audit`].

use super::rows::{RawRow, Rows};
use super::{too_long, CaseError, CaseRecord, MAX_RECORD_BYTES};
use crate::cases::json::{io_error, quote};
use crate::diagnostic::{msg, Code, Diagnostic, Hint};
use crate::model::{Case, Event, Value};
use crate::text::read::{out_of_range, parse_time_bytes, parse_without_fast_path, TimeReading};
use std::collections::HashSet;
use std::io::Read;
use std::sync::Arc;

#[derive(Debug, Clone)]
enum Column {
    Id,
    Event(String),
    Attribute(String),
    Ignored,
}

#[derive(Debug)]
struct Layout {
    names: Vec<String>,
    columns: Vec<Column>,
    id: Option<usize>,
    /// The header is not UTF-8: its names cannot be trusted, and every
    /// row gives this error (rather than being read under a garbled name).
    header_error: Option<Diagnostic>,
    times: TimeReading,
}

impl Layout {
    fn new(header: &impl Row, events: &HashSet<String>, times: TimeReading) -> Layout {
        let mut header_error = None;
        let names: Vec<String> = header
            .cells()
            .enumerate()
            .map(|(i, h)| match std::str::from_utf8(h) {
                Ok(name) => super::names::nfc(name.trim()).into_owned(),
                Err(e) => {
                    let lossy = String::from_utf8_lossy(h).trim().to_string();
                    header_error.get_or_insert_with(|| {
                        Diagnostic::error(
                            Code::BadCsv,
                            msg::BAD_CSV_HEADER_NOT_UTF8.text([
                                &(i + 1),
                                &quote(&lossy),
                                &(e.valid_up_to() + 1),
                            ]),
                        )
                        .help(msg::ENCODING_HELP.text([]))
                        .hint(Hint::Windows1252)
                    });
                    lossy
                }
            })
            .collect();
        let id = names
            .iter()
            .position(|n| n == "id")
            .or_else(|| names.iter().position(|n| n.eq_ignore_ascii_case("id")));
        let columns: Vec<Column> = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                if Some(i) == id {
                    Column::Id
                } else if n.is_empty() {
                    Column::Ignored
                } else if events.contains(n) {
                    Column::Event(n.clone())
                } else {
                    Column::Attribute(n.clone())
                }
            })
            .collect();
        Layout {
            names,
            columns,
            id,
            header_error,
            times,
        }
    }
}

/// Counts the `"` bytes read, to tell at the end of the input whether a
/// quote was left open (csv reads an unterminated quoted cell to the end
/// of the input without complaint).
///
/// It also bounds a row's size: csv grows a record without limit, so an
/// unterminated quote in a huge file would be held whole in memory. Before
/// each row the reader sets `limit`, past which reading fails with
/// [`RecordTooLong`].
struct QuoteCounter<R> {
    inner: R,
    quotes: u64,
    /// Bytes read from `inner` so far.
    read: u64,
    /// Reading past this many bytes fails.
    limit: u64,
}

/// csv reads ahead this much.
const BUFFER: usize = 1 << 16;

#[derive(Debug)]
struct RecordTooLong;

impl std::fmt::Display for RecordTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a row is too long")
    }
}

impl std::error::Error for RecordTooLong {}

impl<R: Read> Read for QuoteCounter<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.read > self.limit {
            return Err(std::io::Error::other(RecordTooLong));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        let read = buf.get(..n).unwrap_or_default();
        // Every input byte passes here: memchr counts with SIMD.
        self.quotes += memchr::memchr_iter(b'"', read).count() as u64;
        Ok(n)
    }
}

/// Reads cases from CSV with a header row. See the module documentation.
pub struct CsvReader<R: Read> {
    reader: Rows<QuoteCounter<R>>,
    /// The row being turned into a case.
    record: RawRow,
    /// The row after it, read ahead so that the last row is known as such.
    ahead: RawRow,
    /// Whether `ahead` holds a row.
    have_ahead: bool,
    events: HashSet<String>,
    times: TimeReading,
    // Shared with the batches it hands out (see `next_batch`).
    layout: Option<Arc<Layout>>,
    /// A read error met while reading ahead, given after the row before it.
    pending_error: Option<CaseRecord>,
    /// Line where the row being read starts (for errors without a position).
    row_line: u64,
    done: bool,
    /// Capacities for the next batch's cells and their ends.
    batch_size: (usize, usize),
}

impl<R: Read> CsvReader<R> {
    /// `events`: the event names used in the rules file.
    pub fn new<I, S>(reader: R, events: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let reader = Rows::new(
            QuoteCounter {
                inner: reader,
                quotes: 0,
                read: 0,
                limit: (BUFFER + MAX_RECORD_BYTES) as u64,
            },
            BUFFER,
        );
        CsvReader {
            reader,
            record: RawRow::default(),
            ahead: RawRow::default(),
            have_ahead: false,
            pending_error: None,
            row_line: 1,
            events: events
                .into_iter()
                .map(|s| super::names::nfc(s.as_ref()).into_owned())
                .collect(),
            times: TimeReading::default(),
            layout: None,
            done: false,
            batch_size: (0, 0),
        }
    }

    /// Event times read as `times` says (a pattern, epoch numbers).
    pub fn with_times(mut self, times: TimeReading) -> Self {
        self.times = times;
        self
    }

    /// Reads the next row that is not entirely empty into `ahead`.
    /// Lets the next row be read, up to [`MAX_RECORD_BYTES`] past the
    /// current position (plus what csv has buffered).
    fn allow_one_row(&mut self) {
        let (byte, line) = self.reader.position();
        self.row_line = line;
        self.reader.get_mut().limit = byte + (BUFFER + MAX_RECORD_BYTES) as u64;
    }

    fn read_ahead(&mut self) -> std::io::Result<bool> {
        loop {
            self.allow_one_row();
            if !self.reader.read(&mut self.ahead)? {
                return Ok(false);
            }
            if !self.ahead.bytes.iter().all(u8::is_ascii_whitespace) {
                return Ok(true);
            }
        }
    }
}

#[inline]
fn text<'a>(bytes: &'a [u8], column: &str, id: Option<&str>) -> Result<&'a str, CaseError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => Err(not_utf8(e, column, id)),
    }
}

#[cold]
fn not_utf8(e: std::str::Utf8Error, column: &str, id: Option<&str>) -> CaseError {
    CaseError {
        id: id.map(str::to_string),
        diagnostic: Diagnostic::error(
            Code::BadCsv,
            msg::BAD_CSV_CELL_NOT_UTF8.text([&column, &(e.valid_up_to() + 1)]),
        )
        .field(column)
        .help(msg::ENCODING_HELP.text([]))
        .hint(Hint::Windows1252),
    }
}

/// "3 cells", in the language of the messages.
fn cells(n: usize) -> String {
    match n {
        1 => msg::CELLS_ONE.text([]),
        n => msg::CELLS_OTHER.text([&n]),
    }
}

/// The `bad-time` error of an event cell.
#[cold]
fn bad_time(times: &TimeReading, column: &str, cell: &str) -> Diagnostic {
    let like = msg::TIME_LIKE_LOCAL_FIRST.text([]);
    let expected = match times.expected() {
        None => like,
        Some(other) => msg::EXPECTED_OR.text([&other, &like]),
    };
    let d = Diagnostic::error(
        Code::BadTime,
        msg::BAD_TIME_CELL.text([&expected, &column, &quote(cell)]),
    )
    .field(column);
    match times.help_for(cell) {
        Some(help) => d.help(help).hint(Hint::TimeFormat),
        None => d.help(msg::BAD_TIME_CELL_HELP.text([])),
    }
}

/// The error of an event time outside the supported dates, naming the
/// column it was read from (the clock would name only `events[i]`).
#[cold]
fn range_error(column: &str, cell: &[u8]) -> Diagnostic {
    let cell = String::from_utf8_lossy(cell);
    Diagnostic::error(
        Code::DateOutOfRange,
        msg::DATE_OUT_OF_RANGE_CELL.text([&quote(cell.trim()), &column]),
    )
    .field(column)
    .help(msg::DATE_OUT_OF_RANGE_CASE_HELP.text([]))
}

/// A row's cells: a row just read ([`RawRow`]) or a row of a
/// [`CsvBatch`]'s flat buffer (read in place, not copied again).
trait Row {
    fn len(&self) -> usize;
    fn get(&self, i: usize) -> Option<&[u8]>;
    fn cells(&self) -> impl Iterator<Item = &[u8]>;
}

impl Row for RawRow {
    fn len(&self) -> usize {
        self.ends.len()
    }
    fn get(&self, i: usize) -> Option<&[u8]> {
        self.as_cells().cell(i)
    }
    fn cells(&self) -> impl Iterator<Item = &[u8]> {
        self.as_cells().iter()
    }
}

impl RawRow {
    fn as_cells(&self) -> BatchCells<'_> {
        BatchCells {
            bytes: &self.bytes,
            ends: &self.ends,
            start: 0,
        }
    }
}

/// Row `fields` of a batch: cells `ends[fields]` of `bytes`.
#[derive(Clone, Copy)]
struct BatchCells<'a> {
    bytes: &'a [u8],
    /// End offsets of the row's cells.
    ends: &'a [usize],
    /// Where the row's first cell starts.
    start: usize,
}

impl<'a> BatchCells<'a> {
    fn cell(self, i: usize) -> Option<&'a [u8]> {
        let end = *self.ends.get(i)?;
        let start = match i {
            0 => self.start,
            _ => self.ends[i - 1],
        };
        self.bytes.get(start..end)
    }

    fn iter(self) -> impl Iterator<Item = &'a [u8]> {
        let mut start = self.start;
        self.ends.iter().map(move |&end| {
            let cell = self.bytes.get(start..end).unwrap_or_default();
            start = end;
            cell
        })
    }
}

impl Row for BatchCells<'_> {
    fn len(&self) -> usize {
        self.ends.len()
    }
    fn get(&self, i: usize) -> Option<&[u8]> {
        self.cell(i)
    }
    fn cells(&self) -> impl Iterator<Item = &[u8]> {
        self.iter()
    }
}

/// Reads a row into `case`, reusing its allocations (id, event names,
/// the events vector): millions of rows go through one `Case` per batch.
/// On `Err`, `case` holds a partial row and must not be used.
fn build(layout: &Layout, record: &impl Row, case: &mut Case) -> Result<(), CaseError> {
    let width = layout.columns.len();
    let id = match layout.id.and_then(|i| record.get(i)) {
        Some(bytes) => std::str::from_utf8(bytes)
            .ok()
            .map(str::trim)
            .filter(|s| !s.is_empty()),
        None => None,
    };
    let error = |id: Option<&str>, d: Diagnostic| -> Result<(), CaseError> {
        Err(CaseError {
            id: id.map(str::to_string),
            diagnostic: d,
        })
    };
    // Only looked at for rows of the wrong length (a scan of every byte).
    let spans_lines = || record.cells().any(|f| f.contains(&b'\n'));
    if record.len() < width {
        let missing = &layout.names[record.len()];
        let mut d = Diagnostic::error(
            Code::ShortRow,
            msg::SHORT_ROW.text([&cells(width), &record.len(), &missing]),
        )
        .field(missing.as_str());
        if spans_lines() {
            d = d.help(msg::ROW_SPANS_LINES_HELP.text([]));
        }
        return error(id, d);
    }
    if record.len() > width {
        let mut d = Diagnostic::error(
            Code::LongRow,
            msg::LONG_ROW.text([&cells(width), &record.len()]),
        );
        d = d.help(if spans_lines() {
            msg::ROW_SPANS_LINES_HELP.text([])
        } else {
            msg::LONG_ROW_HELP.text([])
        });
        return error(id, d);
    }
    if let Some(d) = &layout.header_error {
        return error(id, d.clone());
    }
    let Some(id_col) = layout.id else {
        return error(
            None,
            Diagnostic::error(
                Code::MissingId,
                msg::MISSING_ID_COLUMN.text([&layout.names.join(", ")]),
            )
            .help(msg::MISSING_ID_COLUMN_HELP.text([])),
        );
    };
    let Some(id) = id else {
        let raw = record.get(id_col).unwrap_or_default();
        return match text(raw, "id", None) {
            Err(e) => Err(e),
            Ok(_) => error(
                None,
                Diagnostic::error(Code::MissingId, msg::MISSING_ID_CELL.text([])).field("id"),
            ),
        };
    };
    case.id.clear();
    case.id.push_str(id);
    case.attributes.clear();
    let mut events = 0;
    for (column, bytes) in layout.columns.iter().zip(record.cells()) {
        // Most cells of a wide export are empty: skip them before any
        // UTF-8 check (an empty cell is valid text and means "absent").
        if bytes.is_empty() {
            continue;
        }
        match column {
            Column::Id | Column::Ignored => {}
            Column::Event(name) => {
                // The common shapes are read from the bytes directly
                // (unless a pattern or epoch numbers come first).
                let fast = if layout.times.is_standard() {
                    parse_time_bytes(bytes)
                } else {
                    None
                };
                let at = match fast {
                    Some(at) => at,
                    None => {
                        let cell = text(bytes, name, Some(id))?.trim();
                        if cell.is_empty() {
                            continue;
                        }
                        let read = if layout.times.is_standard() {
                            // The fast path declined: the full reader only.
                            parse_without_fast_path(cell)
                        } else {
                            layout.times.read(cell)
                        };
                        let Some(at) = read else {
                            return error(Some(id), bad_time(&layout.times, name, cell));
                        };
                        at
                    }
                };
                if out_of_range(&at) {
                    return error(Some(id), range_error(name, bytes));
                }
                // The previous row's event in this place lends its name's
                // allocation.
                match case.events.get_mut(events) {
                    Some(e) => {
                        e.name.clone_from(name);
                        e.at = at;
                    }
                    None => case.events.push(Event {
                        name: name.clone(),
                        at,
                    }),
                }
                events += 1;
            }
            Column::Attribute(name) => {
                let cell = text(bytes, name, Some(id))?.trim();
                if cell.is_empty() {
                    continue;
                }
                case.attributes.insert(name.clone(), Value::infer(cell));
            }
        }
    }
    case.events.truncate(events);
    Ok(())
}

/// What [`CsvReader::next_row`] found.
enum Raw {
    /// A row, left in `CsvReader::record`. `unclosed`: the input ended
    /// inside a quoted cell of this row.
    Row { line: usize, unclosed: bool },
    /// A record that is already an error (a read error; rare, boxed).
    Done(Box<CaseRecord>),
}

/// The case of a row read by [`CsvReader::next_row`] (the last step of
/// reading, split off so it can run on another thread: see [`CsvBatch`]).
fn finish(layout: &Layout, record: &impl Row, line: usize, unclosed: bool) -> CaseRecord {
    let mut out = CaseRecord {
        line,
        case: Ok(Case::default()),
    };
    finish_into(layout, record, line, unclosed, &mut out);
    out
}

/// [`finish`] into `out`, reusing the allocations of the case it holds.
fn finish_into(
    layout: &Layout,
    record: &impl Row,
    line: usize,
    unclosed: bool,
    out: &mut CaseRecord,
) {
    out.line = line;
    if out.case.is_err() {
        out.case = Ok(Case::default());
    }
    if let Ok(case) = &mut out.case {
        if let Err(e) = build(layout, record, case) {
            out.case = Err(e);
        }
    }
    if unclosed {
        // The input ended inside a quoted cell: the last cell spanning
        // lines swallowed the rest of the file.
        let column = (0..record.len())
            .rev()
            .find(|&i| record.get(i).is_some_and(|f| f.contains(&b'\n')))
            .map(|i| {
                layout
                    .names
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| msg::CELL_NUMBER.text([&(i + 1)]))
            });
        if let Some(column) = column {
            // This error replaces any other of the row (the row is not
            // what its author meant); the id only when the row was read.
            let id = out.case.as_ref().ok().map(|c| c.id.clone());
            out.case = Err(CaseError {
                id,
                diagnostic: Diagnostic::error(
                    Code::BadCsv,
                    msg::BAD_CSV_QUOTE_NOT_CLOSED.text([&column, &line]),
                )
                .field(column.as_str())
                .help(msg::BAD_CSV_QUOTE_NOT_CLOSED_HELP.text([])),
            });
        }
    }
}

impl<R: Read> CsvReader<R> {
    /// Reads the next row (or read error) without building its case.
    fn next_row(&mut self) -> Option<Raw> {
        if let Some(e) = self.pending_error.take() {
            return Some(Raw::Done(Box::new(e)));
        }
        if self.done {
            return None;
        }
        if self.layout.is_none() {
            match self.reader.read(&mut self.ahead) {
                Ok(true) => {
                    self.layout = Some(Arc::new(Layout::new(
                        &self.ahead,
                        &self.events,
                        self.times.clone(),
                    )))
                }
                Ok(false) => {
                    self.done = true;
                    return None;
                }
                Err(e) => return self.fail(e).map(|r| Raw::Done(Box::new(r))),
            }
            match self.read_ahead() {
                Ok(have) => self.have_ahead = have,
                Err(e) => return self.fail(e).map(|r| Raw::Done(Box::new(r))),
            }
        }
        if !self.have_ahead {
            self.done = true;
            return None;
        }
        std::mem::swap(&mut self.record, &mut self.ahead);
        let line = usize::try_from(self.record.line).unwrap_or(usize::MAX);
        match self.read_ahead() {
            Ok(have) => self.have_ahead = have,
            Err(e) => {
                // This row is still given; the error comes next.
                self.have_ahead = false;
                self.pending_error = self.fail(e);
                return Some(Raw::Row {
                    line,
                    unclosed: false,
                });
            }
        }
        let unclosed = !self.have_ahead && self.reader.get_ref().quotes % 2 == 1;
        Some(Raw::Row { line, unclosed })
    }

    /// Reads up to `max` rows (at least one) *without* turning them into
    /// cases: the cells are copied into one flat buffer, and
    /// [`CsvBatch::into_records`] builds the cases later, on any thread.
    /// Reading a batch is the cheap, sequential part of reading CSV (the
    /// CSV state machine); building cases (UTF-8 checks, times, numbers,
    /// allocations) is the costly part and parallelises. The records are
    /// exactly those the iterator would give.
    pub fn next_batch(&mut self, max: usize) -> Option<CsvBatch> {
        // Sized like the batch before: batches are alike, and growing
        // three vectors from nothing costs a dozen copies each.
        let (bytes, ends) = self.batch_size;
        let mut batch = CsvBatch {
            layout: None,
            bytes: Vec::with_capacity(bytes),
            ends: Vec::with_capacity(ends),
            rows: Vec::with_capacity(max.clamp(1, 1 << 16)),
        };
        while batch.rows.len() < max.max(1) {
            let Some(raw) = self.next_row() else { break };
            match raw {
                Raw::Done(r) => batch.rows.push(BatchRow::Done(r)),
                Raw::Row { line, unclosed } => {
                    let first = batch.ends.len();
                    let base = batch.bytes.len();
                    batch.bytes.extend_from_slice(&self.record.bytes);
                    batch.ends.extend(self.record.ends.iter().map(|e| base + e));
                    batch.rows.push(BatchRow::Row {
                        line,
                        unclosed,
                        fields: (first, batch.ends.len()),
                    });
                }
            }
        }
        if batch.rows.is_empty() {
            return None;
        }
        batch.layout = self.layout.clone();
        // A little more than this batch's, within bounds (memory stays flat).
        self.batch_size = (
            (batch.bytes.len() + batch.bytes.len() / 8).min(1 << 24),
            (batch.ends.len() + batch.ends.len() / 8).min(1 << 20),
        );
        Some(batch)
    }
}

impl<R: Read> Iterator for CsvReader<R> {
    type Item = CaseRecord;

    fn next(&mut self) -> Option<CaseRecord> {
        match self.next_row()? {
            Raw::Done(r) => Some(*r),
            Raw::Row { line, unclosed } => {
                let layout = self.layout.as_ref()?;
                Some(finish(layout, &self.record, line, unclosed))
            }
        }
    }
}

#[derive(Debug, Clone)]
enum BatchRow {
    Row {
        line: usize,
        unclosed: bool,
        /// Range of the row's cells in `CsvBatch::ends`.
        fields: (usize, usize),
    },
    Done(Box<CaseRecord>),
}

/// Rows read by [`CsvReader::next_batch`], not yet turned into cases.
/// `Send`: read on one thread, build on another.
#[derive(Debug, Clone)]
pub struct CsvBatch {
    layout: Option<Arc<Layout>>,
    /// Every cell's bytes, one after the other.
    bytes: Vec<u8>,
    /// End offset in `bytes` of each cell.
    ends: Vec<usize>,
    rows: Vec<BatchRow>,
}

impl CsvBatch {
    /// Number of input records in the batch.
    pub fn len(&self) -> usize {
        self.rows.len()
    }
    /// Whether the batch holds no row.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Row `fields` of the batch, in place.
    fn cells(&self, (a, b): (usize, usize)) -> BatchCells<'_> {
        BatchCells {
            bytes: &self.bytes,
            ends: self.ends.get(a..b).unwrap_or_default(),
            start: if a == 0 { 0 } else { self.ends[a - 1] },
        }
    }

    /// Calls `f` with each record, in input order. Faster than
    /// [`CsvBatch::into_records`]: one record (≈ 230 bytes) is rebuilt in
    /// place for every row, reusing its case's allocations, and lent.
    pub fn for_each_record(&self, mut f: impl FnMut(&CaseRecord)) {
        let mut record = CaseRecord {
            line: 0,
            case: Ok(Case::default()),
        };
        for row in &self.rows {
            match (row, &self.layout) {
                (BatchRow::Done(r), _) => f(r),
                (
                    &BatchRow::Row {
                        line,
                        unclosed,
                        fields,
                    },
                    Some(layout),
                ) => {
                    finish_into(layout, &self.cells(fields), line, unclosed, &mut record);
                    f(&record);
                }
                // Rows are only read after the header.
                (BatchRow::Row { .. }, None) => {}
            }
        }
    }

    /// The batch's records, in input order.
    pub fn into_records(mut self) -> impl Iterator<Item = CaseRecord> {
        let mut rows = std::mem::take(&mut self.rows).into_iter();
        std::iter::from_fn(move || match rows.next()? {
            BatchRow::Done(r) => Some(*r),
            BatchRow::Row {
                line,
                unclosed,
                fields,
            } => {
                let layout = self.layout.as_ref()?;
                Some(finish(layout, &self.cells(fields), line, unclosed))
            }
        })
    }
}

impl<R: Read> CsvReader<R> {
    /// A read error ends the input. (Reading raw cells, only I/O fails:
    /// CSV syntax itself has no errors, rows of any length are read.)
    fn fail(&mut self, e: std::io::Error) -> Option<CaseRecord> {
        self.done = true;
        // I/O errors carry no position: name the line the row started on.
        let line = usize::try_from(self.row_line).unwrap_or(usize::MAX).max(1);
        Some(if e.get_ref().is_some_and(|e| e.is::<RecordTooLong>()) {
            too_long(line, &msg::INPUT_ROW_FROM_LINE.text([&line]))
        } else {
            io_error(line, Code::BadCsv, &e)
        })
    }
}
