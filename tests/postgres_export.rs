//! Cases exported by a real PostgreSQL server, as a back office exports
//! them (`COPY … TO STDOUT (FORMAT csv, HEADER)`), read by `delai check`.
//!
//! PostgreSQL writes `timestamptz` as `2025-06-20 10:00:00.123456-04` (the
//! offset in hours, in the session's zone) and `timestamp` without a
//! fraction when there is none. The same cases are written by the test as
//! RFC 3339 text and checked too: the two outputs must be the same bytes,
//! whatever zone the exporting session was in.
//!
//! The server is started by the test (`initdb`, `pg_ctl`) in a temporary
//! folder, on a Unix socket there, no TCP; as the `postgres` user when
//! the test runs as root (the server refuses root). Without PostgreSQL
//! installed the test says so and passes, except under CI (`CI` set),
//! where `.ci/setup` installs it and its absence fails.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const RULES: &str = r#"
calendar "offices" extends "quebec" {}
standard "written" {
  applies when channel = "mail"
  starts at "received"
  stops at "answered"
  within 10 business days on "offices"
}
standard "calls" {
  applies when channel = "phone"
  starts at "received"
  stops at "answered"
  within 4 hours
}
"#;

/// The server's programs (`initdb`, `pg_ctl`), newest version first.
fn server_bin() -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|bin| bin.join("initdb").exists())
        .collect();
    dirs.sort();
    dirs.pop()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.trim_ascii() == b"0")
        .unwrap_or(false)
}

/// A command, as `postgres` when we are root.
fn as_server_user(program: &Path) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

fn ok(what: &str, out: Output) -> Output {
    assert!(
        out.status.success(),
        "{what} failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    out
}

/// A running server, stopped when dropped.
struct Server {
    bin: PathBuf,
    dir: PathBuf,
}

impl Server {
    fn start(bin: PathBuf) -> Server {
        let dir = std::env::temp_dir().join(format!("delai-pg-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        if is_root() {
            ok(
                "chown",
                Command::new("chown")
                    .args(["postgres:postgres"])
                    .arg(&dir)
                    .output()
                    .unwrap(),
            );
        }
        let data = dir.join("data");
        ok(
            "initdb",
            as_server_user(&bin.join("initdb"))
                .args([
                    "-A",
                    "trust",
                    "-U",
                    "postgres",
                    "--no-sync",
                    "-E",
                    "UTF8",
                    "-D",
                ])
                .arg(&data)
                .output()
                .unwrap(),
        );
        let options = format!("-c listen_addresses='' -k {} -c fsync=off", dir.display());
        ok(
            "pg_ctl start",
            as_server_user(&bin.join("pg_ctl"))
                .args(["-w", "-t", "60", "-D"])
                .arg(&data)
                .args(["-l"])
                .arg(dir.join("log"))
                .args(["-o", &options, "start"])
                .stdout(Stdio::null())
                .output()
                .unwrap(),
        );
        Server { bin, dir }
    }

    /// Runs `psql` commands; returns what they print.
    fn psql(&self, commands: &[&str], stdin: Option<&str>) -> String {
        use std::io::Write;
        let mut c = Command::new(self.bin.join("psql"));
        c.arg("-h").arg(&self.dir).args([
            "-U",
            "postgres",
            "-d",
            "postgres",
            "-X",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
        ]);
        for command in commands {
            c.args(["-c", command]);
        }
        let mut child = c
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut input = child.stdin.take().unwrap();
        if let Some(text) = stdin {
            input.write_all(text.as_bytes()).unwrap();
        }
        drop(input);
        let out = ok("psql", child.wait_with_output().unwrap());
        String::from_utf8(out.stdout).unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = as_server_user(&self.bin.join("pg_ctl"))
            .args(["-m", "immediate", "-D"])
            .arg(self.dir.join("data"))
            .arg("stop")
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Cases as RFC 3339 CSV: received across 2024–2025 (some with
/// microseconds), answered hours to weeks later or not yet.
fn cases() -> String {
    let mut out = String::from("id,channel,received,answered\n");
    let mut s: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        s
    };
    let first = chrono::DateTime::parse_from_rfc3339("2024-01-01T00:00:00Z").unwrap();
    for i in 0..400 {
        let micros = if i % 3 == 0 { next() % 1_000_000 } else { 0 };
        let received = first
            + chrono::Duration::seconds((next() % (730 * 86_400)) as i64)
            + chrono::Duration::microseconds(micros as i64);
        let answered = match next() % 4 {
            0 => String::new(),
            _ => (received + chrono::Duration::minutes((next() % (30 * 24 * 60)) as i64))
                .to_rfc3339(),
        };
        let channel = if i % 2 == 0 { "mail" } else { "phone" };
        out.push_str(&format!(
            "c-{i},{channel},{},{answered}\n",
            received.to_rfc3339()
        ));
    }
    out
}

fn check(dir: &Path, name: &str, csv: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, csv).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_delai"))
        .arg("check")
        .arg(dir.join("rules.delai"))
        .arg(&path)
        .args([
            "--as-of",
            "2026-01-15T12:00:00-05:00",
            "--format",
            "csv",
            "--strict",
        ])
        .output()
        .unwrap();
    let out = ok(&format!("delai check {name}"), out);
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_postgresql_export_reads_as_the_same_cases() {
    let Some(bin) = server_bin() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "PostgreSQL is not installed: `bash .ci/setup` installs it"
        );
        eprintln!("skipped: PostgreSQL is not installed (`bash .ci/setup` installs it)");
        return;
    };
    let server = Server::start(bin);
    let rfc3339 = cases();
    server.psql(
        &[
            "CREATE TABLE cases (id text, channel text, received timestamptz, answered timestamptz)",
            "COPY cases FROM STDIN (FORMAT csv, HEADER)",
        ],
        Some(&rfc3339),
    );
    let dir = server.dir.join("work");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("rules.delai"), RULES).unwrap();
    let want = check(&dir, "rfc3339.csv", &rfc3339);
    let records = want.lines().count() - 1;
    assert_eq!(records, 400, "one standard a case");
    assert!(!want.contains(",error,"), "{want}");

    for zone in ["America/Toronto", "Asia/Kolkata", "UTC", "America/St_Johns"] {
        let export = server.psql(
            &[
                &format!("SET TIME ZONE '{zone}'"),
                "COPY (SELECT * FROM cases ORDER BY id COLLATE \"C\") TO STDOUT (FORMAT csv, HEADER)",
            ],
            None,
        );
        // What PostgreSQL writes: the offset in hours, fractions as kept.
        assert!(export.lines().nth(1).is_some(), "{export}");
        if zone == "America/Toronto" {
            assert!(
                export.contains("-05\n") || export.contains("-05,"),
                "{export}"
            );
        }
        let got = check(&dir, &format!("{}.csv", zone.replace('/', "-")), &export);
        let sorted = |text: &str| {
            let mut lines: Vec<&str> = text.lines().collect();
            lines.sort_unstable();
            lines.join("\n")
        };
        assert_eq!(sorted(&got), sorted(&want), "exported in {zone}");
    }

    // `timestamp` (no zone): local times, read in the calendar's zone.
    let export = server.psql(
        &[
            "SET TIME ZONE 'America/Toronto'",
            "COPY (SELECT id, channel, received::timestamp AS received, \
             answered::timestamp AS answered FROM cases) TO STDOUT (FORMAT csv, HEADER)",
        ],
        None,
    );
    let received = export.lines().nth(1).and_then(|l| l.split(',').nth(2));
    assert!(
        received.is_some_and(|t| t.len() == 19 || t.len() == 26),
        "no offset: {export}"
    );
    let got = check(&dir, "local.csv", &export);
    assert_eq!(got.lines().count() - 1, 400);
    assert!(!got.contains("bad-time"), "{got}");
}
