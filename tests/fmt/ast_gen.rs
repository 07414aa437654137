//! Random syntax trees the parser can read back: calendars with random
//! holiday rules, closures and hours; standards with random clauses, tiers
//! and conditions; examples. Spans are zero; the printer must not need them.

use chrono::Weekday;
use delai::model::{CmpOp, Status, Unit, Whichever};
use delai::syntax::ast::*;
use delai::Span;
use proptest::prelude::*;

const NO: Span = Span { start: 0, end: 0 };

fn sp<T>(value: T) -> Spanned<T> {
    Spanned::new(value, NO)
}

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::En), Just(Lang::Fr)]
}

/// Identifiers with the characters a printer must escape or keep intact:
/// quotes, backslashes, `#`, accents.
fn name() -> impl Strategy<Value = Spanned<String>> {
    proptest::string::string_regex(r#"[a-zA-Zé0-9 #"\\'-]{1,12}"#)
        .expect("valid regex")
        .prop_map(sp)
}

fn attr() -> impl Strategy<Value = Spanned<String>> {
    prop_oneof![
        Just("channel"),
        Just("type"),
        Just("priorité"),
        Just("age_2"),
        Just("x-ray")
    ]
    .prop_map(|s| sp(s.to_string()))
}

fn literal() -> impl Strategy<Value = Spanned<Literal>> {
    prop_oneof![
        name().prop_map(|n| Literal::Str(n.value)),
        (0u32..1000).prop_map(|n| Literal::Num(n as f64, n.to_string())),
        (0u32..1000, 0u32..100).prop_map(|(a, b)| {
            let text = format!("{a}.{b:02}");
            Literal::Num(text.parse().unwrap_or_default(), text)
        }),
    ]
    .prop_map(sp)
}

fn weekday() -> impl Strategy<Value = Spanned<Word<Weekday>>> {
    (0u8..7).prop_map(|i| {
        let day = Weekday::try_from(i).unwrap_or(Weekday::Mon);
        sp(Word::Known(day))
    })
}

fn weekdays() -> impl Strategy<Value = Weekdays> {
    prop_oneof![
        (weekday(), weekday()).prop_map(|(a, b)| Weekdays::Range(a, b)),
        proptest::collection::vec(weekday(), 1..4).prop_map(Weekdays::List),
    ]
}

fn month() -> impl Strategy<Value = Spanned<Word<u32>>> {
    (1u32..=12).prop_map(|m| sp(Word::Known(m)))
}

fn month_day() -> impl Strategy<Value = MonthDay> {
    (month(), 1i64..=31).prop_map(|(month, day)| MonthDay {
        month,
        day: sp(day),
    })
}

fn date() -> impl Strategy<Value = Spanned<DateLit>> {
    (1900i64..2200, 1i64..=12, 1i64..=28)
        .prop_map(|(year, month, day)| sp(DateLit { year, month, day }))
}

fn clock() -> impl Strategy<Value = TimeOfDay> {
    (0u32..24, 0u32..60, prop_oneof![Just(0u32), 0u32..60]).prop_map(|(hour, minute, second)| {
        TimeOfDay {
            hour,
            minute,
            second,
        }
    })
}

fn time() -> impl Strategy<Value = Spanned<TimeLit>> {
    let offset = prop_oneof![
        Just(None),
        (-14i32..=14, prop_oneof![Just(0i32), Just(30), Just(45)])
            .prop_map(|(h, m)| Some(h * 3600 + h.signum() * m * 60)),
    ];
    (date(), proptest::option::of(clock()), offset).prop_map(|(d, time, offset)| {
        sp(TimeLit {
            date: d.value,
            offset_seconds: time.and(offset),
            time,
        })
    })
}

fn ordinal() -> impl Strategy<Value = Ordinal> {
    prop_oneof![
        Just(Ordinal::First),
        Just(Ordinal::Second),
        Just(Ordinal::Third),
        Just(Ordinal::Fourth),
        Just(Ordinal::Fifth),
        Just(Ordinal::Last),
        Just(Ordinal::SecondLast),
    ]
}

fn day_rule() -> impl Strategy<Value = DayRule> {
    prop_oneof![
        month_day().prop_map(DayRule::Fixed),
        (ordinal(), weekday(), month()).prop_map(|(o, weekday, month)| DayRule::Nth {
            ordinal: sp(o),
            weekday,
            month,
        }),
        (weekday(), any::<bool>(), month_day()).prop_map(|(weekday, after, anchor)| {
            DayRule::Relative {
                weekday,
                after,
                anchor,
            }
        }),
        (-60i64..=60).prop_map(|n| DayRule::Easter { offset_days: sp(n) }),
        date().prop_map(DayRule::Date),
    ]
}

fn calendar_clause() -> impl Strategy<Value = CalendarClauseKind> {
    let range = (clock(), clock()).prop_map(|(from, to)| {
        sp(TimeRange {
            from: sp(from),
            to: sp(to),
        })
    });
    let holiday = (
        name(),
        day_rule(),
        proptest::collection::vec((weekday(), weekday()), 0..3),
        proptest::option::of(1900i64..2200),
        proptest::option::of(1900i64..2200),
    )
        .prop_map(|(name, rule, substitute, from, until)| {
            CalendarClauseKind::Holiday(HolidayClause {
                name,
                rule: sp(rule),
                substitute,
                from_year: from.map(sp),
                until_year: until.map(sp),
            })
        });
    let period = prop_oneof![
        (month_day(), month_day()).prop_map(|(from, to)| ClosedPeriod::Yearly { from, to }),
        date().prop_map(ClosedPeriod::Date),
        (date(), date()).prop_map(|(from, to)| ClosedPeriod::Dates { from, to }),
        (
            day_rule(),
            0i64..60,
            unit(),
            proptest::option::of(1900i64..2200),
            proptest::option::of(1900i64..2200),
        )
            .prop_map(|(rule, length, unit, from, until)| ClosedPeriod::Rule {
                rule: sp(rule),
                length: sp(length),
                unit,
                from_year: from.map(sp),
                until_year: until.map(sp),
            }),
    ];
    let hours_day = prop_oneof![
        date().prop_map(DayOfLit::Date),
        month_day().prop_map(DayOfLit::Yearly),
    ];
    // `on WEEKDAYS` or `on DAY`, never both.
    let hours_on = prop_oneof![
        Just((None, None)),
        weekdays().prop_map(|w| (Some(w), None)),
        hours_day.prop_map(|d| (None, Some(sp(d)))),
    ];
    prop_oneof![
        name().prop_map(CalendarClauseKind::Timezone),
        (weekdays(), proptest::option::of(date()))
            .prop_map(|(w, from)| CalendarClauseKind::Workdays(w, from)),
        (name(), date()).prop_map(|(name, date)| CalendarClauseKind::Open { name, date }),
        proptest::option::of(weekdays()).prop_map(CalendarClauseKind::Postpone),
        (
            proptest::collection::vec(range, 1..3),
            hours_on,
            proptest::option::of(date())
        )
            .prop_map(|(ranges, (on, day), from)| CalendarClauseKind::Hours {
                ranges,
                on,
                day,
                from
            }),
        holiday,
        (name(), period).prop_map(|(name, p)| CalendarClauseKind::Closed {
            name,
            period: sp(p),
        }),
    ]
}

fn expr() -> impl Strategy<Value = Expr> {
    let op = prop_oneof![
        Just(CmpOp::Eq),
        Just(CmpOp::Ne),
        Just(CmpOp::Lt),
        Just(CmpOp::Le),
        Just(CmpOp::Gt),
        Just(CmpOp::Ge),
    ];
    let leaf = prop_oneof![
        (attr(), op, literal()).prop_map(|(attr, op, value)| ExprKind::Compare {
            attr,
            op: sp(op),
            value,
        }),
        (
            attr(),
            any::<bool>(),
            proptest::collection::vec(literal(), 0..4)
        )
            .prop_map(|(attr, negated, values)| ExprKind::In {
                attr,
                negated,
                values,
            }),
        (attr(), any::<bool>()).prop_map(|(attr, negated)| ExprKind::Set { attr, negated }),
    ]
    .prop_map(|kind| Expr { kind, span: NO });
    leaf.prop_recursive(3, 12, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone())
                .prop_map(|(a, b)| ExprKind::And(Box::new(a), Box::new(b))),
            (inner.clone(), inner.clone())
                .prop_map(|(a, b)| ExprKind::Or(Box::new(a), Box::new(b))),
            inner.prop_map(|a| ExprKind::Not(Box::new(a))),
        ]
        .prop_map(|kind| Expr { kind, span: NO })
    })
}

fn unit() -> impl Strategy<Value = Spanned<Word<Unit>>> {
    proptest::sample::select(Unit::ALL.to_vec()).prop_map(|u| sp(Word::Known(u)))
}

fn percent() -> impl Strategy<Value = Spanned<f64>> {
    prop_oneof![
        (0u32..=100).prop_map(f64::from),
        (0u32..1000).prop_map(|n| f64::from(n) / 10.0)
    ]
    .prop_map(sp)
}

fn standard_clause() -> impl Strategy<Value = StandardClauseKind> {
    let tag = || proptest::option::of(lang().prop_map(sp));
    let condition = proptest::option::of(prop_oneof![
        expr().prop_map(TierCondition::When),
        Just(TierCondition::Otherwise(NO)),
    ]);
    prop_oneof![
        (tag(), name()).prop_map(|(lang, text)| StandardClauseKind::Title { lang, text }),
        (tag(), name()).prop_map(|(lang, text)| StandardClauseKind::Description { lang, text }),
        expr().prop_map(StandardClauseKind::AppliesWhen),
        expr().prop_map(StandardClauseKind::Requires),
        proptest::collection::vec(name(), 1..4).prop_map(StandardClauseKind::StartsAt),
        // One to three stop events (`stops at "a" or "b"`).
        proptest::collection::vec(name(), 1..4).prop_map(StandardClauseKind::StopsAt),
        (name(), name()).prop_map(|(from, until)| StandardClauseKind::Pauses { from, until }),
        (
            proptest::option::of(name()),
            proptest::option::of(0i64..400),
            0i64..400,
            unit(),
            proptest::option::of(name()),
            proptest::option::of((
                0i64..400,
                unit(),
                proptest::option::of(name()),
                any::<bool>()
            )),
            condition
        )
            .prop_map(
                |(before, usual, n, unit, calendar, alternative, condition)| {
                    StandardClauseKind::Within(Within {
                        // A range is written only on `within` lines; a second
                        // deadline on an `at least` line is read, then refused
                        // by the checker, so it is generated on `within` only.
                        usual: usual.filter(|_| before.is_none()).map(sp),
                        alternative: alternative.filter(|_| before.is_none()).map(
                            |(n, unit, calendar, later)| {
                                Box::new(Alternative {
                                    amount: sp(n),
                                    unit,
                                    calendar,
                                    whichever: sp(if later {
                                        Whichever::Later
                                    } else {
                                        Whichever::Earlier
                                    }),
                                    span: NO,
                                })
                            },
                        ),
                        before,
                        amount: sp(n),
                        unit,
                        calendar,
                        condition,
                    })
                }
            ),
        clock().prop_map(|t| StandardClauseKind::Cutoff(sp(t))),
        (0i64..100, unit(), name()).prop_map(|(n, unit, event)| StandardClauseKind::ExtendedBy {
            amount: sp(n),
            unit,
            event,
        }),
        percent().prop_map(StandardClauseKind::Target),
        percent().prop_map(StandardClauseKind::Warn),
        (date(), proptest::option::of(date()))
            .prop_map(|(from, until)| StandardClauseKind::Effective { from, until }),
        Just(StandardClauseKind::Unmoved),
        (0i64..400, unit()).prop_map(|(n, unit)| StandardClauseKind::AllWithin {
            amount: sp(n),
            unit
        }),
    ]
}

fn status() -> impl Strategy<Value = Spanned<Word<Status>>> {
    proptest::sample::select(Status::ALL.to_vec()).prop_map(|s| sp(Word::Known(s)))
}

fn example_clause() -> impl Strategy<Value = ExampleClauseKind> {
    prop_oneof![
        name().prop_map(ExampleClauseKind::Standard),
        proptest::collection::vec((attr(), literal()), 1..4).prop_map(ExampleClauseKind::Case),
        (name(), time()).prop_map(|(name, at)| ExampleClauseKind::Event { name, at }),
        time().prop_map(ExampleClauseKind::AsOf),
        time().prop_map(ExampleClauseKind::ExpectDue),
        time().prop_map(ExampleClauseKind::ExpectUsualDue),
        status().prop_map(ExampleClauseKind::ExpectStatus),
        Just(ExampleClauseKind::ExpectNotApplicable),
    ]
}

fn item() -> impl Strategy<Value = Item> {
    prop_oneof![
        (
            lang(),
            name(),
            proptest::option::of(name()),
            proptest::collection::vec(calendar_clause(), 0..6)
        )
            .prop_map(
                |(lang, name, extends, clauses)| Item::Calendar(CalendarDecl {
                    lang,
                    name,
                    extends,
                    clauses: clauses
                        .into_iter()
                        .map(|kind| CalendarClause { kind, span: NO })
                        .collect(),
                    span: NO,
                })
            ),
        (
            lang(),
            name(),
            proptest::collection::vec(standard_clause(), 0..8)
        )
            .prop_map(|(lang, name, clauses)| Item::Standard(StandardDecl {
                lang,
                name,
                clauses: clauses
                    .into_iter()
                    .map(|kind| StandardClause { kind, span: NO })
                    .collect(),
                span: NO,
            })),
        (
            lang(),
            name(),
            proptest::collection::vec(example_clause(), 0..6)
        )
            .prop_map(|(lang, name, clauses)| Item::Example(ExampleDecl {
                lang,
                name,
                clauses: clauses
                    .into_iter()
                    .map(|kind| ExampleClause { kind, span: NO })
                    .collect(),
                span: NO,
            })),
        (lang(), name()).prop_map(|(lang, path)| Item::Use(UseDecl {
            lang,
            path,
            span: NO,
        })),
    ]
}

pub fn file() -> impl Strategy<Value = File> {
    proptest::collection::vec(item(), 0..4).prop_map(|items| File {
        items,
        comments: Vec::new(),
        gaps: Vec::new(),
        span: NO,
    })
}
