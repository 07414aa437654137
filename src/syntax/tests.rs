//! Unit tests of the syntax layer: the normative examples, both languages,
//! robustness and error recovery.

use super::ast::*;
use super::parse;
use crate::diagnostic::{Diagnostic, Diagnostics};

const CITY: &str = include_str!("../../tests/fixtures/city.delai");
const VILLE: &str = include_str!("../../tests/fixtures/ville.delai");

fn render(src: &str, diags: &[Diagnostic]) -> String {
    Diagnostics::new("t.delai", src, diags.to_vec()).render(false)
}

fn ok(src: &str) -> File {
    let (file, diags) = parse(src);
    assert!(diags.is_empty(), "{}", render(src, &diags));
    file
}

#[test]
fn normative_examples_parse() {
    let city = ok(CITY);
    assert_eq!(city.items.len(), 2 + 9 + 19);
    let ville = ok(VILLE);
    assert_eq!(ville.items.len(), 2 + 4 + 9);
    assert!(city.comments.len() >= 2);
}
