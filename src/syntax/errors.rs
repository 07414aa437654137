//! pest errors → [`Diagnostic`]s a policy analyst can act on.
//!
//! pest reports the rules it tried at the furthest position. Every keyword
//! and punctuation mark has its own rule, so each rule maps to a phrase
//! (`kw_within` → "`within`", `unit` → "a unit such as `business days`…"),
//! shown in the language of the block being written. On top of that come
//! targeted hints: a name without quotes, an unclosed string, a decimal
//! amount, an unknown clause keyword ("did you mean `within`?").

use super::ast::Lang;
use super::grammar::Rule;
use super::lexicon::{self, Kind};
use super::recognise::{normalize, ItemKind};
use super::scan;
// `say`: the prose around the keywords is in the language of the
// diagnostics; the keywords follow the block's language ([`pick`]).
use crate::diagnostic::{msg, say, Code, Diagnostic, Span};
use crate::model::{Status, Unit, MONTHS, WEEKDAYS};
use pest::error::{ErrorVariant, InputLocation};

/// Where a failed parse was looking, for the words of the message.
#[derive(Debug, Clone, Copy)]
pub(super) struct Where<'a> {
    /// The whole source (spans are absolute).
    pub text: &'a str,
    /// The parsed slice.
    pub start: usize,
    pub end: usize,
    pub lang: Lang,
    /// The block the slice belongs to, for clause errors.
    pub block: Option<ItemKind>,
    /// What the end of the slice means (`the end of the line`, `{`).
    pub end_means: crate::diagnostic::catalogue::Msg<0>,
}

/// Converts one pest error in the slice described by `at`.
pub(super) fn from_pest(err: &pest::error::Error<Rule>, at: Where) -> Diagnostic {
    let rel = match err.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let pos = clamp(at.text, at.start + rel);
    let positives: Vec<Rule> = match &err.variant {
        ErrorVariant::ParsingError { positives, .. } => positives.clone(),
        ErrorVariant::CustomError { .. } => Vec::new(),
    };

    // A clause whose very first word is wrong: an unknown keyword.
    if let Some(block) = at.block {
        if pos == first_code(at.text, at.start, at.end) {
            return unknown_clause(at, block, pos);
        }
    }

    let (found_span, found) = found_at(at, pos);
    let after = previous_token(at, pos)
        .map(|t| msg::AFTER_TOKEN.text([&t]))
        .unwrap_or_default();
    let wants = |r: Rule| positives.contains(&r);
    let expected = expected_phrase(&positives, at);

    // A string was expected and the text starts one: it is malformed.
    if wants(Rule::string) && at.text[pos..].starts_with('"') {
        return bad_string(at, pos);
    }
    // A name written without quotes.
    if wants(Rule::string) && starts_word(&at.text[pos..]) {
        // The whole unquoted run, `America/Toronto` rather than `America`.
        let run = at.text[pos..at.end.max(pos)]
            .find(|c: char| c.is_whitespace() || matches!(c, '{' | '}' | ',' | ']' | ';' | '#'))
            .map_or(at.end.max(pos), |i| pos + i);
        let found_span = Span::new(pos, run);
        let word = &at.text[pos..run];
        return Diagnostic::error(Code::SyntaxError, msg::UNQUOTED_NAME.text([&after, &word]))
            .at(found_span)
            .with_label(msg::UNQUOTED_NAME_LABEL.text([]))
            .help(msg::UNQUOTED_NAME_HELP.text([&word]))
            .suggest(format!("\"{word}\""));
    }
    if wants(Rule::string) && starts_curly_quote(&at.text[pos..]) {
        return Diagnostic::error(
            Code::SyntaxError,
            msg::CURLY_QUOTED_NAME.text([&after, &found]),
        )
        .at(found_span)
        .with_label(msg::CURLY_QUOTED_NAME_LABEL.text([]))
        .help(msg::CURLY_QUOTED_NAME_HELP.text([]));
    }
    // `within 2.5 days`: the amount is a whole number.
    if (wants(Rule::unit) || wants(Rule::kw_day_unit))
        && matches!(at.text[pos..].chars().next(), Some('.') | Some(','))
        && at.text[..pos].ends_with(|c: char| c.is_ascii_digit())
    {
        return Diagnostic::error(Code::SyntaxError, msg::DECIMAL_AMOUNT.text([]))
            .at(Span::new(pos, pos + 1))
            .with_label(msg::DECIMAL_AMOUNT_LABEL.text([]))
            .help(msg::DECIMAL_AMOUNT_HELP.text([]));
    }

    let mut d = Diagnostic::error(
        Code::SyntaxError,
        msg::EXPECTED_FOUND.text([&expected, &after, &found]),
    )
    .at(found_span);
    // A misspelt keyword: `extend` for `extends`, `dues` for `due`.
    let written = &at.text[found_span.start..found_span.end];
    if starts_word(written) {
        let forms = [at.lang, at.lang.other()]
            .into_iter()
            .flat_map(|lang| positives.iter().flat_map(move |&r| spellings(r, lang)));
        if let Some(kw) = closest(written, forms) {
            d.message = msg::DID_YOU_MEAN_KEYWORD.text([&d.message, &kw]);
            d = d.suggest(kw);
        }
    }
    if let Some(h) = help_for(&positives, at.lang) {
        d = d.help(h);
    }
    d
}

/// The spellings of a keyword rule, for "did you mean": the suggested
/// rows of the lexicon for the keyword rules `rule` stands for.
fn spellings(rule: Rule, lang: Lang) -> impl Iterator<Item = &'static str> {
    let rules = keyword_rules(rule);
    // Rows of both languages are offered with the English ones.
    let first = lang == Lang::En;
    lexicon::suggested(move |w| {
        matches!(w.kind, Kind::Keyword(r) if rules.contains(&r))
            && w.langs.has(lang)
            && (first || !w.langs.has(Lang::En))
    })
}

/// The keyword rules whose spellings are offered when `rule` was expected
/// (a clause rule stands for its keyword).
fn keyword_rules(rule: Rule) -> &'static [Rule] {
    use Rule::*;
    match rule {
        kw_extends | extends => &[kw_extends],
        kw_use | use_file => &[kw_use],
        kw_on_day | hours_on => &[kw_on_day],
        kw_to => &[kw_to],
        kw_if | substitute => &[kw_if],
        kw_then => &[kw_then],
        kw_from_year | from_year => &[kw_from_year],
        kw_until_year | until_year => &[kw_until_year],
        kw_easter | easter => &[kw_easter],
        kw_before => &[kw_before],
        kw_after => &[kw_after],
        kw_of => &[kw_of],
        kw_day_unit => &[kw_day_unit],
        kw_when | when_tier => &[kw_when],
        kw_at => &[kw_at],
        kw_at_time => &[kw_at_time],
        kw_from => &[kw_from],
        kw_until => &[kw_until],
        kw_on_cal | on_calendar => &[kw_on_cal],
        kw_otherwise | otherwise => &[kw_otherwise],
        kw_by => &[kw_by],
        kw_on_event => &[kw_on_event],
        kw_due => &[kw_due],
        kw_status => &[kw_status],
        kw_not_applicable => &[kw_not_applicable],
        kw_and => &[kw_and],
        kw_or => &[kw_or],
        kw_in | not_in => &[kw_in, not_in],
        _ => &[],
    }
}

/// Whether the block could not be read at all (header or stray text).
pub(super) fn junk(text: &str, start: usize, end: usize) -> Diagnostic {
    let (ws, we) = scan::word_at(text, start);
    let (span, found) = if we > ws {
        (Span::new(ws, we), format!("`{}`", &text[ws..we]))
    } else {
        let c = text[start..].chars().next().unwrap_or(' ');
        (Span::new(start, start + c.len_utf8()), describe_char(c))
    };
    let _ = end;
    let mut d = Diagnostic::error(Code::SyntaxError, msg::EXPECTED_ITEM.text([&found]))
        .at(span)
        .with_label(msg::EXPECTED_ITEM_LABEL.text([]));
    if we > ws {
        if let Some(s) = closest(&text[ws..we], top_keywords()) {
            d.message = msg::UNKNOWN_ITEM_DID_YOU_MEAN.text([&&text[ws..we], &s]);
            d = d.suggest(s);
        }
    }
    if found == "`}`" {
        d.message = msg::UNEXPECTED_CLOSE_BRACE.text([]);
        d.label = Some(msg::UNEXPECTED_CLOSE_BRACE_LABEL.text([]));
        return d.help(msg::UNEXPECTED_CLOSE_BRACE_HELP.text([]));
    }
    d.help(msg::EXPECTED_ITEM_HELP.text([]))
}

/// A block whose `}` never came. The scanner ended it before `next`, the
/// start of the next item's header (`None`: at the end of the file);
/// `last_clause` is the end of its last clause, if it has one. The help
/// says where the `}` goes, and a label marks the next item's line.
pub(super) fn unclosed(
    text: &str,
    start: usize,
    open: usize,
    last_clause: Option<usize>,
    next: Option<usize>,
    lang: Lang,
) -> Diagnostic {
    let (ws, we) = scan::word_at(text, start);
    let kw = &text[ws..we];
    let line = |at: usize| text[..at].matches('\n').count() + 1;
    let after = match last_clause {
        Some(end) => msg::UNCLOSED_BLOCK_AFTER_CLAUSE.text([&line(end)]),
        None => msg::UNCLOSED_BLOCK_AFTER_OPEN.text([&line(open)]),
    };
    let before = match next {
        Some(n) => msg::UNCLOSED_BLOCK_BEFORE_NEXT.text([&line(n)]),
        None => msg::UNCLOSED_BLOCK_AT_END.text([]),
    };
    let mut help = msg::UNCLOSED_BLOCK_HELP.text([&after, &before]);
    // A French block in an English message: the brace's role in French.
    if lang == Lang::Fr && crate::diagnostic::current() == Lang::En {
        help.push_str(&msg::UNCLOSED_BLOCK_HELP_FR.text([]));
    }
    let mut d = Diagnostic::error(Code::SyntaxError, msg::UNCLOSED_BLOCK.text([&kw]))
        .at(Span::new(open, open + 1))
        .with_label(msg::UNCLOSED_BLOCK_LABEL.text([]));
    if let Some(n) = next {
        let (ns, ne) = scan::word_at(text, n);
        d = d.also(
            Span::new(ns, ne.max(ns + 1).min(text.len())),
            match lang {
                Lang::En => msg::UNCLOSED_BLOCK_NEXT_ITEM.text([]),
                Lang::Fr => msg::UNCLOSED_BLOCK_NEXT_ITEM_FR.text([]),
            },
        );
    }
    d.help(help)
}

/// A header with no `{` after it.
pub(super) fn missing_open(text: &str, header_end: usize) -> Diagnostic {
    let end = text[..header_end].trim_end().len();
    Diagnostic::error(Code::SyntaxError, msg::MISSING_OPEN_BRACE.text([]))
        .at(Span::new(end, end))
        .with_label(msg::MISSING_OPEN_BRACE_LABEL.text([]))
        .help(msg::MISSING_OPEN_BRACE_HELP.text([]))
}

/// The item keywords, English then French.
fn top_keywords() -> impl Iterator<Item = &'static str> {
    use Rule::{kw_calendar, kw_example, kw_standard};
    [Lang::En, Lang::Fr].into_iter().flat_map(|lang| {
        lexicon::suggested(move |w| {
            w.langs.has(lang)
                && matches!(
                    w.kind,
                    Kind::Keyword(kw_calendar | kw_standard | kw_example)
                )
        })
    })
}

/// Clause keywords per block, English then French.
fn clause_heads(block: ItemKind) -> (&'static [&'static str], &'static [&'static str]) {
    match block {
        ItemKind::Calendar => (
            &[
                "timezone",
                "workdays",
                "hours",
                "holiday",
                "closed",
                "deadlines move past holidays",
                "open",
            ],
            &[
                "fuseau",
                "jours ouvrables",
                "heures",
                "férié",
                "fermé",
                "délais reportés après les fériés",
                "ouvert",
            ],
        ),
        ItemKind::Standard => (
            &[
                "title",
                "description",
                "applies when",
                "starts at",
                "stops at",
                "pauses from",
                "within",
                "cutoff",
                "extended by",
                "target",
                "warn at",
                "effective from",
                "deadlines do not move",
                "promise",
                "requires",
                "all within",
            ],
            &[
                "titre",
                "description",
                "s'applique si",
                "débute à",
                "s'arrête à",
                "suspendue de",
                "dans",
                "heure limite",
                "prolongé de",
                "cible",
                "alerte à",
                "en vigueur du",
                "délais non reportés",
                "promesse",
                "exige",
                "tous dans",
            ],
        ),
        ItemKind::Example => (
            &["standard", "case", "event", "as of", "expect"],
            &["norme", "cas", "événement", "en date du", "attendu"],
        ),
    }
}

/// The keyword part of a clause head that a typo may hit (`applies when` →
/// `applies`, `heure limite` stays two words).
fn head_keyword(head: &str) -> &str {
    match head {
        "applies when" | "starts at" | "stops at" | "pauses from" | "extended by" | "warn at"
        | "effective from" => head.split(' ').next().unwrap_or(head),
        "s'applique si" | "débute à" | "s'arrête à" | "suspendue de" | "prolongé de"
        | "alerte à" => head.split(' ').next().unwrap_or(head),
        "en vigueur du" => "en vigueur",
        "en date du" => "en date",
        _ => head,
    }
}

fn unknown_clause(at: Where, block: ItemKind, pos: usize) -> Diagnostic {
    let (en, fr) = clause_heads(block);
    let listed = |heads: &[&str]| {
        heads
            .iter()
            .map(|h| format!("`{h}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let list = match at.lang {
        Lang::En => listed(en),
        Lang::Fr => listed(fr),
    };
    let help = msg::CLAUSES_OF_BLOCK_HELP.text([&block.noun(), &list]);
    let (ws, we) = scan::word_at(at.text, pos);
    if we == ws {
        let c = at.text[pos..].chars().next().unwrap_or(' ');
        return Diagnostic::error(
            Code::SyntaxError,
            msg::EXPECTED_CLAUSE.text([&describe_char(c)]),
        )
        .at(Span::new(pos, pos + c.len_utf8()))
        .help(help);
    }
    let first = &at.text[ws..we];
    // Compare with each clause keyword over as many words as it has.
    // Ranked by distance relative to the keyword's length, so that
    // `jours ouvrable` goes to `jours ouvrables`, not to `hours`.
    let mut best: Option<(f64, &str, Span)> = None;
    let (own, others) = match at.lang {
        Lang::En => (en, fr),
        Lang::Fr => (fr, en),
    };
    for head in own.iter().chain(others.iter()) {
        let kw = head_keyword(head);
        let words = kw.split(' ').count();
        let span = words_span(at.text, pos, at.end, words);
        let written = normalize(&at.text[span.start..span.end]);
        let dist = damerau(&written, &normalize(kw));
        let score = dist as f64 / kw.chars().count() as f64;
        if dist <= tolerance(kw) && best.is_none_or(|(d, _, _)| score < d) {
            best = Some((score, kw, span));
        }
    }
    if let Some((_, kw, span)) = best {
        let written = &at.text[span.start..span.end];
        return Diagnostic::error(
            Code::SyntaxError,
            msg::UNKNOWN_CLAUSE_DID_YOU_MEAN.text([&written, &kw]),
        )
        .at(span)
        .with_label(msg::UNKNOWN_CLAUSE_LABEL.text([&block.noun()]))
        .help(help)
        .suggest(kw);
    }
    // A real keyword of another kind of block?
    for other in [ItemKind::Calendar, ItemKind::Standard, ItemKind::Example] {
        if other == block {
            continue;
        }
        let (oen, ofr) = clause_heads(other);
        let hit = oen
            .iter()
            .chain(ofr.iter())
            .any(|h| normalize(head_keyword(h)) == normalize(first));
        if hit {
            return Diagnostic::error(
                Code::SyntaxError,
                msg::CLAUSE_OF_ANOTHER_BLOCK.text([&first, &other.noun(), &block.noun()]),
            )
            .at(Span::new(ws, we))
            .with_label(msg::UNKNOWN_CLAUSE_LABEL.text([&block.noun()]))
            .help(help);
        }
    }
    Diagnostic::error(Code::SyntaxError, msg::UNKNOWN_CLAUSE.text([&first]))
        .at(Span::new(ws, we))
        .with_label(msg::UNKNOWN_CLAUSE_LABEL.text([&block.noun()]))
        .help(help)
}

fn tolerance(word: &str) -> usize {
    match word.chars().count() {
        0..=3 => 1,
        4..=7 => 2,
        _ => 3,
    }
}

/// The span of the first `n` words from `pos` (not past `end`).
fn words_span(text: &str, pos: usize, end: usize, n: usize) -> Span {
    let mut at = pos;
    let mut last = pos;
    for i in 0..n {
        if i > 0 {
            while at < end && matches!(text.as_bytes()[at], b' ' | b'\t') {
                at += 1;
            }
        }
        let (s, e) = scan::word_at(text, at);
        if e == s || e > end {
            break;
        }
        last = e;
        at = e;
    }
    Span::new(pos, last)
}

/// A malformed string: an unknown escape or no closing quote.
fn bad_string(at: Where, pos: usize) -> Diagnostic {
    let line_end = at.text[pos..]
        .find('\n')
        .map(|i| pos + i)
        .unwrap_or(at.text.len());
    let body = &at.text[pos + 1..line_end];
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, '"')) | Some((_, '\\')) => {}
                Some((_, other)) => {
                    let s = pos + 1 + i;
                    return Diagnostic::error(
                        Code::SyntaxError,
                        msg::UNKNOWN_ESCAPE.text([&other]),
                    )
                    .at(Span::new(s, s + 1 + other.len_utf8()))
                    .with_label(msg::UNKNOWN_ESCAPE_LABEL.text([]))
                    .help(msg::UNKNOWN_ESCAPE_HELP.text([]));
                }
                None => break,
            },
            '"' => break,
            _ => {}
        }
    }
    Diagnostic::error(Code::SyntaxError, msg::UNCLOSED_STRING.text([]))
        .at(Span::new(pos, pos + 1))
        .with_label(msg::UNCLOSED_STRING_LABEL.text([]))
        .help(msg::UNCLOSED_STRING_HELP.text([]))
}

/// What stands at `pos`, for "found …".
fn found_at(at: Where, pos: usize) -> (Span, String) {
    let rest = &at.text[pos..at.end.max(pos)];
    let rest_line = rest.split('\n').next().unwrap_or("");
    let trimmed = rest_line.trim_end_matches('\r');
    if trimmed.is_empty() || rest_line.starts_with('#') {
        let what = if pos >= at.text.len() {
            say("the end of the file", "la fin du fichier").to_string()
        } else {
            say("the end of the line", "la fin de la ligne").to_string()
        };
        return (Span::new(pos, pos), what);
    }
    let (ws, we) = scan::word_at(at.text, pos);
    if we > ws && we <= at.end.max(pos) {
        return (Span::new(ws, we), format!("`{}`", &at.text[ws..we]));
    }
    let c = trimmed.chars().next().unwrap_or(' ');
    (Span::new(pos, pos + c.len_utf8()), describe_char(c))
}

fn describe_char(c: char) -> String {
    match c {
        '\0' => say("a NUL character", "un caractère NUL").to_string(),
        '"' => say("a quoted name", "un nom entre guillemets").to_string(),
        c if c.is_control() => format!(
            "{} U+{:04X}",
            say("the control character", "le caractère de contrôle"),
            c as u32
        ),
        c => format!("`{c}`"),
    }
}

/// The token just before `pos` in the slice, for "after `within`".
fn previous_token(at: Where, pos: usize) -> Option<String> {
    let before = at.text.get(at.start..pos)?.trim_end();
    if before.is_empty() {
        return None;
    }
    let line = before.rsplit('\n').next().unwrap_or(before);
    if line.trim().is_empty() {
        return None;
    }
    if let Some(inner) = line.strip_suffix('"') {
        // The last string on the line.
        let open = inner.rfind('"')?;
        let s: String = line[open..].chars().take(40).collect();
        return Some(s);
    }
    let cut = line
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let tok = &line[cut..];
    Some(tok.chars().take(40).collect())
}

fn first_code(text: &str, start: usize, end: usize) -> usize {
    let slice = &text[start..end];
    start + (slice.len() - slice.trim_start().len())
}

fn starts_word(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_alphabetic())
}

fn starts_curly_quote(s: &str) -> bool {
    s.starts_with(['“', '”', '«', '»', '„', '‘', '\''])
}

fn clamp(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `en` or `fr`, in `lang`.
fn pick(lang: Lang, en: &'static str, fr: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// "A, B or C", the `or` in the language of the diagnostics.
fn or_list(items: &[impl AsRef<str>]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!(
                "{}{}{}",
                init.join(", "),
                say(" or ", " ou "),
                last.as_ref()
            )
        }
    }
}

/// "a unit such as A, B or C".
fn such_as((en, fr): (&'static str, &'static str), examples: &[impl AsRef<str>]) -> String {
    format!(
        "{}{}{}",
        say(en, fr),
        say(" such as ", " comme "),
        or_list(examples)
    )
}

fn kw(lang: Lang, en: &str, fr: &str) -> String {
    match lang {
        Lang::En => format!("`{en}`"),
        Lang::Fr => format!("`{fr}`"),
    }
}

/// The phrase for one expected rule; `None` to leave it out.
fn describe(rule: Rule, at: Where) -> Option<String> {
    let l = at.lang;
    use Rule::*;
    Some(match rule {
        kw_calendar => kw(l, "calendar", "calendrier"),
        kw_standard => kw(l, "standard", "norme"),
        kw_example => kw(l, "example", "exemple"),
        kw_extends | extends => kw(l, "extends", "étend"),
        kw_use | use_file => kw(l, "use", "utilise"),
        kw_timezone => kw(l, "timezone", "fuseau"),
        kw_workdays => kw(l, "workdays", "jours ouvrables"),
        kw_hours => kw(l, "hours", "heures"),
        kw_holiday => kw(l, "holiday", "férié"),
        kw_closed => kw(l, "closed", "fermé"),
        kw_postpone | postpone => kw(
            l,
            "deadlines move past holidays",
            "délais reportés après les fériés",
        ),
        kw_on_day | hours_on => kw(l, "on", "le"),
        kw_to => kw(l, "to", "à"),
        kw_if | substitute => kw(l, "if … then …", "si … alors …"),
        kw_then => kw(l, "then", "alors"),
        kw_from_year | from_year => kw(l, "from YEAR", "à partir de ANNÉE"),
        kw_until_year | until_year => kw(l, "until YEAR", "jusqu'à ANNÉE"),
        kw_easter | easter => kw(l, "easter", "pâques"),
        kw_before => kw(l, "before", "avant"),
        kw_after => kw(l, "after", "après"),
        kw_of => kw(l, "of", "de"),
        kw_day_unit => kw(l, "days", "jours"),
        easter_offset | sign => kw(l, "+ N days", "+ N jours"),
        kw_title => kw(l, "title", "titre"),
        kw_description => "`description`".to_string(),
        kw_promise => kw(l, "promise", "promesse"),
        kw_requires => kw(l, "requires CONDITION", "exige CONDITION"),
        kw_applies => kw(l, "applies when", "s'applique si"),
        kw_when | when_tier => kw(l, "when CONDITION", "si CONDITION"),
        kw_starts => kw(l, "starts at", "débute à"),
        kw_stops => kw(l, "stops at", "s'arrête à"),
        kw_at | kw_at_time => kw(l, "at", "à"),
        kw_pauses => kw(l, "pauses", "suspendue"),
        kw_from => kw(l, "from", "du"),
        kw_until => kw(l, "until", "jusqu'à"),
        kw_within => kw(l, "within", "dans"),
        kw_at_least | at_least => kw(l, "at least N UNIT before", "au moins N UNITÉ avant"),
        kw_unmoved | unmoved => kw(l, "deadlines do not move", "délais non reportés"),
        kw_all_within | all_within => kw(l, "all within N UNIT", "tous dans N UNITÉ"),
        kw_earlier => kw(l, "whichever is earlier", "le plus tôt des deux"),
        kw_later => kw(l, "whichever is later", "le plus tard des deux"),
        alternative => kw(
            l,
            "or N UNIT, whichever is earlier",
            "ou N UNITÉ, le plus tôt des deux",
        ),
        kw_on_cal | on_calendar => kw(l, "on \"CALENDAR\"", "selon \"CALENDRIER\""),
        kw_otherwise | otherwise => kw(l, "otherwise", "sinon"),
        kw_cutoff => kw(l, "cutoff", "heure limite"),
        kw_extended => kw(l, "extended by", "prolongé de"),
        kw_by => kw(l, "by", "de"),
        kw_on_event => kw(l, "on", "sur"),
        kw_target => kw(l, "target", "cible"),
        kw_warn => kw(l, "warn at", "alerte à"),
        kw_effective => kw(l, "effective from", "en vigueur du"),
        kw_case => kw(l, "case", "cas"),
        kw_event => kw(l, "event", "événement"),
        kw_as_of => kw(l, "as of", "en date du"),
        kw_expect => kw(l, "expect", "attendu"),
        kw_due => kw(l, "due", "échéance"),
        kw_status => kw(l, "status", "statut"),
        kw_not_applicable => kw(l, "not applicable", "non applicable"),
        kw_and => kw(l, "and", "et"),
        kw_or => kw(l, "or", "ou"),
        kw_not => kw(l, "not", "non"),
        cmp_op | kw_in | not_in => format!(
            "{} (`=`, `!=`, `<`, `<=`, `>`, `>=`, {})",
            say("a comparison", "une comparaison"),
            or_list(&[
                pick(l, "`in [...]`", "`dans [...]`"),
                pick(l, "`not in [...]`", "`hors de [...]`"),
            ])
        ),
        lang_tag => or_list(&["`en`", "`fr`"]),
        string => say("a name in double quotes", "un nom entre guillemets droits").to_string(),
        // `usual` begins a range (`within 4 to 6 weeks`) with its number.
        int | usual => say("a whole number", "un nombre entier").to_string(),
        year => such_as(("a year", "une année"), &["`2025`"]),
        number => say("a number", "un nombre").to_string(),
        percent => such_as(("a percentage", "un pourcentage"), &["`90%`"]),
        day_num => say("a day of the month", "un jour du mois").to_string(),
        tod => such_as(("a time", "une heure"), &["`16:00`"]),
        time_range => such_as(
            ("opening hours", "des heures d'ouverture"),
            &["`08:30-12:00`"],
        ),
        date => such_as(("a date", "une date"), &["`2025-06-20`"]),
        time_lit => such_as(
            ("a date and time", "une date et une heure"),
            &["`2025-06-20 10:00`"],
        ),
        weekday | weekday_range | weekday_list => such_as(
            ("a weekday", "un jour de la semaine"),
            &[kw(l, WEEKDAYS[0].0, WEEKDAYS[0].1)],
        ),
        month => such_as(("a month", "un mois"), &[kw(l, MONTHS[0].0, MONTHS[0].1)]),
        month_day => such_as(
            ("a day", "un jour"),
            &[pick(l, "`december 24`", "`24 décembre`")],
        ),
        ordinal | nth | relative | fixed => such_as(
            ("a day rule", "une règle de jour"),
            &[
                pick(l, "`june 24`", "`24 juin`"),
                pick(
                    l,
                    "`first monday of september`",
                    "`premier lundi de septembre`",
                ),
                pick(l, "`monday before may 25`", "`lundi avant 25 mai`"),
                pick(l, "`easter - 2 days`", "`pâques - 2 jours`"),
                "`2025-02-17`",
            ],
        ),
        closed_dates | closed_yearly | closed_on => such_as(
            ("a period", "une période"),
            &[
                pick(
                    l,
                    "`from december 24 to january 2`",
                    "`du 24 décembre au 2 janvier`",
                ),
                pick(l, "`on 2025-02-17`", "`le 2025-02-17`"),
            ],
        ),
        unit => such_as(
            ("a unit", "une unité"),
            &[Unit::BusinessDays, Unit::Days, Unit::Hours].map(|u| unit_kw(l, u)),
        ),
        status => such_as(
            ("a status", "un statut"),
            &[Status::Met, Status::Breached, Status::Pending].map(|s| status_kw(l, s)),
        ),
        expr | conj | neg | paren | comparison | membership | attr => {
            such_as(("a condition", "une condition"), &["`channel = \"mail\"`"])
        }
        list | lbracket => such_as(("a list", "une liste"), &["`[\"mail\", \"web\"]`"]),
        assignment => such_as(
            ("an attribute and its value", "un attribut et sa valeur"),
            &["`channel = \"mail\"`"],
        ),
        lbrace => "`{`".to_string(),
        rbrace => "`}`".to_string(),
        rbracket => "`]`".to_string(),
        lparen => "`(`".to_string(),
        rparen => "`)`".to_string(),
        comma => "`,`".to_string(),
        eq_sign => "`=`".to_string(),
        dash => say("`-` between two times", "`-` entre deux heures").to_string(),
        offset => return None,
        calendar | standard | example | calendar_head | standard_head | example_head => or_list(&[
            pick(l, "`calendar`", "`calendrier`"),
            pick(l, "`standard`", "`norme`"),
            pick(l, "`example`", "`exemple`"),
        ]),
        EOI => at.end_means.text([]),
        // Calendar clauses of issue #15.
        kw_open | open => kw(l, "open", "ouvert"),
        kw_from_rule => kw(l, "from", "à partir du"),
        kw_for => kw(l, "for N weeks", "pendant N semaines"),
        change_from => kw(l, "from DATE", "à partir du DATE"),
        hours_on_day => kw(l, "on DATE", "le DATE"),
        closed_rule => such_as(
            ("a period", "une période"),
            &[pick(
                l,
                "`from second-to-last sunday of july for 2 weeks`",
                "`à partir de l'avant-dernier dimanche de juillet pendant 2 semaines`",
            )],
        ),
        _ => say("a clause", "une clause").to_string(),
    })
}

/// "A, B or C" from the expected rules, in a stable order.
fn expected_phrase(positives: &[Rule], at: Where) -> String {
    let mut phrases: Vec<String> = Vec::new();
    // Values: one phrase for "a text or a number".
    let value = positives.contains(&Rule::string) && positives.contains(&Rule::number);
    for &r in positives {
        if value && matches!(r, Rule::string | Rule::number) {
            continue;
        }
        if let Some(p) = describe(r, at) {
            if !phrases.contains(&p) {
                phrases.push(p);
            }
        }
    }
    if value {
        phrases.insert(
            0,
            say(
                "a value (a text in double quotes or a number)",
                "une valeur (un texte entre guillemets droits ou un nombre)",
            )
            .to_string(),
        );
    }
    // The end of the clause reads best last.
    let end = at.end_means.text([]);
    if let Some(i) = phrases.iter().position(|p| *p == end) {
        let p = phrases.remove(i);
        phrases.push(p);
    }
    if phrases.is_empty() {
        return say("something else", "autre chose").to_string();
    }
    or_list(&phrases)
}

fn help_for(positives: &[Rule], lang: Lang) -> Option<String> {
    let has = |r: Rule| positives.contains(&r);
    let h = if has(Rule::unit) {
        format!("{}{}", say("units: ", "unités\u{a0}: "), unit_list(lang))
    } else if has(Rule::int) {
        format!(
            "{}{}",
            say(
                "write the allowed time as a whole number and a unit, e.g. ",
                "écrivez le délai accordé en nombre entier suivi d'une unité, p.\u{a0}ex. ",
            ),
            kw(lang, "within 10 business days", "dans 10 jours ouvrables")
        )
    } else if has(Rule::time_lit) {
        say(
            "write a local time `YYYY-MM-DD HH:MM[:SS]`, or RFC 3339 with an offset such as `2025-03-09T09:30:00-04:00`",
            "écrivez une heure locale `AAAA-MM-JJ HH:MM[:SS]`, ou en RFC\u{a0}3339 avec un décalage, comme `2025-03-09T09:30:00-04:00`",
        )
        .to_string()
    } else if has(Rule::date) {
        say(
            "write dates as `YYYY-MM-DD`, e.g. `2025-06-20`",
            "écrivez les dates `AAAA-MM-JJ`, p.\u{a0}ex. `2025-06-20`",
        )
        .to_string()
    } else if has(Rule::percent) {
        say(
            "write a percentage such as `90%` or `12.5 %`",
            "écrivez un pourcentage comme `90%` ou `12.5 %`",
        )
        .to_string()
    } else if has(Rule::tod) || has(Rule::time_range) {
        say(
            "write times as `HH:MM`, e.g. `08:30-12:00`",
            "écrivez les heures `HH:MM`, p.\u{a0}ex. `08:30-12:00`",
        )
        .to_string()
    } else if has(Rule::status) {
        format!(
            "{}{}",
            say("statuses: ", "statuts\u{a0}: "),
            status_list(lang)
        )
    } else if has(Rule::cmp_op) {
        say(
            "compare an attribute with a value: `channel = \"mail\"`, `priority >= 3`, `channel in [\"mail\", \"web\"]`",
            "comparez un attribut à une valeur\u{a0}: `channel = \"mail\"`, `priority >= 3`, `channel dans [\"mail\", \"web\"]`",
        )
        .to_string()
    } else if has(Rule::rparen) {
        say(
            "every `(` needs a matching `)`",
            "chaque `(` doit avoir sa `)`",
        )
        .to_string()
    } else if has(Rule::rbracket) {
        say(
            "separate the values with `,` and close the list with `]`",
            "séparez les valeurs par `,` et fermez la liste par `]`",
        )
        .to_string()
    } else {
        return None;
    };
    Some(h)
}

/// The units in `lang`'s keywords, in the order the language documents
/// them ([`Unit::ALL`]); English `days` says it counts calendar days.
fn unit_list(lang: Lang) -> String {
    let words: Vec<String> = Unit::ALL
        .into_iter()
        .map(|unit| match (lang, unit) {
            (Lang::En, Unit::Days) => format!(
                "{} ({})",
                unit_kw(lang, unit),
                say("calendar days", "jours civils")
            ),
            _ => unit_kw(lang, unit),
        })
        .collect();
    words.join(", ")
}

/// A unit's keyword (its plural) in `lang`: `` `business days` ``.
fn unit_kw(lang: Lang, unit: Unit) -> String {
    let ((_, en), (_, fr)) = unit.words();
    kw(lang, en, fr)
}

/// A status's keyword in `lang`: `` `at-risk` ``, `` `à risque` ``.
fn status_kw(lang: Lang, status: Status) -> String {
    kw(lang, status.id(), status.french())
}

/// The statuses in `lang`'s keywords, in report order ([`Status::ALL`]).
fn status_list(lang: Lang) -> String {
    let words: Vec<String> = Status::ALL
        .into_iter()
        .map(|status| status_kw(lang, status))
        .collect();
    words.join(", ")
}

/// The candidate nearest to `word` within a small edit distance.
pub(super) fn closest<'a>(
    word: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    let w = normalize(word);
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = damerau(&w, &normalize(c));
        if d <= tolerance(c) && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Optimal-string-alignment distance (Levenshtein plus adjacent swaps);
/// long or much longer words are never near a keyword.
pub(super) fn damerau(a: &str, b: &str) -> usize {
    if a.chars().count().abs_diff(b.chars().count()) > 3 || a.len() > 256 {
        return usize::MAX;
    }
    crate::suggest::distance(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damerau_counts_swaps_as_one() {
        assert_eq!(damerau("withn", "within"), 1);
        assert_eq!(damerau("wihtin", "within"), 1);
        assert_eq!(damerau("target", "target"), 0);
        assert_eq!(closest("standrd", top_keywords()), Some("standard"));
        assert_eq!(closest("zzz", top_keywords()), None);
    }

    #[test]
    fn unit_and_status_help_list_the_vocabulary_in_the_block_s_keywords() {
        use crate::diagnostic::with_lang;
        let help = |rule, block, prose| with_lang(prose, || help_for(&[rule], block).unwrap());
        assert_eq!(
            help(Rule::unit, Lang::En, Lang::En),
            "units: `business days`, `days` (calendar days), `weeks`, `months`, `hours`, `minutes`, `seconds`, `business hours`, `business minutes`"
        );
        assert_eq!(
            help(Rule::unit, Lang::En, Lang::Fr),
            "unités\u{a0}: `business days`, `days` (jours civils), `weeks`, `months`, `hours`, `minutes`, `seconds`, `business hours`, `business minutes`"
        );
        assert_eq!(
            help(Rule::unit, Lang::Fr, Lang::Fr),
            "unités\u{a0}: `jours ouvrables`, `jours`, `semaines`, `mois`, `heures`, `minutes`, `secondes`, `heures ouvrables`, `minutes ouvrables`"
        );
        assert_eq!(
            help(Rule::status, Lang::Fr, Lang::En),
            "statuses: `respecté`, `dépassé`, `en cours`, `à risque`, `suspendu`, `non commencé`, `non applicable`"
        );
        assert_eq!(
            help(Rule::status, Lang::En, Lang::Fr),
            "statuts\u{a0}: `met`, `breached`, `pending`, `at-risk`, `paused`, `not-started`, `not-applicable`"
        );
        assert_eq!(
            help(Rule::int, Lang::Fr, Lang::En),
            "write the allowed time as a whole number and a unit, e.g. `dans 10 jours ouvrables`"
        );
    }

    #[test]
    fn clause_heads_are_lexicon_keywords() {
        for block in [ItemKind::Calendar, ItemKind::Standard, ItemKind::Example] {
            let (en, fr) = clause_heads(block);
            for (lang, heads) in [(Lang::En, en), (Lang::Fr, fr)] {
                for head in heads {
                    assert!(lexicon::is_keyword_run(head, lang), "`{head}` ({lang:?})");
                }
            }
        }
    }
}
