//! Which format an input is in: by file extension, else by its first bytes;
//! and whether it is text at all ([`not_text`]).

use crate::diagnostic::catalogue::Msg;
use crate::diagnostic::{msg, Code, Diagnostic};
use std::fmt;
use std::io::BufRead;
use std::path::Path;
use std::str::FromStr;

/// An input format for cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// One case object, an array of cases, or several objects in a row.
    Json,
    /// One case object per line.
    JsonLines,
    /// A header row, then one case per row.
    Csv,
    /// Apache Parquet: a table, its columns named as CSV's. Read in native
    /// builds with the `columnar` feature (elsewhere: a `not-text` error).
    Parquet,
    /// Arrow IPC, file (`ARROW1`) or stream: a table, as Parquet.
    Arrow,
    /// A spreadsheet (`.xlsx`, `.xlsm`, `.xls`, `.ods`): one sheet's rows,
    /// the first row naming the columns as a CSV header does.
    Spreadsheet,
}

impl Format {
    /// The format's name, as the command line's `--format` spells it (`jsonl`).
    pub fn id(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::JsonLines => "jsonl",
            Format::Csv => "csv",
            Format::Parquet => "parquet",
            Format::Arrow => "arrow",
            Format::Spreadsheet => "spreadsheet",
        }
    }

    /// Whether the format is a table whose columns are mapped as CSV's
    /// (id, events, attributes: the audit then names unknown columns).
    pub fn is_table(self) -> bool {
        !matches!(self, Format::Json | Format::JsonLines)
    }

    /// Whether cases in this format are read by this build (Parquet, Arrow
    /// and spreadsheets need the `columnar` feature, natively).
    pub fn is_readable(self) -> bool {
        match self {
            Format::Json | Format::JsonLines | Format::Csv => true,
            Format::Parquet | Format::Arrow | Format::Spreadsheet => COLUMNAR,
        }
    }

    /// By extension: `.csv`, `.jsonl` / `.ndjson`, `.json`, `.parquet`,
    /// `.arrow` / `.arrows` / `.feather` / `.ipc`, `.xlsx` / `.xlsm` /
    /// `.xls` / `.ods` (any case).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Format::Csv),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            "json" => Some(Format::Json),
            "parquet" => Some(Format::Parquet),
            "arrow" | "arrows" | "feather" | "ipc" => Some(Format::Arrow),
            "xlsx" | "xlsm" | "xls" | "ods" => Some(Format::Spreadsheet),
            _ => None,
        }
    }

    /// A table format by its magic bytes (`PAR1`, `ARROW1` or an Arrow
    /// stream's first message, a ZIP or OLE container), in builds that
    /// read them; `None` otherwise (the input is then read as text, and
    /// a binary one gives the `not-text` error).
    pub fn sniff_table(head: &[u8]) -> Option<Format> {
        if !COLUMNAR {
            return None;
        }
        const OLE: &[u8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";
        if head.starts_with(b"PAR1") {
            Some(Format::Parquet)
        } else if head.starts_with(b"ARROW1") || head.starts_with(b"\xff\xff\xff\xff") {
            Some(Format::Arrow)
        } else if head.starts_with(b"PK\x03\x04") || head.starts_with(OLE) {
            Some(Format::Spreadsheet)
        } else {
            None
        }
    }

    /// By the first bytes of the input (a UTF-8 BOM and spaces skipped):
    /// `[` is JSON; `{` is JSON Lines when the first line is a complete
    /// JSON value, else JSON (an object over several lines); anything else
    /// is CSV. An empty input is JSON Lines (it gives no cases).
    pub fn sniff(head: &[u8]) -> Format {
        let head = super::bom_stripped(head);
        let start = head.iter().position(|b| !b.is_ascii_whitespace());
        let Some(start) = start else {
            return Format::JsonLines;
        };
        match head[start] {
            b'[' => Format::Json,
            b'{' => {
                let rest = &head[start..];
                let line = match rest.iter().position(|&b| b == b'\n') {
                    Some(end) => &rest[..end],
                    None => rest,
                };
                if serde_json::from_slice::<serde::de::IgnoredAny>(line).is_ok() {
                    Format::JsonLines
                } else {
                    Format::Json
                }
            }
            _ => Format::Csv,
        }
    }

    /// The format of `path` by extension, else by peeking at the reader's
    /// buffer (nothing is consumed): a table's magic bytes
    /// ([`Format::sniff_table`]), else [`Format::sniff`]. Give the reader
    /// a buffer large enough for a first line (e.g. 64 KiB): a first line
    /// longer than what is buffered is taken as JSON, which reads JSON
    /// Lines correctly too.
    pub fn detect<R: BufRead + ?Sized>(
        path: Option<&Path>,
        reader: &mut R,
    ) -> std::io::Result<Format> {
        if let Some(f) = path.and_then(Format::from_path) {
            return Ok(f);
        }
        let head = reader.fill_buf()?;
        Ok(Format::sniff_table(head).unwrap_or_else(|| Format::sniff(head)))
    }
}

/// Whether this build reads tables (Parquet, Arrow, spreadsheets).
const COLUMNAR: bool = cfg!(all(feature = "columnar", not(target_arch = "wasm32")));

/// Binary formats a case file is mistaken for, by their first bytes: what
/// the file looks like, and what to do.
const SIGNATURES: [(&[u8], Msg<0>, Msg<0>); 13] = [
    (
        b"PK\x03\x04",
        msg::NOT_TEXT_XLSX,
        msg::NOT_TEXT_SPREADSHEET_HELP,
    ),
    (
        b"PK\x05\x06",
        msg::NOT_TEXT_EMPTY_ZIP,
        msg::NOT_TEXT_SPREADSHEET_HELP,
    ),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        msg::NOT_TEXT_XLS,
        msg::NOT_TEXT_SPREADSHEET_HELP,
    ),
    (b"PAR1", msg::NOT_TEXT_PARQUET, msg::NOT_TEXT_EXPORT_HELP),
    (b"%PDF", msg::NOT_TEXT_PDF, msg::NOT_TEXT_EXPORT_HELP),
    (
        b"SQLite format 3\0",
        msg::NOT_TEXT_SQLITE,
        msg::NOT_TEXT_EXPORT_HELP,
    ),
    (
        b"\x1f\x8b",
        msg::NOT_TEXT_GZIP,
        msg::NOT_TEXT_COMPRESSED_HELP,
    ),
    (b"BZh", msg::NOT_TEXT_BZIP2, msg::NOT_TEXT_COMPRESSED_HELP),
    (
        b"\xfd7zXZ\x00",
        msg::NOT_TEXT_XZ,
        msg::NOT_TEXT_COMPRESSED_HELP,
    ),
    (
        b"\x28\xb5\x2f\xfd",
        msg::NOT_TEXT_ZSTD,
        msg::NOT_TEXT_COMPRESSED_HELP,
    ),
    (
        b"\xff\xfe",
        msg::NOT_TEXT_UTF16_LE,
        msg::NOT_TEXT_UTF16_HELP,
    ),
    (
        b"\xfe\xff",
        msg::NOT_TEXT_UTF16_BE,
        msg::NOT_TEXT_UTF16_HELP,
    ),
    (
        b"\x00\x00\xfe\xff",
        msg::NOT_TEXT_UTF32,
        msg::NOT_TEXT_UTF16_HELP,
    ),
];

/// A `not-text` error when `head`, the first bytes of an input, are those
/// of a binary format (a spreadsheet, an archive, a compressed file, UTF-16
/// text…) or hold a NUL byte (no case file has one): such an input would
/// otherwise read as a CSV file of junk, or as no cases at all.
pub fn not_text(head: &[u8]) -> Option<Diagnostic> {
    // UTF-32 little-endian starts with the UTF-16 mark: look for it first.
    let what = if head.starts_with(b"\xff\xfe\x00\x00") {
        Some((msg::NOT_TEXT_UTF32, msg::NOT_TEXT_UTF16_HELP))
    } else {
        SIGNATURES
            .iter()
            .find(|(magic, _, _)| head.starts_with(magic))
            .map(|&(_, what, help)| (what, help))
    };
    let (what, help) = match what {
        Some(found) => found,
        None if memchr::memchr(0, &head[..head.len().min(8192)]).is_some() => {
            (msg::NOT_TEXT_BINARY, msg::NOT_TEXT_BINARY_HELP)
        }
        None => return None,
    };
    // Error records carry the message only: the advice goes in it too.
    Some(
        Diagnostic::error(
            Code::NotText,
            msg::NOT_TEXT.text([&what.text([]), &help.text([])]),
        )
        .help(help.text([])),
    )
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "json" => Ok(Format::Json),
            "jsonl" | "ndjson" | "json-lines" => Ok(Format::JsonLines),
            "csv" => Ok(Format::Csv),
            "parquet" => Ok(Format::Parquet),
            "arrow" | "feather" | "ipc" => Ok(Format::Arrow),
            "spreadsheet" | "xlsx" | "ods" => Ok(Format::Spreadsheet),
            other => Err(format!(
                "unknown case format `{other}`: expected json, jsonl, csv, parquet, arrow or spreadsheet"
            )),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_extension() {
        assert_eq!(Format::from_path(Path::new("a/b.CSV")), Some(Format::Csv));
        assert_eq!(
            Format::from_path(Path::new("x.ndjson")),
            Some(Format::JsonLines)
        );
        assert_eq!(
            Format::from_path(Path::new("x.jsonl")),
            Some(Format::JsonLines)
        );
        assert_eq!(Format::from_path(Path::new("x.json")), Some(Format::Json));
        assert_eq!(Format::from_path(Path::new("x.txt")), None);
        assert_eq!(Format::from_path(Path::new("-")), None);
    }

    #[test]
    fn by_content() {
        assert_eq!(Format::sniff(b"  [{\"id\":1}]"), Format::Json);
        assert_eq!(
            Format::sniff(b"{\"id\":1}\n{\"id\":2}\n"),
            Format::JsonLines
        );
        assert_eq!(Format::sniff(b"{\"id\":1}"), Format::JsonLines);
        assert_eq!(Format::sniff(b"{\n  \"id\": 1\n}\n"), Format::Json);
        assert_eq!(
            Format::sniff(b"\xef\xbb\xbf{\"id\":1}\r\n"),
            Format::JsonLines
        );
        assert_eq!(Format::sniff(b"id,received\n1,2025-01-01\n"), Format::Csv);
        assert_eq!(Format::sniff(b"\xef\xbb\xbfid,x\n"), Format::Csv);
        assert_eq!(Format::sniff(b""), Format::JsonLines);
        assert_eq!(Format::sniff(b" \n "), Format::JsonLines);
    }

    #[test]
    fn binary_inputs_are_named() {
        let named = |head: &[u8]| not_text(head).map(|d| d.message);
        assert_eq!(
            named(b"PK\x03\x04\x14\x00\x06\x00").as_deref(),
            Some("this is not a case file: it looks like an Excel workbook (.xlsx) or another ZIP archive; open it in the spreadsheet program and save it as CSV (in Excel: \"CSV UTF-8\"), then read the CSV file")
        );
        assert!(named(b"PAR1\x15\x04").unwrap().contains("Parquet"));
        assert!(named(b"%PDF-1.7\n").unwrap().contains("PDF"));
        assert!(named(b"\x1f\x8b\x08\x00").unwrap().contains("gzip"));
        assert!(named(b"\xff\xfei\x00d\x00").unwrap().contains("UTF-16"));
        assert!(named(b"i\x00d\x00,\x00").unwrap().contains("NUL"));
        assert_eq!(named(b"id,received\n1,2025-06-20\n"), None);
        assert_eq!(named(b"\xef\xbb\xbfid,re\xc3\xa7ue\n"), None);
        assert_eq!(
            named(b"id,re\xe7ue\n"),
            None,
            "Latin-1 is text: the readers say where"
        );
        assert_eq!(named(b""), None);
    }

    #[test]
    fn tables_by_extension_and_magic_bytes() {
        for (path, want) in [
            ("a.parquet", Format::Parquet),
            ("a.ARROW", Format::Arrow),
            ("a.arrows", Format::Arrow),
            ("a.feather", Format::Arrow),
            ("a.xlsx", Format::Spreadsheet),
            ("a.ods", Format::Spreadsheet),
        ] {
            assert_eq!(Format::from_path(Path::new(path)), Some(want), "{path}");
            assert!(want.is_table());
        }
        let tables = cfg!(all(feature = "columnar", not(target_arch = "wasm32")));
        for (head, want) in [
            (&b"PAR1\x15\x04"[..], Format::Parquet),
            (b"ARROW1\x00\x00", Format::Arrow),
            (b"\xff\xff\xff\xff\x10\x01", Format::Arrow),
            (b"PK\x03\x04\x14\x00", Format::Spreadsheet),
        ] {
            assert_eq!(Format::sniff_table(head), tables.then_some(want));
            let detected = Format::detect(None, &mut &head[..]).unwrap();
            assert_eq!(detected == want, tables, "{want}");
        }
        assert_eq!(Format::sniff_table(b"id,received\n"), None);
        assert!(!Format::Json.is_table() && Format::Csv.is_table());
    }

    #[test]
    fn parses_names() {
        assert_eq!("ndjson".parse::<Format>(), Ok(Format::JsonLines));
        assert_eq!("CSV".parse::<Format>(), Ok(Format::Csv));
        assert!("xml".parse::<Format>().is_err());
    }
}
