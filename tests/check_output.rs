//! `delai check` output is byte-identical across performance work.
//!
//! The goldens were produced by the sequential implementation (before the
//! parallel parse/judge/format pipeline and the hand-written CSV and time
//! formatting). Small inputs (the case-reader corpus) are compared in full;
//! the 12,000 bundled cases by length and FNV-1a hash (the full outputs
//! are 2–5 MB). On a mismatch the actual output is written under
//! `target/golden-actual/` for diffing. `UPDATE_GOLDEN=1` rewrites the
//! goldens (only when the output is *meant* to change).

use std::path::{Path, PathBuf};
use std::process::Command;

const AS_OF: &str = "2025-12-31T12:00:00-05:00";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// stdout, stderr and exit code of `delai check`.
fn check(rules: &Path, cases: &Path, format: &str) -> (Vec<u8>, String, i32) {
    // DELAI_GOLDEN_BIN: produce the goldens with another build (e.g. the
    // release binary of the commit before a change).
    let bin = std::env::var_os("DELAI_GOLDEN_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_delai")));
    // Paths relative to the checkout: warnings name the cases file, and
    // goldens must not depend on where the repository is.
    let relative = |p: &Path| p.strip_prefix(root()).unwrap_or(p).to_path_buf();
    let out = Command::new(bin)
        .current_dir(root())
        .arg("check")
        .arg(relative(rules))
        .arg(relative(cases))
        .args(["--as-of", AS_OF, "--format", format])
        .output()
        .expect("run delai");
    (
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn save_actual(name: &str, bytes: &[u8]) -> PathBuf {
    let p = root().join("target/golden-actual").join(name);
    // `name` may have a folder (`readers/…`).
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, bytes).unwrap();
    p
}

fn compare(name: &str, got: &[u8], failures: &mut Vec<String>) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, got).unwrap();
        return;
    }
    let want = std::fs::read(&path).unwrap_or_default();
    if want != got {
        let p = save_actual(name, got);
        failures.push(format!("{name}: differs (actual in {})", p.display()));
    }
}

#[test]
fn bundled_cases_output_is_unchanged() {
    let rules = root().join("pkg-examples/data/city.delai");
    let cases = root().join("pkg-examples/data/cases.csv");
    let mut lines = String::new();
    let mut failures = Vec::new();
    for format in ["csv", "jsonl", "table"] {
        let (out, err, code) = check(&rules, &cases, format);
        let summary = err.lines().last().unwrap_or_default().to_string();
        lines.push_str(&format!(
            "{format} {} {:016x} exit {code}: {summary}\n",
            out.len(),
            fnv1a(&out)
        ));
        if std::env::var_os("UPDATE_GOLDEN").is_none() {
            save_actual(&format!("cases-12k.{format}"), &out);
        }
    }
    compare("cases-12k.hashes", lines.as_bytes(), &mut failures);
    assert!(failures.is_empty(), "{failures:#?}\n{lines}");
}

#[test]
fn reader_corpus_output_is_unchanged() {
    let rules = root().join("pkg-examples/data/city.delai");
    let dir = root().join("tests/cases/readers");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            !n.ends_with(".expected.json")
                && [".csv", ".json", ".jsonl"].iter().any(|e| n.ends_with(e))
        })
        .collect();
    files.sort();
    assert!(files.len() >= 15);
    let mut failures = Vec::new();
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        for format in ["csv", "jsonl"] {
            let (out, err, code) = check(&rules, f, format);
            let mut got = out;
            got.extend_from_slice(format!("--- exit {code}\n{err}").as_bytes());
            compare(&format!("readers/{name}.{format}"), &got, &mut failures);
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
