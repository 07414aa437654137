//! The fast way in for arrays of plain cases: one `JSON.stringify` of the
//! whole array instead of a walk that crosses the border for every value.
//!
//! `JSON.stringify` and the walk of [`super::js::to_json`] agree on plain
//! data only, so a small JavaScript check runs first and the text is used
//! only when every value is one the two read alike: strings, booleans,
//! finite numbers, `null`, arrays (where `undefined` and holes are `null`
//! for both), and objects whose prototype is `Object.prototype` or `null`,
//! without `toJSON`, whose property values are not `undefined`, nested
//! less than the walk's limit. Anything else (a `Date`, a `Map`, a
//! function, a symbol, a bigint, `NaN`, a cycle, a boxed primitive, a class
//! instance) makes the caller walk the whole call as before, with its exact
//! errors. The text is then read by [`Items`], one element at a time: a
//! case object of the common shape straight into a [`Case`] (what
//! `case_from_json` would make of it), anything else into the JSON data
//! the walk gives (numbers read exactly by Rust's `f64` parser and
//! normalised as the walk normalises them, lone surrogates as U+FFFD, as
//! `TextEncoder` turns them when the walk reads a string) for
//! `case_from_json`.

use crate::cases::parse_time;
use crate::model::{Case, Event, Value};
use js_sys::{Function, JsString};
use serde_json::{Map, Number, Value as Json};
use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::collections::BTreeMap;
use wasm_bindgen::{JsCast, JsValue};

/// The check and the stringify, in JavaScript: a function of the cases
/// array returning its JSON text, or `undefined` when the fast way does
/// not apply. Depth 60 stays under the walk's 64. Objects' keys are
/// visited with `for … in` rather than `Object.keys`, which made an array
/// per object (two per case, for the collector to reclaim): the prototype
/// check comes first, so only own keys are met (plus any enumerable key
/// someone added to `Object.prototype`, which is then checked too: the
/// check is only ever stricter than `JSON.stringify`).
const SOURCE: &str = r#"
const P = Object.prototype, isArray = Array.isArray,
  proto = Object.getPrototypeOf, stringify = JSON.stringify;
function plain(v, d) {
  switch (typeof v) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return v - v === 0;
    case "object": {
      if (v === null) return true;
      if (d > 60 || v.toJSON !== undefined) return false;
      if (isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          if (x !== undefined && !plain(x, d + 1)) return false;
        }
        return true;
      }
      const p = proto(v);
      if (p !== P && p !== null) return false;
      for (const k in v) {
        if (!plain(v[k], d + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}
return function (cases) {
  return plain(cases, 0) ? stringify(cases) : undefined;
};
"#;

/// The text's UTF-8 bytes, written by `TextEncoder.encodeInto` straight
/// into the module's memory at `at` (room for `room` bytes); returns how
/// many were written, or -1 when the room was too small. Handing the
/// string itself over costs a JavaScript loop over every character (the
/// glue's ASCII path; figures in `benches/README.md`); `TextEncoder.encode` then a copy
/// in costs a fresh buffer per call. Lone surrogates cannot occur
/// (`JSON.stringify` escapes them).
const ENCODE_INTO: &str = r#"
const encoder = new TextEncoder();
return function (text, memory, at, room) {
  const r = encoder.encodeInto(text, new Uint8Array(memory.buffer, at, room));
  return r.read === text.length ? r.written : -1;
};
"#;

thread_local! {
    /// The JavaScript functions, made once (`None` where `Function` is
    /// refused, e.g. under a Content-Security-Policy without eval).
    static TEXT_OF: OnceCell<Option<Function>> = const { OnceCell::new() };
    static ENCODE: OnceCell<Option<Function>> = const { OnceCell::new() };
    /// Where the text is encoded, kept from call to call (up to
    /// [`KEPT`] bytes).
    static BYTES: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// The largest encoding buffer kept for the next call: a call of a
/// million cases (≈ 100 MB of text) should not hold its buffer for good.
const KEPT: usize = 1 << 24;

/// Encodes `text` (`units` UTF-16 units long) into `bytes`; how many
/// bytes it took. ASCII text (the usual) takes a byte per unit; other text
/// a second try, with room for the most UTF-8 needs (three).
fn encode_into(
    encode: &Function,
    text: &JsString,
    units: usize,
    bytes: &mut Vec<u8>,
) -> Option<usize> {
    for room in [units, units.checked_mul(3)?] {
        if bytes.len() < room {
            bytes.resize(room, 0);
        }
        let written = encode
            .call4(
                &JsValue::UNDEFINED,
                text,
                &wasm_bindgen::memory(),
                &JsValue::from(bytes.as_ptr() as usize as f64),
                &JsValue::from(room as f64),
            )
            .ok()?
            .as_f64()?;
        if written >= 0.0 {
            return Some(written as usize);
        }
    }
    None
}

/// `read` of the JSON text of an array of plain cases, or `None` (walk
/// instead; also if `read` is `None`).
pub fn with_text<R>(cases: &JsValue, read: impl FnOnce(&str) -> Option<R>) -> Option<R> {
    let text_of = TEXT_OF.with(|f| f.get_or_init(|| super::js::function(SOURCE)).clone())?;
    let encode = ENCODE.with(|f| f.get_or_init(|| super::js::function(ENCODE_INTO)).clone())?;
    let text: JsString = text_of
        .call1(&JsValue::UNDEFINED, cases)
        .ok()?
        .dyn_into()
        .ok()?;
    let units = text.length() as usize;
    // A nested call (none is expected: judging calls no JavaScript) walks.
    BYTES.with(|cell| {
        let mut bytes = cell.try_borrow_mut().ok()?;
        let result = encode_into(&encode, &text, units, &mut bytes).and_then(|written| {
            let text = std::str::from_utf8(bytes.get(..written)?).ok()?;
            read(text)
        });
        if bytes.len() > KEPT {
            *bytes = Vec::new();
        }
        result
    })
}

/// Integers up to 2^53 - 1 are exact in a JS number.
const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

/// Deeper than the JavaScript check lets through.
const MAX_DEPTH: usize = 70;

/// The elements of the JSON text of an array, read one at a time.
pub struct Items<'a> {
    p: Parser<'a>,
    first: bool,
}

pub fn items(text: &str) -> Option<Items<'_>> {
    let mut p = Parser {
        b: text.as_bytes(),
        s: text,
        i: 0,
    };
    p.eat(b'[').then_some(Items { p, first: true })
}

/// What an element is read as.
pub enum Item {
    /// A case object of the common shape, read into the caller's `Case`
    /// as `case_from_json` reads it.
    Case,
    /// Anything else, as the walk gives it, for `case_from_json`.
    Json(Json),
}

impl Items<'_> {
    /// The next element (`Some(None)` after the last); `None` when the
    /// text is not what `JSON.stringify` writes (the caller then walks).
    /// A case of the common shape is read into `case`, whose strings and
    /// vectors are reused from one element to the next (allocating and
    /// freeing them was a tenth of the module's time per case).
    pub fn next(&mut self, case: &mut Case) -> Option<Option<Item>> {
        let first = std::mem::replace(&mut self.first, false);
        if self.p.eat(b']') {
            return (self.p.i == self.p.b.len()).then_some(None);
        }
        if !first && !self.p.eat(b',') {
            return None;
        }
        let start = self.p.i;
        if self.p.case(case).is_some() {
            return Some(Some(Item::Case));
        }
        self.p.i = start;
        self.p.value(1).map(|v| Some(Item::Json(v)))
    }
}

struct Parser<'a> {
    b: &'a [u8],
    s: &'a str,
    i: usize,
}

/// `s.trim().is_empty()`, without the trim for the usual first letter.
fn blank(s: &str) -> bool {
    !s.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) && s.trim().is_empty()
}

impl<'a> Parser<'a> {
    /// A case object of the common shape, into `case`: a non-blank string
    /// `id`; `attributes` of strings, numbers, booleans and `null`s;
    /// `events` an object of readable times (or `null`s and blank strings,
    /// skipped); other fields ignored; names without escapes. The result
    /// is what `case_from_json` makes of the same value; `None` for
    /// anything else (errors included), read the general way (`case` is
    /// then left half-written, and overwritten by the next case).
    fn case(&mut self, case: &mut Case) -> Option<()> {
        if !self.eat(b'{') {
            return None;
        }
        let mut id = false;
        let mut events = 0;
        let mut attributes = false;
        if !self.eat(b'}') {
            loop {
                let key = self.name()?;
                if !self.eat(b':') {
                    return None;
                }
                match key {
                    "id" => {
                        if self.b.get(self.i) != Some(&b'"') {
                            return None;
                        }
                        let s = self.str_cow()?;
                        if blank(&s) {
                            return None;
                        }
                        case.id.clear();
                        case.id.push_str(&s);
                        id = true;
                    }
                    "attributes" => {
                        if self.literal("null", Json::Null).is_none() {
                            self.attributes(&mut case.attributes)?;
                            attributes = true;
                        }
                    }
                    "events" => {
                        if self.literal("null", Json::Null).is_none() {
                            events = self.events(&mut case.events)?;
                        }
                    }
                    _ => {
                        self.value(1)?;
                    }
                }
                if self.eat(b',') {
                    continue;
                }
                if self.eat(b'}') {
                    break;
                }
                return None;
            }
        }
        if !attributes {
            case.attributes.clear();
        }
        case.events.truncate(events);
        // `case_from_json` reads the events object in key order.
        case.events.sort_by(|a, b| a.name.cmp(&b.name));
        id.then_some(())
    }

    /// [`Self::name`] when it is in NFC; a name that is not (a decomposed
    /// `reçue`) is left to the general path, which composes it as
    /// `case_from_json` does.
    fn nfc_name(&mut self) -> Option<&'a str> {
        let name = self.name()?;
        match crate::cases::names::nfc(name) {
            std::borrow::Cow::Borrowed(_) => Some(name),
            std::borrow::Cow::Owned(_) => None,
        }
    }

    /// A key without escapes (so that no two keys of an object read the
    /// same, as lone surrogates could).
    fn name(&mut self) -> Option<&'a str> {
        let text: &'a str = self.s;
        if !self.eat(b'"') {
            return None;
        }
        let start = self.i;
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'"' => {
                    let s = text.get(start..self.i)?;
                    self.i += 1;
                    return Some(s);
                }
                b'\\' => return None,
                _ => self.i += 1,
            }
        }
        None
    }

    fn attributes(&mut self, out: &mut BTreeMap<String, Value>) -> Option<()> {
        if !self.eat(b'{') {
            return None;
        }
        out.clear();
        if self.eat(b'}') {
            return Some(());
        }
        loop {
            let key = self.nfc_name()?.to_string();
            if !self.eat(b':') {
                return None;
            }
            let value = match *self.b.get(self.i)? {
                b'"' => Some(Value::Str(self.string()?)),
                b't' | b'f' | b'n' => match self.value(1)? {
                    Json::Bool(b) => Some(Value::Bool(b)),
                    _ => None,
                },
                b'-' | b'0'..=b'9' => match self.number()? {
                    Json::Number(n) => Some(Value::Num(n.as_f64().filter(|f| f.is_finite())?)),
                    _ => return None,
                },
                _ => return None,
            };
            if let Some(value) = value {
                out.insert(key, value);
            }
            if self.eat(b',') {
                continue;
            }
            return self.eat(b'}').then_some(());
        }
    }

    /// The events object into `out`, reusing the names of the previous
    /// case's events; how many were read.
    fn events(&mut self, out: &mut Vec<Event>) -> Option<usize> {
        if !self.eat(b'{') {
            return None;
        }
        let mut n = 0;
        if self.eat(b'}') {
            return Some(n);
        }
        loop {
            let name = self.nfc_name()?;
            if !self.eat(b':') {
                return None;
            }
            match *self.b.get(self.i)? {
                b'"' => {
                    let s = self.str_cow()?;
                    if !blank(&s) {
                        let at = parse_time(&s)?;
                        // Out of range: the general path gives its error.
                        if crate::text::read::out_of_range(&at) {
                            return None;
                        }
                        match out.get_mut(n) {
                            Some(e) => {
                                e.name.clear();
                                e.name.push_str(name);
                                e.at = at;
                            }
                            None => out.push(Event {
                                name: name.to_string(),
                                at,
                            }),
                        }
                        n += 1;
                    }
                }
                b'n' => {
                    self.literal("null", Json::Null)?;
                }
                _ => return None,
            }
            if self.eat(b',') {
                continue;
            }
            return self.eat(b'}').then_some(n);
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn literal(&mut self, word: &str, v: Json) -> Option<Json> {
        let end = self.i + word.len();
        (self.b.get(self.i..end)? == word.as_bytes()).then(|| {
            self.i = end;
            v
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        match *self.b.get(self.i)? {
            b'{' => {
                self.i += 1;
                let mut map = Map::new();
                if self.eat(b'}') {
                    return Some(Json::Object(map));
                }
                loop {
                    if self.b.get(self.i) != Some(&b'"') {
                        return None;
                    }
                    let key = self.string()?;
                    if !self.eat(b':') {
                        return None;
                    }
                    let v = self.value(depth + 1)?;
                    map.insert(key, v);
                    if self.eat(b',') {
                        continue;
                    }
                    return self.eat(b'}').then_some(Json::Object(map));
                }
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Some(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b',') {
                        continue;
                    }
                    return self.eat(b']').then_some(Json::Array(items));
                }
            }
            b'"' => self.string().map(Json::String),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'n' => self.literal("null", Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn number(&mut self) -> Option<Json> {
        let start = self.i;
        while let Some(c) = self.b.get(self.i) {
            if matches!(c, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') {
                self.i += 1;
            } else {
                break;
            }
        }
        let n: f64 = self.s.get(start..self.i)?.parse().ok()?;
        // As the walk (`js::number`) turns a JS number into JSON data.
        if !n.is_finite() {
            return None;
        }
        if n.fract() == 0.0 && n.abs() <= MAX_SAFE {
            return Some(Json::from(n as i64));
        }
        Number::from_f64(n).map(Json::Number)
    }

    /// A string, the opening quote at `self.i`: borrowed from the text
    /// when it has no escapes (the usual case: no allocation).
    fn str_cow(&mut self) -> Option<Cow<'a, str>> {
        let start = self.i + 1;
        let mut j = start;
        while let Some(&c) = self.b.get(j) {
            match c {
                b'"' => {
                    self.i = j + 1;
                    return self.s.get(start..j).map(Cow::Borrowed);
                }
                b'\\' => break,
                _ => j += 1,
            }
        }
        self.string().map(Cow::Owned)
    }

    /// A string, the opening quote at `self.i`.
    fn string(&mut self) -> Option<String> {
        let mut out = String::new();
        self.i += 1;
        loop {
            let run = self.i;
            while let Some(&c) = self.b.get(self.i) {
                if c == b'"' || c == b'\\' {
                    break;
                }
                self.i += 1;
            }
            out.push_str(self.s.get(run..self.i)?);
            match *self.b.get(self.i)? {
                b'"' => {
                    self.i += 1;
                    return Some(out);
                }
                _ => {
                    self.i += 1;
                    let e = *self.b.get(self.i)?;
                    self.i += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let u = self.hex4()?;
                            out.push(self.unit(u)?);
                        }
                        _ => return None,
                    }
                }
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = self.s.get(self.i..self.i + 4)?;
        let u = u32::from_str_radix(h, 16).ok()?;
        self.i += 4;
        Some(u)
    }

    /// The character of a `\u` escape (`u` read), pairing surrogates; a
    /// lone surrogate is U+FFFD, as `TextEncoder` writes it.
    fn unit(&mut self, u: u32) -> Option<char> {
        if (0xD800..0xDC00).contains(&u) && self.b.get(self.i..self.i + 2) == Some(b"\\u") {
            let save = self.i;
            self.i += 2;
            let lo = self.hex4()?;
            if (0xDC00..0xE000).contains(&lo) {
                return char::from_u32(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
            }
            self.i = save;
        }
        Some(char::from_u32(u).unwrap_or('\u{FFFD}'))
    }
}
