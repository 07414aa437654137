//! `Rules::load_json` reads compiled rules with a hand-written reader
//! (src/api/load.rs, small in WebAssembly). serde's derived `Deserialize`
//! for `RulesData` is the oracle: on every rules file of the repository,
//! and on thousands of damaged copies of them, both accept the same
//! documents and read them into the same data.

mod common;

use delai::model::RulesData;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Every rules file the repository holds, outside the diagnostics corpus
/// (files that must fail) and the fuzz seeds. Only the repository: a
/// fresh clone has nothing beside it (the design examples are copied in
/// tests/fixtures/).
fn rules_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = common::repo_files(
        &[
            "tests",
            "pkg-examples",
            "www/public",
            "benches",
            "src/check/builtin",
        ],
        |dir| dir == "node_modules" || dir == "diagnostics",
        |path| path.extension().is_some_and(|e| e == "delai"),
    );
    // The normative fixtures first, so that of two identical copies
    // (tests/fixtures/city.delai, pkg-examples/data/city.delai) the
    // fixture is the one kept.
    let tests = root.join("tests");
    out.sort_by_key(|p| (!p.starts_with(&tests), p.clone()));
    out
}

/// Compiled JSON of every rules file of the repository; each must compile,
/// so the corpus cannot shrink without a failure naming the file.
fn compiled() -> Vec<(PathBuf, String)> {
    let mut seen = std::collections::HashSet::new();
    let files: Vec<_> = rules_files()
        .into_iter()
        // A copy (the design examples are in tests/fixtures and
        // pkg-examples) compiles to the same document: tested once.
        .filter(|path| seen.insert(std::fs::read(path).unwrap_or_default()))
        .map(|path| {
            let source = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let rules = delai::compile(&source)
                .unwrap_or_else(|e| panic!("{} does not compile: {e:?}", path.display()));
            (path, rules.to_json())
        })
        .collect();
    for expected in ["tests/fixtures/city.delai", "tests/fixtures/ville.delai"] {
        assert!(
            files.iter().any(|(path, _)| path.ends_with(expected)),
            "{expected} is missing from the corpus"
        );
    }
    files
}

/// Both readers on one text: `Some(data)` when they agree that it loads,
/// `None` when they agree that it does not; a disagreement fails.
fn both(text: &str, what: &str) -> Option<RulesData> {
    let by_serde = serde_json::from_str::<RulesData>(text);
    let by_hand = delai::Rules::load_json(text);
    match (by_serde, by_hand) {
        (Ok(want), Ok(rules)) => {
            assert_eq!(rules.data(), &want, "{what}: read differently");
            Some(want)
        }
        (Err(_), Err(e)) => {
            assert_eq!(e.code, "bad-rules-format", "{what}");
            None
        }
        // serde reads it, and only the semantic checks of `from_data`
        // refuse it (an unknown format version, a calendar index out of
        // range): those are the same for both.
        // The zone tables compiled rules carry (`zones`) are for
        // WebAssembly; serde's derive ignores them (natively chrono-tz has
        // the zones), the hand reader checks them on every target.
        (Ok(_), Err(e)) if e.message.contains("`zones") => None,
        (Ok(want), Err(e)) => {
            let semantic = delai::Rules::from_data(want.clone());
            assert!(
                semantic.is_err(),
                "{what}: serde reads it, load_json refuses: {}",
                e.message
            );
            None
        }
        (Err(e), Ok(_)) => panic!("{what}: load_json reads it, serde refuses: {e}"),
    }
}

#[test]
fn every_compiled_file_loads_as_serde_reads_it() {
    for (path, json) in compiled() {
        let data = both(&json, &path.display().to_string());
        assert!(data.is_some(), "{} does not load", path.display());
    }
}

/// Every place in the document, as a path of keys and indices.
fn places(v: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                at.push(Step::Key(k.clone()));
                out.push(at.clone());
                places(child, at, out);
                at.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                at.push(Step::Index(i));
                out.push(at.clone());
                places(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn get_mut<'v>(v: &'v mut Value, path: &[Step]) -> &'v mut Value {
    path.iter().fold(v, |v, step| match step {
        Step::Key(k) => &mut v[k.as_str()],
        Step::Index(i) => &mut v[*i],
    })
}

#[test]
fn damaged_documents_are_refused_or_read_as_serde_reads_them() {
    let replacements = [
        Value::Null,
        Value::from("x"),
        Value::from(1.5),
        Value::from(-1),
        Value::from(300),
        Value::from(true),
        Value::from("Sun"),
        Value::from("sunday"),
        Value::from("2025-02-29"),
        Value::from("2024-02-29"),
        Value::from("business-hours"),
        Value::from("at-risk"),
        Value::from("2025-06-20T10:00:00"),
        Value::from("2025-06-20T10:00:00Z"),
        Value::from("<="),
        Value::from("relative"),
        serde_json::json!([]),
        serde_json::json!({}),
        serde_json::json!([1, 2]),
    ];
    let mut tried = 0;
    let mut loaded = 0;
    for (path, json) in compiled() {
        let doc: Value = serde_json::from_str(&json).unwrap();
        let mut all = Vec::new();
        places(&doc, &mut Vec::new(), &mut all);
        // About 120 places a file (spread over the whole document) keep
        // the test quick but still reach every kind of field.
        let step = (all.len() / 120).max(1);
        for place in all.iter().step_by(step) {
            let what = format!("{} at {place:?}", path.display());
            // The key removed.
            if let Some((Step::Key(k), parent)) = place.split_last() {
                let mut d = doc.clone();
                if let Value::Object(m) = get_mut(&mut d, parent) {
                    m.remove(k);
                }
                loaded += usize::from(both(&d.to_string(), &format!("{what} removed")).is_some());
                tried += 1;
            }
            for r in &replacements {
                let mut d = doc.clone();
                *get_mut(&mut d, place) = r.clone();
                loaded += usize::from(both(&d.to_string(), &format!("{what} = {r}")).is_some());
                tried += 1;
            }
        }
    }
    assert!(tried > 5_000, "{tried} damaged documents");
    assert!(
        loaded > 100,
        "only {loaded} of {tried} damaged documents loaded"
    );
    eprintln!("{tried} damaged documents, {loaded} still loaded, readers agreed on all");
}

#[test]
fn messages_name_the_place() {
    let (_, json) = compiled().remove(0);
    let mut doc: Value = serde_json::from_str(&json).unwrap();
    doc["standards"][0]["tiers"][0]["unit"] = Value::from("fortnights");
    let e = delai::Rules::load_json(&doc.to_string()).unwrap_err();
    assert!(
        e.message
            .contains("`standards[0].tiers[0].unit`: expected one of `business-days`"),
        "{}",
        e.message
    );
    let e = delai::Rules::load_json("{\"format\": 1}").unwrap_err();
    assert!(
        e.message.contains("missing field `calendars`"),
        "{}",
        e.message
    );
    let e = delai::Rules::load_json("[").unwrap_err();
    assert!(e.message.contains("EOF while parsing"), "{}", e.message);
}

/// Values `delai check` never produces but a hand-edited file can hold:
/// each loads (or is refused) and is then used; nothing may panic.
#[test]
fn hand_edited_values_are_used_without_panics() {
    use chrono::{TimeZone, Utc};
    use delai::model::{Case, CaseTime, Event};
    let source = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("pkg-examples/data/city.delai"),
    )
    .unwrap();
    let doc: Value = serde_json::from_str(&delai::compile(&source).unwrap().to_json()).unwrap();
    let edits: Vec<(&str, Value)> = vec![
        ("/calendars/0/workdays", 0.into()),
        ("/calendars/0/workdays", 255.into()),
        ("/calendars/0/hours/0/0", serde_json::json!([50000, 100])),
        ("/calendars/0/hours/0/0", serde_json::json!([0, 999999])),
        (
            "/calendars/0/hours/1",
            serde_json::json!([[0, 86400], [0, 86400]]),
        ),
        (
            "/calendars/0/holidays/0/rule",
            serde_json::json!({"kind": "fixed", "month": 13, "day": 40}),
        ),
        (
            "/calendars/0/holidays/0/rule",
            serde_json::json!({"kind": "fixed", "month": 0, "day": 0}),
        ),
        (
            "/calendars/0/holidays/0/rule",
            serde_json::json!({"kind": "nth", "n": 9, "weekday": "Mon", "month": 5}),
        ),
        (
            "/calendars/0/holidays/0/rule",
            serde_json::json!({"kind": "nth", "n": -128, "weekday": "Mon", "month": 5}),
        ),
        (
            "/calendars/0/holidays/0/rule",
            serde_json::json!({"kind": "relative", "weekday": "Mon", "after": true, "month": 2, "day": 31}),
        ),
        (
            "/calendars/0/holidays/0/rule",
            serde_json::json!({"kind": "easter", "offset": 2147483647}),
        ),
        (
            "/calendars/0/holidays/0/rule",
            serde_json::json!({"kind": "easter", "offset": -2147483648i64}),
        ),
        // Two moves for one weekday (the checker refuses it; the first applies).
        (
            "/calendars/0/holidays/0/substitute",
            serde_json::json!([["Sun", "Mon"], ["Sun", "Fri"], ["Sat", "Sat"]]),
        ),
        ("/calendars/0/holidays/0/from_year", 2147483647.into()),
        ("/calendars/0/holidays/0/until_year", (-5).into()),
        (
            "/calendars/0/closures/0/period",
            serde_json::json!({"kind": "yearly", "from": [14, 99], "to": [0, 0]}),
        ),
        (
            "/calendars/0/closures/0/period",
            serde_json::json!({"kind": "dates", "from": "2199-12-31", "to": "1900-01-01"}),
        ),
        ("/standards/0/tiers/0/amount", i64::MAX.into()),
        ("/standards/0/tiers/0/amount", i64::MIN.into()),
        ("/standards/0/tiers/0/amount", 0.into()),
        ("/standards/0/cutoff", 4294967295u32.into()),
        ("/standards/0/warn", 1e308.into()),
        ("/standards/0/target", (-1e308).into()),
        (
            "/standards/0/extensions",
            serde_json::json!([{"amount": i64::MAX, "unit": "months", "event": "received"}]),
        ),
        (
            "/standards/0/pauses",
            serde_json::json!([["received", "received"]]),
        ),
        (
            "/standards/0/effective",
            serde_json::json!({"from": "2199-12-31", "until": "1900-01-01"}),
        ),
        ("/default_calendar", 99.into()),
        ("/standards/0/tiers/0/calendar", Value::Null),
    ];
    let as_of = Utc.with_ymd_and_hms(2025, 7, 1, 12, 0, 0).unwrap();
    let mut loaded = 0;
    for (place, value) in &edits {
        let mut d = doc.clone();
        *d.pointer_mut(place).unwrap_or_else(|| panic!("{place}")) = value.clone();
        let Ok(rules) = delai::Rules::load_json(&d.to_string()) else {
            continue;
        };
        loaded += 1;
        let _ = rules.run_examples(as_of);
        for s in &rules.data().standards {
            let case = Case {
                id: "edited".into(),
                attributes: [("channel".to_string(), "mail".into())].into(),
                events: vec![Event {
                    name: s.start_event.clone(),
                    at: CaseTime::parse("2025-06-20 10:00").unwrap(),
                }],
            };
            let _ = rules.check(&case, as_of);
            let _ = rules.explain(&s.id, &case, as_of, delai::model::Lang::En);
            let _ = rules.due(&s.id, "2025-06-20 10:00", &case.attributes);
        }
        for c in &rules.data().calendars {
            let _ = rules.holidays(&c.name, 2025);
        }
    }
    assert!(
        loaded >= 20,
        "{loaded} of {} edited files loaded",
        edits.len()
    );
}

/// A holiday's substitutions are a list of pairs in compiled JSON. Files
/// compiled before a holiday could have several held one pair, or `null`:
/// both readers still read them, and the pair means what `if X then Y`
/// means now (the nearest Y).
#[test]
fn substitutions_are_a_list_and_the_single_pair_of_older_files_still_loads() {
    use chrono::{NaiveDate, Weekday};
    let source = "calendar \"us\" {
  timezone \"America/New_York\"
  holiday \"Independence Day\" on july 4, if saturday then friday, if sunday then monday
  holiday \"Canada Day\" on july 1, if sunday then monday
  holiday \"Christmas\" on december 25
}
";
    let doc: Value = serde_json::from_str(&delai::compile(source).unwrap().to_json()).unwrap();
    let holidays = &doc["calendars"][0]["holidays"];
    assert_eq!(
        holidays[0]["substitute"],
        serde_json::json!([["Sat", "Fri"], ["Sun", "Mon"]])
    );
    assert_eq!(
        holidays[1]["substitute"],
        serde_json::json!([["Sun", "Mon"]])
    );
    assert_eq!(holidays[2]["substitute"], serde_json::json!([]));

    // As the previous delai wrote them.
    let mut old = doc.clone();
    old["calendars"][0]["holidays"][0]["substitute"] = serde_json::json!(["Sat", "Fri"]);
    old["calendars"][0]["holidays"][1]["substitute"] = serde_json::json!(["Sun", "Mon"]);
    old["calendars"][0]["holidays"][2]["substitute"] = Value::Null;
    let data = both(&old.to_string(), "format-1 single pairs").expect("old file loads");
    let read: Vec<_> = data.calendars[0]
        .holidays
        .iter()
        .map(|h| h.substitute.clone())
        .collect();
    assert_eq!(
        read,
        vec![
            vec![(Weekday::Sat, Weekday::Fri)],
            vec![(Weekday::Sun, Weekday::Mon)],
            vec![]
        ]
    );
    let rules = delai::Rules::load_json(&old.to_string()).unwrap();
    let days: Vec<NaiveDate> = rules
        .holidays("us", 2015)
        .unwrap()
        .iter()
        .map(|h| h.date)
        .collect();
    // July 4, 2015 is a Saturday: the Friday before.
    assert!(
        days.contains(&NaiveDate::from_ymd_opt(2015, 7, 3).unwrap()),
        "{days:?}"
    );

    // A key missing is no substitution; a damaged pair is refused by both.
    let mut none = doc.clone();
    none["calendars"][0]["holidays"][0]
        .as_object_mut()
        .unwrap()
        .remove("substitute");
    let data = both(&none.to_string(), "no key").expect("loads");
    assert!(data.calendars[0].holidays[0].substitute.is_empty());
    for bad in [
        serde_json::json!(["Sat"]),
        serde_json::json!(["Sat", "Fri", "Mon"]),
        serde_json::json!([["Sat", "Fri"], "Sun"]),
        serde_json::json!(["Sat", ["Sun", "Mon"]]),
        serde_json::json!([["Sat", "Fri"], ["Sun"]]),
        serde_json::json!([[]]),
        serde_json::json!("Sat"),
    ] {
        let mut d = doc.clone();
        d["calendars"][0]["holidays"][0]["substitute"] = bad.clone();
        assert!(both(&d.to_string(), &bad.to_string()).is_none(), "{bad}");
    }
}

/// Compiled rules carry the table of offsets of each zone their calendars
/// name (what the runtime-only WebAssembly build judges with); every
/// reader checks them: a damaged table, a table under a name that is not
/// an IANA zone, are refused on every target. Files compiled before they
/// carried tables still load natively.
#[test]
fn compiled_rules_carry_their_zones_tables() {
    let (_, json) = compiled()
        .into_iter()
        .find(|(_, json)| json.contains("\"timezone\""))
        .expect("a file with a calendar");
    let doc: Value = serde_json::from_str(&json).unwrap();
    let zones = doc["zones"].as_object().expect("a `zones` object");
    let mut named: Vec<&str> = doc["calendars"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["timezone"].as_str().unwrap())
        .collect();
    named.sort_unstable();
    named.dedup();
    assert_eq!(zones.keys().map(String::as_str).collect::<Vec<_>>(), named);
    let (name, table) = zones.iter().next().unwrap();
    let table = table.as_str().unwrap();
    assert!(table.len() > 8, "{name}: {table}");

    // The message of the refusal of the document with these `zones`.
    let refused = |zones: Value| {
        let mut d = doc.clone();
        d["zones"] = zones;
        match delai::Rules::load_json(&d.to_string()) {
            Ok(_) => panic!("loaded with {}", d["zones"]),
            Err(e) => e.message,
        }
    };
    let e = refused(serde_json::json!({ name: &table[..table.len() - 4] }));
    assert!(e.contains(&format!("`zones.{name}`")), "{e}");
    let e = refused(serde_json::json!({ name: format!("{table}!") }));
    assert!(e.contains(&format!("`zones.{name}`")), "{e}");
    let e = refused(serde_json::json!({ "Mars/Olympus": table }));
    assert!(e.contains("`zones.Mars/Olympus`"), "{e}");
    let mut old = doc.clone();
    old.as_object_mut().unwrap().remove("zones");
    let rules = delai::Rules::load_json(&old.to_string()).expect("an older file loads");
    // Compiled again, it carries the tables again, the same bytes.
    assert_eq!(rules.to_json(), json);
}
