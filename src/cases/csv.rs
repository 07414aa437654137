//! The CSV case reader, streamed.
//!
//! A header row names the columns: `id` (also `ID`, `Id`), the event
//! columns (names among the rules file's event names: the cell is that
//! event's time; empty = no event; a column name may repeat for a repeated
//! event), and attributes (every other column; [`Value::infer`]: numbers
//! stay numbers, and in a file whose cells are separated by `;` a number
//! with a decimal comma, `12,50`, is one too; an empty cell = attribute
//! absent; surrounding spaces are trimmed). Columns with an empty name are
//! ignored. A [`super::ColumnMap`] reads columns under other names (see
//! [`super::columns`]).
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

use super::bad_time::{bad_time, CELL};
use super::rows::{RawRow, Rows};
use super::{too_long, CaseError, CaseRecord, MAX_RECORD_BYTES};
use super::{ColumnMap, ReadOptions};
use crate::cases::json::{io_error, quote};
use crate::diagnostic::{msg, Code, Diagnostic, Hint};
use crate::model::{Case, CaseTime, Event, Value};
use crate::text::read::{out_of_range, parse_time_bytes, parse_without_fast_path, TimeReading};
use std::collections::HashSet;
use std::io::Read;
use std::sync::Arc;

/// What a column of the header is read as. The tables (Parquet, Arrow,
/// spreadsheets: `super::table`) share this mapping.
#[derive(Debug, Clone)]
pub(super) enum Column {
    Id,
    Event(String),
    Attribute(String),
    Ignored,
}

/// How a header maps to a case: one [`Column`] per cell. Worked out once
/// per input, by the CSV reader and by the tables' (`super::table`).
#[derive(Debug)]
pub(super) struct Layout {
    pub(super) names: Vec<String>,
    pub(super) columns: Vec<Column>,
    id: Option<usize>,
    /// The header is not UTF-8: its names cannot be trusted, and every
    /// row gives this error (rather than being read under a garbled name).
    header_error: Option<Diagnostic>,
    times: TimeReading,
    /// The cell separator the rows were read with.
    delimiter: u8,
}

impl Layout {
    pub(super) fn new(
        header: &impl Row,
        events: &HashSet<String>,
        times: TimeReading,
        map: &ColumnMap,
        delimiter: u8,
    ) -> Layout {
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
        // A mapped column that the header lacks: no row can be read
        // as its author meant (the first one missing is named).
        if header_error.is_none() {
            if let Some((name, column)) = map
                .iter()
                .find(|(_, column)| !names.iter().any(|n| n == column))
            {
                header_error = Some(super::columns::missing_column(column, name, &names));
            }
        }
        // The name each column is read as: its mapped name, else its own.
        let read_as =
            |n: &String| -> String { map.name_of(n).map_or_else(|| n.clone(), str::to_string) };
        let id = match map.column_of("id") {
            Some(column) => names.iter().position(|n| n == column),
            None => names
                .iter()
                .position(|n| n == "id")
                .or_else(|| names.iter().position(|n| n.eq_ignore_ascii_case("id"))),
        };
        let columns: Vec<Column> = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                if Some(i) == id {
                    return Column::Id;
                }
                let n = read_as(n);
                if n.is_empty() {
                    Column::Ignored
                } else if events.contains(&n) {
                    Column::Event(n)
                } else {
                    Column::Attribute(n)
                }
            })
            .collect();
        Layout {
            names,
            columns,
            id,
            header_error,
            times,
            delimiter,
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
    columns: ColumnMap,
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
            columns: ColumnMap::default(),
            layout: None,
            done: false,
            batch_size: (0, 0),
        }
    }

    /// Read as `options` say: event times, the delimiter, the column
    /// mapping. (The encoding is the caller's: this reader takes UTF-8;
    /// [`super::read_cases_with`] decodes first.)
    pub fn with_options(mut self, options: &ReadOptions) -> Self {
        self.times = options.times.clone();
        self.columns = options.columns.clone();
        if let Some(d) = options.delimiter {
            self.reader.set_delimiter(d);
        }
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
        whole_table: false,
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

/// A row's cells: a row just read ([`RawRow`]), a row of a
/// [`CsvBatch`]'s flat buffer (read in place, not copied again), or a
/// row of a table (`super::table`), whose typed time cells hold no text.
pub(super) trait Row {
    /// Whether cells may be typed times ([`Row::time`]); `false` for CSV,
    /// whose reading then never asks.
    const TYPED: bool = false;
    fn len(&self) -> usize;
    fn get(&self, i: usize) -> Option<&[u8]>;
    fn cells(&self) -> impl Iterator<Item = &[u8]>;
    /// The time of cell `i` when it is a typed time (a Parquet or Arrow
    /// timestamp, an Excel date): read as is, not as text. Its text is
    /// then empty.
    fn time(&self, _i: usize) -> Option<TypedTime> {
        None
    }
}

/// A typed time cell: its time, or (`Err`) the raw value of one that no
/// date holds (a timestamp of `i64::MAX` seconds), written as the error
/// shows it: such a cell is an error naming it, not an absent event.
pub(super) type TypedTime = Result<CaseTime, String>;

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
fn build<R: Row>(layout: &Layout, record: &R, case: &mut Case) -> Result<(), CaseError> {
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
            whole_table: false,
            id: id.map(str::to_string),
            diagnostic: d,
        })
    };
    // The header's errors: every row gets them (none can be read).
    let header_error = |id: Option<&str>, d: Diagnostic| -> Result<(), CaseError> {
        Err(CaseError {
            whole_table: true,
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
        return header_error(id, d.clone());
    }
    let Some(id_col) = layout.id else {
        return header_error(
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
    for (i, ((column, header), bytes)) in layout
        .columns
        .iter()
        .zip(&layout.names)
        .zip(record.cells())
        .enumerate()
    {
        // Most cells of a wide export are empty: skip them before any
        // UTF-8 check (an empty cell is valid text and means "absent").
        // (A table's typed time arrives as an empty cell and its time.)
        if bytes.is_empty() {
            let typed = match column {
                Column::Event(name) if R::TYPED => record.time(i).map(|at| (name, at)),
                _ => None,
            };
            if let Some((name, at)) = typed {
                let at = match at {
                    Ok(at) if !out_of_range(&at) => at,
                    Ok(CaseTime::Local(t)) => {
                        return error(Some(id), range_error(header, t.to_string().as_bytes()))
                    }
                    Ok(CaseTime::Fixed(t)) => {
                        return error(Some(id), range_error(header, t.to_rfc3339().as_bytes()))
                    }
                    Err(raw) => return error(Some(id), range_error(header, raw.as_bytes())),
                };
                push_event(case, &mut events, name, at);
            }
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
                        // Errors name the column as the file does.
                        let cell = text(bytes, header, Some(id))?.trim();
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
                            return error(Some(id), bad_time(&CELL, &layout.times, header, cell));
                        };
                        at
                    }
                };
                if out_of_range(&at) {
                    return error(Some(id), range_error(header, bytes));
                }
                push_event(case, &mut events, name, at);
            }
            Column::Attribute(name) => {
                let cell = text(bytes, header, Some(id))?.trim();
                if cell.is_empty() {
                    continue;
                }
                let value = match Value::infer(cell) {
                    Value::Str(text) if layout.delimiter == b';' => {
                        decimal_comma(&text).map_or(Value::Str(text), Value::Num)
                    }
                    value => value,
                };
                case.attributes.insert(name.clone(), value);
            }
        }
    }
    case.events.truncate(events);
    Ok(())
}

/// Sets the case's event `*events` (then counts it): the previous row's
/// event in this place lends its name's allocation.
#[inline]
fn push_event(case: &mut Case, events: &mut usize, name: &String, at: CaseTime) {
    match case.events.get_mut(*events) {
        Some(e) => {
            e.name.clone_from(name);
            e.at = at;
        }
        None => case.events.push(Event {
            name: name.clone(),
            at,
        }),
    }
    *events += 1;
}

/// The number a cell writes with a decimal comma (`12,50`, `-3,5`), as
/// the files whose cells are separated by `;` do (Excel's CSV where the
/// decimal separator is a comma, as in French): digits, one comma, digits,
/// an optional sign; nothing else (no thousands separator, no unit), so a
/// text such as `1,5 jour` stays text.
fn decimal_comma(cell: &str) -> Option<f64> {
    let (int, frac) = cell.split_once(',')?;
    let digits = int.strip_prefix(['-', '+']).unwrap_or(int);
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(digits) || !all_digits(frac) {
        return None;
    }
    format!("{int}.{frac}")
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
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
pub(super) fn finish(
    layout: &Layout,
    record: &impl Row,
    line: usize,
    unclosed: bool,
) -> CaseRecord {
    let mut out = CaseRecord {
        line,
        case: Ok(Case::default()),
    };
    finish_into(layout, record, line, unclosed, &mut out);
    out
}

/// [`finish`] into `out`, reusing the allocations of the case it holds.
pub(super) fn finish_into(
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
                whole_table: false,
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
                        &self.columns,
                        self.reader.delimiter(),
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

    /// The cell separator the file is read with (given, or read off its
    /// header line: see [`super::detected_delimiter`]).
    pub fn delimiter(&self) -> u8 {
        self.layout.as_ref().map_or(b',', |l| l.delimiter)
    }

    /// The header's column names, as read (in NFC).
    pub fn header(&self) -> &[String] {
        self.layout.as_ref().map_or(&[], |l| &l.names)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_commas_are_numbers_and_nothing_else_is() {
        assert_eq!(decimal_comma("12,50"), Some(12.5));
        assert_eq!(decimal_comma("-3,5"), Some(-3.5));
        assert_eq!(decimal_comma("+0,25"), Some(0.25));
        for text in [
            "1,5 jour", "1,234,5", ",5", "5,", "1 234,50", "a,b", "12.50", "-,5",
        ] {
            assert_eq!(decimal_comma(text), None, "{text}");
        }
    }

    fn read(text: &str, options: &ReadOptions) -> Vec<CaseRecord> {
        CsvReader::new(text.as_bytes(), ["received"])
            .with_options(options)
            .collect()
    }

    #[test]
    fn only_semicolon_files_read_decimal_commas() {
        let semi = read("id;amount\n1;12,50\n", &ReadOptions::default());
        let case = semi[0].case.as_ref().unwrap();
        assert_eq!(case.attributes["amount"], Value::Num(12.5));
        let comma = read("id,amount\n1,\"12,50\"\n", &ReadOptions::default());
        let case = comma[0].case.as_ref().unwrap();
        assert_eq!(case.attributes["amount"], Value::Str("12,50".into()));
    }

    #[test]
    fn a_given_delimiter_wins_over_the_header_line() {
        // A header with a comma in a name reads as commas unless told.
        let text = "id;Nom, prénom;received\n1;Roy, Ève;2025-06-20 10:00\n";
        let guessed = read(text, &ReadOptions::default());
        assert!(guessed[0].case.is_err(), "{guessed:?}");
        let told = read(text, &ReadOptions::default().delimiter(b';'));
        let case = told[0].case.as_ref().unwrap();
        assert_eq!(
            case.attributes["Nom, prénom"],
            Value::Str("Roy, Ève".into())
        );
        assert_eq!(case.events[0].name, "received");
        let pipes = read(
            "id|received\n1|2025-06-20 10:00\n",
            &ReadOptions::default().delimiter(b'|'),
        );
        assert_eq!(pipes[0].case.as_ref().unwrap().events.len(), 1);
    }

    #[test]
    fn mapped_columns_are_read_under_their_names() {
        let mut map = ColumnMap::default();
        map.insert("id", "no_dossier").unwrap();
        map.insert("received", "date_reception").unwrap();
        let options = ReadOptions::default().columns(map);
        // A column named `id` as well is then an attribute like any other.
        let text = "id,no_dossier,date_reception\nx,7,2025-06-20 10:00\n";
        let records = read(text, &options);
        let case = records[0].case.as_ref().unwrap();
        assert_eq!(case.id, "7");
        assert_eq!(case.events[0].name, "received");
        assert_eq!(case.attributes["id"], Value::Str("x".into()));
    }

    #[test]
    fn a_mapped_column_the_header_lacks_makes_every_row_an_error() {
        let mut map = ColumnMap::default();
        map.insert("received", "date_reception").unwrap();
        let options = ReadOptions::default().columns(map);
        let records = read("id,received\n1,2025-06-20 10:00\n2,\n", &options);
        assert_eq!(records.len(), 2);
        for (r, line) in records.iter().zip([2, 3]) {
            assert_eq!(r.line, line);
            let d = &r.case.as_ref().unwrap_err().diagnostic;
            assert_eq!(d.code, Code::MissingField);
            assert!(d.message.contains("`date_reception`"), "{}", d.message);
            assert_eq!(d.field.as_deref(), Some("date_reception"));
        }
    }
}
