//! The `delai` binary as users run it: outputs, exit codes (0 ok, 1 a test
//! or `fmt --check` failed, 2 unusable input) and round trips.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn delai(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_delai"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run delai");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("wait")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const CITY: &str = "tests/fixtures/city.delai";

#[test]
fn lint_clean_files_and_report_every_error() {
    let ok = delai(&["lint", CITY, "tests/fixtures/ville.delai"], None);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stderr));
    let bad = delai(&["lint", "tests/diagnostics/several-mistakes.delai"], None);
    assert_eq!(bad.status.code(), Some(2));
    let err = text(&bad.stderr);
    assert!(err.matches("error[").count() >= 4, "{err}");
    assert!(err.contains("several-mistakes.delai:9:30"), "{err}");
}

#[test]
fn test_command_passes_the_normative_examples_and_fails_a_wrong_one() {
    let ok = delai(&["test", CITY, "tests/fixtures/ville.delai"], None);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stdout));
    assert!(text(&ok.stdout).contains("28 passed, 0 failed"));

    let wrong = std::fs::read_to_string(CITY).unwrap().replace(
        "expect due 2025-07-08 23:59:59",
        "expect due 2025-07-09 23:59:59",
    );
    let path = std::env::temp_dir().join("delai-cli-wrong-example.delai");
    std::fs::write(&path, wrong).unwrap();
    let failed = delai(&["test", path.to_str().unwrap()], None);
    assert_eq!(failed.status.code(), Some(1));
    let out = text(&failed.stdout);
    assert!(out.contains("FAILED"), "{out}");
    assert!(
        out.contains("expected: due 2025-07-09T23:59:59-04:00")
            || out.contains("expected: due 2025-07-09 23:59:59"),
        "{out}"
    );
    assert!(out.contains("actual: due 2025-07-08"), "{out}");
}

#[test]
fn due_in_both_languages_and_as_json() {
    let fr = delai(
        &[
            "due",
            CITY,
            "--standard",
            "written-requests",
            "--start",
            "2025-06-20 10:00",
            "--attr",
            "channel=mail",
            "--lang",
            "fr",
        ],
        None,
    );
    assert_eq!(fr.status.code(), Some(0), "{}", text(&fr.stderr));
    assert!(text(&fr.stdout).contains("Réponse au plus tard le mardi 8 juillet 2025"));
    let json = delai(
        &[
            "due",
            CITY,
            "--standard",
            "written-requests",
            "--start",
            "2025-06-20 10:00",
            "--attr",
            "channel=mail",
            "--format",
            "json",
        ],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(v["due"], "2025-07-08T23:59:59-04:00");
    assert_eq!(v["allowed"]["value"], 10);
    assert_eq!(
        v["text"]["en"],
        "You can expect an answer by Tuesday, July 8, 2025"
    );
    let unknown = delai(
        &[
            "due",
            CITY,
            "--standard",
            "written-request",
            "--start",
            "2025-06-20 10:00",
        ],
        None,
    );
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn check_prints_every_record_then_exits_2_on_unreadable_cases() {
    let cases = "id,channel,received,answered\n1,mail,2025-06-20 10:00,2025-07-02 15:00\n2,mail,not a time,\n3,phone\n";
    let out = delai(
        &[
            "check",
            CITY,
            "-",
            "--as-of",
            "2025-07-15 12:00",
            "--format",
            "csv",
        ],
        Some(cases.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(2));
    let csv = text(&out.stdout);
    assert!(csv.starts_with("case,standard,status"), "{csv}");
    assert!(csv.contains("1,written-requests,met"), "{csv}");
    assert!(csv.contains("bad-time"), "{csv}");
    assert!(csv.contains("short-row"), "{csv}");
    assert!(
        text(&out.stderr).contains("3 case(s) read, 2 unreadable"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn compiled_rules_give_the_same_answers_without_the_parser() {
    let path = std::env::temp_dir().join("delai-cli-city.json");
    let c = delai(&["compile", CITY, "-o", path.to_str().unwrap()], None);
    assert_eq!(c.status.code(), Some(0), "{}", text(&c.stderr));
    let args = |rules: &str| {
        delai(
            &[
                "check",
                rules,
                "pkg-examples/data/cases.csv",
                "--as-of",
                "2026-01-05 12:00",
            ],
            None,
        )
    };
    let from_source = args(CITY);
    let from_json = args(path.to_str().unwrap());
    assert_eq!(from_source.status.code(), Some(0));
    assert_eq!(text(&from_source.stdout), text(&from_json.stdout));
    assert!(text(&from_source.stdout).lines().count() >= 12_000);
}

#[test]
fn fmt_check_and_language_round_trip() {
    let messy = "standard   \"x\"{within 3 business days on \"quebec\" ; target 90 %}\n";
    let check = delai(&["fmt", "--check", "-"], Some(messy.as_bytes()));
    assert_eq!(check.status.code(), Some(1));
    let fr = delai(&["fmt", "--lang", "fr", "-"], Some(messy.as_bytes()));
    assert_eq!(fr.status.code(), Some(0), "{}", text(&fr.stderr));
    assert!(
        text(&fr.stdout).contains("dans 3 jours ouvrables selon \"quebec\""),
        "{}",
        text(&fr.stdout)
    );
    let en = delai(&["fmt", "--lang", "en", "-"], Some(&fr.stdout));
    let again = delai(&["fmt", "-"], Some(messy.as_bytes()));
    assert_eq!(text(&en.stdout), text(&again.stdout));
    let broken = delai(&["fmt", "-"], Some(b"standard \"x\" { within }"));
    assert_eq!(broken.status.code(), Some(2));
}

#[test]
fn calendar_lists_holidays_and_exports_ics() {
    let table = delai(
        &["calendar", CITY, "--calendar", "quebec", "--year", "2025"],
        None,
    );
    let t = text(&table.stdout);
    assert!(
        t.contains("2025-06-24") && t.contains("Fête nationale"),
        "{t}"
    );
    let ics = delai(
        &[
            "calendar",
            CITY,
            "--calendar",
            "city-offices",
            "--year",
            "2025",
            "--format",
            "ics",
        ],
        None,
    );
    let ics = text(&ics.stdout);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.trim_end().ends_with("END:VCALENDAR"));
    assert_eq!(
        ics.matches("BEGIN:VEVENT").count(),
        ics.matches("END:VEVENT").count()
    );
    let out = delai(
        &["calendar", CITY, "--calendar", "quebek", "--year", "2025"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn explain_tells_which_days_were_not_counted() {
    let case = br#"{"id": "c1", "attributes": {"channel": "mail"}, "events": {"received": "2025-06-20 10:00"}}"#;
    let fr = delai(
        &[
            "explain",
            CITY,
            "--standard",
            "written-requests",
            "-",
            "--lang",
            "fr",
            "--as-of",
            "2025-06-30 12:00",
        ],
        Some(case),
    );
    assert_eq!(fr.status.code(), Some(0), "{}", text(&fr.stderr));
    let out = text(&fr.stdout);
    assert!(
        out.contains("Fête nationale") && out.contains("Fête du Canada"),
        "{out}"
    );
    assert!(out.contains("Échéance : 2025-07-08"), "{out}");
}

#[test]
fn report_formats() {
    for format in ["table", "json", "csv", "html"] {
        let out = delai(
            &[
                "report",
                CITY,
                "pkg-examples/data/cases.csv",
                "--as-of",
                "2026-01-05 12:00",
                "--by",
                "fiscal-quarter",
                "--format",
                format,
            ],
            None,
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            text(&out.stderr)
        );
        assert!(text(&out.stdout).contains("written-requests"), "{format}");
    }
}

#[test]
fn bad_usage_and_unreadable_files_exit_2() {
    assert_eq!(
        delai(&["lint", "no/such/file.delai"], None).status.code(),
        Some(2)
    );
    assert_eq!(delai(&["check"], None).status.code(), Some(2));
    assert_eq!(
        delai(&["lint", "-"], Some(b"\xff\xfe garbage"))
            .status
            .code(),
        Some(2)
    );
}

/// A file of the test's own, under the system's temporary directory.
fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("delai-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

/// Rules whose start event has an accent, as French services write them.
const RECUE: &str = r#"standard "lettres" {
  applies when type = "lettre"
  starts at "reçue"
  stops at "répondue"
  within 10 business days on "quebec"
}
"#;

#[test]
fn a_misspelt_column_is_a_warning_once_and_strict_makes_it_exit_2() {
    let cases = "id,channel,recieved,answered\n1,mail,2025-06-20 10:00,\n2,mail,2025-06-21 10:00,\n3,web,2025-06-22 10:00,\n";
    for command in ["check", "report"] {
        let args = [command, CITY, "-", "--as-of", "2025-07-15 12:00"];
        let out = delai(&args, Some(cases.as_bytes()));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{command}: {err}");
        assert_eq!(err.matches("warning[unknown-column]").count(), 1, "{err}");
        assert!(
            err.contains("column `recieved` (line 1)")
                && err.contains("3 rows have a value in it, the first on line 2")
                && err.contains("did you mean `received`?")
                && err.contains("`received` is an event of the rules"),
            "{command}: {err}"
        );
        let strict = delai(&[&args[..], &["--strict"]].concat(), Some(cases.as_bytes()));
        assert_eq!(strict.status.code(), Some(2), "{command} --strict");
        assert!(text(&strict.stderr).contains("--strict"), "{command}");
    }
}

#[test]
fn a_decomposed_column_name_is_the_rules_name() {
    let rules = temp_file("recue.delai", RECUE.as_bytes());
    // `reçue` as macOS writes it: `c` and a combining cedilla.
    let cases = "id,type,rec\u{327}ue\n1,lettre,2025-06-20 10:00\n";
    let out = delai(
        &[
            "check",
            &rules,
            "-",
            "--as-of",
            "2025-06-25 12:00",
            "--strict",
        ],
        Some(cases.as_bytes()),
    );
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stdout.contains("\"status\":\"pending\""), "{stdout}");
    assert!(!stderr.contains("warning"), "{stderr}");
}

#[test]
fn a_windows_1252_file_is_an_error_per_row_not_not_started_cases() {
    let rules = temp_file("recue-1252.delai", RECUE.as_bytes());
    // `reçue` saved by an older Excel: `ç` is the one byte 0xE7.
    let cases = b"id,type,re\xe7ue\n1,lettre,2025-06-20 10:00\n2,lettre,2025-06-21 10:00\n";
    let out = delai(
        &["check", &rules, "-", "--as-of", "2025-06-25 12:00"],
        Some(cases),
    );
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(!stdout.contains("not-started"), "{stdout}");
    assert_eq!(stdout.matches("Windows-1252").count(), 2, "{stdout}");
    for line in ["\"line\":2", "\"line\":3"] {
        assert!(stdout.contains(line), "{stdout}");
    }
}

#[test]
fn a_spreadsheet_or_compressed_file_is_named_not_read_as_no_cases() {
    let xlsx = temp_file(
        "cases.xlsx",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
    );
    for command in ["check", "report"] {
        let out = delai(&[command, CITY, &xlsx], None);
        let all = text(&out.stdout) + &text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{command}: {all}");
        assert!(all.contains("looks like an Excel workbook"), "{all}");
        assert!(all.contains("save it as CSV"), "{all}");
    }
    let gz = delai(
        &["check", CITY, "-"],
        Some(b"\x1f\x8b\x08\x00\x00\x00\x00\x00"),
    );
    assert_eq!(gz.status.code(), Some(2));
    assert!(text(&gz.stdout).contains("gzip"), "{}", text(&gz.stdout));
}

#[test]
fn an_empty_or_header_only_file_warns_and_fails_under_strict() {
    for cases in ["", "id,channel,received\n"] {
        let out = delai(&["check", CITY, "-"], Some(cases.as_bytes()));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{cases:?}: {err}");
        assert!(err.contains("warning[no-cases]"), "{cases:?}: {err}");
        let strict = delai(&["check", CITY, "-", "--strict"], Some(cases.as_bytes()));
        assert_eq!(strict.status.code(), Some(2), "{cases:?}");
    }
}

#[test]
fn duplicate_ids_are_counted_in_a_warning() {
    let cases = "id,channel,received\na,mail,2025-06-20 10:00\nb,mail,2025-06-20 10:00\na,mail,2025-06-21 10:00\na,mail,2025-06-22 10:00\nc,mail,2025-06-20 10:00\n";
    let out = delai(
        &["check", CITY, "-", "--as-of", "2025-07-15 12:00"],
        Some(cases.as_bytes()),
    );
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains(
            "1 case id appears more than once (2 repeated records): `a` (again on line 4)"
        ),
        "{err}"
    );
    let strict = delai(
        &[
            "check",
            CITY,
            "-",
            "--as-of",
            "2025-07-15 12:00",
            "--strict",
        ],
        Some(cases.as_bytes()),
    );
    assert_eq!(strict.status.code(), Some(2));
}

#[test]
fn an_out_of_range_date_names_its_csv_column_and_line() {
    let cases = "id,channel,received\n1,mail,2025-06-20 10:00\n2,mail,2300-06-20 10:00\n";
    let out = delai(
        &["check", CITY, "-", "--as-of", "2025-07-15 12:00"],
        Some(cases.as_bytes()),
    );
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{stdout}");
    let error = stdout
        .lines()
        .find(|l| l.contains("date-out-of-range"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(error.contains("\"line\":3"), "{error}");
    assert!(error.contains("\"field\":\"received\""), "{error}");
    assert!(error.contains("column `received`"), "{error}");
    assert!(!error.contains("events[0]"), "{error}");
}
