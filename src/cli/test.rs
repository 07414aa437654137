//! `delai test RULES… [--format text|json|junit]`: runs `example` blocks
//! like a test runner.

use super::{input, lang, Outcome};
use delai::diagnostic::msg;
use delai::ExampleStatus;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[arg(required = true)]
    files: Vec<String>,
    #[arg(long)]
    as_of: Option<String>,
    #[arg(long, default_value = "text", value_parser = ["text", "json", "junit"])]
    format: String,
}

pub fn run(args: Args) -> Outcome {
    let (mut passed, mut failed, mut unusable) = (0, 0, false);
    let mut files = Vec::new();
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
        let outcomes = rules.run_examples(now);
        for o in &outcomes {
            if o.status == ExampleStatus::Failed {
                failed += 1;
            } else {
                passed += 1;
            }
        }
        if args.format != "text" {
            files.push((path.clone(), outcomes));
            continue;
        }
        for o in outcomes {
            let place = format!("{path}:{}", o.line);
            match o.status {
                ExampleStatus::Passed => outln!("{}", msg::TEST_OK.text([&place, &o.name])),
                ExampleStatus::Failed => {
                    outln!("{}", msg::TEST_FAILED.text([&place, &o.name]));
                    for f in &o.failures {
                        outln!("  --> {path}:{}:{}", f.line, o.column.max(1));
                        outln!("{}", msg::TEST_EXPECTED.text([&f.expected]));
                        outln!("{}", msg::TEST_ACTUAL.text([&f.actual]));
                    }
                }
            }
        }
    }
    match args.format.as_str() {
        "json" => outln!("{:#}", super::ci::test_json(&files)),
        "junit" => out!("{}", super::ci::test_junit(&files)),
        _ => {
            outln!();
            let passed = lang::counted(passed, msg::TEST_PASSED_ONE, msg::TEST_PASSED_MANY);
            let failed = lang::counted(failed, msg::TEST_FAILED_ONE, msg::TEST_FAILED_MANY);
            outln!("{}", msg::TEST_SUMMARY.text([&passed, &failed]));
        }
    }
    if unusable {
        Outcome::Unusable
    } else if failed > 0 {
        Outcome::Failed
    } else {
        Outcome::Success
    }
}
