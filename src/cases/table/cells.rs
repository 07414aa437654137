//! An Arrow column's cells as a CSV file would hold them (text), or as
//! typed times: how a Parquet or Arrow column reaches the row reader.

use crate::model::CaseTime;
use arrow_array::cast::AsArray;
use arrow_array::types::{
    Date32Type, Date64Type, Decimal128Type, Decimal256Type, Float16Type, Float32Type, Float64Type,
    Int16Type, Int32Type, Int64Type, Int8Type, TimestampMicrosecondType, TimestampMillisecondType,
    TimestampNanosecondType, TimestampSecondType, UInt16Type, UInt32Type, UInt64Type, UInt8Type,
};
use arrow_array::{Array, ArrayRef, PrimitiveArray};
use arrow_schema::{DataType, TimeUnit};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use std::io::Write;

/// Appends the text of row `i` (nothing for a null).
pub(super) type TextCell = Box<dyn Fn(usize, &mut Vec<u8>) + Send>;
/// The time of row `i` (`None` for a null).
pub(super) type TimeCell = Box<dyn Fn(usize) -> Option<CaseTime> + Send>;

/// How a column's cells are read.
pub(super) enum Cells {
    Text(TextCell),
    Time(TimeCell),
}

/// What a column of type `t` is, for the messages: whether it can be an
/// event column, and read how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A timestamp or a date: typed times.
    Time,
    /// Text: read by the time reader as CSV's cells.
    Text,
    /// Whole numbers: times only as epoch numbers (`--epoch`).
    Integer,
    /// Other numbers, booleans: never a time.
    Other,
    /// Nothing a case can carry (lists, structs, binary).
    Unsupported,
}

pub(super) fn kind(t: &DataType) -> Kind {
    use DataType as D;
    match t {
        D::Timestamp(_, _) | D::Date32 | D::Date64 => Kind::Time,
        D::Utf8 | D::LargeUtf8 | D::Utf8View | D::Null => Kind::Text,
        D::Dictionary(_, v) => match kind(v) {
            Kind::Time => Kind::Other,
            k => k,
        },
        D::Int8 | D::Int16 | D::Int32 | D::Int64 | D::UInt8 | D::UInt16 | D::UInt32 | D::UInt64 => {
            Kind::Integer
        }
        D::Float16
        | D::Float32
        | D::Float64
        | D::Boolean
        | D::Decimal128(_, _)
        | D::Decimal256(_, _) => Kind::Other,
        _ => Kind::Unsupported,
    }
}

/// The cells of an event column: typed times when the column holds them,
/// else text (for the time reader). `None` for a type that cannot hold a
/// time (checked on the schema first: see `arrow::check`).
pub(super) fn event_cells(array: &ArrayRef) -> Option<Cells> {
    match time_cells(array) {
        Some(t) => Some(Cells::Time(t)),
        None => text_cells(array).map(Cells::Text),
    }
}

/// The instant `n` `unit`s after the Unix epoch.
fn instant(n: i64, unit: TimeUnit) -> Option<DateTime<Utc>> {
    match unit {
        TimeUnit::Second => DateTime::from_timestamp(n, 0),
        TimeUnit::Millisecond => DateTime::from_timestamp_millis(n),
        TimeUnit::Microsecond => DateTime::from_timestamp_micros(n),
        TimeUnit::Nanosecond => Some(DateTime::from_timestamp_nanos(n)),
    }
}

/// A timestamp: with a zone an instant, without one a wall-clock time
/// (Arrow's and Parquet's own meaning of a timestamp without zone).
fn timestamp(n: i64, unit: TimeUnit, zoned: bool) -> Option<CaseTime> {
    let at = instant(n, unit)?;
    Some(if zoned {
        CaseTime::Fixed(at.fixed_offset())
    } else {
        CaseTime::Local(at.naive_utc())
    })
}

fn days(n: i32) -> Option<NaiveDateTime> {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)?;
    epoch
        .checked_add_signed(chrono::Duration::try_days(i64::from(n))?)
        .map(|d| d.and_time(chrono::NaiveTime::MIN))
}

/// Typed times, for a timestamp or date column.
fn time_cells(array: &ArrayRef) -> Option<TimeCell> {
    macro_rules! stamps {
        ($t:ty, $unit:expr, $zoned:expr) => {{
            let a: PrimitiveArray<$t> = array.as_primitive::<$t>().clone();
            let zoned = $zoned;
            Some(Box::new(move |i| {
                a.is_valid(i)
                    .then(|| timestamp(a.value(i), $unit, zoned))
                    .flatten()
            }))
        }};
    }
    match array.data_type() {
        DataType::Timestamp(unit, tz) => {
            let zoned = tz.is_some();
            match unit {
                TimeUnit::Second => stamps!(TimestampSecondType, TimeUnit::Second, zoned),
                TimeUnit::Millisecond => {
                    stamps!(TimestampMillisecondType, TimeUnit::Millisecond, zoned)
                }
                TimeUnit::Microsecond => {
                    stamps!(TimestampMicrosecondType, TimeUnit::Microsecond, zoned)
                }
                TimeUnit::Nanosecond => {
                    stamps!(TimestampNanosecondType, TimeUnit::Nanosecond, zoned)
                }
            }
        }
        DataType::Date32 => {
            let a = array.as_primitive::<Date32Type>().clone();
            Some(Box::new(move |i| {
                a.is_valid(i)
                    .then(|| days(a.value(i)).map(CaseTime::Local))
                    .flatten()
            }))
        }
        DataType::Date64 => {
            let a = array.as_primitive::<Date64Type>().clone();
            Some(Box::new(move |i| {
                a.is_valid(i)
                    .then(|| {
                        DateTime::from_timestamp_millis(a.value(i))
                            .map(|t| CaseTime::Local(t.naive_utc()))
                    })
                    .flatten()
            }))
        }
        _ => None,
    }
}

/// The text a CSV export would hold in each cell: strings as they are,
/// numbers in their shortest form (`7`, `1.5`), booleans `true` /
/// `false`, dates `2025-06-20`, timestamps `2025-06-20 10:00:00` (with
/// `+00:00` when zoned). `None` for a type no case can carry.
pub(super) fn text_cells(array: &ArrayRef) -> Option<TextCell> {
    macro_rules! display {
        ($t:ty) => {{
            let a = array.as_primitive::<$t>().clone();
            Some(Box::new(move |i, out: &mut Vec<u8>| {
                if a.is_valid(i) {
                    let _ = write!(out, "{}", a.value(i));
                }
            }))
        }};
    }
    macro_rules! decimal {
        ($t:ty) => {{
            let a = array.as_primitive::<$t>().clone();
            Some(Box::new(move |i, out: &mut Vec<u8>| {
                if a.is_valid(i) {
                    out.extend_from_slice(a.value_as_string(i).as_bytes());
                }
            }))
        }};
    }
    macro_rules! strings {
        ($a:expr) => {{
            let a = $a.clone();
            Some(Box::new(move |i, out: &mut Vec<u8>| {
                if a.is_valid(i) {
                    out.extend_from_slice(a.value(i).as_bytes());
                }
            }))
        }};
    }
    use DataType as D;
    match array.data_type() {
        D::Null => Some(Box::new(|_, _| {})),
        D::Utf8 => strings!(array.as_string::<i32>()),
        D::LargeUtf8 => strings!(array.as_string::<i64>()),
        D::Utf8View => strings!(array.as_string_view()),
        D::Boolean => {
            let a = array.as_boolean().clone();
            Some(Box::new(move |i, out: &mut Vec<u8>| {
                if a.is_valid(i) {
                    out.extend_from_slice(if a.value(i) { b"true" } else { b"false" });
                }
            }))
        }
        D::Int8 => display!(Int8Type),
        D::Int16 => display!(Int16Type),
        D::Int32 => display!(Int32Type),
        D::Int64 => display!(Int64Type),
        D::UInt8 => display!(UInt8Type),
        D::UInt16 => display!(UInt16Type),
        D::UInt32 => display!(UInt32Type),
        D::UInt64 => display!(UInt64Type),
        D::Float16 => display!(Float16Type),
        D::Float32 => display!(Float32Type),
        D::Float64 => display!(Float64Type),
        D::Decimal128(_, _) => decimal!(Decimal128Type),
        D::Decimal256(_, _) => decimal!(Decimal256Type),
        D::Timestamp(_, _) | D::Date32 | D::Date64 => {
            let times = time_cells(array)?;
            Some(Box::new(move |i, out: &mut Vec<u8>| match times(i) {
                Some(CaseTime::Local(t)) => {
                    let _ = write!(out, "{}", t.format("%Y-%m-%d %H:%M:%S%.f"));
                }
                Some(CaseTime::Fixed(t)) => {
                    out.extend_from_slice(t.to_rfc3339().as_bytes());
                }
                None => {}
            }))
        }
        D::Dictionary(_, _) => {
            let dict = array.as_any_dictionary_opt()?;
            let values = dict.values().clone();
            let text = text_cells(&values)?;
            // `normalized_keys` needs values; with none, every key is null.
            let keys = if values.is_empty() {
                Vec::new()
            } else {
                dict.normalized_keys()
            };
            let nulls = dict.logical_nulls();
            Some(Box::new(move |i, out: &mut Vec<u8>| {
                if nulls.as_ref().is_some_and(|n| n.is_null(i)) {
                    return;
                }
                if let Some(&k) = keys.get(i) {
                    text(k, out);
                }
            }))
        }
        _ => None,
    }
}
