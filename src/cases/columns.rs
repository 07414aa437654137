//! Column mapping: exports whose column names are not the rules' names
//! (`no_dossier` for `id`, `date_reception` for `received`). A
//! [`ColumnMap`] says under which name of the rules a column (CSV) or key
//! (JSON) is read; everything else is read under its own name.
//!
//! In CSV, a mapped column is read as the name it is mapped to; a mapped
//! column that the header lacks makes every row an error naming it (as a
//! header that is not UTF-8 does: no row is judged without it). In JSON,
//! a mapped key is renamed where the rules' names are read: the top-level
//! key of the id, the names of `events` (array `name`s or object keys) and
//! the keys of `attributes`; a mapped id key that a case lacks is a
//! `missing-id` error naming it.

use crate::diagnostic::{msg, Code, Diagnostic};

/// Which column (or JSON key) each name of the rules is read from. Names
/// and columns are compared in NFC, exactly otherwise, and trimmed.
///
/// ```
/// use delai::cases::ColumnMap;
/// let mut map = ColumnMap::default();
/// map.parse_entry("received=date_reception").unwrap();
/// map.parse_lines("# name=column\nid = no_dossier\n").unwrap();
/// assert_eq!(map.name_of("date_reception"), Some("received"));
/// assert_eq!(map.name_of("no_dossier"), Some("id"));
/// assert!(map.insert("answered", "date_reception").is_err(), "one name a column");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnMap {
    /// (name of the rules, column), in the order given.
    entries: Vec<(String, String)>,
}

impl ColumnMap {
    /// Reads `column` as `name`. A column has one name, and the id one
    /// column; an event or attribute may be read from several columns (a
    /// repeated event).
    pub fn insert(&mut self, name: &str, column: &str) -> Result<(), String> {
        let name = super::names::nfc(name.trim()).into_owned();
        let column = super::names::nfc(column.trim()).into_owned();
        if name.is_empty() || column.is_empty() {
            return Err(msg::MAP_ENTRY_EMPTY.text([&name, &column]));
        }
        if let Some(other) = self.name_of(&column) {
            if other == name {
                return Ok(());
            }
            return Err(msg::MAP_COLUMN_TWICE.text([&column, &other, &name]));
        }
        if name == "id" {
            if let Some(other) = self.column_of("id") {
                return Err(msg::MAP_ID_TWICE.text([&other, &column]));
            }
        }
        self.entries.push((name, column));
        Ok(())
    }

    /// Adds one `NAME=COLUMN` entry (the CLI's `--map`).
    pub fn parse_entry(&mut self, entry: &str) -> Result<(), String> {
        let Some((name, column)) = entry.split_once('=') else {
            return Err(msg::MAP_NOT_ENTRY.text([&entry]));
        };
        self.insert(name, column)
    }

    /// Adds the entries of a mapping file: one `NAME=COLUMN` a line, as
    /// `--map` takes them; blank lines and lines starting with `#` are
    /// skipped. An error names the line.
    pub fn parse_lines(&mut self, text: &str) -> Result<(), String> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            self.parse_entry(line)
                .map_err(|e| msg::MAP_FILE_LINE.text([&(i + 1), &e]))?;
        }
        Ok(())
    }

    /// Whether no column is mapped.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The (name, column) pairs, in the order given.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|(n, c)| (n.as_str(), c.as_str()))
    }

    /// The name `column` is read as, when it is mapped (`column` in NFC).
    pub fn name_of(&self, column: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(_, c)| c == column)
            .map(|(n, _)| n.as_str())
    }

    /// The first column `name` is read from, when it is mapped.
    pub fn column_of(&self, name: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, c)| c.as_str())
    }

    /// The `bad-option` error of the first name that is not `id`, one of
    /// `events` or one of `attributes` (the rules' names: a column read
    /// under it would be read for nothing), with the closest of them.
    pub(crate) fn unknown_name<'a>(
        &self,
        events: &'a [String],
        attributes: &'a [String],
    ) -> Option<Diagnostic> {
        let known = |n: &str| n == "id" || events.iter().chain(attributes).any(|k| k == n);
        let (name, column) = self.iter().find(|(n, _)| !known(n))?;
        let candidates =
            std::iter::once("id").chain(events.iter().chain(attributes).map(String::as_str));
        let mut d = Diagnostic::error(
            Code::BadOption,
            msg::MAP_UNKNOWN_NAME.text([&column, &name]),
        );
        d = match crate::suggest::closest(name, candidates) {
            Some(close) => d.help(msg::MAP_UNKNOWN_NAME_CLOSE_HELP.text([&close, &column])),
            None => {
                let mut all: Vec<&str> = events
                    .iter()
                    .chain(attributes)
                    .map(String::as_str)
                    .collect();
                all.insert(0, "id");
                d.help(msg::MAP_UNKNOWN_NAME_HELP.text([&all.join(", ")]))
            }
        };
        Some(d)
    }
}

/// The error every row of a CSV file gets when its header lacks a mapped
/// column (`missing-field`, naming the column, its name and the header).
pub(crate) fn missing_column(column: &str, name: &str, header: &[String]) -> Diagnostic {
    Diagnostic::error(
        Code::MissingField,
        msg::MAP_COLUMN_MISSING.text([&column, &name, &header.join(", ")]),
    )
    .field(column)
    .help(msg::MAP_COLUMN_MISSING_HELP.text([]))
    .hint(crate::diagnostic::Hint::ColumnMap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_and_files_read_the_same() {
        let mut a = ColumnMap::default();
        a.parse_entry("received=date_reception").unwrap();
        a.parse_entry(" id = no_dossier ").unwrap();
        let mut b = ColumnMap::default();
        b.parse_lines("\u{feff}# a comment\n\nreceived=date_reception\r\nid=no_dossier\n")
            .unwrap();
        assert_eq!(a, b);
        assert_eq!(a.column_of("id"), Some("no_dossier"));
    }

    #[test]
    fn malformed_entries_are_refused_naming_them() {
        let mut m = ColumnMap::default();
        assert!(m
            .parse_entry("received")
            .unwrap_err()
            .contains("NAME=COLUMN"));
        assert!(m.parse_entry("=col").is_err());
        assert!(m.parse_entry("received=").is_err());
        let e = m.parse_lines("id=a\nreceived\n").unwrap_err();
        assert!(e.starts_with("line 2:"), "{e}");
        assert!(m
            .parse_entry("id=b")
            .unwrap_err()
            .contains("id is mapped twice"));
    }

    #[test]
    fn a_repeated_event_may_come_from_several_columns() {
        let mut m = ColumnMap::default();
        m.insert("relance", "relance_1").unwrap();
        m.insert("relance", "relance_2").unwrap();
        m.insert("relance", "relance_2").unwrap();
        assert_eq!(m.iter().count(), 2);
    }

    #[test]
    fn names_are_compared_in_nfc() {
        let mut m = ColumnMap::default();
        // "reçue" decomposed (c + combining cedilla), as macOS writes it.
        m.insert("rec\u{327}ue", "date").unwrap();
        assert_eq!(m.name_of("date"), Some("reçue"));
    }

    #[test]
    fn unknown_names_are_named_with_the_closest() {
        let mut m = ColumnMap::default();
        m.insert("recieved", "date_reception").unwrap();
        let events = vec!["received".to_string()];
        let d = m.unknown_name(&events, &[]).unwrap();
        assert_eq!(d.code, Code::BadOption);
        assert!(d.message.contains("`recieved`"), "{}", d.message);
        assert!(d.help.unwrap().contains("`received`"));
        let mut far = ColumnMap::default();
        far.insert("zzz", "x").unwrap();
        let d = far.unknown_name(&events, &[]).unwrap();
        assert!(d.help.unwrap().contains("id, received"));
        let mut ok = ColumnMap::default();
        ok.insert("id", "no").unwrap();
        assert!(ok.unknown_name(&events, &[]).is_none());
    }
}
