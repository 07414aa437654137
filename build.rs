//! Generates the pest parser of `grammar/delai.pest` (with the `parser`
//! feature) into `$OUT_DIR/grammar.rs`, which `src/syntax/grammar.rs`
//! includes.
//!
//! This is what `#[derive(pest_derive::Parser)]` generates, with one change:
//! the calls of `ParserState`'s combinators (`state.rule(…)`,
//! `state.sequence(…)`, …) go through the functions of
//! `src/syntax/grammar/calls.rs`, which take the generated closures (none
//! captures anything) as plain function pointers. Called directly, each
//! combinator is generic over its closure, so every rule and every sequence
//! of the grammar got its own copy of pest's bookkeeping (`rule` alone is
//! about 800 bytes of WebAssembly per rule); through the calls there is one
//! copy of each. The parse is the same: the same combinators run in the
//! same order.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    #[cfg(feature = "parser")]
    parser::generate();
}

#[cfg(feature = "parser")]
mod parser {
    use std::{env, fs, path::Path};

    const GRAMMAR: &str = "grammar/delai.pest";

    /// The combinators routed through `calls.rs`, as the generated code
    /// spells their calls (a token stream printed with spaces).
    const COMBINATORS: [&str; 6] = [
        "rule",
        "atomic",
        "sequence",
        "optional",
        "repeat",
        "lookahead",
    ];

    pub fn generate() {
        println!("cargo:rerun-if-changed={GRAMMAR}");
        let input: proc_macro2::TokenStream =
            format!("#[grammar = \"{GRAMMAR}\"] struct DelaiParser;")
                .parse()
                .expect("derive input");
        let mut code = pest_generator::derive_parser(input, false).to_string();
        for name in COMBINATORS {
            let call = format!("state . {name} (");
            // A pest whose generated code spells the calls otherwise fails
            // here rather than silently keeping the generic calls.
            assert!(
                code.contains(&call),
                "pest's generated code has no `{call}`"
            );
            code = code.replace(&call, &format!("super::super::calls::{name} (state , "));
        }
        let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("grammar.rs");
        fs::write(out, code).expect("write the generated parser");
    }
}
