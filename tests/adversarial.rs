//! Adversarial inputs against the built `delai` binary: each must end with
//! exit code 0, 1 or 2, print no panic, and finish within [`HANG`] (a hang
//! detector, not a benchmark: debug builds are slow). Big inputs are made
//! here at run time, never committed. The table of results is
//! `tests/adversarial/README.md`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Generous: the machines are shared and noisy, and debug builds of the
/// biggest inputs here take 5-20 s on a loaded 2-core machine; a quadratic
/// blow-up on 50,000 items takes many minutes, and is still caught.
const HANG: Duration = Duration::from_secs(90);

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn dir() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("adversarial");
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn file(name: &str, content: impl AsRef<[u8]>) -> String {
    let p = dir().join(name);
    std::fs::write(&p, content).unwrap();
    p.to_string_lossy().into_owned()
}

/// Runs the binary, feeding `stdin`; fails on a timeout, a panic or an
/// exit code outside {0, 1, 2}.
fn delai(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_delai"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the delai binary runs");
    let feeder = stdin.map(|bytes| {
        let bytes = bytes.to_vec();
        let mut pipe = child.stdin.take().unwrap();
        // The binary may stop reading early (an error): a broken pipe is fine.
        std::thread::spawn(move || drop(pipe.write_all(&bytes)))
    });
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut out_pipe, &mut s).ok();
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut err_pipe, &mut s).ok();
        s
    });
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > HANG {
            child.kill().ok();
            child.wait().ok();
            panic!("delai {args:?} did not finish within {HANG:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    if let Some(f) = feeder {
        f.join().unwrap();
    }
    let stdout = String::from_utf8_lossy(&out.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&err.join().unwrap()).into_owned();
    let code = status.code().expect("exited, not killed by a signal");
    assert!(
        [0, 1, 2].contains(&code),
        "delai {args:?}: exit code {code}\n{stderr}"
    );
    assert!(
        !stderr.contains("panicked"),
        "delai {args:?} panicked:\n{stderr}"
    );
    Run {
        code,
        stdout,
        stderr,
    }
}

fn lint(name: &str, content: impl AsRef<[u8]>) -> Run {
    let path = file(name, content);
    delai(&["lint", &path], None)
}

const ONE: &str = "standard \"s\" {\n  within 1 days on \"quebec\"\n}\n";

/// Rules with business days, business hours and a pause, for cases.
const RULES: &str = r#"calendar "office" {
  timezone "America/Toronto"
  workdays monday to friday
  hours 08:30-12:00, 13:00-16:30
}
standard "letters" {
  starts at "received"
  stops at "answered"
  pauses from "info-requested" until "info-received"
  within 10 business days on "office"
}
standard "hours" {
  starts at "received"
  stops at "answered"
  within 4 business hours on "office"
}
"#;

fn check(name: &str, cases: impl AsRef<[u8]>) -> Run {
    let rules = file("rules.delai", RULES);
    let cases = file(name, cases);
    delai(&["check", &rules, &cases, "--as-of", "2025-08-01"], None)
}

// ---------------------------------------------------------------- rules files

#[test]
fn nested_parentheses_100k() {
    let src = format!(
        "standard \"s\" {{\n  applies when {}a = 1{}\n  within 1 days on \"quebec\"\n}}\n",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    let r = lint("parens.delai", src);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("error[too-deep]"), "{}", r.stderr);
}

#[test]
fn comment_20_mib() {
    let src = format!("#{}\n{ONE}", "x".repeat(20 * 1024 * 1024));
    let r = lint("comment.delai", src);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("error[file-too-large]"), "{}", r.stderr);
}

#[test]
fn comment_just_under_the_size_limit() {
    let src = format!("#{}\n{ONE}", "x".repeat(9 * 1024 * 1024));
    assert_eq!(lint("comment9.delai", src).code, 0);
}

#[test]
fn standards_50k() {
    let src: String = (0..50_000)
        .map(|i| format!("standard \"s{i}\" {{\n  within 1 days on \"quebec\"\n}}\n"))
        .collect();
    let r = lint("many.delai", src);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn standards_and_examples_20k_each() {
    let mut src: String = (0..20_000)
        .map(|i| format!("standard \"s{i}\" {{\n  within 1 days on \"quebec\"\n}}\n"))
        .collect();
    for i in 0..20_000 {
        // Every example names an unknown standard: did-you-mean must not
        // compare each with every standard.
        src.push_str(&format!(
            "example \"e{i}\" {{\n  standard \"x{i}\"\n  event \"received\" at 2025-06-20 10:00\n  expect due 2025-06-23 23:59:59\n}}\n"
        ));
    }
    let r = lint("examples.delai", src);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("error[unknown-standard]"));
}

#[test]
fn numbers_larger_than_u64() {
    let r = lint(
        "bignum.delai",
        "standard \"s\" {\n  applies when priority > 99999999999999999999999999999\n  within 184467440737095516160 days on \"quebec\"\n  target 99999999999999999999%\n}\n",
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("error[number-too-large]"), "{}", r.stderr);
}

#[test]
fn invalid_utf8() {
    let r = lint(
        "invalid.delai",
        b"standard \"s\xff\xfe\" { within 1 days }\n",
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("error[invalid-utf8]"), "{}", r.stderr);
    assert!(r.stderr.contains("line 1, column 12"), "{}", r.stderr);
}

#[test]
fn byte_order_mark() {
    let mut src = b"\xEF\xBB\xBF".to_vec();
    src.extend_from_slice(ONE.as_bytes());
    assert_eq!(lint("bom.delai", &src).code, 0);
}

#[test]
fn crlf_line_ends() {
    // One calendar day from a Friday ends on the Saturday, where it stays
    // under the Loi d'interprétation (art. 52 moves only past holidays).
    let src = "standard \"s\" {\r\n  within 1 days on \"quebec\"\r\n}\r\nexample \"e\" {\r\n  standard \"s\"\r\n  event \"received\" at 2025-06-20 10:00\r\n  expect due 2025-06-21 23:59:59\r\n}\r\n";
    let path = file("crlf.delai", src);
    assert_eq!(delai(&["test", &path], None).code, 0);
}

#[test]
fn nul_bytes() {
    let r = lint(
        "nul.delai",
        b"standard \"s\x00\" {\x00 within 1 days on \"quebec\" }\x00\n",
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("NUL"), "{}", r.stderr);
}

#[test]
fn empty_file() {
    assert_eq!(lint("empty.delai", "").code, 0);
    let path = file("empty.delai", "");
    assert_eq!(delai(&["test", &path], None).code, 0);
}

#[test]
fn extends_chain_5000() {
    let mut src = String::from("calendar \"c0\" extends \"quebec\" { }\n");
    for i in 1..5000 {
        src.push_str(&format!("calendar \"c{i}\" extends \"c{}\" {{ }}\n", i - 1));
    }
    src.push_str("standard \"s\" { within 3 business days on \"c4999\" }\n");
    let r = lint("extends.delai", src);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("error[extends-too-deep]"), "{}", r.stderr);
}

const NO_BUSINESS_DAY: &str = r#"calendar "never" {
  timezone "America/Toronto"
  workdays saturday
  closed "Always" from january 1 to december 31
}
standard "days" { within 3 business days on "never" }
standard "hours" { within 3 business hours on "never" }
standard "calendar-days" { within 3 days on "never" }
standard "months" { within 3 months on "never" }
"#;

#[test]
fn calendar_without_business_days() {
    let rules = file("never.delai", NO_BUSINESS_DAY);
    for s in ["days", "hours", "calendar-days", "months"] {
        let r = delai(
            &[
                "due",
                &rules,
                "--standard",
                s,
                "--start",
                "2025-06-20 10:00",
            ],
            None,
        );
        assert_eq!(r.code, 2, "{s}");
        assert!(
            r.stderr.contains("error[no-business-day]"),
            "{s}: {}",
            r.stderr
        );
    }
    let cases = file(
        "never.jsonl",
        "{\"id\":\"1\",\"events\":{\"received\":\"2025-06-20 10:00\"}}\n",
    );
    let r = delai(&["check", &rules, &cases, "--as-of", "2025-07-01"], None);
    assert_eq!(
        r.stdout.matches("no-business-day").count(),
        4,
        "{}",
        r.stdout
    );
    let r = delai(
        &["calendar", &rules, "--calendar", "never", "--year", "2025"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

// ---------------------------------------------------------------- cases

#[test]
fn stop_before_start() {
    let r = check(
        "stop-before-start.json",
        r#"{"id":"1","events":[{"name":"received","at":"2025-06-20 10:00"},{"name":"answered","at":"2025-06-10 10:00"}]}"#,
    );
    assert_eq!(
        r.stdout.matches("stop-before-start").count(),
        2,
        "{}",
        r.stdout
    );
}

#[test]
fn events_in_dst_gap_and_fold() {
    // 02:30 does not exist on 2025-03-09 in Toronto; 01:30 happens twice on
    // 2025-11-02.
    let r = check(
        "dst.jsonl",
        concat!(
            r#"{"id":"gap","events":{"received":"2025-03-09 02:30","answered":"2025-03-10 09:00"}}"#,
            "\n",
            r#"{"id":"fold","events":{"received":"2025-11-02 01:30","answered":"2025-11-02 01:45"}}"#,
            "\n"
        ),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 4, "{}", r.stdout);
}

#[test]
fn duplicated_events() {
    let r = check(
        "dup.json",
        r#"{"id":"dup","events":[{"name":"received","at":"2025-06-20 10:00"},{"name":"received","at":"2025-06-21 10:00"},{"name":"answered","at":"2025-06-25 10:00"},{"name":"answered","at":"2025-06-23 10:00"}]}"#,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("\"status\":\"met\""), "{}", r.stdout);
}

#[test]
fn pause_never_resumed() {
    let r = check(
        "pause.json",
        r#"{"id":"p","events":[{"name":"received","at":"2025-06-20 10:00"},{"name":"info-requested","at":"2025-06-21 10:00"}]}"#,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("\"status\":\"paused\""), "{}", r.stdout);
}

#[test]
fn csv_short_rows() {
    let r = check(
        "short.csv",
        "id,received,answered,channel\n1,2025-06-20 10:00\n2\n3,2025-06-20 10:00,2025-06-21 10:00,mail,extra\n",
    );
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("short-row") && r.stdout.contains("long-row"));
    assert_eq!(r.stdout.lines().count(), 3, "every row appears");
}

#[test]
fn csv_quoted_newlines() {
    let r = check(
        "quoted.csv",
        "id,received,answered,channel\n\"1\n2\",2025-06-20 10:00,,\"ma\nil\"\n\"3\",2025-06-20 10:00,\"2025-06-21\n10:00\",x\n",
    );
    // A line break inside a time reads as the space between date and time.
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("\"case\":\"1\\n2\""), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("\"case\":\"3\",\"standard\":\"letters\",\"status\":\"met\""),
        "{}",
        r.stdout
    );
}

#[test]
fn csv_unterminated_quote_over_the_record_limit() {
    let mut cases = String::from("id,received,note\n1,2025-06-20 10:00,ok\n2,,\"open\n");
    while cases.len() < 3 * 1024 * 1024 {
        cases.push_str("filler line of a quote that never closes\n");
    }
    let r = check("unterminated.csv", cases);
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("record-too-long"), "{}", r.stdout);
}

#[test]
fn json_lines_line_over_the_record_limit() {
    let cases = format!(
        "{{\"id\":\"{}\"}}\n{{\"id\":\"ok\",\"events\":{{\"received\":\"2025-06-20 10:00\"}}}}\n",
        "x".repeat(2 * 1024 * 1024)
    );
    let r = check("long.jsonl", cases);
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("record-too-long"), "{}", r.stdout);
    assert!(r.stdout.contains("\"case\":\"ok\""), "reading goes on");
}

#[test]
fn case_with_20k_events() {
    let events: Vec<String> = (0..20_000)
        .map(|i| {
            format!(
                "{{\"name\":\"received\",\"at\":\"2025-06-{:02} 10:00\"}}",
                1 + i % 28
            )
        })
        .collect();
    let r = check(
        "events.json",
        format!("{{\"id\":\"m\",\"events\":[{}]}}", events.join(",")),
    );
    assert!(r.stdout.contains("too-many-events"), "{}", r.stdout);
}

#[test]
fn extreme_years_in_cases() {
    let r = check(
        "years.jsonl",
        concat!(
            r#"{"id":"a","events":{"received":"1899-12-31 10:00"}}"#,
            "\n",
            r#"{"id":"b","events":{"received":"2199-12-31 23:59:59"}}"#,
            "\n",
            r#"{"id":"c","events":{"received":"+262142-12-31T23:59:59Z"}}"#,
            "\n",
            r#"{"id":"d","events":{"received":"9999-12-31T23:59:59-23:59"}}"#,
            "\n"
        ),
    );
    // The reader refuses the year where it still knows the field: one
    // error for the record (not one per standard), naming `events.received`.
    let a: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.contains("\"case\":\"a\""))
        .collect();
    assert_eq!(a.len(), 1, "{}", r.stdout);
    assert!(a[0].contains("date-out-of-range"), "{}", a[0]);
    assert!(a[0].contains("\"field\":\"events.received\""), "{}", a[0]);
}

// ---------------------------------------------------------------- stdin

/// Deterministic pseudo-random bytes (xorshift), so failures reproduce.
fn random_bytes(seed: u64, n: usize) -> Vec<u8> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// Random bytes that are valid UTF-8 text with the language's punctuation.
fn random_text(seed: u64, n: usize) -> Vec<u8> {
    const ALPHABET: &[u8] = b"standardcalendarexamplewithin\"{}()#\n 0123456789-:%,=<>";
    random_bytes(seed, n)
        .into_iter()
        .map(|b| ALPHABET[usize::from(b) % ALPHABET.len()])
        .collect()
}

#[test]
fn random_bytes_on_stdin() {
    let rules = file("rules.delai", RULES);
    for seed in 1..=4 {
        for input in [random_bytes(seed, 64 * 1024), random_text(seed, 64 * 1024)] {
            delai(&["lint", "-"], Some(&input));
            delai(&["fmt", "-"], Some(&input));
            delai(
                &["check", &rules, "-", "--as-of", "2025-08-01"],
                Some(&input),
            );
        }
    }
}

#[test]
fn formatting_a_file_with_every_construct_on_stdin() {
    for name in ["city.delai", "ville.delai"] {
        let src = std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(name),
        )
        .unwrap();
        let r = delai(&["fmt", "-", "--lang", "fr"], Some(&src));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let again = delai(&["fmt", "-", "--lang", "fr"], Some(r.stdout.as_bytes()));
        assert_eq!(again.stdout, r.stdout, "idempotent");
    }
}
