//! Reading cases: the same generated cases from CSV, from Parquet (event
//! columns as typed timestamps, or as text) and from Arrow IPC, every
//! record read (`Rules::read_cases`, one thread); each input's records are
//! first checked equal to the CSV file's, one by one. Custom harness, as `check_many`.
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

/// The cases as record batches of up to 65,536 rows, the event columns
/// typed (`Timestamp(µs)`) or text.
fn batches(cases: &[Case], names: &[String], events: &[String], typed: bool) -> Vec<RecordBatch> {
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
    let mut batches = Vec::new();
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
        batches.push(RecordBatch::try_new(schema.clone(), columns).unwrap());
    }
    batches
}

/// A Parquet file of `batches` (Snappy, a row group per batch).
fn parquet(batches: &[RecordBatch]) -> Vec<u8> {
    let props = parquet::file::properties::WriterProperties::builder()
        .set_compression(parquet::basic::Compression::SNAPPY)
        .build();
    let mut out = Vec::new();
    let mut w =
        parquet::arrow::ArrowWriter::try_new(&mut out, batches[0].schema(), Some(props)).unwrap();
    for b in batches {
        w.write(b).unwrap();
    }
    w.close().unwrap();
    out
}

/// An Arrow IPC file of `batches` (uncompressed).
fn arrow_file(batches: &[RecordBatch]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut w = arrow_ipc::writer::FileWriter::try_new(&mut out, &batches[0].schema()).unwrap();
    for b in batches {
        w.write(b).unwrap();
    }
    w.finish().unwrap();
    drop(w);
    out
}

/// Median seconds to read every record of `bytes` (named `name`, for the
/// format), and the number of cases read.
fn read(rules: &delai::Rules, name: &str, bytes: &[u8], runs: usize) -> (f64, usize) {
    let mut times = Vec::new();
    let mut cases = 0;
    for _ in 0..runs {
        let t = Instant::now();
        cases = records(rules, name, bytes)
            .filter(|r| r.case.is_ok())
            .count();
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], cases)
}

/// Every record of `bytes` (named `name`, for the format).
fn records<'a>(
    rules: &delai::Rules,
    name: &str,
    bytes: &'a [u8],
) -> Box<dyn Iterator<Item = delai::cases::CaseRecord> + 'a> {
    rules.read_cases(bytes, Some(Path::new(name))).unwrap().0
}

/// Asserts that `input` gives the records of `csv`, one by one (not
/// timed; neither is held whole).
fn same_records(rules: &delai::Rules, csv: &(&str, &str, Vec<u8>), input: (&str, &str, &Vec<u8>)) {
    let (name, what, bytes) = input;
    let mut want = records(rules, csv.0, &csv.2);
    let mut got = records(rules, name, bytes);
    let mut n = 0;
    loop {
        match (want.next(), got.next()) {
            (None, None) => break,
            (w, g) => assert_eq!(g, w, "{what}: record {n} differs from the CSV file's"),
        }
        n += 1;
    }
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
    let typed = batches(&cases, &names, &events, true);
    let text = batches(&cases, &names, &events, false);
    let inputs = [
        ("cases.csv", "CSV", csv_text(&cases, &names, &events)),
        (
            "cases.parquet",
            "Parquet, typed timestamps",
            parquet(&typed),
        ),
        ("cases.parquet", "Parquet, times as text", parquet(&text)),
        (
            "cases.arrow",
            "Arrow IPC, typed timestamps",
            arrow_file(&typed),
        ),
    ];
    let mut csv_time = None;
    for (i, (name, what, bytes)) in inputs.iter().enumerate() {
        if i > 0 {
            same_records(&rules, &inputs[0], (name, what, bytes));
        }
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
