//! `delai check --format parquet|arrow`: records as typed columns
//! ([`delai::clock::arrow`]), a batch of the pipeline at a time, into a
//! Parquet file (Snappy, as pyarrow and DuckDB write) or an Arrow IPC
//! file. Binary output is refused on a terminal.

use delai::clock::arrow::arrow_schema;
use std::io::{IsTerminal, Write};

pub use arrow_array::RecordBatch;

/// A binary output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binary {
    Parquet,
    Arrow,
}

impl Binary {
    /// `--format`'s binary formats.
    pub fn parse(format: &str) -> Option<Binary> {
        match format {
            "parquet" => Some(Binary::Parquet),
            "arrow" => Some(Binary::Arrow),
            _ => None,
        }
    }
}

/// Whether writing `kind` to standard output must be refused: a terminal
/// would show bytes, not records.
pub fn refused_on_terminal(kind: Binary, to_file: bool) -> Option<String> {
    (!to_file && std::io::stdout().is_terminal()).then(|| {
        let name = match kind {
            Binary::Parquet => "parquet",
            Binary::Arrow => "arrow",
        };
        delai::diagnostic::msg::BINARY_ON_TERMINAL.text([&name])
    })
}

/// Where the batches go.
pub enum BinaryWriter {
    Parquet(parquet::arrow::ArrowWriter<Box<dyn Write + Send>>),
    Arrow(arrow_ipc::writer::FileWriter<Box<dyn Write + Send>>),
}

impl BinaryWriter {
    pub fn new(kind: Binary, out: Box<dyn Write + Send>) -> std::io::Result<BinaryWriter> {
        let schema = arrow_schema();
        Ok(match kind {
            Binary::Parquet => {
                use parquet::basic::Compression;
                use parquet::file::properties::WriterProperties;
                let props = WriterProperties::builder()
                    .set_compression(Compression::SNAPPY)
                    .build();
                BinaryWriter::Parquet(
                    parquet::arrow::ArrowWriter::try_new(out, schema, Some(props))
                        .map_err(std::io::Error::other)?,
                )
            }
            Binary::Arrow => BinaryWriter::Arrow(
                arrow_ipc::writer::FileWriter::try_new(out, &schema)
                    .map_err(std::io::Error::other)?,
            ),
        })
    }

    pub fn write(&mut self, batch: &RecordBatch) -> std::io::Result<()> {
        match self {
            BinaryWriter::Parquet(w) => w.write(batch).map_err(parquet_io),
            BinaryWriter::Arrow(w) => w.write(batch).map_err(arrow_io),
        }
    }

    /// Writes the file's footer and flushes.
    pub fn finish(self) -> std::io::Result<()> {
        match self {
            BinaryWriter::Parquet(w) => {
                let mut out = w.into_inner().map_err(parquet_io)?;
                out.flush()
            }
            BinaryWriter::Arrow(mut w) => {
                w.finish().map_err(arrow_io)?;
                w.into_inner().map_err(arrow_io)?.flush()
            }
        }
    }
}

/// An I/O error as itself (a closed pipe stays one), anything else wrapped.
fn parquet_io(e: parquet::errors::ParquetError) -> std::io::Error {
    match e {
        parquet::errors::ParquetError::External(e) => match e.downcast::<std::io::Error>() {
            Ok(io) => *io,
            Err(e) => std::io::Error::other(e),
        },
        e => std::io::Error::other(e),
    }
}

fn arrow_io(e: arrow_schema::ArrowError) -> std::io::Error {
    match e {
        arrow_schema::ArrowError::IoError(_, io) => io,
        e => std::io::Error::other(e),
    }
}
