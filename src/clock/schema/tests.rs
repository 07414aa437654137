//! The record description against what uses it: the visitor's order,
//! serde's keys, the JSON writer and the WebAssembly door's TypeScript.

use super::*;
use crate::clock::ErrorBody;
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use std::fmt;

fn full_result() -> CaseResult {
    let t = DateTime::parse_from_rfc3339("2025-06-20T10:00:00-04:00").unwrap();
    let q = |value| {
        Some(Quantity {
            value,
            unit: Unit::BusinessDays,
        })
    };
    CaseResult {
        case: "A-1".into(),
        standard: Some("written-requests".into()),
        status: Status::Met,
        start: Some(t),
        stop: Some(t),
        stopped_by: Some("delay-letter".into()),
        due: Some(t),
        usual_due: Some(t),
        allowed: q(10.0),
        elapsed: q(3.0),
        remaining: q(7.0),
        paused: q(0.5),
        tier: Some(0),
        calendar: Some("city-offices".into()),
    }
}

fn full_error() -> ErrorRecord {
    ErrorRecord {
        case: Some("A-2".into()),
        standard: Some("written-requests".into()),
        line: Some(3),
        error: ErrorBody {
            code: "bad-time".into(),
            message: "`soon` is not a time".into(),
            field: Some("received".into()),
        },
    }
}

/// What a visit saw: each column's name, the method's kind, and whether
/// a value came.
#[derive(Default)]
struct Seen(Vec<(&'static str, ColumnKind, bool)>);

impl Visit for Seen {
    fn text(&mut self, c: &'static Column, v: Option<&str>) {
        self.0.push((c.name, ColumnKind::Text, v.is_some()));
    }
    fn status(&mut self, c: &'static Column, v: Option<Status>) {
        self.0.push((c.name, ColumnKind::Status, v.is_some()));
    }
    fn time(&mut self, c: &'static Column, v: Option<&DateTime<FixedOffset>>) {
        self.0.push((c.name, ColumnKind::Time, v.is_some()));
    }
    fn amount(&mut self, c: &'static Column, v: Option<&Quantity>) {
        self.0.push((c.name, ColumnKind::Amount, v.is_some()));
    }
    fn unit(&mut self, c: &'static Column, v: Option<Unit>) {
        self.0.push((c.name, ColumnKind::Unit, v.is_some()));
    }
    fn count(&mut self, c: &'static Column, v: Option<usize>) {
        self.0.push((c.name, ColumnKind::Count, v.is_some()));
    }
}

/// `visit` hands over every column once, in order, through its kind's
/// method, with a value exactly where the table says a full record has
/// one.
#[test]
fn the_visit_follows_the_table() {
    for (record, presence) in [
        (
            Record::Result(full_result()),
            (|c: &Column| c.result) as fn(&Column) -> Presence,
        ),
        (Record::Error(full_error()), |c: &Column| c.error),
    ] {
        let mut seen = Seen::default();
        visit(&record, &mut seen);
        let want: Vec<_> = COLUMNS
            .iter()
            .map(|c| {
                let valued = matches!(presence(c), P::Always | P::Nullable | P::Optional);
                (c.name, c.kind, valued)
            })
            .collect();
        assert_eq!(seen.0, want);
    }
}

/// A JSON object's keys in order; a nested object's keys as
/// `outer.inner`.
struct Keys(Vec<String>);

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Keys;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    if key == "error" {
                        let inner: Keys = map.next_value()?;
                        keys.extend(inner.0.into_iter().map(|k| format!("error.{k}")));
                    } else {
                        map.next_value::<IgnoredAny>()?;
                        keys.push(key);
                    }
                }
                Ok(Keys(keys))
            }
        }
        d.deserialize_map(V)
    }
}

/// The JSON keys the table gives a full record of each kind.
fn table_keys(presence: fn(&Column) -> Presence) -> Vec<String> {
    COLUMNS
        .iter()
        .filter(|c| matches!(presence(c), P::Always | P::Nullable | P::Optional))
        .filter_map(|c| match c.json {
            Json::Key(k) => Some(k.to_string()),
            Json::InError(k) => Some(format!("error.{k}")),
            Json::InAmounts => None,
        })
        .collect()
}

/// serde's keys (the Rust API's records) and the hand-written JSON
/// writer's are the table's, in its order.
#[test]
fn json_keys_are_the_tables() {
    for (record, presence) in [
        (
            Record::Result(full_result()),
            (|c: &Column| c.result) as fn(&Column) -> Presence,
        ),
        (Record::Error(full_error()), |c: &Column| c.error),
    ] {
        let want = table_keys(presence);
        let serde = serde_json::to_string(&record).unwrap();
        assert_eq!(
            serde_json::from_str::<Keys>(&serde).unwrap().0,
            want,
            "{serde}"
        );
        let mut hand = Vec::new();
        crate::clock::record_json::push_record(&mut hand, &record).unwrap();
        assert_eq!(String::from_utf8(hand).unwrap(), serde);
    }
    // A case no standard covers: the nullable key stays, as `null`.
    let bare = Record::Result(CaseResult::bare("A-3", None, Status::NotApplicable));
    let text = serde_json::to_string(&bare).unwrap();
    assert_eq!(
        text,
        r#"{"case":"A-3","standard":null,"status":"not-applicable"}"#
    );
}

/// The TypeScript type of a column's JSON value.
fn ts_type(kind: ColumnKind) -> &'static str {
    match kind {
        K::Text | K::Unit => "string",
        K::Status => "Status",
        K::Time => "string",
        K::Amount => "Quantity",
        K::Count => "number",
    }
}

/// A TypeScript member as the declarations write it.
fn ts_member(key: &str, kind: ColumnKind, presence: Presence) -> Option<String> {
    let ty = ts_type(kind);
    match presence {
        P::Always => Some(format!("{key}: {ty};")),
        P::Nullable => Some(format!("{key}: {ty} | null;")),
        P::Optional => Some(format!("{key}?: {ty};")),
        P::FlatOnly | P::Never => None,
    }
}

/// The body of `export interface NAME { … }` in the door's declarations,
/// comments removed, one member a line.
fn ts_interface(source: &str, name: &str) -> Vec<String> {
    let open = format!("export interface {name} {{");
    let start = source.find(&open).unwrap_or_else(|| panic!("no {name}")) + open.len();
    let body = &source[start..];
    let mut depth = 1;
    let mut end = 0;
    for (i, ch) in body.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            end = i;
            break;
        }
    }
    let mut text = body[..end].to_string();
    while let Some(a) = text.find("/*") {
        let b = text[a..].find("*/").unwrap() + a + 2;
        text.replace_range(a..b, "");
    }
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The WebAssembly door's `CaseResult` and `ErrorRecord` declarations say
/// what the table says (the JavaScript objects are the JSON records).
#[test]
fn typescript_declarations_are_the_tables() {
    let source = include_str!("../../wasm/types.rs");
    let result: Vec<_> = COLUMNS
        .iter()
        .filter_map(|c| match c.json {
            Json::Key(key) => ts_member(key, c.kind, c.result),
            _ => None,
        })
        .collect();
    assert_eq!(ts_interface(source, "CaseResult"), result);

    let mut error: Vec<_> = COLUMNS
        .iter()
        .filter_map(|c| match c.json {
            Json::Key(key) => ts_member(key, c.kind, c.error),
            _ => None,
        })
        .collect();
    let inner: Vec<_> = COLUMNS
        .iter()
        .filter_map(|c| match c.json {
            Json::InError(key) => ts_member(key, c.kind, c.error),
            _ => None,
        })
        .collect();
    let inner: Vec<_> = inner.iter().map(|m| m.trim_end_matches(';')).collect();
    error.push(format!("error: {{ {} }};", inner.join("; ")));
    let declared = ts_interface(source, "ErrorRecord");
    let normalise = |lines: &[String]| -> Vec<String> {
        lines
            .iter()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    };
    assert_eq!(normalise(&declared), normalise(&error));
}

/// The flat header is the CSV header the goldens hold.
#[test]
fn the_header_names_every_column() {
    assert_eq!(
        header().collect::<Vec<_>>().join(","),
        "case,standard,status,start,stop,stopped_by,due,usual_due,allowed,elapsed,remaining,paused,unit,tier,\
         calendar,line,error_code,error_message,error_field"
    );
    assert_eq!(column_named("unit").map(|c| c.kind), Some(K::Unit));
    let optional: Vec<_> = optional_result_keys().map(|(k, _)| k).collect();
    assert_eq!(
        optional,
        [
            "start",
            "stop",
            "stopped_by",
            "due",
            "usual_due",
            "allowed",
            "elapsed",
            "remaining",
            "paused",
            "tier",
            "calendar"
        ]
    );
}

#[test]
fn optional_keys_are_numbered_in_order() {
    for (n, (key, _)) in optional_result_keys().enumerate() {
        assert_eq!(optional_index(key) as usize, n, "{key}");
    }
}

/// The WebAssembly door's object builder lists the optional keys of a
/// judgement's record, with their flag bits (`4 << optional_index`) and
/// how each is read: the table's, in its order.
#[test]
fn the_wasm_builder_lists_the_optional_keys() {
    let source = include_str!("../../wasm/columns.rs");
    let start = source.find("const OPTIONAL = [").unwrap() + "const OPTIONAL = [".len();
    let end = start + source[start..].find("];").unwrap();
    let declared: Vec<String> = source[start..end]
        .split(']')
        .map(|e| e.trim_matches(|c: char| c == ',' || c == '[' || c.is_whitespace()))
        .filter(|e| !e.is_empty())
        .map(str::to_string)
        .collect();
    let want: Vec<String> = optional_result_keys()
        .map(|(key, kind)| {
            let read = match kind {
                K::Time => "s",
                K::Amount => "q",
                K::Count => "n",
                // Names travel in the names table.
                _ => "name",
            };
            format!("{}, \"{key}\", \"{read}\"", 4 << optional_index(key))
        })
        .collect();
    assert_eq!(declared, want);
}
