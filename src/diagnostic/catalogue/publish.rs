//! Texts of the public declaration of services (`delai publish`,
//! `src/report/declaration.rs`): what a citizen reads of each commitment,
//! its conditions and calendar, and the year's holidays and closures.

use super::messages;

messages! {
    list PUBLISH;
    /// The page's title and heading without `--title`.
    DECLARATION_TITLE() =
        "Our service commitments",
        "Nos engagements de service";
    DECLARATION_INTRO() =
        "These are the delays we commit to. Each is counted as the law counts it: in business days, the days our offices are open, when it says so, and never on the holidays and closures listed at the end of this page.",
        "Voici les délais auxquels nous nous engageons. Chacun est compté comme la loi le compte\u{a0}: en jours ouvrables, les jours où nos bureaux sont ouverts, quand il le dit, et jamais pendant les jours fériés et les fermetures énumérés au bas de cette page.";
    DECLARATION_AS_OF(date) =
        "Results counted on {date}.",
        "Résultats comptés le {date}.";
    DECLARATION_CONTENTS() = "Our commitments", "Nos engagements";
    /// A `within` line with two deadlines (`or … whichever is earlier`):
    /// the delay of the sentences, each delay with its calendar.
    DELAY_TWO_EARLIER(first, second) =
        "{first} or {second}, whichever is earlier",
        "{first} ou de {second}, le plus tôt des deux";
    DELAY_TWO_LATER(first, second) =
        "{first} or {second}, whichever is later",
        "{first} ou de {second}, le plus tard des deux";
    /// One of two deadlines and the calendar it counts on (a name in `<code>`).
    DELAY_ON_CALENDAR(delay, calendar) =
        "{delay} on the {calendar} calendar",
        "{delay} selon le calendrier {calendar}";
    /// A commitment's sentence, from its `within` line.
    COMMIT_WITHIN(delay) =
        "Our commitment: within {delay}.",
        "Notre engagement\u{a0}: dans un délai de {delay}.";
    /// A `requires` standard's sentence (issue #19): its target, and the
    /// condition in words (« 85 % des cas … `satisfaction` d'au moins 4 »).
    COMMIT_REQUIRES(target, condition) =
        "Our commitment: {target} of cases with {condition}.",
        "Notre engagement\u{a0}: {target} des dossiers avec {condition}.";
    COMMIT_REQUIRES_EVERY(condition) =
        "Our commitment: every case with {condition}.",
        "Notre engagement\u{a0}: chaque dossier avec {condition}.";
    /// A version's requirement, after its dates.
    REQUIRES_LINE(condition) = "requires {condition}", "exige {condition}";
    /// `attr >= n` and `attr <= n` in a requirement's words.
    COND_AT_LEAST(attr, value) = "{attr} of at least {value}", "{attr} d'au moins {value}";
    COND_EQUAL_TO(attr, value) = "{attr} equal to {value}", "{attr} égal à {value}";
    COND_AT_MOST(attr, value) = "{attr} of at most {value}", "{attr} d'au plus {value}";
    /// Several `within` lines: the sentence, then one line each.
    COMMIT_TIERS() =
        "Our commitment depends on your request:",
        "Notre engagement dépend de votre demande\u{a0}:";
    TIER_WHEN(delay, condition) =
        "within {delay} when {condition}",
        "dans un délai de {delay} si {condition}";
    /// A version's only `within` line, after its dates.
    TIER_ONLY(delay) = "within {delay}", "dans un délai de {delay}";
    TIER_BEFORE_ONLY(delay, event) =
        "at least {delay} before {event}",
        "au moins {delay} avant {event}";
    TIER_OTHERWISE(delay) =
        "within {delay} otherwise",
        "dans un délai de {delay} dans les autres cas";
    /// `at least … before "event"`.
    COMMIT_BEFORE(delay, event) =
        "Our commitment: at least {delay} before {event}.",
        "Notre engagement\u{a0}: au moins {delay} avant {event}.";
    TIER_BEFORE_WHEN(delay, event, condition) =
        "at least {delay} before {event} when {condition}",
        "au moins {delay} avant {event} si {condition}";
    TIER_BEFORE_OTHERWISE(delay, event) =
        "at least {delay} before {event} otherwise",
        "au moins {delay} avant {event} dans les autres cas";
    /// The standard's own sentence (`promise`), `{date}` shown as words.
    PROMISE_SHOWN(sentence) =
        "You are told: {sentence}",
        "Ce que nous vous indiquons\u{a0}: {sentence}";
    PROMISE_DATE() = "[the date]", "[la date]";
    /// The terms of a commitment, as a list of names and values.
    TERM_FOR() = "For", "Pour";
    TERM_FOR_EVERY() = "every request", "toute demande";
    TERM_COUNTED() = "Counted", "Compté";
    TERM_COUNTED_FROM(start, stop) =
        "from {start} until {stop}",
        "de {start} jusqu'à {stop}";
    TERM_COUNTED_FROM_LAST(starts, stop) =
        "from the last of {starts} until {stop}",
        "du dernier de {starts} jusqu'à {stop}";
    TERM_CALENDAR() = "Calendar", "Calendrier";
    TERM_CUTOFF(time) =
        "a request after {time} counts from the next business day",
        "une demande reçue après {time} compte à partir du jour ouvrable suivant";
    TERM_PAUSES() = "Paused", "Suspendu";
    TERM_PAUSE(from, until) =
        "from {from} until {until}",
        "de {from} jusqu'à {until}";
    TERM_EXTENDED() = "May be extended", "Peut être prolongé";
    TERM_EXTENSION(delay, event) =
        "by {delay} on {event}",
        "de {delay} sur {event}";
    TERM_TARGET() = "Target", "Cible";
    TERM_TARGET_VALUE(target) =
        "{target} of requests within the delay",
        "{target} des demandes dans le délai";
    TERM_NO_TARGET() = "none set", "aucune fixée";
    /// The target of a `requires` standard (issue #19).
    TERM_TARGET_REQUIRES(target) =
        "{target} of cases meeting the requirement",
        "{target} des dossiers conformes à l'exigence";
    TERM_IN_FORCE() = "In force", "En vigueur";
    IN_FORCE_SINCE_ALWAYS() = "without a set date", "sans date fixée";
    IN_FORCE_FROM_DAY(from) = "from {from}", "à partir du {from}";
    IN_FORCE_UNTIL_DAY(until) = "until {until}", "jusqu'au {until}";
    IN_FORCE_BETWEEN(from, until) = "from {from} to {until}", "du {from} au {until}";
    TERM_RESULTS() = "Our results", "Nos résultats";
    RESULTS_LINE(period, compliance, closed) =
        "{period}: {compliance} within the delay ({closed})",
        "{period}\u{a0}: {compliance} dans le délai ({closed})";
    /// A `requires` standard's last period, with its mean score when it
    /// scores one attribute.
    RESULTS_REQUIRES(period, compliance, judged) =
        "{period}: {compliance} meeting the requirement ({judged})",
        "{period}\u{a0}: {compliance} conformes à l'exigence ({judged})";
    RESULTS_MEAN(attribute, mean) =
        "; mean {attribute}: {mean}",
        "\u{a0}; moyenne de {attribute}\u{a0}: {mean}";
    CASE_JUDGED_ONE() = "case judged", "dossier jugé";
    CASE_JUDGED_MANY() = "cases judged", "dossiers jugés";
    RESULTS_NONE(period) =
        "{period}: no request closed yet",
        "{period}\u{a0}: aucune demande fermée pour l'instant";
    RESULTS_NO_CASE() = "no request counted", "aucune demande comptée";
    REQUEST_CLOSED_ONE() = "request closed", "demande fermée";
    REQUEST_CLOSED_MANY() = "requests closed", "demandes fermées";
    /// Conditions in words (`applies when`, a tier's `when`).
    COND_IS(attr, value) = "{attr} is {value}", "{attr} est {value}";
    COND_IS_NOT(attr, value) = "{attr} is not {value}", "{attr} n'est pas {value}";
    COND_COMPARE(attr, op, value) = "{attr} {op} {value}", "{attr} {op} {value}";
    COND_ONE_OF(attr, values) = "{attr} is {values}", "{attr} est {values}";
    COND_NONE_OF(attr, values) =
        "{attr} is none of {values}",
        "{attr} n'est aucun de {values}";
    COND_SET(attr) = "{attr} is given", "{attr} est renseigné";
    COND_NOT_SET(attr) = "{attr} is not given", "{attr} n'est pas renseigné";
    COND_NOT(condition) = "not ({condition})", "non ({condition})";
    WORD_AND() = " and ", " et ";
    WORD_OR() = " or ", " ou ";
    LIST_COMMA() = ", ", ", ";
    /// The calendars' section.
    DAYS_OFF_HEADING(year) =
        "Holidays and closures in {year}",
        "Jours fériés et fermetures en {year}";
    DAYS_OFF_CAPTION(calendar) = "Calendar {calendar}", "Calendrier {calendar}";
    DAYS_OFF_NONE() =
        "No holiday or closure this year.",
        "Aucun jour férié ni aucune fermeture cette année.";
    TH_DATES() = "Dates", "Dates";
    TH_WHAT() = "What", "Quoi";
    DAY_RANGE(from, until) = "{from} to {until}", "du {from} au {until}";
    DAY_KIND_HOLIDAY(name) = "{name} (holiday)", "{name} (jour férié)";
    DAY_KIND_CLOSED(name) = "{name} (closed)", "{name} (fermeture)";
    DAY_KIND_OPEN(name) = "{name} (open)", "{name} (ouvert)";
    /// What `publish` says on stderr when done.
    PUBLISHED(dir, commitments) =
        "declaration written to {dir} ({commitments})",
        "déclaration écrite dans {dir} ({commitments})";
    COMMITMENT_ONE() = "commitment", "engagement";
    COMMITMENT_MANY() = "commitments", "engagements";
}
