//! Event times that need a convention: `--time-format PATTERN` and
//! `--epoch s|ms` on `delai check` and `delai report`, and the library's
//! `TimeReading` behind them. Each flag's output is compared with the
//! output of the same cases written in the standard forms.

// Patterns are read natively only (chrono's strftime parser stays out of
// the WebAssembly build).
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone, Utc};
use delai::cases::{Epoch, TimeReading};
use delai::model::CaseTime;
use proptest::prelude::*;
use std::process::{Command, Output};

const CITY: &str = "tests/fixtures/city.delai";
const AS_OF: &str = "2025-07-01T00:00:00Z";

/// `delai ARGS… FILE` where FILE holds `cases` (named `name`, whose
/// extension gives the format).
fn run(args: &[&str], name: &str, cases: &str) -> Output {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("time_formats");
    std::fs::create_dir_all(&dir).unwrap();
    // Tests run in parallel: one file per test and name.
    let path = dir.join(format!(
        "{}-{name}",
        std::thread::current()
            .name()
            .unwrap_or("t")
            .replace("::", "-")
    ));
    std::fs::write(&path, cases).unwrap();
    Command::new(env!("CARGO_BIN_EXE_delai"))
        .args(args)
        .arg(&path)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run delai")
}

fn check(flags: &[&str], name: &str, cases: &str) -> Output {
    let mut args = vec!["check", CITY, "--as-of", AS_OF];
    args.extend_from_slice(flags);
    run(&args, name, cases)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The output with `flags` on `cases` is that of `standard` without
/// flags, and it judged cases (no error records).
fn same_as_standard(flags: &[&str], name: &str, cases: &str, standard: &str) {
    let with = check(flags, name, cases);
    assert_eq!(with.status.code(), Some(0), "{}", stderr(&with));
    let plain = check(&[], &format!("standard-{name}"), standard);
    assert_eq!(plain.status.code(), Some(0), "{}", stderr(&plain));
    let out = stdout(&with);
    assert!(!out.contains("\"error\""), "{out}");
    assert!(out.contains("\"due\""), "cases were judged: {out}");
    assert_eq!(out, stdout(&plain));
}

#[test]
fn day_month_year_with_hours() {
    same_as_standard(
        &["--time-format", "%d/%m/%Y %H:%M"],
        "dmy.csv",
        "id,channel,received,called-back\nv1,voicemail,20/06/2025 10:00,20/06/2025 15:30\nv2,mail,2025-06-20 10:00,\n",
        "id,channel,received,called-back\nv1,voicemail,2025-06-20 10:00,2025-06-20 15:30\nv2,mail,2025-06-20 10:00,\n",
    );
}

#[test]
fn pattern_with_an_offset_is_an_instant() {
    same_as_standard(
        &["--time-format", "%d/%m/%Y %H:%M %z"],
        "offset.csv",
        "id,channel,received\nv1,voicemail,20/06/2025 10:00 -0200\n",
        "id,channel,received\nv1,voicemail,2025-06-20T10:00:00-02:00\n",
    );
}

#[test]
fn date_only_pattern_is_local_midnight() {
    same_as_standard(
        &["--time-format", "%d/%m/%Y"],
        "date.csv",
        "id,channel,received\nv1,voicemail,20/06/2025\n",
        "id,channel,received\nv1,voicemail,2025-06-20 00:00\n",
    );
}

#[test]
fn epoch_seconds_and_milliseconds() {
    same_as_standard(
        &["--epoch", "s"],
        "epoch.csv",
        "id,channel,received\nv1,voicemail,1750428000\n",
        "id,channel,received\nv1,voicemail,2025-06-20T14:00:00Z\n",
    );
    same_as_standard(
        &["--epoch", "ms"],
        "epoch.jsonl",
        concat!(
            r#"{"id":"v1","attributes":{"channel":"voicemail"},"events":{"received":1750428000000}}"#,
            "\n",
            r#"{"id":"v2","attributes":{"channel":"voicemail"},"events":[{"name":"received","at":"1750428060000"}]}"#,
            "\n"
        ),
        concat!(
            r#"{"id":"v1","attributes":{"channel":"voicemail"},"events":{"received":"2025-06-20T14:00:00Z"}}"#,
            "\n",
            r#"{"id":"v2","attributes":{"channel":"voicemail"},"events":[{"name":"received","at":"2025-06-20T14:01:00Z"}]}"#,
            "\n"
        ),
    );
    same_as_standard(
        &["--epoch", "s"],
        "epoch-s.jsonl",
        r#"{"id":"v1","attributes":{"channel":"voicemail"},"events":{"received":[1750428000]}}"#,
        r#"{"id":"v1","attributes":{"channel":"voicemail"},"events":{"received":["2025-06-20T14:00:00Z"]}}"#,
    );
}

#[test]
fn report_reads_with_the_flags_too() {
    let csv = "id,channel,received\nv1,voicemail,20/06/2025 10:00\n";
    let args = [
        "report",
        CITY,
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "--time-format",
        "%d/%m/%Y %H:%M",
    ];
    let o = run(&args, "report.csv", csv);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let plain = run(&["report", CITY, "--as-of", AS_OF], "report-plain.csv", csv);
    assert_eq!(
        plain.status.code(),
        Some(2),
        "without the pattern the row is unreadable"
    );
}

#[test]
fn a_bad_pattern_is_a_usage_error() {
    for pattern in ["%Q", "%H:%M", "%d/%m/%"] {
        let o = check(
            &["--time-format", pattern],
            "bad.csv",
            "id,received\n1,2025-06-20 10:00\n",
        );
        assert_eq!(o.status.code(), Some(2), "{pattern}");
        assert!(o.stdout.is_empty(), "{pattern}");
        let err = stderr(&o);
        assert!(
            err.contains("--time-format") && err.contains(pattern),
            "{err}"
        );
    }
    let o = check(&["--epoch", "us"], "bad-epoch.csv", "id,received\n");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn numbers_without_epoch_are_not_guessed() {
    let o = check(&[], "number.csv", "id,received\n1,1750428000\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stdout(&o).contains(r#""code":"bad-time""#),
        "{}",
        stdout(&o)
    );
    let o = check(
        &[],
        "number.jsonl",
        r#"{"id":"1","events":[{"name":"received","at":"1750428000"}]}"#,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stdout(&o).contains(r#""code":"bad-time""#),
        "{}",
        stdout(&o)
    );
}

#[test]
fn ambiguous_dates_name_the_flag() {
    for (name, cases) in [
        ("ambiguous.csv", "id,received\n1,03/04/2025\n"),
        (
            "ambiguous.jsonl",
            r#"{"id":"1","events":{"received":"03/04/2025 10:00"}}"#,
        ),
    ] {
        let o = check(&[], name, cases);
        assert_eq!(o.status.code(), Some(2));
        assert!(
            stdout(&o).contains(r#""code":"bad-time""#),
            "{}",
            stdout(&o)
        );
        let err = stderr(&o);
        assert_eq!(err.matches("--time-format %d/%m/%Y").count(), 1, "{err}");
    }
    // Other bad times keep their help to themselves.
    let o = check(&[], "soon.csv", "id,received\n1,soon\n");
    assert!(!stderr(&o).contains("--time-format"), "{}", stderr(&o));
}

#[test]
fn a_cell_matching_neither_names_the_pattern() {
    let o = check(
        &["--time-format", "%d.%m.%Y"],
        "neither.csv",
        "id,received\n1,20.06.2025\n2,2025-06-20\n3,20/06/2025\n",
    );
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    let errors: Vec<&&str> = lines.iter().filter(|l| l.contains("bad-time")).collect();
    assert_eq!(errors.len(), 1, "{out}");
    assert!(errors[0].contains(r#""case":"3""#), "{out}");
    assert!(errors[0].contains("`%d.%m.%Y`"), "{out}");
    // A pattern was given: no advice to give one.
    assert!(!stderr(&o).contains("help: the order"), "{}", stderr(&o));
}

/// Patterns with an offset, and the chrono offsets they write.
const INSTANT_PATTERNS: [&str; 5] = [
    "%d/%m/%Y %H:%M:%S %z",
    "%m/%d/%Y %I:%M:%S %p %:z",
    "%Y%m%dT%H%M%S%z",
    "%d %b %Y %H:%M:%S%.f %:z",
    "%s",
];

const LOCAL_PATTERNS: [&str; 3] = ["%d/%m/%Y %H:%M:%S", "%m/%d/%y %H.%M.%S", "%A %e %B %Y %T"];

proptest! {
    /// An instant written with a pattern by chrono is read back, through
    /// the options `--time-format` gives, as the same instant.
    #[test]
    fn instants_written_with_a_pattern_read_back(
        secs in -2_208_988_800i64..7_258_118_400,
        millis in 0u32..1000,
        offset_minutes in -14 * 60i32..=14 * 60,
        pattern in prop::sample::select(INSTANT_PATTERNS.to_vec()),
    ) {
        // chrono reads `%s` without a sign: instants from 1970.
        prop_assume!(pattern != "%s" || secs >= 0);
        let offset = FixedOffset::east_opt(offset_minutes * 60).unwrap();
        let utc = DateTime::<Utc>::from_timestamp(secs, millis * 1_000_000).unwrap();
        let at = utc.with_timezone(&offset);
        let text = at.format(pattern).to_string();
        let times = TimeReading::default().format(pattern).unwrap();
        let Some(CaseTime::Fixed(read)) = times.read(&text) else {
            panic!("{text:?} with {pattern:?}: not an instant");
        };
        let expected = if pattern.contains("%.f") { utc } else { utc - chrono::Duration::milliseconds(i64::from(millis)) };
        prop_assert_eq!(read, expected, "{} with {}", text, pattern);
    }

    /// A local time written with a pattern is read back as that local
    /// time (two-digit years within 1969–2068, as chrono reads `%y`).
    #[test]
    fn local_times_written_with_a_pattern_read_back(
        secs in 0i64..3_124_137_600,
        pattern in prop::sample::select(LOCAL_PATTERNS.to_vec()),
    ) {
        let naive: NaiveDateTime = DateTime::<Utc>::from_timestamp(secs, 0).unwrap().naive_utc();
        let text = naive.format(pattern).to_string();
        let times = TimeReading::default().format(pattern).unwrap();
        prop_assert_eq!(times.read(&text), Some(CaseTime::Local(naive)), "{} with {}", text, pattern);
    }

    /// Epoch numbers are the instants chrono gives them.
    #[test]
    fn epoch_numbers_read_back(secs in -2_208_988_800i64..7_258_118_400) {
        let utc = Utc.timestamp_opt(secs, 0).unwrap();
        let s = TimeReading::default().epoch(Epoch::Seconds);
        let ms = TimeReading::default().epoch(Epoch::Milliseconds);
        prop_assert_eq!(s.read(&secs.to_string()), Some(CaseTime::Fixed(utc.fixed_offset())));
        prop_assert_eq!(ms.read(&(secs * 1000).to_string()), Some(CaseTime::Fixed(utc.fixed_offset())));
    }
}
