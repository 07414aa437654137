//! `delai serve RULES [--addr 127.0.0.1:8080] [--token-file FILE] [--max-body BYTES] [--timeout SECONDS] [--concurrency N]`
//!
//! Argument handling only: the service is the library's HTTP door
//! ([`delai::http`]).

use super::{input, Outcome};
use delai::diagnostic::msg;
use std::net::SocketAddr;
use std::time::Duration;

// Its words (help, examples) are catalogue rows: src/cli/help.rs.
#[derive(clap::Args, Debug)]
pub struct Args {
    rules: String,
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    #[arg(long, value_name = "FILE")]
    token_file: Option<String>,
    #[arg(long, value_name = "BYTES", default_value_t = 16 << 20)]
    max_body: usize,
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    timeout: f64,
    #[arg(long, value_name = "N", default_value_t = 64)]
    concurrency: usize,
}

pub fn run(args: Args) -> Outcome {
    // Checked here first, so errors in the rules print as everywhere
    // else in the command line (file, line, source underlined).
    if input::load_rules(&args.rules).is_none() {
        return Outcome::Unusable;
    }
    let token = match args.token_file.as_deref().map(token) {
        None => None,
        Some(Ok(t)) => Some(t),
        Some(Err(d)) => {
            input::report_one(args.token_file.as_deref().unwrap_or(""), d);
            return Outcome::Unusable;
        }
    };
    let timeout = Duration::try_from_secs_f64(args.timeout).unwrap_or(Duration::from_secs(30));
    let options = delai::http::Options {
        addr: args.addr,
        token,
        max_body: args.max_body,
        timeout,
        concurrency: args.concurrency,
    };
    match delai::http::serve(args.rules.clone().into(), options) {
        Ok(()) => Outcome::Success,
        // The file changed between the check above and the start.
        Err(delai::http::Failure::Rules(errors)) => {
            for e in errors {
                eprintln!("{}", msg::ERROR_LINE.text([&e.view.message]));
            }
            Outcome::Unusable
        }
        Err(delai::http::Failure::Start(why)) => {
            eprintln!("{}", msg::ERROR_LINE.text([&why]));
            Outcome::Unusable
        }
    }
}

/// The token of a token file: its text, trimmed, not empty.
fn token(path: &str) -> Result<String, delai::Diagnostic> {
    let bytes = input::read_bytes(path)?;
    let text = String::from_utf8_lossy(&bytes).trim().to_string();
    if text.is_empty() {
        let d = delai::Diagnostic::error(
            delai::diagnostic::Code::BadOption,
            msg::SERVE_EMPTY_TOKEN.text([&path]),
        );
        return Err(d);
    }
    Ok(text)
}
