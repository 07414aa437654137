//! The `delai` binary as users run it: outputs, exit codes (0 ok, 1 a test
//! or `fmt --check` failed, 2 unusable input) and round trips.

#[path = "support/delai_run.rs"]
mod run;

use std::process::{Command, Output, Stdio};

/// `delai ARGS…` in the repository, the locale variables cleared.
fn delai(args: &[&str], stdin: Option<&[u8]>) -> Output {
    run::delai(args, &[], stdin)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const CITY: &str = "tests/fixtures/city.delai";
#[test]
fn lint_clean_files_and_report_every_error() {
    let ok = delai(&["lint", CITY, "tests/fixtures/ville.delai"], None);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stderr));
    let bad = delai(&["lint", "tests/diagnostics/several-mistakes.delai"], None);
    assert_eq!(bad.status.code(), Some(2));
    let err = text(&bad.stderr);
    assert!(err.matches("error[").count() >= 4, "{err}");
    assert!(err.contains("several-mistakes.delai:9:30"), "{err}");
}

#[test]
fn test_command_passes_the_normative_examples_and_fails_a_wrong_one() {
    // The summary speaks the last file's language: `--lang en` for all.
    let ok = delai(
        &["test", CITY, "tests/fixtures/ville.delai", "--lang", "en"],
        None,
    );
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stdout));
    assert!(text(&ok.stdout).contains("36 passed, 0 failed"));

    let wrong = std::fs::read_to_string(CITY).unwrap().replace(
        "expect due 2025-07-08 23:59:59",
        "expect due 2025-07-09 23:59:59",
    );
    let path = std::env::temp_dir().join("delai-cli-wrong-example.delai");
    std::fs::write(&path, wrong).unwrap();
    let failed = delai(&["test", path.to_str().unwrap()], None);
    assert_eq!(failed.status.code(), Some(1));
    let out = text(&failed.stdout);
    assert!(out.contains("FAILED"), "{out}");
    assert!(
        out.contains("expected: due 2025-07-09T23:59:59-04:00")
            || out.contains("expected: due 2025-07-09 23:59:59"),
        "{out}"
    );
    assert!(out.contains("actual: due 2025-07-08"), "{out}");
}

#[test]
fn due_in_both_languages_and_as_json() {
    let fr = delai(
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
        None,
    );
    assert_eq!(fr.status.code(), Some(0), "{}", text(&fr.stderr));
    assert!(text(&fr.stdout).contains("Réponse au plus tard le mardi 8 juillet 2025"));
    let json = delai(
        &[
            "due",
            CITY,
            "--standard",
            "written-requests",
            "--start",
            "2025-06-20 10:00",
            "--attr",
            "channel=mail",
            "--format",
            "json",
        ],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(v["due"], "2025-07-08T23:59:59-04:00");
    assert_eq!(v["allowed"]["value"], 10);
    assert_eq!(
        v["text"]["en"],
        "You can expect an answer by Tuesday, July 8, 2025"
    );
    let unknown = delai(
        &[
            "due",
            CITY,
            "--standard",
            "written-request",
            "--start",
            "2025-06-20 10:00",
        ],
        None,
    );
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn check_prints_every_record_then_exits_2_on_unreadable_cases() {
    let cases = "id,channel,received,answered\n1,mail,2025-06-20 10:00,2025-07-02 15:00\n2,mail,not a time,\n3,phone\n";
    let out = delai(
        &[
            "check",
            CITY,
            "-",
            "--as-of",
            "2025-07-15 12:00",
            "--format",
            "csv",
        ],
        Some(cases.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(2));
    let csv = text(&out.stdout);
    assert!(csv.starts_with("case,standard,status"), "{csv}");
    assert!(csv.contains("1,written-requests,met"), "{csv}");
    assert!(csv.contains("bad-time"), "{csv}");
    assert!(csv.contains("short-row"), "{csv}");
    assert!(
        text(&out.stderr).contains("3 cases read, 2 unreadable"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn check_status_writes_the_files_to_chase_and_every_error() {
    // The bundled cases plus an unreadable row: `--status at-risk,breached`
    // must give exactly the at-risk and breached records of the whole
    // output, in order, and the error record.
    let mut cases = std::fs::read_to_string("pkg-examples/data/cases.csv").unwrap();
    cases.push_str("bad-1,mail,,,,not a time,,,,,,,,,,,,\n");
    let run = |extra: &[&str]| {
        let mut args = vec![
            "check",
            "pkg-examples/data/city.delai",
            "-",
            "--as-of",
            "2026-01-05 12:00",
            "--format",
            "csv",
        ];
        args.extend_from_slice(extra);
        delai(&args, Some(cases.as_bytes()))
    };
    let all = run(&[]);
    let some = run(&["--status", "at-risk,breached"]);
    assert_eq!(all.status.code(), Some(2), "{}", text(&all.stderr));
    assert_eq!(some.status.code(), Some(2), "{}", text(&some.stderr));
    let all = text(&all.stdout);
    let want: Vec<&str> = all
        .lines()
        .enumerate()
        .filter(|(i, l)| {
            let status = l.split(',').nth(2).unwrap_or("");
            *i == 0 || ["at-risk", "breached", "error"].contains(&status)
        })
        .map(|(_, l)| l)
        .collect();
    let got = text(&some.stdout);
    assert_eq!(got.lines().collect::<Vec<_>>(), want);
    assert!(got.contains(",at-risk,") && got.contains(",breached,") && got.contains(",error,"));
    let err = text(&some.stderr);
    let written = want.len() - 1;
    assert!(
        err.contains(&format!(
            "{written} records written (--status at-risk,breached, and error records)"
        )),
        "{err}"
    );
    // The summary still counts every record.
    assert!(err.contains("met 10525"), "{err}");

    let bad = delai(&["check", CITY, "-", "--status", "late"], Some(b"id\n"));
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("`late` is not a status: one of met, breached"));
}

#[test]
fn a_closed_pipe_is_a_normal_end() {
    // `delai … | head`: the reader leaves; the command ends quietly, exit
    // 0, without the panic of a `print!` into a closed pipe.
    for args in [
        vec![
            "check",
            "pkg-examples/data/city.delai",
            "pkg-examples/data/cases.csv",
        ],
        vec![
            "report",
            "pkg-examples/data/city.delai",
            "pkg-examples/data/cases.csv",
            "--as-of",
            "2026-01-05 12:00",
        ],
        vec![
            "calendar",
            "--calendar",
            "quebec",
            "--year",
            "2026",
            "--format",
            "ics",
        ],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_delai"))
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run delai");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(
            !text(&out.stderr).contains("panicked"),
            "{}",
            text(&out.stderr)
        );
    }
}

#[test]
fn quiet_and_color_options() {
    let check = [
        "check",
        "pkg-examples/data/city.delai",
        "pkg-examples/data/cases.csv",
        "--format",
        "csv",
        // A fixed instant: an open case's elapsed time is counted to it,
        // and two runs a second apart must print the same records.
        "--as-of",
        "2026-01-05 12:00",
    ];
    let loud = delai(&check, None);
    let quiet = delai(&[&check[..], &["--quiet"]].concat(), None);
    assert!(text(&loud.stderr).contains("12000 cases read"));
    assert_eq!(text(&quiet.stderr), "", "--quiet prints no summary");
    assert_eq!(quiet.status.code(), Some(0));
    assert_eq!(loud.stdout, quiet.stdout);

    let bad = "tests/diagnostics/unknown-calendar.delai";
    let always = delai(&["lint", bad, "--color", "always"], None);
    let never = delai(&["--color", "never", "lint", bad], None);
    let auto = delai(&["lint", bad], None);
    assert!(
        text(&always.stderr).contains("\x1b["),
        "{}",
        text(&always.stderr)
    );
    assert!(!text(&never.stderr).contains('\x1b'));
    // Not a terminal: no colour unless asked.
    assert_eq!(auto.stderr, never.stderr);
    assert_eq!(always.status.code(), Some(2));
    // Errors are still printed under --quiet; the count line is not.
    let quiet = delai(&["lint", bad, "-q"], None);
    assert!(text(&quiet.stderr).contains("error["));
    assert!(!text(&quiet.stderr).contains("checked"));
}

#[test]
fn report_fail_under_target_exits_1_naming_each_standard_under_target() {
    let args = |extra: &'static str| {
        let mut a = vec![
            "report",
            "pkg-examples/data/city.delai",
            "pkg-examples/data/cases.csv",
            "--as-of",
            "2026-01-05 12:00",
        ];
        a.push(extra);
        a
    };
    let plain = delai(&args("--by=year"), None);
    let gated = delai(&args("--fail-under-target"), None);
    assert_eq!(plain.status.code(), Some(0));
    assert_eq!(gated.status.code(), Some(1));
    let err = text(&gated.stderr);
    // The bundled city misses two targets over the whole report (its
    // table marks them ✗ on their `all` rows).
    assert!(
        err.contains("target missed: building-permit at 76.1 % against 85 %"),
        "{err}"
    );
    assert!(
        err.contains("target missed: access-to-information at 71.9 % against 100 %"),
        "{err}"
    );
    assert_eq!(err.matches("target missed").count(), 2, "{err}");
    let table = text(&plain.stdout);
    let all_missed = table
        .lines()
        .filter(|l| l.contains(" all ") && l.ends_with('✗'))
        .count();
    assert_eq!(all_missed, 2, "{table}");

    // Every target met: exit 0.
    let met = delai(
        &[
            "report",
            CITY,
            "-",
            "--as-of",
            "2025-08-01 00:00",
            "--fail-under-target",
        ],
        Some(b"id,channel,received,answered\n1,mail,2025-06-20 10:00,2025-06-25 10:00\n"),
    );
    assert_eq!(met.status.code(), Some(0), "{}", text(&met.stderr));
    assert!(!text(&met.stderr).contains("target missed"));
}

#[test]
fn lint_for_ci_sarif_and_json_hold_what_the_text_shows() {
    let files = [
        "tests/diagnostics/four-mistakes-at-once.delai",
        "tests/diagnostics/more-warnings.delai",
        "pkg-examples/data/city.delai",
    ];
    let run = |format: &str| {
        delai(
            &[&["lint"][..], &files, &["--format", format]].concat(),
            None,
        )
    };
    let plain = run("text");
    let stderr = text(&plain.stderr);
    // `--> file:line:column` of every diagnostic, as the text shows them.
    let places: Vec<String> = stderr
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--> "))
        .map(str::to_string)
        .collect();
    assert!(places.len() >= 5, "{stderr}");

    let sarif = run("sarif");
    assert_eq!(sarif.status.code(), plain.status.code());
    let doc: serde_json::Value = serde_json::from_slice(&sarif.stdout).unwrap();
    assert_eq!(doc["version"], "2.1.0");
    let run0 = &doc["runs"][0];
    assert_eq!(run0["tool"]["driver"]["name"], "delai");
    assert_eq!(run0["columnKind"], "unicodeCodePoints");
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run0["results"].as_array().unwrap();
    assert_eq!(results.len(), places.len());
    let mut levels = std::collections::BTreeSet::new();
    for (r, place) in results.iter().zip(&places) {
        let loc = &r["locations"][0]["physicalLocation"];
        let got = format!(
            "{}:{}:{}",
            loc["artifactLocation"]["uri"].as_str().unwrap(),
            loc["region"]["startLine"],
            loc["region"]["startColumn"]
        );
        assert_eq!(&got, place);
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], r["ruleId"]);
        levels.insert(r["level"].as_str().unwrap().to_string());
        assert!(stderr.contains(
            r["message"]["text"]
                .as_str()
                .unwrap()
                .lines()
                .next()
                .unwrap()
        ));
    }
    assert_eq!(levels.into_iter().collect::<Vec<_>>(), ["error", "warning"]);
    // Data on stdout, not the rendering on stderr; the count line stays.
    assert!(!text(&sarif.stderr).contains("-->"));
    assert!(text(&sarif.stderr).contains("3 files checked"));

    let json = run("json");
    let views: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(views.len(), places.len());
    for (v, place) in views.iter().zip(&places) {
        let got = format!(
            "{}:{}:{}",
            v["file"].as_str().unwrap(),
            v["line"],
            v["column"]
        );
        assert_eq!(&got, place);
    }
}

#[test]
fn test_for_ci_junit_and_json() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-junit");
    std::fs::create_dir_all(&dir).unwrap();
    let failing = dir.join("failing.delai");
    std::fs::write(
        &failing,
        "standard \"s\" {\n  starts at \"a\"\n  within 2 days on \"quebec\"\n}\n\
         example \"a name with & and <angles>\" {\n  standard \"s\"\n  \
         event \"a\" at 2025-06-20 10:00\n  expect due 2025-06-21 10:00\n}\n",
    )
    .unwrap();
    let failing = failing.to_str().unwrap();
    let args = [
        "test",
        failing,
        CITY,
        "--as-of",
        "2026-01-05 12:00",
        "--format",
    ];
    let junit = delai(&[&args[..], &["junit"]].concat(), None);
    assert_eq!(junit.status.code(), Some(1), "a failed example exits 1");
    let xml = text(&junit.stdout);
    assert!(
        xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
        "{xml}"
    );
    let plain = delai(&args[..5], None);
    let summary = text(&plain.stdout);
    let passed: usize = summary
        .split("examples: ")
        .nth(1)
        .and_then(|t| t.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    let total = passed + 1;
    assert!(
        xml.contains(&format!("tests=\"{total}\" failures=\"1\"")),
        "{xml}"
    );
    assert_eq!(xml.matches("<testcase ").count(), total);
    assert_eq!(xml.matches("<failure ").count(), 1);
    assert!(
        xml.contains("name=\"a name with &amp; and &lt;angles&gt;\""),
        "{xml}"
    );
    assert!(
        xml.contains("expected due 2025-06-21 10:00:00 -04:00, actual due"),
        "{xml}"
    );
    // Balanced: every opened suite and case is closed.
    assert_eq!(
        xml.matches("<testsuite ").count(),
        xml.matches("</testsuite>").count()
    );
    assert_eq!(
        xml.matches("<testcase ").count(),
        xml.matches("/>\n").count() + xml.matches("</testcase>").count()
    );

    let json = delai(&[&args[..], &["json"]].concat(), None);
    let files: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["examples"][0]["status"], "failed");
    assert_eq!(files[0]["examples"][0]["failures"][0]["line"], 8);
    assert_eq!(files[1]["examples"].as_array().unwrap().len(), passed);
}

#[test]
fn report_reads_stdin_like_check() {
    let cases = std::fs::read("pkg-examples/data/cases.csv").unwrap();
    let args = [
        "report",
        "pkg-examples/data/city.delai",
        "--as-of",
        "2026-01-05 12:00",
    ];
    let file = delai(
        &[&args[..2], &["pkg-examples/data/cases.csv"], &args[2..]].concat(),
        None,
    );
    let dash = delai(&[&args[..2], &["-"], &args[2..]].concat(), Some(&cases));
    let nothing = delai(&args, Some(&cases));
    assert_eq!(file.status.code(), Some(0), "{}", text(&file.stderr));
    assert_eq!(dash.stdout, file.stdout);
    assert_eq!(nothing.stdout, file.stdout);
    assert_eq!(nothing.status.code(), Some(0), "{}", text(&nothing.stderr));
}

#[test]
fn compiled_rules_give_the_same_answers_without_the_parser() {
    let path = std::env::temp_dir().join("delai-cli-city.json");
    let c = delai(&["compile", CITY, "-o", path.to_str().unwrap()], None);
    assert_eq!(c.status.code(), Some(0), "{}", text(&c.stderr));
    let args = |rules: &str| {
        delai(
            &[
                "check",
                rules,
                "pkg-examples/data/cases.csv",
                "--as-of",
                "2026-01-05 12:00",
            ],
            None,
        )
    };
    let from_source = args(CITY);
    let from_json = args(path.to_str().unwrap());
    assert_eq!(from_source.status.code(), Some(0));
    assert_eq!(text(&from_source.stdout), text(&from_json.stdout));
    assert!(text(&from_source.stdout).lines().count() >= 12_000);
}

#[test]
fn fmt_check_and_language_round_trip() {
    let messy = "standard   \"x\"{within 3 business days on \"quebec\" ; target 90 %}\n";
    let check = delai(&["fmt", "--check", "-"], Some(messy.as_bytes()));
    assert_eq!(check.status.code(), Some(1));
    let fr = delai(&["fmt", "--lang", "fr", "-"], Some(messy.as_bytes()));
    assert_eq!(fr.status.code(), Some(0), "{}", text(&fr.stderr));
    assert!(
        text(&fr.stdout).contains("dans 3 jours ouvrables selon \"quebec\""),
        "{}",
        text(&fr.stdout)
    );
    let en = delai(&["fmt", "--lang", "en", "-"], Some(&fr.stdout));
    let again = delai(&["fmt", "-"], Some(messy.as_bytes()));
    assert_eq!(text(&en.stdout), text(&again.stdout));
    let broken = delai(&["fmt", "-"], Some(b"standard \"x\" { within }"));
    assert_eq!(broken.status.code(), Some(2));
}

#[test]
fn calendar_lists_holidays_and_exports_ics() {
    let table = delai(
        &["calendar", CITY, "--calendar", "quebec", "--year", "2025"],
        None,
    );
    let t = text(&table.stdout);
    assert!(
        t.contains("2025-06-24") && t.contains("Fête nationale"),
        "{t}"
    );
    let ics = delai(
        &[
            "calendar",
            CITY,
            "--calendar",
            "city-offices",
            "--year",
            "2025",
            "--format",
            "ics",
        ],
        None,
    );
    let ics = text(&ics.stdout);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.trim_end().ends_with("END:VCALENDAR"));
    assert_eq!(
        ics.matches("BEGIN:VEVENT").count(),
        ics.matches("END:VEVENT").count()
    );
    let out = delai(
        &["calendar", CITY, "--calendar", "quebek", "--year", "2025"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
}

/// A built-in calendar answers on any rules file, even one that does not
/// use it (issue #14: `unknown-calendar` unless the file named `quebec`),
/// and without a rules file at all; without `--calendar`, every calendar
/// that can be asked for is listed, the built-ins included.
#[test]
fn calendar_answers_for_builtins_and_lists_them() {
    let own = std::env::temp_dir().join("delai-cli-own-calendar.delai");
    std::fs::write(
        &own,
        "calendar \"office\" {\n  timezone \"America/Montreal\"\n}\n",
    )
    .unwrap();
    let own = own.to_str().unwrap();
    for args in [
        &["calendar", own, "--calendar", "quebec", "--year", "2026"][..],
        &["calendar", "--calendar", "quebec", "--year", "2026"][..],
    ] {
        let out = delai(args, None);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        let t = text(&out.stdout);
        assert!(
            t.contains("2026-06-24") && t.contains("Fête nationale"),
            "{t}"
        );
    }
    let listed = delai(&["calendar", CITY, "--format", "json"], None);
    assert_eq!(listed.status.code(), Some(0), "{}", text(&listed.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let names: Vec<(&str, &str)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["name"].as_str().unwrap(), r["origin"].as_str().unwrap()))
        .collect();
    assert!(names.contains(&("city-offices", "file")), "{names:?}");
    assert!(names.contains(&("quebec", "built-in")), "{names:?}");
    for builtin in delai::check::BUILTIN_NAMES {
        let alone = text(&delai(&["calendar"], None).stdout);
        assert!(alone.contains(builtin), "{alone}");
    }
    // A file's own "quebec" (here extending the built-in one) is the file's.
    let shadow = std::env::temp_dir().join("delai-cli-shadow-quebec.delai");
    std::fs::write(
        &shadow,
        "calendar \"quebec\" extends \"quebec\" {\n  workdays monday to thursday\n}\n",
    )
    .unwrap();
    let listed = delai(
        &["calendar", shadow.to_str().unwrap(), "--format", "json"],
        None,
    );
    let rows: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(rows[0]["name"], "quebec", "{rows}");
    assert_eq!(rows[0]["origin"], "file", "{rows}");
    let unknown = delai(&["calendar", "--calendar", "quebek"], None);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("the calendars are: quebec"));
}

/// New Year's Day 2022, a Saturday, is observed on Friday 2021-12-31
/// (`if saturday then friday, if sunday then monday`): listed, in every
/// format, with 2021 and not with 2022.
#[test]
fn calendar_lists_a_holiday_moved_into_the_year_before_in_that_year() {
    let rules = "tests/oracles/observance.delai";
    let list = |year: &str, format: &str| {
        let out = delai(
            &[
                "calendar",
                rules,
                "--calendar",
                "us-federal",
                "--year",
                year,
                "--format",
                format,
            ],
            None,
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let t = list("2021", "table");
    assert!(
        t.contains("2021-12-31  Friday     holiday: New Year's Day"),
        "{t}"
    );
    assert!(
        t.contains("2021-12-24  Friday     holiday: Christmas Day"),
        "{t}"
    );
    assert!(!list("2022", "table").contains("New Year"));
    assert!(list("2021", "json").contains("\"2021-12-31\""));
    let ics = list("2021", "ics");
    assert!(
        ics.contains(
            "DTSTART;VALUE=DATE:20211231\r\nDTEND;VALUE=DATE:20220101\r\nSUMMARY:New Year's Day"
        ),
        "{ics}"
    );
    assert!(!list("2022", "ics").contains("New Year"));
}

#[test]
fn explain_tells_which_days_were_not_counted() {
    let case = br#"{"id": "c1", "attributes": {"channel": "mail"}, "events": {"received": "2025-06-20 10:00"}}"#;
    let fr = delai(
        &[
            "explain",
            CITY,
            "--standard",
            "written-requests",
            "-",
            "--lang",
            "fr",
            "--as-of",
            "2025-06-30 12:00",
        ],
        Some(case),
    );
    assert_eq!(fr.status.code(), Some(0), "{}", text(&fr.stderr));
    let out = text(&fr.stdout);
    assert!(
        out.contains("Fête nationale") && out.contains("Fête du Canada"),
        "{out}"
    );
    assert!(out.contains("Échéance : 2025-07-08"), "{out}");
}

/// Issue #15: the opened Saturday is said to count, the construction
/// holiday not to, and `calendar --year` lists both.
#[test]
fn opened_dates_and_rule_closures_are_explained_and_listed() {
    const DAYS: &str = "tests/fixtures/office-days.delai";
    let case = br#"{"id": "c1", "events": {"received": "2027-06-22 10:00"}}"#;
    let out = delai(
        &[
            "explain",
            DAYS,
            "--standard",
            "permits",
            "-",
            "--as-of",
            "2027-08-30 12:00",
        ],
        Some(case),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = text(&out.stdout);
    assert!(
        out.contains("Counted: ") && out.contains("(open: Saturday opening)"),
        "{out}"
    );
    assert!(
        out.contains("Not counted: ") && out.contains("(holiday: Fête du Canada)"),
        "{out}"
    );
    let listing = |year: &str| {
        let args = [
            "calendar",
            DAYS,
            "--calendar",
            "works-office",
            "--year",
            year,
        ];
        text(&delai(&args, None).stdout)
    };
    let list = listing("2025");
    assert!(
        list.contains("2025-07-20  Sunday     closed: Construction holiday"),
        "{list}"
    );
    assert!(
        list.contains("2025-08-02  Saturday   closed: Construction holiday"),
        "{list}"
    );
    assert!(!list.contains("2025-08-03  Sunday     closed"), "{list}");
    let list = listing("2027");
    assert!(
        list.contains("2027-07-03  Saturday   open: Saturday opening"),
        "{list}"
    );
}

#[test]
fn report_formats() {
    for format in ["table", "json", "csv", "html"] {
        let out = delai(
            &[
                "report",
                CITY,
                "pkg-examples/data/cases.csv",
                "--as-of",
                "2026-01-05 12:00",
                "--by",
                "fiscal-quarter",
                "--format",
                format,
            ],
            None,
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            text(&out.stderr)
        );
        assert!(text(&out.stdout).contains("written-requests"), "{format}");
    }
}

#[test]
fn bad_usage_and_unreadable_files_exit_2() {
    assert_eq!(
        delai(&["lint", "no/such/file.delai"], None).status.code(),
        Some(2)
    );
    assert_eq!(delai(&["check"], None).status.code(), Some(2));
    assert_eq!(
        delai(&["lint", "-"], Some(b"\xff\xfe garbage"))
            .status
            .code(),
        Some(2)
    );
}

const VERSIONS: &str = "tests/fixtures/versions.delai";
/// Before its first version, a standard is not in force: `due` says so and
/// lists the versions' periods, instead of blaming the attributes.
#[test]
fn due_on_a_date_no_version_covers_names_the_versions() {
    let out = delai(
        &[
            "due",
            VERSIONS,
            "--standard",
            "letters",
            "--start",
            "2023-06-01 10:00",
            "--attr",
            "channel=mail",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("no version of standard \"letters\" is in force on 2023-06-01"),
        "{err}"
    );
    assert!(
        err.contains("in force from 2024-01-01 until 2024-12-31; in force from 2025-01-01"),
        "{err}"
    );
    assert!(!err.contains("attributes"), "{err}");
}

/// The target rose from 80 % (2024) to 95 % (2025): 2024's 87.5 % meets
/// its own version's 80 %, and the all-periods row, under both, says so.
#[test]
fn report_judges_each_period_against_the_target_of_its_version() {
    let report = |format: &str| {
        let out = delai(
            &[
                "report",
                VERSIONS,
                "tests/fixtures/versions.csv",
                "--as-of",
                "2025-12-31 12:00",
                "--by",
                "year",
                "--format",
                format,
            ],
            None,
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let table = report("table");
    let line = |period: &str| {
        table
            .lines()
            .find(|l| l.starts_with(&format!("letters   {period} ")))
            .unwrap_or_else(|| panic!("no {period} row in\n{table}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(line("2024"), "letters 2024 8 7 1 0 87.5%* 80% ✓", "{table}");
    assert_eq!(line("2025"), "letters 2025 4 4 0 0 100%* 95% ✓", "{table}");
    assert_eq!(
        line("all"),
        "letters all 12 11 1 0 0 91.7%* 80% / 95% ✓",
        "{table}"
    );
    assert!(
        table.contains(
            "letters all: its cases fall under versions with targets 80% and 95%; \
             each closed case counts against its own version's target, 85% together."
        ),
        "{table}"
    );

    let report_json: serde_json::Value = serde_json::from_str(&report("json")).expect("json");
    assert_eq!(report_json["by"], serde_json::json!("year"));
    let json = &report_json["rows"];
    let y2024 = &json[0];
    assert_eq!(
        (&y2024["period"], &y2024["target"], &y2024["meets_target"]),
        (
            &serde_json::json!("2024"),
            &serde_json::json!(80.0),
            &serde_json::json!(true)
        )
    );
    assert_eq!(json[2]["targets"], serde_json::json!([80.0, 95.0]));

    let csv = report("csv");
    assert!(
        csv.contains(
            "\nletters,2024,8,7,1,0,87.5,80,true,0,0,0,2024-01-01,2024-12-31,80,\
             business-days,8,7.25,3,42,true,,\n"
        ),
        "{csv}"
    );
    assert!(
        csv.contains(
            "\nletters,all,12,11,1,0,91.67,85,true,0,0,0,,,80;95,business-days,12,5.42,2,3,true,,\n"
        ),
        "{csv}"
    );

    // 2025 is where the stricter version comes into force: marked, and
    // its change since 2024 given.
    assert!(
        csv.contains(
            "\nletters,2025,4,4,0,0,100,95,true,0,0,0,2025-01-01,2025-12-31,95,\
                      business-days,4,1.75,2,2,true,12.5,2025-01-01\n"
        ),
        "{csv}"
    );

    let html = report("html");
    assert!(
        html.contains("2024: 87.5% (7 of 8 closed cases met), meets its target of 80%."),
        "{html}"
    );
}

/// A case whose stop precedes its start fails against both standards that
/// read those events: two error records, one case. The report's footnote
/// counts cases, in the singular when there is one.
#[test]
fn report_footnote_counts_cases_not_records() {
    let dir = std::env::temp_dir().join(format!("delai-cli-footnote-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let rules = dir.join("two.delai");
    std::fs::write(
        &rules,
        r#"standard "letters" { starts at "received"; stops at "answered"; within 10 business days on "quebec" }
standard "emails" { starts at "received"; stops at "answered"; within 2 business days on "quebec" }
"#,
    )
    .expect("rules");
    let cases = "id,received,answered\nlate,2025-06-20 10:00,2025-06-02 10:00\nok,2025-06-02 10:00,2025-06-03 10:00\n";
    let out = delai(
        &[
            "report",
            rules.to_str().expect("path"),
            "-",
            "--as-of",
            "2025-07-01 12:00",
        ],
        Some(cases.as_bytes()),
    );
    let _ = std::fs::remove_dir_all(&dir);
    let table = text(&out.stdout);
    assert!(
        table.contains("1 case could not be read or judged against every standard"),
        "{table}"
    );
    let err = text(&out.stderr);
    assert!(
        err.contains("2 cases read, 0 unreadable; 4 records: met 2; 2 error records"),
        "{err}"
    );
}

/// One business day is "1 business day", « 1 jour ouvrable », never
/// "1 business-days" or « ajouté(s) »; one case is "1 case".
#[test]
fn counts_are_singular_or_plural_in_both_languages() {
    let case = br#"{"id": "c1", "attributes": {"channel": "mail"}, "events": {"received": "2025-06-02 10:00", "info-requested": "2025-06-03 10:00", "info-received": "2025-06-04 10:00", "answered": "2025-06-10 10:00"}}"#;
    let explain = |lang: &str| {
        let out = delai(
            &[
                "explain",
                CITY,
                "--standard",
                "written-requests",
                "-",
                "--lang",
                lang,
                "--as-of",
                "2025-06-30 12:00",
            ],
            Some(case),
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let fr = explain("fr");
    assert!(
        fr.contains("au 2025-06-04 10:00 : délai prolongé de 1 jour ouvrable."),
        "{fr}"
    );
    assert!(!fr.contains("(s)"), "{fr}");
    let en = explain("en");
    assert!(en.contains("1 business day added."), "{en}");

    let cases = "id,channel,received,answered\nc,mail,2025-06-02 10:00,2025-06-03 10:00\n";
    let out = delai(
        &[
            "check",
            CITY,
            "-",
            "--format",
            "table",
            "--as-of",
            "2025-06-30 12:00",
        ],
        Some(cases.as_bytes()),
    );
    let table = text(&out.stdout);
    assert!(table.trim_end().ends_with(" 1 business day"), "{table}");
    let err = text(&out.stderr);
    assert!(
        err.contains("1 case read, 0 unreadable; 1 record: met 1; 0 error records"),
        "{err}"
    );
}

/// A file of the test's own, under the system's temporary directory.
fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("delai-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

/// Rules whose start event has an accent, as French services write them.
const RECUE: &str = r#"standard "lettres" {
  applies when type = "lettre"
  starts at "reçue"
  stops at "répondue"
  within 10 business days on "quebec"
}
"#;
#[test]
fn a_misspelt_column_is_a_warning_once_and_strict_makes_it_exit_2() {
    let cases = "id,channel,recieved,answered\n1,mail,2025-06-20 10:00,\n2,mail,2025-06-21 10:00,\n3,web,2025-06-22 10:00,\n";
    for command in ["check", "report"] {
        let args = [command, CITY, "-", "--as-of", "2025-07-15 12:00"];
        let out = delai(&args, Some(cases.as_bytes()));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{command}: {err}");
        assert_eq!(err.matches("warning[unknown-column]").count(), 1, "{err}");
        assert!(
            err.contains("column `recieved` (line 1)")
                && err.contains("3 rows have a value in it, the first on line 2")
                && err.contains("did you mean `received`?")
                && err.contains("`received` is an event of the rules"),
            "{command}: {err}"
        );
        let strict = delai(&[&args[..], &["--strict"]].concat(), Some(cases.as_bytes()));
        assert_eq!(strict.status.code(), Some(2), "{command} --strict");
        assert!(text(&strict.stderr).contains("--strict"), "{command}");
    }
}

#[test]
fn a_decomposed_column_name_is_the_rules_name() {
    let rules = temp_file("recue.delai", RECUE.as_bytes());
    // `reçue` as macOS writes it: `c` and a combining cedilla.
    let cases = "id,type,rec\u{327}ue\n1,lettre,2025-06-20 10:00\n";
    let out = delai(
        &[
            "check",
            &rules,
            "-",
            "--as-of",
            "2025-06-25 12:00",
            "--strict",
        ],
        Some(cases.as_bytes()),
    );
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stdout.contains("\"status\":\"pending\""), "{stdout}");
    assert!(!stderr.contains("warning"), "{stderr}");
}

#[test]
fn a_windows_1252_file_is_an_error_per_row_not_not_started_cases() {
    let rules = temp_file("recue-1252.delai", RECUE.as_bytes());
    // `reçue` saved by an older Excel: `ç` is the one byte 0xE7.
    let cases = b"id,type,re\xe7ue\n1,lettre,2025-06-20 10:00\n2,lettre,2025-06-21 10:00\n";
    let out = delai(
        &["check", &rules, "-", "--as-of", "2025-06-25 12:00"],
        Some(cases),
    );
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(!stdout.contains("not-started"), "{stdout}");
    assert_eq!(stdout.matches("Windows-1252").count(), 2, "{stdout}");
    for line in ["\"line\":2", "\"line\":3"] {
        assert!(stdout.contains(line), "{stdout}");
    }
}

#[test]
fn a_spreadsheet_or_compressed_file_is_named_not_read_as_no_cases() {
    let xlsx = temp_file(
        "cases.xlsx",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
    );
    for command in ["check", "report"] {
        let out = delai(&[command, CITY, &xlsx], None);
        let all = text(&out.stdout) + &text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{command}: {all}");
        assert!(all.contains("looks like an Excel workbook"), "{all}");
        assert!(all.contains("save it as CSV"), "{all}");
    }
    let gz = delai(
        &["check", CITY, "-"],
        Some(b"\x1f\x8b\x08\x00\x00\x00\x00\x00"),
    );
    assert_eq!(gz.status.code(), Some(2));
    assert!(text(&gz.stdout).contains("gzip"), "{}", text(&gz.stdout));
}

#[test]
fn an_empty_or_header_only_file_warns_and_fails_under_strict() {
    for cases in ["", "id,channel,received\n"] {
        let out = delai(&["check", CITY, "-"], Some(cases.as_bytes()));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{cases:?}: {err}");
        assert!(err.contains("warning[no-cases]"), "{cases:?}: {err}");
        let strict = delai(&["check", CITY, "-", "--strict"], Some(cases.as_bytes()));
        assert_eq!(strict.status.code(), Some(2), "{cases:?}");
    }
}

#[test]
fn duplicate_ids_are_counted_in_a_warning() {
    let cases = "id,channel,received\na,mail,2025-06-20 10:00\nb,mail,2025-06-20 10:00\na,mail,2025-06-21 10:00\na,mail,2025-06-22 10:00\nc,mail,2025-06-20 10:00\n";
    let out = delai(
        &["check", CITY, "-", "--as-of", "2025-07-15 12:00"],
        Some(cases.as_bytes()),
    );
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains(
            "1 case id appears more than once (2 repeated records): `a` (again on line 4)"
        ),
        "{err}"
    );
    let strict = delai(
        &[
            "check",
            CITY,
            "-",
            "--as-of",
            "2025-07-15 12:00",
            "--strict",
        ],
        Some(cases.as_bytes()),
    );
    assert_eq!(strict.status.code(), Some(2));
}

#[test]
fn an_out_of_range_date_names_its_csv_column_and_line() {
    let cases = "id,channel,received\n1,mail,2025-06-20 10:00\n2,mail,2300-06-20 10:00\n";
    let out = delai(
        &["check", CITY, "-", "--as-of", "2025-07-15 12:00"],
        Some(cases.as_bytes()),
    );
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{stdout}");
    let error = stdout
        .lines()
        .find(|l| l.contains("date-out-of-range"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(error.contains("\"line\":3"), "{error}");
    assert!(error.contains("\"field\":\"received\""), "{error}");
    assert!(error.contains("column `received`"), "{error}");
    assert!(!error.contains("events[0]"), "{error}");
}
