//! Hot reload of `delai serve`, started for real: saved rules that
//! compile take over (a new version in every answer); rules that do not
//! are refused, the old keep serving, and `/health` says why; SIGHUP
//! rereads the file.

#[path = "support/http_server.rs"]
mod http_server;

use http_server::{Reply, Server};
use std::path::PathBuf;

const DUE: &str = r#"{"standard": "s", "start": "2025-06-20 10:00"}"#;

fn rules(days: u32) -> String {
    format!("standard \"s\" {{\n  within {days} business days on \"quebec\"\n}}\n")
}

fn rules_file(name: &str, text: &str) -> PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("http-reload");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn version(reply: &Reply) -> String {
    reply.header("delai-rules-version").unwrap().to_string()
}

#[test]
fn saved_rules_that_compile_replace_the_old_and_broken_ones_do_not() {
    let path = rules_file("watched.delai", &rules(10));
    let server = Server::start(path.to_str().unwrap(), &[]);
    let before = server.call("POST", "/v1/due", DUE.as_bytes());
    assert_eq!(before.json()["value"]["due"], "2025-07-08T23:59:59-04:00");

    // Saved with another deadline: the next answers use it.
    std::fs::write(&path, rules(5)).unwrap();
    let health = server.wait_for("/health", |r| version(r) != version(&before));
    assert_eq!(health.json()["status"], "ok");
    let after = server.call("POST", "/v1/due", DUE.as_bytes());
    assert_eq!(version(&after), version(&health));
    assert_eq!(after.json()["value"]["due"], "2025-06-30T23:59:59-04:00");

    // Saved broken: refused, the last good rules keep answering, and
    // /health gives the file's diagnostics.
    std::fs::write(&path, "standard \"s\" {\n  within ten business days\n").unwrap();
    let health = server.wait_for("/health", |r| r.json()["status"] == "degraded");
    let failed = &health.json()["failedReload"];
    assert_eq!(failed["errors"][0]["severity"], "error");
    assert!(failed["errors"][0]["file"]
        .as_str()
        .unwrap()
        .ends_with("watched.delai"));
    assert!(failed["errors"][0]["code"].is_string() && failed["errors"][0]["line"].is_u64());
    let still = server.call("POST", "/v1/due", DUE.as_bytes());
    assert_eq!(version(&still), version(&after));
    assert_eq!(still.json()["value"]["due"], "2025-06-30T23:59:59-04:00");

    // Fixed: taken, and the failure forgotten.
    std::fs::write(&path, rules(10)).unwrap();
    let health = server.wait_for("/health", |r| r.json()["status"] == "ok");
    assert_eq!(version(&health), version(&before));
    let metrics = server.call("GET", "/metrics", b"").text();
    assert!(
        metrics.contains("delai_reloads_total{outcome=\"ok\"} 2"),
        "{metrics}"
    );
    assert!(
        metrics.contains("delai_reloads_total{outcome=\"failed\"} 1"),
        "{metrics}"
    );
}

#[test]
fn sighup_rereads_the_rules_file() {
    let path = rules_file("hangup.delai", &rules(10));
    let server = Server::start(path.to_str().unwrap(), &[]);
    server.signal("HUP");
    let metrics = server.wait_for("/metrics", |r| {
        r.text().contains("delai_reloads_total{outcome=\"ok\"} 1")
    });
    assert!(metrics
        .text()
        .contains("delai_reloads_total{outcome=\"failed\"} 0"));
    let log = server.log.lock().unwrap().join("\n");
    assert!(log.contains(r#""trigger":"SIGHUP""#), "{log}");
}
