//! The `delai` command line: a thin door onto the library. Argument
//! parsing, files and terminals live here; every answer comes from
//! [`delai::Rules`].
#![forbid(unsafe_code)]
#![allow(clippy::result_large_err)]

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
