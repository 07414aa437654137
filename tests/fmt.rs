//! The formatter on real files: idempotence, comments, both languages,
//! messy input, snapshots, and a property-based language round trip.

#[path = "fmt/ast_gen.rs"]
mod ast_gen;
#[path = "fmt/normalize.rs"]
mod normalize;

use delai::fmt::{format_source, print};
use delai::model::{Expectation, RulesData};
use delai::syntax::ast::{File, Item, Lang};
use delai::syntax::parse;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

const LANGS: [Option<Lang>; 3] = [None, Some(Lang::En), Some(Lang::Fr)];

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .expect("fixture exists")
}

/// Every `.delai` file under `tests/`.
fn corpus() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "delai") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests"),
        &mut out,
    );
    out.sort();
    out
}

fn parse_clean(source: &str) -> File {
    let (file, diagnostics) = parse(source);
    let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "syntax errors {errors:#?} in\n{source}");
    file
}

fn comment_texts(file: &File) -> Vec<String> {
    file.comments
        .iter()
        .map(|c| c.text.trim_end().to_string())
        .collect()
}

#[test]
fn normative_examples_are_already_canonical() {
    for name in ["city.delai", "ville.delai"] {
        let source = fixture(name);
        let formatted = format_source(&source, None).expect("parses");
        assert_eq!(formatted, source, "{name} changed when formatted");
    }
}

#[test]
fn formatting_is_idempotent_on_every_fixture_in_every_language() {
    let files = corpus();
    assert!(files.len() >= 2, "fixtures found: {files:?}");
    let mut formatted_files = 0;
    for path in files {
        let source = std::fs::read_to_string(&path).expect("readable");
        let (file, diagnostics) = parse(&source);
        if diagnostics.iter().any(|d| d.is_error()) {
            continue; // a corpus file that tests syntax errors
        }
        formatted_files += 1;
        for lang in LANGS {
            let once = format_source(&source, lang).expect("parses");
            let twice = format_source(&once, lang).expect("formatted output parses");
            assert_eq!(once, twice, "{} ({lang:?}) not idempotent", path.display());
            // The tree-only printer agrees with itself too.
            let printed = print(&file, lang);
            let reprinted = print(&parse_clean(&printed), lang);
            assert_eq!(
                printed,
                reprinted,
                "{} ({lang:?}): print not idempotent",
                path.display()
            );
        }
    }
    assert!(formatted_files >= 2);
}

#[test]
fn translating_keeps_the_tree() {
    for name in ["city.delai", "ville.delai"] {
        let source = fixture(name);
        let original = normalize::file(&parse_clean(&source));
        let fr = format_source(&source, Some(Lang::Fr)).expect("parses");
        let en = format_source(&fr, Some(Lang::En)).expect("French output parses");
        assert_eq!(normalize::file(&parse_clean(&fr)), original, "{name} → fr");
        assert_eq!(
            normalize::file(&parse_clean(&en)),
            original,
            "{name} → fr → en"
        );
    }
}

/// The checked rules of a file, with the source positions they record
/// (which move when a file is reformatted) set to zero.
fn checked(source: &str) -> RulesData {
    let file = parse_clean(source);
    let (rules, diagnostics) = delai::check::check(&file, source);
    let Some(mut rules) = rules else {
        panic!("check failed: {diagnostics:#?}\n{source}");
    };
    for s in &mut rules.standards {
        s.line = 0;
    }
    for e in &mut rules.examples {
        e.line = 0;
        e.column = 0;
        for x in &mut e.expectations {
            match x {
                Expectation::Due { line, .. }
                | Expectation::Status { line, .. }
                | Expectation::UsualDue { line, .. }
                | Expectation::NotApplicable { line } => *line = 0,
            }
        }
    }
    rules
}

#[test]
fn formatting_keeps_the_checked_rules() {
    for name in ["city.delai", "ville.delai"] {
        let source = fixture(name);
        let original = checked(&source);
        for lang in LANGS {
            let out = format_source(&source, lang).expect("parses");
            assert_eq!(checked(&out), original, "{name} printed in {lang:?}");
        }
        let fr = format_source(&source, Some(Lang::Fr)).expect("parses");
        let back = format_source(&fr, Some(Lang::En)).expect("parses");
        assert_eq!(checked(&back), original, "{name} → fr → en");
    }
}

/// The checker's verdict on a text: its rules (positions zeroed) or its
/// diagnostic codes.
fn verdict(source: &str) -> Result<RulesData, Vec<String>> {
    let file = parse_clean(source);
    match delai::check::check(&file, source) {
        (Some(_), _) => Ok(checked(source)),
        (None, diagnostics) => Err(diagnostics.into_iter().map(|d| d.code.into()).collect()),
    }
}

#[test]
fn formatting_keeps_the_checker_verdict_on_the_whole_corpus() {
    for path in corpus() {
        let source = std::fs::read_to_string(&path).expect("readable");
        if parse(&source).1.iter().any(|d| d.is_error()) {
            continue;
        }
        let original = verdict(&source);
        for lang in LANGS {
            let out = format_source(&source, lang).expect("parses");
            assert_eq!(
                verdict(&out),
                original,
                "{} in {lang:?}:\n{out}",
                path.display()
            );
        }
    }
}

#[test]
fn comments_are_kept_once_and_in_order() {
    let source = "\
# heading of the file

# about the calendar
calendar \"c\" { # on the header
  # before the timezone
  timezone \"America/Toronto\" # after the timezone
  workdays monday to friday
  # at the end of the block
} # after the brace

standard \"s\" {
  within 2 days on \"c\" # trailing
}

# end of file
";
    for lang in LANGS {
        let out = format_source(source, lang).expect("parses");
        let before = comment_texts(&parse_clean(source));
        let after = comment_texts(&parse_clean(&out));
        assert_eq!(before, after, "{lang:?}:\n{out}");
        // On canonical text, spans alone place comments as the source does.
        assert_eq!(print(&parse_clean(&out), lang), out);
        if lang.is_none() {
            assert_eq!(out, source);
        }
    }
    for name in ["city.delai", "ville.delai"] {
        let source = fixture(name);
        for lang in LANGS {
            let out = format_source(&source, lang).expect("parses");
            assert_eq!(
                comment_texts(&parse_clean(&source)),
                comment_texts(&parse_clean(&out))
            );
        }
    }
}

#[test]
fn messy_files_are_normalised() {
    let messy = "  # heading\r\n\r\ncalendrier   \"bureaux\"   etend \"quebec\"{\r\n\
        heures 08:30-12:00,13:00-16:30 ; ferme \"Fetes\" du 24 decembre au 2 janvier\r\n\
        ferie \"X\"   le 1 juillet,si dimanche alors lundi # moved\r\n}\r\n\
        norme \"n\" { s'applique si (canal = \"a\" et ((type != \"b\"))) ou non (x dans [1,2.50])\r\n\
        debute a \"recue\" ; s'arrete a \"repondue\"\r\n\
        dans 1 jours ouvrables selon \"bureaux\"\r\n\
        titre \"Dit \\\"bonjour\\\" \\\\ salut\"\r\n\
        cible 90%\r\n}\r\n\
        exemple \"e\" { norme \"n\"; cas canal = \"a\" ; evenement \"recue\" le 2025-06-20 10:00:00 ; attendu statut depasse }\r\n";
    let expected = "# heading

calendrier \"bureaux\" étend \"quebec\" {
  heures 08:30-12:00, 13:00-16:30
  fermé \"Fetes\" du 24 décembre au 2 janvier
  férié \"X\" le 1 juillet, si dimanche alors lundi # moved
}

norme \"n\" {
  s'applique si canal = \"a\" et type != \"b\" ou non x dans [1, 2.50]
  débute à \"recue\"
  s'arrête à \"repondue\"
  dans 1 jour ouvrable selon \"bureaux\"
  titre \"Dit \\\"bonjour\\\" \\\\ salut\"
  cible 90 %
}

exemple \"e\" {
  norme \"n\"
  cas canal = \"a\"
  événement \"recue\" le 2025-06-20 10:00:00
  attendu statut dépassé
}
";
    let out = format_source(messy, None).expect("parses");
    assert_eq!(out, expected);
    assert_eq!(format_source(&out, None).expect("parses"), out);
}

#[test]
fn two_substitutions_are_printed_in_both_languages_and_read_back() {
    let en = "calendar \"us\" {
  timezone \"America/New_York\"
  holiday \"Independence Day\" on july 4, if saturday then friday, if sunday then monday from 1941
}
";
    let fr = "calendrier \"us\" {
  fuseau \"America/New_York\"
  férié \"Independence Day\" le 4 juillet, si samedi alors vendredi, si dimanche alors lundi à partir de 1941
}
";
    assert_eq!(format_source(en, None).expect("parses"), en);
    assert_eq!(format_source(en, Some(Lang::Fr)).expect("parses"), fr);
    assert_eq!(format_source(fr, None).expect("parses"), fr);
    assert_eq!(format_source(fr, Some(Lang::En)).expect("parses"), en);
    // Written without commas, in mixed languages: the same canonical line.
    let loose = en.replace(
        ", if saturday then friday, if sunday then monday",
        " if saturday then friday si dimanche alors lundi",
    );
    assert_eq!(format_source(&loose, Some(Lang::En)).expect("parses"), en);
    // And the rules checked from each are the same.
    assert_eq!(checked(en), checked(fr));
    let holiday = &checked(en).calendars[0].holidays[0];
    assert_eq!(
        holiday.substitute,
        vec![
            (chrono::Weekday::Sat, chrono::Weekday::Fri),
            (chrono::Weekday::Sun, chrono::Weekday::Mon)
        ]
    );
}

#[test]
fn a_promise_is_printed_in_both_languages_and_read_back() {
    let en = "standard \"bulky-items\" {
  within 2 business days on \"quebec\"
  promise \"Collected by {date}, {{no fee}}\"
  promise fr \"Collecte au plus tard le {date}\"
}
";
    let fr = "norme \"bulky-items\" {
  dans 2 jours ouvrables selon \"quebec\"
  promesse en \"Collected by {date}, {{no fee}}\"
  promesse fr \"Collecte au plus tard le {date}\"
}
";
    assert_eq!(format_source(en, None).expect("parses"), en);
    assert_eq!(format_source(en, Some(Lang::Fr)).expect("parses"), fr);
    // Tags written stay written: back in English, both are tagged.
    let back = format_source(fr, Some(Lang::En)).expect("parses");
    assert_eq!(back, en.replace("promise \"", "promise en \""));
    let rules = checked(en);
    assert_eq!(rules, checked(&back));
    assert_eq!(rules, checked(fr));
    let promise = &rules.standards[0].promise;
    assert_eq!(
        promise.en.as_deref(),
        Some("Collected by {date}, {{no fee}}")
    );
    assert_eq!(
        promise.fr.as_deref(),
        Some("Collecte au plus tard le {date}")
    );
}

#[test]
fn a_requirement_is_printed_in_both_languages_and_read_back() {
    let en = "standard \"satisfaction\" {
  applies when channel in [\"mail\", \"web\"]
  starts at \"answered\"
  requires satisfaction >= 4 and not courtesy < 2
  target 85%
}
";
    let fr = "norme \"satisfaction\" {
  s'applique si channel dans [\"mail\", \"web\"]
  débute à \"answered\"
  exige satisfaction >= 4 et non courtesy < 2
  cible 85 %
}
";
    assert_eq!(format_source(en, None).expect("parses"), en);
    assert_eq!(format_source(en, Some(Lang::Fr)).expect("parses"), fr);
    assert_eq!(format_source(fr, Some(Lang::En)).expect("parses"), en);
    let rules = checked(en);
    assert_eq!(rules, checked(fr));
    let s = &rules.standards[0];
    assert!(s.tiers.is_empty(), "a requirement has no tiers");
    assert_eq!(s.scored_attribute(), None, "it reads two attributes");
    let mut read = Vec::new();
    s.requires
        .as_ref()
        .expect("a requirement")
        .attributes(&mut read);
    assert_eq!(read, ["satisfaction", "courtesy"]);
}

#[test]
fn syntax_errors_are_returned_not_formatted() {
    let errors = format_source("calendar \"x\" {\n  timezone\n", None).expect_err("broken file");
    assert!(errors.iter().all(|d| d.is_error()) && !errors.is_empty());
}

#[test]
fn snapshot_city_in_french() {
    insta::assert_snapshot!(format_source(&fixture("city.delai"), Some(Lang::Fr)).expect("parses"));
}

#[test]
fn snapshot_ville_in_english() {
    insta::assert_snapshot!(format_source(&fixture("ville.delai"), Some(Lang::En)).expect("parses"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Print a random tree in one language, read it back, print it in the
    /// other, read it back: the tree is the one we started from.
    #[test]
    fn language_round_trip(file in ast_gen::file(), first in prop_oneof![Just(Lang::En), Just(Lang::Fr)]) {
        let second = match first { Lang::En => Lang::Fr, Lang::Fr => Lang::En };
        let one = print(&file, Some(first));
        let (parsed, diags) = parse(&one);
        prop_assert!(!diags.iter().any(|d| d.is_error()), "{diags:#?}\n{one}");
        let two = print(&parsed, Some(second));
        let (reparsed, diags) = parse(&two);
        prop_assert!(!diags.iter().any(|d| d.is_error()), "{diags:#?}\n{two}");
        prop_assert_eq!(normalize::file(&reparsed), normalize::file(&file), "\n{}\n{}", one, two);
        // And printing is stable.
        prop_assert_eq!(print(&reparsed, Some(second)), two);
    }
}

/// Comments scattered over a printed file: on their own lines (at any
/// indentation) and at the ends of lines.
fn sprinkle_comments(text: &str, marks: &[u8]) -> String {
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        let mark = marks.get(i).copied().unwrap_or(0);
        if mark & 1 != 0 {
            let indent = " ".repeat(usize::from(mark >> 2) % 4);
            out.push_str(&format!("{indent}# own line {i}\n"));
        }
        out.push_str(line);
        if mark & 2 != 0 {
            out.push_str(&format!("   # end of line {i}"));
        }
        out.push('\n');
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Wherever comments are, formatting keeps each once, in order, leaves
    /// the tree alone and is idempotent; and on the formatted text the
    /// span-only printer places them as the source-aware one did.
    #[test]
    fn comments_survive_anywhere(
        file in ast_gen::file(),
        lang in prop_oneof![Just(Lang::En), Just(Lang::Fr)],
        marks in proptest::collection::vec(any::<u8>(), 0..80),
    ) {
        let source = sprinkle_comments(&print(&file, Some(lang)), &marks);
        let out = format_source(&source, None).expect("parses");
        let (before, after) = (parse_clean(&source), parse_clean(&out));
        prop_assert_eq!(comment_texts(&before), comment_texts(&after), "\n{}\n{}", source, out);
        let strip = |f: &File| File { comments: vec![], ..normalize::file(f) };
        prop_assert_eq!(strip(&before), strip(&after));
        prop_assert_eq!(&format_source(&out, None).expect("parses"), &out);
        prop_assert_eq!(&print(&after, None), &out);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Whatever the spans say (even nonsense: items out of order, comments
    /// unsorted, spans past the source), every comment is printed exactly
    /// once and nothing panics.
    #[test]
    fn every_comment_is_printed_once_whatever_its_span(
        file in ast_gen::file(),
        spans in proptest::collection::vec((0usize..400, 0usize..40), 0..12),
        item_spans in proptest::collection::vec((0usize..400, 0usize..200), 4),
        source in "[a-z \\n#é]{0,300}",
    ) {
        let mut file = file;
        file.comments = spans
            .iter()
            .enumerate()
            .map(|(i, &(start, len))| delai::syntax::ast::Comment {
                text: format!("#§{i}§"),
                span: delai::Span::new(start, start + len),
            })
            .collect();
        for (item, &(start, len)) in file.items.iter_mut().zip(&item_spans) {
            let span = delai::Span::new(start, start + len);
            match item {
                Item::Calendar(c) => c.span = span,
                Item::Standard(s) => s.span = span,
                Item::Example(e) => e.span = span,
                Item::Use(u) => u.span = span,
            }
        }
        let mut expected: Vec<String> = file.comments.iter().map(|c| c.text.clone()).collect();
        expected.sort();
        for out in [print(&file, None), delai::fmt::print_source(&file, &source, Some(Lang::Fr))] {
            let mut found: Vec<String> = out
                .split("#§")
                .skip(1)
                .map(|rest| format!("#§{}§", rest.split('§').next().unwrap_or("")))
                .collect();
            found.sort();
            prop_assert_eq!(&found, &expected, "\n{}", out);
        }
    }
}
