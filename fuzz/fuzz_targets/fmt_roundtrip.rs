//! The formatter on any text: when `format_source` succeeds, its output
//! re-parses without a syntax error, checks to the same rules as the input
//! (modulo line numbers, and the same error codes when the input does not
//! check), and formatting it again changes nothing. The language (keep,
//! English, French) is picked from the input's length so that seed files
//! stay plain rules files.
#![no_main]

use delai::syntax::ast::Lang;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

/// The checked rules as JSON without positions, or the sorted error codes.
fn checked(text: &str) -> Result<Value, Vec<String>> {
    match delai::compile(text) {
        Ok(rules) => {
            let mut v: Value = serde_json::from_str(&rules.to_json()).unwrap();
            strip_positions(&mut v);
            Ok(v)
        }
        Err(d) => {
            let mut codes: Vec<String> = d
                .items
                .iter()
                .filter(|d| d.is_error())
                .map(|d| d.code.as_str().to_string())
                .collect();
            codes.sort();
            Err(codes)
        }
    }
}

fn strip_positions(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|k, _| !matches!(k.as_str(), "line" | "span" | "lines"));
            m.values_mut().for_each(strip_positions);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_positions),
        _ => {}
    }
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = delai::read_source(bytes) else {
        return;
    };
    let lang = [None, Some(Lang::En), Some(Lang::Fr)][bytes.len() % 3];
    let Ok(once) = delai::fmt::format_source(&text, lang) else {
        return;
    };
    let (_, diags) = delai::syntax::parse(&once);
    let errors: Vec<_> = diags.iter().filter(|d| d.is_error()).collect();
    assert!(
        errors.is_empty(),
        "formatted output does not parse: {errors:?}\n--- output\n{once}"
    );
    assert_eq!(
        checked(&text),
        checked(&once),
        "formatting changed the rules\n--- output\n{once}"
    );
    let twice = delai::fmt::format_source(&once, lang).expect("formatted output formats");
    assert_eq!(once, twice, "formatting is not idempotent");
});
