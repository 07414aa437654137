//! Cases in as Arrow IPC bytes, records out as Arrow IPC bytes: read by
//! the table reader (`crate::cases`, as `delai check cases.arrow`),
//! judged on every core, gathered by the record columns of
//! `delai check --format arrow` ([`crate::clock::arrow`]).

use crate::cases::CaseRecord;
use crate::clock::arrow::{arrow_schema, RecordColumns};
use crate::clock::schema::ColumnKind;
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
/// An error the case reader says is the whole table's rather than a row's
/// (it cannot be read, a column's type cannot hold what its role needs,
/// the header has no `id` column) is the call's error: a program hands a
/// table, and every row failing for one reason is a mistake to raise,
/// not to count.
pub(super) fn check(
    rules: &Rules,
    table: &[u8],
    as_of: Option<String>,
) -> Result<Vec<u8>, Diagnostic> {
    let as_of = ffi::as_of(rules, as_of.map(TimeInput::Text).as_ref())?;
    let batches = read(rules, table)?;
    let internal = |e: arrow_schema::ArrowError| Diagnostic::error(Code::Internal, e.to_string());
    let mut out = Vec::new();
    let mut writer = StreamWriter::try_new(&mut out, &arrow_schema()).map_err(internal)?;
    let judge = |batch: crate::JudgedBatch| {
        let mut columns = RecordColumns::new();
        let mut whole = None;
        batch.for_each(|case, judged| {
            whole = whole.take().or_else(|| of_the_table(case));
            for record in judged {
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

/// The counts of the table `table` (Arrow IPC) for a report by `by`
/// periods of a year from `year_start`, as [`crate::report::Tally`] JSON: one part of a report whose
/// parts [`crate::ffi::merge_reports`] adds up. Whole-table errors are
/// the call's, as in [`check`].
pub(super) fn tally(
    rules: &Rules,
    table: &[u8],
    as_of: Option<String>,
    (by, year_start): (Option<&str>, Option<&str>),
) -> Result<String, Diagnostic> {
    let as_of = ffi::as_of(rules, as_of.map(TimeInput::Text).as_ref())?;
    let by = ffi::periods(by, year_start)?;
    let batches = read(rules, table)?;
    let judge = |batch: crate::JudgedBatch| {
        let mut whole = None;
        batch.for_each(|case, _| whole = whole.take().or_else(|| of_the_table(case)));
        whole
    };
    let counted = rules.tally_batches(batches, as_of, by, 0, judge, |whole| match whole {
        Some(d) => Err(d),
        None => Ok(()),
    })?;
    serde_json::to_string(&counted.tally())
        .map_err(|e| Diagnostic::error(Code::Internal, e.to_string()))
}

/// The batches of cases of an Arrow IPC stream or file, read as `delai
/// check cases.arrow` reads them.
fn read<'a>(
    rules: &Rules,
    table: &'a [u8],
) -> Result<impl Iterator<Item = crate::cases::CaseBatch> + Send + 'a, Diagnostic> {
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
    Ok(batches)
}

/// The diagnostic of a record the case reader says is about the whole
/// table ([`crate::cases::CaseError::whole_table`]).
fn of_the_table(case: &CaseRecord) -> Option<Diagnostic> {
    match &case.case {
        Err(e) if e.whole_table => Some(e.diagnostic.clone()),
        _ => None,
    }
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
