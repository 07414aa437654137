//! `delai fmt RULES… [--check] [--lang en|fr]`: rewrites files in place in
//! canonical layout (`-`: stdin to stdout), keeping comments.

use super::{input, Outcome};
use delai::Diagnostics;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[arg(required = true)]
    files: Vec<String>,
    #[arg(long)]
    check: bool,
}

pub fn run(args: Args) -> Outcome {
    // `--lang` (global): every keyword rewritten in that language.
    let lang = super::lang::flag();
    let (mut unusable, mut would_change) = (false, false);
    for path in &args.files {
        let text = match input::read_text(path) {
            Ok(t) => t,
            Err(d) => {
                input::report(&d);
                unusable = true;
                continue;
            }
        };
        let formatted = match delai::fmt::format_source(&text, lang) {
            Ok(f) => f,
            Err(items) => {
                input::report(&Diagnostics::new(path.as_str(), text.as_str(), items));
                unusable = true;
                continue;
            }
        };
        if args.check {
            if formatted != text {
                outln!("{}", delai::diagnostic::msg::WOULD_REFORMAT.text([path]));
                would_change = true;
            }
        } else if path == "-" {
            out!("{formatted}");
        } else if formatted != text {
            if let Err(e) = std::fs::write(path, &formatted) {
                eprintln!(
                    "{}",
                    delai::diagnostic::msg::ERROR_LINE
                        .text([&delai::diagnostic::msg::CANNOT_WRITE.text([path, &e])])
                );
                unusable = true;
            }
        }
    }
    if unusable {
        Outcome::Unusable
    } else if would_change {
        Outcome::Failed
    } else {
        Outcome::Success
    }
}
