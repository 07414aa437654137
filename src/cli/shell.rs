//! `delai completions SHELL` and `delai man`: the shell completion script
//! and the manual page, generated from the command line's own definitions
//! (clap_complete, clap_mangen), so they list exactly what `--help` lists.

use super::Outcome;

#[derive(clap::Args, Debug)]
pub struct CompletionsArgs {
    shell: clap_complete::Shell,
}

#[derive(clap::Args, Debug)]
pub struct ManArgs {}

/// Prints the completion script for a shell.
pub fn completions(args: CompletionsArgs) -> Outcome {
    let mut bytes = Vec::new();
    // The scripts' descriptions stay English whatever the language: a
    // script is installed once for every user of the machine.
    let mut command = super::help::command(delai::model::Lang::En);
    clap_complete::generate(args.shell, &mut command, "delai", &mut bytes);
    write(&bytes)
}

/// Prints the manual page (roff), every subcommand included.
pub fn man(_: ManArgs) -> Outcome {
    let mut bytes = Vec::new();
    let command = super::help::command(super::lang::for_run());
    let pages = std::iter::once(command.clone()).chain(
        command
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .cloned(),
    );
    for (i, page) in pages.enumerate() {
        // Subcommands as sections of the one page: `delai-check` and so on.
        let page = if i == 0 {
            page
        } else {
            let name = format!("delai-{}", page.get_name());
            page.name(name)
        };
        if let Err(e) = clap_mangen::Man::new(page).render(&mut bytes) {
            super::end_on_write_error(&e);
        }
    }
    write(&man_headings(&bytes))
}

/// The manual's section names that clap_mangen writes in English, in the
/// run's language (`.SH NAME` → `.SH NOM`); the others (SYNOPSIS,
/// DESCRIPTION, OPTIONS, VERSION) are French too.
fn man_headings(roff: &[u8]) -> Vec<u8> {
    use delai::diagnostic::msg;
    let text = String::from_utf8_lossy(roff);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        // The help's headings (`Commandes`, with the space French puts
        // before a colon) are section names here: in capitals, trimmed.
        let heading = line
            .strip_prefix(".SH ")
            .map(|h| h.trim_end().trim_end_matches('\u{a0}'));
        match heading {
            Some("NAME") => out.push_str(&format!(".SH {}\n", msg::MAN_NAME.text([]))),
            Some("EXTRA") => out.push_str(&format!(".SH {}\n", msg::MAN_EXTRA.text([]))),
            Some(h) if h.chars().any(char::is_lowercase) => {
                out.push_str(&format!(".SH {}\n", h.to_uppercase()))
            }
            _ => out.push_str(line),
        }
    }
    out.into_bytes()
}

fn write(bytes: &[u8]) -> Outcome {
    use std::io::Write;
    if let Err(e) = std::io::stdout().lock().write_all(bytes) {
        super::end_on_write_error(&e);
    }
    Outcome::Success
}
