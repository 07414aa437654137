//! Parquet and Arrow IPC tables: their record batches, column by column.

use super::cells::{self, Cells, Kind};
use super::{failed, Opened, TableBatch, TableRow};
use crate::cases::csv::Layout;
use crate::cases::CaseBatch;
use crate::diagnostic::{Code, Diagnostic};
use crate::text::read::TimeReading;
use arrow_array::RecordBatch;
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use std::io::Cursor;
use std::sync::Arc;

/// Rows per batch decoded (Parquet's reader's default).
const BATCH_ROWS: usize = 8192;

pub(super) type Batches = Box<dyn Iterator<Item = Result<RecordBatch, String>> + Send>;

/// A Parquet file's rows.
pub(super) fn parquet(bytes: Vec<u8>) -> Result<(SchemaRef, Batches), Diagnostic> {
    use parquet::arrow::arrow_reader::{
        ArrowReaderMetadata, ArrowReaderOptions, ParquetRecordBatchReaderBuilder,
    };
    let corrupt = |e: parquet::errors::ParquetError| {
        Diagnostic::error(
            Code::UnreadableFile,
            format!("cannot read the Parquet file: {e}"),
        )
        .help("the file may be cut short or not be Parquet")
    };
    let bytes = bytes::Bytes::from(bytes);
    let metadata = ArrowReaderMetadata::load(&bytes, ArrowReaderOptions::new()).map_err(corrupt)?;
    unread_codec(metadata.metadata())?;
    // Strings read as views of the decoded pages: a dictionary-encoded
    // column (exports' default for text) is then not copied out value by
    // value. The cells are the same strings (`cells::Cells::View`).
    let viewed = ArrowReaderOptions::new().with_schema(views(metadata.schema()));
    let metadata =
        ArrowReaderMetadata::try_new(metadata.metadata().clone(), viewed).map_err(corrupt)?;
    let builder = ParquetRecordBatchReaderBuilder::new_with_metadata(bytes, metadata)
        .with_batch_size(BATCH_ROWS);
    let schema = builder.schema().clone();
    let reader = builder.build().map_err(corrupt)?;
    let batches: Batches =
        Box::new(reader.map(|b| b.map_err(|e| format!("cannot read the Parquet file: {e}"))));
    Ok((schema, batches))
}

/// `schema` with its string columns read as string views.
fn views(schema: &SchemaRef) -> SchemaRef {
    let fields: Vec<Field> = schema
        .fields()
        .iter()
        .map(|f| match f.data_type() {
            DataType::Utf8 | DataType::LargeUtf8 => {
                f.as_ref().clone().with_data_type(DataType::Utf8View)
            }
            _ => f.as_ref().clone(),
        })
        .collect();
    Arc::new(Schema::new_with_metadata(fields, schema.metadata().clone()))
}

/// The error of a file with a column compressed by a codec this build does
/// not read (LZO, Brotli), named before any row is read.
fn unread_codec(metadata: &parquet::file::metadata::ParquetMetaData) -> Result<(), Diagnostic> {
    use parquet::basic::Compression as C;
    let unread = metadata
        .row_groups()
        .iter()
        .flat_map(|g| g.columns())
        .find(|c| {
            !matches!(
                c.compression(),
                C::UNCOMPRESSED | C::SNAPPY | C::GZIP(_) | C::LZ4 | C::LZ4_RAW | C::ZSTD(_)
            )
        });
    let Some(column) = unread else {
        return Ok(());
    };
    let codec = match column.compression() {
        C::BROTLI(_) => "Brotli",
        C::LZO => "LZO",
        _ => "an unknown codec",
    };
    let help = "write it uncompressed or with Snappy, zstd, gzip or LZ4, which are read \
                (pyarrow: `compression='zstd'`; DuckDB: `COMPRESSION zstd`)";
    Err(Diagnostic::error(
        Code::UnreadableFile,
        format!(
            "cannot read the Parquet file: column `{}` is compressed with {codec}, \
             which is not read; {help}",
            column.column_path().string()
        ),
    )
    .help(help))
}

/// An Arrow IPC file (`ARROW1`…) or stream's rows.
pub(super) fn ipc(bytes: Vec<u8>) -> Result<(SchemaRef, Batches), Diagnostic> {
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
    Ok((schema, batches))
}

/// The batches of a table of `schema` whose columns are read as
/// `layout` says (`events`: whether each is an event column), each column
/// checked first, cut in batches of up to `size` rows (slices: no copy).
pub(super) fn batches(
    schema: &SchemaRef,
    batches: Batches,
    layout: Arc<Layout>,
    events: Vec<bool>,
    times: &TimeReading,
    size: usize,
) -> Result<ArrowBatches, Diagnostic> {
    for (field, &event) in schema.fields().iter().zip(&events) {
        check(field.name(), field.data_type(), event, times)?;
    }
    Ok(ArrowBatches {
        batches,
        layout,
        events: events.into(),
        current: None,
        at: 0,
        line: 1,
        size: size.max(1),
        done: false,
    })
}

/// A table's header: its columns' names.
pub(super) fn header(schema: &SchemaRef) -> TableRow {
    Opened::header(schema.fields().iter().map(|f| f.name().as_str()))
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

/// Record batches cut in [`TableBatch`]es of up to `size` rows, read on
/// the thread that pulls them (decompressed and decoded: the sequential
/// part); their rows become cases where the batches are walked (a worker
/// thread of the pipeline), as CSV batches' rows do.
pub(super) struct ArrowBatches {
    batches: Batches,
    layout: Arc<Layout>,
    events: Arc<[bool]>,
    /// The batch being cut, and the next row of it.
    current: Option<RecordBatch>,
    at: usize,
    /// The line of the last row handed on (the header is line 1).
    line: usize,
    size: usize,
    done: bool,
}

impl Iterator for ArrowBatches {
    type Item = CaseBatch;

    fn next(&mut self) -> Option<CaseBatch> {
        loop {
            if let Some(batch) = &self.current {
                let rows = batch.num_rows().saturating_sub(self.at);
                if rows > 0 {
                    let n = rows.min(self.size);
                    let slice = batch.slice(self.at, n);
                    self.at += n;
                    let first = self.line + 1;
                    self.line += n;
                    return Some(CaseBatch::Table(TableBatch {
                        layout: self.layout.clone(),
                        events: self.events.clone(),
                        batch: slice,
                        first,
                    }));
                }
            }
            if self.done {
                return None;
            }
            match self.batches.next() {
                None => {
                    self.done = true;
                    return None;
                }
                // A corrupt page ends the input, named after the row it
                // stopped before.
                Some(Err(e)) => {
                    self.done = true;
                    let d = Diagnostic::error(Code::UnreadableFile, e);
                    return Some(CaseBatch::Records(vec![failed(self.line + 1, d)]));
                }
                Some(Ok(batch)) => {
                    self.current = Some(batch);
                    self.at = 0;
                }
            }
        }
    }
}

/// How each column of `batch` is read (`events`: whether it is an event
/// column): typed times or text, resolved once for the batch.
pub(super) fn columns<'a>(
    batch: &'a RecordBatch,
    events: &[bool],
) -> Result<Vec<Cells<'a>>, Diagnostic> {
    batch
        .columns()
        .iter()
        .zip(events)
        .map(|(array, &event)| {
            // The schema was checked; a batch is of the schema.
            Cells::of(array, event).ok_or_else(|| {
                Diagnostic::error(
                    Code::UnreadableFile,
                    format!("a batch holds a column of type {}", array.data_type()),
                )
            })
        })
        .collect()
}
