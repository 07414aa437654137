//! Crashes found by the fuzzers (`fuzz/`), minimized: each must now give
//! an error, never a panic.

use chrono::{DateTime, NaiveDate, Utc};
use delai::model::{Case, CaseTime, Event};
use delai::report::PeriodKind;

fn city() -> delai::Rules {
    let src = include_str!("fixtures/city.delai");
    delai::compile(src).unwrap()
}

fn letter(at: CaseTime) -> Case {
    Case {
        id: "1".into(),
        attributes: [(
            "channel".to_string(),
            delai::model::Value::Str("mail".into()),
        )]
        .into(),
        events: vec![Event {
            name: "received".into(),
            at,
        }],
    }
}

/// fuzz `evaluate`, crash-46dfecd3: `as_of` at chrono's first instant made
/// `Rules::check` panic converting it to the calendar's zone
/// ("Local time out of range for `NaiveDateTime`").
#[test]
fn as_of_at_chrono_extremes() {
    let rules = city();
    let case = letter(CaseTime::parse("2025-06-20 10:00").unwrap());
    for as_of in [DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC] {
        let records = rules.check(&case, as_of);
        let json = serde_json::to_string(&records).unwrap();
        assert!(json.contains("date-out-of-range"), "{json}");
        // `explain` judges the case first: its error is the judgement's.
        let e = rules
            .explain("written-requests", &case, as_of, delai::model::Lang::Fr)
            .unwrap_err();
        assert_eq!(e.code, "date-out-of-range");
        let report = rules.report(std::slice::from_ref(&case), as_of, PeriodKind::Month);
        let _ = delai::report::render_table(&report);
    }
}

/// Local event times at chrono's extreme dates are refused before a zone
/// offset is applied to them.
#[test]
fn local_times_at_chrono_extremes() {
    let rules = city();
    let as_of: DateTime<Utc> = "2025-07-01T00:00:00Z".parse().unwrap();
    for d in [NaiveDate::MIN, NaiveDate::MAX] {
        for t in [
            d.and_hms_opt(0, 0, 0).unwrap(),
            d.and_hms_opt(23, 59, 59).unwrap(),
        ] {
            let case = letter(CaseTime::Local(t));
            let json = serde_json::to_string(&rules.check(&case, as_of)).unwrap();
            assert!(json.contains("date-out-of-range"), "{json}");
            assert!(rules
                .due_at("written-requests", CaseTime::Local(t), &case.attributes)
                .is_err());
        }
    }
}
