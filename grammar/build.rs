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
    println!("cargo:rerun-if-changed=grammar/build.rs");
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
        let out_dir = env::var("OUT_DIR").expect("OUT_DIR");
        fs::write(Path::new(&out_dir).join("grammar.rs"), code)
            .expect("write the generated parser");
        blank_builtin_comments(Path::new(&out_dir));
    }

    /// The built-in calendars (`src/check/builtin/`) with each comment line
    /// made spaces, for WebAssembly (`src/check/builtin.rs` says why): the
    /// same bytes at the same offsets otherwise, so they parse alike.
    fn blank_builtin_comments(out_dir: &Path) {
        let dir = out_dir.join("builtin");
        fs::create_dir_all(&dir).expect("create OUT_DIR/builtin");
        for name in ["quebec", "quebec-procedure-civile", "canada"] {
            let path = format!("src/check/builtin/{name}.delai");
            println!("cargo:rerun-if-changed={path}");
            let text = fs::read_to_string(&path).expect("read a built-in calendar");
            let blanked: String = text
                .split_inclusive('\n')
                .map(|line| {
                    if line.trim_start().starts_with('#') {
                        // One space per byte keeps every later offset.
                        let end = line.trim_end_matches('\n');
                        " ".repeat(end.len()) + &line[end.len()..]
                    } else {
                        line.to_string()
                    }
                })
                .collect();
            fs::write(dir.join(format!("{name}.delai")), blanked)
                .expect("write a built-in calendar");
        }
    }
}
