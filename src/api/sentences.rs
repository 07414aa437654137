//! The citizen's sentences for a due date, in English and French (the
//! dates and times in them are written by `text::write`).

use crate::calendar::Zone;
use crate::clock::Context;
use crate::diagnostic::msg;
use crate::model::{Allowed, Lang, Texts, Tier, Whichever};
use crate::text::write::{date_en, date_fr, template, time_en, time_fr};
use chrono::DateTime;

/// The standard's own sentence (`promise`) in each language it was
/// written in, `{date}` filled with [`when`]; the generic sentence
/// (`generic`) in the other.
pub fn promised(
    promise: &Texts,
    generic: (String, String),
    due: &DateTime<Zone>,
    end_of_day: bool,
) -> (String, String) {
    let (en_when, fr_when) = when(due, end_of_day);
    (
        promise
            .en
            .as_deref()
            .map_or(generic.0, |t| template::fill(t, &en_when)),
        promise
            .fr
            .as_deref()
            .map_or(generic.1, |t| template::fill(t, &fr_when)),
    )
}

/// The deadline in words, as the sentences end: "Tuesday, July 8, 2025"
/// / « mardi 8 juillet 2025 », with the time (« à 16 h 30 ») when the
/// deadline is not the end of a day.
pub fn when(due: &DateTime<Zone>, end_of_day: bool) -> (String, String) {
    if end_of_day {
        (date_en(*due), date_fr(*due))
    } else {
        (
            format!("{} at {}", date_en(*due), time_en(*due)),
            format!("{} à {}", date_fr(*due), time_fr(*due)),
        )
    }
}

/// The citizen's sentence for a deadline: the day only when the deadline is
/// the end of a day, the time too otherwise.
pub fn expect_by(due: &DateTime<Zone>, end_of_day: bool) -> (String, String) {
    by(
        ("You can expect an answer by", "Réponse au plus tard le"),
        due,
        end_of_day,
    )
}

/// The citizen's sentence for a range (`within 4 to 6 weeks`): "You can
/// expect an answer between Monday, July 14, 2025 and Monday, July 28,
/// 2025" / « Réponse entre le lundi 14 juillet 2025 et le lundi 28 juillet
/// 2025 ».
pub fn expect_between(
    usual: &DateTime<Zone>,
    due: &DateTime<Zone>,
    end_of_day: bool,
) -> (String, String) {
    if !end_of_day && usual.date_naive() == due.date_naive() {
        // "between 12:00 and 14:00" on one day, not the day twice.
        return (
            format!(
                "You can expect an answer on {} between {} and {}",
                date_en(*due),
                time_en(*usual),
                time_en(*due)
            ),
            format!(
                "Réponse le {} entre {} et {}",
                date_fr(*due),
                time_fr(*usual),
                time_fr(*due)
            ),
        );
    }
    let en = |t: &DateTime<Zone>| match end_of_day {
        true => date_en(*t),
        false => format!("{} at {}", date_en(*t), time_en(*t)),
    };
    let fr = |t: &DateTime<Zone>| match end_of_day {
        true => date_fr(*t),
        false => format!("{} à {}", date_fr(*t), time_fr(*t)),
    };
    (
        format!(
            "You can expect an answer between {} and {}",
            en(usual),
            en(due)
        ),
        format!("Réponse entre le {} et le {}", fr(usual), fr(due)),
    )
}

/// "To be done by Saturday, June 14, 2025" / « À faire au plus tard le
/// samedi 14 juin 2025 »: the due date of a deadline counted before an
/// event (`at least … before`), which the administration must meet.
pub fn act_by(due: &DateTime<Zone>, end_of_day: bool) -> (String, String) {
    by(
        ("To be done by", "À faire au plus tard le"),
        due,
        end_of_day,
    )
}

fn by((en, fr): (&str, &str), due: &DateTime<Zone>, end_of_day: bool) -> (String, String) {
    let (en_when, fr_when) = when(due, end_of_day);
    (format!("{en} {en_when}"), format!("{fr} {fr_when}"))
}

/// The citizen's sentence for a `within` line with two deadlines (`or 60
/// business days on "province", whichever is earlier`): the sentence
/// with the date, then both deadlines with their calendars.
pub fn of_two(
    ctx: &Context,
    tier: &Tier,
    whichever: Whichever,
    (en, fr): (String, String),
) -> (String, String) {
    let words = |a: Allowed, lang: Lang| {
        let amount = a.unit.amount(a.amount as f64, 0, lang == Lang::Fr);
        match a.calendar.and_then(|i| ctx.calendars.get(i)) {
            Some(c) => msg::DEADLINE_ON_CALENDAR.text_in(lang, [&amount, &c.name()]),
            None => amount,
        }
    };
    let line = match whichever {
        Whichever::Earlier => &msg::DUE_EARLIER_OF_TWO,
        Whichever::Later => &msg::DUE_LATER_OF_TWO,
    };
    let in_lang = |sentence: String, lang: Lang| {
        let (first, second) = (words(tier.allowed(0), lang), words(tier.allowed(1), lang));
        line.text_in(lang, [&sentence, &first, &second])
    };
    (in_lang(en, Lang::En), in_lang(fr, Lang::Fr))
}
