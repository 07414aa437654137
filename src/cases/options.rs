//! How a case file is read: one [`ReadOptions`] value that every reader
//! and door takes (the CLI's `--time-format`, `--epoch`, `--encoding`,
//! `--delimiter` and `--map` fill it), so a new option is one more field
//! rather than one more function.

use super::columns::ColumnMap;
#[cfg(not(target_arch = "wasm32"))]
use super::encoding::TextEncoding;
use crate::diagnostic::msg;
use crate::text::read::TimeReading;

/// How cases are read. The default reads what the readers read without
/// options: the standard time forms, UTF-8, the CSV delimiter read off the
/// header line, columns and keys under the rules' own names.
///
/// ```
/// use delai::cases::{ColumnMap, ReadOptions};
/// let mut map = ColumnMap::default();
/// map.insert("received", "date_reception").unwrap();
/// map.insert("id", "no_dossier").unwrap();
/// let options = ReadOptions::default().delimiter(b';').columns(map);
/// let rules = delai::compile(r#"standard "s" { starts at "received"
///   stops at "answered"; within 2 business days on "quebec" }"#).unwrap();
/// let csv = "no_dossier;date_reception\n7;2025-06-20 10:00\n";
/// let (records, _) = rules.read_cases_with(csv.as_bytes(), None, &options).unwrap();
/// let case = records.into_iter().next().unwrap().case.unwrap();
/// assert_eq!(case.id, "7");
/// assert_eq!(case.events[0].name, "received");
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ReadOptions {
    /// How event times are read beyond the standard forms (a pattern,
    /// epoch numbers).
    pub times: TimeReading,
    /// The text's encoding when it is not UTF-8: the input is decoded
    /// before it is read (a byte order mark at its start wins, as in
    /// browsers). `None`: the input is read as UTF-8 as it is; to select
    /// UTF-16 by a byte order mark too, as the CLI does, read it through
    /// [`super::decoded`] first. Native only (the WebAssembly door
    /// receives JavaScript strings).
    #[cfg(not(target_arch = "wasm32"))]
    pub encoding: Option<TextEncoding>,
    /// The CSV cell separator (see [`delimiter_named`]); `None`: read off
    /// the header line (see [`detected_delimiter`]).
    pub delimiter: Option<u8>,
    /// Names of the rules read from columns (CSV) or keys (JSON) named
    /// otherwise.
    pub columns: ColumnMap,
    /// The sheet of a spreadsheet read; `None`: its first. (Other formats
    /// have no sheets.)
    pub sheet: Option<String>,
}

impl ReadOptions {
    /// Event times read as `times` says.
    pub fn times(mut self, times: TimeReading) -> Self {
        self.times = times;
        self
    }

    /// The input decoded from `encoding`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn encoding(mut self, encoding: TextEncoding) -> Self {
        self.encoding = Some(encoding);
        self
    }

    /// CSV cells separated by `delimiter` (`b','`, `b';'`, `b'\t'`,
    /// `b'|'`: see [`delimiter_named`]), whatever the header line holds.
    /// Another byte (a quote, a line end) is refused by
    /// [`crate::Rules::check_read_options`].
    pub fn delimiter(mut self, delimiter: u8) -> Self {
        self.delimiter = Some(delimiter);
        self
    }

    /// Columns and keys read under the names `columns` gives them.
    pub fn columns(mut self, columns: ColumnMap) -> Self {
        self.columns = columns;
        self
    }

    /// A spreadsheet's sheet `name` read instead of its first.
    pub fn sheet(mut self, name: impl Into<String>) -> Self {
        self.sheet = Some(name.into());
        self
    }
}

/// The delimiters a CSV file may use, by the names the CLI accepts.
const DELIMITERS: [(&str, u8); 5] = [
    (",", b','),
    (";", b';'),
    ("tab", b'\t'),
    ("\t", b'\t'),
    ("|", b'|'),
];

/// Whether `delimiter` is one of those delai reads ([`delimiter_named`]).
pub(crate) fn readable_delimiter(delimiter: u8) -> bool {
    DELIMITERS.iter().any(|&(_, d)| d == delimiter)
}

/// The delimiter `name` stands for: `,` `;` `|`, or a tab (`tab`, `\t`,
/// or the character itself); anything else is refused with the list.
///
/// ```
/// use delai::cases::delimiter_named;
/// assert_eq!(delimiter_named("tab"), Ok(b'\t'));
/// assert_eq!(delimiter_named(";"), Ok(b';'));
/// assert!(delimiter_named(":").is_err());
/// ```
pub fn delimiter_named(name: &str) -> Result<u8, String> {
    let key = if name == "\\t" { "\t" } else { name };
    DELIMITERS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(key))
        .map(|&(_, d)| d)
        .ok_or_else(|| msg::BAD_DELIMITER.text([&name]))
}

/// The delimiter of a CSV file whose text starts with `head` (its header
/// line, or the start of it), when that is not a comma: `;` when the line
/// has no comma outside quotes and has a `;` (as Excel writes CSV where
/// the decimal separator is a comma, as in French), else a tab when it
/// has no comma or `;` and has a tab (a "text" export). Any line with a
/// comma outside quotes is read with commas: a rule that never reads a
/// comma file otherwise. `None`: commas.
///
/// ```
/// use delai::cases::detected_delimiter;
/// assert_eq!(detected_delimiter(b"id;re\xc3\xa7ue\n1;2025-06-20"), Some(b';'));
/// assert_eq!(detected_delimiter(b"id\treceived\n"), Some(b'\t'));
/// assert_eq!(detected_delimiter(b"id,note;x\n"), None);
/// assert_eq!(detected_delimiter(b"\"a,b\";c\n"), Some(b';'));
/// ```
pub fn detected_delimiter(head: &[u8]) -> Option<u8> {
    let line = memchr::memchr(b'\n', head).map_or(head, |n| &head[..n]);
    let (mut commas, mut semicolons, mut tabs, mut quoted) = (0, 0, 0, false);
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            b'\t' if !quoted => tabs += 1,
            _ => {}
        }
    }
    match (commas, semicolons, tabs) {
        (0, s, _) if s > 0 => Some(b';'),
        (0, 0, t) if t > 0 => Some(b'\t'),
        _ => None,
    }
}
