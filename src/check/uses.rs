//! `use "federal.delai"`: the calendars another file declares, brought
//! into this one.
//!
//! Decisions (README "Files that share calendars"):
//! - A used file gives its *calendars* only, each flattened (its own
//!   `extends` and `use` already applied). Its standards and examples stay
//!   its own: a standard judged from two files would give two records for
//!   one case. Calendars it uses in turn are not passed on: a file names
//!   every file whose calendars it writes `on` or `extends` with.
//! - Used calendars are named like built-ins: in `on` and `extends`; they
//!   are copied into the compiled rules when named, so `delai compile`'s
//!   JSON needs no file afterwards. They do not count as the file's own for
//!   the default calendar.
//! - The path is relative to the file that writes `use` (lexically: `..`
//!   climbs one folder). How a path is read is the door's: the command
//!   line reads the disk, the ffi/WebAssembly door a map of texts given with
//!   the rules; a door with neither refuses `use` (`use-unavailable`).
//! - Each used file is checked whole; its errors make one `used-file-broken`
//!   error on the `use` line (its count and first message), a circle of
//!   files one `use-cycle`, and a calendar name met twice `use-name-clash`.

use super::calendars::Layered;
use super::Ctx;
use crate::diagnostic::{msg, Code, Diagnostic, LineIndex};
use crate::syntax::ast;

/// Deepest chain of files using each other (a uses b uses c …).
pub const MAX_USE_DEPTH: usize = 16;

/// Reads a used file's text by its path (joined to the using file's
/// folder); the error is the reason, shown after the path.
pub type ReadFile<'a> = &'a dyn Fn(&str) -> Result<String, String>;

/// Where the file being checked is, and how the files it uses are read.
#[derive(Clone)]
pub struct Uses<'a> {
    /// The file's path as the door names it (`rules/city.delai`).
    path: String,
    /// `None`: this door reads no other file.
    read: Option<ReadFile<'a>>,
    /// The files that led here, the first one first (for circles).
    chain: Vec<String>,
}

impl<'a> Uses<'a> {
    /// A door that reads no other file: every `use` is refused.
    pub fn none() -> Self {
        Uses {
            path: String::new(),
            read: None,
            chain: Vec::new(),
        }
    }

    /// The file at `path`, its used files read by `read`.
    pub fn reading(path: &str, read: ReadFile<'a>) -> Self {
        Uses {
            path: normalize(path),
            read: Some(read),
            chain: Vec::new(),
        }
    }
}

/// `written` read from the folder of `from`, lexically: `a/b.delai` and
/// `../c.delai` give `c.delai`. An absolute path stays as written.
pub fn join(from: &str, written: &str) -> String {
    if written.starts_with('/') {
        return normalize(written);
    }
    match from.rsplit_once('/') {
        Some((folder, _)) => normalize(&format!("{folder}/{written}")),
        None => normalize(written),
    }
}

/// `.` and empty parts removed, `x/..` made nothing.
fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    let joined = parts.join("/");
    if path.starts_with('/') {
        format!("/{joined}")
    } else {
        joined
    }
}

/// A used calendar and the `use` line that brought it.
struct Used {
    layer: Layered,
    file: String,
    at: crate::Span,
}

/// The calendars of every file `file` uses, each reported problem on its
/// `use` line. A calendar the file declares itself is reported as a clash
/// and left out.
pub(crate) fn used_calendars(cx: &mut Ctx, file: &ast::File, uses: &Uses) -> Vec<Layered> {
    let mut out: Vec<Used> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let errors_before = cx.diags.len();
    for item in &file.items {
        let ast::Item::Use(u) = item else { continue };
        let Some(read) = uses.read else {
            cx.push(
                Diagnostic::error(
                    Code::UseUnavailable,
                    msg::USE_UNAVAILABLE.text([&u.path.value]),
                )
                .at(u.path.span)
                .with_label(msg::USED_FILE_LABEL.text([]))
                .help(msg::USE_UNAVAILABLE_HELP.text([])),
            );
            continue;
        };
        let target = join(&uses.path, &u.path.value);
        // The same file twice adds nothing (and no clash with itself).
        if seen.contains(&target) {
            continue;
        }
        seen.push(target.clone());
        if target == uses.path || uses.chain.contains(&target) {
            let mut chain = uses.chain.clone();
            chain.push(uses.path.clone());
            let from = chain.iter().position(|f| *f == target).unwrap_or(0);
            let mut circle: Vec<String> = chain[from..].to_vec();
            circle.push(target);
            cx.push(
                Diagnostic::error(Code::UseCycle, msg::USE_CYCLE.text([&circle.join(" → ")]))
                    .at(u.path.span)
                    .with_label(msg::USE_CYCLE_LABEL.text([]))
                    .help(msg::USE_CYCLE_HELP.text([])),
            );
            continue;
        }
        if uses.chain.len() + 1 >= MAX_USE_DEPTH {
            cx.push(
                Diagnostic::error(Code::UseTooDeep, msg::USE_TOO_DEEP.text([&MAX_USE_DEPTH]))
                    .at(u.path.span)
                    .with_label(msg::USED_FILE_LABEL.text([]))
                    .help(msg::USE_TOO_DEEP_HELP.text([])),
            );
            continue;
        }
        let text = match read(&target) {
            Ok(text) => text,
            Err(reason) => {
                cx.push(
                    Diagnostic::error(
                        Code::UsedFileMissing,
                        msg::USED_FILE_MISSING.text([&u.path.value, &reason]),
                    )
                    .at(u.path.span)
                    .with_label(msg::USED_FILE_LABEL.text([]))
                    .help(msg::USED_FILE_MISSING_HELP.text([])),
                );
                continue;
            }
        };
        let mut chain = uses.chain.clone();
        chain.push(uses.path.clone());
        let inner = Uses {
            path: target.clone(),
            read: Some(read),
            chain,
        };
        match exported(&text, &inner) {
            Ok(layers) => {
                for layer in layers {
                    if let Some(first) = out.iter().find(|o| o.layer.name == layer.name) {
                        cx.push(
                            Diagnostic::error(
                                Code::UseNameClash,
                                msg::USE_NAME_CLASH.text([&layer.name, &first.file]),
                            )
                            .at(u.path.span)
                            .with_label(msg::USE_NAME_CLASH_LABEL.text([]))
                            .also(first.at, msg::USED_FILE_LABEL.text([]))
                            .help(msg::USE_NAME_CLASH_HELP.text([])),
                        );
                        continue;
                    }
                    out.push(Used {
                        layer,
                        file: u.path.value.clone(),
                        at: u.path.span,
                    });
                }
            }
            Err(first) => cx.push(broken(u, &text, first)),
        }
    }
    // A file that could not be used may declare any calendar: naming one
    // is not reported as unknown (the `use` line already is an error).
    if cx.diags[errors_before..].iter().any(|d| {
        matches!(
            d.code,
            Code::UseUnavailable
                | Code::UseCycle
                | Code::UseTooDeep
                | Code::UsedFileMissing
                | Code::UsedFileBroken
        )
    }) {
        cx.gaps.any_name = true;
    }
    // A calendar of the file's own with a used one's name.
    for item in &file.items {
        let ast::Item::Calendar(c) = item else {
            continue;
        };
        if let Some(k) = out.iter().position(|o| o.layer.name == c.name.value) {
            let used = out.remove(k);
            cx.push(
                Diagnostic::error(
                    Code::UseNameClash,
                    msg::USE_NAME_CLASH.text([&c.name.value, &used.file]),
                )
                .at(c.name.span)
                .with_label(msg::USE_NAME_CLASH_LABEL.text([]))
                .also(used.at, msg::USED_FILE_LABEL.text([]))
                .help(msg::USE_NAME_CLASH_HELP.text([])),
            );
        }
    }
    out.into_iter().map(|o| o.layer).collect()
}

/// The calendars a used file declares, or its errors (how many, and the
/// first with the text it came from).
fn exported(text: &str, uses: &Uses) -> Result<Vec<Layered>, (usize, Diagnostic)> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let (file, mut diags) = crate::syntax::parse(text);
    let (_, checked, layers) = super::check_inner(&file, text, uses);
    diags.extend(checked);
    let mut errors: Vec<Diagnostic> = diags.into_iter().filter(Diagnostic::is_error).collect();
    if errors.is_empty() {
        return Ok(layers);
    }
    crate::syntax::order::by_key(&mut errors, |d| [d.span.map_or(0, |s| s.start), 0, 0]);
    let count = errors.len();
    Err((count, errors.swap_remove(0)))
}

/// One error on the `use` line for a used file's errors. A circle or a
/// chain too deep found further down keeps its code: it is this line's
/// problem too.
fn broken(u: &ast::UseDecl, text: &str, (count, first): (usize, Diagnostic)) -> Diagnostic {
    if matches!(first.code, Code::UseCycle | Code::UseTooDeep) {
        let mut d = Diagnostic::error(first.code, first.message).at(u.path.span);
        d.label = first.label;
        d.help = first.help;
        return d;
    }
    let line = first
        .span
        .map_or(1, |s| LineIndex::new(text).line_col(s.start).0);
    Diagnostic::error(
        Code::UsedFileBroken,
        msg::USED_FILE_BROKEN.text([&u.path.value, &count, &line, &first.message]),
    )
    .at(u.path.span)
    .with_label(msg::USED_FILE_LABEL.text([]))
    .help(msg::USED_FILE_BROKEN_HELP.text([&u.path.value]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_to_the_using_file() {
        assert_eq!(
            join("rules/city.delai", "federal.delai"),
            "rules/federal.delai"
        );
        assert_eq!(
            join("rules/city.delai", "../department/f.delai"),
            "department/f.delai"
        );
        assert_eq!(join("city.delai", "./f.delai"), "f.delai");
        assert_eq!(join("<input>", "f.delai"), "f.delai");
        assert_eq!(join("a.delai", "../f.delai"), "../f.delai");
        assert_eq!(join("/x/a.delai", "/y/f.delai"), "/y/f.delai");
        assert_eq!(join("/x/a.delai", "f.delai"), "/x/f.delai");
    }
}
