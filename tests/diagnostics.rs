//! The diagnostics corpus: every `tests/diagnostics/*.delai` holds at least
//! one mistake; its rendered diagnostics (parser and checker together) are
//! snapshotted, one snapshot per file. The normative fixtures must check
//! clean, without a single warning.
#![cfg(feature = "parser")]

#[path = "support/english_words.rs"]
mod english_words;

use delai::check::check;
use delai::diagnose;
use delai::diagnostic::with_lang;
use delai::model::Lang;
use delai::syntax::parse;
use english_words::{english_words_in, strip_between};
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

/// The French twin of [`corpus_snapshots`]: every corpus file's
/// diagnostics made and rendered in French (`<name>.fr` snapshots, read
/// and reviewed by a French reader).
#[test]
fn corpus_snapshots_in_french() {
    for (name, source) in delai_files("tests/diagnostics") {
        let rendered = with_lang(Lang::Fr, || diagnose(&name, &source).render(false));
        let stem = name.trim_end_matches(".delai");
        insta::assert_snapshot!(format!("{stem}.fr"), rendered);
    }
}

/// English words that a French reader must not find in the French
/// renderings: the renderer's and the messages' own words. A keyword the
/// file itself spells in English, quoted between backquotes, is the
/// file's text, not the message's: code spans and source lines are left
/// out of the search.
#[test]
fn french_renderings_have_no_english_words() {
    let mut faults = Vec::new();
    for (name, source) in delai_files("tests/diagnostics") {
        let rendered = with_lang(Lang::Fr, || diagnose(&name, &source).render(false));
        for line in rendered.lines() {
            // Source lines (`12 | …`), underlines and `--> file:line` are
            // the file's text; the code in `erreur[code]` is an identifier.
            let trimmed = line.trim_start();
            if trimmed.starts_with(|c: char| c.is_ascii_digit()) || trimmed.starts_with("-->") {
                continue;
            }
            // An underline's label is the message's text.
            let line = match trimmed.strip_prefix('|') {
                Some(underline) => underline.trim_start_matches([' ', '^', '-']),
                None => line,
            };
            let line = strip_between(line, '[', ']');
            let prose: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
            // Names between « » are the file's too.
            let prose = strip_between(&prose, '«', '»');
            for english in english_words_in(&prose) {
                faults.push(format!("{name}: `{english}` in: {line}"));
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
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
