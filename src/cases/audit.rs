//! What a case file says that the rules will never read: the warnings of
//! reading cases, for every door (the CLI prints them on stderr; any
//! program reading cases through the crate gets the same [`Diagnostic`]s).
//!
//! An [`Audit`] watches the records a reader gives ([`Audit::observe`]) and
//! says, at the end ([`Audit::warnings`]), once per name and not once per
//! row:
//!
//! - `unknown-column` (CSV) / `unknown-event` / `unknown-attribute` (JSON):
//!   a name that is none of the rules' events or attributes (`recue` for
//!   `reçue`, `Type` for `type`, `application-recieved`). Its values are
//!   never read, so cases silently lack an event or an attribute: the
//!   warning names it, the first line that carries a value, how many rows
//!   do, and the closest name of the rules ("did you mean"). Names are
//!   compared in NFC ([`super::names`]), exactly otherwise (`Type` is not
//!   `type`). A CSV column that is empty in every row carries nothing and
//!   is not named.
//! - `duplicate-id`: how many ids appear more than once, and the first few
//!   (each record is still judged on its own: a repeated id is counted
//!   twice in reports).
//! - `no-cases`: the input gave no record at all (an empty file, a CSV
//!   header without rows, `[]`).
//!
//! Audits of consecutive parts of an input (the batches of a parallel
//! pipeline) are combined with [`Audit::merge`], in input order. Memory:
//! the names seen are bounded ([`MAX_UNKNOWN`]); telling duplicates needs a
//! 64-bit hash of every distinct id (a hash set: about 30 bytes an id at
//! its peak, while it grows), the only part that grows with the input.

use super::{CaseRecord, Format};
use crate::diagnostic::{msg, Code, Diagnostic};
use crate::suggest::closest;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Distinct unknown names tracked one by one; past these only a count
/// (a JSON file with a random key per record stays cheap).
pub const MAX_UNKNOWN: usize = 64;

/// Duplicated ids named in the warning.
const FIRST_DUPLICATES: usize = 5;

/// A name of the input that matches none of the rules'.
#[derive(Debug, Clone)]
struct Unknown {
    name: String,
    /// Read as an event name (JSON `events`), else as an attribute (a CSV
    /// column that is no event, a JSON `attributes` key).
    event: bool,
    first_line: usize,
    rows: u64,
}

/// The ids' hashes are already hashes: the set's hasher passes them on.
#[derive(Default)]
struct PassHasher(u64);

impl Hasher for PassHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type HashedSet = HashSet<u64, BuildHasherDefault<PassHasher>>;

/// A 64-bit hash of an id, the same in every batch and every run. Ids are
/// not chosen against us, so a cheap multiply-and-fold over 8-byte words
/// (with the length, and a final mix) does: SipHash cost a third of the
/// audit's time per row. Two different ids sharing a hash (≈ n² / 2⁶⁵ for
/// n ids) would only make a `duplicate-id` warning too many.
fn id_hash(id: &str) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes = id.as_bytes();
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(word))
            .wrapping_mul(K)
            .rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(word))
            .wrapping_mul(K)
            .rotate_left(29);
    }
    // MurmurHash3's finaliser: every bit of the input moves every bit.
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^ (h >> 33)
}

/// Warnings about case records read against some rules. See the module
/// documentation.
#[derive(Debug, Clone)]
pub struct Audit {
    events: Vec<String>,
    attributes: Vec<String>,
    format: Format,
    records: u64,
    unknown: Vec<Unknown>,
    unknown_index: HashMap<String, usize>,
    /// Rows carrying a name past the first [`MAX_UNKNOWN`], and how many
    /// such names were met first (approximate: they are not kept).
    untracked_rows: u64,
    /// Ids not yet added to `seen`: hash, line, end of the id's text in
    /// `pending_text`. (Kept apart so that a batch's audit merges into the
    /// whole input's in input order.)
    pending: Vec<(u64, usize, usize)>,
    pending_text: String,
    seen: HashedSet,
    duplicated: HashedSet,
    /// Records whose id an earlier record had.
    repeats: u64,
    /// The first repeated ids, with the line of their first repeat.
    first_repeats: Vec<(String, usize)>,
}

/// Pending ids are added to the set past this many.
const SETTLE: usize = 1 << 14;

impl Audit {
    /// An audit against the rules' event and attribute names (see
    /// [`crate::Rules::case_audit`]), for records read in `format`.
    pub fn new<E, A, S, T>(events: E, attributes: A, format: Format) -> Audit
    where
        E: IntoIterator<Item = S>,
        S: AsRef<str>,
        A: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        let nfc = |s: &str| super::names::nfc(s).into_owned();
        Audit {
            events: events.into_iter().map(|s| nfc(s.as_ref())).collect(),
            attributes: attributes.into_iter().map(|s| nfc(s.as_ref())).collect(),
            format,
            records: 0,
            unknown: Vec::new(),
            unknown_index: HashMap::new(),
            untracked_rows: 0,
            pending: Vec::new(),
            pending_text: String::new(),
            seen: HashedSet::default(),
            duplicated: HashedSet::default(),
            repeats: 0,
            first_repeats: Vec::new(),
        }
    }

    /// Records observed so far.
    pub fn records(&self) -> u64 {
        self.records
    }

    /// Takes note of one record, in input order.
    pub fn observe(&mut self, record: &CaseRecord) {
        self.records += 1;
        let Ok(case) = &record.case else { return };
        // A CSV reader makes events of the columns named like the rules'
        // events only: nothing to look up (the hot path of `delai check`).
        if !self.format.is_table() {
            for e in &case.events {
                // Events are few: a scan beats hashing.
                if !self.events.contains(&e.name) {
                    self.note(&e.name, true, record.line);
                }
            }
        }
        for name in case.attributes.keys() {
            if !self.attributes.contains(name) {
                self.note(name, false, record.line);
            }
        }
        self.pending_text.push_str(&case.id);
        self.pending
            .push((id_hash(&case.id), record.line, self.pending_text.len()));
        if self.pending.len() >= SETTLE {
            self.settle();
        }
    }

    #[cold]
    fn note(&mut self, name: &str, event: bool, line: usize) {
        if let Some(&i) = self.unknown_index.get(name) {
            self.unknown[i].rows += 1;
        } else if self.unknown.len() < MAX_UNKNOWN {
            self.unknown_index
                .insert(name.to_string(), self.unknown.len());
            self.unknown.push(Unknown {
                name: name.to_string(),
                event,
                first_line: line,
                rows: 1,
            });
        } else {
            self.untracked_rows += 1;
        }
    }

    /// Adds the pending ids to the set of ids seen, in order.
    fn settle(&mut self) {
        let mut start = 0;
        let mut pending = std::mem::take(&mut self.pending);
        let mut texts = std::mem::take(&mut self.pending_text);
        for &(hash, line, end) in &pending {
            let text = texts.get(start..end).unwrap_or_default();
            start = end;
            self.add_id(hash, line, || text.to_string());
        }
        // The buffers are kept for the next ids.
        pending.clear();
        texts.clear();
        self.pending = pending;
        self.pending_text = texts;
    }

    fn add_id(&mut self, hash: u64, line: usize, text: impl FnOnce() -> String) {
        if self.seen.insert(hash) {
            return;
        }
        self.repeats += 1;
        if self.duplicated.insert(hash) && self.first_repeats.len() < FIRST_DUPLICATES {
            self.first_repeats.push((text(), line));
        }
    }

    /// Adds the audit of the records that came right after this audit's.
    pub fn merge(&mut self, later: Audit) {
        self.settle();
        self.records += later.records;
        for u in later.unknown {
            match self.unknown_index.get(&u.name) {
                Some(&i) => self.unknown[i].rows += u.rows,
                None if self.unknown.len() < MAX_UNKNOWN => {
                    self.unknown_index
                        .insert(u.name.clone(), self.unknown.len());
                    self.unknown.push(u);
                }
                None => self.untracked_rows += u.rows,
            }
        }
        self.untracked_rows += later.untracked_rows;
        // Ids `later` settled on its own: their lines and texts are gone,
        // but whether they repeat one of ours is not.
        for &hash in &later.seen {
            if !self.seen.insert(hash) {
                self.repeats += 1;
                self.duplicated.insert(hash);
            }
        }
        self.repeats += later.repeats;
        for &hash in &later.duplicated {
            self.duplicated.insert(hash);
        }
        for r in later.first_repeats {
            if self.first_repeats.len() < FIRST_DUPLICATES {
                self.first_repeats.push(r);
            }
        }
        let mut start = 0;
        for &(hash, line, end) in &later.pending {
            let text = later.pending_text.get(start..end).unwrap_or_default();
            start = end;
            self.add_id(hash, line, || text.to_string());
        }
    }

    /// The warnings, once every record was observed: unknown names (in
    /// order of first appearance), duplicate ids, no cases.
    pub fn warnings(&mut self) -> Vec<Diagnostic> {
        self.settle();
        let mut out = Vec::new();
        if self.records == 0 {
            let what = match self.format {
                Format::Json | Format::JsonLines => msg::NO_CASES_JSON,
                _ => msg::NO_CASES_CSV,
            };
            out.push(
                Diagnostic::warning(Code::NoCases, msg::NO_CASES.text([&what.text([])]))
                    .help(msg::NO_CASES_HELP.text([])),
            );
        }
        for u in &self.unknown {
            out.push(self.unknown_warning(u));
        }
        if self.untracked_rows > 0 {
            out.push(Diagnostic::warning(
                if self.format.is_table() {
                    Code::UnknownColumn
                } else {
                    Code::UnknownAttribute
                },
                msg::UNKNOWN_NAMES_NOT_READ.text([&MAX_UNKNOWN, &self.untracked_rows]),
            ));
        }
        if !self.duplicated.is_empty() {
            let first: Vec<String> = self
                .first_repeats
                .iter()
                .map(|(id, line)| msg::DUPLICATE_ID_REPEAT.text([id, line]))
                .collect();
            let n = self.duplicated.len();
            out.push(
                Diagnostic::warning(
                    Code::DuplicateId,
                    msg::DUPLICATE_ID.text([
                        &if n == 1 {
                            msg::DUPLICATE_IDS_ONE
                        } else {
                            msg::DUPLICATE_IDS_OTHER
                        }
                        .text([&n]),
                        &if self.repeats == 1 {
                            msg::REPEATED_RECORDS_ONE
                        } else {
                            msg::REPEATED_RECORDS_OTHER
                        }
                        .text([&self.repeats]),
                        &first.join(", "),
                        &if n > first.len() { ", …" } else { "" },
                    ]),
                )
                .help(msg::DUPLICATE_ID_HELP.text([])),
            );
        }
        out
    }

    fn unknown_warning(&self, u: &Unknown) -> Diagnostic {
        let rows = match (u.rows, self.format) {
            (1, f) if f.is_table() => msg::UNKNOWN_ROWS_ONE.text([]),
            (n, f) if f.is_table() => msg::UNKNOWN_ROWS_OTHER.text([&n]),
            (1, _) => msg::UNKNOWN_CASES_ONE.text([]),
            (n, _) => msg::UNKNOWN_CASES_OTHER.text([&n]),
        };
        let (code, what, candidates): (_, _, Vec<&str>) = match (self.format, u.event) {
            (f, _) if f.is_table() => (
                Code::UnknownColumn,
                msg::UNKNOWN_COLUMN_NAME.text([&u.name]),
                self.events
                    .iter()
                    .chain(&self.attributes)
                    .map(String::as_str)
                    .collect(),
            ),
            (_, true) => (
                Code::UnknownEvent,
                msg::UNKNOWN_EVENT_NAME.text([&u.name]),
                self.events.iter().map(String::as_str).collect(),
            ),
            (_, false) => (
                Code::UnknownAttribute,
                msg::UNKNOWN_ATTRIBUTE_NAME.text([&u.name]),
                self.attributes.iter().map(String::as_str).collect(),
            ),
        };
        let mut d =
            Diagnostic::warning(code, msg::UNKNOWN_NAME.text([&what, &rows, &u.first_line]))
                .field(u.name.as_str());
        match closest(&u.name, candidates) {
            Some(best) => {
                let kind = if self.events.iter().any(|e| e == best) {
                    msg::AN_EVENT
                } else {
                    msg::AN_ATTRIBUTE
                }
                .text([]);
                // Renderers say "did you mean" of the suggestion.
                d = d
                    .help(msg::UNKNOWN_NAME_HELP_CLOSEST.text([&best, &kind]))
                    .suggest(best);
            }
            None => {
                let known = |names: &[String]| match names.is_empty() {
                    true => msg::NONE.text([]),
                    false => names
                        .iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                };
                d = d.help(
                    msg::UNKNOWN_NAME_HELP.text([&known(&self.events), &known(&self.attributes)]),
                );
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::read_cases;

    fn audit(text: &str, format: Format) -> Vec<Diagnostic> {
        let mut a = Audit::new(["reçue", "answered"], ["type"], format);
        for r in read_cases(text.as_bytes(), format, ["reçue", "answered"]) {
            a.observe(&r);
        }
        a.warnings()
    }

    #[test]
    fn a_misspelt_column_is_named_once_with_its_rows() {
        let w = audit(
            "id,recue,Type,answered\n1,2025-06-20 10:00,a,\n2,2025-06-20 10:00,,\n3,,b,\n",
            Format::Csv,
        );
        let codes: Vec<&str> = w.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["unknown-column", "unknown-column"]);
        let named = |n: &str| w.iter().find(|d| d.field.as_deref() == Some(n)).unwrap();
        assert_eq!(
            named("recue").message,
            "column `recue` (line 1) is none of the rules' events or attributes, so its values are not read: 2 rows have a value in it, the first on line 2"
        );
        assert_eq!(named("recue").suggestion.as_deref(), Some("reçue"));
        assert_eq!(named("Type").suggestion.as_deref(), Some("type"));
        assert!(named("Type").message.contains("2 rows"), "{w:?}");
    }

    #[test]
    fn a_decomposed_column_name_is_the_rules_name() {
        let w = audit("id,rec\u{327}ue\n1,2025-06-20 10:00\n", Format::Csv);
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn an_unknown_json_event_is_named() {
        let w = audit(
            "{\"id\":1,\"events\":{\"answerd\":\"2025-06-20 10:00\"}}\n{\"id\":2,\"events\":{\"rec\u{327}ue\":\"2025-06-20 10:00\"}}\n",
            Format::JsonLines,
        );
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(w[0].code, "unknown-event");
        assert_eq!(w[0].suggestion.as_deref(), Some("answered"));
        assert!(w[0].message.contains("1 case has it, the first on line 1"));
    }

    #[test]
    fn duplicate_ids_are_counted_across_merged_parts() {
        let text = "id,reçue\na,\nb,\na,\nc,\nb,\na,\n";
        let records: Vec<_> = read_cases(text.as_bytes(), Format::Csv, ["reçue"]).collect();
        let mut whole = Audit::new(["reçue"], [""; 0], Format::Csv);
        for part in records.chunks(2) {
            let mut a = Audit::new(["reçue"], [""; 0], Format::Csv);
            part.iter().for_each(|r| a.observe(r));
            whole.merge(a);
        }
        let w = whole.warnings();
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(
            w[0].message,
            "2 case ids appear more than once (3 repeated records): `a` (again on line 4), `b` (again on line 6)"
        );
    }

    #[test]
    fn distinct_ids_hash_apart() {
        let mut seen = std::collections::HashSet::new();
        for i in 0..200_000u32 {
            for id in [
                format!("{i}"),
                format!("2024-{i:06}"),
                format!("r-{i}-x"),
                format!("{i:016}"),
            ] {
                assert!(seen.insert(id_hash(&id)), "{id}");
            }
        }
        assert_ne!(id_hash("a"), id_hash("a\0"));
        assert_ne!(id_hash(""), id_hash("\0"));
    }

    #[test]
    fn no_records_is_a_warning() {
        for (text, format) in [
            ("", Format::Csv),
            ("id,reçue\n", Format::Csv),
            ("[]", Format::Json),
        ] {
            let w = audit(text, format);
            assert_eq!(w.len(), 1, "{text:?}");
            assert_eq!(w[0].code, "no-cases");
        }
    }
}
