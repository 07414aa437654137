//! `delai serve RULES [--addr 127.0.0.1:8080] [--token-file FILE] [--max-body BYTES] [--timeout SECONDS] [--concurrency N]`
//!
//! Argument handling only: the service is the library's HTTP door
//! ([`delai::http`]).

use super::{input, Outcome};
use delai::diagnostic::msg;
use std::net::SocketAddr;
use std::time::Duration;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Endpoints: /v1/standards, /v1/due, /v1/check, /v1/check/batch (JSON Lines in and out), /v1/report, /v1/explain, /v1/holidays, /v1/non-business-days, /v1/diagnose, /v1/format; /health, /metrics, /openapi.json.\n\nExamples:\n  delai serve city.delai\n  delai serve city.delai --addr 0.0.0.0:8080 --token-file /etc/delai/token\n  kill -HUP $(pidof delai)    # reread the rules now"
)]
pub struct Args {
    /// Rules file (`.delai`, or compiled `.json`), watched: saved rules
    /// that compile replace the served ones; rules that do not are refused
    /// (see /health) and the old keep serving.
    rules: String,
    /// Address to listen on (port 0: any free port, named in the first
    /// log line). Anything but loopback requires `--token-file`.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// File holding the bearer token requests must carry
    /// (`Authorization: Bearer TOKEN`; surrounding whitespace ignored).
    #[arg(long, value_name = "FILE")]
    token_file: Option<String>,
    /// Largest request body of the JSON endpoints, in bytes (413 beyond);
    /// the batch endpoint streams bodies of any size.
    #[arg(long, value_name = "BYTES", default_value_t = 16 << 20)]
    max_body: usize,
    /// Longest a request may take, in seconds (408 beyond); for the batch
    /// endpoint, the longest its body may stay silent.
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    timeout: f64,
    /// Requests answered at once; more are refused at once with 503.
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
