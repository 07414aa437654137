//! Unit tests of the checker: `extends` flattening, default calendars,
//! versions, the normative `city.delai`, and files with syntax errors.

use super::check;
use crate::calendar::tz::named;
use crate::diagnostic::{Diagnostic, Span};
use crate::model::{DayRule, Period, RulesData, Unit};
use crate::syntax::ast::*;
use crate::syntax::parse;

fn run(source: &str) -> (Option<RulesData>, Vec<Diagnostic>) {
    let (file, syntax) = parse(source);
    assert!(syntax.is_empty(), "syntax errors: {syntax:?}");
    check(&file, source)
}

fn codes(diags: &[Diagnostic]) -> Vec<&str> {
    diags.iter().map(|d| d.code.as_str()).collect()
}

fn name(text: &str) -> Name {
    Spanned::new(text.to_string(), Span::default())
}

fn calendar(n: &str, extends: Option<&str>, clauses: Vec<CalendarClause>) -> Item {
    Item::Calendar(CalendarDecl {
        lang: Lang::En,
        name: name(n),
        extends: extends.map(name),
        clauses,
        span: Span::default(),
    })
}

fn timezone() -> CalendarClause {
    CalendarClause {
        kind: CalendarClauseKind::Timezone(name("America/Toronto")),
        span: Span::default(),
    }
}

#[test]
fn a_chain_of_5000_extends_is_one_error_not_a_stack_overflow() {
    let mut items = vec![calendar("c0", None, vec![timezone()])];
    for i in 1..5000 {
        let parent = format!("c{}", i - 1);
        items.push(calendar(&format!("c{i}"), Some(&parent), Vec::new()));
    }
    let file = File {
        items,
        comments: Vec::new(),
        gaps: Vec::new(),
        span: Span::default(),
    };
    let (rules, diags) = check(&file, "");
    assert!(rules.is_none());
    assert_eq!(codes(&diags), ["extends-too-deep"]);
}

#[test]
fn a_long_cycle_is_reported_once() {
    let n = 3000;
    let items = (0..n)
        .map(|i| {
            calendar(
                &format!("c{i}"),
                Some(&format!("c{}", (i + 1) % n)),
                vec![timezone()],
            )
        })
        .collect();
    let file = File {
        items,
        comments: Vec::new(),
        gaps: Vec::new(),
        span: Span::default(),
    };
    let (_, diags) = check(&file, "");
    assert_eq!(codes(&diags), ["extends-cycle"]);
}

#[test]
fn extends_overrides_holidays_by_name_and_hours_by_weekday() {
    let (rules, diags) = run(r#"
calendar "base" {
  timezone "America/Toronto"
  workdays monday to friday
  hours 08:00-12:00, 13:00-17:00
  holiday "Fête de la ville" on june 1
  holiday "Noël" on december 25
  closed "Inventaire" on 2025-03-03
}
calendar "branch" extends "base" {
  workdays monday to saturday
  hours 10:00-14:00 on saturday
  holiday "Fête de la ville" on june 2
  closed "Inventaire" on 2025-03-04
  closed "Vacances" from july 20 to july 31
}
standard "s" { within 1 business days on "branch" }
"#);
    assert!(diags.is_empty(), "{diags:?}");
    let rules = rules.unwrap();
    let branch = rules.calendars.iter().find(|c| c.name == "branch").unwrap();
    assert_eq!(branch.extends, ["base"]);
    assert_eq!(branch.holidays.len(), 2);
    assert_eq!(branch.holidays[0].rule, DayRule::Fixed { month: 6, day: 2 });
    assert_eq!(branch.closures.len(), 2);
    assert!(
        matches!(branch.closures[0].period, Period::Dates { from, .. } if from.to_string() == "2025-03-04")
    );
    assert_eq!(
        branch.hours[0],
        vec![(8 * 3600, 12 * 3600), (13 * 3600, 17 * 3600)]
    );
    assert_eq!(branch.hours[5], vec![(10 * 3600, 14 * 3600)]);
    assert!(branch.hours[6].is_empty());
    // A plain `hours` in a child replaces the parent's on every workday.
    let (rules, diags) = run(r#"
calendar "base" {
  timezone "America/Toronto"
  hours 07:00-09:00 on monday
}
calendar "child" extends "base" { hours 09:00-10:00 }
standard "s" { within 1 business days on "child" }
"#);
    assert!(diags.is_empty(), "{diags:?}");
    let child = &rules.unwrap().calendars[1];
    assert_eq!(child.hours[0], vec![(9 * 3600, 10 * 3600)]);
}

#[test]
fn default_calendar_rules() {
    // One calendar: `on` may be omitted.
    let (rules, diags) = run(r#"
calendar "offices" extends "quebec" { hours 08:30-16:30 }
standard "s" { within 10 business days }
"#);
    assert!(diags.is_empty(), "{diags:?}");
    let rules = rules.unwrap();
    assert_eq!(rules.default_calendar, Some(0));
    assert_eq!(rules.standards[0].tiers[0].calendar, Some(0));
    // The built-in used through `extends` is included, flattened.
    assert!(rules.calendars.iter().any(|c| c.name == "quebec"));
    // Several: `on` is required.
    let (rules, diags) = run(r#"
calendar "a" extends "quebec" { hours 08:30-16:30 }
calendar "b" extends "quebec" { hours 09:30-16:30 }
standard "s" { within 10 business days }
standard "t" { within 10 seconds }
"#);
    assert!(rules.is_none());
    assert_eq!(codes(&diags), ["missing-calendar"]);
    // None: `on` is required and "quebec" suggested.
    let (_, diags) = run(r#"standard "s" { within 10 days }"#);
    assert_eq!(codes(&diags), ["missing-calendar"]);
    assert_eq!(diags[0].suggestion.as_deref(), Some("days on \"quebec\""));
    // None, built-in named: fine, and the built-in is in the rules.
    let (rules, diags) = run(r#"standard "s" { within 10 days on "quebec" }"#);
    assert!(diags.is_empty(), "{diags:?}");
    let rules = rules.unwrap();
    assert_eq!(rules.calendars.len(), 1);
    assert_eq!(rules.default_calendar, None);
    assert_eq!(rules.standards[0].tiers[0].unit, Unit::Days);
}

#[test]
fn versions_may_share_an_id_only_when_periods_do_not_overlap() {
    let ok = r#"
standard "p" { within 1 days on "quebec"
  effective from 2025-01-01 until 2025-12-31 }
standard "p" { within 2 days on "quebec"
  effective from 2026-01-01 }
"#;
    let (rules, diags) = run(ok);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(rules.unwrap().standards.len(), 2);
    for bad in [
        "standard \"p\" { within 1 days on \"quebec\" }\nstandard \"p\" { within 2 days on \"quebec\" }",
        "standard \"p\" { within 1 days on \"quebec\"\n effective from 2025-01-01 }\nstandard \"p\" { within 2 days on \"quebec\"\n effective from 2024-01-01 until 2025-01-01 }",
    ] {
        let (rules, diags) = run(bad);
        assert!(rules.is_none());
        assert_eq!(codes(&diags), ["overlapping-versions"]);
        assert_eq!(diags[0].labels.len(), 1);
    }
}

#[test]
fn city_offices_has_the_quebec_holidays_and_the_closure() {
    let source = include_str!("../../tests/fixtures/city.delai");
    let (rules, diags) = run(source);
    assert!(diags.is_empty(), "{diags:?}");
    let rules = rules.unwrap();
    let city = rules
        .calendars
        .iter()
        .find(|c| c.name == "city-offices")
        .unwrap();
    assert_eq!(city.extends, ["quebec"]);
    assert_eq!(city.timezone, named("America/Toronto"));
    let quebec = crate::check::builtin_calendar("quebec").unwrap();
    assert_eq!(city.holidays, quebec.holidays);
    assert!(city.holidays.iter().any(|h| h.name == "Fête nationale"));
    // Inherited: only holidays and Sundays move a calendar-day deadline.
    assert_eq!(city.postpone, quebec.postpone);
    assert!(city.postpone.is_some_and(
        |days| days.contains(chrono::Weekday::Sun) && !days.contains(chrono::Weekday::Sat)
    ));
    assert_eq!(city.closures.len(), 1);
    assert_eq!(
        city.closures[0].period,
        Period::Yearly {
            from: (12, 24),
            to: (1, 2)
        }
    );
    assert_eq!(city.hours[0], vec![(30_600, 43_200), (46_800, 59_400)]);
    assert_eq!(rules.default_calendar, Some(0));
    let written = &rules.standards[0];
    assert_eq!(
        written.title.fr.as_deref(),
        Some("Répondre aux demandes écrites")
    );
    assert_eq!(written.line, 15);
    assert_eq!(rules.examples.len(), 23);
}

#[test]
fn an_untagged_title_takes_the_keyword_language() {
    let source = include_str!("../../tests/fixtures/ville.delai");
    let (rules, diags) = run(source);
    assert!(diags.is_empty(), "{diags:?}");
    let s = &rules.unwrap().standards[0];
    assert_eq!(s.title.fr.as_deref(), Some("Répondre aux demandes écrites"));
    assert_eq!(s.title.en.as_deref(), Some("Respond to written requests"));
}

/// Codes the checker reports for a file that may have syntax errors.
fn checked_codes(source: &str) -> Vec<String> {
    let (file, _) = parse(source);
    let (rules, diags) = check(&file, source);
    if !file.gaps.is_empty() {
        assert!(rules.is_none(), "a file with syntax errors compiled");
    }
    diags.into_iter().map(|d| d.code.into()).collect()
}

/// Each case: a file with one syntax error, the code the checker would
/// report only because of it, and the same file with the error fixed, where
/// the code is right. What is written around the error is still checked.
#[test]
fn a_syntax_gap_withholds_only_what_it_may_explain() {
    let cases: &[(&str, &str, &str)] = &[
        (
            // The `within` line is the one that did not parse.
            "standard \"s\" {\n  withn 10 days\n  target 900%\n}\n",
            "missing-within",
            "standard \"s\" {\n  target 900%\n}\n",
        ),
        (
            "calendar \"c\" {\n  timezon \"America/Toronto\"\n  hours 08:00-12:00, 11:00-16:00\n}\nstandard \"s\" {\n  within 1 business day on \"c\"\n}\n",
            "missing-timezone",
            "calendar \"c\" {\n  hours 08:00-12:00, 11:00-16:00\n}\nstandard \"s\" {\n  within 1 business day on \"c\"\n}\n",
        ),
        (
            // The time zone may be in the broken calendar it extends.
            "calendar \"p\" {\n  timezon \"America/Toronto\"\n}\ncalendar \"c\" extends \"p\" {\n  hours 08:00-12:00, 11:00-16:00\n}\n",
            "missing-timezone",
            "calendar \"p\" {\n}\ncalendar \"c\" extends \"p\" {\n  hours 08:00-12:00, 11:00-16:00\n}\n",
        ),
        (
            "calendar \"c\" extends \"quebec\" {\n  workday monday to saturday\n  hours 09:00-12:00 on saturday\n}\n",
            "hours-on-non-workday",
            "calendar \"c\" extends \"quebec\" {\n  hours 09:00-12:00 on saturday\n}\n",
        ),
        (
            "standard \"s\" {\n  starts at \"completed\"\n  stops at answered\n  within 1 hour\n}\n",
            "same-start-and-stop",
            "standard \"s\" {\n  starts at \"completed\"\n  within 1 hour\n}\n",
        ),
        (
            "standard \"s\" {\n  within 1 hour when x = 1\n  within 2 hours otherwse\n}\n",
            "missing-otherwise",
            "standard \"s\" {\n  within 1 hour when x = 1\n}\n",
        ),
        (
            "standard \"s\" {\n  within 1 hour when x = \n  within 2 hours otherwise\n}\n",
            "useless-otherwise",
            "standard \"s\" {\n  within 2 hours otherwise\n}\n",
        ),
        (
            "standard \"s\" {\n  within 1 hour on quebec\n  within 2 hours\n  cutoff 16:00\n}\n",
            "cutoff-without-calendar",
            "standard \"s\" {\n  within 2 hours\n  cutoff 16:00\n}\n",
        ),
        (
            "standard \"s\" {\n  within 1 hour\n  effective from 2025-01-01 until\n}\nstandard \"s\" {\n  within 2 hours\n  effective from 2025-01-01\n}\n",
            "overlapping-versions",
            "standard \"s\" {\n  within 1 hour\n}\nstandard \"s\" {\n  within 2 hours\n  effective from 2025-01-01\n}\n",
        ),
        (
            "standard \"s\" {\n  within 1 hour\n}\nexample \"e\" {\n  standart \"s\"\n  expect status met\n}\n",
            "missing-example-standard",
            "standard \"s\" {\n  within 1 hour\n}\nexample \"e\" {\n  expect status met\n}\n",
        ),
        (
            "standard \"s\" {\n  within 1 hour\n}\nexample \"e\" {\n  standard \"s\"\n  expect status mett\n  expect due\n}\n",
            "missing-expect",
            "standard \"s\" {\n  within 1 hour\n}\nexample \"e\" {\n  standard \"s\"\n}\n",
        ),
        (
            // The standard's `starts at` line did not parse.
            "standard \"s\" {\n  starts at opened\n  within 1 hour\n}\nexample \"e\" {\n  standard \"s\"\n  event \"opened\" at 2025-01-06 10:00\n  expect status met\n}\n",
            "missing-start-event",
            "standard \"s\" {\n  within 1 hour\n}\nexample \"e\" {\n  standard \"s\"\n  event \"opened\" at 2025-01-06 10:00\n  expect status met\n}\n",
        ),
        (
            // An item that could not be read may declare the name.
            "calender \"offices\" {\n  timezone \"America/Toronto\"\n}\nstandard \"s\" {\n  within 1 business day on \"offices\"\n}\n",
            "unknown-calendar",
            "standard \"s\" {\n  within 1 business day on \"offices\"\n}\n",
        ),
        (
            "standart \"s\" {\n  within 1 hour\n}\nexample \"e\" {\n  standard \"s\"\n  expect status met\n}\n",
            "unknown-standard",
            "example \"e\" {\n  standard \"s\"\n  expect status met\n}\n",
        ),
        (
            // It may be a second calendar: whether `on` is needed is unknown.
            "calendar \"a\" extends \"quebec\" {\n}\ncalender \"b\" extends \"quebec\" {\n}\nstandard \"s\" {\n  within 1 business day\n}\n",
            "missing-calendar",
            "standard \"s\" {\n  within 1 business day\n}\n",
        ),
    ];
    for (broken, code, fixed) in cases {
        assert!(
            !parse(broken).0.gaps.is_empty(),
            "no syntax error in:\n{broken}"
        );
        let withheld = checked_codes(broken);
        assert!(
            !withheld.iter().any(|c| c == code),
            "{code} reported because of a syntax error in:\n{broken}\n{withheld:?}"
        );
        let (_, syntax) = parse(fixed);
        assert!(syntax.is_empty(), "{fixed}: {syntax:?}");
        assert!(
            checked_codes(fixed).iter().any(|c| c == code),
            "{code} not reported for:\n{fixed}"
        );
    }
}

#[test]
fn what_is_written_around_a_syntax_gap_is_checked() {
    // The issue's four mistakes: a bad clause hides none of the others.
    let source = "calendrier \"bureaux\" {\n  fuseau \"québec\"\n  heures 08:30-12:00, 11:00-16:30\n}\n\nnorme \"demandes-ecrites\" {\n  dans 10 jours ouvrables selon \"bureau\"\n  cilbe 90 %\n}\n";
    assert_eq!(
        checked_codes(source),
        ["unknown-timezone", "overlapping-hours", "unknown-calendar"]
    );
    // A name an unreadable item declares is withheld; any other is not.
    let source =
        "calender \"offices\" {\n}\nstandard \"s\" {\n  within 1 business day on \"ofices\"\n}\n";
    assert_eq!(checked_codes(source), ["unknown-calendar"]);
    // A block whose header did not parse is checked under the header's
    // name, which standards may name.
    let source = "calendrier \"bureaux\" étend quebec {\n  fuseau \"québec\"\n}\nnorme \"n\" {\n  dans 1 jour ouvrable selon \"bureaux\"\n}\n";
    assert_eq!(checked_codes(source), ["unknown-timezone"]);
}

/// Issue #15 through `extends`: the child's dated clauses lay over the
/// parent's of the same date, the parent's other dates still apply, an
/// opened date gets the hours of its weekday, and hours for a weekday that
/// only an opened date uses are not "without effect".
#[test]
fn dated_clauses_are_inherited_and_combined_by_date() {
    let src = "calendar \"parent\" extends \"quebec\" {\n\
               hours 08:30-16:30\n\
               workdays monday to thursday from 2027-01-01\n\
               hours 08:00-16:00 from 2028-01-01\n\
               }\n\
               calendar \"child\" extends \"parent\" {\n\
               workdays monday to wednesday from 2028-01-01\n\
               hours 09:00-12:00 on saturday\n\
               open \"Sat\" on 2027-07-03\n\
               }\n";
    let (rules, diags) = run(src);
    assert!(diags.is_empty(), "{diags:?}");
    let rules = rules.unwrap();
    let child = rules.calendars.iter().find(|c| c.name == "child").unwrap();
    let h = |a: u32, b: u32| vec![(a, b)];
    assert_eq!(child.changes.len(), 2);
    assert_eq!(child.changes[0].workdays.0, 0b1111);
    assert_eq!(child.changes[0].hours[0], h(30_600, 59_400));
    // 2028: the child's workdays with the parent's hours of that date.
    assert_eq!(child.changes[1].workdays.0, 0b111);
    assert_eq!(child.changes[1].hours[2], h(28_800, 57_600));
    assert!(child.changes[1].hours[3].is_empty());
    // The opened Saturday opens with Saturday's hours.
    let d = chrono::NaiveDate::from_ymd_opt(2027, 7, 3).unwrap();
    assert_eq!(child.hours_on(d), &h(32_400, 43_200)[..]);
    assert_eq!(child.opening_on(d).map(|o| o.name.as_str()), Some("Sat"));
    // Without the opening, Saturday's hours are reported as without effect.
    let (_, diags) = run(&src.replace("open \"Sat\" on 2027-07-03", ""));
    assert_eq!(codes(&diags), ["hours-on-non-workday"]);
}
