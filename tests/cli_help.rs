//! `delai COMMAND --help` as a newcomer reads it: every option has a line
//! of help, every command shows examples, and every example runs as
//! written (in a folder holding the files they name), exit 0.

use std::path::Path;
use std::process::Command;

const COMMANDS: [&str; 13] = [
    "lint",
    "check",
    "due",
    "report",
    "publish",
    "calibrate",
    "explain",
    "fmt",
    "test",
    "calendar",
    "compile",
    "completions",
    "man",
];

fn help(command: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_delai"))
        .args([command, "--help"])
        .output()
        .expect("run delai");
    assert!(out.status.success(), "delai {command} --help");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_option_has_a_line_of_help() {
    // `serve` runs until stopped: its examples are not run below.
    for command in COMMANDS.into_iter().chain(["serve"]) {
        let text = help(command);
        let options = text.split("Options:").nth(1).expect("an Options section");
        for line in options.lines().take_while(|l| !l.starts_with("Examples:")) {
            let trimmed = line.trim_start();
            if !trimmed.starts_with('-') {
                continue;
            }
            // `--name <VALUE>  Help…`: the help starts after two spaces.
            let described = trimmed
                .split_once("  ")
                .is_some_and(|(_, help)| !help.trim().is_empty());
            assert!(described, "delai {command}: `{}` has no help", line.trim());
        }
    }
}

/// The files the examples name, in a fresh folder.
fn example_folder() -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-help-examples");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("rules")).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (from, to) in [
        ("pkg-examples/data/city.delai", "city.delai"),
        ("pkg-examples/data/city.delai", "standards.delai"),
        ("pkg-examples/data/city.delai", "rules/city.delai"),
        ("pkg-examples/data/cases.csv", "cases.csv"),
        ("tests/fixtures/ville.delai", "ville.delai"),
    ] {
        std::fs::copy(root.join(from), dir.join(to)).unwrap();
    }
    std::fs::write(
        dir.join("case.json"),
        r#"{"id": "7", "attributes": {"channel": "mail"}, "events": {"received": "2025-06-20 10:00"}}"#,
    )
    .unwrap();
    // A French Excel export: Windows-1252 (0xE9 is é), day-first times.
    std::fs::write(
        dir.join("export.csv"),
        b"id,channel,type,received,answered\n7,mail,requ\xeate,20/06/2025 10:00,02/07/2025 15:00\n",
    )
    .unwrap();
    // An export under its own column names, `;` between cells.
    std::fs::write(
        dir.join("dossiers.csv"),
        "no_dossier;channel;date_reception;answered\n7;mail;2025-06-20 10:00;2025-07-02 15:00\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("columns.map"),
        "# NAME=COLUMN\nid=no_dossier\nreceived=date_reception\n",
    )
    .unwrap();
    dir
}

#[test]
fn every_command_has_examples_and_each_runs() {
    let dir = example_folder();
    let bin = Path::new(env!("CARGO_BIN_EXE_delai")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for command in COMMANDS {
        let text = help(command);
        let examples: Vec<&str> = text
            .split("Examples:\n")
            .nth(1)
            .unwrap_or_else(|| panic!("delai {command} --help shows no example"))
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert!(!examples.is_empty(), "delai {command}");
        for example in examples {
            // Reading from a database needs one: the rest of the line is
            // what every other example already runs.
            if example.starts_with("psql ") {
                continue;
            }
            // Each example is one line (clap wraps help at 100 columns).
            assert!(example.starts_with("delai "), "wrapped? `{example}`");
            let out = Command::new("sh")
                .args(["-c", example])
                .current_dir(&dir)
                .env("PATH", &path)
                .output()
                .expect("run sh");
            assert!(
                out.status.success(),
                "`{example}` exited {:?}:\n{}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

fn delai_out(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_delai"))
        .args(args)
        .output()
        .expect("run delai");
    assert!(out.status.success(), "delai {args:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn completions_name_every_command_and_load_in_bash() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = delai_out(&["completions", shell]);
        for command in COMMANDS {
            assert!(script.contains(command), "{shell}: no `{command}`");
        }
        assert!(script.contains("fail-under-target"), "{shell}");
    }
    // Bash reads the script and registers the completion of `delai`.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let file = dir.join("delai.bash");
    std::fs::write(&file, delai_out(&["completions", "bash"])).unwrap();
    let out = Command::new("bash")
        .args([
            "-c",
            &format!("source {} && complete -p delai", file.display()),
        ])
        .output()
        .expect("run bash");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("delai"));
}

#[test]
fn the_manual_page_holds_every_command_and_option() {
    let page = delai_out(&["man"]);
    assert!(page.contains(".TH delai 1"), "{page}");
    for command in COMMANDS {
        assert!(
            page.contains(&format!(".TH delai-{command} ")),
            "no page for {command}"
        );
        // Every long option of the command's help is in its page.
        let help = help(command);
        for option in help.split_whitespace().filter(|w| w.starts_with("--")) {
            let name = option
                .trim_end_matches([',', '.', ')'])
                .split('=')
                .next()
                .unwrap();
            if name.len() > 2 && !name.contains('`') {
                let roff = name.replace('-', "\\-");
                assert!(page.contains(&roff), "{command}: {name} not in the page");
            }
        }
    }
}
