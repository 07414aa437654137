//! `delai test RULES…`: runs `example` blocks like a test runner.

use super::{input, Outcome};
use delai::ExampleStatus;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  delai test city.delai\n  delai test rules/*.delai --as-of \"2026-01-05 12:00\""
)]
pub struct Args {
    /// Rules files.
    #[arg(required = true)]
    files: Vec<String>,
    /// "Now" for examples without `as of` (default: the current time).
    #[arg(long)]
    as_of: Option<String>,
}

pub fn run(args: Args) -> Outcome {
    let (mut passed, mut failed, mut unusable) = (0, 0, false);
    for path in &args.files {
        let Some(rules) = input::load_rules(path) else {
            unusable = true;
            continue;
        };
        let now = match &args.as_of {
            Some(t) => match rules.read_time(t) {
                Ok(t) => t,
                Err(d) => {
                    input::report_one("--as-of", d);
                    return Outcome::Unusable;
                }
            },
            None => super::now(),
        };
        for o in rules.run_examples(now) {
            match o.status {
                ExampleStatus::Passed => {
                    passed += 1;
                    outln!("test {path}:{}: {} ... ok", o.line, o.name);
                }
                ExampleStatus::Failed => {
                    failed += 1;
                    outln!("test {path}:{}: {} ... FAILED", o.line, o.name);
                    for f in &o.failures {
                        outln!("  --> {path}:{}:{}", f.line, o.column.max(1));
                        outln!("      expected: {}", f.expected);
                        outln!("        actual: {}", f.actual);
                    }
                }
            }
        }
    }
    outln!();
    outln!("examples: {passed} passed, {failed} failed");
    if unusable {
        Outcome::Unusable
    } else if failed > 0 {
        Outcome::Failed
    } else {
        Outcome::Success
    }
}
