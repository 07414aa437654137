//! Texts of the outputs written for people rather than of diagnostics:
//! `test`'s results and summary, `check`'s and `report`'s summaries and
//! progress, `calendar`'s reasons, the report's table and HTML page. Most
//! are used by the command line only, and a constant nobody uses costs
//! nothing: the WebAssembly package keeps the few its doors reach
//! (an example's expectations).

use super::messages;

messages! {
    list OUTPUTS;
    /// An example that could not run: what it expected.
    EXAMPLE_TO_RUN() =
        "the example to run",
        "que l'exemple s'exécute";
    /// An example that could not run: what happened instead.
    EXAMPLE_ERROR(code, message) =
        "error[{code}]: {message}",
        "erreur[{code}]\u{a0}: {message}";
    /// An example's `expect due` line, in the words of the rules file's `expect`.
    EXAMPLE_DUE(due) =
        "due {due}",
        "échéance {due}";
    EXAMPLE_USUAL_DUE(due) =
        "usual due {due}",
        "échéance habituelle {due}";
    EXAMPLE_NO_USUAL_DEADLINE() =
        "no usual deadline (the standard gives one delay, not a range)",
        "aucune échéance habituelle (la norme donne un délai, pas une fourchette)";
    EXAMPLE_NO_DEADLINE(status) =
        "no deadline (status {status})",
        "aucune échéance (statut {status})";
    EXAMPLE_STATUS(status) =
        "status {status}",
        "statut {status}";
    EXAMPLE_NOT_APPLICABLE() =
        "not applicable",
        "non applicable";
    /// One of two deadlines (`or … whichever is earlier`) with its
    /// calendar, in `due`'s sentence and `explain`.
    DEADLINE_ON_CALENDAR(amount, calendar) =
        "{amount} on the \"{calendar}\" calendar",
        "{amount} selon le calendrier «\u{a0}{calendar}\u{a0}»";
    /// `due`'s sentence for a `within` line with two deadlines: the
    /// sentence with the date, then both deadlines.
    DUE_EARLIER_OF_TWO(sentence, first, second) =
        "{sentence} (the earlier of two deadlines: {first} or {second})",
        "{sentence} (le plus tôt des deux délais\u{a0}: {first} ou {second})";
    DUE_LATER_OF_TWO(sentence, first, second) =
        "{sentence} (the later of two deadlines: {first} or {second})",
        "{sentence} (le plus tard des deux délais\u{a0}: {first} ou {second})";
    /// `explain`: which of two deadlines decided, and where the other ends.
    EXPLAIN_EARLIER_OF_TWO(chosen, other, other_due) =
        "The earlier of two deadlines applies: {chosen}; {other} would end on {other_due}.",
        "Le plus tôt des deux délais s'applique\u{a0}: {chosen}\u{a0}; {other} finirait le {other_due}.";
    EXPLAIN_LATER_OF_TWO(chosen, other, other_due) =
        "The later of two deadlines applies: {chosen}; {other} would end on {other_due}.",
        "Le plus tard des deux délais s'applique\u{a0}: {chosen}\u{a0}; {other} finirait le {other_due}.";
    TEST_OK(place, name) =
        "test {place}: {name} ... ok",
        "exemple {place}\u{a0}: {name} ... réussi";
    TEST_FAILED(place, name) =
        "test {place}: {name} ... FAILED",
        "exemple {place}\u{a0}: {name} ... ÉCHEC";
    /// `test --format junit`: an expectation that did not hold.
    JUNIT_FAILURE(line, expected, actual) =
        "line {line}: expected {expected}, actual {actual}",
        "ligne {line}\u{a0}: attendu {expected}, obtenu {actual}";
    /// Aligned on the colon of [`TEST_ACTUAL`].
    TEST_EXPECTED(text) =
        "      expected: {text}",
        "      attendu\u{a0}: {text}";
    TEST_ACTUAL(text) =
        "        actual: {text}",
        "       obtenu\u{a0}: {text}";
    /// `{passed}` and `{failed}` are counts with their noun (`TEST_PASSED_ONE`…).
    TEST_SUMMARY(passed, failed) =
        "examples: {passed}, {failed}",
        "exemples\u{a0}: {passed}, {failed}";
    TEST_PASSED_ONE() = "passed", "réussi";
    TEST_PASSED_MANY() = "passed", "réussis";
    TEST_FAILED_ONE() = "failed", "échoué";
    TEST_FAILED_MANY() = "failed", "échoués";
    /// The end of `check` and `report`, each count with its noun.
    CASES_SUMMARY(cases, unreadable, records, statuses, errors) =
        "{cases} read, {unreadable}; {records}: {statuses}; {errors}",
        "{cases}, {unreadable}\u{a0}; {records}\u{a0}: {statuses}\u{a0}; {errors}";
    CASES_READ_ONE() = "case", "cas lu";
    CASES_READ_MANY() = "cases", "cas lus";
    UNREADABLE_ONE() = "unreadable", "illisible";
    UNREADABLE_MANY() = "unreadable", "illisibles";
    RECORD_ONE() = "record", "enregistrement";
    RECORD_MANY() = "records", "enregistrements";
    ERROR_RECORD_ONE() = "error record", "enregistrement d'erreur";
    ERROR_RECORD_MANY() = "error records", "enregistrements d'erreur";
    /// No record of any status.
    NO_STATUS() = "none", "aucun";
    /// `check --status`: how many records were written.
    RECORDS_WRITTEN(records, statuses) =
        "{records} (--status {statuses}, and error records)",
        "{records} (--status {statuses}, et les enregistrements d'erreur)";
    RECORD_WRITTEN_ONE() = "record written", "enregistrement écrit";
    RECORD_WRITTEN_MANY() = "records written", "enregistrements écrits";
    /// The progress spinner's words, after the count.
    CASES_JUDGED() = "cases judged", "cas jugés";
    /// `report`: a case that could not be judged.
    REPORT_CASE_ERROR(case, line, message) =
        "error: case {case} (line {line}): {message}",
        "erreur\u{a0}: cas {case} (ligne {line})\u{a0}: {message}";
    /// `report --fail-under-target`.
    TARGET_MISSED(standard, compliance, target) =
        "target missed: {standard} at {compliance} % against {target} %",
        "cible manquée\u{a0}: {standard} à {compliance}\u{a0}% pour une cible de {target}\u{a0}%";
}

messages! {
    list OUTPUTS_CALENDAR;
    /// `due`: the due instant, after the sentence.
    DUE_LINE(due) =
        "due: {due}",
        "échéance\u{a0}: {due}";
    /// `due`'s text output for a range (`within 4 to 6 weeks`), before
    /// `DUE_LINE`.
    USUAL_DUE_LINE(due) =
        "usually by: {due}",
        "habituellement au plus tard\u{a0}: {due}";
    /// `calendar`'s table: the heads of its columns after `date`.
    DAY_COLUMN() = "day", "jour";
    REASON_COLUMN() = "reason", "motif";
    /// Why a day is listed.
    DAY_BUSINESS() = "business day", "jour ouvrable";
    DAY_NOT_WORKDAY() = "not a workday", "jour non ouvrable";
    DAY_HOLIDAY(name) = "holiday: {name}", "férié\u{a0}: {name}";
    DAY_CLOSED(name) = "closed: {name}", "fermé\u{a0}: {name}";
    DAY_OPEN(name) = "open: {name}", "ouvert\u{a0}: {name}";
    /// `calendar` without `--calendar`: the list's heads and origins.
    CALENDAR_COLUMN() = "calendar", "calendrier";
    ORIGIN_COLUMN() = "from", "origine";
    TIMEZONE_COLUMN() = "timezone", "fuseau";
    ORIGIN_BUILTIN() = "built-in", "intégré";
    ORIGIN_FILE() = "file", "fichier";
    /// The file name of diagnostics when no rules file was given.
    BUILTIN_CALENDARS() = "(built-in calendars)", "(calendriers intégrés)";
    ICS_NEEDS_CALENDAR() =
        "error: --format ics needs --calendar NAME",
        "erreur\u{a0}: --format ics exige --calendar NOM";
}

messages! {
    list OUTPUTS_ERRORS;
    /// A command's error that belongs to no file.
    ERROR_LINE(message) = "error: {message}", "erreur\u{a0}: {message}";
    BINARY_ON_TERMINAL(format) =
        "--format {format} writes a binary file, not text for a terminal: name the file with `-o FILE` (or redirect the output)",
        "--format {format} écrit un fichier binaire, pas du texte pour un terminal\u{a0}: nommez le fichier avec `-o FICHIER` (ou redirigez la sortie)";
    CANNOT_CREATE(path, error) =
        "cannot create `{path}`: {error}",
        "impossible de créer `{path}`\u{a0}: {error}";
    CANNOT_WRITE(path, error) =
        "cannot write {path}: {error}",
        "impossible d'écrire {path}\u{a0}: {error}";
    CANNOT_WRITE_OUTPUT(error) =
        "cannot write the output: {error}",
        "impossible d'écrire la sortie\u{a0}: {error}";
    /// `delai serve --addr` off loopback without a token.
    SERVE_NEEDS_TOKEN(addr) =
        "refusing to serve on {addr} without a token: anyone who reaches it could use it; give `--token-file FILE` (or listen on 127.0.0.1)",
        "refus de servir sur {addr} sans jeton\u{a0}: quiconque l'atteint pourrait s'en servir\u{a0}; donnez `--token-file FICHIER` (ou écoutez sur 127.0.0.1)";
    SERVE_EMPTY_TOKEN(path) =
        "the token file {path} is empty",
        "le fichier de jeton {path} est vide";
    SERVE_CANNOT_LISTEN(addr, error) =
        "cannot listen on {addr}: {error}",
        "impossible d'écouter sur {addr}\u{a0}: {error}";
    /// `explain` on a standard that `requires` a condition (issue #19).
    EXPLAIN_REQUIRES(condition) =
        "This standard has no deadline: it judges the case's attributes and requires {condition}.",
        "Cette norme n'a pas d'échéance\u{a0}: elle juge les attributs du dossier et exige {condition}.";
    EXPLAIN_REQUIRES_PLACED(event, at) =
        "Placed in time by \"{event}\", on {at} (the report's period, the version in force).",
        "Situé dans le temps par «\u{a0}{event}\u{a0}», le {at} (la période du rapport, la version en vigueur).";
    EXPLAIN_REQUIRES_PLACED_FIRST(event, at) =
        "Placed in time by its earliest event, \"{event}\", on {at} (the report's period, the version in force).",
        "Situé dans le temps par son premier événement, «\u{a0}{event}\u{a0}», le {at} (la période du rapport, la version en vigueur).";
    EXPLAIN_REQUIRES_NO_EVENT() =
        "The case has no event yet: nothing places it in time, so it is not judged.",
        "Le dossier n'a encore aucun événement\u{a0}: rien ne le situe dans le temps, il n'est donc pas jugé.";
    EXPLAIN_REQUIRES_VALUE(attribute, value) =
        "The case's `{attribute}` is {value}.",
        "L'attribut `{attribute}` du dossier vaut {value}.";
    EXPLAIN_REQUIRES_MISSING(attributes) =
        "The case has no {attributes} (no answer): the standard does not apply to it.",
        "Le dossier n'a pas d'attribut {attributes} (pas de réponse)\u{a0}: la norme ne s'y applique pas.";
    EXPLAIN_REQUIRES_MET() =
        "The condition holds: met.",
        "La condition est remplie\u{a0}: respectée.";
    EXPLAIN_REQUIRES_BREACHED() =
        "The condition does not hold: breached.",
        "La condition n'est pas remplie\u{a0}: non respectée.";
}
