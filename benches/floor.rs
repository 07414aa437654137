//! The floor of `delai check --format csv` (issue #22): what reading a
//! cases CSV and writing an output CSV of the same size cost, nothing
//! judged. Custom harness; one thread (the CLI reads on one thread and
//! parses, judges and formats batches on the others).
//!
//! `cargo bench --bench floor -- RULES CASES DELAI_OUTPUT [RUNS]` times two floors:
//!
//! - `csv`: the `csv` crate's byte records in, and for each input row one
//!   output row of the template's fields with the row's id;
//! - `cases`: the crate's case reader (`Rules::read_case_batches`, the
//!   reader `delai check` uses: ids, attributes and event times parsed into
//!   `Case`s) in, the same rows out.
//!
//! The template is a record of DELAI_OUTPUT (delai's own output on those
//! cases) of about their mean size, so the output has delai's columns and
//! about its size (both printed).
//! Output goes to a file next to DELAI_OUTPUT, deleted before each run.
//! Under `cargo test --benches` (no arguments): one run on 10 000 cases
//! written to a temporary directory.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// One output row: the case's id, then the template's other fields.
struct Row {
    rest: Vec<Vec<u8>>,
}

impl Row {
    /// Of delai's first thousand records, the one closest to their mean
    /// size (`target` bytes a record, header included in the mean).
    fn from_output(path: &Path, target: f64) -> Row {
        let mut r = csv::Reader::from_path(path).expect("delai's output");
        let size = |rec: &csv::ByteRecord| (rec.as_slice().len() + rec.len()) as f64;
        let rec = r
            .byte_records()
            .take(1000)
            .map(|rec| rec.expect("readable"))
            .min_by(|a, b| {
                (size(a) - target)
                    .abs()
                    .total_cmp(&(size(b) - target).abs())
            })
            .expect("a record");
        Row {
            rest: rec.iter().skip(1).map(<[u8]>::to_vec).collect(),
        }
    }
    fn write(&self, w: &mut csv::Writer<impl Write>, id: &[u8]) {
        w.write_field(id).unwrap();
        for f in &self.rest {
            w.write_field(f).unwrap();
        }
        w.write_record(None::<&[u8]>).unwrap();
    }
}

fn writer(out: &Path) -> csv::Writer<BufWriter<File>> {
    let _ = std::fs::remove_file(out);
    csv::Writer::from_writer(BufWriter::with_capacity(
        1 << 16,
        File::create(out).unwrap(),
    ))
}

fn csv_floor(cases: &Path, out: &Path, row: &Row) -> u64 {
    let mut r = csv::Reader::from_path(cases).unwrap();
    let mut w = writer(out);
    let mut rec = csv::ByteRecord::new();
    let mut n = 0;
    while r.read_byte_record(&mut rec).unwrap() {
        row.write(&mut w, &rec[0]);
        n += 1;
    }
    w.flush().unwrap();
    n
}

fn cases_floor(rules: &delai::Rules, cases: &Path, out: &Path, row: &Row) -> u64 {
    let input = BufReader::with_capacity(1 << 16, File::open(cases).unwrap());
    let (batches, _) = rules
        .read_case_batches(input, Some(cases), delai::BATCH)
        .unwrap();
    let mut w = writer(out);
    let mut n = 0;
    for batch in batches {
        batch.for_each_record(|rec| {
            let case = rec.case.as_ref().expect("a readable case");
            row.write(&mut w, case.id.as_bytes());
            n += 1;
        });
    }
    w.flush().unwrap();
    n
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let mut quick_dir = None;
    let (rules, cases, delai_out, runs) = if let [r, c, o, rest @ ..] = &args[..] {
        let runs = rest.first().and_then(|n| n.parse().ok()).unwrap_or(5);
        (PathBuf::from(r), PathBuf::from(c), PathBuf::from(o), runs)
    } else {
        // A quick run on generated cases (cargo test --benches).
        let tmp = std::env::temp_dir().join(format!("delai-floor-{}", std::process::id()));
        std::fs::create_dir_all(&tmp).unwrap();
        quick_dir = Some(tmp.clone());
        let c = tmp.join("cases.csv");
        let mut f = BufWriter::new(File::create(&c).unwrap());
        writeln!(f, "id,received,answered").unwrap();
        for i in 0..10_000 {
            writeln!(f, "{i:08},2025-03-{:02} 09:30,", 1 + i % 28).unwrap();
        }
        f.flush().unwrap();
        let o = tmp.join("delai.csv");
        std::fs::write(
            &o,
            "case,standard,status,due\n00000000,replies,pending,2025-03-14T23:59:59-04:00\n",
        )
        .unwrap();
        let r = PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/benches/compare/one-standard.delai"
        ));
        (r, c, o, 1)
    };
    let source = std::fs::read_to_string(&rules).unwrap();
    let rules = delai::compile(&source).expect("the rules compile");
    let out = delai_out.with_extension("floor.csv");
    let delai_bytes = std::fs::metadata(&delai_out).unwrap().len();
    let delai_rows = BufReader::new(File::open(&delai_out).unwrap())
        .split(b'\n')
        .count()
        - 1;
    let row = Row::from_output(&delai_out, delai_bytes as f64 / delai_rows as f64);
    let (mut t_csv, mut t_cases) = (Vec::new(), Vec::new());
    let mut n = 0;
    for _ in 0..runs {
        // Interleaved, so both see the same machine load.
        let t = Instant::now();
        n = csv_floor(&cases, &out, &row);
        t_csv.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        assert_eq!(cases_floor(&rules, &cases, &out, &row), n);
        t_cases.push(t.elapsed().as_secs_f64());
    }
    let bytes = std::fs::metadata(&out).unwrap().len();
    let _ = std::fs::remove_file(&out);
    let median = |t: &mut Vec<f64>| {
        t.sort_by(f64::total_cmp);
        t[t.len() / 2]
    };
    println!(
        "floor: {n} cases, {bytes} bytes out (delai: {delai_rows} records, {delai_bytes} bytes); median of {runs}: csv {:.4} s, cases {:.4} s",
        median(&mut t_csv),
        median(&mut t_cases),
    );
    if let Some(dir) = quick_dir {
        let _ = std::fs::remove_dir_all(dir);
    }
}
