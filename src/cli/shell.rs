//! `delai completions SHELL` and `delai man`: the shell completion script
//! and the manual page, generated from the command line's own definitions
//! (clap_complete, clap_mangen), so they list exactly what `--help` lists.

use super::Outcome;
use clap::CommandFactory;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  delai completions bash > delai.bash\n  delai completions zsh > _delai"
)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, powershell or elvish.
    shell: clap_complete::Shell,
}

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:\n  delai man > delai.1")]
pub struct ManArgs {}

/// Prints the completion script for a shell.
pub fn completions(args: CompletionsArgs) -> Outcome {
    let mut bytes = Vec::new();
    clap_complete::generate(args.shell, &mut super::Cli::command(), "delai", &mut bytes);
    write(&bytes)
}

/// Prints the manual page (roff), every subcommand included.
pub fn man(_: ManArgs) -> Outcome {
    let mut bytes = Vec::new();
    let mut command = super::Cli::command();
    command.build();
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
            eprintln!("error: cannot write the manual page: {e}");
            return Outcome::Unusable;
        }
    }
    write(&bytes)
}

fn write(bytes: &[u8]) -> Outcome {
    use std::io::Write;
    if let Err(e) = std::io::stdout().lock().write_all(bytes) {
        super::end_on_write_error(&e);
    }
    Outcome::Success
}
