//! The playground highlighter's word lists (`www/src/playground/lexicon.js`),
//! generated from the lexicon. The committed file must be what
//! [`module`] writes; `DELAI_BLESS=1 cargo test --lib lexicon` rewrites it.
//!
//! The highlighter reads a word as a run of letters, digits, `_`, `'` and
//! `-`, lower-cased, `’` made `'`, accents kept. So each row gives: its
//! words (split at spaces; units and statuses also at `-`, and joined by
//! `-` as the grammar allows: `at-risk`, `business-days`), each as
//! written and without accents.

use super::{words, Kind};
use std::collections::BTreeSet;

const PATH: &str = "www/src/playground/lexicon.js";

/// The words a row contributes.
fn tokens(text: &str, kind: Kind) -> Vec<String> {
    let joinable = matches!(kind, Kind::Unit(_) | Kind::Status(_));
    let mut out: Vec<String> = text.split(' ').map(str::to_string).collect();
    if joinable {
        out.extend(text.split([' ', '-']).map(str::to_string));
        out.push(text.replace(' ', "-"));
    }
    let unaccented: Vec<String> = out.iter().map(|t| unaccent(t)).collect();
    out.extend(unaccented);
    out
}

fn unaccent(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'à' | 'â' => 'a',
            'é' | 'è' | 'ê' => 'e',
            'î' | 'ï' => 'i',
            'ô' => 'o',
            'ù' | 'û' => 'u',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

/// The three sets, each without the words of the sets before it (the
/// highlighter tries them in this order).
fn sets() -> [(&'static str, &'static str, BTreeSet<String>); 3] {
    let collect = |pick: fn(Kind) -> bool| -> BTreeSet<String> {
        words()
            .iter()
            .filter(|w| pick(w.kind))
            .flat_map(|w| tokens(w.text, w.kind))
            .collect()
    };
    let keywords = collect(|k| matches!(k, Kind::Keyword(_) | Kind::Unit(_) | Kind::Ordinal(_)));
    let statuses: BTreeSet<String> = collect(|k| matches!(k, Kind::Status(_)))
        .difference(&keywords)
        .cloned()
        .collect();
    let names: BTreeSet<String> =
        collect(|k| matches!(k, Kind::Month(_) | Kind::Weekday(_) | Kind::LangTag(_)))
            .difference(&keywords)
            .filter(|w| !statuses.contains(*w))
            .cloned()
            .collect();
    [
        (
            "KEYWORDS",
            "Keywords, units and ordinals (highlighted as keywords).",
            keywords,
        ),
        ("STATUSES", "Statuses of an expected result.", statuses),
        ("NAMES", "Months, weekdays and label languages.", names),
    ]
}

/// The text of the generated module.
pub fn module() -> String {
    let mut out = String::from(
        "// Generated from the lexicon (src/syntax/lexicon/table.rs): do not edit.\n\
         // Rewrite with `DELAI_BLESS=1 cargo test --lib lexicon`.\n\
         // Words as the highlighter reads them: lower case, `'` for `’`,\n\
         // with and without accents.\n",
    );
    for (name, doc, set) in sets() {
        out.push_str(&format!("\n// {doc}\nexport const {name} = new Set(`\n"));
        let mut line = String::new();
        for w in &set {
            if !line.is_empty() && line.chars().count() + 1 + w.chars().count() > 96 {
                out.push_str(&line);
                out.push('\n');
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(w);
        }
        out.push_str(&line);
        out.push_str("\n`.trim().split(/\\s+/));\n");
    }
    out
}

#[test]
fn the_playground_word_lists_are_generated_from_the_lexicon() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(PATH);
    let want = module();
    if std::env::var_os("DELAI_BLESS").is_some() {
        std::fs::write(&path, &want).expect("write the generated word lists");
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{PATH} is not what the lexicon generates; rewrite it with \
         `DELAI_BLESS=1 cargo test --lib lexicon` and commit it"
    );
}

#[test]
fn a_row_gives_its_words_and_their_unaccented_spellings() {
    let t = tokens("à risque", Kind::Status(crate::model::Status::AtRisk));
    for w in ["à", "risque", "à-risque", "a", "a-risque"] {
        assert!(t.iter().any(|x| x == w), "{w} in {t:?}");
    }
    let t = tokens(
        "s'arrête",
        Kind::Keyword(crate::syntax::grammar::Rule::kw_stops),
    );
    assert_eq!(t, ["s'arrête", "s'arrete"]);
}
