//! `delai compile RULES -o RULES.json`

use super::{input, Outcome};

#[derive(clap::Args, Debug)]
pub struct Args {
    rules: String,
    #[arg(short, long)]
    output: Option<String>,
}

pub fn run(args: Args) -> Outcome {
    let Some(rules) = input::load_rules(&args.rules) else {
        return Outcome::Unusable;
    };
    let json = rules.to_json();
    match args.output {
        None => {
            outln!("{json}");
            Outcome::Success
        }
        Some(path) => match std::fs::write(&path, json + "\n") {
            Ok(()) => Outcome::Success,
            Err(e) => {
                eprintln!(
                    "{}",
                    delai::diagnostic::msg::ERROR_LINE
                        .text([&delai::diagnostic::msg::CANNOT_WRITE.text([&path, &e])])
                );
                Outcome::Unusable
            }
        },
    }
}
