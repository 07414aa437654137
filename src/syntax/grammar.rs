//! The pest parser generated from `grammar/delai.pest`. Private to `syntax`.

use pest_derive::Parser;

#[derive(Parser)]
#[grammar = "../grammar/delai.pest"]
pub(super) struct DelaiParser;
