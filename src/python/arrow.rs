//! Cases in as Arrow IPC bytes, records out as Arrow IPC bytes: read by
//! the table reader (`crate::cases`, as `delai check cases.arrow`),
//! judged on every core, gathered by the record columns of
//! `delai check --format arrow` ([`crate::clock::arrow`]).

use crate::clock::arrow::{arrow_schema, RecordColumns};
use crate::clock::schema::ColumnKind;
use crate::clock::Record;
use crate::diagnostic::{Code, Diagnostic};
use crate::ffi::{self, TimeInput};
use crate::Rules;
use arrow_ipc::writer::StreamWriter;
use std::path::Path;

/// The name of a column kind in the Python layer.
pub(super) fn kind_name(kind: ColumnKind) -> &'static str {
    match kind {
        ColumnKind::Text => "text",
        ColumnKind::Status => "status",
        ColumnKind::Unit => "unit",
        ColumnKind::Time => "time",
        ColumnKind::Amount => "amount",
        ColumnKind::Count => "count",
    }
}

/// The records of the table `table` (Arrow IPC), as an Arrow IPC stream.
/// An error that concerns the whole table rather than one row (it cannot
/// be read, a column's type cannot hold what its role needs, the header
/// has no `id` column) is the call's error: a program hands a table, and
/// every row failing for one reason is a mistake to raise, not to count.
pub(super) fn check(
    rules: &Rules,
    table: &[u8],
    as_of: Option<String>,
) -> Result<Vec<u8>, Diagnostic> {
    let as_of = ffi::as_of(rules, as_of.map(TimeInput::Text).as_ref())?;
    let options = crate::cases::ReadOptions::default();
    // The name says the format: the bytes are Arrow, never text.
    let (batches, _) = rules
        .read_case_batches_with(
            table,
            Some(Path::new("cases.arrow")),
            crate::BATCH,
            &options,
        )
        .map_err(|e| Diagnostic::error(Code::UnreadableFile, e.to_string()))?;
    let internal = |e: arrow_schema::ArrowError| Diagnostic::error(Code::Internal, e.to_string());
    let mut out = Vec::new();
    let mut writer = StreamWriter::try_new(&mut out, &arrow_schema()).map_err(internal)?;
    let judge = |batch: crate::JudgedBatch| {
        let mut columns = RecordColumns::new();
        let mut whole = None;
        batch.for_each(|_, judged| {
            for record in judged {
                if whole.is_none() {
                    whole = about_the_table(record);
                }
                columns.push(record);
            }
        });
        match whole {
            Some(d) => Err(d),
            None => columns.finish().map_err(internal),
        }
    };
    rules.check_batches(batches, as_of, 0, judge, |batch| {
        writer.write(&batch?).map_err(internal)
    })?;
    writer.finish().map_err(internal)?;
    drop(writer);
    Ok(out)
}

/// An Arrow IPC stream of the record schema and no batch.
pub(super) fn schema_only() -> Vec<u8> {
    let mut out = Vec::new();
    // Writing to memory: a schema message cannot fail to be written.
    if let Ok(mut writer) = StreamWriter::try_new(&mut out, &arrow_schema()) {
        let _ = writer.finish();
    }
    out
}

/// The diagnostic of an error record about the whole table: one at the
/// header's line (the table could not be opened, or a column's type is
/// refused), or a missing `id` column (a missing id cell names its field).
fn about_the_table(record: &Record) -> Option<Diagnostic> {
    let Record::Error(e) = record else {
        return None;
    };
    let header = e.line == Some(1);
    let no_id_column = e.error.code == Code::MissingId.as_str() && e.error.field.is_none();
    (header || no_id_column).then(|| {
        // The codes of errors about a whole table, kept as the reader gave them.
        let code = [Code::MissingId, Code::BadTime, Code::BadCsv]
            .into_iter()
            .find(|c| c.as_str() == e.error.code)
            .unwrap_or(Code::UnreadableFile);
        let d = Diagnostic::error(code, e.error.message.clone());
        match &e.error.field {
            Some(field) => d.field(field.clone()),
            None => d,
        }
    })
}
