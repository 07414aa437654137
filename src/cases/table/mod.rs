//! Cases from tables: Parquet, Arrow IPC (file or stream) and spreadsheets
//! (`.xlsx`, `.ods`…). Their columns are mapped exactly as a CSV header's
//! (the same [`Layout`]: `id`, the rules' events, attributes) and each row
//! becomes a case through the CSV reader's own row reading
//! ([`super::csv::finish`]), so ids, empty cells, attributes, error
//! records and the audit's warnings are the same as for the CSV file of
//! the same cases. What differs is how a cell arrives:
//!
//! - a typed time (a Parquet or Arrow timestamp of any unit, a date, an
//!   Excel date cell) is read as is, not as text: with a zone (Arrow's
//!   timestamp with a time zone) it is an instant, without one a local
//!   time in the calendar's zone, as a CSV time without offset;
//! - any other cell is turned into the text a CSV file would hold (a
//!   string as is, a number in its shortest form) and read as CSV's is:
//!   times through the one time reader (`text::read`, with
//!   `--time-format` and `--epoch`).
//!
//! Rows are numbered as a spreadsheet shows them: the header is row 1,
//! so the first case is line 2 (the line the same row has in a CSV
//! export). A row whose every cell is empty is skipped, as in CSV.
//!
//! A table is read from memory (Parquet's footer is at its end): the
//! input is read whole, then decoded batch by batch. A file that cannot
//! be read (corrupt, a sheet that does not exist, an event column whose
//! type cannot hold a time) gives one error record, line 1.

// `CaseRecord` carries `Result<Case, CaseError>` by contract.
#![allow(clippy::result_large_err)]

mod arrow;
mod cells;
mod sheet;

use super::csv::{finish, finish_into, Column, Layout, Row, TypedTime};
use super::{CaseBatch, CaseError, CaseRecord, Format, ReadOptions};
use crate::diagnostic::{Code, Diagnostic};
use crate::model::CaseTime;
use crate::text::read::TimeReading;
use arrow_array::RecordBatch;
use cells::CellsRow;
use std::collections::HashSet;
use std::io::BufRead;
use std::sync::Arc;

/// One row of a table: its cells' text one after the other (CSV's
/// layout), and the typed time of the cells that hold one.
#[derive(Debug, Default)]
pub(super) struct TableRow {
    bytes: Vec<u8>,
    ends: Vec<usize>,
    times: Vec<Option<CaseTime>>,
}

impl TableRow {
    fn clear(&mut self) {
        self.bytes.clear();
        self.ends.clear();
        self.times.clear();
    }

    /// Ends the current cell, holding `time` when it is a typed time.
    fn end_cell(&mut self, time: Option<CaseTime>) {
        self.ends.push(self.bytes.len());
        self.times.push(time);
    }

    /// Whether every cell is empty (or spaces) and none is a time.
    fn is_blank(&self) -> bool {
        self.times.iter().all(Option::is_none) && self.bytes.iter().all(u8::is_ascii_whitespace)
    }
}

impl Row for TableRow {
    const TYPED: bool = true;
    fn len(&self) -> usize {
        self.ends.len()
    }
    fn get(&self, i: usize) -> Option<&[u8]> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.bytes.get(start..end)
    }
    fn cells(&self) -> impl Iterator<Item = &[u8]> {
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let cell = self.bytes.get(start..end).unwrap_or_default();
            start = end;
            cell
        })
    }
    fn time(&self, i: usize) -> Option<TypedTime> {
        self.times.get(i).copied().flatten().map(Ok)
    }
}

/// Where a sheet's rows come from (Parquet and Arrow tables come in
/// batches: [`TableBatch`]).
trait Source: Send {
    /// Learns which columns are event columns (from the header's
    /// [`Layout`], mapped names and all), and refuses a column whose type
    /// cannot be read as its role needs.
    fn set_events(&mut self, events: Vec<bool>, times: &TimeReading) -> Result<(), Diagnostic>;
    /// Reads the next row into `row` (cleared first) and gives its line
    /// (the header being line 1); `None` at the end; an error ends the
    /// input (a corrupt page in the middle of a Parquet file).
    fn next_row(&mut self, row: &mut TableRow) -> Option<Result<usize, Diagnostic>>;
}

/// The cases of a table, row by row.
struct TableCases {
    layout: Layout,
    source: Box<dyn Source>,
    row: TableRow,
    /// The sheet read, named in error records.
    sheet: Option<String>,
    /// The line of the last row read (the header's at first).
    last: usize,
    done: bool,
}

impl Iterator for TableCases {
    type Item = CaseRecord;

    fn next(&mut self) -> Option<CaseRecord> {
        if self.done {
            return None;
        }
        loop {
            match self.source.next_row(&mut self.row) {
                None => {
                    self.done = true;
                    return None;
                }
                Some(Err(diagnostic)) => {
                    self.done = true;
                    // Named after the row it stopped before.
                    return Some(failed(self.last + 1, diagnostic));
                }
                Some(Ok(line)) => {
                    self.last = line;
                    if self.row.is_blank() {
                        continue;
                    }
                    let mut record = finish(&self.layout, &self.row, line, false);
                    if let (Some(sheet), Err(e)) = (&self.sheet, &mut record.case) {
                        e.diagnostic.message = format!("sheet `{sheet}`: {}", e.diagnostic.message);
                    }
                    return Some(record);
                }
            }
        }
    }
}

/// The error record of an input that cannot be read as a table at all.
fn failed(line: usize, diagnostic: Diagnostic) -> CaseRecord {
    CaseRecord {
        line,
        case: Err(CaseError {
            whole_table: false,
            id: None,
            diagnostic,
        }),
    }
}

/// The cases of a table in `format` (Parquet, Arrow or a spreadsheet), in
/// batches of up to `size` rows. `events`: the rules' event names, in NFC.
/// Parquet and Arrow batches come unbuilt ([`TableBatch`]); a sheet's
/// rows (a spreadsheet holds far fewer) are read as they are cut.
pub(super) fn read<'a, R: BufRead + 'a>(
    mut reader: R,
    format: Format,
    events: HashSet<String>,
    options: &ReadOptions,
    size: usize,
) -> Box<dyn Iterator<Item = CaseBatch> + Send + 'a> {
    // Nothing of the table can be read: the error stands for every row.
    let one = |d| {
        let mut record = failed(1, d);
        if let Err(e) = &mut record.case {
            e.whole_table = true;
        }
        Box::new(std::iter::once(CaseBatch::Records(vec![record])))
    };
    let mut bytes = Vec::new();
    if let Err(e) = reader.read_to_end(&mut bytes) {
        return one(Diagnostic::error(
            Code::UnreadableFile,
            format!("cannot read the {}: {e}", what(format)),
        ));
    }
    if let Format::Parquet | Format::Arrow = format {
        let opened = match format {
            Format::Parquet => arrow::parquet(bytes),
            _ => arrow::ipc(bytes),
        };
        let batches = opened.and_then(|(schema, batches)| {
            let (layout, is_event) = layout(&arrow::header(&schema), &events, options);
            arrow::batches(
                &schema,
                batches,
                Arc::new(layout),
                is_event,
                &options.times,
                size,
            )
        });
        return match batches {
            Ok(batches) => Box::new(batches),
            Err(d) => one(d),
        };
    }
    let cases = sheet::open(bytes, options.sheet.as_deref()).and_then(|mut opened| {
        let (layout, is_event) = layout(&opened.header, &events, options);
        opened.source.set_events(is_event, &options.times)?;
        Ok(TableCases {
            layout,
            source: opened.source,
            row: TableRow::default(),
            sheet: opened.sheet,
            last: 1,
            done: false,
        })
    });
    match cases {
        Ok(cases) => Box::new(super::batched(cases, size)),
        Err(d) => one(d),
    }
}

/// How a table's columns are read, as a CSV header's would be, and
/// whether each is an event column.
fn layout(
    header: &TableRow,
    events: &HashSet<String>,
    options: &ReadOptions,
) -> (Layout, Vec<bool>) {
    // Cells are text in a table: a decimal comma is CSV's only.
    let layout = Layout::new(
        header,
        events,
        options.times.clone(),
        &options.columns,
        b',',
    );
    let is_event = layout
        .columns
        .iter()
        .map(|c| matches!(c, Column::Event(_)))
        .collect();
    (layout, is_event)
}

/// Rows of a Parquet or Arrow record batch, read but not yet made cases:
/// their cases are built where the batch is walked (on a worker thread,
/// in a parallel pipeline), as [`super::CsvBatch`]'s rows are.
#[derive(Debug, Clone)]
pub struct TableBatch {
    layout: Arc<Layout>,
    /// Whether each column is an event column.
    events: Arc<[bool]>,
    /// A slice of a record batch (no copy).
    batch: RecordBatch,
    /// The line of the batch's first row (the header is line 1).
    first: usize,
}

impl TableBatch {
    /// Number of rows in the batch. A row whose every cell is empty gives
    /// no record (as in CSV), so a batch may give fewer.
    pub fn len(&self) -> usize {
        self.batch.num_rows()
    }

    /// Whether the batch holds no row.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Calls `f` with each record, in input order, one record's
    /// allocations reused for the next.
    pub fn for_each_record(&self, mut f: impl FnMut(&CaseRecord)) {
        let mut record = CaseRecord {
            line: 0,
            case: Ok(crate::model::Case::default()),
        };
        let walked = self.walk(|row, line| {
            finish_into(&self.layout, row, line, false, &mut record);
            f(&record);
        });
        if let Err(d) = walked {
            f(&failed(self.first, d));
        }
    }

    /// The batch's records, in input order.
    pub fn into_records(self) -> impl Iterator<Item = CaseRecord> {
        let mut records = Vec::with_capacity(self.len());
        let walked = self.walk(|row, line| records.push(finish(&self.layout, row, line, false)));
        if let Err(d) = walked {
            records.push(failed(self.first, d));
        }
        records.into_iter()
    }

    /// Calls `f` with each row that is not blank and its line; the error
    /// of a batch whose columns cannot be read (none is: the schema was
    /// checked, and a batch is of its schema).
    fn walk(&self, mut f: impl FnMut(&CellsRow, usize)) -> Result<(), Diagnostic> {
        let columns = arrow::columns(&self.batch, &self.events)?;
        for i in 0..self.batch.num_rows() {
            let row = CellsRow {
                columns: &columns,
                i,
            };
            if !row.is_blank() {
                f(&row, self.first + i);
            }
        }
        Ok(())
    }
}

/// A table opened: its header (as a CSV header row), its rows.
struct Opened {
    header: TableRow,
    source: Box<dyn Source>,
    sheet: Option<String>,
}

impl Opened {
    fn header<'n>(names: impl IntoIterator<Item = &'n str>) -> TableRow {
        let mut header = TableRow::default();
        for name in names {
            header.bytes.extend_from_slice(name.as_bytes());
            header.end_cell(None);
        }
        header
    }
}

/// The format's name in messages.
fn what(format: Format) -> &'static str {
    match format {
        Format::Parquet => "Parquet file",
        Format::Arrow => "Arrow file",
        _ => "spreadsheet",
    }
}
