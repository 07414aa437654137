//! Every text of a diagnostic — message, label, help — in one table.
//!
//! A call site names a message and gives its arguments; it does not spell
//! the text: `msg::UNKNOWN_CALENDAR.text([&name])`. Each message is a
//! [`Msg`] constant declared by `messages!` with its named placeholders
//! and its English template, `"unknown calendar \"{name}\""`. Two checks
//! keep the table and its call sites in step:
//!
//! - the number of arguments is part of the type (`Msg<1>` takes `[_; 1]`),
//!   so a call site giving too many or too few does not compile;
//! - a unit test over the whole table checks that each English template
//!   uses exactly the placeholders its message declares, in the declared
//!   order of first appearance (the order of the arguments), and that the
//!   French one uses the same names, in any order (a placeholder's rank is
//!   read from the English template);
//! - another checks the French typography: no ordinary space where a
//!   non-breaking one belongs (before `:` `;` `!` `?` `%`, inside « »).
//!
//! Which language [`Msg::text`] writes is [`current`](super::current):
//! the process's default, or the one a thread is given with
//! [`with_lang`](super::with_lang).
//!
//! Rendering is one pass over the template with `{name}` replaced by the
//! argument's `Display` (`{{` and `}}` stand for braces), about the cost of
//! the `format!` it replaces: error records are built per bad row in batch
//! judging.
//!
//! The messages are grouped by the part of delai that reports them; [`msg`]
//! gathers them under one name.

use crate::model::Lang;
use std::fmt::{Display, Write};

mod calibrate;
mod cases;
mod engine;
mod help;
mod outputs;
mod publish;
mod report;
mod rules;
mod syntax;

/// Every message, whichever part of delai reports it.
pub mod msg {
    pub use super::calibrate::*;
    pub use super::cases::*;
    pub use super::engine::*;
    pub use super::help::*;
    pub use super::outputs::*;
    pub use super::publish::*;
    pub use super::report::*;
    pub use super::rules::*;
    pub use super::syntax::*;
}

/// One message of the catalogue, taking `N` arguments.
///
/// Only the template is kept at run time: the argument of a placeholder is
/// found by its rank among the template's placeholders, in order of first
/// appearance, which the tests check is the order the message declares.
/// (Message names and placeholder names would otherwise weigh some 10 KB
/// in the WebAssembly module.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Msg<const N: usize> {
    en: &'static str,
    fr: &'static str,
}

impl<const N: usize> Msg<N> {
    #[doc(hidden)]
    pub const fn new(en: &'static str, fr: &'static str) -> Self {
        Msg { en, fr }
    }

    /// The English template.
    pub const fn english(self) -> &'static str {
        self.en
    }

    /// The French template.
    pub const fn french(self) -> &'static str {
        self.fr
    }

    /// The message in the current language (see
    /// [`current`](super::current)), each placeholder replaced by its
    /// argument, given in the order the message declares its placeholders.
    pub fn text(self, args: [&dyn Display; N]) -> String {
        self.text_in(super::current(), args)
    }

    /// The message in `lang`.
    pub fn text_in(self, lang: Lang, args: [&dyn Display; N]) -> String {
        match lang {
            Lang::En => render(self.en, self.en, &args),
            Lang::Fr => render(self.fr, self.en, &args),
        }
    }
}

/// Counts a macro repetition in a constant expression.
#[doc(hidden)]
pub const fn one(_: &str) -> usize {
    1
}

/// The most placeholders a message may have (a test checks it).
const MAX_PARAMS: usize = 8;

/// Declares messages: `NAME(param, …) = "English", "French";`, the
/// placeholders in their order of first appearance in the English template, optionally with a
/// doc comment saying when it is shown (the template is documented anyway).
/// In test builds it also lists them as [`Entry`]s under the given name,
/// for the checks over the whole table.
macro_rules! messages {
    (list $list:ident; $($(#[doc = $doc:literal])* $name:ident($($param:ident),*) = $en:literal, $fr:literal;)*) => {
        $(
            // The English text, as code so that its brackets are not links.
            #[doc = concat!("`` ", $en, " ``")]
            $(#[doc = $doc])*
            pub const $name: $crate::diagnostic::catalogue::Msg<
                { 0 $(+ $crate::diagnostic::catalogue::one(stringify!($param)))* },
            > = $crate::diagnostic::catalogue::Msg::new($en, $fr);
        )*

        #[cfg(test)]
        pub(super) const $list: &[$crate::diagnostic::catalogue::Entry] = &[
            $($crate::diagnostic::catalogue::Entry {
                id: stringify!($name),
                params: &[$(stringify!($param)),*],
                en: $name.english(),
                fr: $name.french(),
            },)*
        ];
    };
}
use messages;

/// One message as the checks over the whole table see it.
#[cfg(test)]
#[derive(Debug)]
pub(crate) struct Entry {
    pub id: &'static str,
    pub params: &'static [&'static str],
    pub en: &'static str,
    pub fr: &'static str,
}

/// Writes `template` with each `{name}` replaced by an argument: the first
/// placeholder named in `order` (the English template) takes `args[0]`,
/// the next new name `args[1]`, and a name written again takes the same
/// argument. The templates are checked
/// by the tests below, so a placeholder always has an argument and braces
/// are always doubled; on a malformed template this writes what it can
/// rather than panic.
fn render(template: &str, order: &str, args: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut seen = [""; MAX_PARAMS];
    let mut count = 0;
    let mut rest = template;
    // Bytes, not chars: braces are ASCII, so every cut is at a char
    // boundary (and the byte search is the smaller code).
    while let Some(i) = rest.bytes().position(|b| b == b'{' || b == b'}') {
        out.push_str(&rest[..i]);
        let brace = rest.as_bytes()[i];
        rest = &rest[i + 1..];
        if brace == b'}' || rest.starts_with('{') {
            // `{{` or `}}`: one literal brace.
            out.push(char::from(brace));
            if rest.as_bytes().first() == Some(&brace) {
                rest = &rest[1..];
            }
            continue;
        }
        let end = rest.bytes().position(|b| b == b'}').unwrap_or(rest.len());
        let name = &rest[..end];
        let k = if std::ptr::eq(template, order) {
            match seen[..count].iter().position(|s| *s == name) {
                Some(k) => k,
                None => {
                    if let Some(slot) = seen.get_mut(count) {
                        *slot = name;
                        count += 1;
                    }
                    count - 1
                }
            }
        } else {
            rank(order, name)
        };
        if let Some(arg) = args.get(k) {
            let _ = write!(out, "{arg}");
        }
        rest = rest.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// The rank of placeholder `name` among the placeholders of `order`, in
/// order of first appearance (past the end when absent: no argument).
fn rank(order: &str, name: &str) -> usize {
    let mut seen = [""; MAX_PARAMS];
    let mut count = 0;
    let mut rest = order;
    while let Some(i) = rest.bytes().position(|b| b == b'{') {
        rest = &rest[i + 1..];
        if let Some(r) = rest.strip_prefix('{') {
            rest = r;
            continue;
        }
        let end = rest.bytes().position(|b| b == b'}').unwrap_or(rest.len());
        let found = &rest[..end];
        if found == name {
            return seen[..count]
                .iter()
                .position(|s| *s == found)
                .unwrap_or(count);
        }
        if !seen[..count].contains(&found) && count < MAX_PARAMS {
            seen[count] = found;
            count += 1;
        }
        rest = rest.get(end + 1..).unwrap_or("");
    }
    usize::MAX
}

/// The placeholders of a template, in order, or why it is malformed.
#[cfg(test)]
fn placeholders(template: &str) -> Result<Vec<&str>, String> {
    let mut found = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        let brace = rest.as_bytes()[i];
        rest = &rest[i + 1..];
        if rest.as_bytes().first() == Some(&brace) {
            rest = &rest[1..];
            continue;
        }
        if brace == b'}' {
            return Err("a lone `}` (write `}}`)".into());
        }
        let end = rest
            .find('}')
            .ok_or_else(|| "a `{` never closed (write `{{`)".to_string())?;
        let name = &rest[..end];
        if name.is_empty()
            || !name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            return Err(format!("`{{{name}}}` is not a placeholder name"));
        }
        found.push(name);
        rest = &rest[end + 1..];
    }
    Ok(found)
}

/// Every message of the catalogue.
#[cfg(test)]
pub(crate) fn entries() -> impl Iterator<Item = &'static Entry> {
    [
        syntax::SYNTAX,
        rules::RULES,
        cases::CASES,
        engine::ENGINE,
        outputs::OUTPUTS,
        outputs::OUTPUTS_CALENDAR,
        outputs::OUTPUTS_ERRORS,
        report::REPORT,
        publish::PUBLISH,
        calibrate::CALIBRATE,
        help::HELP,
        help::HELP_ERRORS,
    ]
    .into_iter()
    .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_template_uses_exactly_its_placeholders_in_order() {
        for entry in entries() {
            let used = placeholders(entry.en).unwrap_or_else(|why| panic!("{}: {why}", entry.id));
            let mut first_seen: Vec<&str> = Vec::new();
            for name in used {
                if !first_seen.contains(&name) {
                    first_seen.push(name);
                }
            }
            // `render` gives arguments by rank of first appearance: the
            // declared order (the order of `text`'s array) must be it.
            assert_eq!(
                first_seen, entry.params,
                "{}: the template's placeholders, in order of first appearance, are not the declared ones",
                entry.id
            );
            assert!(
                entry.params.len() <= MAX_PARAMS,
                "{}: too many placeholders",
                entry.id
            );
        }
    }

    #[test]
    fn every_french_template_uses_the_english_placeholders() {
        for entry in entries() {
            let mut used =
                placeholders(entry.fr).unwrap_or_else(|why| panic!("{}: {why}", entry.id));
            used.sort_unstable();
            used.dedup();
            let mut declared = entry.params.to_vec();
            declared.sort_unstable();
            assert_eq!(
                used, declared,
                "{}: the French template's placeholders",
                entry.id
            );
        }
    }

    #[test]
    fn every_message_has_a_unique_name_and_some_text() {
        let mut seen = BTreeSet::new();
        for entry in entries() {
            assert!(seen.insert(entry.id), "{} is declared twice", entry.id);
            assert!(!entry.en.trim().is_empty(), "{} has no text", entry.id);
            assert!(
                !entry.fr.trim().is_empty(),
                "{} has no French text",
                entry.id
            );
        }
    }

    /// French typography, outside code spans (between backquotes): a
    /// non-breaking space before `:` `;` `!` `?` `%` and `»`, after `«`,
    /// and no straight double quote around a name (« » instead).
    #[test]
    fn french_templates_follow_french_typography() {
        let mut faults = Vec::new();
        for entry in entries() {
            let prose: String = entry
                .fr
                .split('`')
                .step_by(2)
                .collect::<Vec<_>>()
                .join("`…`");
            let nbsp = |c: Option<char>| matches!(c, Some('\u{a0}' | '\u{202f}'));
            let chars: Vec<char> = prose.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                let before = i.checked_sub(1).map(|j| chars[j]);
                let after = chars.get(i + 1).copied();
                let ok = match c {
                    // A colon between digits is a time (`08:30`), not prose.
                    ':' => nbsp(before) || before.is_some_and(|b| b.is_ascii_digit()),
                    ';' | '!' | '?' | '%' | '»' => nbsp(before),
                    '«' => nbsp(after),
                    _ => true,
                };
                if !ok {
                    faults.push(format!(
                        "{}: `{c}` needs a non-breaking space: {}",
                        entry.id, entry.fr
                    ));
                }
            }
            if prose.contains('"') {
                faults.push(format!(
                    "{}: straight quotes in prose (use « »): {}",
                    entry.id, entry.fr
                ));
            }
        }
        assert!(faults.is_empty(), "{}", faults.join("\n"));
    }

    #[test]
    fn rendering_replaces_placeholders_and_braces() {
        let args: [&dyn Display; 2] = [&"x", &3];
        let t = "a `{name}` of {n} {{b}}";
        assert_eq!(render(t, t, &args), "a `x` of 3 {b}");
        let t = "{n}{name}{n}";
        assert_eq!(render(t, t, &args), "x3x");
        assert_eq!(render("plain", "plain", &[]), "plain");
        assert_eq!(MSG_FOR_TEST.text_in(Lang::En, [&1, &"b"]), "1 b, 1");
        // French may name the placeholders in another order.
        assert_eq!(
            MSG_FOR_TEST.text_in(Lang::Fr, [&1, &"b"]),
            "b\u{a0}: 1, {1}"
        );
        assert_eq!(TEST_ONLY[0].params, ["n", "word"]);
        assert_eq!(placeholders("{a} {{ {b_2} }}"), Ok(vec!["a", "b_2"]));
        assert!(
            placeholders("{a").is_err()
                && placeholders("a}").is_err()
                && placeholders("{A}").is_err()
        );
    }

    messages! {
        list TEST_ONLY;
        MSG_FOR_TEST(n, word) = "{n} {word}, {n}", "{word}\u{a0}: {n}, {{{n}}}";
    }
}
