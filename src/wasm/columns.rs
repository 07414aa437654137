//! Check records handed to JavaScript as columns, for `checkMany`.
//!
//! `JSON.parse` of the records' JSON text costs many times what building
//! the same objects in JavaScript from columns does (`benches/README.md`
//! has the figures). So the records are written as three columns, an `Int32Array`
//! (per record a flag word, then string ends and name indices), a
//! `Float64Array` (quantity values, tiers) and one string holding every
//! case id and time back to back, plus a small table of names (standards,
//! statuses, units, calendars); a JavaScript function made once (as in
//! [`super::fast`]) turns them into the objects `JSON.parse` gives for the
//! text [`crate::clock::record_json`] writes: same keys, same order, same values.
//! A record the columns do not describe (an error record, a quantity that
//! is not finite) travels as its JSON text, parsed on the JavaScript side.

use crate::calendar::BusinessCalendar;
use crate::clock::schema;
use crate::clock::{
    self, record_json, CaseResult, Context, ErrorRecord, Fields, Record, RecordSink,
};
use crate::model::Case;
use chrono::{DateTime, Utc};
use js_sys::{Array, Float64Array, Function, Int32Array};
use std::cell::OnceCell;
use wasm_bindgen::JsValue;

/// Flag bits of a record's first int: the record is JSON text; its
/// standard is `null`; then one bit per optional key of a judgement's
/// record, in the order of `schema::COLUMNS` (the builder's `OPTIONAL`
/// list gives the same bits).
const TEXT: i32 = 1;
const NO_STANDARD: i32 = 2;
const fn flag(key: &str) -> i32 {
    4 << schema::optional_index(key)
}
const START: i32 = flag("start");
const STOP: i32 = flag("stop");
const STOPPED_BY: i32 = flag("stopped_by");
const DUE: i32 = flag("due");
const USUAL_DUE: i32 = flag("usual_due");
const ALLOWED: i32 = flag("allowed");
const ELAPSED: i32 = flag("elapsed");
const REMAINING: i32 = flag("remaining");
const PAUSED: i32 = flag("paused");
const TIER: i32 = flag("tier");
const CALENDAR: i32 = flag("calendar");

/// `(ints, nums, text, names) → records`. Strings are read from `text`
/// up to the end (in UTF-16 units) given in `ints`; names by index.
///
/// Each combination of optional keys (a flag word) gets its own small
/// function, made on first sight, whose one object literal holds every
/// key of the record: V8 then gives the object all its properties inline.
/// Added one by one after a three-key literal, the rest went to a separate
/// property store, grown and copied as they came, and building the
/// records took markedly longer (`benches/README.md`). The code made is
/// only ever the key names of `OPTIONAL`: the optional keys of
/// `schema::COLUMNS`, in their order, with the bits of [`flag`] (a native
/// test, `clock::schema`'s, holds the list to the table).
const SOURCE: &str = r#"
const parse = JSON.parse, makers = [];
const OPTIONAL = [
  [4, "start", "s"], [8, "stop", "s"], [16, "stopped_by", "name"], [32, "due", "s"],
  [64, "usual_due", "s"], [128, "allowed", "q"], [256, "elapsed", "q"], [512, "remaining", "q"],
  [1024, "paused", "q"], [2048, "tier", "n"], [4096, "calendar", "name"],
];
const READ = {
  s: "text.slice(c.p, c.p = ints[c.i++])",
  q: "{ value: nums[c.f++], unit: names[ints[c.i++]] }",
  n: "nums[c.f++]",
  name: "names[ints[c.i++]]",
};
function maker(k) {
  let keys = "case: " + READ.s + ", standard: " + (k & 2 ? "null" : READ.name) + ", status: " + READ.name;
  for (const [bit, key, read] of OPTIONAL) if (k & bit) keys += ", " + key + ": " + READ[read];
  return new Function("c", "ints", "nums", "text", "names", "return { " + keys + " };");
}
return function (ints, nums, text, names) {
  const out = [], n = ints.length, c = { i: 0, f: 0, p: 0 };
  while (c.i < n) {
    const k = ints[c.i++];
    if (k & 1) {
      out.push(parse(text.slice(c.p, c.p = ints[c.i++])));
      continue;
    }
    out.push((makers[k] ??= maker(k))(c, ints, nums, text, names));
  }
  return out;
};
"#;

thread_local! {
    /// The JavaScript function, made once (`None` where `Function` is
    /// refused: the caller then walks).
    static BUILD: OnceCell<Option<Function>> = const { OnceCell::new() };
}

/// Records being written as columns.
#[derive(Default)]
pub struct Columns {
    ints: Vec<i32>,
    nums: Vec<f64>,
    /// UTF-8 (only `&str`s and ASCII times are appended), bytes so that
    /// times are written straight into it.
    text: Vec<u8>,
    /// Length of `text` in UTF-16 units (JavaScript string indices).
    units: usize,
    names: Names,
    /// Name indices of standard versions and calendars by their index in
    /// the rules (-1: not yet numbered): most records then find their
    /// names without hashing them.
    standards: Vec<i32>,
    calendars: Vec<i32>,
    scratch: Vec<u8>,
    /// A record could not be written at all: the caller walks instead.
    broken: bool,
}

impl RecordSink for Columns {
    fn result(&mut self, ctx: &Context, case: &Case, fields: &Fields) {
        let at = (self.ints.len(), self.nums.len());
        let (len, units) = (self.text.len(), self.units);
        if self.fields(ctx, case, fields).is_some() {
            return;
        }
        // Undo the partial record; it goes as JSON text instead.
        self.ints.truncate(at.0);
        self.nums.truncate(at.1);
        self.text.truncate(len);
        self.units = units;
        let mut r = CaseResult::bare("", None, fields.status);
        ctx.fill(case, fields, &mut r);
        self.push_text(&Record::Result(r));
    }

    fn error(&mut self, record: ErrorRecord) {
        self.push_text(&Record::Error(record));
    }
}

impl Columns {
    /// Appends a record as its JSON text.
    fn push_text(&mut self, record: &Record) {
        self.scratch.clear();
        let written = record_json::push_record(&mut self.scratch, record)
            .and_then(|()| std::str::from_utf8(&self.scratch).ok())
            .map(str::to_owned);
        let Some(text) = written else {
            self.broken = true;
            return;
        };
        self.ints.push(TEXT);
        if self.string(&text).is_none() {
            self.broken = true;
        }
    }

    /// A record's fields as columns; `None` for what only its JSON text
    /// says (a quantity that is not finite, a column past 2^31).
    fn fields(&mut self, ctx: &Context, case: &Case, f: &Fields) -> Option<()> {
        let flags_at = self.ints.len();
        self.ints.push(0);
        let mut flags = 0;
        self.string(&case.id)?;
        match f.standard {
            Some(v) => {
                let i = cached(&mut self.standards, v, &mut self.names, || {
                    &ctx.standards[v].id
                });
                self.ints.push(i);
            }
            None => flags |= NO_STANDARD,
        }
        self.static_name(f.status.id())?;
        if let Some((at, zone)) = f.placed {
            // A case judged on its attributes: its placing instant only.
            flags |= START;
            self.time(at, zone)?;
        }
        if let Some(a) = &f.judged {
            flags |= START | DUE | ALLOWED | ELAPSED | REMAINING | PAUSED | TIER;
            self.time(a.start, a.zone)?;
            if let Some(stop) = a.stop {
                flags |= STOP;
                self.time(stop, a.zone)?;
            }
            if let Some(by) = a.stopped_by {
                flags |= STOPPED_BY;
                // A stop event's name: few per rules, numbered once.
                self.ints.push(i32::try_from(self.names.index(by)).ok()?);
            }
            self.time(a.due, a.zone)?;
            if let Some(usual) = a.usual_due {
                flags |= USUAL_DUE;
                self.time(usual, a.zone)?;
            }
            let unit = i32::try_from(self.names.index_static(a.unit.id())).ok()?;
            for v in a.quantities {
                // The value `JSON.parse` reads back from `Quantity`'s
                // serializer (which writes `null` for the non-finite: the
                // JSON text says it).
                let v = match clock::wire(v) {
                    Ok(whole) => whole as f64,
                    Err(rounded) => rounded.is_finite().then_some(rounded)?,
                };
                self.nums.push(v);
                self.ints.push(unit);
            }
            self.nums.push(a.tier as f64);
            if let Some(c) = a.calendar {
                flags |= CALENDAR;
                let i = cached(&mut self.calendars, c, &mut self.names, || {
                    ctx.calendars[c].name()
                });
                self.ints.push(i);
            }
        }
        self.ints[flags_at] = flags;
        Some(())
    }

    /// An instant as its JSON string's text in `zone`: ASCII, one UTF-16
    /// unit a byte.
    fn time(&mut self, at: DateTime<Utc>, zone: Option<&BusinessCalendar>) -> Option<()> {
        let len = self.text.len();
        record_json::time_text_in(&mut self.text, at, zone)?;
        self.units += self.text.len() - len;
        self.ints.push(i32::try_from(self.units).ok()?);
        Some(())
    }

    fn string(&mut self, s: &str) -> Option<()> {
        self.text.extend_from_slice(s.as_bytes());
        self.units += if s.is_ascii() {
            s.len()
        } else {
            s.encode_utf16().count()
        };
        self.ints.push(i32::try_from(self.units).ok()?);
        Some(())
    }

    /// A status or unit name by index.
    fn static_name(&mut self, s: &'static str) -> Option<()> {
        let i = self.names.index_static(s);
        self.ints.push(i32::try_from(i).ok()?);
        Some(())
    }

    /// `None` once a record could not be written at all (the caller then
    /// walks, and need not judge the rest of the call first).
    pub fn usable(&self) -> Option<()> {
        (!self.broken).then_some(())
    }

    /// The records as JavaScript objects; `None` where the builder cannot
    /// be made (the caller then walks).
    pub fn finish(self) -> Option<JsValue> {
        if self.broken {
            return None;
        }
        BUILD.with(|b| {
            let build = b.get_or_init(|| super::js::function(SOURCE)).as_ref()?;
            let names: Array = self
                .names
                .list
                .iter()
                .map(|n| JsValue::from_str(n))
                .collect();
            build
                .call4(
                    &JsValue::UNDEFINED,
                    &Int32Array::from(&self.ints[..]),
                    &Float64Array::from(&self.nums[..]),
                    &JsValue::from_str(std::str::from_utf8(&self.text).ok()?),
                    &names,
                )
                .ok()
        })
    }
}

/// The name index of the `i`-th standard version or calendar, numbered
/// on first sight.
fn cached<'n>(
    slots: &mut Vec<i32>,
    i: usize,
    names: &mut Names,
    name: impl FnOnce() -> &'n str,
) -> i32 {
    if let Some(&n) = slots.get(i).filter(|&&n| n >= 0) {
        return n;
    }
    if slots.len() <= i {
        slots.resize(i + 1, -1);
    }
    // Far fewer names than 2^31 (each is a standard or a calendar).
    let n = names.index(name()) as i32;
    slots[i] = n;
    n
}

/// The names of a call's records (standards, statuses, units, calendars),
/// each numbered once. Every record asks for five to seven of them: a
/// linear search comparing text was a sixth of the module's time per
/// record, so names are found by a hash of their text, and the
/// `&'static str` names of statuses and units by their address (equal
/// addresses of static text mean equal text).
#[derive(Default)]
struct Names {
    list: Vec<String>,
    /// Open addressing: indices into `list` plus one, 0 for empty; the
    /// length is a power of two at least twice `list.len()`.
    table: Vec<u32>,
    statics: Vec<(usize, usize, usize)>,
}

impl Names {
    fn index_static(&mut self, s: &'static str) -> usize {
        let key = (s.as_ptr() as usize, s.len());
        if let Some(&(_, _, i)) = self.statics.iter().find(|&&(p, l, _)| (p, l) == key) {
            return i;
        }
        let i = self.index(s);
        self.statics.push((key.0, key.1, i));
        i
    }

    fn index(&mut self, s: &str) -> usize {
        if self.table.len() < 2 * (self.list.len() + 1) {
            self.grow();
        }
        let mask = self.table.len() - 1;
        let mut at = hash(s) & mask;
        loop {
            match self.table[at] {
                0 => {
                    self.list.push(s.to_owned());
                    self.table[at] = self.list.len() as u32;
                    return self.list.len() - 1;
                }
                n if self.list[n as usize - 1] == s => return n as usize - 1,
                _ => at = (at + 1) & mask,
            }
        }
    }

    fn grow(&mut self) {
        let size = (2 * self.table.len()).max(64);
        self.table = vec![0; size];
        for (i, name) in self.list.iter().enumerate() {
            let mut at = hash(name) & (size - 1);
            while self.table[at] != 0 {
                at = (at + 1) & (size - 1);
            }
            self.table[at] = i as u32 + 1;
        }
    }
}

/// FNV-1a: short names, no adversary (the names come from the rules).
fn hash(s: &str) -> usize {
    s.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    }) as usize
}
