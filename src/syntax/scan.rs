//! A small lexical scanner that knows only strings, comments, braces and line
//! ends. It runs before and beside pest: it records comments for the
//! formatter, bounds the nesting of parentheses (pest recurses on them), and
//! cuts a file into items and a block into clauses so that parsing can
//! resume after an error.
//!
//! Its notion of a string matches the grammar's: `"` to the next unescaped
//! `"` on the same line (an unterminated string ends at the line break).

use super::recognise::ItemKind;

/// Parentheses nested deeper than this are refused before pest runs.
pub const MAX_DEPTH: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Code,
    Str,
    Comment,
}

/// Walks `text[from..to]` and calls `f(index, byte)` for every byte that is
/// code (outside strings and comments). Comments are reported separately as
/// `(start, end)` without the line break.
fn walk(
    text: &str,
    from: usize,
    to: usize,
    mut code: impl FnMut(usize, u8) -> bool,
    mut comment: impl FnMut(usize, usize),
) {
    let bytes = text.as_bytes();
    let mut state = State::Code;
    let mut comment_start = 0;
    let mut i = from;
    while i < to {
        let b = bytes[i];
        match state {
            State::Code => match b {
                b'"' => state = State::Str,
                b'#' => {
                    state = State::Comment;
                    comment_start = i;
                }
                _ => {
                    if !code(i, b) {
                        return;
                    }
                }
            },
            State::Str => match b {
                b'\\' if i + 1 < to && matches!(bytes[i + 1], b'"' | b'\\') => i += 1,
                b'"' => state = State::Code,
                b'\n' => {
                    state = State::Code;
                    if !code(i, b) {
                        return;
                    }
                }
                _ => {}
            },
            State::Comment => {
                if b == b'\n' {
                    comment(comment_start, trim_cr(text, comment_start, i));
                    state = State::Code;
                    if !code(i, b) {
                        return;
                    }
                }
            }
        }
        i += 1;
    }
    if state == State::Comment {
        comment(comment_start, trim_cr(text, comment_start, to));
    }
}

fn trim_cr(text: &str, start: usize, end: usize) -> usize {
    if end > start && text.as_bytes()[end - 1] == b'\r' {
        end - 1
    } else {
        end
    }
}

/// Every `#` comment of `text[from..]` as `(start, end)`.
pub fn comments(text: &str, from: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    walk(text, from, text.len(), |_, _| true, |s, e| out.push((s, e)));
    out
}

/// The first `(` that opens a nesting deeper than [`MAX_DEPTH`], if any.
pub fn too_deep(text: &str, from: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut at = None;
    walk(
        text,
        from,
        text.len(),
        |i, b| {
            match b {
                b'(' | b'[' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        at = Some(i);
                        return false;
                    }
                }
                b')' | b']' => depth = depth.saturating_sub(1),
                _ => {}
            }
            true
        },
        |_, _| {},
    );
    at
}

/// One top-level piece of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chunk {
    /// Starts with `calendar`/`standard`/`example` (or their French words)
    /// or at least has a block.
    Item {
        /// Recognised from the first word; `None` for an unknown word.
        kind: Option<ItemKind>,
        start: usize,
        /// The `{`, if found.
        open: Option<usize>,
        /// The matching `}`, if found.
        close: Option<usize>,
        end: usize,
    },
    /// Text that is not an item, up to the next line that looks like one.
    Junk { start: usize, end: usize },
}

fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b';')
}

/// The first word at `at` (letters, digits, `_`, `-`, apostrophes), as a
/// byte range.
pub fn word_at(text: &str, at: usize) -> (usize, usize) {
    let rest = text.get(at..).unwrap_or("");
    let len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '\'' | '’') || is_mark(c)))
        .map(|(i, _)| i)
        .unwrap_or(rest.len());
    (at, at + len)
}

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map(|i| at + i).unwrap_or(text.len())
}

/// Whether the line starting at `at` (after blanks) reads like the header of
/// a new item: an item keyword, and a `{` on the same line.
fn looks_like_header(text: &str, at: usize) -> bool {
    let (s, e) = word_at(text, at);
    if ItemKind::from_keyword(&text[s..e]).is_none() {
        return false;
    }
    line_has_open_brace(text, e)
}

fn line_has_open_brace(text: &str, at: usize) -> bool {
    let end = line_end(text, at);
    let mut found = false;
    walk(
        text,
        at,
        end,
        |_, b| {
            if b == b'{' {
                found = true;
                return false;
            }
            true
        },
        |_, _| {},
    );
    found
}

fn skip_blank_and_comments(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        while at < bytes.len() && is_blank(bytes[at]) {
            at += 1;
        }
        if at < bytes.len() && bytes[at] == b'#' {
            at = line_end(text, at);
        } else {
            return at;
        }
    }
}

/// Cuts `text[from..]` into items and junk.
pub fn split_items(text: &str, from: usize) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut at = from;
    loop {
        at = skip_blank_and_comments(text, at);
        if at >= text.len() {
            return out;
        }
        let (ws, we) = word_at(text, at);
        let kind = ItemKind::from_keyword(&text[ws..we]);
        if kind.is_some() || line_has_open_brace(text, at) {
            let chunk = item_from(text, at, kind);
            if let Chunk::Item { end, .. } = chunk {
                at = end.max(at + 1);
            }
            out.push(chunk);
        } else {
            // Junk runs to the next line that looks like an item.
            let mut end = line_end(text, at);
            loop {
                let next = skip_blank_and_comments(text, end);
                if next >= text.len() {
                    break;
                }
                let (s, e) = word_at(text, next);
                if ItemKind::from_keyword(&text[s..e]).is_some() || line_has_open_brace(text, next)
                {
                    break;
                }
                end = line_end(text, next);
            }
            out.push(Chunk::Junk { start: at, end });
            at = end;
        }
    }
}

/// An item from its first word: header up to `{`, block up to the matching
/// `}`, or up to the next header line when the `}` is missing.
fn item_from(text: &str, start: usize, kind: Option<ItemKind>) -> Chunk {
    // The `{` is on the header line or alone at the start of the next line.
    let mut open = None;
    let first_end = line_end(text, start);
    let mut stray_close = None;
    walk(
        text,
        start,
        first_end,
        |i, b| match b {
            b'{' => {
                open = Some(i);
                false
            }
            b'}' => {
                stray_close = Some(i);
                false
            }
            _ => true,
        },
        |_, _| {},
    );
    if open.is_none() && stray_close.is_none() {
        let next = skip_blank_and_comments(text, first_end);
        if text.as_bytes().get(next) == Some(&b'{') {
            open = Some(next);
        }
    }
    let Some(open) = open else {
        // No block: the lines up to the next item belong to this header
        // (they are its clauses), so they do not each get an error.
        let end = match stray_close {
            Some(c) => c + 1,
            None => next_item_line(text, first_end),
        };
        return Chunk::Item {
            kind,
            start,
            open: None,
            close: None,
            end,
        };
    };
    let mut depth = 0usize;
    let mut close = None;
    let mut end = text.len();
    walk(
        text,
        open,
        text.len(),
        |i, b| {
            match b {
                b'{' => depth += 1,
                b'}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        close = Some(i);
                        end = i + 1;
                        return false;
                    }
                }
                b'\n' => {
                    let next = skip_spaces(text, i + 1);
                    if looks_like_header(text, next) {
                        end = i;
                        return false;
                    }
                }
                _ => {}
            }
            true
        },
        |_, _| {},
    );
    Chunk::Item {
        kind,
        start,
        open: Some(open),
        close,
        end,
    }
}

/// The end of the last line before the next line starting with an item
/// keyword (or the end of the text).
fn next_item_line(text: &str, from: usize) -> usize {
    let mut end = from;
    loop {
        let next = skip_blank_and_comments(text, end);
        if next >= text.len() {
            return end;
        }
        let (s, e) = word_at(text, next);
        if ItemKind::from_keyword(&text[s..e]).is_some() {
            return end;
        }
        end = line_end(text, next);
    }
}

/// The first byte at or after `at` that is not a space, tab or `\r`.
pub fn skip_spaces(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    while at < bytes.len() && matches!(bytes[at], b' ' | b'\t' | b'\r') {
        at += 1;
    }
    at
}

/// The clauses of a block body `text[from..to]`: one per line or `;`,
/// comments and blanks removed, as trimmed byte ranges.
pub fn split_clauses(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut last_code = None::<usize>;
    let mut first_code = None::<usize>;
    let mut push = |first: Option<usize>, last: Option<usize>| {
        if let (Some(f), Some(l)) = (first, last) {
            out.push((f, l + 1));
        }
    };
    let bytes = text.as_bytes();
    let mut i = from;
    // Not `walk`: string contents belong to the clause here.
    let mut state = State::Code;
    while i < to {
        let b = bytes[i];
        match state {
            State::Code => match b {
                b'\n' | b';' => {
                    push(first_code, last_code);
                    first_code = None;
                    last_code = None;
                }
                b'#' => state = State::Comment,
                b' ' | b'\t' | b'\r' => {}
                _ => {
                    if b == b'"' {
                        state = State::Str;
                    }
                    first_code.get_or_insert(i);
                    last_code = Some(i);
                }
            },
            State::Str => {
                match b {
                    b'\\' if i + 1 < to && matches!(bytes[i + 1], b'"' | b'\\') => {
                        i += 1;
                    }
                    b'"' => state = State::Code,
                    b'\n' => {
                        state = State::Code;
                        push(first_code, last_code);
                        first_code = None;
                        last_code = None;
                        i += 1;
                        continue;
                    }
                    _ => {}
                }
                last_code = Some(i);
            }
            State::Comment => {
                if b == b'\n' {
                    state = State::Code;
                    push(first_code, last_code);
                    first_code = None;
                    last_code = None;
                }
            }
        }
        i += 1;
    }
    push(first_code, last_code);
    // `last_code` points at the last byte of a possibly multi-byte char.
    out.into_iter()
        .map(|(s, e)| (s, ceil_char(text, e)))
        .collect()
}

fn ceil_char(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at.min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_skip_strings() {
        let t = "a \"# not\" # yes\r\nb # two";
        let c = comments(t, 0);
        assert_eq!(c.len(), 2);
        assert_eq!(&t[c[0].0..c[0].1], "# yes");
        assert_eq!(&t[c[1].0..c[1].1], "# two");
    }

    #[test]
    fn depth_is_bounded() {
        let deep = "(".repeat(100);
        assert_eq!(too_deep(&deep, 0), Some(MAX_DEPTH));
        assert_eq!(too_deep("\"((((((((\" (a)", 0), None);
    }

    #[test]
    fn items_and_missing_braces() {
        let t = "standard \"a\" {\n within 1 day\nstandard \"b\" {\n}\njunk here\n";
        let items = split_items(t, 0);
        assert_eq!(items.len(), 3, "{items:?}");
        assert!(matches!(items[0], Chunk::Item { close: None, .. }));
        assert!(matches!(items[1], Chunk::Item { close: Some(_), .. }));
        assert!(matches!(items[2], Chunk::Junk { .. }));
    }

    #[test]
    fn clauses_split_on_lines_and_semicolons() {
        let t = "{ a \"x;y\" ; b # c; d\n  é  \n}";
        let c = split_clauses(t, 1, t.len() - 1);
        let texts: Vec<&str> = c.iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(texts, vec!["a \"x;y\"", "b", "é"]);
    }
}
