//! Text → spanned AST. pest's types never leave this module.
//!
//! How a file is read:
//! 1. Guards: files over [`MAX_FILE_BYTES`] and parentheses nested deeper
//!    than `scan::MAX_DEPTH` are refused before pest runs (pest recurses
//!    on parentheses; nothing else in the grammar recurses). A UTF-8 BOM is
//!    skipped; spans stay offsets in the original text.
//! 2. Comments are collected by `scan` for the formatter.
//! 3. The whole file is parsed with the `file` rule. If that fails, parsing
//!    starts again item by item (`scan::split_items`): good items are
//!    kept, and inside a bad item clause by clause, so each mistake gives one
//!    diagnostic and the rest of the file is still read. An item whose
//!    header parsed keeps the clauses that parsed; so does an item whose
//!    header did not parse but whose block did, under the header's first
//!    string as its name.
//! 4. What did not parse is recorded as [`ast::Gap`]s, so the checker can
//!    check everything that did without concluding anything from what is
//!    missing (the rule is in `crate::check`): an item that holds a syntax
//!    error gets a [`GapKind::Clause`] at the error; text that could not be
//!    read as an item gets a [`GapKind::Item`] naming the first complete
//!    string in it (the name it may declare), or no name when its only
//!    string is unterminated; text without any `"` declares nothing
//!    ([`GapKind::Junk`]: a stray `}` or word). Every syntax error lies in
//!    a gap, so the checker never compiles a file that has one.
//!
//! Keyword decisions (the grammar is `grammar/delai.pest`; every word of
//! the language is a row of the lexicon, `src/syntax/lexicon/`):
//! - Keywords are case-insensitive (ASCII letters); accents are optional
//!   and may be capital or decomposed (`Férié`, `FERIE`, `ferie`);
//!   apostrophes may be `'` or `’`. English and French may be mixed.
//! - Days of the month: `january 1`, `1 janvier`, `1er janvier`,
//!   `january 1st`: the day and month may come in either order, in either
//!   language, and ordinal suffixes (`er`, `re`, `st`, `nd`, `rd`, `th`) are
//!   dropped.
//! - Ordinals: `first`…`fifth`, `last`, `premier`/`première`/`1er`,
//!   `deuxième`/`second(e)`/`2e`, `troisième`/`3e`, `quatrième`/`4e`,
//!   `cinquième`/`5e`, `dernier`/`dernière`, `second-to-last`/`avant-dernier`.
//! - Month, weekday, unit and status positions take any word; words not in
//!   the vocabulary become `Word::Unknown` (the checker suggests).
//! - French connectors: holiday `le`, `de`/`d'` for "of", `selon` for the
//!   calendar of `within`, `dans`/`hors de` in conditions, `à partir de` /
//!   `jusqu'à` (or `jusqu'en`) for years, `du … au …` for periods, `à` or
//!   `au` in weekday ranges (`lundi au vendredi`).
//! - Deadlines before an event: `at least N UNIT before "event"`, French
//!   `au moins N UNITÉ avant "…"` (the `before`/`avant` of holiday rules),
//!   lowered to a [`ast::Within`] whose `before` names the event.
//! - Two deadlines on one line: `within N UNIT [on "cal"] or N UNIT [on
//!   "cal"], whichever is earlier|later`, French `dans … ou … , le plus
//!   tôt|tard des deux` (the comma is optional; `whichever comes first`,
//!   `whichever is sooner` and `whichever comes last` are read too),
//!   lowered to a [`ast::Within`] whose `alternative` holds the second.
//! - Times: `HH:MM[:SS]`, also French `16h00`/`16h`; time literals
//!   `YYYY-MM-DD[ |T]HH:MM[:SS][Z|±HH:MM]` or a bare date.

pub mod ast;
mod clause;
mod errors;
mod grammar;
pub(crate) mod lexicon;
mod lower;
pub(crate) mod order;
mod recognise;
mod scan;

#[cfg(test)]
mod tests;

use crate::diagnostic::{msg, Code, Diagnostic, Span};
use ast::{Comment, File, Gap, GapKind, Item, Lang};
pub use clause::parse_standard_clause;
use errors::Where;
use grammar::{DelaiParser, Rule};
use lower::Lowerer;
use pest::iterators::Pair;
use pest::Parser;
use recognise::ItemKind;

/// Larger files are refused (`file-too-large`).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// More items (calendars, standards and examples together) are refused
/// (`too-many-items`): the checker and the engine stay fast and small
/// (hardening). A 10 MiB file could otherwise hold ~350,000 tiny items.
pub const MAX_ITEMS: usize = 100_000;

/// Longest quoted string, in bytes (`string-too-long`): names and titles
/// are shown to citizens and in every diagnostic.
pub const MAX_STRING_BYTES: usize = 10_000;

/// After this many syntax errors the rest of the file is not reported.
const MAX_ERRORS: usize = 200;

/// The language a rules text makes its diagnostics speak, when it decides
/// it: French for a French file ([`source_lang`]); `None` otherwise, for
/// the caller's default to decide, since English keywords are the default
/// spelling, which French speakers write too. The one rule the command
/// line and the foreign-function door both follow.
pub fn lang_for_source(source: &str) -> Option<Lang> {
    source_lang(source).filter(|lang| *lang == Lang::Fr)
}

/// The language a rules file is written in: that of its items' keywords
/// (`calendrier`, `norme`, `exemple` are French), the more frequent of the
/// two, the first item's on a tie; `None` when no item is recognised. A
/// scan of the items' first words, without parsing their clauses.
pub fn source_lang(source: &str) -> Option<Lang> {
    let (mut en, mut fr, mut first) = (0usize, 0usize, None);
    for chunk in scan::split_items(source, 0) {
        if let scan::Chunk::Item {
            kind: Some(_),
            start,
            ..
        } = chunk
        {
            let (ws, we) = scan::word_at(source, start);
            let lang = recognise::item_lang(&source[ws..we]);
            first.get_or_insert(lang);
            match lang {
                Lang::En => en += 1,
                Lang::Fr => fr += 1,
            }
        }
    }
    match en.cmp(&fr) {
        std::cmp::Ordering::Greater => Some(Lang::En),
        std::cmp::Ordering::Less => Some(Lang::Fr),
        std::cmp::Ordering::Equal => first,
    }
}

/// Parses a whole file. Always returns a tree — the items that parsed, and
/// the gaps where text did not parse — and every syntax error found
/// (parsing resumes at the next clause or item after an error, so one typo
/// does not hide the rest).
pub fn parse(source: &str) -> (ast::File, Vec<Diagnostic>) {
    let span = Span::new(0, source.len());
    let mut diags = Vec::new();
    if source.len() > MAX_FILE_BYTES {
        diags.push(
            Diagnostic::error(
                Code::FileTooLarge,
                msg::FILE_TOO_LARGE.text([&source.len(), &(MAX_FILE_BYTES / (1024 * 1024))]),
            )
            .at(Span::new(0, 0))
            .help(msg::FILE_TOO_LARGE_HELP.text([])),
        );
        return (
            File {
                items: Vec::new(),
                comments: Vec::new(),
                // Nothing was read: the file may declare anything.
                gaps: vec![Gap {
                    span,
                    kind: GapKind::Item { name: None },
                }],
                span,
            },
            diags,
        );
    }
    let from = if source.starts_with('\u{FEFF}') {
        '\u{FEFF}'.len_utf8()
    } else {
        0
    };
    let comments = scan::comments(source, from)
        .into_iter()
        .map(|(s, e)| Comment {
            text: source[s..e].to_string(),
            span: Span::new(s, e),
        })
        .collect();

    let whole = if scan::too_deep(source, from).is_none() {
        DelaiParser::parse(Rule::file, &source[from..]).ok()
    } else {
        None
    };
    let mut gaps = Vec::new();
    let items = match whole.and_then(|mut pairs| pairs.next()) {
        Some(file) => {
            let mut lower = Lowerer {
                base: from,
                diags: &mut diags,
            };
            file.into_inner()
                .filter(|p| p.as_rule() != Rule::EOI)
                .filter_map(|p| lower.item(&p))
                .collect()
        }
        None => recover(source, from, &mut diags, &mut gaps),
    };
    let items = at_most_items(items, &mut diags, &mut gaps);
    gaps.extend(clause_gaps(&items, &diags));
    order::by_key(&mut gaps, |g| [g.span.start, g.span.end, 0]);
    (
        File {
            items,
            comments,
            gaps,
            span,
        },
        diags,
    )
}

/// A [`GapKind::Clause`] at every error inside an item of the tree: the
/// clause there was dropped, or lowered only in part (whichever stage
/// reported it, recovery or lowering).
fn clause_gaps(items: &[Item], diags: &[Diagnostic]) -> Vec<Gap> {
    // Items are in source order and do not overlap: each error finds its
    // item by binary search (a file may have many of both).
    diags
        .iter()
        .filter(|d| d.is_error())
        .filter_map(|d| d.span)
        .filter(|e| {
            let after = items.partition_point(|i| i.span().start <= e.start);
            after
                .checked_sub(1)
                .map(|i| items[i].span())
                .is_some_and(|at| e.start < at.end.max(at.start + 1))
        })
        .map(|span| Gap {
            span,
            kind: GapKind::Clause,
        })
        .collect()
}

/// The gap of `src[start..end]`, which was not read as an item: a
/// [`GapKind::Item`] that may declare its first string, or
/// [`GapKind::Junk`] when it holds no `"` and so cannot declare a name.
fn item_gap(src: &str, start: usize, end: usize) -> Gap {
    let text = src.get(start..end).unwrap_or("");
    let kind = if text.contains('"') {
        GapKind::Item {
            name: first_string(text).map(|(name, ..)| name),
        }
    } else {
        GapKind::Junk
    };
    Gap {
        span: Span::new(start, end),
        kind,
    }
}

/// The first complete `"…"` of `text`, unescaped, and where it is
/// (quotes included); `None` when the first `"` is not closed on its line.
fn first_string(text: &str) -> Option<(String, usize, usize)> {
    let open = text.find('"')?;
    let mut out = String::new();
    let mut chars = text[open + 1..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, open, open + 1 + i + 1)),
            '\\' => match chars.next() {
                Some((_, e @ ('"' | '\\'))) => out.push(e),
                _ => return None,
            },
            '\n' => return None,
            c => out.push(c),
        }
    }
    None
}

/// The first [`MAX_ITEMS`] items; an error at the first one dropped.
fn at_most_items(
    mut items: Vec<Item>,
    diags: &mut Vec<Diagnostic>,
    gaps: &mut Vec<Gap>,
) -> Vec<Item> {
    if items.len() > MAX_ITEMS {
        let at = items[MAX_ITEMS].span();
        gaps.push(Gap {
            span: Span::new(at.start, items[items.len() - 1].span().end),
            kind: GapKind::Item { name: None },
        });
        diags.push(
            Diagnostic::error(
                Code::TooManyItems,
                msg::TOO_MANY_ITEMS.text([&items.len(), &MAX_ITEMS]),
            )
            .at(Span::new(at.start, at.start))
            .with_label(msg::TOO_MANY_ITEMS_LABEL.text([]))
            .help(msg::FILE_TOO_LARGE_HELP.text([])),
        );
        items.truncate(MAX_ITEMS);
    }
    items
}

/// Item-by-item parsing after the whole file failed.
fn recover(src: &str, from: usize, diags: &mut Vec<Diagnostic>, gaps: &mut Vec<Gap>) -> Vec<Item> {
    let mut items = Vec::new();
    for chunk in scan::split_items(src, from) {
        if diags.len() >= MAX_ERRORS {
            let at = match chunk {
                scan::Chunk::Junk { start, .. } | scan::Chunk::Item { start, .. } => start,
            };
            // The rest is not read: it may declare anything.
            gaps.push(Gap {
                span: Span::new(at, src.len()),
                kind: GapKind::Item { name: None },
            });
            diags.push(
                Diagnostic::error(
                    Code::TooManyErrors,
                    msg::TOO_MANY_ERRORS.text([&MAX_ERRORS]),
                )
                .help(msg::TOO_MANY_ERRORS_HELP.text([])),
            );
            break;
        }
        match chunk {
            scan::Chunk::Junk { start, end }
            | scan::Chunk::Item {
                kind: None,
                start,
                end,
                ..
            } => match use_lines(src, start, end, diags) {
                Some(uses) => items.extend(uses),
                None => {
                    diags.push(errors::junk(src, start, end));
                    gaps.push(item_gap(src, start, end));
                }
            },
            scan::Chunk::Item {
                kind: Some(kind),
                start,
                open,
                close,
                end,
            } => {
                let piece = Piece {
                    src,
                    kind,
                    start,
                    open,
                    close,
                    end,
                };
                match piece.recover(diags) {
                    Some(item) => items.push(item),
                    None => gaps.push(item_gap(src, start, end)),
                }
            }
        }
    }
    items
}

/// Text between items that is only `use "…"` lines (the scanner knows
/// items by their braces; a `use` has none): those items, or `None` when
/// some line is something else.
fn use_lines(
    src: &str,
    start: usize,
    end: usize,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<Item>> {
    let mut out = Vec::new();
    let mut at = start;
    for line in src[start..end].split_inclusive('\n') {
        let line_start = at;
        at += line.len();
        let text = line.trim_end();
        let code = text.trim_start();
        if code.is_empty() || code.starts_with('#') {
            continue;
        }
        let pairs = DelaiParser::parse(Rule::use_entry, text).ok()?;
        let mut lower = Lowerer {
            base: line_start,
            diags: &mut *diags,
        };
        for p in pairs.filter(|p| p.as_rule() == Rule::use_file) {
            out.push(lower.item(&p)?);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// An item's header: parsed, or only its language and name when the rest
/// of it did not parse.
enum Head<'s> {
    Parsed(Pair<'s, Rule>),
    Named(Lang, ast::Name),
}

/// One item found by the scanner.
struct Piece<'s> {
    src: &'s str,
    kind: ItemKind,
    start: usize,
    open: Option<usize>,
    close: Option<usize>,
    end: usize,
}

impl<'s> Piece<'s> {
    fn lang(&self) -> Lang {
        let (s, e) = scan::word_at(self.src, self.start);
        recognise::item_lang(&self.src[s..e])
    }

    fn recover(&self, diags: &mut Vec<Diagnostic>) -> Option<Item> {
        let src = self.src;
        // The item on its own may be fine (the error was elsewhere).
        let whole_err = if self.is_deep(self.start, self.end) {
            None
        } else {
            match DelaiParser::parse(Rule::item_entry, &src[self.start..self.end]) {
                Ok(mut pairs) => {
                    let p = pairs.next()?;
                    return Lowerer {
                        base: self.start,
                        diags,
                    }
                    .item(&p);
                }
                Err(e) => Some(e),
            }
        };
        let before = diags.len();
        let Some(open) = self.open else {
            let line_end = src[self.start..self.end]
                .find('\n')
                .map_or(self.end, |i| self.start + i);
            let header_end = if src[..line_end].ends_with('}') {
                line_end - 1
            } else {
                line_end
            };
            if self.parse_head(header_end, diags).is_some() {
                diags.push(errors::missing_open(src, header_end));
            }
            return None;
        };
        let head = self.parse_head(open, diags);
        let body_end = self.close.unwrap_or(self.end);
        let mut clauses = Vec::new();
        let clause_ranges = scan::split_clauses(src, open + 1, body_end);
        for &(s, e) in &clause_ranges {
            if diags.len() >= MAX_ERRORS {
                break;
            }
            if self.is_deep(s, e) {
                diags.push(too_deep(src, s));
                continue;
            }
            let rule = match self.kind {
                ItemKind::Calendar => Rule::calendar_clause_entry,
                ItemKind::Standard => Rule::standard_clause_entry,
                ItemKind::Example => Rule::example_clause_entry,
            };
            match DelaiParser::parse(rule, &src[s..e]) {
                Ok(pairs) => {
                    if let Some(p) = pairs.into_iter().find(|p| p.as_rule() != Rule::EOI) {
                        clauses.push((p, s));
                    }
                }
                Err(err) => diags.push(errors::from_pest(
                    &err,
                    Where {
                        text: src,
                        start: s,
                        end: e,
                        lang: self.lang(),
                        block: Some(self.kind),
                        end_means: msg::END_OF_CLAUSE,
                    },
                )),
            }
        }
        if self.close.is_none() {
            // The scanner ends an unclosed block at the line break before
            // the next item's header, or at the end of the file.
            let next = (self.end < src.len()).then(|| scan::skip_spaces(src, self.end + 1));
            diags.push(errors::unclosed(
                src,
                self.start,
                open,
                clause_ranges.last().map(|&(_, e)| e),
                next,
                self.lang(),
            ));
        }
        if diags.len() == before {
            // Every piece parsed alone but not together: report pest's own
            // error rather than nothing.
            if let Some(err) = whole_err {
                diags.push(errors::from_pest(
                    &err,
                    Where {
                        text: src,
                        start: self.start,
                        end: self.end,
                        lang: self.lang(),
                        block: None,
                        end_means: msg::END_OF_BLOCK,
                    },
                ));
            }
        }
        let head = match head {
            Some(head) => Head::Parsed(head),
            // The header did not parse but the block did: the name is the
            // header's first string, so the clauses that parsed are still
            // checked under it. The header's error leaves a gap in the
            // item, so nothing is concluded from what it seems to lack
            // (an `extends` included).
            None => {
                let (name, s, e) = first_string(&src[self.start..open])?;
                if name.len() > MAX_STRING_BYTES {
                    return None;
                }
                let at = Span::new(self.start + s, self.start + e);
                Head::Named(self.lang(), ast::Spanned::new(name, at))
            }
        };
        self.build(head, clauses, diags)
    }

    fn is_deep(&self, start: usize, end: usize) -> bool {
        scan::too_deep(&self.src[..end], start).is_some()
    }

    /// Parses the header `src[start..end]`; reports its error.
    fn parse_head(&self, end: usize, diags: &mut Vec<Diagnostic>) -> Option<Pair<'s, Rule>> {
        let src = self.src;
        if self.is_deep(self.start, end) {
            diags.push(too_deep(src, self.start));
            return None;
        }
        match DelaiParser::parse(Rule::head_entry, &src[self.start..end]) {
            Ok(pairs) => pairs.into_iter().find(|p| p.as_rule() != Rule::EOI),
            Err(err) => {
                diags.push(errors::from_pest(
                    &err,
                    Where {
                        text: src,
                        start: self.start,
                        end,
                        lang: self.lang(),
                        block: None,
                        end_means: msg::OPEN_BRACE,
                    },
                ));
                None
            }
        }
    }

    /// The item from its header and the clauses that parsed; each pair is
    /// lowered with the offset of the slice it was parsed from.
    fn build(
        &self,
        head: Head<'s>,
        clauses: Vec<(Pair<'s, Rule>, usize)>,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Item> {
        let span = Span::new(self.start, self.end);
        let start = self.start;
        // Each clause is lowered with the offset of the slice it was
        // parsed from; a clause that fails to lower is dropped (its
        // diagnostic is already recorded).
        fn lower_all<'s, T>(
            clauses: &[(Pair<'s, Rule>, usize)],
            diags: &mut Vec<Diagnostic>,
            lower: impl Fn(&mut Lowerer, &Pair<'s, Rule>) -> Option<T>,
        ) -> Vec<T> {
            clauses
                .iter()
                .filter_map(|(c, base)| {
                    let mut l = Lowerer {
                        base: *base,
                        diags: &mut *diags,
                    };
                    lower(&mut l, c)
                })
                .collect()
        }
        let lower_head = |diags: &mut Vec<Diagnostic>| match &head {
            Head::Parsed(head) => Lowerer { base: start, diags }.simple_head(head),
            Head::Named(lang, name) => Some((*lang, name.clone())),
        };
        Some(match self.kind {
            ItemKind::Calendar => {
                let (lang, name, extends) = match &head {
                    Head::Parsed(head) => Lowerer {
                        base: start,
                        diags: &mut *diags,
                    }
                    .calendar_head(head)?,
                    Head::Named(lang, name) => (*lang, name.clone(), None),
                };
                let clauses = lower_all(&clauses, diags, |l, c| l.calendar_clause(c));
                Item::Calendar(ast::CalendarDecl {
                    lang,
                    name,
                    extends,
                    clauses,
                    span,
                })
            }
            ItemKind::Standard => {
                let (lang, name) = lower_head(diags)?;
                let clauses = lower_all(&clauses, diags, |l, c| l.standard_clause(c));
                Item::Standard(ast::StandardDecl {
                    lang,
                    name,
                    clauses,
                    span,
                })
            }
            ItemKind::Example => {
                let (lang, name) = lower_head(diags)?;
                let clauses = lower_all(&clauses, diags, |l, c| l.example_clause(c));
                Item::Example(ast::ExampleDecl {
                    lang,
                    name,
                    clauses,
                    span,
                })
            }
        })
    }
}

fn too_deep(src: &str, start: usize) -> Diagnostic {
    let at = scan::too_deep(src, start).unwrap_or(start);
    Diagnostic::error(Code::TooDeep, msg::TOO_DEEP.text([&scan::MAX_DEPTH]))
        .at(Span::new(at, at + 1))
        .with_label(msg::TOO_DEEP_LABEL.text([]))
        .help(msg::TOO_DEEP_HELP.text([]))
}
