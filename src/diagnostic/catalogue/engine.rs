//! Messages of the engine and its doors (`src/api`, `src/clock`, `src/calendar`, `src/cli`, `src/wasm`): a request or a computation that cannot be answered.

use super::messages;

messages! {
    list ENGINE;
    AS_OF_OUT_OF_RANGE_HELP() =
        "\"as of\" must be between 1900-01-01 and 2199-12-31",
        "la date de référence (« en date du ») doit être comprise entre le 1900-01-01 et le 2199-12-31";
    BAD_ATTRIBUTE(text) =
        "`{text}` is not KEY=VALUE",
        "`{text}` n'est pas de la forme CLÉ=VALEUR";
    BAD_ATTRIBUTE_HELP() =
        "write attributes as --attr channel=mail",
        "écrivez les attributs ainsi : --attr channel=mail";
    BIGINT_TOO_LARGE(path, text) =
        "`{path}` is a bigint too large for a number ({text})",
        "`{path}` est un BigInt trop grand pour un nombre ({text})";
    BUSINESS_INDEX_INCONSISTENT() =
        "business-time index inconsistent",
        "index du temps ouvrable incohérent";
    BUSINESS_TIME_NEEDS_CALENDAR() =
        "counting business time needs a calendar",
        "compter du temps ouvrable exige un calendrier";
    CANNOT_HAND_TO_JS() =
        "cannot hand the result to JavaScript",
        "impossible de remettre le résultat à JavaScript";
    CANNOT_SERIALIZE(error) =
        "cannot serialize the result: {error}",
        "impossible de sérialiser le résultat : {error}";
    DEADLINE_NEEDS_CALENDAR(unit) =
        "a deadline in {unit} needs a calendar",
        "un délai en {unit} exige un calendrier";
    DURATION_LONGER_THAN_100_YEARS(duration) =
        "{duration} is longer than 100 years",
        "{duration} dépasse 100 ans";
    DURATION_TOO_LONG_SUPPORTED_HELP() =
        "durations above 100 years are not supported",
        "les durées de plus de 100 ans ne sont pas prises en charge";
    EXPLAIN_CASE_NOT_JSON(error) =
        "the case is not valid JSON: {error}",
        "le cas n'est pas du JSON valide : {error}";
    ENCODING_OPTION_HINT() =
        "if the file is in Windows-1252 (Latin-1), as French Excel's \"CSV\" is, read it with `--encoding windows-1252`",
        "si le fichier est en Windows-1252 (Latin-1), comme le « CSV » d'Excel en français, lisez-le avec `--encoding windows-1252`";
    HELP_LINE(help) =
        "help: {help}",
        "aide : {help}";
    IN_FORCE_ALWAYS() =
        "always in force (no `effective` line)",
        "toujours en vigueur (aucune ligne `en vigueur`)";
    IN_FORCE_FROM(from) =
        "in force from {from}",
        "en vigueur à partir du {from}";
    IN_FORCE_FROM_UNTIL(from, until) =
        "in force from {from} until {until}",
        "en vigueur du {from} au {until}";
    IN_FORCE_UNTIL(until) =
        "in force until {until}",
        "en vigueur jusqu'au {until}";
    INVALID_JS_DATE(path) =
        "`{path}` is an invalid Date",
        "`{path}` est une Date invalide";
    INVALID_TIME_FIELD(field) =
        "`{field}` is not a valid time",
        "`{field}` n'est pas un moment valide";
    INVALID_TIME_VALUE(field, value) =
        "`{field}` is not a valid time ({value})",
        "`{field}` n'est pas un moment valide ({value})";
    INVALID_UTF8(line, column) =
        "the file is not valid UTF-8 (first bad byte at line {line}, column {column})",
        "le fichier n'est pas en UTF-8 valide (premier octet invalide à la ligne {line}, colonne {column})";
    INVALID_UTF8_HELP() =
        "save the file as UTF-8 (most editors offer “UTF-8” in “Save as…”)",
        "enregistrez le fichier en UTF-8 (la plupart des éditeurs offrent « UTF-8 » dans « Enregistrer sous… »)";
    KNOWN_CALENDARS_HELP(known) =
        "the calendars are: {known}",
        "les calendriers sont : {known}";
    KNOWN_STANDARDS_HELP(known) =
        "the standards are: {known}",
        "les normes sont : {known}";
    LINT_SUMMARY(files, errors, warnings) =
        "{files} checked: {errors}, {warnings}",
        "{files} : {errors}, {warnings}";
    NEGATIVE_AMOUNT(amount) =
        "cannot add {amount}: the amount must not be negative",
        "impossible d'ajouter {amount} : la quantité ne doit pas être négative";
    NESTED_TOO_DEEP(path, max_depth) =
        "`{path}` is nested more than {max_depth} levels deep (a cycle?)",
        "`{path}` est imbriqué sur plus de {max_depth} niveaux (un cycle ?)";
    NOT_APPLICABLE_ATTRIBUTES_HELP(attributes) =
        "it reads the attributes: {attributes}",
        "elle lit les attributs : {attributes}";
    NOT_APPLICABLE_TO_ANY_HELP() =
        "it applies to every case: check the start event",
        "elle s'applique à tous les cas : vérifiez l'événement de départ";
    NOT_APPLICABLE_TO_CASE(standard) =
        "standard \"{standard}\" does not apply to a case with these attributes on that date",
        "la norme « {standard} » ne s'applique pas à un cas ayant ces attributs à cette date";
    NOT_A_WHOLE_NUMBER(field, found) =
        "expected `{field}` to be a whole number such as 2025, found {found}",
        "`{field}` devrait être un nombre entier comme 2025 ; trouvé : {found}";
    NOT_IN_FORCE(standard, day) =
        "no version of standard \"{standard}\" is in force on {day}",
        "aucune version de la norme « {standard} » n'est en vigueur le {day}";
    NOT_IN_FORCE_HELP(ranges) =
        "its versions: {ranges}",
        "ses versions : {ranges}";
    NO_DEADLINE_REQUIRES(standard, condition) =
        "standard \"{standard}\" has no deadline: it judges the case's attributes and requires {condition}",
        "la norme « {standard} » n'a pas d'échéance : elle juge les attributs du dossier et exige {condition}";
    NO_DEADLINE_REQUIRES_HELP() =
        "ask `check` or `explain` with the case's attributes: it is met when the condition holds",
        "demandez `check` ou `explain` avec les attributs du dossier : elle est respectée quand la condition est remplie";
    NO_BUSINESS_DAY(name) =
        "calendar \"{name}\" has no business day between 1900-01-01 and 2199-12-31",
        "le calendrier « {name} » n'a aucun jour ouvrable entre le 1900-01-01 et le 2199-12-31";
    NO_BUSINESS_DAY_HELP() =
        "check the calendar's workdays, holidays and closures",
        "vérifiez les jours ouvrables, les jours fériés et les fermetures du calendrier";
    NO_SUCH_CALENDAR_NAMED(name) =
        "no calendar \"{name}\"",
        "aucun calendrier « {name} »";
    NO_SUCH_STANDARD() =
        "no such standard",
        "norme inexistante";
    NO_SUCH_STANDARD_NAMED(id) =
        "no standard \"{id}\"",
        "aucune norme « {id} »";
    OUT_OF_SUPPORTED_DATES(what) =
        "{what} is outside the supported dates 1900-01-01 to 2199-12-31",
        "{what} est hors des dates prises en charge, du 1900-01-01 au 2199-12-31";
    RESULT_AFTER_LAST_DATE() =
        "the result falls after 2199-12-31, the last supported date",
        "le résultat tombe après le 2199-12-31, dernière date prise en charge";
    RESUME_BEFORE_PAUSE(resume_event, resume_at, pause_event, pause_at) =
        "the resume event \"{resume_event}\" at {resume_at} comes before the pause event \"{pause_event}\" at {pause_at}",
        "l'événement de reprise « {resume_event} » du {resume_at} précède l'événement de suspension « {pause_event} » du {pause_at}";
    RESUME_BEFORE_PAUSE_HELP(pause_event, resume_event) =
        "a pause runs from \"{pause_event}\" to the next \"{resume_event}\": check the order of the events of this case (read as written, the pause would last until the stop)",
        "une suspension court de « {pause_event} » jusqu'au « {resume_event} » suivant : vérifiez l'ordre des événements de ce cas (lue telle quelle, la suspension durerait jusqu'à l'arrêt)";
    RULES_FORMAT_VERSION(format, version) =
        "compiled rules are in format {format}, this delai reads format {version}",
        "les règles compilées sont au format {format} ; ce delai lit le format {version}";
    RULES_FORMAT_VERSION_HELP() =
        "compile the rules again with this version of delai",
        "compilez de nouveau les règles avec cette version de delai";
    RULES_MISSING_CALENDAR() =
        "compiled rules refer to a calendar that is not in the file",
        "les règles compilées renvoient à un calendrier absent du fichier";
    RULES_NOT_COMPILED(error) =
        "not compiled delai rules: {error}",
        "ce ne sont pas des règles delai compilées : {error}";
    RULES_NOT_COMPILED_HELP() =
        "produce the file with `delai compile RULES -o rules.json`",
        "produisez le fichier avec `delai compile RÈGLES -o rules.json`";
    RULES_STANDARD_WITHOUT_WITHIN(id) =
        "standard \"{id}\" has no `within`",
        "la norme « {id} » n'a pas de `dans`";
    START_REQUIRED() =
        "`start` is required: when the request was received",
        "`start` est obligatoire : le moment où la demande a été reçue";
    START_REQUIRED_HELP() =
        "pass {{ start: \"2025-06-20 10:00\" }} or {{ start: new Date() }}",
        "passez `{{ start: \"2025-06-20 10:00\" }}` ou `{{ start: new Date() }}`";
    STOP_BEFORE_START(stop_event, stop_at, start_event, start_at) =
        "the stop event \"{stop_event}\" at {stop_at} comes before the start event \"{start_event}\" at {start_at}",
        "l'événement d'arrêt « {stop_event} » du {stop_at} précède l'événement de départ « {start_event} » du {start_at}";
    STOP_BEFORE_START_HELP() =
        "check the order of the events of this case",
        "vérifiez l'ordre des événements de ce cas";
    STRICT_WARNINGS_FATAL(count) =
        "error: {count} warning(s) about the cases, and --strict makes warnings fatal",
        "erreur : {count} avertissement(s) sur les cas, et --strict rend les avertissements bloquants";
    SUPPORTED_DATES_HELP() =
        "delai computes dates between 1900-01-01 and 2199-12-31",
        "delai calcule des dates comprises entre le 1900-01-01 et le 2199-12-31";
    TIME_NOT_IN_ZONE(time, zone) =
        "cannot read {time} in {zone}",
        "impossible de lire {time} dans le fuseau {zone}";
    TOO_MANY_EVENTS(events, max_events) =
        "this case has {events} events; at most {max_events} are judged",
        "ce cas compte {events} événements ; au plus {max_events} sont jugés";
    TOO_MANY_EVENTS_HELP() =
        "check the export: a case normally has a few events",
        "vérifiez l'exportation : un cas compte normalement quelques événements";
    WOULD_REFORMAT(path) =
        "would reformat {path}",
        "à reformater : {path}";
    UNIT_NOT_BACKWARD(unit) =
        "{unit} cannot be counted backward",
        "impossible de compter les {unit} à rebours";
    UNKNOWN_EPOCH(text) =
        "unknown epoch unit \"{text}\"",
        "unité d'époque « {text} » inconnue";
    UNKNOWN_EPOCH_HELP() =
        "use \"s\" (seconds) or \"ms\" (milliseconds)",
        "utilisez `s` (secondes) ou `ms` (millisecondes)";
    UNKNOWN_LANGUAGE(tag) =
        "unknown language \"{tag}\"",
        "langue « {tag} » inconnue";
    UNKNOWN_LANGUAGE_HELP() =
        "use \"en\" or \"fr\"",
        "utilisez `en` ou `fr`";
    UNKNOWN_PERIOD(text) =
        "unknown period \"{text}\"",
        "période « {text} » inconnue";
    UNKNOWN_MONTH(text) =
        "unknown month \"{text}\"",
        "mois «\u{a0}{text}\u{a0}» inconnu";
    UNKNOWN_MONTH_HELP() =
        "use a month's name in English or French (\"april\", \"avril\") or its number (1 to 12)",
        "utilisez le nom d'un mois en français ou en anglais (`avril`, `april`) ou son numéro (1 à 12)";
    UNKNOWN_PERIOD_HELP() =
        "use \"month\", \"quarter\", \"fiscal-quarter\" or \"year\"",
        "utilisez `month`, `quarter`, `fiscal-quarter` ou `year`";
    UNREADABLE_CASES(error) =
        "cannot read the cases: {error}",
        "impossible de lire les cas : {error}";
    UNREADABLE_FILE(path, error) =
        "cannot read {path}: {error}",
        "impossible de lire {path} : {error}";
    UNREADABLE_FILE_HELP() =
        "check the path and the file's permissions",
        "vérifiez le chemin et les permissions du fichier";
    UNREADABLE_OPTION(name) =
        "cannot read the option `{name}`",
        "impossible de lire l'option `{name}`";
    UNREADABLE_TIME(text) =
        "cannot read the time \"{text}\"",
        "impossible de lire le moment « {text} »";
    UNREADABLE_TIME_HELP() =
        "write RFC 3339 (2025-06-20T10:00:00-04:00) or local time (2025-06-20 10:00)",
        "écrivez-le en RFC 3339 (2025-06-20T10:00:00-04:00) ou en heure locale (2025-06-20 10:00)";
    UNREAD_TIME_FORMAT() =
        "timeFormat is not read by the WebAssembly package: send times in a standard form (2025-06-20 10:00, RFC 3339) or as epoch numbers (epoch)",
        "le paquet WebAssembly ne lit pas timeFormat : envoyez les moments sous une forme standard (2025-06-20 10:00, RFC 3339) ou en nombres depuis l'époque (epoch)";
}
