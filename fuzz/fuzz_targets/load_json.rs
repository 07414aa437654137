//! Compiled rules as anyone may hand them over: `Rules::load_json` on
//! arbitrary text (seeded with `delai compile` output), and whatever loads
//! is then used — examples run, a due date asked of every standard, a case
//! checked — since a hand-edited file can pass the reader with values the
//! checker would never produce (zero hours, a holiday on February 30, an
//! empty calendar). Nothing may panic: bad files are `bad-rules-format`,
//! bad values are errors.
#![no_main]

use chrono::{TimeZone, Utc};
use delai::model::{Case, CaseTime, Event};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let as_of = Utc.with_ymd_and_hms(2025, 7, 1, 12, 0, 0).unwrap();
    let rules = match delai::Rules::load_json(text) {
        Ok(rules) => rules,
        Err(d) => {
            assert_eq!(d.code, "bad-rules-format", "{}", d.message);
            return;
        }
    };
    let _ = rules.run_examples(as_of);
    let start = CaseTime::parse("2025-06-20 10:00").unwrap();
    for s in &rules.data().standards {
        let case = Case {
            id: "fuzz".into(),
            attributes: Default::default(),
            events: vec![Event {
                name: s.start_event.clone(),
                at: start,
            }],
        };
        let _ = rules.check(&case, as_of);
        let _ = rules.explain(&s.id, &case, as_of, delai::model::Lang::Fr);
        let _ = rules.due(&s.id, "2025-06-20 10:00", &Default::default());
    }
    for c in &rules.data().calendars {
        let _ = rules.holidays(&c.name, 2025);
    }
});
