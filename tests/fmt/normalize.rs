//! An AST with every span zeroed and every item's keyword language set to
//! English: what must survive a print / parse round trip in any language.

use delai::syntax::ast::*;
use delai::Span;

const NO: Span = Span { start: 0, end: 0 };

pub fn file(f: &File) -> File {
    let mut f = f.clone();
    f.span = NO;
    f.comments.iter_mut().for_each(|c| c.span = NO);
    for item in &mut f.items {
        match item {
            Item::Calendar(c) => calendar(c),
            Item::Standard(s) => standard(s),
            Item::Example(e) => example(e),
            Item::Use(u) => {
                u.lang = Lang::En;
                u.span = NO;
                sp(&mut u.path);
            }
        }
    }
    f
}

fn sp<T>(s: &mut Spanned<T>) {
    s.span = NO;
}

fn calendar(c: &mut CalendarDecl) {
    c.lang = Lang::En;
    c.span = NO;
    sp(&mut c.name);
    if let Some(e) = &mut c.extends {
        sp(e);
    }
    for cl in &mut c.clauses {
        cl.span = NO;
        match &mut cl.kind {
            CalendarClauseKind::Timezone(n) => sp(n),
            CalendarClauseKind::Workdays(w, from) => {
                weekdays(w);
                if let Some(d) = from {
                    sp(d);
                }
            }
            CalendarClauseKind::Open { name, date } => {
                sp(name);
                sp(date);
            }
            CalendarClauseKind::Postpone(w) => {
                if let Some(w) = w {
                    weekdays(w);
                }
            }
            CalendarClauseKind::Hours {
                ranges,
                on,
                day,
                from,
            } => {
                for r in ranges {
                    sp(r);
                    sp(&mut r.value.from);
                    sp(&mut r.value.to);
                }
                if let Some(w) = on {
                    weekdays(w);
                }
                if let Some(day) = day {
                    sp(day);
                    match &mut day.value {
                        DayOfLit::Date(d) => sp(d),
                        DayOfLit::Yearly(md) => month_day(md),
                    }
                }
                if let Some(d) = from {
                    sp(d);
                }
            }
            CalendarClauseKind::Holiday(h) => {
                sp(&mut h.name);
                sp(&mut h.rule);
                day_rule(&mut h.rule.value);
                for (a, b) in &mut h.substitute {
                    sp(a);
                    sp(b);
                }
                if let Some(y) = &mut h.from_year {
                    sp(y);
                }
                if let Some(y) = &mut h.until_year {
                    sp(y);
                }
            }
            CalendarClauseKind::Closed { name, period } => {
                sp(name);
                sp(period);
                match &mut period.value {
                    ClosedPeriod::Yearly { from, to } => {
                        month_day(from);
                        month_day(to);
                    }
                    ClosedPeriod::Date(d) => sp(d),
                    ClosedPeriod::Dates { from, to } => {
                        sp(from);
                        sp(to);
                    }
                    ClosedPeriod::Rule {
                        rule,
                        length,
                        unit,
                        from_year,
                        until_year,
                    } => {
                        sp(rule);
                        day_rule(&mut rule.value);
                        sp(length);
                        sp(unit);
                        if let Some(y) = from_year {
                            sp(y);
                        }
                        if let Some(y) = until_year {
                            sp(y);
                        }
                    }
                }
            }
        }
    }
}

fn weekdays(w: &mut Weekdays) {
    match w {
        Weekdays::Range(a, b) => {
            sp(a);
            sp(b);
        }
        Weekdays::List(l) => l.iter_mut().for_each(sp),
    }
}

fn month_day(m: &mut MonthDay) {
    sp(&mut m.month);
    sp(&mut m.day);
}

fn day_rule(r: &mut DayRule) {
    match r {
        DayRule::Fixed(m) => month_day(m),
        DayRule::Nth {
            ordinal,
            weekday,
            month,
        } => {
            sp(ordinal);
            sp(weekday);
            sp(month);
        }
        DayRule::Relative {
            weekday, anchor, ..
        } => {
            sp(weekday);
            month_day(anchor);
        }
        DayRule::Easter { offset_days } => sp(offset_days),
        DayRule::Date(d) => sp(d),
    }
}

fn standard(s: &mut StandardDecl) {
    let own = s.lang;
    s.lang = Lang::En;
    s.span = NO;
    sp(&mut s.name);
    for cl in &mut s.clauses {
        cl.span = NO;
        match &mut cl.kind {
            StandardClauseKind::Title { lang, text }
            | StandardClauseKind::Description { lang, text }
            | StandardClauseKind::Promise { lang, text } => {
                // An untagged label is in the language of the block's
                // keyword; translating the keyword makes the tag explicit.
                sp(lang.get_or_insert_with(|| Spanned::new(own, NO)));
                sp(text);
            }
            StandardClauseKind::AppliesWhen(e) | StandardClauseKind::Requires(e) => expr(e),
            StandardClauseKind::StartsAt(names) => names.iter_mut().for_each(sp),
            StandardClauseKind::StopsAt(names) => names.iter_mut().for_each(sp),
            StandardClauseKind::Pauses { from, until } => {
                sp(from);
                sp(until);
            }
            StandardClauseKind::Within(w) => {
                if let Some(anchor) = &mut w.before {
                    sp(anchor);
                }
                if let Some(u) = &mut w.usual {
                    sp(u);
                }
                sp(&mut w.amount);
                sp(&mut w.unit);
                if let Some(c) = &mut w.calendar {
                    sp(c);
                }
                if let Some(a) = &mut w.alternative {
                    sp(&mut a.amount);
                    sp(&mut a.unit);
                    if let Some(c) = &mut a.calendar {
                        sp(c);
                    }
                    sp(&mut a.whichever);
                    a.span = NO;
                }
                match &mut w.condition {
                    Some(TierCondition::When(e)) => expr(e),
                    Some(TierCondition::Otherwise(s)) => *s = NO,
                    None => {}
                }
            }
            StandardClauseKind::Cutoff(t) => sp(t),
            StandardClauseKind::ExtendedBy {
                amount,
                unit,
                event,
            } => {
                sp(amount);
                sp(unit);
                sp(event);
            }
            StandardClauseKind::Target(p) | StandardClauseKind::Warn(p) => sp(p),
            StandardClauseKind::Effective { from, until } => {
                sp(from);
                if let Some(u) = until {
                    sp(u);
                }
            }
            StandardClauseKind::Unmoved => {}
            StandardClauseKind::AllWithin { amount, unit } => {
                sp(amount);
                sp(unit);
            }
        }
    }
}

fn expr(e: &mut Expr) {
    e.span = NO;
    match &mut e.kind {
        ExprKind::And(a, b) | ExprKind::Or(a, b) => {
            expr(a);
            expr(b);
        }
        ExprKind::Not(a) => expr(a),
        ExprKind::Compare { attr, op, value } => {
            sp(attr);
            sp(op);
            sp(value);
        }
        ExprKind::In { attr, values, .. } => {
            sp(attr);
            values.iter_mut().for_each(sp);
        }
        ExprKind::Set { attr, .. } => sp(attr),
    }
}

fn example(e: &mut ExampleDecl) {
    e.lang = Lang::En;
    e.span = NO;
    sp(&mut e.name);
    for cl in &mut e.clauses {
        cl.span = NO;
        match &mut cl.kind {
            ExampleClauseKind::Standard(n) => sp(n),
            ExampleClauseKind::Case(pairs) => {
                for (k, v) in pairs {
                    sp(k);
                    sp(v);
                }
            }
            ExampleClauseKind::Event { name, at } => {
                sp(name);
                sp(at);
            }
            ExampleClauseKind::AsOf(t)
            | ExampleClauseKind::ExpectDue(t)
            | ExampleClauseKind::ExpectUsualDue(t) => sp(t),
            ExampleClauseKind::ExpectStatus(s) => sp(s),
            ExampleClauseKind::ExpectNotApplicable => {}
        }
    }
}
