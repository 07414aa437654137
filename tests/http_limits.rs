//! `delai serve`'s limits, started for real: body size (413), request
//! time (408), requests at once (503), the bearer token, and a graceful
//! SIGTERM (the request in flight finishes).

#[path = "support/http_server.rs"]
mod http_server;

use http_server::{chunk, end_chunks, read_reply, root, Server};
use std::io::Write;
use std::time::{Duration, Instant};

const RULES: &str = "tests/fixtures/city.delai";
const DUE: &str = r#"{"standard": "written-requests", "start": "2025-06-20 10:00", "attributes": {"channel": "mail"}}"#;

#[test]
fn a_body_over_the_limit_is_refused_with_413_whether_announced_or_chunked() {
    let server = Server::start(RULES, &["--max-body", "1000"]);
    let big = format!(
        r#"{{"standard": "{}", "start": "2025-06-20 10:00"}}"#,
        "x".repeat(2000)
    );
    let reply = server.call("POST", "/v1/due", big.as_bytes());
    assert_eq!(reply.status, 413);
    assert_eq!(reply.json()["type"], "urn:delai:problem:too-large");
    let mut s = server.open("POST", "/v1/due", &[], None);
    chunk(&mut s, big.as_bytes());
    end_chunks(&mut s);
    assert_eq!(read_reply(s).status, 413);
    // Under the limit, answered.
    assert_eq!(server.call("POST", "/v1/due", DUE.as_bytes()).status, 200);
}

#[test]
fn a_client_that_stalls_gets_408_after_the_timeout() {
    let server = Server::start(RULES, &["--timeout", "1"]);
    let mut s = server.open("POST", "/v1/due", &[], Some(DUE.len()));
    s.write_all(&DUE.as_bytes()[..10]).unwrap();
    let start = Instant::now();
    let reply = read_reply(s);
    assert_eq!(reply.status, 408, "{}", reply.text());
    assert_eq!(reply.json()["type"], "urn:delai:problem:timeout");
    assert!(start.elapsed() < Duration::from_secs(5));
    // The server still answers others.
    assert_eq!(server.call("POST", "/v1/due", DUE.as_bytes()).status, 200);
}

#[test]
fn requests_over_the_concurrency_limit_are_shed_with_503_at_once() {
    let server = Server::start(RULES, &["--concurrency", "1"]);
    // The one slot, held by a request whose body is still coming.
    let mut held = server.open("POST", "/v1/due", &[], Some(DUE.len()));
    held.write_all(&DUE.as_bytes()[..10]).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let start = Instant::now();
    let shed = server.call("POST", "/v1/due", DUE.as_bytes());
    assert_eq!(shed.status, 503);
    assert_eq!(shed.header("retry-after"), Some("1"));
    assert_eq!(shed.json()["type"], "urn:delai:problem:overloaded");
    assert!(start.elapsed() < Duration::from_secs(1));
    // The held request finishes, and frees its slot.
    held.write_all(&DUE.as_bytes()[10..]).unwrap();
    assert_eq!(read_reply(held).status, 200);
    assert_eq!(server.call("POST", "/v1/due", DUE.as_bytes()).status, 200);
    // Health and metrics are not shed.
    let metrics = server.call("GET", "/metrics", b"").text();
    assert!(
        metrics.contains(r#"delai_http_requests_total{endpoint="/v1/due",status="503"} 1"#),
        "{metrics}"
    );
}

#[test]
fn a_token_is_required_when_one_is_set_and_off_loopback() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("http-token");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("token");
    std::fs::write(&file, "s3cret-token\n").unwrap();
    let server = Server::start(RULES, &["--token-file", file.to_str().unwrap()]);
    for headers in [
        &[][..],
        &["Authorization: Bearer wrong"],
        &["Authorization: s3cret-token"],
    ] {
        let reply = server.call_with("POST", "/v1/due", headers, DUE.as_bytes());
        assert_eq!(reply.status, 401, "{headers:?}");
        assert_eq!(reply.header("www-authenticate"), Some("Bearer"));
    }
    let ok = server.call_with(
        "POST",
        "/v1/due",
        &["Authorization: Bearer s3cret-token"],
        DUE.as_bytes(),
    );
    assert_eq!(ok.status, 200);
    // A probe needs no token.
    assert_eq!(server.call("GET", "/health", b"").status, 200);

    // Off loopback without a token: refused, before listening.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_delai"))
        .args(["serve", RULES, "--addr", "0.0.0.0:0"])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--token-file"));
}

#[test]
fn sigterm_lets_the_request_in_flight_finish_with_every_case() {
    let mut server = Server::start(RULES, &[]);
    let case = |i: usize| {
        format!(
            "{{\"id\":\"c{i}\",\"attributes\":{{\"channel\":\"mail\"}},\"events\":{{\"received\":\"2025-06-20 10:00\"}}}}\n"
        )
    };
    let mut s = server.open("POST", "/v1/check/batch?asOf=2025-07-01", &[], None);
    let first: String = (0..3000).map(case).collect();
    chunk(&mut s, first.as_bytes());
    std::thread::sleep(Duration::from_millis(300));
    server.signal("TERM");
    std::thread::sleep(Duration::from_millis(300));
    let rest: String = (3000..5000).map(case).collect();
    chunk(&mut s, rest.as_bytes());
    end_chunks(&mut s);
    let reply = read_reply(s);
    assert_eq!(reply.status, 200);
    assert!(reply.whole, "the answer broke off");
    for i in [0, 2999, 3000, 4999] {
        assert!(
            reply.text().contains(&format!("\"case\":\"c{i}\"")),
            "case c{i} lost"
        );
    }
    let cases = reply
        .text()
        .lines()
        .filter(|l| l.contains(r#""standard":"written-requests""#))
        .count();
    assert_eq!(cases, 5000);
    assert_eq!(server.wait(Duration::from_secs(10)), Some(0));
    let log = server.log.lock().unwrap().join("\n");
    assert!(log.contains(r#""event":"stopped""#), "{log}");
}
