//! Check records as Arrow columns, for the Parquet and Arrow IPC writers
//! (`delai check --format parquet|arrow`). The schema is derived from the
//! record's one description ([`super::schema::COLUMNS`]), one column per
//! field, typed by its [`ColumnKind`]:
//!
//! | kind | Arrow type |
//! |------|------------|
//! | text (id, standard, calendar, error fields) | `Utf8` |
//! | status, unit | `Dictionary(UInt8, Utf8)` |
//! | time | `Timestamp(Microsecond, "UTC")`: the instant |
//! | amount | `Float64`, in the record's unit ([`Quantity::wire`]) |
//! | count (tier, line) | `Int64` |
//!
//! A column may be null unless every kind of record has a value in it
//! (`status`: an error record's reads `error`, as in CSV).

use super::schema::{self, Column, ColumnKind, Presence, Visit};
use super::{Quantity, Record};
use crate::model::{Status, Unit};
use arrow_array::builder::{
    Float64Builder, Int64Builder, StringBuilder, StringDictionaryBuilder,
    TimestampMicrosecondBuilder,
};
use arrow_array::types::UInt8Type;
use arrow_array::{ArrayRef, RecordBatch, StringArray};
use arrow_schema::{ArrowError, DataType, Field, Schema, SchemaRef, TimeUnit};
use chrono::{DateTime, FixedOffset};
use std::sync::Arc;

/// The Arrow type of a column of `kind`.
pub fn data_type(kind: ColumnKind) -> DataType {
    match kind {
        ColumnKind::Text => DataType::Utf8,
        ColumnKind::Status | ColumnKind::Unit => {
            DataType::Dictionary(Box::new(DataType::UInt8), Box::new(DataType::Utf8))
        }
        ColumnKind::Time => DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
        ColumnKind::Amount => DataType::Float64,
        ColumnKind::Count => DataType::Int64,
    }
}

/// Whether every record has a value in `column`.
fn always(column: &Column) -> bool {
    column.result == Presence::Always
        && matches!(column.error, Presence::Always | Presence::FlatOnly)
}

/// The schema of check records: every field of [`schema::COLUMNS`], in
/// order.
pub fn arrow_schema() -> SchemaRef {
    Arc::new(Schema::new(
        schema::COLUMNS
            .iter()
            .map(|c| Field::new(c.name, data_type(c.kind), !always(c)))
            .collect::<Vec<_>>(),
    ))
}

enum Builder {
    Text(StringBuilder),
    Dictionary(StringDictionaryBuilder<UInt8Type>),
    Time(TimestampMicrosecondBuilder),
    Amount(Float64Builder),
    Count(Int64Builder),
}

impl Builder {
    fn new(kind: ColumnKind) -> Builder {
        match kind {
            ColumnKind::Text => Builder::Text(StringBuilder::new()),
            ColumnKind::Status => {
                Builder::dictionary(Status::ALL.iter().map(|s| s.id()).chain(["error"]))
            }
            ColumnKind::Unit => Builder::dictionary(Unit::ALL.iter().map(|u| u.id())),
            ColumnKind::Time => {
                Builder::Time(TimestampMicrosecondBuilder::new().with_timezone("UTC"))
            }
            ColumnKind::Amount => Builder::Amount(Float64Builder::new()),
            ColumnKind::Count => Builder::Count(Int64Builder::new()),
        }
    }

    /// A dictionary holding every value of the column from the start, in
    /// the same order in every batch: an Arrow IPC file refuses a
    /// dictionary that changes from one batch to the next.
    fn dictionary<'a>(values: impl Iterator<Item = &'a str>) -> Builder {
        let values = StringArray::from_iter_values(values);
        match StringDictionaryBuilder::new_with_dictionary(0, &values) {
            Ok(b) => Builder::Dictionary(b),
            // Fewer values than a UInt8 key can number: cannot fail.
            Err(_) => Builder::Dictionary(StringDictionaryBuilder::new()),
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Text(b) => Arc::new(b.finish()),
            Builder::Dictionary(b) => Arc::new(b.finish()),
            Builder::Time(b) => Arc::new(b.finish()),
            Builder::Amount(b) => Arc::new(b.finish()),
            Builder::Count(b) => Arc::new(b.finish()),
        }
    }
}

fn new_builders() -> Vec<Builder> {
    schema::COLUMNS
        .iter()
        .map(|c| Builder::new(c.kind))
        .collect()
}

/// Check records gathered into Arrow columns, a batch at a time.
pub struct RecordColumns {
    schema: SchemaRef,
    builders: Vec<Builder>,
    /// The column the next visited value goes to.
    at: usize,
    rows: usize,
}

impl Default for RecordColumns {
    fn default() -> Self {
        RecordColumns::new()
    }
}

impl RecordColumns {
    /// No records yet.
    pub fn new() -> RecordColumns {
        RecordColumns {
            schema: arrow_schema(),
            builders: new_builders(),
            at: 0,
            rows: 0,
        }
    }

    /// Records gathered since the last batch.
    pub fn len(&self) -> usize {
        self.rows
    }

    /// Whether no record was gathered since the last batch.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Adds a record, one value per column.
    pub fn push(&mut self, record: &Record) {
        self.at = 0;
        schema::visit(record, self);
        self.rows += 1;
    }

    /// The records gathered, as one batch; the columns start again empty.
    pub fn finish(&mut self) -> Result<RecordBatch, ArrowError> {
        let columns = self.builders.iter_mut().map(Builder::finish).collect();
        // Fresh builders: the dictionaries start again from their values.
        self.builders = new_builders();
        self.rows = 0;
        RecordBatch::try_new(self.schema.clone(), columns)
    }

    /// The builder of the column being visited, and moves on.
    fn next(&mut self) -> &mut Builder {
        let i = self.at;
        self.at += 1;
        &mut self.builders[i]
    }
}

/// The text of a column of `builder`'s kind (text, status or unit).
fn push_text(builder: &mut Builder, value: Option<&str>) {
    match builder {
        Builder::Text(b) => b.append_option(value),
        Builder::Dictionary(b) => b.append_option(value),
        // The description's kinds and the builders are made together.
        _ => unreachable!("a text value for a column that is not text"),
    }
}

impl Visit for RecordColumns {
    fn text(&mut self, _: &'static Column, value: Option<&str>) {
        push_text(self.next(), value);
    }

    fn status(&mut self, column: &'static Column, value: Option<Status>) {
        let text = match value {
            Some(s) => Some(s.id()),
            None if column.error == Presence::FlatOnly => Some("error"),
            None => None,
        };
        push_text(self.next(), text);
    }

    fn time(&mut self, _: &'static Column, value: Option<&DateTime<FixedOffset>>) {
        if let Builder::Time(b) = self.next() {
            b.append_option(value.map(|t| t.timestamp_micros()));
        }
    }

    fn amount(&mut self, _: &'static Column, value: Option<&Quantity>) {
        if let Builder::Amount(b) = self.next() {
            // As every writer carries it (rounded to the thousandth).
            b.append_option(value.map(|q| q.wire().map_or_else(|r| r, |n| n as f64)));
        }
    }

    fn unit(&mut self, _: &'static Column, value: Option<Unit>) {
        push_text(self.next(), value.map(Unit::id));
    }

    fn count(&mut self, _: &'static Column, value: Option<usize>) {
        if let Builder::Count(b) = self.next() {
            b.append_option(value.map(|n| i64::try_from(n).unwrap_or(i64::MAX)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_of_the_description_is_a_column() {
        let schema = arrow_schema();
        let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
        assert_eq!(names, schema::header().collect::<Vec<_>>());
        for (field, column) in schema.fields().iter().zip(schema::COLUMNS.iter()) {
            assert_eq!(
                field.data_type(),
                &data_type(column.kind),
                "{}",
                column.name
            );
        }
        let status = schema.field_with_name("status").unwrap();
        assert_eq!(
            schema.fields().len(),
            schema::COLUMNS.len(),
            "one column per field"
        );
        assert!(
            !status.is_nullable(),
            "an error record's status reads `error`"
        );
        assert!(schema.field_with_name("due").unwrap().is_nullable());
    }
}
