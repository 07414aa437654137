//! An Arrow column's cells as a CSV file would hold them (text), or as
//! typed times: how a Parquet or Arrow column reaches the row reader.
//!
//! Each column of a batch is resolved once into a [`Cells`] (its type
//! matched once, its arrays borrowed), then read by row index: strings
//! straight from the array's bytes, typed times from its values, no row
//! copied. The rows are read by the CSV row reader through [`CellsRow`]
//! (`Row`), so a table's cells become a case by CSV's rules.

use crate::cases::csv::{Row, TypedTime};
use crate::model::CaseTime;
use arrow_array::cast::AsArray;
use arrow_array::types::{
    Date32Type, Date64Type, Decimal128Type, Decimal256Type, Float16Type, Float32Type, Float64Type,
    Int16Type, Int32Type, Int64Type, Int8Type, TimestampMicrosecondType, TimestampMillisecondType,
    TimestampNanosecondType, TimestampSecondType, UInt16Type, UInt32Type, UInt64Type, UInt8Type,
};
use arrow_array::{Array, ArrayRef, LargeStringArray, StringArray, StringViewArray};
use arrow_buffer::NullBuffer;
use arrow_schema::{DataType, TimeUnit};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use std::io::Write;

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

/// How a column's cells are read, resolved once per batch.
pub(super) enum Cells<'a> {
    /// A column of nulls: every cell empty.
    Empty,
    Utf8(&'a StringArray),
    LargeUtf8(&'a LargeStringArray),
    View(&'a StringViewArray),
    /// Typed times (an event column of timestamps or dates): no text.
    Times(Times<'a>),
    /// Cells whose text is written, not borrowed (numbers, booleans,
    /// decimals, times outside event columns): written once for the batch.
    Written(Written),
    /// A dictionary's cells: each row's key into its values' cells.
    Dictionary {
        keys: Vec<usize>,
        nulls: Option<NullBuffer>,
        values: Box<Cells<'a>>,
    },
}

impl<'a> Cells<'a> {
    /// The cells of `array`: typed times when `event` and the column holds
    /// them, else text (an event column's for the time reader). `None`
    /// for a type no case can carry (the schema was checked first: see
    /// `arrow::check`).
    pub(super) fn of(array: &'a ArrayRef, event: bool) -> Option<Cells<'a>> {
        if event {
            if let Some(times) = Times::of(array) {
                return Some(Cells::Times(times));
            }
        }
        Cells::text(array)
    }

    /// The cells of `array` as text.
    fn text(array: &'a ArrayRef) -> Option<Cells<'a>> {
        use DataType as D;
        Some(match array.data_type() {
            D::Null => Cells::Empty,
            D::Utf8 => Cells::Utf8(array.as_string::<i32>()),
            D::LargeUtf8 => Cells::LargeUtf8(array.as_string::<i64>()),
            D::Utf8View => Cells::View(array.as_string_view()),
            D::Dictionary(_, _) => {
                let dict = array.as_any_dictionary_opt()?;
                let values = dict.values();
                // `normalized_keys` needs values; with none, every key is null.
                let keys = if values.is_empty() {
                    Vec::new()
                } else {
                    dict.normalized_keys()
                };
                Cells::Dictionary {
                    keys,
                    nulls: dict.logical_nulls(),
                    values: Box::new(Cells::text(values)?),
                }
            }
            _ => Cells::Written(Written::of(array)?),
        })
    }

    /// The text of row `i` (empty for a null, and for a typed time).
    #[inline]
    pub(super) fn bytes(&self, i: usize) -> &[u8] {
        fn string<'s>(valid: bool, value: impl FnOnce() -> &'s str) -> &'s [u8] {
            if valid {
                value().as_bytes()
            } else {
                b""
            }
        }
        match self {
            Cells::Utf8(a) => string(a.is_valid(i), || a.value(i)),
            Cells::LargeUtf8(a) => string(a.is_valid(i), || a.value(i)),
            Cells::View(a) => string(a.is_valid(i), || a.value(i)),
            Cells::Written(w) => w.cell(i),
            // Apart, not to make this one recursive: it is inlined in the
            // row reader's loop over cells.
            Cells::Dictionary { .. } => self.entry(i),
            Cells::Empty | Cells::Times(_) => b"",
        }
    }

    /// A dictionary's cell `i`: its key's value.
    fn entry(&self, i: usize) -> &[u8] {
        let Cells::Dictionary {
            keys,
            nulls,
            values,
        } = self
        else {
            return b"";
        };
        if nulls.as_ref().is_some_and(|n| n.is_null(i)) {
            return b"";
        }
        keys.get(i).map_or(b"", |&k| values.bytes(k))
    }

    /// The typed time of row `i` (`None` for text cells and nulls).
    #[inline]
    pub(super) fn time(&self, i: usize) -> Option<TypedTime> {
        match self {
            Cells::Times(t) => t.at(i),
            _ => None,
        }
    }
}

/// A timestamp or date column's values, read as times.
pub(super) struct Times<'a> {
    values: TimeValues<'a>,
    nulls: Option<&'a NullBuffer>,
}

enum TimeValues<'a> {
    /// Timestamps: their unit, and whether they carry a zone.
    Stamps(&'a [i64], TimeUnit, bool),
    /// `Date32`: days since the epoch.
    Days(&'a [i32]),
    /// `Date64`: milliseconds since the epoch.
    Millis(&'a [i64]),
}

impl<'a> Times<'a> {
    fn of(array: &'a ArrayRef) -> Option<Times<'a>> {
        let values = match array.data_type() {
            DataType::Timestamp(unit, tz) => {
                let values: &[i64] = match unit {
                    TimeUnit::Second => array.as_primitive::<TimestampSecondType>().values(),
                    TimeUnit::Millisecond => {
                        array.as_primitive::<TimestampMillisecondType>().values()
                    }
                    TimeUnit::Microsecond => {
                        array.as_primitive::<TimestampMicrosecondType>().values()
                    }
                    TimeUnit::Nanosecond => {
                        array.as_primitive::<TimestampNanosecondType>().values()
                    }
                };
                TimeValues::Stamps(values, *unit, tz.is_some())
            }
            DataType::Date32 => TimeValues::Days(array.as_primitive::<Date32Type>().values()),
            DataType::Date64 => TimeValues::Millis(array.as_primitive::<Date64Type>().values()),
            _ => return None,
        };
        Some(Times {
            values,
            nulls: array.nulls(),
        })
    }

    /// The time of row `i`: `None` for a null, the raw value for one no
    /// date holds.
    #[inline]
    fn at(&self, i: usize) -> Option<TypedTime> {
        if self.nulls.is_some_and(|n| n.is_null(i)) {
            return None;
        }
        Some(match self.values {
            TimeValues::Stamps(v, unit, zoned) => {
                let n = *v.get(i)?;
                timestamp(n, unit, zoned).ok_or_else(|| n.to_string())
            }
            TimeValues::Days(v) => {
                let n = *v.get(i)?;
                days(n).map(CaseTime::Local).ok_or_else(|| n.to_string())
            }
            TimeValues::Millis(v) => {
                let n = *v.get(i)?;
                DateTime::from_timestamp_millis(n)
                    .map(|t| CaseTime::Local(t.naive_utc()))
                    .ok_or_else(|| n.to_string())
            }
        })
    }
}

/// A column's cells written as text, one after the other (CSV's layout).
pub(super) struct Written {
    bytes: Vec<u8>,
    /// Where each cell ends in `bytes`.
    ends: Vec<usize>,
}

impl Written {
    /// The text a CSV export would hold in each cell of `array`: numbers
    /// in their shortest form (`7`, `1.5`), booleans `true` / `false`,
    /// dates `2025-06-20 00:00:00`, timestamps `2025-06-20 10:00:00` (RFC
    /// 3339 with `+00:00` when zoned); nothing for a null. `None` for a
    /// type no case can carry.
    fn of(array: &ArrayRef) -> Option<Written> {
        let mut out = Written {
            bytes: Vec::new(),
            ends: Vec::with_capacity(array.len()),
        };
        macro_rules! each {
            ($a:expr, |$i:ident, $v:ident, $bytes:ident| $write:expr) => {{
                let a = $a;
                for $i in 0..a.len() {
                    if a.is_valid($i) {
                        let $v = a.value($i);
                        let $bytes = &mut out.bytes;
                        $write;
                    }
                    out.ends.push(out.bytes.len());
                }
            }};
        }
        macro_rules! display {
            ($t:ty) => {
                each!(array.as_primitive::<$t>(), |_i, v, bytes| {
                    let _ = write!(bytes, "{v}");
                })
            };
        }
        use DataType as D;
        match array.data_type() {
            D::Boolean => each!(array.as_boolean(), |_i, v, bytes| bytes
                .extend_from_slice(if v { b"true" } else { b"false" })),
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
            D::Decimal128(_, _) => {
                let a = array.as_primitive::<Decimal128Type>();
                each!(a, |i, _v, bytes| bytes
                    .extend_from_slice(a.value_as_string(i).as_bytes()))
            }
            D::Decimal256(_, _) => {
                let a = array.as_primitive::<Decimal256Type>();
                each!(a, |i, _v, bytes| bytes
                    .extend_from_slice(a.value_as_string(i).as_bytes()))
            }
            D::Timestamp(_, _) | D::Date32 | D::Date64 => {
                let times = Times::of(array)?;
                for i in 0..array.len() {
                    match times.at(i) {
                        Some(Ok(CaseTime::Local(t))) => {
                            let _ = write!(out.bytes, "{}", t.format("%Y-%m-%d %H:%M:%S%.f"));
                        }
                        Some(Ok(CaseTime::Fixed(t))) => {
                            out.bytes.extend_from_slice(t.to_rfc3339().as_bytes());
                        }
                        // Outside any date: the value itself, not lost.
                        Some(Err(raw)) => out.bytes.extend_from_slice(raw.as_bytes()),
                        None => {}
                    }
                    out.ends.push(out.bytes.len());
                }
            }
            _ => return None,
        }
        Some(out)
    }

    fn cell(&self, i: usize) -> &[u8] {
        let Some(&end) = self.ends.get(i) else {
            return b"";
        };
        let start = match i {
            0 => 0,
            _ => self.ends[i - 1],
        };
        self.bytes.get(start..end).unwrap_or_default()
    }
}

/// Row `i` of a batch's columns, read in place by the CSV row reader.
pub(super) struct CellsRow<'r, 'a> {
    pub(super) columns: &'r [Cells<'a>],
    pub(super) i: usize,
}

impl CellsRow<'_, '_> {
    /// Whether every cell is empty (or spaces) and none is a time: such a
    /// row gives no record, as in CSV.
    pub(super) fn is_blank(&self) -> bool {
        self.columns.iter().all(|c| {
            c.time(self.i).is_none() && c.bytes(self.i).iter().all(u8::is_ascii_whitespace)
        })
    }
}

impl Row for CellsRow<'_, '_> {
    const TYPED: bool = true;
    fn len(&self) -> usize {
        self.columns.len()
    }
    fn get(&self, j: usize) -> Option<&[u8]> {
        self.columns.get(j).map(|c| c.bytes(self.i))
    }
    fn cells(&self) -> impl Iterator<Item = &[u8]> {
        self.columns.iter().map(|c| c.bytes(self.i))
    }
    fn time(&self, j: usize) -> Option<TypedTime> {
        self.columns.get(j)?.time(self.i)
    }
}
