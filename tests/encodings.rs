//! Case files as Windows programs save them: French Excel's "CSV"
//! (Windows-1252, `;` between fields) and "Unicode text" (UTF-16 with a
//! byte order mark). `delai check --encoding LABEL` (and a UTF-16 mark
//! without it) must judge them exactly as the same cases in UTF-8; what
//! cannot be decoded is an error naming where, never a silent U+FFFD.

// Decoding is native only (src/cases/encoding.rs): the WebAssembly door
// receives JavaScript strings.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

const VILLE: &str = "tests/fixtures/ville.delai";
const AS_OF: &str = "2025-08-01T00:00:00Z";

/// French event names with accents in the column names, accented
/// attribute values, `;` between fields as French Excel writes.
const CASES: &str = "\
id;reçue;info-demandée;info-reçue;répondue;canal;type
2025-001;2025-06-20 10:00;;;2025-07-02 09:00;courriel;requête
2025-002;2025-06-20 10:00;2025-06-23 09:00;2025-06-30 14:00;2025-07-21 16:00;web;demande
2025-003;2025-06-25 13:30;;;;courrier;réclamation
";

fn run(args: &[&str], name: &str, bytes: &[u8]) -> Output {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("encodings");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    Command::new(env!("CARGO_BIN_EXE_delai"))
        .args(["check", VILLE])
        .arg(&path)
        .args(["--as-of", AS_OF, "--format", "csv"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run delai")
}

fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            'ç' => 0xe7,
            'é' => 0xe9,
            'ê' => 0xea,
            c if c.is_ascii() => c as u8,
            c => panic!("{c} is not in this test's Windows-1252 table"),
        })
        .collect()
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xfe, 0xff]
    } else {
        vec![0xff, 0xfe]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// The records of the UTF-8 file: what every encoding must give.
fn expected() -> String {
    let o = run(&[], "utf8.csv", CASES.as_bytes());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = stdout(&o);
    // The file's accented names were matched: judgements, not warnings.
    assert!(out.contains("2025-001,demandes-ecrites,met"), "{out}");
    assert!(out.contains("2025-002,demandes-ecrites,"), "{out}");
    assert!(o.stderr.is_empty() || !String::from_utf8_lossy(&o.stderr).contains("warning"));
    out
}

#[test]
fn windows_1252_with_the_option_reads_as_utf8() {
    let want = expected();
    let bytes = windows_1252(CASES);
    for label in ["windows-1252", "cp1252", "latin1", "ISO-8859-1"] {
        let o = run(&["--encoding", label], &format!("{label}.csv"), &bytes);
        assert!(
            o.status.success(),
            "{label}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(stdout(&o), want, "{label}");
    }
}

#[test]
fn windows_1252_without_the_option_is_an_error_naming_the_encoding() {
    let o = run(&[], "no-option.csv", &windows_1252(CASES));
    assert_eq!(o.status.code(), Some(2), "unreadable rows exit 2");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("Windows-1252"), "{err}");
    assert!(err.contains("--encoding windows-1252"), "{err}");
}

#[test]
fn utf16_with_a_byte_order_mark_needs_no_option() {
    let want = expected();
    for (name, big_endian) in [("utf16le.csv", false), ("utf16be.csv", true)] {
        let o = run(&[], name, &utf16(CASES, big_endian));
        assert!(
            o.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(stdout(&o), want, "{name}");
    }
}

#[test]
fn bytes_the_encoding_cannot_hold_are_an_error_record_not_a_replacement() {
    // A lone surrogate in the third case's line of a UTF-16 file.
    let mut bytes = utf16(CASES, false);
    let at = bytes.len() - 8;
    bytes[at..at + 2].copy_from_slice(&[0x00, 0xdc]);
    let o = run(&[], "bad-utf16.csv", &bytes);
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    // The rows before the bad bytes are judged; the error names the byte.
    assert!(out.contains("2025-001,demandes-ecrites,met"), "{out}");
    assert!(out.contains("not valid UTF-16LE text"), "{out}");
    assert!(!out.contains('\u{fffd}'), "{out}");
}

#[test]
fn an_unknown_label_is_refused_before_reading() {
    let o = run(&["--encoding", "latin-42"], "unknown.csv", CASES.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown encoding `latin-42`"));
}
