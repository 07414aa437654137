//! `delai publish`: the public declaration of services as a citizen
//! reads it. The city's page in French and in English (snapshots, read
//! and reviewed), with the results of its 12,000 cases; a French file's
//! page with no English word; versions, promises and a folder that cannot
//! be written. The page in a browser (axe, 375 px, print) is
//! tests/wasm/browser/declaration.test.mjs.

#[path = "support/delai_run.rs"]
mod delai_run;
#[path = "support/english_words.rs"]
mod english_words;

use delai_run::{delai, stderr, temp_file};
use english_words::{english_words_in, strip_between};
use std::path::PathBuf;

const CITY: &str = "pkg-examples/data/city.delai";
const CITY_CASES: &str = "pkg-examples/data/cases.csv";
const VILLE: &str = "tests/fixtures/ville.delai";
const VILLE_CASES: &str = "tests/fixtures/ville-cas.csv";

/// Runs `delai publish RULES ARGS… -o DIR` into a fresh folder named
/// `name`, expecting success; the page, the style sheet and stderr.
fn publish(name: &str, rules: &str, args: &[&str]) -> (String, String, String) {
    publish_exiting(name, rules, args, 0)
}

/// [`publish`], expecting the exit code `code`.
fn publish_exiting(name: &str, rules: &str, args: &[&str], code: i32) -> (String, String, String) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("publish")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    let mut all = vec!["publish", rules];
    all.extend_from_slice(args);
    let dir_text = dir.to_str().unwrap().to_string();
    all.extend(["-o", &dir_text]);
    let out = delai(&all, &[], None);
    assert_eq!(out.status.code(), Some(code), "{}", stderr(&out));
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    (read("index.html"), read("style.css"), stderr(&out))
}

#[test]
fn the_citys_declaration_in_french_and_in_english() {
    for lang in ["fr", "en"] {
        let (page, css, said) = publish(
            &format!("city-{lang}"),
            CITY,
            &[
                "--results",
                CITY_CASES,
                "--as-of",
                "2026-01-05 12:00",
                "--lang",
                lang,
            ],
        );
        insta::assert_snapshot!(format!("city-declaration-{lang}"), page);
        assert_eq!(css, delai::report::DECLARATION_CSS);
        assert!(page.contains(&format!("<html lang=\"{lang}\">")));
        // The summary of the cases, then where the page went.
        let done = if lang == "fr" {
            "déclaration écrite dans"
        } else {
            "declaration written to"
        };
        assert!(said.contains("12000"), "{said}");
        assert!(said.contains(done) && said.contains("(9 "), "{said}");
    }
}

#[test]
fn without_results_the_page_has_none_and_speaks_of_its_day() {
    let (page, _, _) = publish(
        "city-bare",
        CITY,
        &["--as-of", "2027-03-01 09:00", "--lang", "en"],
    );
    assert!(!page.contains("class=\"results\""));
    assert!(!page.contains("Results counted on"));
    // The year of `--as-of`, its holidays by name.
    assert!(page.contains("Holidays and closures in 2027"), "{page}");
    assert!(
        page.contains("Thursday, June 24, 2027"),
        "Fête nationale 2027"
    );
}

#[test]
fn a_french_file_publishes_in_french_with_no_english_word() {
    // One of its cases is unreadable: said, the page still written, exit 2
    // as `report` exits.
    let (page, _, said) = publish_exiting(
        "ville",
        VILLE,
        &["--results", VILLE_CASES, "--as-of", "2026-05-01T00:00:00Z"],
        2,
    );
    assert!(said.contains("cas e1 (ligne 10)"), "{said}");
    assert!(page.contains("<html lang=\"fr\">"));
    // Codes (event and attribute names) and texts marked English are the
    // file's; the rest is the page's own words.
    let mut prose = page.clone();
    for (open, close) in [("<code>", "</code>"), ("<span lang=\"en\">", "</span>")] {
        while let Some(a) = prose.find(open) {
            let b = prose[a..]
                .find(close)
                .map_or(prose.len(), |b| a + b + close.len());
            prose.replace_range(a..b, " ");
        }
    }
    let prose = strip_between(&prose, '<', '>');
    let faults: Vec<String> = prose
        .lines()
        .flat_map(|l| {
            english_words_in(l)
                .into_iter()
                .map(move |w| format!("`{w}` in: {l}"))
        })
        .collect();
    assert!(faults.is_empty(), "{}", faults.join("\n"));
    // Each non-breaking space French typography asks for.
    assert!(page.contains("Notre engagement\u{a0}: dans un délai de 10 jours ouvrables."));
    assert!(page.contains("90\u{a0}% des demandes dans le délai"));
}

#[test]
fn a_standard_in_force_later_is_described_as_in_force_on_the_day() {
    // ville.delai's permits: 5 or 30 days in 2025, 20 days from 2026.
    let (in_2025, _, _) = publish("ville-2025", VILLE, &["--as-of", "2025-06-01T12:00:00Z"]);
    let (in_2026, _, _) = publish("ville-2026", VILLE, &["--as-of", "2026-06-01T12:00:00Z"]);
    let permits = |page: &str| {
        let at = page.find("<h2 id=\"c2\">").expect("the third commitment");
        page[at..page[at..].find("</section>").unwrap() + at].to_string()
    };
    let (old, new) = (permits(&in_2025), permits(&in_2026));
    assert!(
        old.contains("Notre engagement dépend de votre demande"),
        "{old}"
    );
    assert!(old.contains("<dd>du mercredi 1er janvier 2025 au mercredi 31 décembre 2025<br>à partir du jeudi 1er janvier 2026 — dans un délai de 20 jours</dd>"), "{old}");
    assert!(
        new.contains("Notre engagement\u{a0}: dans un délai de 20 jours."),
        "{new}"
    );
    assert!(
        new.contains("<dd>à partir du jeudi 1er janvier 2026<br>du mercredi"),
        "{new}"
    );
}

#[test]
fn a_promise_is_the_citizens_sentence_on_the_page_and_from_due() {
    let (page, _, _) = publish(
        "city-promise",
        CITY,
        &["--as-of", "2026-01-05 12:00", "--lang", "fr"],
    );
    assert!(page.contains(
        "Ce que nous vous indiquons\u{a0}: «\u{a0}Collecte de vos encombrants au plus tard le [la date]\u{a0}»"
    ));
    let due = |lang: &str| {
        let out = delai(
            &[
                "due",
                CITY,
                "--standard",
                "bulky-items",
                "--start",
                "2025-06-20 17:00",
                "--attr",
                "service=bulky-items",
                "--lang",
                lang,
            ],
            &[],
            None,
        );
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    // After the 16:00 cutoff: counted from Monday, due Thursday.
    assert!(
        due("fr").starts_with("Collecte de vos encombrants au plus tard le jeudi 26 juin 2025\n")
    );
    assert!(due("en").starts_with("Your bulky items are collected by Thursday, June 26, 2025\n"));
    // A standard without one keeps the generic sentence.
    let out = delai(
        &[
            "due",
            CITY,
            "--standard",
            "written-requests",
            "--start",
            "2025-06-20 10:00",
            "--attr",
            "channel=mail",
            "--lang",
            "fr",
        ],
        &[],
        None,
    );
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("Réponse au plus tard le mardi 8 juillet 2025"));
}

#[test]
fn a_promise_written_in_one_language_leaves_the_other_generic() {
    let rules = temp_file(
        "publish-promise",
        "rules.delai",
        "standard \"s\" {\n  within 2 business days on \"quebec\"\n  promise fr \"Votre permis au plus tard le {date}, {{sans faute}}\"\n}\n",
    );
    let out = delai(
        &[
            "due",
            rules.to_str().unwrap(),
            "--standard",
            "s",
            "--start",
            "2025-06-20 17:00",
            "--format",
            "json",
        ],
        &[],
        None,
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["text"]["fr"],
        "Votre permis au plus tard le mercredi 25 juin 2025, {sans faute}"
    );
    assert_eq!(
        json["text"]["en"],
        "You can expect an answer by Wednesday, June 25, 2025"
    );
}

#[test]
fn a_folder_that_cannot_be_written_is_an_error_naming_it() {
    let file = temp_file("publish-blocked", "not-a-folder", "a file");
    let target = file.join("declaration");
    let out = delai(
        &[
            "publish",
            CITY,
            "-o",
            target.to_str().unwrap(),
            "--lang",
            "en",
        ],
        &[],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let said = stderr(&out);
    assert!(
        said.contains("cannot write") && said.contains("not-a-folder"),
        "{said}"
    );
}

#[test]
fn unreadable_results_are_refused_before_anything_is_written() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("publish")
        .join("no-results");
    let _ = std::fs::remove_dir_all(&dir);
    let out = delai(
        &[
            "publish",
            CITY,
            "--results",
            "no-such-cases.csv",
            "-o",
            dir.to_str().unwrap(),
        ],
        &[],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no-such-cases.csv"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.exists());
}
