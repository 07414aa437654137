//! The `delai` command line: a thin door onto the library.
#![forbid(unsafe_code)]

fn main() {}
