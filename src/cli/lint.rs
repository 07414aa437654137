//! `delai lint FILES…`

use super::{input, Outcome};
use delai::model::count_en;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  delai lint standards.delai\n  delai lint rules/*.delai --quiet"
)]
pub struct Args {
    /// Rules files (`-` for stdin).
    #[arg(required = true)]
    files: Vec<String>,
}

pub fn run(args: Args) -> Outcome {
    let (mut errors, mut warnings) = (0, 0);
    for path in &args.files {
        let text = match input::read_text(path) {
            Ok(t) => t,
            Err(d) => {
                input::report(&d);
                errors += 1;
                continue;
            }
        };
        let diagnostics = delai::diagnose(path, &text);
        input::report(&diagnostics);
        errors += diagnostics.error_count();
        warnings += diagnostics.warning_count();
    }
    if !super::quiet() {
        eprintln!(
            "{} checked: {}, {}",
            count_en(args.files.len(), ("file", "files")),
            count_en(errors, ("error", "errors")),
            count_en(warnings, ("warning", "warnings"))
        );
    }
    if errors > 0 {
        Outcome::Unusable
    } else {
        Outcome::Success
    }
}
