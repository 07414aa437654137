//! Reading cases: the same generated cases from CSV and from Parquet
//! (event columns as typed timestamps, or as text), every record read
//! (`Rules::read_cases`, one thread). Custom harness, as `check_many`.
//!
//! `cargo bench --bench read_tables [-- N]` (default 1 000 000 cases, 5
//! runs, medians); under `cargo test --benches`, one quick run of 10 000.

use arrow_array::{ArrayRef, RecordBatch, StringArray, TimestampMicrosecondArray};
use arrow_schema::{DataType, Field, Schema, TimeUnit};
use delai::model::{Case, CaseTime};
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

mod common;

/// Attribute and event columns of the cases, in a fixed order.
fn columns(cases: &[Case], events: &[String]) -> Vec<String> {
    let mut attributes: Vec<String> = cases
        .iter()
        .flat_map(|c| c.attributes.keys().cloned())
        .collect();
    attributes.sort();
    attributes.dedup();
    attributes
        .into_iter()
        .chain(events.iter().cloned())
        .collect()
}

/// The first time of event `name` in `case`.
fn time_of(case: &Case, name: &str) -> Option<chrono::NaiveDateTime> {
    case.events
        .iter()
        .find(|e| e.name == name)
        .map(|e| match e.at {
            CaseTime::Local(t) => t,
            CaseTime::Fixed(t) => t.naive_utc(),
        })
}

fn cell(case: &Case, name: &str, events: &[String]) -> Option<String> {
    if events.iter().any(|e| e == name) {
        time_of(case, name).map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
    } else {
        case.attributes.get(name).map(|v| match v {
            delai::model::Value::Str(s) => s.clone(),
            other => format!("{other:?}"),
        })
    }
}

fn csv_text(cases: &[Case], names: &[String], events: &[String]) -> Vec<u8> {
    let mut out = format!("id,{}\n", names.join(",")).into_bytes();
    for c in cases {
        out.extend_from_slice(c.id.as_bytes());
        for n in names {
            out.push(b',');
            if let Some(v) = cell(c, n, events) {
                out.extend_from_slice(v.as_bytes());
            }
        }
        out.push(b'\n');
    }
    out
}

fn parquet(cases: &[Case], names: &[String], events: &[String], typed: bool) -> Vec<u8> {
    let mut fields = vec![Field::new("id", DataType::Utf8, false)];
    for n in names {
        let t = if typed && events.contains(n) {
            DataType::Timestamp(TimeUnit::Microsecond, None)
        } else {
            DataType::Utf8
        };
        fields.push(Field::new(n, t, true));
    }
    let schema = Arc::new(Schema::new(fields));
    let props = parquet::file::properties::WriterProperties::builder()
        .set_compression(parquet::basic::Compression::SNAPPY)
        .build();
    let mut out = Vec::new();
    let mut w =
        parquet::arrow::ArrowWriter::try_new(&mut out, schema.clone(), Some(props)).unwrap();
    for chunk in cases.chunks(65_536) {
        let mut columns: Vec<ArrayRef> = vec![Arc::new(StringArray::from_iter_values(
            chunk.iter().map(|c| c.id.as_str()),
        ))];
        for n in names {
            if typed && events.contains(n) {
                columns.push(Arc::new(TimestampMicrosecondArray::from_iter(
                    chunk
                        .iter()
                        .map(|c| time_of(c, n).map(|t| t.and_utc().timestamp_micros())),
                )));
            } else {
                columns.push(Arc::new(StringArray::from_iter(
                    chunk.iter().map(|c| cell(c, n, events)),
                )));
            }
        }
        w.write(&RecordBatch::try_new(schema.clone(), columns).unwrap())
            .unwrap();
    }
    w.close().unwrap();
    out
}

/// Median seconds to read every record of `bytes` (named `name`, for the
/// format), and the number of cases read.
fn read(rules: &delai::Rules, name: &str, bytes: &[u8], runs: usize) -> (f64, usize) {
    let mut times = Vec::new();
    let mut cases = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let (records, _) = rules.read_cases(bytes, Some(Path::new(name))).unwrap();
        cases = records.filter(|r| r.case.is_ok()).count();
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], cases)
}

fn main() {
    let bench = common::benching();
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(if bench { 1_000_000 } else { 10_000 });
    let runs = if bench { 5 } else { 1 };
    let rules = common::city();
    let cases = common::city_cases(n);
    let events = rules.event_names();
    let names = columns(&cases, &events);
    let inputs = [
        ("cases.csv", "CSV", csv_text(&cases, &names, &events)),
        (
            "cases.parquet",
            "Parquet, typed timestamps",
            parquet(&cases, &names, &events, true),
        ),
        (
            "cases.parquet",
            "Parquet, times as text",
            parquet(&cases, &names, &events, false),
        ),
    ];
    let mut csv_time = None;
    for (name, what, bytes) in &inputs {
        let (t, read) = read(&rules, name, bytes, runs);
        assert_eq!(read, n, "{what}: every case read");
        let base = *csv_time.get_or_insert(t);
        println!(
            "read_tables: {what}: {n} cases, {:.1} MB, median of {runs}: {:.3} s = {:.0} ns/case = {:.2} M cases/s ({:.2} × CSV's time)",
            bytes.len() as f64 / 1e6,
            t,
            t * 1e9 / n as f64,
            n as f64 / t / 1e6,
            t / base,
        );
    }
}
