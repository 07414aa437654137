//! Where each `#` comment goes in the printed file.
//!
//! The AST keeps comments apart from the tree, with their byte spans. A
//! comment is attached, by position, to the element (item header, clause,
//! closing brace) it trails on the same line, or else printed on its own
//! line before the next element (or before the block's `}` / at the end of
//! the file when none follows). Every comment is placed exactly once and in
//! source order.

use crate::diagnostic::Span;
use crate::syntax::ast::Comment;

/// How to tell whether two byte offsets are on the same line.
///
/// With the source text the answer is exact. Without it ([`super::print`]
/// gets only the tree) the gap between spans is read as if the file were
/// already in canonical layout, which is exact on the formatter's own
/// output and a fair guess elsewhere.
#[derive(Clone, Copy)]
pub enum Lines<'a> {
    Source(&'a str),
    Guess,
}

impl<'a> Lines<'a> {
    /// Whether `to` is on the line where `from` is; `guess_gap` is the
    /// widest gap the canonical layout puts between an element and a
    /// comment trailing it.
    pub fn same_line(self, from: usize, to: usize, guess_gap: usize) -> bool {
        match self.between(from, to) {
            Some(text) => !text.contains('\n'),
            None => to.saturating_sub(from) <= guess_gap,
        }
    }

    /// Whether an empty line separates `from` and `to`.
    pub fn blank_between(self, from: usize, to: usize) -> bool {
        match self.between(from, to) {
            Some(text) => text.matches('\n').count() >= 2,
            None => to.saturating_sub(from) >= 2,
        }
    }

    /// The source text under `span`, when there is a source.
    pub fn text(self, span: Span) -> Option<&'a str> {
        self.between(span.start, span.end)
    }

    fn between(self, from: usize, to: usize) -> Option<&'a str> {
        match self {
            Lines::Source(src) if from <= to => src.get(from..to),
            _ => None,
        }
    }
}

/// An element comments can attach to: its span and how far a trailing
/// comment sits from its end in canonical layout.
#[derive(Clone, Copy)]
pub struct Anchor {
    pub span: Span,
    pub guess_gap: usize,
}

/// Comments of one element.
#[derive(Default)]
pub struct Slot<'a> {
    /// Own-line comments printed before the element.
    pub before: Vec<&'a Comment>,
    /// The comment at the end of the element's line.
    pub trailing: Option<&'a Comment>,
}

/// Comments spread over a sequence of elements.
pub struct Placement<'a> {
    pub slots: Vec<Slot<'a>>,
    /// Own-line comments after the last element.
    pub after: Vec<&'a Comment>,
}

/// Places `comments` (in source order) around `anchors` (in source order).
pub fn place<'a>(comments: &[&'a Comment], anchors: &[Anchor], lines: Lines) -> Placement<'a> {
    let mut slots: Vec<Slot<'a>> = anchors.iter().map(|_| Slot::default()).collect();
    let mut after = Vec::new();
    // Whether a comment has already been placed after (or inside) each
    // anchor: only the first one can share its line.
    let mut seen = vec![false; anchors.len()];
    for &c in comments {
        let at = c.span.start;
        // Anchors are in source order: the owner is the last one starting
        // at or before the comment.
        let owner = anchors
            .partition_point(|a| a.span.start <= at)
            .checked_sub(1);
        let Some(i) = owner else {
            match slots.first_mut() {
                Some(slot) => slot.before.push(c),
                None => after.push(c),
            }
            continue;
        };
        let a = anchors[i];
        let inside = at < a.span.end;
        let trails = !seen[i]
            && slots[i].trailing.is_none()
            && (inside || lines.same_line(a.span.end, at, a.guess_gap));
        seen[i] = true;
        if trails {
            slots[i].trailing = Some(c);
        } else {
            match slots.get_mut(i + 1) {
                Some(next) => next.before.push(c),
                None => after.push(c),
            }
        }
    }
    Placement { slots, after }
}

/// A comment's text as printed: trailing blanks (and the `\r` of a CRLF
/// file) dropped.
pub fn text(c: &Comment) -> &str {
    c.text.trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(start: usize, text: &str) -> Comment {
        Comment {
            text: text.into(),
            span: Span::new(start, start + text.len()),
        }
    }

    #[test]
    fn trailing_and_own_line_comments_with_source() {
        let src = "a # one\n# two\nb\n# three\n";
        let cs = [
            comment(2, "# one"),
            comment(8, "# two"),
            comment(16, "# three"),
        ];
        let refs: Vec<&Comment> = cs.iter().collect();
        let anchors = [
            Anchor {
                span: Span::new(0, 1),
                guess_gap: 1,
            },
            Anchor {
                span: Span::new(14, 15),
                guess_gap: 1,
            },
        ];
        let p = place(&refs, &anchors, Lines::Source(src));
        assert_eq!(p.slots[0].trailing.map(text), Some("# one"));
        assert_eq!(p.slots[1].before.len(), 1);
        assert!(p.slots[1].trailing.is_none());
        assert_eq!(p.after.len(), 1);
    }

    #[test]
    fn only_the_first_comment_after_an_element_trails_it() {
        let cs = [comment(2, "# a"), comment(6, "# b")];
        let refs: Vec<&Comment> = cs.iter().collect();
        let anchors = [Anchor {
            span: Span::new(0, 1),
            guess_gap: 1,
        }];
        let p = place(&refs, &anchors, Lines::Guess);
        assert_eq!(p.slots[0].trailing.map(text), Some("# a"));
        assert_eq!(p.after.len(), 1);
    }
}
