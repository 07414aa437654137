//! Running the `delai` binary with the locale variables cleared, so that
//! a test's expected output does not depend on the machine's `LANG`
//! (shared by the command-line tests, `#[path]`-included by each).

// Each test crate uses a part of these helpers.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// `delai ARGS…` with the locale variables cleared, then `env` set.
pub fn delai(args: &[&str], env: &[(&str, &str)], stdin: Option<&[u8]>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_delai"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command.spawn().expect("run delai");
    if let Some(input) = stdin {
        // A command that refuses its options exits without reading its
        // input: the pipe is then closed, which is not the test's failure.
        let written = child.stdin.take().expect("stdin").write_all(input);
        if let Err(e) = written {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
        }
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("wait")
}

/// `delai ARGS…` (locale variables cleared): its stdout, stderr and exit
/// code.
pub fn delai_texts(args: &[&str]) -> (String, String, Option<i32>) {
    let out = delai(args, &[], None);
    (stdout(&out), stderr(&out), out.status.code())
}

/// Writes `text` as `name` in `folder` of the tests' temporary directory,
/// and gives its path.
pub fn temp_file(folder: &str, name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(folder);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The diagnostics of a rules text through the JSON layer every door
/// wraps (`ffi::diagnose_json`), as its JSON objects.
pub fn diagnostics(source: &str) -> Vec<serde_json::Value> {
    let request = serde_json::json!({ "text": source }).to_string();
    let answer: serde_json::Value =
        serde_json::from_str(&delai::ffi::diagnose_json(&request)).expect("JSON answer");
    answer["value"].as_array().expect("diagnostics").clone()
}

/// The codes of [`diagnostics`], in order.
pub fn diagnostic_codes(source: &str) -> Vec<String> {
    diagnostics(source)
        .iter()
        .map(|d| d["code"].as_str().expect("code").to_string())
        .collect()
}
