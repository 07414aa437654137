//! Structured cases against valid rules files: `check`, `check_many`,
//! `explain` (which judges), `due`, `report` (every renderer), `holidays`. Times
//! range over the supported years and far beyond (chrono's extremes), DST
//! gaps and folds of every zone used, fixed offsets up to ±24 h. Nothing
//! may panic: out-of-range input is an error record.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};
use delai::model::{Case, CaseTime, Event, Value};
use delai::report::PeriodKind;
use delai::Rules;
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const SOURCES: [&str; 3] = [
    include_str!("../../tests/fixtures/city.delai"),
    include_str!("../../tests/fixtures/ville.delai"),
    include_str!("../rules/hours.delai"),
];

fn rules() -> &'static [Rules] {
    static RULES: OnceLock<Vec<Rules>> = OnceLock::new();
    RULES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|s| delai::compile(s).expect("fuzz rules compile"))
            .collect()
    })
}

const KEYS: [&str; 6] = ["channel", "type", "priority", "service", "canal", "priorité"];
const WORDS: [&str; 12] = [
    "mail", "web", "email", "phone", "voicemail", "311-app", "complaint", "urgent",
    "building-permit", "access-request", "courrier", "téléphone",
];
/// Local times in DST gaps and folds of the zones the rules use.
const SPECIAL: [&str; 10] = [
    "2025-03-09 02:30",    // Toronto gap
    "2025-11-02 01:30",    // Toronto fold
    "2025-03-30 01:30",    // Lisbon gap
    "2025-10-26 01:30",    // Lisbon fold
    "2025-04-06 03:30",    // Chatham fold
    "2025-09-28 02:50",    // Chatham gap
    "1918-04-14 02:30",    // early Toronto DST
    "2199-12-31 23:59:59", // last supported second
    "1900-01-01 00:00",    // first supported second
    "2025-12-31 23:59:60", // leap second text (chrono rejects or accepts)
];

#[derive(Debug)]
struct Time(CaseTime);

impl<'a> Arbitrary<'a> for Time {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let kind: u8 = u.arbitrary()?;
        let year: i32 = match u.arbitrary::<u8>()? % 8 {
            0 => u.arbitrary()?,                                  // anything chrono takes
            1 => [-262_143, 262_142, 0, 1, 9999][u.choose_index(5)?],
            _ => 1890 + i32::from(u.arbitrary::<u16>()? % 330), // around the supported years
        };
        let month = 1 + u32::from(u.arbitrary::<u8>()? % 12);
        let day = 1 + u32::from(u.arbitrary::<u8>()? % 31);
        let secs = u.arbitrary::<u32>()? % 86_400;
        let date = NaiveDate::from_ymd_opt(year, month, day)
            .or_else(|| NaiveDate::from_ymd_opt(year, month, 1))
            .unwrap_or(NaiveDate::from_ymd_opt(2025, 6, 20).unwrap());
        let local = date.and_hms_opt(secs / 3600, secs / 60 % 60, secs % 60).unwrap();
        Ok(Time(match kind % 4 {
            0 | 1 => CaseTime::Local(local),
            2 => {
                let offset = u.arbitrary::<i32>()? % 86_400;
                match FixedOffset::east_opt(offset)
                    .and_then(|o| o.from_local_datetime(&local).single())
                {
                    Some(t) => CaseTime::Fixed(t),
                    None => CaseTime::Local(local),
                }
            }
            _ => {
                let text = SPECIAL[u.choose_index(SPECIAL.len())?];
                CaseTime::parse(text).unwrap_or(CaseTime::Local(local))
            }
        }))
    }
}

#[derive(Arbitrary, Debug)]
enum Attr {
    Num(f64),
    Word(u8),
    Text(String),
    Bool(bool),
}

#[derive(Arbitrary, Debug)]
struct FEvent {
    /// An index into the rules' event names, or (past them) `other`.
    name: u8,
    other: String,
    at: Time,
}

#[derive(Arbitrary, Debug)]
struct FCase {
    attrs: Vec<(u8, Attr)>,
    events: Vec<FEvent>,
}

#[derive(Arbitrary, Debug)]
struct Input {
    rules: u8,
    cases: Vec<FCase>,
    as_of: Time,
    /// Seconds from the start of 2025, ±: `as_of` near the cases.
    as_of_near: Option<i32>,
    by: u8,
    french: bool,
    year: i16,
}

fn build_case(i: usize, c: &FCase, names: &[String]) -> Case {
    let mut attributes = BTreeMap::new();
    for (k, v) in c.attrs.iter().take(8) {
        let value = match v {
            Attr::Num(n) => Value::Num(*n),
            Attr::Word(w) => Value::Str(WORDS[usize::from(*w) % WORDS.len()].into()),
            Attr::Text(t) => Value::Str(t.clone()),
            Attr::Bool(b) => Value::Bool(*b),
        };
        attributes.insert(KEYS[usize::from(*k) % KEYS.len()].to_string(), value);
    }
    let events = c
        .events
        .iter()
        .take(32)
        .map(|e| Event {
            name: names
                .get(usize::from(e.name))
                .cloned()
                .unwrap_or_else(|| e.other.clone()),
            at: e.at.0,
        })
        .collect();
    Case {
        id: format!("case-{i}"),
        attributes,
        events,
    }
}

fn instant(rules: &Rules, t: &Time, near: Option<i32>) -> DateTime<Utc> {
    if let Some(s) = near {
        let base = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap();
        return base + chrono::Duration::seconds(i64::from(s) * 16);
    }
    match t.0 {
        CaseTime::Fixed(t) => t.with_timezone(&Utc),
        CaseTime::Local(l) => rules
            .read_time(&l.format("%Y-%m-%d %H:%M:%S").to_string())
            .unwrap_or_else(|_| Utc.from_utc_datetime(&NaiveDateTime::default())),
    }
}

fuzz_target!(|input: Input| {
    let all = rules();
    let rules = &all[usize::from(input.rules) % all.len()];
    let names = rules.event_names();
    let cases: Vec<Case> = input
        .cases
        .iter()
        .take(16)
        .enumerate()
        .map(|(i, c)| build_case(i, c, &names))
        .collect();
    let as_of = instant(rules, &input.as_of, input.as_of_near);
    let lang = if input.french {
        delai::model::Lang::Fr
    } else {
        delai::model::Lang::En
    };
    let ids: Vec<String> = rules.standards().into_iter().map(|s| s.id).collect();

    for case in &cases {
        for r in rules.check(case, as_of) {
            serde_json::to_string(&r).expect("records serialize");
        }
        for id in &ids {
            if let Ok(e) = rules.explain(id, case, as_of, lang) {
                serde_json::to_string(&e).expect("explanations serialize");
            }
            if let Some(first) = case.events.first() {
                if let Ok(d) = rules.due_at(id, first.at, &case.attributes) {
                    serde_json::to_string(&d).expect("dues serialize");
                }
            }
        }
    }
    let many = rules.check_many(&cases, as_of);
    assert_eq!(many.len(), cases.len(), "check_many keeps every case");
    let by = PeriodKind::ALL[usize::from(input.by) % PeriodKind::ALL.len()];
    let report = rules.report(&cases, as_of, by);
    let _ = delai::report::render_table(&report);
    let _ = delai::report::render_json(&report);
    let _ = delai::report::render_csv(&report);
    let _ = delai::report::render_html(&report, Some("fuzz"));
    for cal in rules.data().calendars.iter().map(|c| c.name.clone()) {
        let _ = rules.holidays(&cal, i32::from(input.year));
        let _ = rules.non_business_days(&cal, 2025);
    }
});
