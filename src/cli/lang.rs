//! `--lang`: the language of what delai writes for people, and how it is
//! chosen when not given: a French rules file speaks French (its items'
//! keywords, [`delai::syntax::lang_for_source`]); else the locale of the
//! environment (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first one
//! set, as POSIX orders them: a value starting with `fr` is French); else
//! English. English keywords do not make a file English-speaking: they
//! are the default spelling, which French speakers write too, so for such
//! a file the locale decides. Codes and machine output stay English
//! identifiers.

use delai::diagnostic::catalogue::Msg;
use delai::diagnostic::set_default_lang;
use delai::model::{count, Lang};
use std::sync::OnceLock;

static FLAG: OnceLock<Option<Lang>> = OnceLock::new();

/// Records `--lang` and makes the diagnostics made before any rules file
/// is read (an unreadable path) speak the run's language.
pub fn init(flag: Option<Lang>) {
    let _ = FLAG.set(flag);
    set_default_lang(for_run());
}

/// `--lang`, when given.
pub fn flag() -> Option<Lang> {
    FLAG.get().copied().flatten()
}

/// The language without a rules file to go by: `--lang`, else the
/// environment's, else English.
pub fn for_run() -> Lang {
    flag().or_else(from_env).unwrap_or_default()
}

/// Makes the diagnostics from here on speak the language of the rules
/// file `source`: `--lang`, else French for a French file, else the run's.
pub fn follow_source(source: &str) {
    let lang = flag()
        .or_else(|| delai::syntax::lang_for_source(source))
        .unwrap_or_else(for_run);
    set_default_lang(lang);
}

/// The language of everything written for people from here on: the
/// diagnostics', results', summaries' and explanations' alike. Once a
/// rules file is read ([`follow_source`]) it is the file's; before, the
/// run's ([`for_run`]).
pub fn current() -> Lang {
    delai::diagnostic::current()
}

/// `n` and its noun in the [`current`] language, singular or plural as
/// that language wants (French keeps 0 and 1 singular): `3 cases`,
/// `0 cas lu`.
pub fn counted(n: u64, one: Msg<0>, many: Msg<0>) -> String {
    let n = n as f64;
    count(n, 0, (&one.text([]), &many.text([])), current() == Lang::Fr)
}

/// The language of the help and of the errors of parsing, known before
/// the command line is parsed: `--lang` as written (`--lang fr`,
/// `--lang=fr`, before any `--`), else the environment's, else English.
pub fn before_parsing() -> Lang {
    let mut args = std::env::args_os().skip(1).take_while(|a| a != "--");
    let mut flag = None;
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy();
        let tag = match arg.strip_prefix("--lang") {
            Some("") => args.next().map(|v| v.to_string_lossy().into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(lang) = tag.as_deref().and_then(Lang::from_tag) {
            flag = Some(lang);
        }
    }
    flag.or_else(from_env).unwrap_or_default()
}

/// The language of the locale variables, the first one set and not empty.
fn from_env() -> Option<Lang> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))?;
    Some(if value.starts_with("fr") {
        Lang::Fr
    } else {
        Lang::En
    })
}
