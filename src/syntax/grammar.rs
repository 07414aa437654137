//! The pest parser generated from `grammar/delai.pest` (by `grammar/build.rs`, as
//! `#[derive(pest_derive::Parser)]` would, with its combinator calls going
//! through [`calls`]). Private to `syntax`.

mod calls;

pub(super) struct DelaiParser;

// Generated code: pest's conventions (rule names in snake and upper case,
// closures passed where a path would do), not this crate's lints.
#[allow(
    clippy::all,
    clippy::pedantic,
    dead_code,
    non_snake_case,
    unused_qualifications
)]
mod generated {
    use super::{calls, DelaiParser};
    include!(concat!(env!("OUT_DIR"), "/grammar.rs"));
}

pub use generated::Rule;
