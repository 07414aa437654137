//! Which standards can apply to a case, found by its attributes instead of
//! by testing every standard's `applies when`.
//!
//! A real declaration has dozens of standards, each selected by equality on
//! a few attributes (service, channel, priority). Most of them do not cover
//! a given case, and testing all their conditions was most of the cost of
//! judging it. As decision tables do, the index reads from each standard
//! the conditions it cannot apply without — an attribute equal to one of a
//! few values — and files the standard under those values; a case then
//! meets only the standards whose every such condition its own values
//! meet, plus those with no such condition. The index only narrows: every standard it yields is still
//! judged in full, so a standard it lets through that does not apply is
//! `not-applicable` as before, and the index is right as long as it never
//! leaves out one that applies (proven against the conditions themselves
//! by the property test beside this file).

use crate::model::{CmpOp, Expr, Standard, Value};
use std::collections::BTreeMap;

/// Below this many standards, no index.
const FEW: usize = 4;

/// The standards (positions in file order) a case can meet, by the values
/// of its attributes.
#[derive(Debug, Default)]
pub struct Applicable {
    /// Each attribute some standard requires, and its values' standards.
    by_attribute: Vec<(String, Filed)>,
    /// How many attributes each standard is filed under: a case meets it
    /// when its values meet every one of them.
    needs: Vec<u32>,
    /// Standards with no indexable condition: met by every case.
    always: Vec<u32>,
}

/// The standards filed under one attribute's values, by how `=` compares
/// (`Value::same`): text with text as written, numbers by value (a number
/// also equals a numeric text), booleans with booleans.
///
/// Sorted vectors searched by halves rather than hash maps: a handful to a
/// few hundred values an attribute, where hashing each case's text cost
/// more than the comparisons.
#[derive(Debug)]
struct Filed {
    text: Vec<(String, Vec<u32>)>,
    number: Vec<(u64, Vec<u32>)>,
    boolean: [Vec<u32>; 2],
}

/// Per thread, reused case after case: the standards an attribute's value
/// meets, and how many of its attributes each standard has met.
#[derive(Default)]
struct Scratch {
    hits: Vec<u32>,
    met: Vec<u32>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

impl Applicable {
    /// The index of standards grouped by id (`ids[i]` holds the versions
    /// of the i-th standard in file order). A standard is filed under the
    /// conditions every one of its versions requires.
    pub fn new(standards: &[Standard], ids: &[(String, Vec<usize>)]) -> Applicable {
        let mut index = Applicable::default();
        // A few standards are judged faster by testing their conditions
        // than by looking a case up (8 % more instructions for one
        // conditioned standard, benches/README.md): no index then.
        if ids.len() < FEW {
            index.always = (0..ids.len()).map(|i| i as u32).collect();
            index.needs = vec![0; ids.len()];
            return index;
        }
        let mut filing: BTreeMap<&str, Filing> = BTreeMap::new();
        for (position, (_, versions)) in ids.iter().enumerate() {
            let position = u32::try_from(position).unwrap_or(u32::MAX);
            let required = required_by_all(versions.iter().map(|&v| &standards[v]));
            if required.is_empty() {
                index.always.push(position);
            }
            index
                .needs
                .push(u32::try_from(required.len()).unwrap_or(u32::MAX));
            for (attr, values) in required {
                let filing = filing.entry(attr).or_default();
                for value in values {
                    filing.file(value, position);
                }
            }
        }
        index.by_attribute = filing
            .into_iter()
            .map(|(attr, filing)| (attr.to_string(), filing.done()))
            .collect();
        index
    }

    /// Whether the index narrows anything: without indexed standards every
    /// standard is judged, as [`Applicable::candidates`] would say.
    pub fn is_trivial(&self) -> bool {
        self.by_attribute.is_empty()
    }

    /// The positions of the standards a case with `attributes` can meet,
    /// in file order, into `out` (cleared first).
    pub fn candidates(&self, attributes: &BTreeMap<String, Value>, out: &mut Vec<u32>) {
        out.clear();
        out.extend_from_slice(&self.always);
        SCRATCH.with_borrow_mut(|Scratch { hits, met }| {
            met.resize(self.needs.len(), 0);
            hits.clear();
            for (attr, filed) in &self.by_attribute {
                let Some(have) = attributes.get(attr) else {
                    continue;
                };
                let from = hits.len();
                if filed.meet(have, hits) {
                    hits[from..].sort_unstable();
                }
                let mut previous = None;
                for &h in &hits[from..] {
                    // A value can meet a standard twice (as text and as a
                    // number): it meets that attribute once.
                    if previous.replace(h) == Some(h) {
                        continue;
                    }
                    let m = &mut met[h as usize];
                    *m += 1;
                    if *m == self.needs[h as usize] {
                        out.push(h);
                    }
                }
            }
            // Back to zero for the next case: only what this one touched.
            for &h in hits.iter() {
                met[h as usize] = 0;
            }
        });
        out.sort_unstable();
    }
}

/// A [`Filed`] being built (maps, so that filing many values stays
/// linear-logarithmic).
#[derive(Default)]
struct Filing {
    text: BTreeMap<String, Vec<u32>>,
    number: BTreeMap<u64, Vec<u32>>,
    boolean: [Vec<u32>; 2],
}

impl Filing {
    fn file(&mut self, value: &Value, position: u32) {
        match value {
            Value::Str(text) => {
                self.text.entry(text.clone()).or_default().push(position);
                // A numeric text in the rules equals a case's number.
                if let Some(n) = value.as_number() {
                    self.number.entry(number_key(n)).or_default().push(position);
                }
            }
            Value::Num(n) => self
                .number
                .entry(number_key(*n))
                .or_default()
                .push(position),
            Value::Bool(b) => self.boolean[usize::from(*b)].push(position),
        }
    }

    fn done(self) -> Filed {
        Filed {
            text: self.text.into_iter().collect(),
            number: self.number.into_iter().collect(),
            boolean: self.boolean,
        }
    }
}

impl Filed {
    /// Appends the standards whose filed values a case's `have` can equal,
    /// in file order unless this says `true` (two lists appended).
    fn meet(&self, have: &Value, out: &mut Vec<u32>) -> bool {
        match have {
            Value::Str(text) => {
                out.extend_from_slice(get(&self.text, text.as_str()));
                // A case's numeric text equals the rules' numbers (read
                // only when the rules name a number here).
                if !self.number.is_empty() {
                    if let Some(n) = have.as_number() {
                        out.extend_from_slice(get(&self.number, &number_key(n)));
                        return true;
                    }
                }
            }
            Value::Num(n) => out.extend_from_slice(get(&self.number, &number_key(*n))),
            Value::Bool(b) => out.extend_from_slice(&self.boolean[usize::from(*b)]),
        }
        false
    }
}

/// The standards filed under `key`.
fn get<'f, K: Ord + ?Sized, O: std::borrow::Borrow<K>>(
    filed: &'f [(O, Vec<u32>)],
    key: &K,
) -> &'f [u32] {
    match filed.binary_search_by(|(k, _)| k.borrow().cmp(key)) {
        Ok(i) => &filed[i].1,
        Err(_) => &[],
    }
}

/// Numbers equal as `f64`s share a key (`-0` is `0`; values are finite).
fn number_key(n: f64) -> u64 {
    if n == 0.0 {
        0
    } else {
        n.to_bits()
    }
}

/// The conditions `attribute ∈ values` that every version requires (the
/// same attribute in each; the values of all versions together).
fn required_by_all<'s>(
    mut versions: impl Iterator<Item = &'s Standard>,
) -> Vec<(&'s str, Vec<&'s Value>)> {
    let Some(first) = versions.next() else {
        return Vec::new();
    };
    let mut common = required(first);
    for version in versions {
        let theirs = required(version);
        common.retain_mut(
            |(attr, values)| match theirs.iter().find(|(a, _)| a == attr) {
                Some((_, more)) => {
                    values.extend(more.iter().copied());
                    true
                }
                None => false,
            },
        );
    }
    common
}

/// What a standard cannot apply without: its `applies when` read as a
/// conjunction, each `attribute = value` or `attribute in [values]` of it.
fn required(standard: &Standard) -> Vec<(&str, Vec<&Value>)> {
    let mut out: Vec<(&str, Vec<&Value>)> = Vec::new();
    if let Some(applies) = &standard.applies {
        conjuncts(applies, &mut out);
    }
    // One condition an attribute: any of them is one the standard needs.
    let mut seen = Vec::new();
    out.retain(|(attr, _)| {
        let first = !seen.contains(attr);
        seen.push(*attr);
        first
    });
    out
}

fn conjuncts<'e>(expr: &'e Expr, out: &mut Vec<(&'e str, Vec<&'e Value>)>) {
    match expr {
        Expr::All { of } => of.iter().for_each(|e| conjuncts(e, out)),
        Expr::Compare {
            attr,
            cmp: CmpOp::Eq,
            value,
        } => out.push((attr, vec![value])),
        Expr::In {
            attr,
            values,
            negated: false,
        } => out.push((attr, values.iter().collect())),
        // `or`, `not`, `!=` and orderings say nothing a case must equal.
        _ => {}
    }
}

#[cfg(all(test, feature = "parser"))]
#[path = "applicable_tests.rs"]
mod tests;
