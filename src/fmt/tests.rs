//! Printer tests on hand-built trees (no parser needed): layout, both
//! languages, comment placement from spans alone.

use super::print;
use crate::diagnostic::Span;
use crate::model::{Status, Unit};
use crate::syntax::ast::*;
use chrono::Weekday;

fn at<T>(value: T, start: usize, end: usize) -> Spanned<T> {
    Spanned::new(value, Span::new(start, end))
}

fn sp<T>(value: T) -> Spanned<T> {
    at(value, 0, 0)
}

fn comment(text: &str, start: usize) -> Comment {
    Comment {
        text: text.to_string(),
        span: Span::new(start, start + text.len()),
    }
}

/// The tree of:
/// ```text
/// # head                                  0..6
///                                         7
/// calendar "c" { # h                      8..26  (name 17..20, comment 23..26)
///   holiday "N" on easter - 2 days # t    29..57 (comment 58..61)
///   # end                                 64..69
/// }                                       70..71
/// ```
fn calendar_file(lang: Lang) -> File {
    let holiday = CalendarClause {
        kind: CalendarClauseKind::Holiday(HolidayClause {
            name: sp("N".into()),
            rule: sp(DayRule::Easter {
                offset_days: sp(-2),
            }),
            substitute: vec![(sp(Word::Known(Weekday::Sun)), sp(Word::Known(Weekday::Mon)))],
            from_year: Some(sp(2021)),
            until_year: None,
        }),
        span: Span::new(29, 57),
    };
    File {
        items: vec![Item::Calendar(CalendarDecl {
            lang,
            name: at("c".into(), 17, 20),
            extends: None,
            clauses: vec![holiday],
            span: Span::new(8, 71),
        })],
        comments: vec![
            comment("# head", 0),
            comment("# h", 23),
            comment("# t", 58),
            comment("# end", 64),
        ],
        gaps: Vec::new(),
        span: Span::new(0, 72),
    }
}

#[test]
fn layout_and_comments_from_spans() {
    let en = "# head\n\ncalendar \"c\" { # h\n  holiday \"N\" on easter - 2 days, if sunday then monday from 2021 # t\n  # end\n}\n";
    assert_eq!(print(&calendar_file(Lang::En), None), en);
    let fr = "# head\n\ncalendrier \"c\" { # h\n  férié \"N\" le pâques - 2 jours, si dimanche alors lundi à partir de 2021 # t\n  # end\n}\n";
    assert_eq!(print(&calendar_file(Lang::En), Some(Lang::Fr)), fr);
    assert_eq!(print(&calendar_file(Lang::Fr), None), fr);
}

#[test]
fn units_agree_with_their_count() {
    let within = |n: i64, unit: Unit| StandardClause {
        kind: StandardClauseKind::Within(Within {
            before: None,
            usual: None,
            amount: sp(n),
            unit: sp(Word::Known(unit)),
            calendar: None,
            alternative: None,
            condition: Some(TierCondition::Otherwise(Span::default())),
        }),
        span: Span::default(),
    };
    let file = |lang| File {
        items: vec![Item::Standard(StandardDecl {
            lang,
            name: sp("s".into()),
            clauses: vec![
                within(1, Unit::BusinessDays),
                within(2, Unit::BusinessDays),
                within(1, Unit::Months),
                within(0, Unit::Seconds),
            ],
            span: Span::default(),
        })],
        comments: vec![],
        gaps: Vec::new(),
        span: Span::default(),
    };
    assert_eq!(
        print(&file(Lang::En), None),
        "standard \"s\" {\n  within 1 business day otherwise\n  within 2 business days otherwise\n  within 1 month otherwise\n  within 0 seconds otherwise\n}\n"
    );
    assert_eq!(
        print(&file(Lang::En), Some(Lang::Fr)),
        "norme \"s\" {\n  dans 1 jour ouvrable sinon\n  dans 2 jours ouvrables sinon\n  dans 1 mois sinon\n  dans 0 seconde sinon\n}\n"
    );
}

#[test]
fn unknown_words_print_as_written() {
    let file = File {
        items: vec![Item::Example(ExampleDecl {
            lang: Lang::En,
            name: sp("e".into()),
            clauses: vec![
                ExampleClause {
                    kind: ExampleClauseKind::ExpectStatus(sp(Word::Unknown("mett".into()))),
                    span: Span::default(),
                },
                ExampleClause {
                    kind: ExampleClauseKind::ExpectStatus(sp(Word::Known(Status::AtRisk))),
                    span: Span::default(),
                },
            ],
            span: Span::default(),
        })],
        comments: vec![],
        gaps: Vec::new(),
        span: Span::default(),
    };
    assert_eq!(
        print(&file, Some(Lang::Fr)),
        "exemple \"e\" {\n  attendu statut mett\n  attendu statut à risque\n}\n"
    );
}

#[test]
fn empty_files_and_comment_only_files() {
    let empty = File {
        items: vec![],
        comments: vec![],
        gaps: Vec::new(),
        span: Span::default(),
    };
    assert_eq!(print(&empty, None), "");
    let only = File {
        comments: vec![comment("# a", 0), comment("# b", 4), comment("# c", 9)],
        ..empty
    };
    assert_eq!(print(&only, None), "# a\n# b\n\n# c\n");
}
