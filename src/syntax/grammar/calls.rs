//! `ParserState`'s combinators, each with one body for the whole grammar
//! (`grammar/build.rs` routes the generated parser's calls here, and says why).
//!
//! pest's combinators are generic over the closure they run; the generated
//! closures capture nothing, so they are taken here as function pointers
//! and each combinator is instantiated once, not once per rule.

use pest::{Atomicity, ParseResult, ParserState};

use super::Rule;

type State<'i> = Box<ParserState<'i, Rule>>;
type Step = for<'i> fn(State<'i>) -> ParseResult<State<'i>>;

#[inline(never)]
pub fn rule(state: State<'_>, rule: Rule, f: Step) -> ParseResult<State<'_>> {
    state.rule(rule, f)
}

#[inline(never)]
pub fn atomic(state: State<'_>, atomicity: Atomicity, f: Step) -> ParseResult<State<'_>> {
    state.atomic(atomicity, f)
}

#[inline(never)]
pub fn sequence(state: State<'_>, f: Step) -> ParseResult<State<'_>> {
    state.sequence(f)
}

#[inline(never)]
pub fn optional(state: State<'_>, f: Step) -> ParseResult<State<'_>> {
    state.optional(f)
}

#[inline(never)]
pub fn repeat(state: State<'_>, f: Step) -> ParseResult<State<'_>> {
    state.repeat(f)
}

#[inline(never)]
pub fn lookahead(state: State<'_>, is_positive: bool, f: Step) -> ParseResult<State<'_>> {
    state.lookahead(is_positive, f)
}

// Two combinators in one call, for the closures that are nothing but the
// second call (`grammar/build.rs`, `FUSED`): one closure less each.

#[inline(never)]
pub fn rule_atomic(
    state: State<'_>,
    rule: Rule,
    atomicity: Atomicity,
    f: Step,
) -> ParseResult<State<'_>> {
    state.rule(rule, |state| state.atomic(atomicity, f))
}

#[inline(never)]
pub fn rule_atomic_sequence(
    state: State<'_>,
    rule: Rule,
    atomicity: Atomicity,
    f: Step,
) -> ParseResult<State<'_>> {
    state.rule(rule, |state| {
        state.atomic(atomicity, |state| state.sequence(f))
    })
}

#[inline(never)]
pub fn rule_sequence(state: State<'_>, rule: Rule, f: Step) -> ParseResult<State<'_>> {
    state.rule(rule, |state| state.sequence(f))
}

#[inline(never)]
pub fn repeat_sequence(state: State<'_>, f: Step) -> ParseResult<State<'_>> {
    state.repeat(|state| state.sequence(f))
}

#[inline(never)]
pub fn optional_sequence(state: State<'_>, f: Step) -> ParseResult<State<'_>> {
    state.optional(|state| state.sequence(f))
}

#[inline(never)]
pub fn sequence_optional(state: State<'_>, f: Step) -> ParseResult<State<'_>> {
    state.sequence(|state| state.optional(f))
}

// A choice of literals (`^"to" | ^"au" | …`): each tried in turn, as the
// chain of `or_else` calls `grammar/build.rs` replaces tries them.

#[inline(never)]
pub fn insensitive_any<'i>(mut state: State<'i>, literals: &[&str]) -> ParseResult<State<'i>> {
    for literal in literals {
        match state.match_insensitive(literal) {
            Ok(matched) => return Ok(matched),
            Err(back) => state = back,
        }
    }
    Err(state)
}

#[inline(never)]
pub fn string_any<'i>(mut state: State<'i>, literals: &[&str]) -> ParseResult<State<'i>> {
    for literal in literals {
        match state.match_string(literal) {
            Ok(matched) => return Ok(matched),
            Err(back) => state = back,
        }
    }
    Err(state)
}
