//! Case files as back offices export them: French Excel's "CSV" (`;`
//! between cells, Windows-1252, decimal commas), tab-separated text,
//! columns named after the export rather than the rules (`--map`,
//! `--map-file`), for `delai check` and `delai report`. Each must judge
//! exactly as the same cases written with the rules' names in UTF-8 CSV;
//! what cannot be read is an error naming it, and no row is lost.

// `--encoding` is native only (src/cases/encoding.rs).
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

const VILLE: &str = "tests/fixtures/ville.delai";
const AS_OF: &str = "2025-08-01T00:00:00Z";

/// The cases under the rules' names, in UTF-8 CSV: what every other
/// shape must be judged as.
const CASES: &str = "\
id,reçue,info-demandée,info-reçue,répondue,canal,type
2025-001,2025-06-20 10:00,,,2025-07-02 09:00,courriel,requête
2025-002,2025-06-20 10:00,2025-06-23 09:00,2025-06-30 14:00,2025-07-21 16:00,web,demande
2025-003,2025-06-25 13:30,,,,courrier,réclamation
";

/// The same cases as an export names its columns.
const EXPORT: &str = "\
no_dossier;date_reception;date_demande_info;date_info_recue;date_reponse;canal;type
2025-001;2025-06-20 10:00;;;2025-07-02 09:00;courriel;requête
2025-002;2025-06-20 10:00;2025-06-23 09:00;2025-06-30 14:00;2025-07-21 16:00;web;demande
2025-003;2025-06-25 13:30;;;;courrier;réclamation
";

const MAP: [&str; 5] = [
    "id=no_dossier",
    "reçue=date_reception",
    "info-demandée=date_demande_info",
    "info-reçue=date_info_recue",
    "répondue=date_reponse",
];

fn dir() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("csv-options");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn delai(command: &str, rules: &str, name: &str, bytes: &[u8], args: &[&str]) -> Output {
    let path = dir().join(name);
    std::fs::write(&path, bytes).unwrap();
    Command::new(env!("CARGO_BIN_EXE_delai"))
        .args([command, rules])
        .arg(&path)
        .args(["--as-of", AS_OF, "--format", "csv"])
        // The rules are French, so delai speaks French by default; these
        // tests read the English messages (tests/cli_lang.rs the French).
        .args(["--lang", "en"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run delai")
}

fn run(args: &[&str], name: &str, bytes: &[u8]) -> Output {
    delai("check", VILLE, name, bytes, args)
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn map_args() -> Vec<&'static str> {
    MAP.iter().flat_map(|m| ["--map", m]).collect()
}

fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            'ç' => 0xe7,
            'é' => 0xe9,
            'È' => 0xc8,
            'ê' => 0xea,
            c if c.is_ascii() => c as u8,
            c => panic!("{c} is not in this test's Windows-1252 table"),
        })
        .collect()
}

/// The records of [`CASES`]: what every shape must give.
fn expected() -> String {
    let o = run(&[], "expected.csv", CASES.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("2025-001,demandes-ecrites,met"), "{out}");
    assert!(out.contains("2025-003,demandes-ecrites,breached"), "{out}");
    out
}

#[test]
fn french_excel_csv_with_a_mapping_reads_as_the_rules_names() {
    let want = expected();
    let mut args = map_args();
    // French Excel: `;`, Windows-1252, CRLF line ends.
    let excel = windows_1252(&EXPORT.replace('\n', "\r\n"));
    args.extend(["--encoding", "windows-1252", "--strict"]);
    let o = run(&args, "excel.csv", &excel);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), want);
    // Mapped columns are read: no warning about them (`--strict` passed).
    assert!(!stderr(&o).contains("warning"), "{}", stderr(&o));
}

#[test]
fn columns_neither_mapped_nor_named_as_the_rules_are_still_warned_of() {
    let text = EXPORT
        .replace("canal;type\n", "canal;type;remarque\n")
        .replace("requête\n", "requête;à rappeler\n");
    let mut args = map_args();
    args.push("--strict");
    let o = run(&args, "extra-column.csv", text.as_bytes());
    assert_eq!(o.status.code(), Some(2), "--strict: a warning is fatal");
    let err = stderr(&o);
    assert_eq!(err.matches("warning[unknown-column]").count(), 1, "{err}");
    assert!(err.contains("`remarque`"), "{err}");
    // The mapped columns are no unknown columns.
    assert!(!err.contains("date_reception"), "{err}");
}

#[test]
fn a_map_file_reads_as_the_options() {
    let want = expected();
    let file = dir().join("export.map");
    let text = format!("# delai name=export column\n\n{}\n", MAP.join("\n"));
    std::fs::write(&file, text).unwrap();
    let o = run(
        &["--map-file", file.to_str().unwrap()],
        "map-file.csv",
        EXPORT.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), want);
    // A line that is no mapping is refused, naming the file and line.
    std::fs::write(&file, "id=no_dossier\nreçue date_reception\n").unwrap();
    let o = run(
        &["--map-file", file.to_str().unwrap()],
        "map-file.csv",
        EXPORT.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = stderr(&o);
    assert!(
        err.contains("export.map: line 2: `reçue date_reception` is not NAME=COLUMN"),
        "{err}"
    );
    // Column names are compared exactly: a file that is not UTF-8 is
    // refused, not read through replacement characters.
    std::fs::write(&file, b"id=no_dossier\nr\xe9pondue=date_reponse\n").unwrap();
    let o = run(
        &["--map-file", file.to_str().unwrap()],
        "map-file.csv",
        EXPORT.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not UTF-8 text"), "{}", stderr(&o));
}

#[test]
fn tab_separated_text_reads_as_csv() {
    let want = expected();
    let o = run(&[], "tabs.txt.csv", CASES.replace(',', "\t").as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), want);
    // The same file, the tab given by name.
    let o = run(
        &["--delimiter", "tab"],
        "tabs-given.csv",
        CASES.replace(',', "\t").as_bytes(),
    );
    assert_eq!(stdout(&o), want);
}

#[test]
fn a_given_delimiter_overrides_the_header_line() {
    let want = expected();
    // A `;` file whose header has a comma in a name (Excel leaves it
    // unquoted where `;` separates cells): read with commas, the rows do
    // not fit the header, and stderr names `--delimiter`.
    let text = CASES
        .replace(',', ";")
        .replace("canal;type\n", "canal;type;Nom, prénom\n")
        .replace("requête\n", "requête;Roy, Ève\n")
        .replace("demande\n", "demande;\n")
        .replace("réclamation\n", "réclamation;Côté, Luc\n");
    let o = run(&[], "comma-in-header.csv", text.as_bytes());
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    assert!(stderr(&o).contains("--delimiter ';'"), "{}", stderr(&o));
    let o = run(
        &["--delimiter", ";"],
        "comma-in-header.csv",
        text.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), want);
    // The same with tabs.
    let tabs = text.replace(';', "\t");
    let o = run(&[], "comma-in-tab-header.csv", tabs.as_bytes());
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    assert!(stderr(&o).contains("--delimiter tab"), "{}", stderr(&o));
    let o = run(
        &["--delimiter", "tab"],
        "comma-in-tab-header.csv",
        tabs.as_bytes(),
    );
    assert_eq!(stdout(&o), want);
    // Pipes, and a comma file read as commas even when told so.
    let o = run(
        &["--delimiter", "|"],
        "pipes.csv",
        CASES.replace(',', "|").as_bytes(),
    );
    assert_eq!(stdout(&o), want);
    let o = run(&["--delimiter", ","], "commas.csv", CASES.as_bytes());
    assert_eq!(stdout(&o), want);
    // A delimiter delai does not read is a usage error listing them.
    let o = run(&["--delimiter", ":"], "colons.csv", CASES.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert!(
        stderr(&o).contains("give `,`, `;`, `tab` or `|`"),
        "{}",
        stderr(&o)
    );
}

/// Rules reading a number: decimal commas of a `;` file are numbers.
const AMOUNTS: &str = r#"
standard "refunds" {
  applies when amount >= 100
  starts at "received"
  stops at "answered"
  within 10 business days on "quebec"
}
"#;

#[test]
fn decimal_commas_of_a_semicolon_file_are_numbers() {
    let rules = dir().join("amounts.delai");
    std::fs::write(&rules, AMOUNTS).unwrap();
    let rules = rules.to_str().unwrap();
    let comma = "id,received,amount\nr-1,2025-06-20 10:00,150.75\nr-2,2025-06-20 10:00,99.5\n";
    let semi = "id;received;montant\nr-1;2025-06-20 10:00;150,75\nr-2;2025-06-20 10:00;99,5\n";
    let want = delai("check", rules, "amounts.csv", comma.as_bytes(), &[]);
    assert!(want.status.success(), "{}", stderr(&want));
    assert!(
        stdout(&want).contains("r-1,refunds,breached"),
        "{}",
        stdout(&want)
    );
    assert!(
        stdout(&want).contains("r-2,,not-applicable"),
        "{}",
        stdout(&want)
    );
    let got = delai(
        "check",
        rules,
        "montants.csv",
        &windows_1252(semi),
        &["--map", "amount=montant", "--encoding", "cp1252"],
    );
    assert!(got.status.success(), "{}", stderr(&got));
    assert_eq!(stdout(&got), stdout(&want));
}

#[test]
fn json_lines_keys_are_mapped_too() {
    let want = expected();
    let jsonl = r#"{"no_dossier": "2025-001", "events": {"date_reception": "2025-06-20 10:00", "date_reponse": "2025-07-02 09:00"}, "attributes": {"canal": "courriel", "type": "requête"}}
{"no_dossier": "2025-002", "events": [{"name": "date_reception", "at": "2025-06-20 10:00"}, {"name": "date_demande_info", "at": "2025-06-23 09:00"}, {"name": "date_info_recue", "at": "2025-06-30 14:00"}, {"name": "date_reponse", "at": "2025-07-21 16:00"}], "attributes": {"mode": "web", "type": "demande"}}
{"no_dossier": "2025-003", "events": {"date_reception": "2025-06-25 13:30"}, "attributes": {"canal": "courrier", "type": "réclamation"}}
"#;
    let mut args = map_args();
    // `mode` is this export's name for `canal` in one record.
    args.extend(["--map", "canal=mode", "--strict"]);
    let o = run(&args, "export.jsonl", jsonl.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    // The records but their `line` (CSV rows 2..4, JSON Lines 1..3).
    let without_lines = |out: &str| -> Vec<String> {
        out.lines()
            .map(|l| {
                let mut cells: Vec<&str> = l.split(',').collect();
                cells[13] = "";
                cells.join(",")
            })
            .collect()
    };
    assert_eq!(without_lines(&stdout(&o)), without_lines(&want));
    // A record without the mapped id key is an error naming that key.
    let o = run(
        &["--map", "id=no_dossier"],
        "no-key.jsonl",
        r#"{"id": "x", "events": {"reçue": "2025-06-20 10:00"}}"#.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    assert!(out.contains("missing-id"), "{out}");
    assert!(
        out.contains("the case has no `no_dossier` (mapped to `id`)"),
        "{out}"
    );
}

#[test]
fn a_mapping_to_a_name_the_rules_lack_is_refused_with_the_closest() {
    let o = run(
        &["--map", "recue=date_reception"],
        "unknown-name.csv",
        EXPORT.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty(), "nothing is judged");
    let err = stderr(&o);
    assert!(err.contains("error[bad-option]"), "{err}");
    assert!(
        err.contains("column `date_reception` is mapped to `recue`"),
        "{err}"
    );
    assert!(err.contains("did you mean `reçue`?"), "{err}");
    // Malformed entries are usage errors.
    let o = run(&["--map", "reçue"], "malformed.csv", EXPORT.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is not NAME=COLUMN"), "{}", stderr(&o));
    let o = run(
        &["--map", "reçue=a", "--map", "répondue=a"],
        "twice.csv",
        EXPORT.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("column `a` is mapped twice"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_mapped_column_the_file_lacks_is_an_error_on_every_row() {
    let o = run(
        &["--map", "reçue=date_recue", "--map", "id=no_dossier"],
        "lacks.csv",
        EXPORT.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    let errors: Vec<&str> = out.lines().skip(1).collect();
    assert_eq!(errors.len(), 3, "one error record a row: {out}");
    for (record, line) in errors.iter().zip(2..) {
        assert!(
            record.contains(&format!(",{line},missing-field,")),
            "{record}"
        );
        assert!(
            record.contains("the header has no column `date_recue` (mapped to `reçue`)"),
            "{record}"
        );
    }
    // The help names the option once.
    assert_eq!(
        stderr(&o).matches("--map NAME=COLUMN").count(),
        1,
        "{}",
        stderr(&o)
    );
}

#[test]
fn nothing_is_lost_each_row_is_a_record_or_an_error_naming_it() {
    // Rows 3 and 4 cannot be read: a bad time, a short row.
    let text = "\
no_dossier;date_reception;date_reponse;canal;type
a-1;2025-06-20 10:00;;web;requête
a-2;20 juin;;web;requête
a-3;2025-06-20 10:00;2025-06-21 10:00;web
a-4;2025-06-20 10:00;;courriel;requête
";
    let o = run(
        &[
            "--map",
            "id=no_dossier",
            "--map",
            "reçue=date_reception",
            "--map",
            "répondue=date_reponse",
        ],
        "lossy.csv",
        text.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2), "unreadable rows exit 2");
    let out = stdout(&o);
    let mut lines = Vec::new();
    // The `line` column found by its name (the record may gain columns).
    let header: Vec<&str> = out.lines().next().unwrap_or_default().split(',').collect();
    let at = header
        .iter()
        .position(|c| *c == "line")
        .expect("a line column");
    for record in out.lines().skip(1) {
        let cells: Vec<&str> = record.split(',').collect();
        let (case, status, line) = (cells[0], cells[2], cells[at]);
        match status {
            "error" => lines.push(line.parse::<usize>().unwrap()),
            _ => assert!(["a-1", "a-4"].contains(&case), "{record}"),
        }
    }
    assert_eq!(lines, [3, 4], "{out}");
    assert!(out.contains("a-2,,error"), "{out}");
    assert!(out.contains("column `date_reception`"), "{out}");
    assert!(
        stderr(&o).contains("4 cases read, 2 unreadable"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn report_reads_as_check() {
    let want = delai("report", VILLE, "report.csv", CASES.as_bytes(), &[]);
    assert!(want.status.success(), "{}", stderr(&want));
    let mut args = map_args();
    args.extend(["--encoding", "windows-1252"]);
    let got = delai(
        "report",
        VILLE,
        "report-excel.csv",
        &windows_1252(EXPORT),
        &args,
    );
    assert!(got.status.success(), "{}", stderr(&got));
    assert_eq!(stdout(&got), stdout(&want));
    let o = delai(
        "report",
        VILLE,
        "report-bad.csv",
        EXPORT.as_bytes(),
        &["--map", "recue=date_reception"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean `reçue`?"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_library_reads_with_the_same_options() {
    use delai::cases::{ColumnMap, Format, ReadOptions, TextEncoding};
    use delai::model::Value;
    let rules = delai::compile(AMOUNTS).unwrap();
    let mut map = ColumnMap::default();
    map.insert("id", "no").unwrap();
    map.insert("received", "date_reception").unwrap();
    map.insert("amount", "montant").unwrap();
    let text = "no;date_reception;montant\n7;2025-06-20 10:00;112,5\n8;2025-06-20 11:00;\n";
    // UTF-16LE without a byte order mark: only the option tells it, and
    // the format is told from the decoded text.
    let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let utf16 = TextEncoding::for_label("utf-16le").unwrap();
    let options = ReadOptions::default().encoding(utf16).columns(map);
    let (records, format) = rules.read_cases_with(&bytes[..], None, &options).unwrap();
    let records: Vec<_> = records.collect();
    assert_eq!(format, Format::Csv);
    assert_eq!(records.len(), 2);
    let case = records[0].case.as_ref().unwrap();
    assert_eq!(case.id, "7");
    assert_eq!(case.events[0].name, "received");
    assert_eq!(case.attributes["amount"], Value::Num(112.5));
    // Batches read the same records.
    let (batches, _) = rules
        .read_case_batches_with(&bytes[..], None, 1, &options)
        .unwrap();
    let batched: Vec<_> = batches.flat_map(|b| b.into_records()).collect();
    assert_eq!(batched, records);
    // Without the encoding, the same bytes are one `not-text` record.
    let (plain, _) = rules
        .read_cases_with(&bytes[..], None, &ReadOptions::default())
        .unwrap();
    let plain: Vec<_> = plain.collect();
    assert_eq!(plain.len(), 1);
    let d = &plain[0].case.as_ref().unwrap_err().diagnostic;
    assert_eq!(d.code, "not-text");
}

/// `delai explain` of one JSON case file, in English.
fn explain(name: &str, bytes: &[u8], args: &[&str]) -> Output {
    let path = dir().join(name);
    std::fs::write(&path, bytes).unwrap();
    Command::new(env!("CARGO_BIN_EXE_delai"))
        .args(["explain", VILLE, "--standard", "demandes-ecrites"])
        .arg(&path)
        .args(["--as-of", AS_OF, "--lang", "en"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run delai")
}

#[test]
fn explain_reads_one_case_with_the_options_check_takes() {
    let plain = r#"{"id":"2025-002","events":{"reçue":"2025-06-20 10:00","info-demandée":"2025-06-23 09:00","info-reçue":"2025-06-30 14:00","répondue":"2025-07-21 16:00"},"attributes":{"canal":"web","type":"demande"}}"#;
    let want = explain("plain.json", plain.as_bytes(), &[]);
    assert!(want.status.success(), "{}", stderr(&want));
    let want = stdout(&want);
    // Judged: the pause for information is told, the answer late.
    assert!(!want.contains("does not apply"), "{want}");
    assert!(
        want.contains("Paused from 2025-06-23 09:00 to 2025-06-30 14:00"),
        "{want}"
    );
    assert!(want.contains("Status: breached."), "{want}");

    // Exported names, a French time convention and epoch milliseconds,
    // in Windows-1252: the same explanation.
    let export = r#"{"no_dossier":"2025-002","events":{"date_reception":"20/06/2025 10:00","date_demande_info":1750683600000,"date_info_recue":"30/06/2025 14:00","date_reponse":"21/07/2025 16:00"},"attributes":{"canal":"web","type":"demande"}}"#;
    let mut args = map_args();
    args.extend(["--time-format", "%d/%m/%Y %H:%M", "--epoch", "ms"]);
    args.extend(["--encoding", "windows-1252"]);
    let got = explain("export.json", &windows_1252(export), &args);
    assert!(got.status.success(), "{}", stderr(&got));
    assert_eq!(stdout(&got), want);

    // The mappings from a file, as check reads them.
    let map_file = dir().join("explain-map.txt");
    std::fs::write(&map_file, MAP.join("\n")).unwrap();
    let map_file = map_file.to_str().unwrap();
    let got = explain(
        "export-map-file.json",
        export.as_bytes(),
        &[
            "--map-file",
            map_file,
            "--time-format",
            "%d/%m/%Y %H:%M",
            "--epoch",
            "ms",
        ],
    );
    assert!(got.status.success(), "{}", stderr(&got));
    assert_eq!(stdout(&got), want);

    // Without the options the export's times are not read.
    let o = explain("export-bare.json", export.as_bytes(), &map_args());
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(err.contains("`events.date_demande_info`"), "{err}");
    assert!(err.contains("found a number (1750683600000)"), "{err}");
}

#[test]
fn explain_refuses_bad_read_options_clearly() {
    let case = r#"{"id":"1","reçue":"2025-06-20 10:00"}"#;
    let o = explain(
        "one.json",
        case.as_bytes(),
        &["--map", "recue=date_reception"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty(), "nothing is explained");
    let err = stderr(&o);
    assert!(err.contains("error[bad-option]"), "{err}");
    assert!(err.contains("did you mean `reçue`?"), "{err}");
    for (bad, says) in [
        (["--epoch", "hours"], "invalid value 'hours'"),
        (["--encoding", "klingon"], "klingon"),
        (["--map", "reçue"], "is not NAME=COLUMN"),
    ] {
        let o = explain("one.json", case.as_bytes(), &bad);
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
        assert!(stderr(&o).contains(says), "{bad:?}: {}", stderr(&o));
    }
    // `--delimiter` is a CSV option: explain reads JSON.
    let o = explain("one.json", case.as_bytes(), &["--delimiter", ";"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--delimiter"), "{}", stderr(&o));
}
