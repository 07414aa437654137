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
//! copy of each. Two rewrites of those calls follow (`FUSED`,
//! `literal_choices`): a call whose closure only makes another call is one
//! call of a function making both, and a choice of literals one call
//! trying a list. The parse is the same: the same combinators and matches
//! run in the same order.

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

    /// Calls whose closure is nothing but another call, made one call of a
    /// function of `calls.rs` running both (`rule_atomic`, …): one closure
    /// less each, the same combinators in the same order.
    const FUSED: [(&str, &str); 6] = [
        ("rule", "atomic"),
        ("rule_atomic", "sequence"),
        ("rule", "sequence"),
        ("repeat", "sequence"),
        ("optional", "sequence"),
        ("sequence", "optional"),
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
        // Until none is left: a fused call's closure may hold more.
        loop {
            let before = code.len();
            for (outer, inner) in FUSED {
                code = fuse(&code, outer, inner);
            }
            if code.len() == before {
                break;
            }
        }
        for kind in ["insensitive", "string"] {
            code = literal_choices(&code, kind);
            assert!(
                code.contains(&format!("calls::{kind}_any (")),
                "no choice of `match_{kind}` literals"
            );
        }
        for (outer, inner) in FUSED {
            assert!(
                code.contains(&format!("calls::{outer}_{inner} (")),
                "no `{outer}` call of a lone `{inner}` call to fuse"
            );
        }
        let out_dir = env::var("OUT_DIR").expect("OUT_DIR");
        fs::write(Path::new(&out_dir).join("grammar.rs"), code)
            .expect("write the generated parser");
        blank_builtin_comments(Path::new(&out_dir));
    }

    /// Rewrites each `calls::OUTER (state , ARGS | state | { calls::INNER
    /// (state , INNER_ARGS) })` of `code` as `calls::OUTER_INNER (state ,
    /// ARGS INNER_ARGS)`.
    fn fuse(code: &str, outer: &str, inner: &str) -> String {
        let head = format!("super::super::calls::{outer} (state , ");
        let inner_head = format!("super::super::calls::{inner} (state , ");
        let mut out = String::with_capacity(code.len());
        let mut rest = code;
        while let Some(at) = rest.find(&head) {
            out.push_str(&rest[..at]);
            let call = &rest[at..];
            let open = head.len() - "state , ".len() - 1;
            let close = closing(call, open);
            let fused = call[..close].find("| state | {").and_then(|closure| {
                let brace = closure + "| state | ".len();
                let end = closing(call, brace);
                let body = call[brace + 1..end].trim();
                let after_body = call[end + 1..close].trim();
                let inner_open = inner_head.len() - "state , ".len() - 1;
                let whole = body.starts_with(&inner_head)
                    && after_body.is_empty()
                    && closing(body, inner_open) == body.len() - 1;
                whole.then(|| {
                    format!(
                        "super::super::calls::{outer}_{inner} (state , {}{}",
                        &call[head.len()..closure],
                        &body[inner_head.len()..]
                    )
                })
            });
            match fused {
                Some(text) => {
                    out.push_str(&text);
                    rest = &call[close + 1..];
                }
                None => {
                    out.push_str(&head);
                    rest = &call[head.len()..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// Rewrites each choice of literals, `state . match_KIND ("a") .
    /// or_else (| state | { state . match_KIND ("b") }) …`, as one call
    /// `calls::KIND_any (state , & ["a" , "b" , …])`, which tries them in
    /// the same order: one loop instead of a call and a test per
    /// alternative.
    fn literal_choices(code: &str, kind: &str) -> String {
        let first = format!("state . match_{kind} (\"");
        let next = format!(" . or_else (| state | {{ state . match_{kind} (\"");
        // The literal starting at `text` (after its opening quote), with
        // its closing quote: `("a")`'s `a"`.
        fn literal(text: &str) -> &str {
            let bytes = text.as_bytes();
            let mut i = 0;
            while bytes[i] != b'"' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            &text[..=i]
        }
        let mut out = String::with_capacity(code.len());
        let mut rest = code;
        while let Some(at) = rest.find(&first) {
            out.push_str(&rest[..at]);
            let mut tail = &rest[at + first.len()..];
            let mut literals = vec![literal(tail)];
            tail = &tail[literals[0].len() + ")".len()..];
            while let Some(after) = tail.strip_prefix(next.as_str()) {
                let lit = literal(after);
                match after[lit.len()..].strip_prefix(") })") {
                    Some(after_alt) => {
                        literals.push(lit);
                        tail = after_alt;
                    }
                    None => break,
                }
            }
            if literals.len() > 1 {
                let list: Vec<String> = literals.iter().map(|l| format!("\"{l}")).collect();
                out.push_str(&format!(
                    "super::super::calls::{kind}_any (state , & [{}])",
                    list.join(" , ")
                ));
                rest = tail;
            } else {
                out.push_str(&first);
                rest = &rest[at + first.len()..];
            }
        }
        out.push_str(rest);
        out
    }

    /// The index of the bracket closing the one at `open` in `code`
    /// (brackets inside string and character literals skipped).
    fn closing(code: &str, open: usize) -> usize {
        let bytes = code.as_bytes();
        let mut depth = 0usize;
        let mut i = open;
        while i < bytes.len() {
            match bytes[i] {
                b'"' => {
                    i += 1;
                    while bytes[i] != b'"' {
                        i += if bytes[i] == b'\\' { 2 } else { 1 };
                    }
                }
                b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 2,
                b'\'' if bytes.get(i + 1) == Some(&b'\\') => {
                    i += 2;
                    while bytes[i] != b'\'' {
                        i += 1;
                    }
                }
                b'(' | b'{' | b'[' => depth += 1,
                b')' | b'}' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        return i;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        panic!("unbalanced generated code at {open}");
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
