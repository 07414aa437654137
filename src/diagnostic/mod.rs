//! The one error type of the crate.
//!
//! Everything that can go wrong — a typo in a rules file, an impossible date,
//! an unreadable case, a date outside the supported range — is a
//! [`Diagnostic`]: a stable code, a message, an optional primary span with
//! secondary labels, a help text and an optional "did you mean" suggestion.
//! The CLI renders it like a compiler ([`Diagnostics::render`]); JavaScript
//! receives the same data as plain objects ([`Diagnostics::views`]).

use serde::{Deserialize, Serialize};
use std::fmt;

pub mod catalogue;
mod code;

pub use catalogue::msg;
pub use code::Code;

mod render;
use render::render_one;

/// A byte range in a source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A secondary place in the source that explains the primary one
/// ("first defined here").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// One problem, with everything a person needs to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Stable, kebab-case identifier (`unknown-calendar`, `bad-time`, …).
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    /// Where in the rules file; `None` for problems with no place in a
    /// source (a case record, a date out of range at run time).
    pub span: Option<Span>,
    /// Text under the primary underline.
    pub label: Option<String>,
    pub labels: Vec<Label>,
    pub help: Option<String>,
    /// A replacement for the text under `span` ("did you mean").
    pub suggestion: Option<String>,
    /// For errors about input records: the field at fault (`events[0].at`).
    pub field: Option<String>,
}

impl Diagnostic {
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Diagnostic::new(code, Severity::Error, message.into())
    }
    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Diagnostic::new(code, Severity::Warning, message.into())
    }
    /// Out of line: once the code became a `Code` (no allocation), this
    /// constructor was inlined at each of the ~170 places that report a
    /// problem, some 150 bytes of stores each in the WebAssembly module.
    #[inline(never)]
    fn new(code: Code, severity: Severity, message: String) -> Self {
        Diagnostic {
            code,
            severity,
            message,
            span: None,
            label: None,
            labels: Vec::new(),
            help: None,
            suggestion: None,
            field: None,
        }
    }
    pub fn at(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }
    pub fn with_label(mut self, text: impl Into<String>) -> Self {
        self.label = Some(text.into());
        self
    }
    pub fn also(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }
    pub fn help(mut self, text: impl Into<String>) -> Self {
        self.help = Some(text.into());
        self
    }
    pub fn suggest(mut self, replacement: impl Into<String>) -> Self {
        self.suggestion = Some(replacement.into());
        self
    }
    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}[{}]: {}",
            severity_word(self.severity),
            self.code,
            self.message
        )?;
        if let Some(field) = &self.field {
            write!(f, " (field {field})")?;
        }
        if let Some(help) = &self.help {
            write!(f, "; help: {help}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

fn severity_word(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// Line and column (both 1-based, columns counted in characters) of byte
/// offsets in one text.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    /// (line, column), 1-based. Offsets past the end or inside a UTF-8
    /// sequence are clamped, never a panic.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = clamp_to_char(self.text, offset);
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let col = self.text[self.starts[line]..offset].chars().count() + 1;
        (line + 1, col)
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text(&self, line: usize) -> &'a str {
        let start = self.starts[line - 1];
        let end = self
            .starts
            .get(line)
            .map(|&e| e - 1)
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches('\r')
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

fn clamp_to_char(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// A diagnostic located in a file, as handed to JavaScript and JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiagnosticView {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// Byte offsets of the primary span, for editors.
    pub start: usize,
    pub end: usize,
    pub label: Option<String>,
    pub help: Option<String>,
    pub suggestion: Option<String>,
    pub labels: Vec<LabelView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelView {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// Every diagnostic found in one source text, errors and warnings together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostics {
    /// The file name shown in rendered messages.
    pub file: String,
    /// The source text the spans point into.
    pub source: String,
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new(file: impl Into<String>, source: impl Into<String>, items: Vec<Diagnostic>) -> Self {
        Diagnostics {
            file: file.into(),
            source: source.into(),
            items,
        }
    }
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }
    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }
    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// Plain data for JavaScript, JSON and editors.
    pub fn views(&self) -> Vec<DiagnosticView> {
        let index = LineIndex::new(&self.source);
        self.items
            .iter()
            .map(|d| {
                let span = d.span.unwrap_or_default();
                let (line, column) = index.line_col(span.start);
                let (end_line, end_column) = index.line_col(span.end);
                DiagnosticView {
                    code: d.code,
                    severity: d.severity,
                    message: d.message.clone(),
                    file: self.file.clone(),
                    line,
                    column,
                    end_line,
                    end_column,
                    start: clamp_to_char(&self.source, span.start),
                    end: clamp_to_char(&self.source, span.end),
                    label: d.label.clone(),
                    help: d.help.clone(),
                    suggestion: d.suggestion.clone(),
                    labels: d
                        .labels
                        .iter()
                        .map(|l| {
                            let (line, column) = index.line_col(l.span.start);
                            LabelView {
                                message: l.message.clone(),
                                line,
                                column,
                            }
                        })
                        .collect(),
                }
            })
            .collect()
    }

    /// Renders every diagnostic like a compiler: `file:line:col`, the source
    /// line, an underline, labels, help and suggestion.
    pub fn render(&self, color: bool) -> String {
        let index = LineIndex::new(&self.source);
        let mut out = String::new();
        for d in &self.items {
            render_one(&mut out, &self.file, &index, d, color);
        }
        out
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for Diagnostics {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        let src = "title \"\u{1b}[31mred\0\" x\n";
        let start = src.find('x').unwrap();
        let d =
            Diagnostic::error(Code::SyntaxError, "unexpected `x`").at(Span::new(start, start + 1));
        let text = Diagnostics::new("c.delai", src, vec![d]).render(false);
        assert!(!text.contains('\u{1b}') && !text.contains('\0'), "{text:?}");
        assert!(text.contains("1 | title \"␛[31mred␀\" x"), "{text}");
        // The caret stays under the `x`: one column per control picture.
        assert!(text.contains("  |                   ^"), "{text}");
    }

    #[test]
    fn renders_like_a_compiler() {
        let src = "calendar \"x\" {\n  timezone \"Mars/Olympus\"\n}\n";
        let start = src.find("\"Mars").unwrap();
        let d = Diagnostic::error(Code::UnknownTimezone, "unknown time zone `Mars/Olympus`")
            .at(Span::new(start, start + 14))
            .with_label("not an IANA time zone")
            .help("use an IANA name such as \"America/Toronto\"");
        let text = Diagnostics::new("x.delai", src, vec![d]).render(false);
        assert!(text.contains("--> x.delai:2:12"), "{text}");
        assert!(
            text.contains("^^^^^^^^^^^^^^ not an IANA time zone"),
            "{text}"
        );
        assert!(text.contains("= help: use an IANA name"), "{text}");
    }

    #[test]
    fn line_col_never_panics() {
        let src = "é\r\nab";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(1), (1, 1));
        assert_eq!(idx.line_col(999), (2, 3));
        assert_eq!(idx.line_text(1), "é");
    }
}
