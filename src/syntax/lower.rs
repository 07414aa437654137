//! pest pairs → spanned AST.
//!
//! The grammar guarantees the shape of every pair, but nothing here relies on
//! it with a panic: a missing child makes the clause `None` and an
//! `internal-error` diagnostic, never a crash. Numbers and dates stay raw
//! (the checker validates ranges); only integers too large for `i64` are
//! reported here (`number-too-large`), and lowering carries on.

use super::ast::*;
use super::grammar::Rule;
use super::recognise::{self, item_lang};
use crate::diagnostic::{msg, Code, Diagnostic, Span};
use crate::model::CmpOp;
use pest::iterators::Pair;

type P<'i> = Pair<'i, Rule>;

/// Builds `a and b` / `a or b`.
type Join = fn(Box<Expr>, Box<Expr>) -> ExprKind;

/// More `and`/`or`/`not` than this in one expression is refused: the tree
/// would be deep enough to threaten the stack of whoever walks it.
const MAX_EXPR_OPERATORS: usize = 1000;

pub(super) struct Lowerer<'d> {
    /// Offset of the parsed slice in the whole source.
    pub base: usize,
    pub diags: &'d mut Vec<Diagnostic>,
}

/// The children of a pair that carry meaning (punctuation dropped), taken in
/// order by rule.
struct Kids<'i> {
    list: Vec<P<'i>>,
}

impl<'i> Kids<'i> {
    fn of(p: &P<'i>) -> Self {
        let list = p
            .clone()
            .into_inner()
            .filter(|k| {
                !matches!(
                    k.as_rule(),
                    Rule::lbrace
                        | Rule::rbrace
                        | Rule::lbracket
                        | Rule::rbracket
                        | Rule::lparen
                        | Rule::rparen
                        | Rule::comma
                        | Rule::eq_sign
                        | Rule::dash
                )
            })
            .collect();
        Kids { list }
    }
    /// Removes and returns the first child with this rule.
    fn take(&mut self, rule: Rule) -> Option<P<'i>> {
        let i = self.list.iter().position(|k| k.as_rule() == rule)?;
        Some(self.list.remove(i))
    }
    fn has(&self, rule: Rule) -> bool {
        self.list.iter().any(|k| k.as_rule() == rule)
    }
    fn all(&mut self, rule: Rule) -> Vec<P<'i>> {
        let (yes, no): (Vec<_>, Vec<_>) = std::mem::take(&mut self.list)
            .into_iter()
            .partition(|k| k.as_rule() == rule);
        self.list = no;
        yes
    }
    fn first(&self) -> Option<&P<'i>> {
        self.list.first()
    }
}

impl Lowerer<'_> {
    fn span(&self, p: &P) -> Span {
        let s = p.as_span();
        Span::new(self.base + s.start(), self.base + s.end())
    }

    fn internal(&mut self, p: &P) {
        let span = self.span(p);
        self.diags
            .push(Diagnostic::error(Code::InternalError, msg::INTERNAL_ERROR.text([])).at(span));
    }

    // ------------------------------------------------------------ items

    pub fn item(&mut self, p: &P) -> Option<Item> {
        let span = self.span(p);
        let mut kids = Kids::of(p);
        let head = kids.list.first()?.clone();
        match p.as_rule() {
            Rule::use_file => {
                let lang = match recognise::normalize(head.as_str()).as_str() {
                    "utilise" => Lang::Fr,
                    _ => Lang::En,
                };
                let path = self.string(&kids.take(Rule::string)?);
                Some(Item::Use(UseDecl { lang, path, span }))
            }
            Rule::calendar => {
                let (lang, name, extends) = self.calendar_head(&head)?;
                let clauses = kids.list[1..]
                    .iter()
                    .filter_map(|c| self.calendar_clause(c))
                    .collect();
                Some(Item::Calendar(CalendarDecl {
                    lang,
                    name,
                    extends,
                    clauses,
                    span,
                }))
            }
            Rule::standard => {
                let (lang, name) = self.simple_head(&head)?;
                let clauses = kids.list[1..]
                    .iter()
                    .filter_map(|c| self.standard_clause(c))
                    .collect();
                Some(Item::Standard(StandardDecl {
                    lang,
                    name,
                    clauses,
                    span,
                }))
            }
            Rule::example => {
                let (lang, name) = self.simple_head(&head)?;
                let clauses = kids.list[1..]
                    .iter()
                    .filter_map(|c| self.example_clause(c))
                    .collect();
                kids.list.clear();
                Some(Item::Example(ExampleDecl {
                    lang,
                    name,
                    clauses,
                    span,
                }))
            }
            _ => {
                self.internal(p);
                None
            }
        }
    }

    /// `calendar "x" [extends "y"]`
    pub fn calendar_head(&mut self, p: &P) -> Option<(Lang, Name, Option<Name>)> {
        let mut k = Kids::of(p);
        let lang = item_lang(k.take(Rule::kw_calendar)?.as_str());
        let name = self.string(&k.take(Rule::string)?);
        let extends = match k.take(Rule::extends) {
            Some(e) => Some(self.string(&Kids::of(&e).take(Rule::string)?)),
            None => None,
        };
        Some((lang, name, extends))
    }

    /// `standard "x"` / `example "x"`
    pub fn simple_head(&mut self, p: &P) -> Option<(Lang, Name)> {
        let mut k = Kids::of(p);
        let kw = k.first()?.as_str().to_string();
        let name = self.string(&k.take(Rule::string)?);
        Some((item_lang(&kw), name))
    }

    // ------------------------------------------------------------ calendars

    pub fn calendar_clause(&mut self, p: &P) -> Option<CalendarClause> {
        let kind = self.calendar_clause_kind(p);
        if kind.is_none() {
            self.internal(p);
        }
        Some(CalendarClause {
            kind: kind?,
            span: self.span(p),
        })
    }

    fn calendar_clause_kind(&mut self, p: &P) -> Option<CalendarClauseKind> {
        let mut k = Kids::of(p);
        Some(match p.as_rule() {
            Rule::timezone => CalendarClauseKind::Timezone(self.string(&k.take(Rule::string)?)),
            Rule::workdays => {
                let from = self.change_from(&mut k)?;
                CalendarClauseKind::Workdays(self.weekdays(&k)?, from)
            }
            Rule::open => {
                let name = self.string(&k.take(Rule::string)?);
                let date = self.date(&k.take(Rule::date)?);
                CalendarClauseKind::Open { name, date }
            }
            Rule::postpone => {
                let days = if k.has(Rule::weekday_range) || k.has(Rule::weekday_list) {
                    Some(self.weekdays(&k)?)
                } else {
                    None
                };
                CalendarClauseKind::Postpone(days)
            }
            Rule::hours => {
                let ranges = k
                    .all(Rule::time_range)
                    .iter()
                    .map(|r| self.time_range(r))
                    .collect::<Option<Vec<_>>>()?;
                let on = match k.take(Rule::hours_on) {
                    Some(h) => Some(self.weekdays(&Kids::of(&h))?),
                    None => None,
                };
                let day = match k.take(Rule::hours_on_day) {
                    Some(h) => {
                        let span = self.span(&h);
                        let mut hk = Kids::of(&h);
                        let day = match hk.take(Rule::date) {
                            Some(d) => DayOfLit::Date(self.date(&d)),
                            None => DayOfLit::Yearly(self.month_day(&hk.take(Rule::month_day)?)?),
                        };
                        Some(Spanned::new(day, span))
                    }
                    None => None,
                };
                let from = self.change_from(&mut k)?;
                CalendarClauseKind::Hours {
                    ranges,
                    on,
                    day,
                    from,
                }
            }
            Rule::holiday => {
                let name = self.string(&k.take(Rule::string)?);
                let rule = self.day_rule(&k)?;
                let substitute = k
                    .all(Rule::substitute)
                    .iter()
                    .map(|s| match Kids::of(s).all(Rule::weekday).as_slice() {
                        [a, b] => Some((self.weekday(a), self.weekday(b))),
                        _ => None,
                    })
                    .collect::<Option<Vec<_>>>()?;
                let (from_year, until_year) = self.years(&mut k)?;
                CalendarClauseKind::Holiday(HolidayClause {
                    name,
                    rule,
                    substitute,
                    from_year,
                    until_year,
                })
            }
            Rule::closed => {
                let name = self.string(&k.take(Rule::string)?);
                let period_pair = k.list.pop()?;
                let span = self.span(&period_pair);
                let mut pk = Kids::of(&period_pair);
                let period = match period_pair.as_rule() {
                    Rule::closed_on => ClosedPeriod::Date(self.date(&pk.take(Rule::date)?)),
                    Rule::closed_dates => {
                        let from = self.date(&pk.take(Rule::date)?);
                        let to = self.date(&pk.take(Rule::date)?);
                        ClosedPeriod::Dates { from, to }
                    }
                    Rule::closed_yearly => {
                        let from = self.month_day(&pk.take(Rule::month_day)?)?;
                        let to = self.month_day(&pk.take(Rule::month_day)?)?;
                        ClosedPeriod::Yearly { from, to }
                    }
                    Rule::closed_rule => {
                        let rule = self.day_rule(&pk)?;
                        let length = self.int(&pk.take(Rule::int)?);
                        let unit = self.unit(&pk.take(Rule::unit)?);
                        let (from_year, until_year) = self.years(&mut pk)?;
                        ClosedPeriod::Rule {
                            rule,
                            length,
                            unit,
                            from_year,
                            until_year,
                        }
                    }
                    _ => return None,
                };
                CalendarClauseKind::Closed {
                    name,
                    period: Spanned::new(period, span),
                }
            }
            _ => return None,
        })
    }

    /// `from YEAR` and `until YEAR`, each if written.
    #[allow(clippy::type_complexity)]
    fn years(&mut self, k: &mut Kids) -> Option<(Option<Spanned<i64>>, Option<Spanned<i64>>)> {
        let from_year = match k.take(Rule::from_year) {
            Some(y) => Some(self.int(&Kids::of(&y).take(Rule::year)?)),
            None => None,
        };
        let until_year = match k.take(Rule::until_year) {
            Some(y) => Some(self.int(&Kids::of(&y).take(Rule::year)?)),
            None => None,
        };
        Some((from_year, until_year))
    }

    /// `from 2027-01-01` after `workdays` or `hours`, if written (`None`
    /// only when the tree is malformed).
    fn change_from(&mut self, k: &mut Kids) -> Option<Option<Spanned<DateLit>>> {
        Some(match k.take(Rule::change_from) {
            Some(c) => Some(self.date(&Kids::of(&c).take(Rule::date)?)),
            None => None,
        })
    }

    fn weekdays(&mut self, k: &Kids) -> Option<Weekdays> {
        let list = k
            .list
            .iter()
            .find(|c| matches!(c.as_rule(), Rule::weekday_range | Rule::weekday_list))?;
        let days: Vec<_> = Kids::of(list)
            .all(Rule::weekday)
            .iter()
            .map(|d| self.weekday(d))
            .collect();
        if list.as_rule() == Rule::weekday_range {
            let mut it = days.into_iter();
            Some(Weekdays::Range(it.next()?, it.next()?))
        } else {
            Some(Weekdays::List(days))
        }
    }

    fn weekday(&mut self, p: &P) -> Spanned<Word<chrono::Weekday>> {
        let text = p.as_str();
        let word = match recognise::weekday(text) {
            Some(d) => Word::Known(d),
            None => Word::Unknown(text.to_string()),
        };
        Spanned::new(word, self.span(p))
    }

    fn month(&mut self, p: &P) -> Spanned<Word<u32>> {
        let text = p.as_str();
        let word = match recognise::month(text) {
            Some(m) => Word::Known(m),
            None => Word::Unknown(text.to_string()),
        };
        Spanned::new(word, self.span(p))
    }

    fn month_day(&mut self, p: &P) -> Option<MonthDay> {
        let mut k = Kids::of(p);
        let month = self.month(&k.take(Rule::month)?);
        let day = self.int(&k.take(Rule::day_num)?);
        Some(MonthDay { month, day })
    }

    fn day_rule(&mut self, k: &Kids) -> Option<Spanned<DayRule>> {
        let p = k.list.iter().find(|c| {
            matches!(
                c.as_rule(),
                Rule::date | Rule::easter | Rule::nth | Rule::relative | Rule::fixed
            )
        })?;
        let span = self.span(p);
        let mut pk = Kids::of(p);
        let rule = match p.as_rule() {
            Rule::date => DayRule::Date(self.date(p)),
            Rule::easter => {
                let offset_days = match pk.take(Rule::easter_offset) {
                    Some(o) => {
                        let ospan = self.span(&o);
                        let mut ok = Kids::of(&o);
                        let negative = ok.take(Rule::sign)?.as_str() != "+";
                        let n = self.int(&ok.take(Rule::int)?).value;
                        Spanned::new(if negative { -n } else { n }, ospan)
                    }
                    None => Spanned::new(0, span),
                };
                DayRule::Easter { offset_days }
            }
            Rule::nth => {
                let o = pk.take(Rule::ordinal)?;
                let ordinal = Spanned::new(recognise::ordinal(o.as_str())?, self.span(&o));
                let weekday = self.weekday(&pk.take(Rule::weekday)?);
                let month = self.month(&pk.take(Rule::month)?);
                DayRule::Nth {
                    ordinal,
                    weekday,
                    month,
                }
            }
            Rule::relative => {
                let weekday = self.weekday(&pk.take(Rule::weekday)?);
                let after = pk.has(Rule::kw_after);
                let anchor = self.month_day(&pk.take(Rule::month_day)?)?;
                DayRule::Relative {
                    weekday,
                    after,
                    anchor,
                }
            }
            Rule::fixed => DayRule::Fixed(self.month_day(&pk.take(Rule::month_day)?)?),
            _ => return None,
        };
        Some(Spanned::new(rule, span))
    }

    fn time_range(&mut self, p: &P) -> Option<Spanned<TimeRange>> {
        let times = Kids::of(p).all(Rule::tod);
        let [from, to] = times.as_slice() else {
            return None;
        };
        let range = TimeRange {
            from: self.tod(from),
            to: self.tod(to),
        };
        Some(Spanned::new(range, self.span(p)))
    }

    // ------------------------------------------------------------ standards

    pub fn standard_clause(&mut self, p: &P) -> Option<StandardClause> {
        let before = self.diags.len();
        let kind = self.standard_clause_kind(p);
        // A clause refused with its own diagnostic (too complex) is not a bug.
        if kind.is_none() && self.diags.len() == before {
            self.internal(p);
        }
        Some(StandardClause {
            kind: kind?,
            span: self.span(p),
        })
    }

    fn standard_clause_kind(&mut self, p: &P) -> Option<StandardClauseKind> {
        let mut k = Kids::of(p);
        Some(match p.as_rule() {
            Rule::title | Rule::description | Rule::promise => {
                let lang = k.take(Rule::lang_tag).map(|t| {
                    let lang = if t.as_str().eq_ignore_ascii_case("fr") {
                        Lang::Fr
                    } else {
                        Lang::En
                    };
                    Spanned::new(lang, self.span(&t))
                });
                let text = self.string(&k.take(Rule::string)?);
                match p.as_rule() {
                    Rule::title => StandardClauseKind::Title { lang, text },
                    Rule::promise => StandardClauseKind::Promise { lang, text },
                    _ => StandardClauseKind::Description { lang, text },
                }
            }
            Rule::applies => StandardClauseKind::AppliesWhen(self.top_expr(&k.take(Rule::expr)?)?),
            Rule::requires => StandardClauseKind::Requires(self.top_expr(&k.take(Rule::expr)?)?),
            Rule::starts_at => {
                let names = k.all(Rule::string);
                StandardClauseKind::StartsAt(names.iter().map(|q| self.string(q)).collect())
            }
            Rule::unmoved => StandardClauseKind::Unmoved,
            Rule::all_within => {
                let amount = self.int(&k.take(Rule::int)?);
                let unit = self.unit(&k.take(Rule::unit)?);
                StandardClauseKind::AllWithin { amount, unit }
            }
            Rule::stops_at => {
                let names = k.all(Rule::string);
                if names.is_empty() {
                    return None;
                }
                StandardClauseKind::StopsAt(names.iter().map(|q| self.string(q)).collect())
            }
            Rule::pauses => {
                let from = self.string(&k.take(Rule::string)?);
                let until = self.string(&k.take(Rule::string)?);
                StandardClauseKind::Pauses { from, until }
            }
            Rule::within | Rule::at_least => {
                let usual = match k.take(Rule::usual).or_else(|| k.take(Rule::usual_between)) {
                    Some(u) => Some(self.int(&Kids::of(&u).take(Rule::int)?)),
                    None => None,
                };
                let amount = self.int(&k.take(Rule::int)?);
                let unit = self.unit(&k.take(Rule::unit)?);
                // The anchor of `at least … before "event"` comes first:
                // the calendar's name is inside `on_calendar`.
                let before = match p.as_rule() {
                    Rule::at_least => Some(self.string(&k.take(Rule::string)?)),
                    _ => None,
                };
                let calendar = match k.take(Rule::on_calendar) {
                    Some(c) => Some(self.string(&Kids::of(&c).take(Rule::string)?)),
                    None => None,
                };
                let alternative = match k.take(Rule::alternative) {
                    Some(a) => Some(Box::new(self.alternative(&a)?)),
                    None => None,
                };
                let condition = if let Some(w) = k.take(Rule::when_tier) {
                    Some(TierCondition::When(
                        self.top_expr(&Kids::of(&w).take(Rule::expr)?)?,
                    ))
                } else {
                    k.take(Rule::otherwise)
                        .map(|o| TierCondition::Otherwise(self.span(&o)))
                };
                StandardClauseKind::Within(Within {
                    before,
                    usual,
                    amount,
                    unit,
                    calendar,
                    alternative,
                    condition,
                })
            }
            Rule::cutoff => StandardClauseKind::Cutoff(self.tod(&k.take(Rule::tod)?)),
            Rule::extended => {
                let amount = self.int(&k.take(Rule::int)?);
                let unit = self.unit(&k.take(Rule::unit)?);
                let event = self.string(&k.take(Rule::string)?);
                StandardClauseKind::ExtendedBy {
                    amount,
                    unit,
                    event,
                }
            }
            Rule::target => StandardClauseKind::Target(self.percent(&k.take(Rule::percent)?)),
            Rule::warn => StandardClauseKind::Warn(self.percent(&k.take(Rule::percent)?)),
            Rule::effective => {
                let from = self.date(&k.take(Rule::date)?);
                let until = k.take(Rule::date).map(|d| self.date(&d));
                StandardClauseKind::Effective { from, until }
            }
            _ => return None,
        })
    }

    /// `or N UNIT [on "cal"], whichever is earlier|later`.
    fn alternative(&mut self, p: &P) -> Option<Alternative> {
        let mut k = Kids::of(p);
        let amount = self.int(&k.take(Rule::int)?);
        let unit = self.unit(&k.take(Rule::unit)?);
        let calendar = match k.take(Rule::on_calendar) {
            Some(c) => Some(self.string(&Kids::of(&c).take(Rule::string)?)),
            None => None,
        };
        let whichever = match (k.take(Rule::kw_earlier), k.take(Rule::kw_later)) {
            (Some(w), _) => Spanned::new(crate::model::Whichever::Earlier, self.span(&w)),
            (None, Some(w)) => Spanned::new(crate::model::Whichever::Later, self.span(&w)),
            (None, None) => return None,
        };
        Some(Alternative {
            amount,
            unit,
            calendar,
            whichever,
            span: self.span(p),
        })
    }

    fn unit(&mut self, p: &P) -> Spanned<Word<crate::model::Unit>> {
        let text = p.as_str();
        let word = match recognise::unit(text) {
            Some(u) => Word::Known(u),
            None => Word::Unknown(text.to_string()),
        };
        Spanned::new(word, self.span(p))
    }

    fn percent(&mut self, p: &P) -> Spanned<f64> {
        let digits: String = p
            .as_str()
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
            .map(|c| if c == ',' { '.' } else { c })
            .collect();
        let value = match digits.parse::<f64>() {
            Ok(v) if v.is_finite() => v,
            _ => {
                self.too_large(p);
                0.0
            }
        };
        Spanned::new(value, self.span(p))
    }

    // ------------------------------------------------------------ expressions

    /// An expression with its size checked first (see [`MAX_EXPR_OPERATORS`]).
    fn top_expr(&mut self, p: &P) -> Option<Expr> {
        let operators = p
            .clone()
            .into_inner()
            .flatten()
            .filter(|k| matches!(k.as_rule(), Rule::kw_and | Rule::kw_or | Rule::kw_not))
            .count();
        if operators > MAX_EXPR_OPERATORS {
            self.diags.push(
                Diagnostic::error(
                    Code::TooComplex,
                    msg::TOO_COMPLEX.text([&operators, &MAX_EXPR_OPERATORS]),
                )
                .at(self.span(p))
                .help(msg::TOO_COMPLEX_HELP.text([])),
            );
            return None;
        }
        self.expr(p)
    }

    /// `expr` (or-list) and `conj` (and-list) fold left.
    fn expr(&mut self, p: &P) -> Option<Expr> {
        let (inner, join): (Rule, Join) = match p.as_rule() {
            Rule::expr => (Rule::conj, ExprKind::Or),
            Rule::conj => (Rule::neg, ExprKind::And),
            Rule::neg => return self.neg(p),
            _ => return None,
        };
        let mut acc: Option<Expr> = None;
        for part in p.clone().into_inner().filter(|k| k.as_rule() == inner) {
            let next = self.expr(&part)?;
            acc = Some(match acc {
                None => next,
                Some(left) => Expr {
                    span: left.span.to(next.span),
                    kind: join(Box::new(left), Box::new(next)),
                },
            });
        }
        acc
    }

    fn neg(&mut self, p: &P) -> Option<Expr> {
        let mut k = Kids::of(p);
        let nots = k.all(Rule::kw_not);
        let atom = k.list.pop()?;
        let mut e = match atom.as_rule() {
            Rule::paren => {
                let inner = self.expr(&Kids::of(&atom).take(Rule::expr)?)?;
                Expr {
                    kind: inner.kind,
                    span: self.span(&atom),
                }
            }
            Rule::comparison => {
                let mut ak = Kids::of(&atom);
                let attr = self.attr(&ak.take(Rule::attr)?);
                let op_pair = ak.take(Rule::cmp_op)?;
                let op = match op_pair.as_str() {
                    "=" | "==" => CmpOp::Eq,
                    "!=" | "≠" => CmpOp::Ne,
                    "<" => CmpOp::Lt,
                    "<=" | "≤" => CmpOp::Le,
                    ">" => CmpOp::Gt,
                    ">=" | "≥" => CmpOp::Ge,
                    _ => return None,
                };
                let op = Spanned::new(op, self.span(&op_pair));
                let value = self.literal(ak.list.pop()?)?;
                Expr {
                    kind: ExprKind::Compare { attr, op, value },
                    span: self.span(&atom),
                }
            }
            Rule::presence => {
                let mut ak = Kids::of(&atom);
                let attr = self.attr(&ak.take(Rule::attr)?);
                Expr {
                    kind: ExprKind::Set {
                        attr,
                        negated: ak.has(Rule::kw_is_not_set),
                    },
                    span: self.span(&atom),
                }
            }
            Rule::membership => {
                let mut ak = Kids::of(&atom);
                let attr = self.attr(&ak.take(Rule::attr)?);
                let negated = ak.has(Rule::not_in);
                let values = Kids::of(&ak.take(Rule::list)?)
                    .list
                    .into_iter()
                    .map(|v| self.literal(v))
                    .collect::<Option<Vec<_>>>()?;
                Expr {
                    kind: ExprKind::In {
                        attr,
                        negated,
                        values,
                    },
                    span: self.span(&atom),
                }
            }
            _ => return None,
        };
        for n in nots.iter().rev() {
            let span = self.span(n).to(e.span);
            e = Expr {
                kind: ExprKind::Not(Box::new(e)),
                span,
            };
        }
        Some(e)
    }

    fn attr(&mut self, p: &P) -> Name {
        Spanned::new(p.as_str().to_string(), self.span(p))
    }

    fn literal(&mut self, p: P) -> Option<Spanned<Literal>> {
        let span = self.span(&p);
        let lit = match p.as_rule() {
            Rule::string => Literal::Str(self.string(&p).value),
            Rule::number => {
                let text = p.as_str();
                match text.parse::<f64>() {
                    Ok(v) if v.is_finite() => Literal::Num(v, text.to_string()),
                    _ => {
                        self.too_large(&p);
                        Literal::Num(0.0, text.to_string())
                    }
                }
            }
            _ => return None,
        };
        Some(Spanned::new(lit, span))
    }

    // ------------------------------------------------------------ examples

    pub fn example_clause(&mut self, p: &P) -> Option<ExampleClause> {
        let kind = self.example_clause_kind(p);
        if kind.is_none() {
            self.internal(p);
        }
        Some(ExampleClause {
            kind: kind?,
            span: self.span(p),
        })
    }

    fn example_clause_kind(&mut self, p: &P) -> Option<ExampleClauseKind> {
        let mut k = Kids::of(p);
        Some(match p.as_rule() {
            Rule::example_standard => {
                ExampleClauseKind::Standard(self.string(&k.take(Rule::string)?))
            }
            Rule::case => {
                let mut pairs = Vec::new();
                for a in k.all(Rule::assignment) {
                    let mut ak = Kids::of(&a);
                    let name = self.attr(&ak.take(Rule::attr)?);
                    let value = self.literal(ak.list.pop()?)?;
                    pairs.push((name, value));
                }
                ExampleClauseKind::Case(pairs)
            }
            Rule::event => {
                let name = self.string(&k.take(Rule::string)?);
                let at = self.time_lit(&k.take(Rule::time_lit)?)?;
                ExampleClauseKind::Event { name, at }
            }
            Rule::as_of => ExampleClauseKind::AsOf(self.time_lit(&k.take(Rule::time_lit)?)?),
            Rule::expect_due => {
                ExampleClauseKind::ExpectDue(self.time_lit(&k.take(Rule::time_lit)?)?)
            }
            Rule::expect_status => {
                let s = k.take(Rule::status)?;
                let text = s.as_str();
                let word = match recognise::status(text) {
                    Some(st) => Word::Known(st),
                    None => Word::Unknown(text.to_string()),
                };
                ExampleClauseKind::ExpectStatus(Spanned::new(word, self.span(&s)))
            }
            Rule::expect_na => ExampleClauseKind::ExpectNotApplicable,
            Rule::expect_usual => {
                ExampleClauseKind::ExpectUsualDue(self.time_lit(&k.take(Rule::time_lit)?)?)
            }
            _ => return None,
        })
    }

    // ------------------------------------------------------------ tokens

    /// A string literal, unescaped; the span includes the quotes.
    fn string(&mut self, p: &P) -> Name {
        let raw = p
            .clone()
            .into_inner()
            .next()
            .map(|i| i.as_str())
            .unwrap_or("");
        let mut text = String::with_capacity(raw.len());
        let mut chars = raw.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                // The grammar only lets `\"` and `\\` through.
                if let Some(n) = chars.next() {
                    text.push(n);
                }
            } else {
                text.push(c);
            }
        }
        if text.len() > super::MAX_STRING_BYTES {
            self.diags.push(
                Diagnostic::error(
                    Code::StringTooLong,
                    msg::STRING_TOO_LONG.text([&text.len(), &super::MAX_STRING_BYTES]),
                )
                .at(self.span(p))
                .with_label(msg::TOO_LONG_LABEL.text([]))
                .help(msg::STRING_TOO_LONG_HELP.text([])),
            );
        }
        Spanned::new(text, self.span(p))
    }

    /// The leading digits of a pair (`1er` → 1, `2025` → 2025).
    fn int(&mut self, p: &P) -> Spanned<i64> {
        let digits: &str = {
            let s = p.as_str();
            let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
            &s[..end]
        };
        let value = match digits.parse::<i64>() {
            Ok(v) => v,
            Err(_) => {
                self.too_large(p);
                0
            }
        };
        Spanned::new(value, self.span(p))
    }

    fn too_large(&mut self, p: &P) {
        let span = self.span(p);
        let shown: String = p.as_str().chars().take(24).collect();
        let ellipsis = if p.as_str().chars().count() > 24 {
            "…"
        } else {
            ""
        };
        self.diags.push(
            Diagnostic::error(
                Code::NumberTooLarge,
                msg::NUMBER_TOO_LARGE.text([&shown, &ellipsis]),
            )
            .at(span)
            .with_label(msg::NUMBER_TOO_LARGE_LABEL.text([]))
            .help(msg::NUMBER_TOO_LARGE_HELP.text([])),
        );
    }

    fn date(&mut self, p: &P) -> Spanned<DateLit> {
        let mut parts = p.as_str().splitn(3, '-').map(|s| self.parse_i64(s, p));
        let year = parts.next().unwrap_or(0);
        let month = parts.next().unwrap_or(0);
        let day = parts.next().unwrap_or(0);
        Spanned::new(DateLit { year, month, day }, self.span(p))
    }

    /// `date` pieces are 1–4 digits, so this never fails; defensive anyway.
    fn parse_i64(&mut self, s: &str, p: &P) -> i64 {
        s.parse().unwrap_or_else(|_| {
            self.too_large(p);
            0
        })
    }

    fn tod(&mut self, p: &P) -> Spanned<TimeOfDay> {
        let text = p.as_str();
        let mut nums = text
            .split([':', 'h', 'H'])
            .map(|s| s.parse::<u32>().unwrap_or(0));
        let hour = nums.next().unwrap_or(0);
        let minute = nums.next().unwrap_or(0);
        let second = nums.next().unwrap_or(0);
        Spanned::new(
            TimeOfDay {
                hour,
                minute,
                second,
            },
            self.span(p),
        )
    }

    /// `Z`, `+02:00`, `-0400`, `−05:00` → seconds east of UTC, read as a
    /// cases file's offsets are (`text::read`); `+05:99` is an error.
    fn offset(&mut self, p: &P) -> Option<i32> {
        let seconds = crate::text::read::whole_offset(p.as_str());
        if seconds.is_none() {
            self.diags.push(
                Diagnostic::error(Code::InvalidOffset, msg::INVALID_OFFSET.text([]))
                    .at(self.span(p))
                    .with_label(msg::INVALID_OFFSET_LABEL.text([]))
                    .help(msg::INVALID_OFFSET_HELP.text([])),
            );
        }
        seconds
    }

    fn time_lit(&mut self, p: &P) -> Option<Spanned<TimeLit>> {
        let mut k = Kids::of(p);
        let date = self.date(&k.take(Rule::date)?).value;
        let time = k.take(Rule::tod).map(|t| self.tod(&t).value);
        // An offset in error is reported and left out: the literal stays,
        // so the clause holding it does not cascade into more errors.
        let offset_seconds = k.take(Rule::offset).and_then(|o| self.offset(&o));
        Some(Spanned::new(
            TimeLit {
                date,
                time,
                offset_seconds,
            },
            self.span(p),
        ))
    }
}
