//! The grammar and the lexicon list the same words.
//!
//! `grammar/delai.pest` is read as text. Every rule that spells words is
//! expanded into the finite set of spellings it accepts — sequences
//! concatenated, alternatives joined, `?` and `*` optional, lookaheads
//! (`!x`, the word boundary `B`) dropped, helper rules (`E_AIGU`, `WS`,
//! `APOS`) expanded — and each spelling compared in lookup form
//! ([`super::key`]: case, accents, `-`/`_`/spaces folded) with the rows:
//!
//! - each keyword rule (`kw_*`, `not_in`) with the rows keyed by it, both
//!   ways;
//! - `known_unit` with the units, both ways (any other word is an unknown
//!   unit for the checker);
//! - `ordinal` (its letter spellings) with the ordinals, both ways;
//! - `lang_tag` with the label languages, both ways;
//! - `known_status` (the two-word statuses) must be statuses; one-word
//!   statuses, months and weekdays are any word to the grammar;
//! - `reserved`: each word must be a word of some keyword row.
//!
//! Every other rule with a literal made of letters must be named below as
//! not vocabulary (a day's `1er`, a time's `16h`), so a new keyword rule
//! cannot escape the comparison.

use super::{key, words, Kind};
use std::collections::{BTreeMap, BTreeSet};

const GRAMMAR: &str = include_str!("../../../grammar/delai.pest");

/// Rules whose letters are not words of the vocabulary.
const NOT_VOCABULARY: [&str; 4] = ["day_num", "tod", "offset", "time_lit"];

/// Helpers expanded inside the compared rules (accented letters).
const HELPERS: [&str; 6] = ["E_AIGU", "E_GRAVE", "E_CIRC", "A_GRAVE", "A_CIRC", "O_CIRC"];

// ------------------------------------------------------------ reading pest

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    /// A literal; `^"…"` and `"…"` alike (the comparison ignores case).
    Str(String),
    Sym(char),
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut it = text.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '/' if it.peek() == Some(&'/') => {
                for c in it.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '"' => {
                let mut s = String::new();
                while let Some(c) = it.next() {
                    match c {
                        '"' => break,
                        '\\' => match it.next() {
                            Some('u') => {
                                let hex: String = it
                                    .by_ref()
                                    .skip_while(|&c| c == '{')
                                    .take_while(|&c| c != '}')
                                    .collect();
                                let n = u32::from_str_radix(&hex, 16).expect("a \\u{…} escape");
                                s.push(char::from_u32(n).expect("a character"));
                            }
                            Some('n') => s.push('\n'),
                            Some('r') => s.push('\r'),
                            Some('t') => s.push('\t'),
                            Some(other) => s.push(other),
                            None => break,
                        },
                        c => s.push(c),
                    }
                }
                out.push(Tok::Str(s));
            }
            c if c.is_alphanumeric() || c == '_' => {
                let mut s = String::from(c);
                while let Some(&n) = it.peek() {
                    if n.is_alphanumeric() || n == '_' {
                        s.push(n);
                        it.next();
                    } else {
                        break;
                    }
                }
                out.push(Tok::Ident(s));
            }
            c if c.is_whitespace() => {}
            // `^` before a literal: case-insensitive, as every comparison here.
            '^' => {}
            c => out.push(Tok::Sym(c)),
        }
    }
    out
}

/// Every rule: its name and the tokens of its body.
fn rules() -> BTreeMap<String, Vec<Tok>> {
    let toks = tokenize(GRAMMAR);
    let mut rules = BTreeMap::new();
    let mut i = 0;
    while i + 1 < toks.len() {
        let (Tok::Ident(name), Tok::Sym('=')) = (&toks[i], &toks[i + 1]) else {
            i += 1;
            continue;
        };
        // `name = _{ … }`, `@{`, `${`, `{`.
        let mut j = i + 2;
        while !matches!(toks.get(j), Some(Tok::Sym('{'))) {
            j += 1;
        }
        let mut depth = 0;
        let start = j + 1;
        loop {
            match toks.get(j) {
                Some(Tok::Sym('{')) => depth += 1,
                Some(Tok::Sym('}')) => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                None => panic!("rule {name} is never closed"),
                _ => {}
            }
            j += 1;
        }
        rules.insert(name.clone(), toks[start..j].to_vec());
        i = j + 1;
    }
    rules
}

// ------------------------------------------------------------ spellings

/// The spellings of an expression: `None` when it holds something that is
/// not a literal (a digit class, `LETTER`), so that alternative is not a
/// fixed word.
type Spellings = Option<BTreeSet<String>>;

struct Expander<'a> {
    rules: &'a BTreeMap<String, Vec<Tok>>,
    toks: &'a [Tok],
    at: usize,
}

fn spellings_of(rules: &BTreeMap<String, Vec<Tok>>, rule: &str) -> BTreeSet<String> {
    expand(rules, &rules[rule]).unwrap_or_else(|| panic!("{rule} spells no fixed word"))
}

fn expand(rules: &BTreeMap<String, Vec<Tok>>, toks: &[Tok]) -> Spellings {
    let mut e = Expander { rules, toks, at: 0 };
    let s = e.alternatives();
    assert_eq!(e.at, toks.len(), "unread pest tokens: {:?}", &toks[e.at..]);
    s
}

/// Accents, case and `’` folded at the leaves keep the sets small; the
/// lookup form comes after concatenation.
fn leaf(s: &str) -> String {
    s.chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| match crate::suggest::lower(c) {
            'à' | 'â' => 'a',
            'é' | 'è' | 'ê' => 'e',
            '’' => '\'',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect()
}

impl Expander<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(&Tok::Sym(c)) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn alternatives(&mut self) -> Spellings {
        let mut all: Spellings = None;
        loop {
            if let Some(s) = self.sequence() {
                all.get_or_insert_with(BTreeSet::new).extend(s);
            }
            if !self.eat('|') {
                return all;
            }
        }
    }

    fn sequence(&mut self) -> Spellings {
        let mut acc: Spellings = Some(BTreeSet::from([String::new()]));
        loop {
            let next = self.postfix();
            acc = match (acc, next) {
                (Some(a), Some(b)) => Some(
                    a.iter()
                        .flat_map(|x| b.iter().map(move |y| format!("{x}{y}")))
                        .collect(),
                ),
                _ => None,
            };
            if !self.eat('~') {
                return acc;
            }
        }
    }

    fn postfix(&mut self) -> Spellings {
        let mut s = self.prefix();
        loop {
            if self.eat('?') || self.eat('*') {
                // Absent, or (for `*`) once: enough to list the words.
                s = s.map(|mut s| {
                    s.insert(String::new());
                    s
                });
            } else if self.eat('+') {
            } else if self.peek() == Some(&Tok::Sym('{')) {
                // `{1,2}`: once is enough (only digits repeat so).
                while !self.eat('}') {
                    self.at += 1;
                }
            } else {
                return s;
            }
        }
    }

    fn prefix(&mut self) -> Spellings {
        if self.eat('!') || self.eat('&') {
            // A lookahead consumes nothing.
            self.prefix();
            return Some(BTreeSet::from([String::new()]));
        }
        match self.peek().cloned() {
            Some(Tok::Sym('(')) => {
                self.at += 1;
                let s = self.alternatives();
                assert!(self.eat(')'), "unclosed ( in the grammar");
                s
            }
            Some(Tok::Str(s)) => {
                self.at += 1;
                Some(BTreeSet::from([leaf(&s)]))
            }
            Some(Tok::Ident(name)) => {
                self.at += 1;
                match self.rules.get(&name) {
                    Some(body) => expand(self.rules, body),
                    // A builtin class (`LETTER`, `ASCII_DIGIT`).
                    None => None,
                }
            }
            other => panic!("unexpected {other:?} in the grammar"),
        }
    }
}

// ------------------------------------------------------------ the checks

fn keys_of(spellings: &BTreeSet<String>, kind: Kind) -> BTreeSet<String> {
    spellings.iter().map(|s| key(s, kind)).collect()
}

fn rows(pick: impl Fn(Kind) -> bool) -> BTreeSet<String> {
    words()
        .iter()
        .filter(|w| pick(w.kind))
        .map(|w| key(w.text, w.kind))
        .collect()
}

fn same(what: &str, grammar: &BTreeSet<String>, lexicon: &BTreeSet<String>) -> Vec<String> {
    let mut problems = Vec::new();
    for g in grammar.difference(lexicon) {
        problems.push(format!(
            "{what}: the grammar accepts `{g}`, the lexicon lacks it"
        ));
    }
    for l in lexicon.difference(grammar) {
        problems.push(format!(
            "{what}: the lexicon has `{l}`, the grammar does not accept it"
        ));
    }
    problems
}

fn rule_name(kind: Kind) -> Option<String> {
    match kind {
        Kind::Keyword(r) => Some(format!("{r:?}")),
        _ => None,
    }
}

fn is_keyword_rule(name: &str) -> bool {
    name.starts_with("kw_") || name == "not_in"
}

#[test]
fn the_grammar_and_the_lexicon_spell_the_same_words() {
    let rules = rules();
    let mut problems = Vec::new();

    // Keywords, rule by rule, both ways.
    let lexicon_rules: BTreeSet<String> =
        words().iter().filter_map(|w| rule_name(w.kind)).collect();
    for name in rules.keys().filter(|n| is_keyword_rule(n)) {
        let kind = words()
            .iter()
            .find(|w| rule_name(w.kind).as_deref() == Some(name.as_str()))
            .map(|w| w.kind);
        let Some(kind) = kind else {
            problems.push(format!(
                "{name}: the lexicon has no row for this keyword rule"
            ));
            continue;
        };
        let grammar = keys_of(&spellings_of(&rules, name), kind);
        problems.extend(same(name, &grammar, &rows(|k| k == kind)));
    }
    for name in &lexicon_rules {
        if !rules.contains_key(name) || !is_keyword_rule(name) {
            problems.push(format!(
                "the lexicon keys rows by {name}, not a keyword rule"
            ));
        }
    }

    let unit = Kind::Unit(crate::model::Unit::Days);
    let grammar = keys_of(&spellings_of(&rules, "known_unit"), unit);
    problems.extend(same(
        "known_unit",
        &grammar,
        &rows(|k| matches!(k, Kind::Unit(_))),
    ));

    let ordinal = Kind::Ordinal(crate::syntax::ast::Ordinal::First);
    let grammar = keys_of(&spellings_of(&rules, "ordinal"), ordinal);
    problems.extend(same(
        "ordinal",
        &grammar,
        &rows(|k| matches!(k, Kind::Ordinal(_))),
    ));

    let tag = Kind::LangTag(crate::syntax::ast::Lang::En);
    let grammar = keys_of(&spellings_of(&rules, "lang_tag"), tag);
    problems.extend(same(
        "lang_tag",
        &grammar,
        &rows(|k| matches!(k, Kind::LangTag(_))),
    ));

    let status = Kind::Status(crate::model::Status::Met);
    let statuses = rows(|k| matches!(k, Kind::Status(_)));
    for s in keys_of(&spellings_of(&rules, "known_status"), status) {
        if !statuses.contains(&s) {
            problems.push(format!(
                "known_status: the grammar accepts `{s}`, the lexicon lacks it"
            ));
        }
    }

    // A reserved word ends a bare word because it starts a keyword.
    let keyword_words: BTreeSet<String> = words()
        .iter()
        .filter(|w| matches!(w.kind, Kind::Keyword(_)))
        .flat_map(|w| {
            super::super::recognise::normalize(w.text)
                .split(' ')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .flat_map(|w| match w.split_once('\'') {
            // `jusqu'à`: `jusqu'` is reserved on its own.
            Some((elided, rest)) if !rest.is_empty() => {
                vec![format!("{elided}'"), rest.to_string(), w.clone()]
            }
            _ => vec![w],
        })
        .collect();
    for r in spellings_of(&rules, "reserved") {
        let r = super::super::recognise::normalize(&r);
        if !keyword_words.contains(&r) {
            problems.push(format!("reserved: `{r}` is no word of a keyword row"));
        }
    }

    // Every literal made of letters is in a compared rule.
    let compared = |name: &str| {
        is_keyword_rule(name)
            || [
                "known_unit",
                "known_status",
                "ordinal",
                "lang_tag",
                "reserved",
            ]
            .contains(&name)
            || HELPERS.contains(&name)
            || NOT_VOCABULARY.contains(&name)
    };
    for (name, body) in &rules {
        for t in body {
            if let Tok::Str(s) = t {
                if s.chars().any(char::is_alphabetic) && !compared(name) {
                    problems.push(format!(
                        "{name}: the literal \"{s}\" is in no rule this test compares with the lexicon"
                    ));
                }
            }
        }
    }

    assert!(
        problems.is_empty(),
        "grammar/delai.pest and the lexicon (src/syntax/lexicon/table.rs) disagree:\n{}",
        problems.join("\n")
    );
}

#[test]
fn pest_rules_expand_to_their_spellings() {
    let rules = rules();
    let got = spellings_of(&rules, "kw_holiday");
    assert_eq!(
        got,
        BTreeSet::from(["ferie".to_string(), "holiday".to_string()])
    );
    let got = spellings_of(&rules, "kw_open");
    assert_eq!(got.len(), 3, "{got:?}");
    // Digit alternatives of `ordinal` are no fixed word and drop out.
    assert!(spellings_of(&rules, "ordinal")
        .iter()
        .all(|s| !s.starts_with('1')));
}

/// Each keyword rule, `ordinal`, `known_unit` (through `unit`) accept
/// every spelling they list, in full, and `reserved` (through `weekday`)
/// refuses each of its words. The alternatives of a rule share one word
/// boundary `B` and PEG does not come back to a later alternative when
/// `B` fails: this catches an alternative written before a longer one
/// it begins (`pause` before `paused`).
#[test]
fn each_rule_parses_every_spelling_it_lists() {
    use crate::syntax::grammar::{DelaiParser, Rule};
    use pest::Parser;

    let rules = rules();
    let rule = |name: &str| {
        *Rule::all_rules()
            .iter()
            .find(|r| format!("{r:?}") == name)
            .unwrap_or_else(|| panic!("no rule {name}"))
    };
    let parses_whole =
        |r: Rule, s: &str| DelaiParser::parse(r, s).is_ok_and(|pairs| pairs.as_str() == s);
    let mut problems = Vec::new();
    let mut checks = vec![
        ("ordinal".to_string(), Rule::ordinal),
        ("known_unit".to_string(), Rule::unit),
    ];
    checks.extend(
        rules
            .keys()
            .filter(|n| is_keyword_rule(n))
            .map(|n| (n.clone(), rule(n))),
    );
    for (name, r) in &checks {
        for s in spellings_of(&rules, name) {
            if !parses_whole(*r, &s) {
                problems.push(format!("{name} does not parse `{s}` in full"));
            }
        }
    }
    for s in spellings_of(&rules, "reserved") {
        if !s.contains('\'') && parses_whole(Rule::weekday, &s) {
            problems.push(format!("reserved does not stop the word `{s}`"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
