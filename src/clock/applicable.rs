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
    by_attribute: Vec<Indexed>,
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
/// A sorted vector searched by halves rather than hash maps: a handful to a
/// few hundred values an attribute, where hashing each case's text cost
/// more than the comparisons.
type Filed = Vec<(Key, Vec<u32>)>;

/// A value as the index files it. The derived order is the one the filed
/// vectors are sorted by, and [`Key::cmp_with`] compares the same way.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Bool(bool),
    Number(u64),
    Text(String),
}

/// A [`Key`] looked up, borrowed from a case.
#[derive(Clone, Copy)]
enum Probe<'v> {
    Bool(bool),
    Number(u64),
    Text(&'v str),
}

impl Key {
    fn cmp_with(&self, probe: Probe) -> std::cmp::Ordering {
        match (self, probe) {
            (Key::Bool(a), Probe::Bool(b)) => a.cmp(&b),
            (Key::Number(a), Probe::Number(b)) => a.cmp(&b),
            (Key::Text(a), Probe::Text(b)) => a.as_str().cmp(b),
            (Key::Bool(_), _) | (Key::Number(_), Probe::Text(_)) => std::cmp::Ordering::Less,
            _ => std::cmp::Ordering::Greater,
        }
    }
}

/// One attribute some standard requires.
#[derive(Debug)]
struct Indexed {
    name: String,
    filed: Filed,
    /// Whether the rules name a number for it: only then is a case's text
    /// read as a number too.
    numbers: bool,
}

/// Per thread, reused case after case: the standards an attribute's value
/// meets, how many of its attributes each standard has met, and the
/// standards met.
#[derive(Default)]
struct Scratch {
    hits: Vec<u32>,
    met: Vec<u32>,
    out: Vec<u32>,
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
        // One map of (attribute, value) for the whole file: its order is
        // the filed vectors' (one map type keeps the WebAssembly small).
        let mut filing: BTreeMap<(&str, Key), Vec<u32>> = BTreeMap::new();
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
                for value in values {
                    for key in keys(value) {
                        filing.entry((attr, key)).or_default().push(position);
                    }
                }
            }
        }
        for ((attr, key), mut positions) in filing {
            if index.by_attribute.last().is_none_or(|a| a.name != attr) {
                index.by_attribute.push(Indexed {
                    name: attr.to_string(),
                    filed: Filed::new(),
                    numbers: false,
                });
            }
            if let Some(indexed) = index.by_attribute.last_mut() {
                indexed.numbers |= matches!(key, Key::Number(_));
                // A value listed twice by a standard files it once.
                positions.dedup();
                indexed.filed.push((key, positions));
            }
        }
        index
    }

    /// Calls `f` with the position of each standard a case with
    /// `attributes` can meet, in file order.
    pub fn for_each_candidate(
        &self,
        attributes: &BTreeMap<String, Value>,
        mut f: impl FnMut(usize),
    ) {
        if self.by_attribute.is_empty() {
            self.always.iter().for_each(|&i| f(i as usize));
            return;
        }
        SCRATCH.with_borrow_mut(|Scratch { hits, met, out }| {
            out.clear();
            out.extend_from_slice(&self.always);
            met.resize(self.needs.len(), 0);
            hits.clear();
            for indexed in &self.by_attribute {
                let Some(have) = attributes.get(&indexed.name) else {
                    continue;
                };
                let from = hits.len();
                let mut lists = 0;
                for probe in probes(have, indexed.numbers) {
                    let found = indexed.filed.binary_search_by(|(k, _)| k.cmp_with(probe));
                    if let Ok(i) = found {
                        hits.extend_from_slice(&indexed.filed[i].1);
                        lists += 1;
                    }
                }
                // Each list is in file order; two (a numeric text met as
                // text and as a number) are merged.
                if lists > 1 {
                    insertion_sort(&mut hits[from..]);
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
            insertion_sort(out);
            out.iter().for_each(|&i| f(i as usize));
        });
    }
}

/// Sorts the few positions a case meets (a handful: the standard
/// library's sort would add its code to the WebAssembly for nothing).
fn insertion_sort(v: &mut [u32]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The keys a rule's value is filed under: a numeric text in the rules
/// also equals a case's number.
fn keys(value: &Value) -> impl Iterator<Item = Key> {
    let (first, second) = match value {
        Value::Str(text) => (
            Key::Text(text.clone()),
            value.as_number().map(|n| Key::Number(number_key(n))),
        ),
        Value::Num(n) => (Key::Number(number_key(*n)), None),
        Value::Bool(b) => (Key::Bool(*b), None),
    };
    std::iter::once(first).chain(second)
}

/// The keys a case's value is looked up by: a case's numeric text also
/// equals the rules' numbers.
fn probes(have: &Value, numbers: bool) -> impl Iterator<Item = Probe<'_>> {
    let (first, second) = match have {
        Value::Str(text) => (
            Probe::Text(text),
            numbers
                .then(|| have.as_number())
                .flatten()
                .map(|n| Probe::Number(number_key(n))),
        ),
        Value::Num(n) => (Probe::Number(number_key(*n)), None),
        Value::Bool(b) => (Probe::Bool(*b), None),
    };
    std::iter::once(first).chain(second)
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
