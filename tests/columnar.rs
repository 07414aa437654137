//! Parquet, Arrow IPC and spreadsheet cases in, Parquet and Arrow records
//! out (the `columnar` feature). The tables are made here, from the CSV
//! example's cases, with the crates that read them: a table of the same
//! cases gives exactly the records of the CSV file.
#![cfg(feature = "columnar")]

#[path = "support/delai_run.rs"]
mod run;

use arrow_array::types::Int32Type;
use arrow_array::{
    Array, ArrayRef, BooleanArray, Date32Array, Decimal128Array, DictionaryArray, Float64Array,
    Int64Array, LargeStringArray, NullArray, RecordBatch, StringArray, StringViewArray,
    TimestampMicrosecondArray, TimestampMillisecondArray, TimestampNanosecondArray,
    TimestampSecondArray,
};
use arrow_schema::{DataType, Field, Schema, TimeUnit};
use delai::cases::parse_time;
use delai::model::CaseTime;
use std::process::{Command, Output, Stdio};
use std::sync::Arc;

const RULES: &str = "pkg-examples/data/city.delai";
const CASES: &str = "pkg-examples/data/cases.csv";
const AS_OF: &str = "2025-01-15 12:00";
/// Cases of the example taken (enough for every status and error).
const ROWS: usize = 3000;

/// `delai ARGS…` in the repository, the locale variables cleared.
fn delai(args: &[&str], stdin: Option<&[u8]>) -> Output {
    run::delai(args, &[], stdin)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("delai-columnar-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

fn rules() -> delai::Rules {
    let source = std::fs::read_to_string(RULES).unwrap();
    delai::compile(&source).unwrap()
}

/// The example's first cases: the CSV text, its header and its cells.
fn cases() -> (String, Vec<String>, Vec<Vec<String>>) {
    let all = std::fs::read_to_string(CASES).unwrap();
    let csv: String = all
        .lines()
        .take(ROWS + 1)
        .map(|l| format!("{l}\n"))
        .collect();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    (csv, header, rows)
}

/// How [`batch`] types the cases' columns.
#[derive(Debug, Clone, Copy)]
enum Columns {
    /// Every column `Utf8`.
    Text,
    /// Event columns `Timestamp(µs)`, the others `Utf8`.
    Typed,
    /// Each column in another of the types exports use: timestamps of
    /// every unit, large strings, string views, dictionaries of strings.
    Mixed,
}

/// The cases as one record batch, typed as `columns` says (timestamps
/// without zone: the example's times are local).
fn batch(header: &[String], rows: &[Vec<String>], columns: Columns) -> RecordBatch {
    let events = rules().event_names();
    let mut fields = Vec::new();
    let mut arrays: Vec<ArrayRef> = Vec::new();
    for (j, name) in header.iter().enumerate() {
        let cells: Vec<&str> = rows.iter().map(|r| r[j].as_str()).collect();
        let event = events.contains(name);
        let array = match columns {
            Columns::Typed if event => timestamps(name, &cells, TimeUnit::Microsecond),
            Columns::Text | Columns::Typed => strings(&cells, 0),
            Columns::Mixed if event && j % 2 == 0 => {
                let units = [
                    TimeUnit::Second,
                    TimeUnit::Millisecond,
                    TimeUnit::Microsecond,
                    TimeUnit::Nanosecond,
                ];
                timestamps(name, &cells, units[j / 2 % units.len()])
            }
            Columns::Mixed => strings(&cells, j),
        };
        fields.push(Field::new(name, array.data_type().clone(), true));
        arrays.push(array);
    }
    RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays).unwrap()
}

/// An event column's cells as timestamps of `unit` (empty cells null).
fn timestamps(name: &str, cells: &[&str], unit: TimeUnit) -> ArrayRef {
    let micros = cells.iter().map(|c| match parse_time(c) {
        Some(CaseTime::Local(t)) => Some(t.and_utc().timestamp_micros()),
        None if c.is_empty() => None,
        other => panic!("{name}: {c:?} read as {other:?}"),
    });
    match unit {
        TimeUnit::Second => Arc::new(TimestampSecondArray::from_iter(
            micros.map(|m| m.map(|m| m / 1_000_000)),
        )),
        TimeUnit::Millisecond => Arc::new(TimestampMillisecondArray::from_iter(
            micros.map(|m| m.map(|m| m / 1_000)),
        )),
        TimeUnit::Microsecond => Arc::new(TimestampMicrosecondArray::from_iter(micros)),
        TimeUnit::Nanosecond => Arc::new(TimestampNanosecondArray::from_iter(
            micros.map(|m| m.map(|m| m * 1_000)),
        )),
    }
}

/// Cells as strings (empty cells null): `Utf8` for `kind` 0, else
/// `LargeUtf8`, `Utf8View` or a dictionary, by `kind`.
fn strings(cells: &[&str], kind: usize) -> ArrayRef {
    let cells = cells.iter().map(|c| (!c.is_empty()).then_some(*c));
    match kind % 4 {
        0 => Arc::new(StringArray::from_iter(cells)),
        1 => Arc::new(LargeStringArray::from_iter(cells)),
        2 => Arc::new(StringViewArray::from_iter(cells)),
        _ => Arc::new(cells.collect::<DictionaryArray<Int32Type>>()),
    }
}

fn parquet_bytes(batch: &RecordBatch) -> Vec<u8> {
    let mut out = Vec::new();
    let mut w = parquet::arrow::ArrowWriter::try_new(&mut out, batch.schema(), None).unwrap();
    // Several row groups and batches: rows cross their bounds.
    for start in (0..batch.num_rows()).step_by(1000) {
        let len = 1000.min(batch.num_rows() - start);
        w.write(&batch.slice(start, len)).unwrap();
        w.flush().unwrap();
    }
    w.close().unwrap();
    out
}

fn arrow_file_bytes(batch: &RecordBatch) -> Vec<u8> {
    let mut out = Vec::new();
    let mut w = arrow_ipc::writer::FileWriter::try_new(&mut out, &batch.schema()).unwrap();
    w.write(batch).unwrap();
    w.finish().unwrap();
    drop(w);
    out
}

fn arrow_stream_bytes(batch: &RecordBatch) -> Vec<u8> {
    let mut out = Vec::new();
    let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut out, &batch.schema()).unwrap();
    for start in (0..batch.num_rows()).step_by(700) {
        w.write(&batch.slice(start, 700.min(batch.num_rows() - start)))
            .unwrap();
    }
    w.finish().unwrap();
    drop(w);
    out
}

fn check(file: &str, extra: &[&str]) -> Output {
    let mut args = vec!["check", RULES, file, "--as-of", AS_OF];
    args.extend_from_slice(extra);
    delai(&args, None)
}

#[test]
fn a_table_of_the_same_cases_gives_exactly_the_records_of_the_csv_file() {
    let (csv, header, rows) = cases();
    let csv_path = temp_file("cases.csv", csv.as_bytes());
    let want = check(&csv_path, &[]);
    assert!(!want.stdout.is_empty());
    for typed in [Columns::Text, Columns::Typed, Columns::Mixed] {
        let batch = batch(&header, &rows, typed);
        for (name, bytes) in [
            ("cases.parquet", parquet_bytes(&batch)),
            ("cases.arrow", arrow_file_bytes(&batch)),
            ("cases.arrows", arrow_stream_bytes(&batch)),
        ] {
            let path = temp_file(&format!("{typed:?}-{name}"), &bytes);
            let got = check(&path, &[]);
            assert_eq!(
                got.status.code(),
                want.status.code(),
                "{name} typed {typed:?}"
            );
            assert!(
                got.stdout == want.stdout,
                "{name} ({typed:?}) differs from the CSV file's records; stderr: {}",
                text(&got.stderr)
            );
            // Without an extension, by the magic bytes (stdin too).
            let piped = delai(&["check", RULES, "-", "--as-of", AS_OF], Some(&bytes));
            assert!(piped.stdout == want.stdout, "{name} on stdin");
        }
    }
}

/// The records `rules` reads from `bytes`, a file named `name`.
fn records(name: &str, bytes: &[u8]) -> Vec<delai::cases::CaseRecord> {
    let (records, _) = rules()
        .read_cases(bytes, Some(std::path::Path::new(name)))
        .unwrap();
    records.collect()
}

#[test]
fn numbers_booleans_and_times_outside_event_columns_read_as_their_csv_text() {
    let stamp = |s: &str| {
        parse_time(s).map(|t| match t {
            CaseTime::Local(t) => t.and_utc().timestamp(),
            CaseTime::Fixed(t) => t.timestamp(),
        })
    };
    let received = stamp("2024-06-20 10:00");
    let columns: Vec<(&str, ArrayRef)> = vec![
        (
            "id",
            Arc::new(StringArray::from(vec![
                Some("a"),
                Some("b"),
                None,
                Some("c"),
            ])),
        ),
        (
            "received",
            Arc::new(TimestampSecondArray::from(vec![received, None, None, None])),
        ),
        (
            "count",
            Arc::new(Int64Array::from(vec![Some(7), Some(-3), None, None])),
        ),
        (
            "ratio",
            Arc::new(Float64Array::from(vec![Some(1.5), Some(2.0), None, None])),
        ),
        (
            "urgent",
            Arc::new(BooleanArray::from(vec![
                Some(true),
                Some(false),
                None,
                None,
            ])),
        ),
        (
            "amount",
            Arc::new(
                Decimal128Array::from(vec![Some(1250), Some(-5), None, None])
                    .with_precision_and_scale(10, 2)
                    .unwrap(),
            ),
        ),
        (
            "logged",
            Arc::new(TimestampSecondArray::from(vec![received, None, None, None])),
        ),
        (
            "day",
            Arc::new(Date32Array::from(vec![Some(19894), None, None, None])),
        ),
        ("note", Arc::new(NullArray::new(4))),
    ];
    let fields: Vec<Field> = columns
        .iter()
        .map(|(name, a)| Field::new(*name, a.data_type().clone(), true))
        .collect();
    let batch = RecordBatch::try_new(
        Arc::new(Schema::new(fields)),
        columns.into_iter().map(|(_, a)| a).collect(),
    )
    .unwrap();
    // The third row is blank: no record, in either.
    let csv = "id,received,count,ratio,urgent,amount,logged,day,note\n\
               a,2024-06-20 10:00:00,7,1.5,true,12.50,2024-06-20 10:00:00,2024-06-20 00:00:00,\n\
               b,,-3,2,false,-0.05,,,\n\
               ,,,,,,,,\n\
               c,,,,,,,,\n";
    let want = records("cases.csv", csv.as_bytes());
    assert_eq!(want.len(), 3);
    assert_eq!(records("cases.parquet", &parquet_bytes(&batch)), want);
    assert_eq!(records("cases.arrow", &arrow_file_bytes(&batch)), want);
}

/// An xlsx workbook of `rows` under `header` in sheet `Cases` (after an
/// empty sheet `Notes` when `notes_first`): event cells as Excel dates.
fn xlsx(header: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let events = rules().event_names();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Cases").unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    for (j, name) in header.iter().enumerate() {
        sheet.write_string(0, j as u16, name).unwrap();
    }
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        for (j, cell) in row.iter().enumerate() {
            let c = j as u16;
            if cell.is_empty() {
                continue;
            }
            match parse_time(cell) {
                Some(CaseTime::Local(t)) if events.contains(&header[j]) => {
                    use chrono::{Datelike, Timelike};
                    let at =
                        ExcelDateTime::from_ymd(t.year() as u16, t.month() as u8, t.day() as u8)
                            .unwrap()
                            .and_hms(t.hour() as u16, t.minute() as u8, t.second())
                            .unwrap();
                    sheet.write_datetime_with_format(r, c, &at, &date).unwrap();
                }
                _ => {
                    sheet.write_string(r, c, cell).unwrap();
                }
            }
        }
    }
    book.add_worksheet().set_name("Notes").unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn a_spreadsheet_of_the_same_cases_gives_exactly_the_records_of_the_csv_file() {
    let (csv, header, rows) = cases();
    let rows = &rows[..500];
    let csv: String = csv.lines().take(501).map(|l| format!("{l}\n")).collect();
    let want = check(&temp_file("sheet.csv", csv.as_bytes()), &[]);
    let path = temp_file("cases.xlsx", &xlsx(&header, rows));
    let got = check(&path, &[]);
    assert_eq!(
        got.status.code(),
        want.status.code(),
        "{}",
        text(&got.stderr)
    );
    assert!(got.stdout == want.stdout, "{}", text(&got.stderr));
    let named = check(&path, &["--sheet", "Cases"]);
    assert!(named.stdout == want.stdout);
}

#[test]
fn a_sheet_that_does_not_exist_is_a_clear_error() {
    let (_, header, rows) = cases();
    let path = temp_file("missing-sheet.xlsx", &xlsx(&header, &rows[..3]));
    let out = check(&path, &["--sheet", "Dossiers"]);
    let all = text(&out.stdout) + &text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{all}");
    assert!(
        all.contains("no sheet `Dossiers`: its sheets are `Cases`, `Notes`"),
        "{all}"
    );
    // The empty sheet: a header-only table, no cases.
    let notes = check(&path, &["--sheet", "Notes"]);
    assert!(
        text(&notes.stderr).contains("no-cases"),
        "{}",
        text(&notes.stderr)
    );
}

#[test]
fn spreadsheet_rows_that_cannot_be_read_are_error_records_naming_row_and_sheet() {
    let header: Vec<String> = ["id", "channel", "received", "answered"]
        .map(String::from)
        .to_vec();
    let rows = vec![
        ["a", "mail", "2024-06-20 10:00", ""]
            .map(String::from)
            .to_vec(),
        ["b", "mail", "hier", ""].map(String::from).to_vec(),
        ["", "mail", "2024-06-20 10:00", ""]
            .map(String::from)
            .to_vec(),
    ];
    let out = check(&temp_file("bad-rows.xlsx", &xlsx(&header, &rows)), &[]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(
        lines[1].contains("\"line\":3") && lines[1].contains("bad-time"),
        "{stdout}"
    );
    assert!(lines[1].contains("sheet `Cases`"), "{stdout}");
    assert!(
        lines[2].contains("\"line\":4") && lines[2].contains("missing-id"),
        "{stdout}"
    );
}

#[test]
fn a_corrupt_parquet_file_is_a_clear_error() {
    let (_, header, rows) = cases();
    let bytes = parquet_bytes(&batch(&header, &rows[..100], Columns::Typed));
    for (name, bytes) in [
        ("cut.parquet", &bytes[..bytes.len() / 2]),
        ("empty.parquet", &b""[..]),
        ("junk.parquet", &b"PAR1 this is not parquet PAR1"[..]),
    ] {
        let out = check(&temp_file(name, bytes), &[]);
        let all = text(&out.stdout) + &text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {all}");
        assert!(
            all.contains("cannot read the Parquet file"),
            "{name}: {all}"
        );
    }
    let cut = &arrow_file_bytes(&batch(&header, &rows[..100], Columns::Typed))[..300];
    let out = check(&temp_file("cut.arrow", cut), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stdout).contains("cannot read the Arrow file"));
}

fn one_column(name: &str, array: ArrayRef) -> Vec<u8> {
    let ids: ArrayRef = Arc::new(StringArray::from(vec!["a", "b"]));
    let channel: ArrayRef = Arc::new(StringArray::from(vec!["mail", "mail"]));
    let batch =
        RecordBatch::try_from_iter([("id", ids), ("channel", channel), (name, array)]).unwrap();
    parquet_bytes(&batch)
}

#[test]
fn an_event_column_whose_type_cannot_hold_a_time_is_a_clear_error() {
    let floats = one_column("received", Arc::new(Float64Array::from(vec![1.5, 2.0])));
    let out = check(&temp_file("floats.parquet", &floats), &[]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{stdout}");
    assert!(
        stdout.contains("event column `received` holds Float64, which cannot hold a time"),
        "{stdout}"
    );
    // Whole numbers: only as epoch times, when asked.
    let ints = one_column(
        "received",
        Arc::new(Int64Array::from(vec![1_718_877_600, 1_718_881_200])),
    );
    let path = temp_file("ints.parquet", &ints);
    let refused = check(&path, &[]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        text(&refused.stdout).contains("--epoch"),
        "{}",
        text(&refused.stdout)
    );
    let epoch = check(&path, &["--epoch", "s"]);
    assert_eq!(epoch.status.code(), Some(0), "{}", text(&epoch.stdout));
    assert!(
        text(&epoch.stdout).contains("2024-06-20T06:00:00-04:00"),
        "{}",
        text(&epoch.stdout)
    );
}

#[test]
fn dates_and_zoned_timestamps_are_read_as_typed() {
    // 2024-06-20 as days since 1970 (local midnight, as a CSV date), and
    // 2024-06-20T14:00:00Z.
    let dates = one_column(
        "received",
        Arc::new(Date32Array::from(vec![Some(19894), None])),
    );
    let out = check(&temp_file("dates.parquet", &dates), &[]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(r#""case":"a","standard":"written-requests","status""#),
        "{stdout}"
    );
    assert!(
        stdout.contains(r#""start":"2024-06-20T00:00:00-04:00""#),
        "{stdout}"
    );
    let zoned = TimestampMicrosecondArray::from(vec![Some(1_718_892_000_000_000), None])
        .with_timezone("America/Toronto");
    let zoned = one_column("received", Arc::new(zoned));
    let out = check(&temp_file("zoned.parquet", &zoned), &[]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(r#""start":"2024-06-20T10:00:00-04:00""#),
        "{stdout}"
    );
}

/// A record read back from Parquet, as its JSON Lines record says it.
fn parquet_records(bytes: Vec<u8>) -> Vec<serde_json::Value> {
    use arrow_array::cast::AsArray;
    use arrow_array::types::{Float64Type, Int64Type, TimestampMicrosecondType};
    use serde_json::{json, Map, Value};
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReader::try_new(
        bytes::Bytes::from(bytes),
        1024,
    )
    .unwrap();
    let mut out = Vec::new();
    for batch in reader {
        let batch = batch.unwrap();
        let col = |name: &str| batch.column_by_name(name).unwrap().clone();
        let string = |a: &ArrayRef, i: usize| -> Option<String> {
            if a.is_null(i) {
                return None;
            }
            match a.data_type() {
                DataType::Utf8 => Some(a.as_string::<i32>().value(i).to_string()),
                DataType::Dictionary(_, _) => {
                    let d = a.as_any_dictionary();
                    let keys = d.normalized_keys();
                    Some(d.values().as_string::<i32>().value(keys[i]).to_string())
                }
                t => panic!("{t}"),
            }
        };
        for i in 0..batch.num_rows() {
            let mut r = Map::new();
            let status = string(&col("status"), i).unwrap();
            if let Some(case) = string(&col("case"), i) {
                r.insert("case".into(), json!(case));
            }
            if status == "error" {
                if let Some(s) = string(&col("standard"), i) {
                    r.insert("standard".into(), json!(s));
                }
                let line = col("line");
                if !line.is_null(i) {
                    r.insert(
                        "line".into(),
                        json!(line.as_primitive::<Int64Type>().value(i)),
                    );
                }
                let mut e = Map::new();
                e.insert("code".into(), json!(string(&col("error_code"), i).unwrap()));
                e.insert(
                    "message".into(),
                    json!(string(&col("error_message"), i).unwrap()),
                );
                if let Some(f) = string(&col("error_field"), i) {
                    e.insert("field".into(), json!(f));
                }
                r.insert("error".into(), Value::Object(e));
                out.push(Value::Object(r));
                continue;
            }
            r.insert("standard".into(), json!(string(&col("standard"), i)));
            r.insert("status".into(), json!(status));
            for name in ["start", "stop", "due"] {
                let a = col(name);
                if !a.is_null(i) {
                    let micros = a.as_primitive::<TimestampMicrosecondType>().value(i);
                    r.insert(name.into(), json!(micros));
                }
            }
            let unit = string(&col("unit"), i);
            for name in ["allowed", "elapsed", "remaining", "paused"] {
                let a = col(name);
                if !a.is_null(i) {
                    let value = a.as_primitive::<Float64Type>().value(i);
                    r.insert(name.into(), json!({"value": value, "unit": unit}));
                }
            }
            let tier = col("tier");
            if !tier.is_null(i) {
                r.insert(
                    "tier".into(),
                    json!(tier.as_primitive::<Int64Type>().value(i)),
                );
            }
            if let Some(c) = string(&col("calendar"), i) {
                r.insert("calendar".into(), json!(c));
            }
            out.push(Value::Object(r));
        }
    }
    out
}

/// A JSON Lines record with its times as microseconds since 1970 (the
/// Parquet columns hold instants; the JSON shows them in the calendar's
/// zone).
fn instants(mut record: serde_json::Value) -> serde_json::Value {
    for name in ["start", "stop", "due"] {
        if let Some(t) = record.get_mut(name) {
            let at = chrono::DateTime::parse_from_rfc3339(t.as_str().unwrap()).unwrap();
            *t = serde_json::json!(at.timestamp_micros());
        }
    }
    // Amounts as the Float64 they are in Parquet (JSON writes `20`).
    for name in ["allowed", "elapsed", "remaining", "paused"] {
        if let Some(v) = record.get_mut(name).and_then(|a| a.get_mut("value")) {
            *v = serde_json::json!(v.as_f64().unwrap());
        }
    }
    record
}

#[test]
fn written_parquet_holds_the_json_records() {
    let (csv, _, _) = cases();
    let cases = temp_file("out-cases.csv", csv.as_bytes());
    let json = check(&cases, &[]);
    let want: Vec<serde_json::Value> = text(&json.stdout)
        .lines()
        .map(|l| instants(serde_json::from_str(l).unwrap()))
        .collect();
    let path = std::env::temp_dir().join(format!("delai-out-{}.parquet", std::process::id()));
    let path = path.to_str().unwrap();
    let written = check(&cases, &["--format", "parquet", "-o", path]);
    assert_eq!(
        written.status.code(),
        json.status.code(),
        "{}",
        text(&written.stderr)
    );
    assert!(written.stdout.is_empty());
    let got = parquet_records(std::fs::read(path).unwrap());
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g, w);
    }
    // To a pipe (not a terminal), and as Arrow.
    let piped = check(&cases, &["--format", "parquet"]);
    assert_eq!(parquet_records(piped.stdout), got);
    let arrow = check(&cases, &["--format", "arrow"]);
    assert_eq!(
        arrow.status.code(),
        json.status.code(),
        "{}",
        text(&arrow.stderr)
    );
    let reader =
        arrow_ipc::reader::FileReader::try_new(std::io::Cursor::new(arrow.stdout), None).unwrap();
    let rows: usize = reader.map(|b| b.unwrap().num_rows()).sum();
    assert_eq!(rows, want.len());
}

#[test]
fn columns_are_mapped_and_audited_as_a_csv_header() {
    let ids: ArrayRef = Arc::new(StringArray::from(vec!["a", "b"]));
    let channel: ArrayRef = Arc::new(StringArray::from(vec!["mail", "mail"]));
    let received: ArrayRef = Arc::new(
        TimestampMicrosecondArray::from(vec![Some(1_718_877_600_000_000), None])
            .with_timezone("UTC"),
    );
    let typo: ArrayRef = Arc::new(StringArray::from(vec![Some("x"), None]));
    let batch = RecordBatch::try_from_iter([
        ("no_dossier", ids),
        ("channel", channel),
        ("date_reception", received),
        ("chanel", typo),
    ])
    .unwrap();
    let path = temp_file("mapped.parquet", &parquet_bytes(&batch));
    let out = check(
        &path,
        &["--map", "id=no_dossier", "--map", "received=date_reception"],
    );
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    assert!(
        stdout.contains(r#""case":"a","standard":"written-requests","status":"breached","start":"2024-06-20T06:00:00-04:00""#),
        "{stdout}"
    );
    assert!(
        stdout.contains(r#""case":"b","standard":"written-requests","status":"not-started""#),
        "{stdout}"
    );
    // The column no rule reads: the same warning as for a CSV header.
    assert!(stderr.contains("warning[unknown-column]"), "{stderr}");
    assert!(stderr.contains("`chanel`"), "{stderr}");
}

#[test]
fn an_ods_spreadsheet_reads_as_its_csv_export() {
    let ods = "tests/data/cases.ods";
    let csv = "id,channel,received,answered\n\
               7,mail,2024-06-20T10:00:00,2024-06-25T15:30:00\n\
               b-8,email,2024-06-21 09:15,\n\
               ,,,\n\
               c-9,web,2024-06-20,2024-07-20T10:00:00-04:00\n\
               d-10,mail,hier,\n";
    let want = check(&temp_file("ods.csv", csv.as_bytes()), &[]);
    let got = check(ods, &[]);
    assert_eq!(got.status.code(), Some(2), "the row `hier` is unreadable");
    assert_eq!(got.status.code(), want.status.code());
    let got = text(&got.stdout);
    assert!(
        got.contains(
            r#"{"case":"d-10","line":6,"error":{"code":"bad-time","message":"sheet `Dossiers`: "#
        ),
        "{got}"
    );
    assert_eq!(got.replace("sheet `Dossiers`: ", ""), text(&want.stdout));
    let other = check(ods, &["--sheet", "Autres"]);
    assert!(
        text(&other.stdout).contains(r#""case":"x""#),
        "{}",
        text(&other.stdout)
    );
}

/// Binary output on a terminal is refused (run under `script`, which
/// gives the command a terminal; where it is missing, nothing to run).
#[test]
fn binary_output_to_a_terminal_is_refused() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("no `script` here: the terminal case is not run");
        return;
    }
    let command = format!(
        "{} check {RULES} {CASES} --format parquet",
        env!("CARGO_BIN_EXE_delai")
    );
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        // The message is read in English, whatever the machine's locale.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let shown = text(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{shown}");
    assert!(
        shown.contains("--format parquet writes a binary file, not text for a terminal"),
        "{shown}"
    );
    assert!(!shown.contains("PAR1"), "{shown}");
}

fn compressed_parquet(batch: &RecordBatch, codec: parquet::basic::Compression) -> Vec<u8> {
    let props = parquet::file::properties::WriterProperties::builder()
        .set_compression(codec)
        .build();
    let mut out = Vec::new();
    let mut w =
        parquet::arrow::ArrowWriter::try_new(&mut out, batch.schema(), Some(props)).unwrap();
    w.write(batch).unwrap();
    w.close().unwrap();
    out
}

#[test]
fn parquet_compressed_with_zstd_gzip_snappy_or_lz4_reads_as_the_csv_file() {
    use parquet::basic::{Compression, GzipLevel, ZstdLevel};
    let (csv, header, rows) = cases();
    let rows = &rows[..300];
    let csv: String = csv.lines().take(301).map(|l| format!("{l}\n")).collect();
    let want = check(&temp_file("codecs.csv", csv.as_bytes()), &[]);
    assert!(want.status.success(), "{}", text(&want.stderr));
    let batch = batch(&header, rows, Columns::Typed);
    for (name, codec) in [
        ("zstd", Compression::ZSTD(ZstdLevel::default())),
        ("gzip", Compression::GZIP(GzipLevel::default())),
        ("snappy", Compression::SNAPPY),
        ("lz4", Compression::LZ4),
        ("lz4-raw", Compression::LZ4_RAW),
    ] {
        let bytes = compressed_parquet(&batch, codec);
        let got = check(&temp_file(&format!("{name}.parquet"), &bytes), &[]);
        assert_eq!(got.status.code(), Some(0), "{name}: {}", text(&got.stderr));
        assert_eq!(text(&got.stdout), text(&want.stdout), "{name}");
    }
}

#[test]
fn parquet_compressed_with_a_codec_not_read_is_a_clear_error_naming_it() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/brotli.parquet");
    let out = check(path, &[]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{stdout}");
    // One error record, line 1: no row is read.
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.contains("\"line\":1"), "{stdout}");
    assert!(
        stdout.contains("column `id` is compressed with Brotli, which is not read"),
        "{stdout}"
    );
    assert!(stdout.contains("Snappy, zstd, gzip or LZ4"), "{stdout}");
}

/// A typed time no date can hold (`i64::MAX` seconds, a day count far
/// past year 262,143) is an error naming its row, column and value, in
/// Parquet and Arrow alike: never an event silently absent.
#[test]
fn a_typed_time_outside_every_date_is_an_error_not_an_absent_event() {
    let received = parse_time("2024-06-20 10:00").map(|t| match t {
        CaseTime::Local(t) => t.and_utc().timestamp(),
        CaseTime::Fixed(t) => t.timestamp(),
    });
    for (name, array) in [
        (
            "seconds",
            Arc::new(TimestampSecondArray::from(vec![received, Some(i64::MAX)])) as ArrayRef,
        ),
        (
            "days",
            Arc::new(Date32Array::from(vec![Some(19894), Some(i32::MAX)])) as ArrayRef,
        ),
    ] {
        let columns: Vec<(&str, ArrayRef)> = vec![
            (
                "id",
                Arc::new(StringArray::from(vec![Some("a"), Some("b")])),
            ),
            ("received", array),
        ];
        let fields: Vec<Field> = columns
            .iter()
            .map(|(n, a)| Field::new(*n, a.data_type().clone(), true))
            .collect();
        let batch = RecordBatch::try_new(
            Arc::new(Schema::new(fields)),
            columns.into_iter().map(|(_, a)| a).collect(),
        )
        .unwrap();
        for (file, bytes) in [
            ("cases.parquet", parquet_bytes(&batch)),
            ("cases.arrow", arrow_file_bytes(&batch)),
        ] {
            let got = records(file, &bytes);
            assert_eq!(got.len(), 2, "{name} {file}");
            assert!(got[0].case.is_ok(), "{name} {file}: {:?}", got[0]);
            let error = got[1].case.as_ref().expect_err(name);
            let d = &error.diagnostic;
            assert_eq!(
                d.code.to_string(),
                "date-out-of-range",
                "{name} {file}: {d:?}"
            );
            assert_eq!(d.field.as_deref(), Some("received"), "{name} {file}");
            let raw = if name == "seconds" {
                i64::MAX.to_string()
            } else {
                i32::MAX.to_string()
            };
            assert!(d.message.contains(&raw), "{name} {file}: {}", d.message);
        }
    }
}
