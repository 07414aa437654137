//! Compiled rules (`delai compile`'s JSON) read by hand.
//!
//! [`RulesData`] derives `Deserialize`, and this reader accepts what that
//! derive accepts for every file `delai compile` writes (a test compares
//! the two on every rules file of the repository). It exists for the
//! WebAssembly build: serde's derived visitors for the twenty model types,
//! with the buffering of internally tagged enums, weighed ≈ 60 KB of the
//! gzipped module; this reader walks a `serde_json::Value`, which the
//! module already has for cases, and weighs a few KB. Its messages name
//! the place of the fault as a path (`standards[2].tiers[0].unit`).

use crate::calendar::{tz, Zone};
use crate::cases::parse_time;
use crate::model::{
    Alternative, Calendar, Case, CaseTime, Change, Closure, CmpOp, DayHours, DayOf, DayRule,
    Effective, Event, Example, Expectation, Expr, Extension, Holiday, Opening, Period, RulesData,
    Standard, Status, Texts, Tier, Unit, Value, WeekdaySet, Whichever, WEEKDAYS,
};
use chrono::{NaiveDate, Weekday};
use serde_json::{Map, Value as Json};
use std::collections::BTreeMap;

/// Reads compiled rules from JSON text. The error is a sentence naming
/// where the text departs from the format.
pub(crate) fn rules_from_json(text: &str) -> Result<RulesData, String> {
    let json: Json = serde_json::from_str(text).map_err(|e| e.to_string())?;
    rules(At::root(&json))
}

type R<T> = Result<T, String>;

/// A JSON value and the path that leads to it, for messages.
#[derive(Clone, Copy)]
struct At<'j, 'p> {
    json: &'j Json,
    path: &'p Path<'p>,
}

/// The path to a value, as a linked list on the stack: built only when a
/// message needs it.
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn write(&self, out: &mut String) {
        match self {
            Path::Root => {}
            Path::Key(parent, key) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Path::Index(parent, i) => {
                parent.write(out);
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
}

impl<'j> At<'j, '_> {
    fn root(json: &'j Json) -> Self {
        At {
            json,
            path: &Path::Root,
        }
    }

    fn fail<T>(&self, what: &str) -> R<T> {
        Err(self.failure(what))
    }

    // The messages are built out of line: at opt-level 3 each of the
    // hundreds of calls would otherwise carry its own copy (the loader is
    // cold code in a module built for speed).
    #[cold]
    #[inline(never)]
    fn failure(&self, what: &str) -> String {
        let mut place = String::new();
        self.path.write(&mut place);
        if place.is_empty() {
            place.push_str("the document");
        } else {
            place = format!("`{place}`");
        }
        format!("{place}: expected {what}, found {}", kind(self.json))
    }

    /// A message about this value: "`place`: message".
    #[cold]
    #[inline(never)]
    fn message<T>(&self, message: &str) -> R<T> {
        let mut place = String::new();
        self.path.write(&mut place);
        Err(format!("`{place}`: {message}"))
    }

    fn object(&self) -> R<&'j Map<String, Json>> {
        match self.json {
            Json::Object(m) => Ok(m),
            _ => self.fail("an object"),
        }
    }

    fn str(&self) -> R<&'j str> {
        self.json.as_str().map_or_else(|| self.fail("a string"), Ok)
    }

    fn string(&self) -> R<String> {
        self.str().map(str::to_string)
    }

    fn bool(&self) -> R<bool> {
        self.json
            .as_bool()
            .map_or_else(|| self.fail("true or false"), Ok)
    }

    fn f64(&self) -> R<f64> {
        self.json.as_f64().map_or_else(|| self.fail("a number"), Ok)
    }

    /// A whole number that fits `T` (serde refuses `10.0` for integers too).
    fn int<T: TryFrom<i64> + TryFrom<u64>>(&self) -> R<T> {
        let fits = match self.json {
            Json::Number(n) => n
                .as_u64()
                .and_then(|u| T::try_from(u).ok())
                .or_else(|| n.as_i64().and_then(|i| T::try_from(i).ok())),
            _ => None,
        };
        fits.map_or_else(|| self.fail("a whole number in range"), Ok)
    }

    fn array(&self) -> R<&'j [Json]> {
        match self.json {
            Json::Array(a) => Ok(a),
            _ => self.fail("an array"),
        }
    }

    /// An array of exactly `n` elements (a tuple or a fixed-size array).
    fn tuple(&self, n: usize) -> R<&'j [Json]> {
        match self.json {
            Json::Array(a) if a.len() == n => Ok(a),
            _ => self.fail(&format!(
                "an array of {}",
                crate::model::count_en(n, ("element", "elements"))
            )),
        }
    }
}

/// Reads `at[key]` (missing: an error) with `read`.
fn field<'j, T>(at: At<'j, '_>, key: &str, read: impl FnOnce(At<'j, '_>) -> R<T>) -> R<T> {
    match entry(at, key)? {
        Some(json) => read(At {
            json,
            path: &Path::Key(at.path, key),
        }),
        None => Err(missing(at, key)),
    }
}

/// Reads `at[key]`, where missing and `null` both mean `None` (as serde
/// reads an `Option` field).
fn opt<'j, T>(at: At<'j, '_>, key: &str, read: impl FnOnce(At<'j, '_>) -> R<T>) -> R<Option<T>> {
    match entry(at, key)? {
        None | Some(Json::Null) => Ok(None),
        Some(json) => read(At {
            json,
            path: &Path::Key(at.path, key),
        })
        .map(Some),
    }
}

/// `at[key]` if `at` is an object. One copy for every `field` and `opt`
/// (generic, so one instance per reader), not one inlined in each.
#[inline(never)]
fn entry<'j>(at: At<'j, '_>, key: &str) -> R<Option<&'j Json>> {
    Ok(at.object()?.get(key))
}

#[cold]
#[inline(never)]
fn missing(at: At<'_, '_>, key: &str) -> String {
    let mut place = String::new();
    at.path.write(&mut place);
    let place = if place.is_empty() {
        "the document".to_string()
    } else {
        format!("`{place}`")
    };
    format!("{place}: missing field `{key}`")
}

/// Reads every element of an array. A loop rather than `collect` into a
/// `Result`: that one reads the first element apart from the others, and
/// at opt-level 3 each reader is then inlined twice.
fn each<T>(at: At<'_, '_>, mut read: impl FnMut(At<'_, '_>) -> R<T>) -> R<Vec<T>> {
    let items = at.array()?;
    let mut out = Vec::with_capacity(items.len());
    for (i, json) in items.iter().enumerate() {
        out.push(read(At {
            json,
            path: &Path::Index(at.path, i),
        })?);
    }
    Ok(out)
}

/// The `i`-th element of an array already checked to have it.
fn nth<T>(at: At<'_, '_>, items: &[Json], i: usize, read: impl FnOnce(At<'_, '_>) -> R<T>) -> R<T> {
    read(At {
        json: &items[i],
        path: &Path::Index(at.path, i),
    })
}

fn kind(json: &Json) -> &'static str {
    match json {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

/// A string among `names`, as the variant at the same index.
fn one_of<T: Copy>(at: At<'_, '_>, names: &[&str], values: &[T]) -> R<T> {
    let s = at.str()?;
    match names.iter().position(|n| *n == s) {
        Some(i) => Ok(values[i]),
        None => at.fail(&format!("one of `{}`", names.join("`, `"))),
    }
}

fn rules(at: At<'_, '_>) -> R<RulesData> {
    let format = field(at, "format", |a| a.int())?;
    // Files compiled before rules carried their zones have no `zones`.
    let zones = opt(at, "zones", zones)?.unwrap_or_default();
    Ok(RulesData {
        format,
        calendars: field(at, "calendars", |a| each(a, |c| calendar(c, &zones)))?,
        standards: field(at, "standards", |a| each(a, standard))?,
        examples: field(at, "examples", |a| each(a, example))?,
        default_calendar: opt(at, "default_calendar", |a| a.int())?,
    })
}

// ------------------------------------------------------------ calendars

fn calendar(at: At<'_, '_>, zones: &[(&str, Zone)]) -> R<Calendar> {
    Ok(Calendar {
        name: field(at, "name", |a| a.string())?,
        extends: field(at, "extends", |a| each(a, |s| s.string()))?,
        timezone: field(at, "timezone", |a| zone(a, zones))?,
        workdays: field(at, "workdays", |a| a.int().map(WeekdaySet))?,
        hours: field(at, "hours", hours)?,
        holidays: field(at, "holidays", |a| each(a, holiday))?,
        closures: field(at, "closures", |a| each(a, closure))?,
        postpone: opt(at, "postpone", |a| a.int().map(WeekdaySet))?,
        // Issue #15's keys, absent from files compiled before them.
        openings: opt(at, "openings", |a| each(a, opening))?.unwrap_or_default(),
        day_hours: opt(at, "day_hours", |a| each(a, day_hours))?.unwrap_or_default(),
        changes: opt(at, "changes", |a| each(a, change))?.unwrap_or_default(),
    })
}

// The readers below pass named functions, not closures, to `field`: one
// copy of it each in the WebAssembly module rather than one per call.

fn text(at: At<'_, '_>) -> R<String> {
    at.string()
}

fn number(at: At<'_, '_>) -> R<u32> {
    at.int()
}

fn intervals(at: At<'_, '_>) -> R<Vec<(u32, u32)>> {
    each(at, |pair| two(pair, number))
}

fn opening(at: At<'_, '_>) -> R<Opening> {
    Ok(Opening {
        name: field(at, "name", text)?,
        date: field(at, "date", date)?,
    })
}

fn day_of(at: At<'_, '_>) -> R<DayOf> {
    Ok(match field(at, "kind", |k| k.str())? {
        "date" => DayOf::Date {
            date: field(at, "date", date)?,
        },
        "yearly" => DayOf::Yearly {
            month: field(at, "month", number)?,
            day: field(at, "day", number)?,
        },
        _ => field(at, "kind", |k| k.fail("`date` or `yearly`"))?,
    })
}

fn day_hours(at: At<'_, '_>) -> R<DayHours> {
    Ok(DayHours {
        day: field(at, "day", day_of)?,
        hours: field(at, "hours", intervals)?,
    })
}

fn change(at: At<'_, '_>) -> R<Change> {
    Ok(Change {
        from: field(at, "from", date)?,
        workdays: field(at, "workdays", |a| a.int().map(WeekdaySet))?,
        hours: field(at, "hours", hours)?,
    })
}

/// The zones the rules carry (`"zones"`: IANA name → base64 of the
/// zone's table, `calendar/tz.rs`), every entry checked.
fn zones<'j>(at: At<'j, '_>) -> R<Vec<(&'j str, Zone)>> {
    let mut out = Vec::new();
    for (name, json) in at.object()? {
        let entry = At {
            json,
            path: &Path::Key(at.path, name),
        };
        match tz::from_compiled(name, entry.str()?) {
            Some(zone) => out.push((name.as_str(), zone)),
            None if tz::NAMES.contains(&name.as_str()) => {
                return entry.fail("the zone's table of offsets, as `delai compile` writes it")
            }
            None => return entry.fail("the table of an IANA time zone such as `America/Toronto`"),
        }
    }
    Ok(out)
}

/// A calendar's zone: the table the rules carry for it, else (rules
/// compiled before they carried tables) the build's own, which the
/// runtime-only WebAssembly build does not have.
fn zone(at: At<'_, '_>, zones: &[(&str, Zone)]) -> R<Zone> {
    let name = at.str()?;
    if let Some((_, zone)) = zones.iter().find(|(n, _)| *n == name) {
        return Ok(*zone);
    }
    match tz::parse(name) {
        Some(zone) => Ok(zone),
        None if tz::NAMES.contains(&name) => at.message(&format!(
            "the time zone `{name}` comes without its table of offsets (rules compiled \
             before compiled rules carried them), which this build needs: compile the \
             rules again with `delai compile`"
        )),
        None => at.fail("an IANA time zone such as `America/Toronto`"),
    }
}

fn hours(at: At<'_, '_>) -> R<[Vec<(u32, u32)>; 7]> {
    let days = at.tuple(7)?;
    let mut out: [Vec<(u32, u32)>; 7] = Default::default();
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = nth(at, days, i, |day| each(day, |pair| two(pair, |a| a.int())))?;
    }
    Ok(out)
}

/// A pair written as a two-element array.
fn two<T>(at: At<'_, '_>, mut read: impl FnMut(At<'_, '_>) -> R<T>) -> R<(T, T)> {
    let items = at.tuple(2)?;
    Ok((nth(at, items, 0, &mut read)?, nth(at, items, 1, &mut read)?))
}

fn holiday(at: At<'_, '_>) -> R<Holiday> {
    Ok(Holiday {
        name: field(at, "name", |a| a.string())?,
        rule: field(at, "rule", day_rule)?,
        substitute: opt(at, "substitute", substitutes)?.unwrap_or_default(),
        from_year: opt(at, "from_year", |a| a.int())?,
        until_year: opt(at, "until_year", |a| a.int())?,
    })
}

/// A holiday's substitutions: a list of pairs, or the single pair of files
/// compiled before lists (serde's reader, `model::calendar::substitutes`,
/// accepts the same two forms). An array whose first element is an array,
/// or an empty one, can only be a list; any other only a pair.
fn substitutes(at: At<'_, '_>) -> R<Vec<(Weekday, Weekday)>> {
    match at.array()?.first() {
        None | Some(Json::Array(_)) => each(at, |pair| two(pair, weekday)),
        Some(_) => two(at, weekday).map(|pair| vec![pair]),
    }
}

fn day_rule(at: At<'_, '_>) -> R<DayRule> {
    let month = |a: At<'_, '_>| field(a, "month", |m| m.int());
    let day = |a: At<'_, '_>| field(a, "day", |d| d.int());
    let weekday = |a: At<'_, '_>| field(a, "weekday", weekday);
    Ok(match field(at, "kind", |a| a.str())? {
        "fixed" => DayRule::Fixed {
            month: month(at)?,
            day: day(at)?,
        },
        "nth" => DayRule::Nth {
            n: field(at, "n", |a| a.int())?,
            weekday: weekday(at)?,
            month: month(at)?,
        },
        "relative" => DayRule::Relative {
            weekday: weekday(at)?,
            after: field(at, "after", |a| a.bool())?,
            month: month(at)?,
            day: day(at)?,
        },
        "easter" => DayRule::Easter {
            offset: field(at, "offset", |a| a.int())?,
        },
        "date" => DayRule::Date {
            date: field(at, "date", date)?,
        },
        _ => field(at, "kind", |a| {
            a.fail("one of `fixed`, `nth`, `relative`, `easter`, `date`")
        })?,
    })
}

fn closure(at: At<'_, '_>) -> R<Closure> {
    Ok(Closure {
        name: field(at, "name", |a| a.string())?,
        period: field(at, "period", period)?,
    })
}

fn period(at: At<'_, '_>) -> R<Period> {
    Ok(match field(at, "kind", |a| a.str())? {
        "yearly" => Period::Yearly {
            from: field(at, "from", |a| two(a, |n| n.int()))?,
            to: field(at, "to", |a| two(a, |n| n.int()))?,
        },
        "dates" => Period::Dates {
            from: field(at, "from", date)?,
            to: field(at, "to", date)?,
        },
        "rule" => Period::Rule {
            rule: field(at, "rule", day_rule)?,
            days: field(at, "days", number)?,
            from_year: opt(at, "from_year", |a| a.int())?,
            until_year: opt(at, "until_year", |a| a.int())?,
        },
        _ => field(at, "kind", |a| a.fail("`yearly`, `dates` or `rule`"))?,
    })
}

/// chrono writes weekdays as `Mon` … `Sun` and reads the full English
/// names too, in any case.
fn weekday(at: At<'_, '_>) -> R<Weekday> {
    let s = at.str()?.to_ascii_lowercase();
    let found = WEEKDAYS.iter().position(|(en, _)| s == *en || s == en[..3]);
    match found.and_then(|i| Weekday::try_from(i as u8).ok()) {
        Some(day) => Ok(day),
        None => at.fail("a weekday such as `Mon`"),
    }
}

/// `YYYY-MM-DD`, as chrono writes a date.
fn date(at: At<'_, '_>) -> R<NaiveDate> {
    let b = at.str()?.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let digits = b.get(r)?;
        digits
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let parsed = (b.len() == 10 && b[4] == b'-' && b[7] == b'-')
        .then(|| {
            let year = i32::try_from(num(0..4)?).ok()?;
            NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)
        })
        .flatten();
    parsed.map_or_else(|| at.fail("a date such as `2025-06-24`"), Ok)
}

// ------------------------------------------------------------ standards

fn standard(at: At<'_, '_>) -> R<Standard> {
    Ok(Standard {
        id: field(at, "id", |a| a.string())?,
        title: field(at, "title", texts)?,
        description: field(at, "description", texts)?,
        // Absent in files compiled before `promise`, and when there is none.
        promise: match at.object()?.get("promise") {
            None => Texts::default(),
            Some(_) => field(at, "promise", texts)?,
        },
        applies: opt(at, "applies", expr)?,
        // Absent in files compiled before `requires`, and on clock standards.
        requires: opt(at, "requires", expr)?,
        start_event: field(at, "start_event", |a| a.string())?,
        // Absent in files compiled before several start events: none.
        other_start_events: match at.object()?.get("other_start_events") {
            None => Vec::new(),
            Some(_) => field(at, "other_start_events", |a| each(a, |s| s.string()))?,
        },
        stop_event: field(at, "stop_event", |a| a.string())?,
        // Absent in files compiled before several stop events: none.
        // Absent in files compiled before several thresholds: none.
        usual_target: opt(at, "usual_target", |a| a.f64())?,
        other_stop_events: match at.object()?.get("other_stop_events") {
            None => Vec::new(),
            Some(_) => field(at, "other_stop_events", |a| each(a, |s| s.string()))?,
        },
        pauses: field(at, "pauses", |a| each(a, |p| two(p, |s| s.string())))?,
        tiers: field(at, "tiers", |a| each(a, tier))?,
        cutoff: opt(at, "cutoff", |a| a.int())?,
        extensions: field(at, "extensions", |a| each(a, extension))?,
        target: opt(at, "target", |a| a.f64())?,
        warn: opt(at, "warn", |a| a.f64())?,
        effective: field(at, "effective", effective)?,
        line: field(at, "line", |a| a.int())?,
        // Absent in files compiled before backward deadlines: forward.
        // Present, it is a boolean (`null` is refused, as serde does).
        before: match at.object()?.get("before") {
            None => false,
            Some(_) => field(at, "before", |a| a.bool())?,
        },
        // Absent in files compiled before `deadlines do not move`.
        unmoved: match at.object()?.get("unmoved") {
            None => false,
            Some(_) => field(at, "unmoved", |a| a.bool())?,
        },
    })
}

fn texts(at: At<'_, '_>) -> R<Texts> {
    Ok(Texts {
        en: opt(at, "en", |a| a.string())?,
        fr: opt(at, "fr", |a| a.string())?,
    })
}

fn tier(at: At<'_, '_>) -> R<Tier> {
    Ok(Tier {
        when: opt(at, "when", expr)?,
        amount: field(at, "amount", |a| a.int())?,
        // Absent in files compiled before ranges: none.
        usual: opt(at, "usual", |a| a.int())?,
        unit: field(at, "unit", unit)?,
        calendar: opt(at, "calendar", |a| a.int())?,
        // Absent in files compiled before two deadlines: none.
        or: opt(at, "or", alternative)?,
    })
}

fn alternative(at: At<'_, '_>) -> R<Alternative> {
    Ok(Alternative {
        amount: field(at, "amount", |a| a.int())?,
        unit: field(at, "unit", unit)?,
        calendar: opt(at, "calendar", |a| a.int())?,
        whichever: field(at, "whichever", |a| {
            one_of(
                a,
                &["earlier", "later"],
                &[Whichever::Earlier, Whichever::Later],
            )
        })?,
    })
}

fn extension(at: At<'_, '_>) -> R<Extension> {
    Ok(Extension {
        amount: field(at, "amount", |a| a.int())?,
        unit: field(at, "unit", unit)?,
        event: field(at, "event", |a| a.string())?,
    })
}

fn effective(at: At<'_, '_>) -> R<Effective> {
    Ok(Effective {
        from: opt(at, "from", date)?,
        until: opt(at, "until", date)?,
    })
}

fn unit(at: At<'_, '_>) -> R<Unit> {
    let names = Unit::ALL.map(Unit::id);
    one_of(at, &names, &Unit::ALL)
}

fn status(at: At<'_, '_>) -> R<Status> {
    let names = Status::ALL.map(Status::id);
    one_of(at, &names, &Status::ALL)
}

fn expr(at: At<'_, '_>) -> R<Expr> {
    let attr = |a: At<'_, '_>| field(a, "attr", |s| s.string());
    Ok(match field(at, "op", |a| a.str())? {
        "all" => Expr::All {
            of: field(at, "of", |a| each(a, expr))?,
        },
        "any" => Expr::Any {
            of: field(at, "of", |a| each(a, expr))?,
        },
        "not" => Expr::Not {
            expr: Box::new(field(at, "expr", expr)?),
        },
        "compare" => Expr::Compare {
            attr: attr(at)?,
            cmp: field(at, "cmp", |a| {
                const OPS: [CmpOp; 6] = [
                    CmpOp::Eq,
                    CmpOp::Ne,
                    CmpOp::Lt,
                    CmpOp::Le,
                    CmpOp::Gt,
                    CmpOp::Ge,
                ];
                one_of(a, &OPS.map(CmpOp::symbol), &OPS)
            })?,
            value: field(at, "value", value)?,
        },
        "in" => Expr::In {
            attr: attr(at)?,
            values: field(at, "values", |a| each(a, value))?,
            negated: field(at, "negated", |a| a.bool())?,
        },
        "set" => Expr::Set { attr: attr(at)? },
        _ => field(at, "op", |a| {
            a.fail("one of `all`, `any`, `not`, `compare`, `in`, `set`")
        })?,
    })
}

fn value(at: At<'_, '_>) -> R<Value> {
    match at.json {
        Json::Number(_) => at.f64().map(Value::Num),
        Json::String(s) => Ok(Value::Str(s.clone())),
        Json::Bool(b) => Ok(Value::Bool(*b)),
        _ => at.fail("a string, a number or a boolean"),
    }
}

// ------------------------------------------------------------ examples

fn example(at: At<'_, '_>) -> R<Example> {
    Ok(Example {
        name: field(at, "name", |a| a.string())?,
        standard: field(at, "standard", |a| a.string())?,
        case: field(at, "case", case)?,
        as_of: opt(at, "as_of", case_time)?,
        expectations: field(at, "expectations", |a| each(a, expectation))?,
        line: field(at, "line", |a| a.int())?,
        column: field(at, "column", |a| a.int())?,
    })
}

fn case(at: At<'_, '_>) -> R<Case> {
    let attributes = field(at, "attributes", |a| {
        let map = a.object()?;
        let mut out = BTreeMap::new();
        for (key, json) in map {
            let path = Path::Key(a.path, key);
            out.insert(key.clone(), value(At { json, path: &path })?);
        }
        Ok(out)
    })?;
    Ok(Case {
        id: field(at, "id", |a| a.string())?,
        attributes,
        events: field(at, "events", |a| {
            each(a, |e| {
                Ok(Event {
                    name: field(e, "name", |s| s.string())?,
                    at: field(e, "at", case_time)?,
                })
            })
        })?,
    })
}

/// `{"kind": "fixed", "at": RFC 3339}` or `{"kind": "local", "at":
/// "YYYY-MM-DDTHH:MM:SS"}`.
fn case_time(at: At<'_, '_>) -> R<CaseTime> {
    let fixed = match field(at, "kind", |a| a.str())? {
        "fixed" => true,
        "local" => false,
        _ => return field(at, "kind", |a| a.fail("`fixed` or `local`")),
    };
    field(at, "at", |a| {
        // chrono writes (and its `Deserialize` wants) date, `T` and seconds.
        let text = a.str()?;
        let b = text.as_bytes();
        let full = b.len() >= 19 && b[10] == b'T' && b[16] == b':';
        case_time_text(a, full.then(|| parse_time(text)).flatten(), fixed)
    })
}

fn case_time_text(a: At<'_, '_>, parsed: Option<CaseTime>, fixed: bool) -> R<CaseTime> {
    match parsed {
        Some(t @ CaseTime::Fixed(_)) if fixed => Ok(t),
        Some(t @ CaseTime::Local(_)) if !fixed => Ok(t),
        _ if fixed => a.fail("a time with an offset such as `2025-06-20T10:00:00-04:00`"),
        _ => a.fail("a local time such as `2025-06-20T10:00:00`"),
    }
}

fn expectation(at: At<'_, '_>) -> R<Expectation> {
    let line = field(at, "line", |a| a.int())?;
    Ok(match field(at, "expect", |a| a.str())? {
        "due" => Expectation::Due {
            at: field(at, "at", case_time)?,
            line,
        },
        "status" => Expectation::Status {
            status: field(at, "status", status)?,
            line,
        },
        "not-applicable" => Expectation::NotApplicable { line },
        "usual-due" => Expectation::UsualDue {
            at: field(at, "at", case_time)?,
            line,
        },
        _ => field(at, "expect", |a| {
            a.fail("one of `due`, `status`, `not-applicable`")
        })?,
    })
}
