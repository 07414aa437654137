//! The language of what `delai` writes for people (issue #18): `--lang`,
//! else French for a file with French keywords, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. Codes and JSON keys
//! stay English identifiers whatever the language.

#[path = "support/delai_run.rs"]
mod delai_run;

use delai_run::{delai, stderr};

const FRENCH: &str = "tests/diagnostics/plusieurs-erreurs.delai";
const ENGLISH: &str = "tests/diagnostics/unknown-month.delai";

#[test]
fn a_french_file_speaks_french() {
    let err = stderr(&delai(&["lint", FRENCH], &[], None));
    assert!(
        err.contains("erreur[unknown-month]\u{a0}: mot inconnu"),
        "{err}"
    );
    assert!(err.contains("= aide\u{a0}: écrivez un mois"), "{err}");
    assert!(!err.contains("error["), "{err}");
    // Even when the locale is English: the file's keywords decide.
    let err = stderr(&delai(&["lint", FRENCH], &[("LANG", "en_CA.UTF-8")], None));
    assert!(err.contains("erreur[unknown-month]"), "{err}");
}

#[test]
fn lang_en_makes_a_french_file_speak_english() {
    let err = stderr(&delai(&["lint", FRENCH, "--lang", "en"], &[], None));
    assert!(
        err.contains("error[unknown-month]: unknown month `févier`"),
        "{err}"
    );
    assert!(err.contains("= help: write the month"), "{err}");
    assert!(!err.contains("erreur["), "{err}");
}

#[test]
fn an_english_file_follows_the_locale() {
    let en = stderr(&delai(&["lint", ENGLISH], &[], None));
    assert!(
        en.contains("error[unknown-month]: unknown month `febuary`"),
        "{en}"
    );
    let fr = stderr(&delai(&["lint", ENGLISH], &[("LANG", "fr_CA.UTF-8")], None));
    assert!(
        fr.contains("erreur[unknown-month]\u{a0}: mot inconnu\u{a0}: `febuary`"),
        "{fr}"
    );
    // LC_ALL, then LC_MESSAGES, come before LANG.
    let all = [("LC_ALL", "en_US.UTF-8"), ("LANG", "fr_CA.UTF-8")];
    assert!(stderr(&delai(&["lint", ENGLISH], &all, None)).contains("error["));
    let messages = [("LC_MESSAGES", "fr_FR.UTF-8"), ("LANG", "en_US.UTF-8")];
    assert!(stderr(&delai(&["lint", ENGLISH], &messages, None)).contains("erreur["));
    // `--lang` wins over the locale.
    let flag = delai(
        &["lint", ENGLISH, "--lang", "en"],
        &[("LANG", "fr_CA.UTF-8")],
        None,
    );
    assert!(stderr(&flag).contains("error["));
}

#[test]
fn did_you_mean_offers_the_file_s_own_words() {
    let french =
        "calendrier \"x\" étend \"quebec\" {\n  férié \"Jour du Souvenir\" le 11 novembr\n}\n";
    let english =
        "calendar \"x\" extends \"quebec\" {\n  holiday \"Remembrance Day\" on novembr 11\n}\n";
    let fr = stderr(&delai(&["lint", "-"], &[], Some(french.as_bytes())));
    assert!(fr.contains("vouliez-vous dire `novembre`\u{a0}?"), "{fr}");
    let en = stderr(&delai(&["lint", "-"], &[], Some(english.as_bytes())));
    assert!(en.contains("did you mean `november`?"), "{en}");
    // The language of the messages does not change the file's words.
    let en_in_french = stderr(&delai(
        &["lint", "-", "--lang", "fr"],
        &[],
        Some(english.as_bytes()),
    ));
    assert!(
        en_in_french.contains("vouliez-vous dire `november`"),
        "{en_in_french}"
    );
    // The missing time zone's help names the French keyword.
    let no_zone = "calendrier \"x\" {\n  jours ouvrables lundi au vendredi\n}\n";
    let fr = stderr(&delai(&["lint", "-"], &[], Some(no_zone.as_bytes())));
    assert!(
        fr.contains("ajoutez une ligne `fuseau \"America/Toronto\"`"),
        "{fr}"
    );
}

#[test]
fn json_and_sarif_messages_are_french_and_codes_stay_english() {
    let json = delai(&["lint", FRENCH, "--format", "json"], &[], None);
    let out = String::from_utf8_lossy(&json.stdout);
    assert!(out.contains("\"code\": \"unknown-month\""), "{out}");
    assert!(out.contains("mot inconnu"), "{out}");
    assert!(out.contains("\"severity\": \"error\""), "{out}");
    let sarif = delai(&["lint", FRENCH, "--format", "sarif"], &[], None);
    let out = String::from_utf8_lossy(&sarif.stdout);
    assert!(out.contains("\"ruleId\": \"unknown-month\""), "{out}");
    assert!(out.contains("mot inconnu"), "{out}");
}

#[test]
fn the_end_of_run_hints_work_in_french() {
    // Day and month in an order delai does not guess: the hint names
    // `--time-format`, in French, once.
    let cases = "id,reçue,répondue\nc1,03/04/2025 10:00,\nc2,04/04/2025 10:00,\n";
    let out = delai(
        &[
            "check",
            "tests/fixtures/ville.delai",
            "-",
            "--as-of",
            "2025-08-01T00:00:00Z",
            "--format",
            "csv",
        ],
        &[],
        Some(cases.as_bytes()),
    );
    let err = stderr(&out);
    assert_eq!(
        err.matches("aide\u{a0}: l'ordre du jour et du mois")
            .count(),
        1,
        "{err}"
    );
    assert!(err.contains("--time-format"), "{err}");
    // Windows-1252 bytes: the hint names `--encoding`, in French.
    let mut latin1 = b"id,re\xe7ue,r\xe9pondue\nc1,2025-06-20 10:00,\n".to_vec();
    latin1.extend_from_slice(b"c2,2025-06-21 10:00,\n");
    let out = delai(
        &[
            "check",
            "tests/fixtures/ville.delai",
            "-",
            "--as-of",
            "2025-08-01T00:00:00Z",
        ],
        &[],
        Some(&latin1),
    );
    let err = stderr(&out);
    assert!(
        err.contains("aide\u{a0}: si le fichier est en Windows-1252 (Latin-1), comme le «\u{a0}CSV\u{a0}» d'Excel en français, lisez-le avec `--encoding windows-1252`"),
        "{err}"
    );
}

#[test]
fn an_unreadable_file_follows_the_locale_then_the_flag() {
    let missing = "tests/diagnostics/no-such-file.delai";
    let en = stderr(&delai(&["lint", missing], &[], None));
    assert!(en.contains("error[unreadable-file]: cannot read"), "{en}");
    let fr = stderr(&delai(&["lint", missing], &[("LANG", "fr_CA.UTF-8")], None));
    assert!(
        fr.contains("erreur[unreadable-file]\u{a0}: impossible de lire"),
        "{fr}"
    );
    let flag = stderr(&delai(&["lint", missing, "--lang", "fr"], &[], None));
    assert!(flag.contains("erreur[unreadable-file]"), "{flag}");
}

#[test]
fn summaries_of_lint_and_fmt_check_follow_the_language() {
    let fr = stderr(&delai(&["lint", FRENCH], &[], None));
    assert!(
        fr.contains("1 fichier vérifié\u{a0}: 4 erreurs, 0 avertissement"),
        "{fr}"
    );
    let en = stderr(&delai(&["lint", ENGLISH], &[], None));
    assert!(en.contains("1 file checked: 1 error, 0 warnings"), "{en}");
    let messy = "norme \"x\" {\n   dans 3 jours\n}\n";
    let out = delai(&["fmt", "--check", "-"], &[], Some(messy.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "à reformater\u{a0}: -\n"
    );
    let out = delai(
        &["fmt", "--check", "-", "--lang", "en"],
        &[],
        Some(messy.as_bytes()),
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "would reformat -\n");
}

#[test]
fn error_records_of_check_speak_the_file_s_language() {
    let cases = b"{\"id\":\"c1\",\"events\":{\"re\xc3\xa7ue\":\"hier\"}}\n";
    let args = [
        "check",
        "tests/fixtures/ville.delai",
        "-",
        "--as-of",
        "2025-08-01T00:00:00Z",
    ];
    let out = delai(&args, &[], Some(cases));
    let records = String::from_utf8_lossy(&out.stdout);
    assert!(records.contains("\"code\":\"bad-time\""), "{records}");
    assert!(
        records.contains("attendu dans `events.reçue`\u{a0}: un moment comme"),
        "{records}"
    );
}

#[test]
fn french_numbers_have_a_decimal_comma() {
    let rules = "norme \"x\" {\n  dans 3 jours\n  cible 120.5 %\n}\n";
    let err = stderr(&delai(&["lint", "-"], &[], Some(rules.as_bytes())));
    assert!(
        err.contains("la cible de 120,5\u{a0}% n'est pas un pourcentage valide"),
        "{err}"
    );
    let en = stderr(&delai(
        &["lint", "-", "--lang", "en"],
        &[],
        Some(rules.as_bytes()),
    ));
    assert!(en.contains("target 120.5% is not a percentage"), "{en}");
}
