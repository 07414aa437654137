//! Parquet and Arrow IPC tables: their record batches, column by column.

use super::cells::{self, Cells, Kind};
use super::{Opened, Source, TableRow};
use crate::diagnostic::{Code, Diagnostic};
use crate::text::read::TimeReading;
use arrow_array::RecordBatch;
use arrow_schema::{DataType, SchemaRef};
use std::io::Cursor;

/// Rows per batch decoded (Parquet's reader's default).
const BATCH_ROWS: usize = 8192;

type Batches = Box<dyn Iterator<Item = Result<RecordBatch, String>> + Send>;

/// A Parquet file's rows.
pub(super) fn parquet(bytes: Vec<u8>) -> Result<Opened, Diagnostic> {
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    let corrupt = |e: parquet::errors::ParquetError| {
        Diagnostic::error(
            Code::UnreadableFile,
            format!("cannot read the Parquet file: {e}"),
        )
        .help(
            "the file may be cut short or not be Parquet; Snappy-compressed or \
             uncompressed files are read (what pyarrow and DuckDB write by default)",
        )
    };
    let builder = ParquetRecordBatchReaderBuilder::try_new(bytes::Bytes::from(bytes))
        .map_err(corrupt)?
        .with_batch_size(BATCH_ROWS);
    let schema = builder.schema().clone();
    let reader = builder.build().map_err(corrupt)?;
    let batches: Batches =
        Box::new(reader.map(|b| b.map_err(|e| format!("cannot read the Parquet file: {e}"))));
    Ok(opened(schema, batches))
}

/// An Arrow IPC file (`ARROW1`…) or stream's rows.
pub(super) fn ipc(bytes: Vec<u8>) -> Result<Opened, Diagnostic> {
    use arrow_ipc::reader::{FileReader, StreamReader};
    let corrupt = |e: arrow_schema::ArrowError| {
        Diagnostic::error(
            Code::UnreadableFile,
            format!("cannot read the Arrow file: {e}"),
        )
        .help("the file may be cut short or not be Arrow IPC (a file or a stream)")
    };
    let message = |e: arrow_schema::ArrowError| format!("cannot read the Arrow file: {e}");
    let (schema, batches): (_, Batches) = if bytes.starts_with(b"ARROW1") {
        let reader = FileReader::try_new(Cursor::new(bytes), None).map_err(corrupt)?;
        (
            reader.schema(),
            Box::new(reader.map(move |b| b.map_err(message))),
        )
    } else {
        let reader = StreamReader::try_new(Cursor::new(bytes), None).map_err(corrupt)?;
        (
            reader.schema(),
            Box::new(reader.map(move |b| b.map_err(message))),
        )
    };
    Ok(opened(schema, batches))
}

fn opened(schema: SchemaRef, batches: Batches) -> Opened {
    Opened {
        header: Opened::header(schema.fields().iter().map(|f| f.name().as_str())),
        source: Box::new(ArrowRows {
            schema,
            batches,
            events: Vec::new(),
            columns: Vec::new(),
            rows: 0,
            at: 0,
            line: 1,
        }),
        sheet: None,
    }
}

/// Whether a column of type `t` can be read: any column must hold what a
/// case can carry, and an event column times (a timestamp, a date, text
/// for the time reader, or whole numbers read as epoch times).
fn check(name: &str, t: &DataType, event: bool, times: &TimeReading) -> Result<(), Diagnostic> {
    let kind = cells::kind(t);
    let refused = match (kind, event) {
        (Kind::Unsupported, _) => Some(format!(
            "column `{name}` holds {t}, which a case cannot carry"
        )),
        (Kind::Other, true) => Some(format!(
            "event column `{name}` holds {t}, which cannot hold a time"
        )),
        (Kind::Integer, true) if times.epoch_unit().is_none() => Some(format!(
            "event column `{name}` holds whole numbers ({t}), not times"
        )),
        _ => None,
    };
    let Some(message) = refused else {
        return Ok(());
    };
    let help = match kind {
        Kind::Integer => {
            "numbers of seconds or milliseconds since 1970 are read with `--epoch s` or `--epoch ms`"
        }
        Kind::Unsupported => "leave the column out of the export, or cast it to text",
        _ => "an event column holds timestamps, dates or text such as 2025-06-20 10:00",
    };
    // Error records carry the message only: the advice goes in it too.
    Err(
        Diagnostic::error(Code::BadTime, format!("{message}; {help}"))
            .field(name)
            .help(help),
    )
}

/// The rows of record batches.
struct ArrowRows {
    schema: SchemaRef,
    batches: Batches,
    /// Whether each column is an event column.
    events: Vec<bool>,
    /// The current batch's columns, and its number of rows.
    columns: Vec<Cells>,
    rows: usize,
    /// The next row of the batch.
    at: usize,
    /// The line of the last row given.
    line: usize,
}

impl ArrowRows {
    /// Moves to the next batch that has rows.
    fn next_batch(&mut self) -> Option<Result<(), Diagnostic>> {
        loop {
            let batch = match self.batches.next()? {
                Ok(b) => b,
                Err(e) => return Some(Err(Diagnostic::error(Code::UnreadableFile, e))),
            };
            let mut columns = Vec::with_capacity(batch.num_columns());
            for (array, &event) in batch.columns().iter().zip(&self.events) {
                let cells = if event {
                    cells::event_cells(array)
                } else {
                    cells::text_cells(array).map(Cells::Text)
                };
                match cells {
                    Some(c) => columns.push(c),
                    // The schema was checked; a batch is of the schema.
                    None => {
                        return Some(Err(Diagnostic::error(
                            Code::UnreadableFile,
                            format!("a batch holds a column of type {}", array.data_type()),
                        )))
                    }
                }
            }
            self.columns = columns;
            self.rows = batch.num_rows();
            self.at = 0;
            if self.rows > 0 {
                return Some(Ok(()));
            }
        }
    }
}

impl Source for ArrowRows {
    fn set_events(&mut self, events: Vec<bool>, times: &TimeReading) -> Result<(), Diagnostic> {
        for (field, &event) in self.schema.fields().iter().zip(&events) {
            check(field.name(), field.data_type(), event, times)?;
        }
        self.events = events;
        Ok(())
    }

    fn next_row(&mut self, row: &mut TableRow) -> Option<Result<usize, Diagnostic>> {
        if self.at >= self.rows {
            if let Err(e) = self.next_batch()? {
                return Some(Err(e));
            }
        }
        row.clear();
        let i = self.at;
        for column in &self.columns {
            match column {
                Cells::Text(text) => {
                    text(i, &mut row.bytes);
                    row.end_cell(None);
                }
                Cells::Time(time) => row.end_cell(time(i)),
            }
        }
        self.at += 1;
        self.line += 1;
        Some(Ok(self.line))
    }
}
