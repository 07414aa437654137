//! The canonical layout: items separated by one empty line, `name {` on the
//! header line, one clause per line indented by two spaces, `}` alone.
//! Comments are laid out by [`super::comments`]; clause text by
//! [`super::clauses`].

use super::clauses;
use super::comments::{self, Anchor, Lines, Slot};
use super::literals::quoted;
use super::spelling::keywords;
use crate::diagnostic::Span;
use crate::syntax::ast::{Comment, File, Item, Lang};

const INDENT: &str = "  ";

// Widest gap between an element and a comment trailing it in canonical
// layout: `}` / a clause and ` # …` is one space; a header and its comment
// are separated by ` { `.
const CLAUSE_GAP: usize = 1;
const HEADER_GAP: usize = 3;

pub fn file(file: &File, lang: Option<Lang>, lines: Lines) -> String {
    // In source order already (the parser's contract); sorted again so a
    // hand-built tree cannot make the bisections below miss a comment.
    let mut all: Vec<&Comment> = file.comments.iter().collect();
    crate::syntax::order::by_key(&mut all, |c| [c.span.start, 0, 0]);
    let anchors: Vec<Anchor> = file
        .items
        .iter()
        .map(|item| Anchor {
            span: item.span(),
            guess_gap: CLAUSE_GAP,
        })
        .collect();
    // Each comment belongs to exactly one place: the item whose span holds
    // it, or the top level.
    let item_spans: Vec<Span> = file.items.iter().map(Item::span).collect();
    let mut inner: Vec<Vec<&Comment>> = vec![Vec::new(); file.items.len()];
    let mut outside: Vec<&Comment> = Vec::new();
    for c in all {
        match owner(&item_spans, c.span.start).and_then(|i| inner.get_mut(i)) {
            Some(list) => list.push(c),
            None => outside.push(c),
        }
    }
    let placed = comments::place(&outside, &anchors, lines);

    let mut out = Out::default();
    let mut after_use = false;
    for ((item, slot), own) in file.items.iter().zip(&placed.slots).zip(&inner) {
        // `use` lines stay together, as imports at the top of a file do,
        // unless the source parted them with an empty line.
        let is_use = matches!(item, Item::Use(_));
        let parted = !(after_use && is_use && slot.before.is_empty());
        if !out.text.is_empty() && parted {
            out.blank_line();
        }
        after_use = is_use;
        own_line_comments(&mut out, &slot.before, item.span().start, lines);
        print_item(&mut out, item, own, lang, lines, slot);
    }
    if !placed.after.is_empty() {
        if !out.text.is_empty() {
            out.blank_line();
        }
        own_line_comments(&mut out, &placed.after, usize::MAX, lines);
    }
    out.text
}

/// The index of the span holding `at`; spans are in source order, so only
/// the last one starting at or before `at` can.
fn owner(spans: &[Span], at: usize) -> Option<usize> {
    let i = spans.partition_point(|s| s.start <= at).checked_sub(1)?;
    (at < spans.get(i)?.end).then_some(i)
}

/// Top-level comments on their own lines, keeping one empty line where the
/// source had one or more (a file's heading stays apart from the first
/// item; a comment written against an item stays against it).
fn own_line_comments(out: &mut Out, list: &[&Comment], next: usize, lines: Lines) {
    for (i, c) in list.iter().enumerate() {
        out.line(0, comments::text(c), None);
        let following = list.get(i + 1).map_or(next, |n| n.span.start);
        if following != usize::MAX && lines.blank_between(c.span.end, following) {
            out.blank_line();
        }
    }
}

fn print_item(
    out: &mut Out,
    item: &Item,
    inner: &[&Comment],
    lang: Option<Lang>,
    lines: Lines,
    slot: &Slot,
) {
    let (own, header_end, header, clauses) = match item {
        Item::Use(u) => {
            // A `use` line holds no comment; one that a span says is
            // inside it (a tree built by hand) goes before it.
            for c in inner {
                out.line(0, comments::text(c), None);
            }
            let lang = lang.unwrap_or(u.lang);
            let line = format!("{} {}", keywords(lang).use_file, quoted(&u.path.value));
            out.line(0, &line, slot.trailing.map(comments::text));
            return;
        }
        Item::Calendar(c) => {
            let lang = lang.unwrap_or(c.lang);
            let kw = keywords(lang);
            let mut header = format!("{} {}", kw.calendar, quoted(&c.name.value));
            let mut end = c.name.span.end;
            if let Some(parent) = &c.extends {
                header.push_str(&format!(" {} {}", kw.extends, quoted(&parent.value)));
                end = end.max(parent.span.end);
            }
            let body: Vec<(Span, String)> = c
                .clauses
                .iter()
                .map(|cl| (cl.span, clauses::calendar(&cl.kind, lang, lines)))
                .collect();
            (c.span, end, header, body)
        }
        Item::Standard(s) => {
            let lang = lang.unwrap_or(s.lang);
            let header = format!("{} {}", keywords(lang).standard, quoted(&s.name.value));
            let body = s
                .clauses
                .iter()
                .map(|cl| (cl.span, clauses::standard(&cl.kind, lang, s.lang, lines)))
                .collect();
            (s.span, s.name.span.end, header, body)
        }
        Item::Example(e) => {
            let lang = lang.unwrap_or(e.lang);
            let header = format!("{} {}", keywords(lang).example, quoted(&e.name.value));
            let body = e
                .clauses
                .iter()
                .map(|cl| (cl.span, clauses::example(&cl.kind, lang, lines)))
                .collect();
            (e.span, e.name.span.end, header, body)
        }
    };
    print_block(out, inner, lines, own, header_end, &header, &clauses);
    if let Some(c) = slot.trailing {
        out.trail(comments::text(c));
    }
}

fn print_block(
    out: &mut Out,
    inner: &[&Comment],
    lines: Lines,
    own: Span,
    header_end: usize,
    header: &str,
    clauses: &[(Span, String)],
) {
    let mut anchors = vec![Anchor {
        span: Span::new(own.start, header_end.max(own.start)),
        guess_gap: HEADER_GAP,
    }];
    anchors.extend(clauses.iter().map(|(span, _)| Anchor {
        span: *span,
        guess_gap: CLAUSE_GAP,
    }));
    let placed = comments::place(inner, &anchors, lines);
    let mut slots = placed.slots.iter();
    let head = slots.next();
    out.line(
        0,
        &format!("{header} {{"),
        head.and_then(|s| s.trailing).map(comments::text),
    );
    for ((_, text), slot) in clauses.iter().zip(slots) {
        for c in &slot.before {
            out.line(1, comments::text(c), None);
        }
        out.line(1, text, slot.trailing.map(comments::text));
    }
    for c in &placed.after {
        out.line(1, comments::text(c), None);
    }
    out.line(0, "}", None);
}

/// The text being built, line by line.
#[derive(Default)]
struct Out {
    text: String,
}

impl Out {
    /// Writes a line; the continuation lines of a clause that goes on
    /// over several (`\n` in `content`) are indented one level more.
    fn line(&mut self, depth: usize, content: &str, trailing: Option<&str>) {
        for (i, part) in content.split('\n').enumerate() {
            if i > 0 {
                self.text.push('\n');
            }
            for _ in 0..depth + usize::from(i > 0) {
                self.text.push_str(INDENT);
            }
            self.text.push_str(part);
        }
        if let Some(c) = trailing {
            self.text.push(' ');
            self.text.push_str(c);
        }
        self.text.push('\n');
    }

    /// Appends a comment to the line just written.
    fn trail(&mut self, comment: &str) {
        if self.text.ends_with('\n') {
            self.text.pop();
        }
        self.text.push(' ');
        self.text.push_str(comment);
        self.text.push('\n');
    }

    /// Ends the current paragraph with exactly one empty line.
    fn blank_line(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }
}
