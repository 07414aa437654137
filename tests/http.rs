//! `delai serve`, started for real: the batch endpoint gives the command
//! line's records exactly (every corpus case), every endpoint answers as
//! the package does, and bad input gets a problem, never a 5xx.

#[path = "support/http_server.rs"]
mod http_server;

use http_server::{root, Server};
use serde_json::{json, Value};
use std::io::Write;
use std::process::{Command, Stdio};

/// `delai check RULES - --format jsonl --as-of AS_OF` with `cases` on
/// stdin (as the batch endpoint reads them: no file name to go by).
fn cli_records(rules: &str, cases: &[u8], as_of: &str) -> Vec<u8> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_delai"))
        .args([
            "check", rules, "-", "--format", "jsonl", "--as-of", as_of, "--quiet",
        ])
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = cases.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    let _ = writer.join();
    out.stdout
}

/// The query string of an instant.
fn query(as_of: &str) -> String {
    as_of
        .replace(' ', "%20")
        .replace('+', "%2B")
        .replace(':', "%3A")
}

/// Every file of cases through `check/batch` and through `delai check`:
/// the same bytes. Returns how many records were compared.
fn same_as_cli(rules: &str, files: &[std::path::PathBuf], as_of: &str) -> usize {
    let server = Server::start(rules, &[]);
    let mut records = 0;
    for file in files {
        let cases = std::fs::read(file).unwrap();
        let path = format!("/v1/check/batch?asOf={}", query(as_of));
        let reply = server.call("POST", &path, &cases);
        assert_eq!(reply.status, 200, "{}: {}", file.display(), reply.text());
        assert!(reply.whole, "{}: the answer broke off", file.display());
        let expected = cli_records(rules, &cases, as_of);
        assert_eq!(
            reply.text(),
            String::from_utf8_lossy(&expected),
            "{}: records differ",
            file.display()
        );
        records += reply.body.iter().filter(|&&b| b == b'\n').count();
    }
    records
}

#[test]
fn the_batch_endpoint_gives_the_command_lines_records_for_every_corpus_case() {
    let clock = same_as_cli(
        "tests/corpus/clock.delai",
        &[root().join("tests/corpus/cases.jsonl")],
        "2025-07-15 12:00",
    );
    assert!(clock > 50, "{clock} records");
    for as_of in ["2025-07-07T09:00:00-04:00", "2026-03-08T02:30:00-05:00"] {
        same_as_cli(
            "tests/parity/rules.delai",
            &[root().join("tests/parity/cases.jsonl")],
            as_of,
        );
    }
    // The readers' corpus: JSON, JSON Lines and CSV, bad lines and rows,
    // byte order marks, other encodings: every one an error record or a
    // record, as in the command line.
    let mut files: Vec<_> = std::fs::read_dir(root().join("tests/cases/readers"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.to_string_lossy().ends_with(".expected.json"))
        .collect();
    files.sort();
    assert!(files.len() > 20);
    let n = same_as_cli(
        "tests/parity/readers.delai",
        &files,
        "2025-07-07T09:00:00-04:00",
    );
    assert!(n > 0);
}

#[test]
fn every_endpoint_answers_as_the_package_does_and_names_its_rules_version() {
    let server = Server::start("tests/fixtures/city.delai", &[]);
    let standards = server.call("GET", "/v1/standards", b"");
    assert_eq!(standards.status, 200);
    let version = standards.header("delai-rules-version").unwrap().to_string();
    assert_eq!(version.len(), 16);
    assert_eq!(standards.json()["value"][0]["id"], "written-requests");

    let due = json!({"standard": "written-requests", "start": "2025-06-20 10:00",
                     "attributes": {"channel": "mail"}});
    let reply = server.call("POST", "/v1/due", due.to_string().as_bytes());
    assert_eq!(reply.header("delai-rules-version"), Some(version.as_str()));
    let v = reply.json();
    assert_eq!(v["value"]["due"], "2025-07-08T23:59:59-04:00");
    assert_eq!(
        v["value"]["text"]["fr"],
        "Réponse au plus tard le mardi 8 juillet 2025"
    );

    let case = json!({"id": "A-1", "attributes": {"channel": "mail"},
                      "events": {"received": "2025-06-20 10:00", "answered": "2025-07-02 15:00"}});
    let check = server.call(
        "POST",
        "/v1/check",
        json!({"case": case}).to_string().as_bytes(),
    );
    assert_eq!(check.json()["value"][0]["status"], "met");

    let report = json!({"cases": [case], "asOf": "2025-08-01", "by": "quarter"});
    let report = server.call("POST", "/v1/report", report.to_string().as_bytes());
    assert_eq!(report.status, 200, "{}", report.text());

    let explain = json!({"standard": "written-requests", "case": case, "lang": "fr"});
    let explain = server.call("POST", "/v1/explain", explain.to_string().as_bytes());
    assert_eq!(explain.status, 200, "{}", explain.text());
    assert!(explain.text().contains("ouvrables"), "{}", explain.text());

    let holidays = server.call("GET", "/v1/holidays?calendar=quebec&year=2025", b"");
    let holidays = holidays.json();
    assert!(holidays["value"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["date"] == "2025-06-24"));
    let days = server.call(
        "GET",
        "/v1/non-business-days?calendar=quebec&year=2025",
        b"",
    );
    assert!(days.json()["value"].as_array().unwrap().len() > 100);

    let text = "standard \"s\" {   within 10 business days on \"quebec\" }";
    let formatted = server.call(
        "POST",
        "/v1/format",
        json!({"text": text}).to_string().as_bytes(),
    );
    assert!(formatted.json()["value"]
        .as_str()
        .unwrap()
        .contains("within 10 business days"));
    let diagnosed = server.call("POST", "/v1/diagnose", br#"{"text": "standard \"s\" {"}"#);
    assert_eq!(diagnosed.json()["value"][0]["severity"], "error");
}

#[test]
fn bad_input_gets_a_problem_with_the_command_lines_diagnostics_never_a_5xx() {
    let server = Server::start("tests/fixtures/city.delai", &[]);
    let problem = |reply: &http_server::Reply| -> Value {
        assert_eq!(
            reply.header("content-type"),
            Some("application/problem+json"),
            "{}",
            reply.text()
        );
        reply.json()
    };
    // Not JSON, truncated JSON, not UTF-8, the wrong shape: 400, bad-json.
    for body in [
        &b"{bad"[..],
        b"{\"standard\": \"written-",
        b"\xff\xfe{}",
        b"[1, 2]",
        b"",
    ] {
        let reply = server.call("POST", "/v1/due", body);
        assert_eq!(reply.status, 400, "{}", reply.text());
        let p = problem(&reply);
        assert_eq!(p["type"], "urn:delai:problem:bad-json");
        assert_eq!(p["errors"][0]["code"], "bad-json");
        assert_eq!(p["status"], 400);
    }
    // Read, but refused: an unknown standard (with the closest), a bad time.
    let reply = server.call(
        "POST",
        "/v1/due",
        br#"{"standard": "writen-requests", "start": "2025-06-20 10:00"}"#,
    );
    assert_eq!(reply.status, 422);
    let p = problem(&reply);
    assert_eq!(p["errors"][0]["code"], "unknown-standard");
    assert!(
        p["errors"][0]["help"]
            .as_str()
            .unwrap()
            .contains("written-requests"),
        "{p}"
    );
    let reply = server.call("POST", "/v1/check/batch?asOf=yesterday", b"{}");
    assert_eq!(reply.status, 422, "{}", reply.text());
    assert_eq!(problem(&reply)["errors"][0]["field"], "asOf");
    let reply = server.call("POST", "/v1/check/batch?read=%7Bnope", b"{}");
    assert_eq!(reply.status, 400);
    // A bad line in a batch is an error record among the others, as in
    // the command line; the answer is whole.
    let batch = server.call(
        "POST",
        "/v1/check/batch?asOf=2025-08-01",
        b"{\"id\":\"a\"}\n{bad\n",
    );
    assert_eq!(batch.status, 200);
    assert!(batch.whole);
    assert!(batch.text().contains(r#""line":2"#), "{}", batch.text());
    // Unknown paths and methods: problems too.
    assert_eq!(
        problem(&server.call("GET", "/v2/nothing", b""))["status"],
        404
    );
    assert_eq!(server.call("GET", "/v1/due", b"").status, 405);
}

/// A client that accepts gzip gets its JSON answers gzipped, and the same
/// bytes once unzipped (by `gzip`, a tool independent of the server's).
#[test]
fn json_answers_are_gzipped_for_clients_that_ask() {
    let server = Server::start("tests/fixtures/city.delai", &[]);
    let plain = server.call("GET", "/v1/standards", b"");
    assert_eq!(plain.status, 200);
    assert_eq!(plain.header("content-encoding"), None);
    let zipped = server.call_with("GET", "/v1/standards", &["Accept-Encoding: gzip"], b"");
    assert_eq!(zipped.status, 200);
    assert_eq!(zipped.header("content-encoding"), Some("gzip"));
    assert!(
        zipped.body.len() < plain.body.len() / 2,
        "{} bytes",
        zipped.body.len()
    );
    let mut gunzip = Command::new("gzip")
        .arg("-dc")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("gzip");
    gunzip
        .stdin
        .take()
        .unwrap()
        .write_all(&zipped.body)
        .unwrap();
    let out = gunzip.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, plain.body);
}
