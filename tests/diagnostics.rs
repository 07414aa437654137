//! The diagnostics corpus: every `tests/diagnostics/*.delai` holds at least
//! one mistake; its rendered diagnostics (parser and checker together) are
//! snapshotted, one snapshot per file. The normative fixtures must check
//! clean, without a single warning.
#![cfg(feature = "parser")]

use delai::check::check;
use delai::diagnose;
use delai::syntax::parse;
use std::fs;
use std::path::Path;

fn delai_files(dir: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<(String, String)> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "delai"))
        .map(|p| {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let text = fs::read_to_string(&p).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, text)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn corpus_snapshots() {
    let files = delai_files("tests/diagnostics");
    assert!(files.len() >= 40, "only {} corpus files", files.len());
    let mut without_error = Vec::new();
    for (name, source) in &files {
        let diags = diagnose(name, source);
        if !diags.has_errors() {
            without_error.push(name.clone());
        }
        let rendered = diags.render(false);
        let stem = name.trim_end_matches(".delai");
        insta::assert_snapshot!(stem, rendered);
    }
    assert!(
        without_error.is_empty(),
        "no error reported for {without_error:?}"
    );
}

#[test]
fn fixtures_check_clean() {
    for (name, source) in delai_files("tests/fixtures") {
        let diags = diagnose(&name, &source);
        assert!(diags.items.is_empty(), "{}", diags.render(false));
        let (file, _) = parse(&source);
        let (rules, _) = check(&file, &source);
        assert!(rules.is_some(), "{name}: no rules");
    }
}

#[test]
fn truncated_fixtures_never_panic() {
    for (name, source) in delai_files("tests/fixtures") {
        for cut in (0..source.len()).step_by(13) {
            if !source.is_char_boundary(cut) {
                continue;
            }
            let text = &source[..cut];
            let (file, _) = parse(text);
            let _ = check(&file, text);
            let _ = name;
        }
    }
}
