//! Which format an input is in: by file extension, else by its first bytes.

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
}

impl Format {
    pub fn id(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::JsonLines => "jsonl",
            Format::Csv => "csv",
        }
    }

    /// By extension: `.csv`, `.jsonl` / `.ndjson`, `.json` (any case).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Format::Csv),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            "json" => Some(Format::Json),
            _ => None,
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
    /// buffer (nothing is consumed). Give the reader a buffer large enough
    /// for a first line (e.g. 64 KiB): a first line longer than what is
    /// buffered is taken as JSON, which reads JSON Lines correctly too.
    pub fn detect<R: BufRead + ?Sized>(
        path: Option<&Path>,
        reader: &mut R,
    ) -> std::io::Result<Format> {
        if let Some(f) = path.and_then(Format::from_path) {
            return Ok(f);
        }
        Ok(Format::sniff(reader.fill_buf()?))
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "json" => Ok(Format::Json),
            "jsonl" | "ndjson" | "json-lines" => Ok(Format::JsonLines),
            "csv" => Ok(Format::Csv),
            other => Err(format!(
                "unknown case format `{other}`: expected json, jsonl or csv"
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
    fn parses_names() {
        assert_eq!("ndjson".parse::<Format>(), Ok(Format::JsonLines));
        assert_eq!("CSV".parse::<Format>(), Ok(Format::Csv));
        assert!("xml".parse::<Format>().is_err());
    }
}
