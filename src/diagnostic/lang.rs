//! The language diagnostics are written in.
//!
//! A diagnostic's texts are written when it is made, deep in the parser,
//! the checker or a case reader, far from whoever chose the language; so
//! the choice is ambient rather than an argument of every function on the
//! way: the process's default (English until [`set_default_lang`], which
//! the command line calls once it knows the language), which a thread may
//! override for a while with [`with_lang`] (what the tests and the doors
//! serving several languages use).

use crate::model::Lang;
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

/// The process's default: French when set, else English. One flag, not a
/// lock: worker threads read it without waiting.
static FRENCH: AtomicBool = AtomicBool::new(false);

thread_local! {
    static SCOPED: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language diagnostics are written in on this thread: the one given
/// to an enclosing [`with_lang`], else the process's default.
pub fn current() -> Lang {
    SCOPED
        .with(Cell::get)
        .unwrap_or(if FRENCH.load(Ordering::Relaxed) {
            Lang::Fr
        } else {
            Lang::En
        })
}

/// `en` or `fr`, in the language diagnostics are written in on this
/// thread ([`current`]): the one choice between two spellings that the
/// message-making code shares.
pub fn say<T>(en: T, fr: T) -> T {
    match current() {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// Sets the process's default language (every thread without a
/// [`with_lang`] of its own).
pub fn set_default_lang(lang: Lang) {
    FRENCH.store(lang == Lang::Fr, Ordering::Relaxed);
}

/// Runs `f` with diagnostics written in `lang` on this thread, then
/// restores the language in force before (also when `f` panics).
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SCOPED.with(|s| s.set(self.0));
        }
    }
    let _restore = Restore(SCOPED.with(|s| s.replace(Some(lang))));
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scoped_language_wins_and_is_restored() {
        assert_eq!(current(), Lang::En);
        let inner = with_lang(Lang::Fr, || {
            (current(), with_lang(Lang::En, current), current())
        });
        assert_eq!(inner, (Lang::Fr, Lang::En, Lang::Fr));
        assert_eq!(current(), Lang::En);
    }
}
