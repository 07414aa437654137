//! Every command's words for people in both languages (issue #18): a
//! French rules file gets French results, summaries, reasons, reports and
//! explanations, `--lang en` English ones; each output is snapshotted in
//! both, and no French output holds an English word of the outputs' own.

#[path = "support/delai_run.rs"]
mod delai_run;
#[path = "support/english_words.rs"]
mod english_words;

use delai_run::{delai, stderr, stdout};
use english_words::{english_words_in, strip_between};

const VILLE: &str = "tests/fixtures/ville.delai";
const CASES: &str = "tests/fixtures/ville-cas.csv";
const AS_OF: &str = "2026-05-01T00:00:00Z";

/// Examples that fail each way an expectation can: due, status, not
/// applicable, and one that passes.
const EXAMPLES: &str = r#"norme "lettres" {
  s'applique si canal = "courrier"
  débute à "reçue"
  s'arrête à "répondue"
  dans 3 jours selon "quebec"
}

exemple "une lettre" {
  norme "lettres"
  cas canal = "courrier"
  événement "reçue" le 2025-06-20 10:00
  attendu échéance 2025-06-23 23:59:59
}

exemple "une échéance fausse" {
  norme "lettres"
  cas canal = "courrier"
  événement "reçue" le 2025-06-20 10:00
  attendu échéance 2025-06-24 23:59:59
  attendu statut respecté
}

exemple "une lettre jugée non applicable à tort" {
  norme "lettres"
  cas canal = "courrier"
  événement "reçue" le 2025-06-20 10:00
  attendu non applicable
}
"#;

/// The outputs of a command run on the French file, in French (no
/// option) and with `--lang en`: `(french, english)`.
fn both(
    args: &[&str],
    stdin: Option<&[u8]>,
    read: fn(&std::process::Output) -> String,
) -> (String, String) {
    let fr = read(&delai(args, &[], stdin));
    let mut en_args = args.to_vec();
    en_args.extend(["--lang", "en"]);
    let en = read(&delai(&en_args, &[], stdin));
    (fr, en)
}

/// Fails on any English word of [`english_words::ENGLISH`] in `output`,
/// once the input's own text is set aside: `code`, « names », tags and
/// the style sheet of a page, and the `names` given (the file's ids,
/// names, and values of options).
fn assert_no_english(what: &str, output: &str, names: &[&str]) {
    let mut text = output.to_string();
    if let (Some(a), Some(b)) = (text.find("<style>"), text.find("</style>")) {
        text.replace_range(a..b, "");
    }
    for name in names {
        text = text.replace(name, " ");
    }
    let text = strip_between(&text, '<', '>');
    let mut faults = Vec::new();
    for line in text.lines() {
        let prose: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        let prose = strip_between(&prose, '«', '»');
        for english in english_words_in(&prose) {
            faults.push(format!("`{english}` in: {line}"));
        }
    }
    assert!(faults.is_empty(), "{what}:\n{}", faults.join("\n"));
}

#[test]
fn test_results_and_summary() {
    let (fr, en) = both(&["test", "-"], Some(EXAMPLES.as_bytes()), stdout);
    assert!(fr.contains("exemples\u{a0}: 1 réussi, 2 échoués"), "{fr}");
    assert!(fr.contains("attendu\u{a0}: statut respecté"), "{fr}");
    assert!(en.contains("examples: 1 passed, 2 failed"), "{en}");
    assert!(en.contains("expected: status met"), "{en}");
    insta::assert_snapshot!("test.fr", fr);
    insta::assert_snapshot!("test.en", en);
    assert_no_english("test", &fr, &[]);
    let (fr, en) = both(
        &["test", "-", "--format", "junit"],
        Some(EXAMPLES.as_bytes()),
        stdout,
    );
    assert!(
        fr.contains("ligne 19\u{a0}: attendu échéance 2025-06-24 23:59:59 -04:00, obtenu échéance"),
        "{fr}"
    );
    assert!(
        en.contains("line 19: expected due 2025-06-24 23:59:59 -04:00, actual due"),
        "{en}"
    );
}

#[test]
fn check_summary_and_written_count() {
    let args = [
        "check", VILLE, CASES, "--as-of", AS_OF, "--status", "breached",
    ];
    let (fr, en) = both(&args, None, stderr);
    assert!(fr.contains("9 cas lus, 1 illisible\u{a0}; "), "{fr}");
    assert!(en.contains("9 cases read, 1 unreadable; "), "{en}");
    insta::assert_snapshot!("check.fr", fr);
    insta::assert_snapshot!("check.en", en);
    assert_no_english("check", &fr, &["--status breached"]);
}

/// The report's names: the file's standard ids and the periods.
const REPORT_NAMES: &[&str] = &[
    "demandes-ecrites",
    "rendez-vous-ecocentre",
    "avis-public",
    "permis",
];

#[test]
fn report_table() {
    let args = ["report", VILLE, CASES, "--as-of", AS_OF, "--by", "quarter"];
    let (fr, en) = both(&args, None, stdout);
    assert!(fr.starts_with("norme "), "{fr}");
    assert!(fr.contains("33,3\u{a0}%"), "{fr}");
    assert!(en.starts_with("standard "), "{en}");
    assert!(en.contains("33.3%"), "{en}");
    // People's periods in French; the identifiers in English.
    assert!(fr.contains(" T2 2025 "), "{fr}");
    assert!(en.contains(" 2025-Q2 "), "{en}");
    insta::assert_snapshot!("report_table.fr", fr);
    insta::assert_snapshot!("report_table.en", en);
    assert_no_english("report", &fr, REPORT_NAMES);
    let (fr, en) = both(&args, None, stderr);
    assert!(
        fr.contains("erreur\u{a0}: cas e1 (ligne 10)\u{a0}: "),
        "{fr}"
    );
    assert!(en.contains("error: case e1 (line 10): "), "{en}");
}

#[test]
fn report_html() {
    let args = [
        "report",
        VILLE,
        CASES,
        "--as-of",
        AS_OF,
        "--by",
        "fiscal-quarter",
        "--format",
        "html",
    ];
    let (fr, en) = both(&args, None, stdout);
    assert!(
        fr.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"),
        "{fr}"
    );
    assert!(
        fr.contains("<title>Normes de service\u{a0}: conformité</title>"),
        "{fr}"
    );
    assert!(fr.contains("Répondre aux demandes écrites"), "{fr}");
    assert!(fr.contains("par trimestre financier"), "{fr}");
    assert!(fr.contains(">AF 2025-2026 T1<"), "{fr}");
    assert!(!fr.contains("FY2025"), "{fr}");
    assert!(en.contains(">FY2025-26-Q1<"), "{en}");
    assert!(
        en.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"),
        "{en}"
    );
    assert!(
        en.contains("<title>Service standards: compliance</title>"),
        "{en}"
    );
    assert!(en.contains("Respond to written requests"), "{en}");
    insta::assert_snapshot!("report_html.fr", fr);
    insta::assert_snapshot!("report_html.en", en);
    assert_no_english("html", &fr, REPORT_NAMES);
}

#[test]
fn report_fail_under_target() {
    let cases = std::fs::read_to_string(CASES).unwrap();
    let readable: String = cases
        .lines()
        .filter(|l| !l.starts_with("e1,"))
        .map(|l| format!("{l}\n"))
        .collect();
    let args = [
        "report",
        VILLE,
        "-",
        "--as-of",
        AS_OF,
        "--fail-under-target",
        "--quiet",
    ];
    let (fr, en) = both(&args, Some(readable.as_bytes()), stderr);
    assert!(
        fr.contains(
            "cible manquée\u{a0}: demandes-ecrites à 33,3\u{a0}% pour une cible de 90\u{a0}%"
        ),
        "{fr}"
    );
    assert!(
        en.contains("target missed: demandes-ecrites at 33.3 % against 90 %"),
        "{en}"
    );
    assert_no_english("--fail-under-target", &fr, REPORT_NAMES);
}

#[test]
fn calendar_reasons_and_list() {
    let args = ["calendar", VILLE, "--calendar", "bureaux", "--year", "2025"];
    let (fr, en) = both(&args, None, stdout);
    assert!(
        fr.contains("2025-06-24  mardi      férié\u{a0}: Fête nationale"),
        "{fr}"
    );
    assert!(
        en.contains("2025-06-24  Tuesday    holiday: Fête nationale"),
        "{en}"
    );
    insta::assert_snapshot!("calendar.fr", fr);
    insta::assert_snapshot!("calendar.en", en);
    // The holidays' names are the calendar's.
    let names: Vec<&str> = fr
        .lines()
        .filter_map(|l| l.split("\u{a0}: ").nth(1))
        .collect();
    assert_no_english("calendar", &fr, &names);
    let (fr, en) = both(&["calendar", VILLE], None, stdout);
    assert!(fr.starts_with("calendrier "), "{fr}");
    assert!(fr.contains(" intégré "), "{fr}");
    assert!(en.starts_with("calendar "), "{en}");
    assert_no_english(
        "calendar list",
        &fr,
        &["America/Toronto", "quebec-procedure-civile", "canada"],
    );
}

#[test]
fn due_and_explain_follow_the_file_then_the_flag() {
    let args = [
        "due",
        VILLE,
        "--standard",
        "demandes-ecrites",
        "--start",
        "2025-06-20 10:00",
        "--attr",
        "canal=courrier",
        "--attr",
        "type=information",
    ];
    let (fr, en) = both(&args, None, stdout);
    assert!(
        fr.contains("échéance\u{a0}: 2025-07-08T23:59:59-04:00"),
        "{fr}"
    );
    assert!(en.contains("due: 2025-07-08T23:59:59-04:00"), "{en}");
    insta::assert_snapshot!("due.fr", fr);
    insta::assert_snapshot!("due.en", en);
    let case = r#"{"id":"a","attributes":{"canal":"courrier","type":"information"},"events":{"reçue":"2025-06-20T10:00:00-04:00"}}"#.as_bytes();
    let args = [
        "explain",
        VILLE,
        "--standard",
        "demandes-ecrites",
        "-",
        "--as-of",
        AS_OF,
    ];
    let (fr, en) = both(&args, Some(case), stdout);
    insta::assert_snapshot!("explain.fr", fr);
    insta::assert_snapshot!("explain.en", en);
    assert!(!fr.contains("Not counted"), "{fr}");
    // An English file follows the locale.
    let city = [
        "due",
        "tests/fixtures/city.delai",
        "--standard",
        "written-requests",
        "--start",
        "2025-06-20 10:00",
        "--attr",
        "channel=mail",
    ];
    let fr = stdout(&delai(&city, &[("LANG", "fr_CA.UTF-8")], None));
    assert!(fr.contains("échéance\u{a0}: "), "{fr}");
    let en = stdout(&delai(&city, &[], None));
    assert!(en.contains("due: "), "{en}");
}

/// The README's French section shows the language in one screen with
/// French keywords: that file checks, its example passes, and it is in
/// the formatter's layout, so that a reader copying it starts from
/// something that works.
#[test]
fn the_readme_french_screen_runs() {
    let readme = include_str!("../README.md");
    let section = &readme[readme
        .find("\n## En français\n")
        .expect("the French section")..];
    let section = &section[..section[1..].find("\n## ").expect("a next section")];
    let block = section
        .split("```")
        .skip(1)
        .step_by(2)
        .find(|b| b.starts_with("\ncalendrier"))
        .expect("a block of rules in French")
        .trim_start_matches('\n');
    let tested = delai(&["test", "-"], &[], Some(block.as_bytes()));
    assert!(tested.status.success(), "{}", stderr(&tested));
    assert!(
        stdout(&tested).contains("exemples\u{a0}: 1 réussi, 0 échoué"),
        "{}",
        stdout(&tested)
    );
    let formatted = delai(&["fmt", "--check", "-"], &[], Some(block.as_bytes()));
    assert!(formatted.status.success(), "{}", stderr(&formatted));
}

/// Periods as people read them: French words in the table and the page
/// (`juin 2025`, `T2 2025`, `AF 2025-2026 T1`), while JSON and CSV keep
/// the identifiers in both languages (`2025-06`, `2025-Q2`,
/// `FY2025-26-Q1`).
#[test]
fn report_periods_in_words_and_identifiers() {
    let by = |period: &str, format: &str| -> (String, String) {
        let args = [
            "report", VILLE, CASES, "--as-of", AS_OF, "--by", period, "--format", format,
        ];
        both(&args, None, stdout)
    };
    let (fr, en) = by("month", "table");
    assert!(fr.contains(" juin 2025 "), "{fr}");
    assert!(en.contains(" 2025-06 "), "{en}");
    insta::assert_snapshot!("report_months.fr", fr);
    insta::assert_snapshot!("report_months.en", en);
    assert_no_english("report by month", &fr, REPORT_NAMES);
    let (fr, en) = by("fiscal-quarter", "table");
    assert!(fr.contains(" AF 2025-2026 T1 "), "{fr}");
    assert!(en.contains(" FY2025-26-Q1 "), "{en}");
    insta::assert_snapshot!("report_fiscal_quarters.fr", fr);
    insta::assert_snapshot!("report_fiscal_quarters.en", en);
    for format in ["json", "csv"] {
        for (period, id) in [
            ("month", "2025-06"),
            ("quarter", "2025-Q2"),
            ("fiscal-quarter", "FY2025-26-Q1"),
        ] {
            let (fr, en) = by(period, format);
            assert_eq!(fr, en, "{format} by {period} is the same in both languages");
            assert!(fr.contains(id), "{format} by {period}: {fr}");
        }
    }
}

/// `delai ARGS` on stdout and stderr together, with `--lang fr` first
/// for French and nothing for English (no rules file, no locale).
fn help_pair(args: &[&str]) -> (String, String) {
    let both_streams = |o: std::process::Output| format!("{}{}", stdout(&o), stderr(&o));
    let mut fr_args = vec!["--lang", "fr"];
    fr_args.extend(args);
    let fr = both_streams(delai(&fr_args, &[], None));
    let en = both_streams(delai(args, &[], None));
    (fr, en)
}

/// What the help names rather than says: the commands, and the
/// environment's variables; and French's own « entrée standard » and
/// « sortie standard » (stdin, stdout), which share a word with English.
const HELP_NAMES: &[&str] = &[
    "entrée standard",
    "sortie standard",
    "https://no-color.org",
    "NO_COLOR",
    "LC_ALL",
    "LC_MESSAGES",
    "completions",
    "calendar",
    "compile",
    "explain",
    "report",
    "check",
    "lint",
    "due",
    "fmt",
    "test",
    "man",
    "help",
];

/// The help's own words, for the English-words check: without the
/// examples (commands, run as written), option names (`--as-of`) and the
/// values an option takes (`[valeurs possibles : month, quarter…]`),
/// which are identifiers.
fn help_prose(help: &str) -> String {
    let help = help.split("Exemples\u{a0}:").next().unwrap_or(help);
    let help = english_words::strip_between(help, '[', ']');
    help.split_whitespace()
        .filter(|w| !w.starts_with('-') && !w.starts_with("delai-"))
        .collect::<Vec<_>>()
        .join(" ")
        .replace(". ", ".\n")
}

#[test]
fn help_in_french_and_english() {
    for (name, args) in [
        ("help", &["--help"][..]),
        ("help_check", &["check", "--help"][..]),
        ("help_report", &["report", "--help"][..]),
    ] {
        let (fr, en) = help_pair(args);
        assert!(fr.contains("Utilisation\u{a0}: delai"), "{fr}");
        assert!(fr.contains("Options\u{a0}:"), "{fr}");
        assert!(en.contains("Usage: delai"), "{en}");
        insta::assert_snapshot!(format!("{name}.fr"), fr);
        insta::assert_snapshot!(format!("{name}.en"), en);
        assert_no_english(name, &help_prose(&fr), HELP_NAMES);
    }
    let (fr, _) = help_pair(&["check", "--help"]);
    assert!(fr.contains("--output <FICHIER>"), "{fr}");
    assert!(fr.contains("[par défaut\u{a0}: jsonl]"), "{fr}");
    assert!(
        fr.contains("Exemples\u{a0}:\n  delai check city.delai"),
        "{fr}"
    );
    // Without --lang, the locale decides, as for everything else.
    let out = delai(&["due", "--help"], &[("LANG", "fr_CA.UTF-8")], None);
    assert!(
        stdout(&out).contains("L'échéance d'une norme"),
        "{}",
        stdout(&out)
    );
    // Every command's every option has its help in French too.
    for command in [
        "lint",
        "check",
        "due",
        "report",
        "explain",
        "fmt",
        "test",
        "calendar",
        "compile",
        "completions",
        "man",
    ] {
        let (fr, _) = help_pair(&[command, "--help"]);
        let options = fr
            .split("Options\u{a0}:")
            .nth(1)
            .expect("an Options section");
        for line in options.lines().take_while(|l| !l.starts_with("Exemples")) {
            let trimmed = line.trim_start();
            if trimmed.starts_with('-') {
                let described = trimmed
                    .split_once("  ")
                    .is_some_and(|(_, help)| !help.trim().is_empty());
                assert!(described, "delai {command}: `{}` has no help", line.trim());
            }
        }
    }
}

#[test]
fn manual_page_in_french_and_english() {
    let (fr, en) = help_pair(&["man"]);
    assert!(fr.contains("\n.SH NOM\n"), "French sections");
    assert!(fr.contains("\n.SH COMMANDES\n"), "French sections");
    assert!(
        fr.contains("Juger des cas selon chaque norme"),
        "French words"
    );
    assert!(!fr.contains(".SH NAME"), "no English section");
    assert!(en.contains("\n.SH NAME\n"), "English sections");
    assert!(
        en.contains("Judge cases against every standard"),
        "English words"
    );
    let page = |text: &str| -> String {
        let start = text.find(".TH delai-due").expect("the due page");
        let end = text[start..]
            .find(".TH delai-report")
            .expect("the next page");
        text[start..start + end].to_string()
    };
    insta::assert_snapshot!("man_due.fr", page(&fr));
    insta::assert_snapshot!("man_due.en", page(&en));
}

/// clap's errors, before any rules file: in French from the catalogue,
/// clap's suggestion kept; in English clap's own.
#[test]
fn parse_errors_in_french_and_english() {
    let cases: [(&str, &[&str], &str, &str); 10] = [
        (
            "unknown_option",
            &["check", "city.delai", "--formt", "csv"],
            "erreur\u{a0}: option inconnue «\u{a0}--formt\u{a0}»",
            "astuce\u{a0}: une option semblable existe\u{a0}: «\u{a0}--format\u{a0}»",
        ),
        (
            "unknown_command",
            &["chek"],
            "erreur\u{a0}: commande inconnue «\u{a0}chek\u{a0}»",
            "une commande semblable existe\u{a0}: «\u{a0}check\u{a0}»",
        ),
        (
            "invalid_value",
            &["report", "city.delai", "--by", "quartr"],
            "valeur «\u{a0}quartr\u{a0}» invalide pour «\u{a0}--by <PÉRIODE>\u{a0}»",
            "une valeur semblable existe\u{a0}: «\u{a0}quarter\u{a0}»",
        ),
        (
            "missing_value",
            &["check", "city.delai", "--as-of"],
            "une valeur est requise pour «\u{a0}--as-of <INSTANT>\u{a0}»",
            "Pour en savoir plus, essayez «\u{a0}--help\u{a0}».",
        ),
        (
            "missing_argument",
            &["due", "city.delai"],
            "les arguments obligatoires suivants manquent\u{a0}:",
            "Utilisation\u{a0}: delai due --standard <NORME> --start <DÉBUT> <RÈGLES>",
        ),
        (
            "invalid_status",
            &["check", "city.delai", "--status", "late"],
            "valeur «\u{a0}late\u{a0}» invalide pour «\u{a0}--status <LISTE>\u{a0}»",
            "`late` n'est pas un statut\u{a0}: l'un de met, breached",
        ),
        (
            "invalid_time_pattern",
            &["check", "city.delai", "--time-format", "%H:%M"],
            "`%H:%M` ne peut pas relire un moment\u{a0}:",
            "il lui faut une date",
        ),
        // The case readers' own refusals (src/cases), in French too.
        (
            "invalid_delimiter",
            &["check", "city.delai", "--delimiter", "xx"],
            "`xx` n'est pas un séparateur que delai lit",
            "une tabulation",
        ),
        (
            "invalid_map",
            &["check", "city.delai", "--map", "reçue"],
            "`reçue` n'est pas NOM=COLONNE",
            "puis la colonne du fichier",
        ),
        (
            "invalid_encoding",
            &["check", "city.delai", "--encoding", "latin-42"],
            "encodage `latin-42` inconnu",
            "donnez une étiquette WHATWG",
        ),
    ];
    // `--status` takes the records' identifiers, English in both languages.
    let names: Vec<&str> = HELP_NAMES
        .iter()
        .copied()
        .chain([
            "met",
            "breached",
            "pending",
            "at-risk",
            "paused",
            "not-started",
            "not-applicable",
        ])
        .collect();
    let mut all_fr = String::new();
    let mut all_en = String::new();
    for (name, args, message, more) in cases {
        let mut fr_args = vec!["--lang", "fr"];
        fr_args.extend(args);
        let fr = delai(&fr_args, &[], None);
        let en = delai(args, &[], None);
        assert_eq!(fr.status.code(), Some(2), "{name}");
        assert_eq!(en.status.code(), Some(2), "{name}");
        let (fr, en) = (stderr(&fr), stderr(&en));
        assert!(fr.contains(message), "{name}: {fr}");
        assert!(fr.contains(more), "{name}: {fr}");
        assert!(en.starts_with("error: "), "{name}: {en}");
        assert_no_english(name, &help_prose(&fr), &names);
        all_fr.push_str(&format!("$ delai --lang fr {}\n{fr}\n", args.join(" ")));
        all_en.push_str(&format!("$ delai {}\n{en}\n", args.join(" ")));
    }
    insta::assert_snapshot!("parse_errors.fr", all_fr);
    insta::assert_snapshot!("parse_errors.en", all_en);
    // `--lang` refused in the environment's language.
    let out = delai(
        &["--lang", "de", "lint", "x"],
        &[("LANG", "fr_CA.UTF-8")],
        None,
    );
    assert!(
        stderr(&out).contains("`de` n'est pas une langue\u{a0}: en ou fr"),
        "{}",
        stderr(&out)
    );
}
