//! The library's batch pipeline (`Rules::check_batches`,
//! `Rules::report_batches`) against the record-by-record judging of
//! `Rules::check_stream`: the same records, in input order, on any number
//! of threads and any batch size; the same report.

use delai::cases::{read_cases, CaseRecord, Format};
use delai::clock::Record;
use delai::report::{PeriodKind, Report};
use delai::Rules;
use std::convert::Infallible;

const AS_OF: &str = "2026-01-05 12:00";

fn city() -> (Rules, Vec<u8>) {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/pkg-examples/data/city.delai"))
        .expect("city.delai");
    let rules = delai::compile_named("city.delai", &text).expect("city.delai compiles");
    let mut cases = std::fs::read(format!("{root}/pkg-examples/data/cases.csv")).expect("cases");
    // Rows that cannot be read, and a duplicate id: error records and
    // audit warnings travel through the batches too.
    cases.extend_from_slice(b",phone,,,,,,2024-10-26 10:20:19,,,,,,,,,,\n");
    cases.extend_from_slice(b"2024-000001,mail,,,,2025-13-40 10:00,,,,,,,,,,,,\n");
    (rules, cases)
}

/// Input lines and records, one by one (the reference).
fn one_by_one(rules: &Rules, cases: &[u8]) -> Vec<(usize, Vec<Record>)> {
    let as_of = rules.read_time(AS_OF).expect("as of");
    let records = read_cases(cases, Format::Csv, rules.event_names());
    rules
        .check_stream(records, as_of)
        .map(|(input, out)| (input.line, out))
        .collect()
}

#[test]
fn batches_give_the_records_of_check_stream_in_input_order() {
    let (rules, cases) = city();
    let want = one_by_one(&rules, &cases);
    assert!(want.len() > 12_000);
    assert!(want
        .iter()
        .any(|(_, out)| matches!(out[0], Record::Error(_))));
    let as_of = rules.read_time(AS_OF).expect("as of");
    for (threads, size) in [(1, 1024), (2, 1), (3, 7), (4, 1024), (0, 5000)] {
        let (batches, format) = rules
            .read_case_batches(&cases[..], None, size)
            .expect("batches");
        assert_eq!(format, Format::Csv);
        let mut got = Vec::new();
        let judge = |batch: delai::JudgedBatch| {
            let mut out = Vec::with_capacity(batch.len());
            batch.for_each(|input: &CaseRecord, judged| out.push((input.line, judged.to_vec())));
            out
        };
        let Ok(()) = rules.check_batches(batches, as_of, threads, judge, |out| {
            got.extend(out);
            Ok::<(), Infallible>(())
        });
        assert!(got == want, "{threads} threads, batches of {size}");
    }
}

#[test]
fn batches_report_as_the_records_one_by_one() {
    let (rules, cases) = city();
    let as_of = rules.read_time(AS_OF).expect("as of");
    let mut builder = rules.report_builder(PeriodKind::Quarter);
    builder.as_of(as_of);
    for (_, out) in one_by_one(&rules, &cases) {
        builder.add_case(&out);
    }
    let want: Report = builder.finish();
    assert!(want.errors > 0);
    for (threads, size) in [(1, 1024), (3, 7), (0, 100)] {
        let (batches, _) = rules
            .read_case_batches(&cases[..], None, size)
            .expect("batches");
        // A caller that counts its own way, and one that only wants the
        // report (the batches it does not walk are counted all the same).
        let mut seen = 0;
        let Ok(report) = rules.report_batches(
            batches,
            as_of,
            PeriodKind::Quarter,
            threads,
            |batch| {
                let mut n = 0;
                batch.for_each(|_, _| n += 1);
                n
            },
            |n| {
                seen += n;
                Ok::<(), Infallible>(())
            },
        );
        assert_eq!(report, want, "{threads} threads, batches of {size}");
        assert_eq!(seen, want_cases(&cases));
        let (batches, _) = rules
            .read_case_batches(&cases[..], None, size)
            .expect("batches");
        let Ok(report) = rules.report_batches(
            batches,
            as_of,
            PeriodKind::Quarter,
            threads,
            |_| (),
            |()| Ok::<(), Infallible>(()),
        );
        assert_eq!(
            report, want,
            "{threads} threads, batches of {size}, not walked"
        );
    }
    // `Rules::report` over cases (the readable ones) counts as they do.
    let readable: Vec<_> = read_cases(&cases[..], Format::Csv, rules.event_names())
        .filter_map(|r| r.case.ok())
        .collect();
    let mut builder = rules.report_builder(PeriodKind::Quarter);
    builder.as_of(as_of);
    for case in &readable {
        builder.add_case(&rules.check(case, as_of));
    }
    assert_eq!(
        rules.report(&readable, as_of, PeriodKind::Quarter),
        builder.finish()
    );
}

fn want_cases(cases: &[u8]) -> usize {
    read_cases(cases, Format::Csv, Vec::<String>::new()).count()
}

#[test]
fn a_failing_sink_stops_the_reading() {
    let (rules, cases) = city();
    let as_of = rules.read_time(AS_OF).expect("as of");
    for threads in [1, 2, 4] {
        let (batches, _) = rules
            .read_case_batches(&cases[..], None, 10)
            .expect("batches");
        let read = std::sync::atomic::AtomicUsize::new(0);
        let batches = batches.inspect(|_| {
            read.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        });
        let mut handed = 0;
        let done = rules.check_batches(
            batches,
            as_of,
            threads,
            |b| b.len(),
            |_| {
                handed += 1;
                if handed == 3 {
                    Err("closed pipe")
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(done, Err("closed pipe"));
        // 1,200 batches in the input; a few per thread in flight.
        let read = read.into_inner();
        assert!(
            read < 3 + 8 * threads + 8,
            "{threads} threads: {read} batches read"
        );
    }
}
