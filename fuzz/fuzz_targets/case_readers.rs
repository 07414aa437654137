//! Any bytes → the CSV, JSON and JSON Lines case readers, with the
//! fixtures' event names. Every record yields a case or an error; the
//! readers end; record lines never go backwards.
#![no_main]

use delai::cases::{read_cases, Format};
use libfuzzer_sys::fuzz_target;

const EVENTS: [&str; 12] = [
    "received",
    "answered",
    "info-requested",
    "info-received",
    "acknowledged",
    "called-back",
    "queued",
    "file-complete",
    "issued",
    "extension-notice",
    "completed",
    "reçu",
];

fuzz_target!(|bytes: &[u8]| {
    for format in [Format::Csv, Format::Json, Format::JsonLines] {
        let mut last = 0;
        let mut n = 0usize;
        for record in read_cases(bytes, format, EVENTS) {
            n += 1;
            assert!(n <= bytes.len() + 1, "{format:?}: more records than bytes");
            assert!(record.line >= 1, "{format:?}: line 0");
            if format != Format::Json {
                assert!(record.line >= last, "{format:?}: lines went backwards");
            }
            last = record.line;
            if let Err(e) = &record.case {
                assert!(!e.diagnostic.code.as_str().is_empty());
            }
        }
    }
    let _ = Format::sniff(bytes);
});
