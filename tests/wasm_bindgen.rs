//! The WebAssembly door from inside the module (wasm-bindgen-test): run in
//! Node (`wasm-pack test --node -- --test wasm_bindgen`) and in headless
//! Chromium (`WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome
//! -- --test wasm_bindgen`). The clock is the JavaScript one, errors are
//! `DelaiError`s, nothing panics.
#![cfg(target_arch = "wasm32")]

use delai::wasm::{is_delai_error, JsRules};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const CITY: &str = include_str!("../pkg-examples/data/city.delai");

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn city() -> JsRules {
    JsRules::compile(JsValue::from_str(CITY), Some("city.delai".into()), None).unwrap_or_else(|e| {
        panic!("city.delai compiles: {:?}", get(&e, "message").as_string());
    })
}

#[wasm_bindgen_test]
fn due_date_of_a_letter() {
    let due = city()
        .due(
            JsValue::from_str("written-requests"),
            js(r#"{"start": "2025-06-20 10:00", "attributes": {"channel": "mail"}}"#),
        )
        .unwrap_or(JsValue::NULL);
    assert_eq!(
        get(&due, "due").as_string().as_deref(),
        Some("2025-07-08T23:59:59-04:00")
    );
    assert_eq!(
        get(&get(&due, "text"), "fr").as_string().as_deref(),
        Some("Réponse au plus tard le mardi 8 juillet 2025")
    );
}

#[wasm_bindgen_test]
fn check_many_without_as_of_uses_the_javascript_clock() {
    let cases = js(r#"[{"id": "a", "attributes": {"channel": "mail"},
                        "events": {"received": "2020-06-19 10:00"}},
                       {"events": {}}]"#);
    let records = city().check_many(cases, None).unwrap_or(JsValue::NULL);
    let records: js_sys::Array = records.unchecked_into();
    assert_eq!(records.length(), 2);
    assert_eq!(
        get(&records.get(0), "status").as_string().as_deref(),
        Some("breached")
    );
    assert_eq!(
        get(&get(&records.get(1), "error"), "code")
            .as_string()
            .as_deref(),
        Some("missing-id")
    );
}

#[wasm_bindgen_test]
fn audit_cases_warns_of_names_the_rules_never_read() {
    // `reçue`-style decomposed names compose; `recieved` matches nothing.
    let cases = js(r#"[{"id": "a", "attributes": {"channel": "mail"},
                        "events": {"recieved": "2025-06-20 10:00"}},
                       {"id": "a", "attributes": {"Channel": "mail"}}]"#);
    let ds: js_sys::Array = city()
        .audit_cases(cases)
        .unwrap_or(JsValue::NULL)
        .unchecked_into();
    let codes: Vec<String> = ds
        .iter()
        .filter_map(|d| get(&d, "code").as_string())
        .collect();
    assert_eq!(
        codes,
        ["unknown-event", "unknown-attribute", "duplicate-id"]
    );
    assert_eq!(
        get(&ds.get(0), "suggestion").as_string().as_deref(),
        Some("received")
    );
    assert_eq!(
        get(&ds.get(1), "suggestion").as_string().as_deref(),
        Some("channel")
    );
}

#[wasm_bindgen_test]
fn compile_errors_are_delai_errors_with_diagnostics() {
    let err = match JsRules::compile(
        JsValue::from_str("standard \"x\" {\n  within 3 fortnights\n}"),
        None,
        None,
    ) {
        Ok(_) => panic!("must not compile"),
        Err(e) => e,
    };
    assert!(err.is_instance_of::<js_sys::Error>());
    assert!(is_delai_error(err.clone()));
    let diagnostics: js_sys::Array = get(&err, "diagnostics").unchecked_into();
    assert!(diagnostics.length() >= 1);
    assert_eq!(get(&diagnostics.get(0), "line").as_f64(), Some(2.0));
}

#[wasm_bindgen_test]
fn wrong_types_are_errors_not_traps() {
    let rules = city();
    for bad in [
        JsValue::NULL,
        JsValue::from_f64(f64::NAN),
        js("[1, 2]"),
        js(r#"{"start": 3}"#),
    ] {
        let e = rules.due(JsValue::from_str("written-requests"), bad).err();
        assert!(e.is_some_and(is_delai_error));
    }
    assert!(rules
        .holidays(JsValue::from_str("quebec"), JsValue::from_f64(1e300))
        .is_err());
    assert!(rules.check_many(JsValue::from_str("nope"), None).is_err());
    let loaded = JsRules::load(JsValue::from_str("{"));
    assert!(loaded.err().is_some_and(is_delai_error));
}

#[wasm_bindgen_test]
fn compiled_rules_round_trip() {
    let rules = city();
    let again = match JsRules::load(JsValue::from_str(&rules.compiled())) {
        Ok(r) => r,
        Err(_) => panic!("compiled rules load"),
    };
    assert_eq!(again.rules().data(), rules.rules().data());
}

#[wasm_bindgen_test]
fn diagnose_never_throws() {
    let ds: js_sys::Array =
        delai::wasm::diagnose(JsValue::from_str("{{{"), None, None).unchecked_into();
    assert!(ds.length() >= 1);
    let ds: js_sys::Array =
        delai::wasm::diagnose(JsValue::from_f64(1.0), None, None).unchecked_into();
    assert_eq!(
        get(&ds.get(0), "code").as_string().as_deref(),
        Some("wrong-type")
    );
}

#[path = "zone_offsets/probe.rs"]
mod probe;

/// The module's time zones (the embedded table, `src/calendar/tz_table.rs`)
/// against chrono-tz's, recorded natively in `tests/fixtures/zone-offsets.txt`:
/// equal line for line, whatever the platform's own tz data (issue #15; until
/// then offsets came from `Intl.DateTimeFormat`, and Chromium's newer rules
/// for America/Vancouver and Africa/Casablanca differed from 2026).
#[wasm_bindgen_test]
fn zones_match_chrono_tz() {
    let got = probe::probe();
    assert_eq!(got.lines().count(), probe::FIXTURE.lines().count());
    let diff: Vec<(&str, &str)> = got
        .lines()
        .zip(probe::FIXTURE.lines())
        .filter(|(a, b)| a != b)
        .collect();
    // Zone and first differing date of each zone, then the lines.
    let mut zones: Vec<(&str, &str)> = Vec::new();
    for (a, _) in &diff {
        let f: Vec<&str> = a.split(' ').collect();
        if !zones.iter().any(|(z, _)| *z == f[0]) {
            zones.push((f[0], f[2]));
        }
    }
    assert!(
        diff.is_empty(),
        "{} differences in {zones:?}: {:?}",
        diff.len(),
        &diff[..diff.len().min(10)]
    );
}

/// A page's language wins over the file's (issue #18): an English file
/// diagnosed for a French page speaks French; a `lang` that is no
/// language is one diagnostic saying so, not a throw.
#[wasm_bindgen_test]
fn diagnose_in_the_language_asked_for() {
    let text = JsValue::from_str("standard \"x\" {\n  within 3 fortnights\n}");
    let message = |lang: &str| {
        let options = js(&format!("{{\"lang\": \"{lang}\"}}"));
        let ds: js_sys::Array =
            delai::wasm::diagnose(text.clone(), None, Some(options.unchecked_into()))
                .unchecked_into();
        (
            get(&ds.get(0), "code").as_string().unwrap_or_default(),
            get(&ds.get(0), "message").as_string().unwrap_or_default(),
        )
    };
    let (en_code, en) = message("en");
    let (fr_code, fr) = message("fr");
    assert_eq!(en_code, fr_code);
    assert_ne!(en, fr, "the French message differs from the English one");
    let (code, _) = message("de");
    assert_eq!(code, "bad-option");
    assert_eq!(
        delai::wasm::status_word("breached".into(), Some("fr".into()))
            .ok()
            .as_deref(),
        Some("dépassé")
    );
    assert_eq!(
        delai::wasm::period_words("FY2025-26-Q1".into(), Some("fr".into()))
            .ok()
            .as_deref(),
        Some("AF 2025-2026 T1")
    );
}
