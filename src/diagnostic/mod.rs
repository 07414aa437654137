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
mod lang;

pub use catalogue::msg;
pub use code::Code;
pub use lang::{current, say, set_default_lang, with_lang};

mod render;
use crate::model::Lang;
use render::render_one;

/// A byte range in a source text (a rules file): what a diagnostic
/// underlines. [`LineIndex`] turns its offsets into lines and columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte (`start` for an empty span,
    /// such as "missing here" at the end of a line).
    pub end: usize,
}

impl Span {
    /// The bytes `start..end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Whether a diagnostic stops the work (`error`) or only points at
/// something likely wrong (`warning`). More levels may come
/// (`#[non_exhaustive]`): compare with `==`, or match with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub enum Severity {
    /// The rules do not compile, or the case is not judged.
    Error,
    /// Reported, but the rules still compile and cases are still judged.
    Warning,
}

/// A secondary place in the source that explains the primary one
/// ("first defined here").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// The place, in the same source as the diagnostic's span.
    pub span: Span,
    /// What it has to do with the problem, shown beside it.
    pub message: String,
}

/// One problem, with everything a person needs to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Stable, kebab-case identifier (`unknown-calendar`, `bad-time`, …).
    pub code: Code,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in one sentence for a person (from the message
    /// [`catalogue`], in the language [current](current) when it was made).
    pub message: String,
    /// Where in the rules file; `None` for problems with no place in a
    /// source (a case record, a date out of range at run time).
    pub span: Option<Span>,
    /// Text under the primary underline.
    pub label: Option<String>,
    /// Other places that explain this one ("first defined here").
    pub labels: Vec<Label>,
    /// How to fix it, when there is advice to give.
    pub help: Option<String>,
    /// A replacement for the text under `span` ("did you mean").
    pub suggestion: Option<String>,
    /// For errors about input records: the field at fault (`events[0].at`).
    pub field: Option<String>,
    /// An option of the door reading the input that would read it, for
    /// the door to name in its own terms (not in the help, which is text
    /// for a person, in either language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Hint>,
}

/// What would read an unreadable input, when a door has an option for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Hint {
    /// The text is probably Windows-1252, not UTF-8 (the CLI's
    /// `--encoding windows-1252`).
    Windows1252,
    /// A time needs a convention delai does not guess, such as the order
    /// of day and month (the CLI's `--time-format`).
    TimeFormat,
    /// A column mapped to a rules' name is not in the file (the CLI's
    /// `--map`).
    ColumnMap,
}

impl Diagnostic {
    /// An error with its code and message, and nothing else yet: add the
    /// rest with the builder methods below.
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Diagnostic::new(code, Severity::Error, message.into())
    }
    /// A warning with its code and message.
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
            hint: None,
        }
    }
    /// Places it at `span` in the source.
    pub fn at(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }
    /// The text shown under the primary span's underline.
    pub fn with_label(mut self, text: impl Into<String>) -> Self {
        self.label = Some(text.into());
        self
    }
    /// Adds a secondary place with its explanation.
    pub fn also(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }
    /// Advice on how to fix it.
    pub fn help(mut self, text: impl Into<String>) -> Self {
        self.help = Some(text.into());
        self
    }
    /// The text to put in place of the span's ("did you mean").
    pub fn suggest(mut self, replacement: impl Into<String>) -> Self {
        self.suggestion = Some(replacement.into());
        self
    }
    /// Says which option of a door would read the input.
    pub fn hint(mut self, hint: Hint) -> Self {
        self.hint = Some(hint);
        self
    }
    /// Names the input record's field at fault (`events[0].at`).
    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }
    /// Whether its severity is [`Severity::Error`].
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lang = current();
        let w = render::words(lang);
        let word = match self.severity {
            Severity::Error => w.error,
            Severity::Warning => w.warning,
        };
        // English: `error[code]: message (field x); help: …`; French puts
        // a non-breaking space before `:` and `;`.
        let sp = match lang {
            Lang::En => "",
            Lang::Fr => "\u{a0}",
        };
        write!(f, "{word}[{}]{}: {}", self.code, sp, self.message)?;
        if let Some(field) = &self.field {
            let name = w.field.trim_end_matches(':').trim_end_matches('\u{a0}');
            write!(f, " ({name} {field})")?;
        }
        if let Some(help) = &self.help {
            write!(f, "{sp}; {} {help}", w.help)?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// Line and column (both 1-based, columns counted in characters) of byte
/// offsets in one text.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `text` (`\n` ends a line; a `\r` before
    /// it is part of no line's text).
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

    /// The number of lines: one more than the line breaks, so a text
    /// ending with one has an empty last line.
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
///
/// A diagnostic with no span (a problem with no place in the source) is
/// placed at the start of the file: line 1, column 1, offsets 0.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct DiagnosticView {
    /// [`Diagnostic::code`].
    #[cfg_attr(feature = "http", schema(value_type = String))]
    pub code: Code,
    /// [`Diagnostic::severity`].
    pub severity: Severity,
    /// [`Diagnostic::message`].
    pub message: String,
    /// The file name, as given to [`Diagnostics::new`].
    pub file: String,
    /// 1-based line of the primary span's start.
    pub line: usize,
    /// 1-based column of the primary span's start, in characters (not
    /// bytes, not UTF-16 units).
    pub column: usize,
    /// 1-based line of the primary span's end (`endLine` in JSON).
    pub end_line: usize,
    /// 1-based column, in characters, just past the span's last
    /// character (`endColumn` in JSON).
    pub end_column: usize,
    /// Byte offset of the primary span's start in the UTF-8 source, for
    /// editors; offsets are clamped to the text and to character
    /// boundaries.
    pub start: usize,
    /// Byte offset just past the primary span's end.
    pub end: usize,
    /// [`Diagnostic::label`].
    pub label: Option<String>,
    /// [`Diagnostic::help`].
    pub help: Option<String>,
    /// [`Diagnostic::suggestion`].
    pub suggestion: Option<String>,
    /// The secondary labels, located.
    pub labels: Vec<LabelView>,
}

/// A secondary [`Label`] located in the file, as handed to JavaScript and
/// JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub struct LabelView {
    /// What the place has to do with the problem.
    pub message: String,
    /// 1-based line of the label's start.
    pub line: usize,
    /// 1-based column of the label's start, in characters.
    pub column: usize,
}

/// Every diagnostic found in one source text, errors and warnings together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostics {
    /// The file name shown in rendered messages.
    pub file: String,
    /// The source text the spans point into.
    pub source: String,
    /// The diagnostics, in the order they were found.
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// The diagnostics `items` of the text `source`, shown as `file`.
    pub fn new(file: impl Into<String>, source: impl Into<String>, items: Vec<Diagnostic>) -> Self {
        Diagnostics {
            file: file.into(),
            source: source.into(),
            items,
        }
    }
    /// Whether any is an error (the rules do not compile).
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }
    /// How many are errors.
    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }
    /// How many are warnings.
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
    /// line, an underline, labels, help and suggestion; the renderer's own
    /// words (`error`, `help`, …) in the [current](current) language.
    pub fn render(&self, color: bool) -> String {
        self.render_in(current(), color)
    }

    /// [`render`](Self::render) with the renderer's own words in `lang`
    /// (the diagnostics' texts are in the language they were made in).
    pub fn render_in(&self, lang: Lang, color: bool) -> String {
        let index = LineIndex::new(&self.source);
        let mut out = String::new();
        for d in &self.items {
            render_one(&mut out, &self.file, &index, d, color, lang);
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
    fn renders_its_own_words_in_french() {
        let src = "calendrier \"x\" {\n  fuseau \"Mars\"\n}\n";
        let start = src.find("\"Mars").unwrap();
        let d = Diagnostic::warning(Code::UnknownTimezone, "m")
            .at(Span::new(start, start + 6))
            .help("h")
            .suggest("America/Toronto")
            .field("f");
        let all = Diagnostics::new("x.delai", src, vec![d.clone()]);
        let text = all.render_in(Lang::Fr, false);
        assert!(
            text.starts_with("avertissement[unknown-timezone]\u{a0}: m\n"),
            "{text}"
        );
        assert!(text.contains("= champ\u{a0}: f\n"), "{text}");
        assert!(text.contains("= aide\u{a0}: h\n"), "{text}");
        assert!(
            text.contains("= suggestion\u{a0}: vouliez-vous dire `America/Toronto`\u{a0}?"),
            "{text}"
        );
        assert_eq!(all.render_in(Lang::En, false), all.render(false));
        let line = with_lang(Lang::Fr, || d.to_string());
        assert_eq!(
            line,
            "avertissement[unknown-timezone]\u{a0}: m (champ f)\u{a0}; aide\u{a0}: h"
        );
        assert_eq!(
            d.to_string(),
            "warning[unknown-timezone]: m (field f); help: h"
        );
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
