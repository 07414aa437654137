//! Messages of the checker (`src/check`): a rules file that parses but says something wrong or useless.

use super::messages;

messages! {
    list RULES;
    CLOSURE_ENDS_BEFORE_START(last, first) =
        "the closure ends on {last}, before it starts on {first}",
        "la fermeture se termine le {last}, avant de commencer le {first}";
    CLOSURE_ENDS_BEFORE_START_HELP() =
        "write the first day after `from` and the last day after `to`",
        "écrivez le premier jour après `du` et le dernier jour après `au`";
    CLOSURE_ENDS_BEFORE_START_LABEL() =
        "before the first day",
        "avant le premier jour";
    CLOSURE_ENDS_BEFORE_START_NOTE() =
        "first day",
        "premier jour";
    CLOSURE_LENGTH_UNIT(unit) =
        "a closure lasts whole days, not {unit}",
        "une fermeture dure des jours entiers, pas des {unit}";
    CLOSURE_LENGTH_UNIT_HELP() =
        "write the length in days or weeks, e.g. `for 2 weeks`",
        "écrivez la durée en jours ou en semaines, p. ex. `pendant 2 semaines`";
    CLOSURE_LENGTH_UNIT_LABEL() =
        "not days or weeks",
        "ni des jours ni des semaines";
    CONFLICTING_EXPECTATIONS() =
        "this example expects the standard both to apply and not to apply",
        "cet exemple s'attend à ce que la norme s'applique et ne s'applique pas";
    CONFLICTING_EXPECTATIONS_HELP() =
        "split it into two examples, or remove one of the `expect` lines",
        "scindez-le en deux exemples, ou supprimez l'une des lignes `attendu`";
    CONFLICTING_EXPECTATIONS_LABEL_DUE() =
        "a due date needs the standard to apply",
        "une échéance suppose que la norme s'applique";
    CONFLICTING_EXPECTATIONS_LABEL_STATUS() =
        "needs the standard to apply",
        "suppose que la norme s'applique";
    CONFLICTING_EXPECTATIONS_NOTE() =
        "expects not applicable",
        "attend « non applicable »";
    CUTOFF_WITHOUT_CALENDAR() =
        "`cutoff` has no effect without a calendar",
        "une `heure limite` est sans effet sans calendrier";
    CUTOFF_WITHOUT_CALENDAR_HELP() =
        "a cutoff moves late starts to the next business day; it only applies to delays counted on a calendar (`on \"…\"`)",
        "une heure limite reporte les débuts tardifs au jour ouvrable suivant ; elle ne vaut que pour les délais comptés selon un calendrier (`selon \"…\"`)";
    CUTOFF_WITHOUT_CALENDAR_LABEL() =
        "ignored",
        "ignorée";
    DEADLINE_NEVER_ENDS() =
        "a deadline that moves past every day of the week never ends",
        "un délai reporté après chaque jour de la semaine ne finit jamais";
    DEADLINE_NEVER_ENDS_HELP() =
        "name only the weekdays that are holidays by law, e.g. `deadlines move past holidays and sunday`",
        "ne nommez que les jours de la semaine fériés selon la loi, p. ex. `délais reportés après les fériés et dimanche`";
    DIFFERENT_ANCHORS(other, anchor) =
        "this line counts back from \"{other}\", another from \"{anchor}\"",
        "cette ligne compte à rebours depuis « {other} », une autre depuis « {anchor} »";
    DIFFERENT_ANCHORS_HELP() =
        "every `at least … before` line of a standard counts back from the same event; write one standard per event",
        "toutes les lignes `au moins … avant` d'une norme comptent à rebours depuis le même événement ; écrivez une norme par événement";
    DIFFERENT_ANCHORS_LABEL() =
        "a second event",
        "un second événement";
    DIFFERENT_ANCHORS_NOTE() =
        "the first event",
        "le premier événement";
    DUPLICATE_ATTRIBUTE(key) =
        "attribute `{key}` is set twice",
        "l'attribut `{key}` est défini deux fois";
    DUPLICATE_ATTRIBUTE_HELP() =
        "a case has one value per attribute: keep one of them",
        "un cas a une seule valeur par attribut : gardez-en une";
    DUPLICATE_ATTRIBUTE_LABEL() =
        "set again here",
        "défini de nouveau ici";
    DUPLICATE_ATTRIBUTE_NOTE() =
        "first set here",
        "défini une première fois ici";
    DUPLICATE_CALENDAR(name) =
        "calendar \"{name}\" is declared twice",
        "le calendrier « {name} » est déclaré deux fois";
    DUPLICATE_CALENDAR_HELP() =
        "rename one of the calendars, or merge their clauses into one",
        "renommez l'un des calendriers, ou réunissez leurs clauses en un seul";
    DUPLICATE_CLAUSE(what) =
        "`{what}` is written twice",
        "`{what}` est écrit deux fois";
    DUPLICATE_CLAUSE_HELP(what) =
        "keep a single `{what}` line: remove or merge the other one",
        "gardez une seule ligne `{what}` : supprimez l'autre ou fusionnez-les";
    DUPLICATE_CLAUSE_LABEL() =
        "written again here",
        "écrit de nouveau ici";
    DUPLICATE_CLAUSE_NOTE() =
        "first written here",
        "écrit une première fois ici";
    DUPLICATE_CLAUSE_NOTE_FIRST_ONE() =
        "first one",
        "le premier";
    DUPLICATE_CLOSURE(name) =
        "closure \"{name}\" is declared twice in this calendar",
        "la fermeture « {name} » est déclarée deux fois dans ce calendrier";
    DUPLICATE_CLOSURE_HELP() =
        "give each closure its own name, or remove one of the lines",
        "donnez à chaque fermeture son propre nom, ou supprimez l'une des lignes";
    DUPLICATE_EXAMPLE(name) =
        "two examples are named \"{name}\"",
        "deux exemples s'appellent « {name} »";
    DUPLICATE_EXAMPLE_HELP() =
        "give each example its own name so a failing test is easy to find",
        "donnez à chaque exemple son propre nom, pour qu'un test en échec soit facile à retrouver";
    DUPLICATE_EXAMPLE_LABEL() =
        "same name again",
        "même nom, de nouveau";
    DUPLICATE_EXAMPLE_NOTE() =
        "first example with this name",
        "premier exemple portant ce nom";
    DUPLICATE_HOLIDAY(name) =
        "holiday \"{name}\" is declared twice in this calendar",
        "le jour férié « {name} » est déclaré deux fois dans ce calendrier";
    DUPLICATE_HOLIDAY_HELP() =
        "give each holiday its own name, or remove one of the lines",
        "donnez à chaque jour férié son propre nom, ou supprimez l'une des lignes";
    DUPLICATE_OPENING(name) =
        "opening \"{name}\" is declared twice in this calendar",
        "l'ouverture « {name} » est déclarée deux fois dans ce calendrier";
    DUPLICATE_OPENING_DATE(date) =
        "{date} is opened twice in this calendar",
        "le {date} est ouvert deux fois dans ce calendrier";
    DUPLICATE_OPENING_HELP() =
        "give each opening its own name, or remove one of the lines",
        "donnez à chaque ouverture son propre nom, ou supprimez l'une des lignes";
    DUPLICATE_OPENING_HELP_KEEP_ONE_OPEN() =
        "keep one `open` line per date",
        "gardez une seule ligne `ouvert` par date";
    DUPLICATE_OPENING_LABEL() =
        "declared again here",
        "nouvelle déclaration ici";
    DUPLICATE_OPENING_LABEL_OPENED_AGAIN_HERE() =
        "opened again here",
        "ouvert de nouveau ici";
    DUPLICATE_OPENING_NOTE_FIRST_OPENED_HERE() =
        "first opened here",
        "ouvert une première fois ici";
    DUPLICATE_START_EVENT(name) =
        "the event \"{name}\" is named twice in `starts at`",
        "l'événement « {name} » est nommé deux fois dans `débute à`";
    DUPLICATE_START_EVENT_HELP() =
        "name each event the clock waits for once, e.g. `starts at \"id-received\" and \"fee-paid\"`",
        "nommez une seule fois chaque événement attendu, p. ex. `débute à \"pièce-reçue\" et \"frais-payés\"`";
    DUPLICATE_STOP_EVENT(name) =
        "the event \"{name}\" is named twice in `stops at`",
        "l'événement « {name} » est nommé deux fois dans `s'arrête à`";
    DUPLICATE_STOP_EVENT_HELP() =
        "name each event that stops the clock once, e.g. `stops at \"answered\" or \"delay-letter\"`",
        "nommez une seule fois chaque événement qui arrête le délai, p. ex. `s'arrête à \"répondu\" ou \"lettre-de-délai\"`";
    DUPLICATE_STOP_EVENT_LABEL() =
        "named again here",
        "nommé de nouveau ici";
    DUPLICATE_STOP_EVENT_NOTE() =
        "first named here",
        "nommé une première fois ici";
    DUPLICATE_SUBSTITUTE(weekday) =
        "a holiday on a {weekday} is moved twice",
        "un jour férié tombant un {weekday} est déplacé deux fois";
    DUPLICATE_SUBSTITUTE_HELP() =
        "a holiday moves to one day only: keep one `if … then …` per weekday, e.g. `if saturday then friday, if sunday then monday`",
        "un jour férié ne se déplace que vers un seul jour : gardez un seul `si … alors …` par jour de la semaine, p. ex. `si samedi alors vendredi, si dimanche alors lundi`";
    DUPLICATE_SUBSTITUTE_LABEL() =
        "second move",
        "second déplacement";
    DUPLICATE_SUBSTITUTE_NOTE() =
        "first move",
        "premier déplacement";
    DUPLICATE_TEXT_CLAUSE(what, lang) =
        "two `{what}` clauses in {lang}",
        "deux clauses `{what}` en {lang}";
    DUPLICATE_TEXT_CLAUSE_HELP(what) =
        "keep one `{what}` clause per language; a `{what}` clause without `en` or `fr` is in the language of the block's keyword (`standard` → English, `norme` → French), so tag the other one, e.g. `{what} en \"…\"`",
        "gardez une clause `{what}` par langue ; une clause `{what}` sans `en` ni `fr` est dans la langue du mot clé du bloc (`standard` : anglais, `norme` : français) : indiquez donc la langue de l'autre, p. ex. `{what} fr \"…\"`";
    DUPLICATE_TEXT_CLAUSE_LABEL(what, lang) =
        "second `{what}` clause in {lang}",
        "seconde clause `{what}` en {lang}";
    DURATION_TOO_LONG(amount, unit) =
        "{amount} {unit} is more than 100 years",
        "{amount} {unit}, c'est plus de 100 ans";
    DURATION_TOO_LONG_HELP(max_amount, unit) =
        "delai supports durations up to 100 years ({max_amount} {unit})",
        "delai prend en charge les durées d'au plus 100 ans ({max_amount} {unit})";
    EASTER_OFFSET_TOO_LARGE(offset_days) =
        "{offset_days} days from Easter is too far",
        "{offset_days} jours à partir de Pâques, c'est trop loin";
    EASTER_OFFSET_TOO_LARGE_HELP() =
        "a holiday tied to Easter falls within a few weeks of it; for a fixed day write e.g. `december 25`",
        "un jour férié lié à Pâques tombe à quelques semaines de Pâques ; pour un jour fixe, écrivez p. ex. `25 décembre`";
    EASTER_OFFSET_TOO_LARGE_LABEL(max_easter_offset) =
        "at most {max_easter_offset} days",
        "au plus {max_easter_offset} jours";
    EFFECTIVE_ENDS_BEFORE_START(until, from) =
        "this version ends on {until}, before it takes effect on {from}",
        "cette version prend fin le {until}, avant d'entrer en vigueur le {from}";
    EFFECTIVE_ENDS_BEFORE_START_HELP() =
        "write the first day in force after `from` and the last day after `until`",
        "écrivez le premier jour en vigueur après `du` et le dernier jour après `au`";
    EFFECTIVE_ENDS_BEFORE_START_NOTE() =
        "takes effect here",
        "entre en vigueur ici";
    MISSING_ATTRIBUTE(test, attr) =
        "`{test}` is false for a case without `{attr}`",
        "`{test}` est faux pour un cas sans `{attr}`";
    MISSING_ATTRIBUTE_LABEL(attr) =
        "a case without `{attr}` does not satisfy this",
        "un cas sans `{attr}` ne satisfait pas ce test";
    MISSING_ATTRIBUTE_HELP(guarded, positive, attr) =
        "write `{guarded}` to say so, or `{positive}` to include the cases without `{attr}`",
        "écrivez `{guarded}` pour le dire, ou `{positive}` pour inclure les cas sans `{attr}`";
    EMPTY_LIST() =
        "the list is empty",
        "la liste est vide";
    EMPTY_LIST_HELP() =
        "list the values to match, e.g. `channel in [\"mail\", \"email\"]`",
        "énumérez les valeurs recherchées, p. ex. `canal dans [\"courrier\", \"courriel\"]`";
    EMPTY_LIST_LABEL() =
        "never true",
        "jamais vraie";
    EMPTY_LIST_LABEL_NEGATED() =
        "always true when the attribute is present",
        "toujours vraie quand l'attribut est présent";
    EXPRESSION_TOO_DEEP() =
        "this condition is nested too deeply",
        "cette condition est trop profondément imbriquée";
    EXPRESSION_TOO_DEEP_HELP() =
        "split the condition, or remove parentheses that are not needed",
        "scindez la condition, ou supprimez les parenthèses inutiles";
    EXPRESSION_TOO_DEEP_LABEL() =
        "too many levels of parentheses",
        "trop de niveaux de parenthèses";
    EXTENDS_CYCLE(names) =
        "calendars {names} extend each other in a cycle",
        "les calendriers {names} s'étendent l'un l'autre en boucle";
    EXTENDS_CYCLE_HELP() =
        "remove one `extends` so the chain ends at a calendar that extends nothing, such as \"quebec\"",
        "supprimez un `étend` pour que la chaîne aboutisse à un calendrier qui n'en étend aucun, comme « quebec »";
    EXTENDS_CYCLE_ITSELF(name) =
        "calendar \"{name}\" extends itself",
        "le calendrier « {name} » s'étend lui-même";
    EXTENDS_CYCLE_LABEL(name, parent) =
        "\"{name}\" extends \"{parent}\"",
        "« {name} » étend « {parent} »";
    EXTENDS_CYCLE_NOTE(name, parent) =
        "\"{name}\" extends \"{parent}\"",
        "« {name} » étend « {parent} »";
    EXTENDS_TOO_DEEP(name, max_depth) =
        "calendar \"{name}\" is more than {max_depth} `extends` away from its root",
        "le calendrier « {name} » est à plus de {max_depth} `étend` de sa racine";
    EXTENDS_TOO_DEEP_HELP() =
        "extend a calendar nearer the root: each calendar inherits everything from its parent, so long chains are never needed",
        "étendez un calendrier plus proche de la racine : chaque calendrier hérite de tout ce qu'a son parent, une longue chaîne n'est donc jamais nécessaire";
    EXTENDS_TOO_DEEP_LABEL() =
        "chain too long",
        "chaîne trop longue";
    FIFTH_WEEKDAY() =
        "a month has a fifth weekday only some years",
        "un mois n'a un cinquième jour de ce nom que certaines années";
    FIFTH_WEEKDAY_HELP() =
        "use `last` for the last such weekday of the month",
        "utilisez `dernier` pour le dernier jour de ce nom du mois";
    FIFTH_WEEKDAY_LABEL() =
        "missing in most years",
        "absent la plupart des années";
    FIRST_DECLARED_HERE() =
        "first declared here",
        "première déclaration ici";
    HOURS_END_BEFORE_START() =
        "opening hours end before they start",
        "les heures d'ouverture se terminent avant de commencer";
    HOURS_END_BEFORE_START_HELP() =
        "write the opening time first, then the closing time, e.g. 08:30-12:00; a range cannot cross midnight (use 24:00 as the end of the day)",
        "écrivez l'heure d'ouverture, puis l'heure de fermeture, p. ex. 08:30-12:00 ; une plage ne peut pas passer minuit (utilisez 24:00 pour la fin de la journée)";
    HOURS_END_BEFORE_START_LABEL() =
        "ends before it starts",
        "se termine avant de commencer";
    HOURS_END_BEFORE_START_LABEL_EMPTY() =
        "empty: opens and closes at the same time",
        "vide : ouvre et ferme à la même heure";
    HOURS_OF_DAY_FROM_DATE() =
        "the hours of a single day cannot change from a date",
        "les heures d'un seul jour ne peuvent pas changer à partir d'une date";
    HOURS_OF_DAY_FROM_DATE_HELP() =
        "remove `from …`: `hours … on DAY` already holds for that day only",
        "supprimez `à partir du …` : `heures … le JOUR` ne vaut déjà que pour ce jour";
    HOURS_OF_DAY_FROM_DATE_LABEL() =
        "one day",
        "un seul jour";
    HOURS_OF_DAY_FROM_DATE_NOTE(date) =
        "in force from {date}",
        "en vigueur à partir du {date}";
    HOURS_ON_NON_WORKDAY(weekday) =
        "{weekday} is not a workday: these hours have no effect",
        "le {weekday} n'est pas un jour ouvrable : ces heures sont sans effet";
    HOURS_ON_NON_WORKDAY_HELP(weekday) =
        "add {weekday} to `workdays` if the offices open that day, or remove these hours",
        "ajoutez le {weekday} aux `jours ouvrables` si les bureaux ouvrent ce jour-là, ou supprimez ces heures";
    HOURS_ON_NON_WORKDAY_LABEL() =
        "not a workday",
        "pas un jour ouvrable";
    INVALID_CLOSURE_LENGTH(days) =
        "a closure of {days} days cannot recur every year",
        "une fermeture de {days} jours ne peut pas revenir chaque année";
    INVALID_CLOSURE_LENGTH_HELP() =
        "a closure given by a day rule recurs each year: it lasts at least a day and at most a year",
        "une fermeture donnée par une règle de jour revient chaque année : elle dure au moins un jour et au plus un an";
    INVALID_CLOSURE_LENGTH_LABEL(max_rule_closure_days) =
        "from 1 to {max_rule_closure_days} days",
        "de 1 à {max_rule_closure_days} jours";
    INVALID_DATE_DAY(month, day) =
        "{month} has no day {day}",
        "{month} n'a pas de jour {day}";
    INVALID_DATE_DAY_OF_YEAR(month, year, day) =
        "{month} {year} has no day {day}",
        "{month} {year} n'a pas de jour {day}";
    INVALID_DATE_FEBRUARY_29() =
        "february 29 does not exist every year",
        "le 29 février n'existe pas toutes les années";
    INVALID_DATE_HELP() =
        "write a month from january to december",
        "écrivez un mois de janvier à décembre";
    INVALID_DATE_HELP_DATES_ARE_WRITTEN() =
        "dates are written YYYY-MM-DD, year first, then month, then day",
        "les dates s'écrivent AAAA-MM-JJ : l'année d'abord, puis le mois, puis le jour";
    INVALID_DATE_HELP_USE_FEBRUARY_28() =
        "use february 28 or march 1 for a rule that recurs every year",
        "utilisez le 28 février ou le 1er mars pour une règle qui revient chaque année";
    INVALID_DATE_HELP_WRITE_A_DAY(max) =
        "write a day from 1 to {max}",
        "écrivez un jour de 1 à {max}";
    INVALID_DATE_LABEL() =
        "months are 1 to 12",
        "les mois vont de 1 à 12";
    INVALID_DATE_LABEL_HAS_DAYS(name, max) =
        "{name} has {max} days",
        "{name} compte {max} jours";
    INVALID_DATE_LABEL_MONTHS_ARE_01() =
        "months are 01 to 12",
        "les mois vont de 01 à 12";
    INVALID_DATE_LABEL_MONTH_HAS_DAYS(name, year, max) =
        "{name} {year} has {max} days",
        "{name} {year} compte {max} jours";
    INVALID_DATE_LABEL_NOT_A_LEAP_YEAR(year) =
        "{year} is not a leap year",
        "{year} n'est pas une année bissextile";
    INVALID_DATE_LABEL_ONLY_IN_LEAP() =
        "only in leap years",
        "seulement les années bissextiles";
    INVALID_DATE_MONTH(month) =
        "there is no month {month}",
        "il n'y a pas de mois {month}";
    INVALID_DATE_MONTH_NUMBER(month) =
        "there is no month {month}",
        "il n'y a pas de mois {month}";
    INVALID_OFFSET() =
        "this UTC offset is out of range",
        "ce décalage UTC est hors limites";
    INVALID_OFFSET_HELP() =
        "offsets are between -23:59 and +23:59, e.g. -04:00 in summer and -05:00 in winter in Quebec",
        "les décalages vont de -23:59 à +23:59, p. ex. -04:00 l'été et -05:00 l'hiver au Québec";
    INVALID_OFFSET_LABEL() =
        "not a UTC offset",
        "pas un décalage UTC";
    INVALID_PERCENTAGE(what, value) =
        "{what} {value}% is not a percentage",
        "{what} de {value} % n'est pas un pourcentage valide";
    INVALID_PERCENTAGE_HELP_TARGET() =
        "write the target as the share of cases that must meet the standard, from 0% to 100%, e.g. `target 90%`",
        "écrivez la cible comme la part des cas qui doivent respecter la norme, de 0 % à 100 %, p. ex. `cible 90%`";
    INVALID_PERCENTAGE_HELP_WARN() =
        "write the share of the allowed time after which a pending case is at risk, from 0% to 100%, e.g. `warn at 75%`",
        "écrivez la part du temps accordé après laquelle un cas en cours est à risque, de 0 % à 100 %, p. ex. `alerte à 75%`";
    INVALID_PERCENTAGE_LABEL() =
        "must be between 0% and 100%",
        "doit être entre 0 % et 100 %";
    INVALID_TIME(why) =
        "invalid time of day: {why}",
        "heure invalide : {why}";
    MIDNIGHT_ONLY_AS_END() =
        "24:00 is only allowed as the end of opening hours",
        "24:00 n'est permis qu'à la fin des heures d'ouverture";
    NO_SUCH_HOUR(hour) =
        "hour {hour} does not exist",
        "l'heure {hour} n'existe pas";
    NO_SUCH_MINUTE(minute) =
        "minute {minute} does not exist",
        "la minute {minute} n'existe pas";
    NO_SUCH_SECOND(second) =
        "second {second} does not exist",
        "la seconde {second} n'existe pas";
    INVALID_TIME_HELP() =
        "times are HH:MM[:SS] on a 24-hour clock, from 00:00 to 23:59:59",
        "les heures s'écrivent `HH:MM[:SS]` sur 24 heures, de 00:00 à 23:59:59";
    INVALID_TIME_LABEL() =
        "not a time of day",
        "pas une heure du jour";
    MISSING_CALENDAR() =
        "which calendar should count these days?",
        "quel calendrier doit compter ces jours ?";
    MISSING_CALENDAR_HELP() =
        "this file declares no calendar; count on the built-in Quebec calendar with `on \"quebec\"`, or declare one",
        "ce fichier ne déclare aucun calendrier ; comptez selon le calendrier intégré du Québec avec `selon \"quebec\"`, ou déclarez-en un";
    MISSING_CALENDAR_HELP_SEVERAL(calendars) =
        "this file declares several calendars, so `on` is required; candidates: {calendars}",
        "ce fichier déclare plusieurs calendriers, `selon` est donc obligatoire ; candidats : {calendars}";
    MISSING_CALENDAR_LABEL() =
        "needs a calendar: add `on \"…\"`",
        "exige un calendrier : ajoutez `selon \"…\"`";
    MISSING_EXAMPLE_STANDARD(name) =
        "example \"{name}\" does not say which standard it tests",
        "l'exemple « {name} » ne dit pas quelle norme il met à l'essai";
    MISSING_EXAMPLE_STANDARD_HELP() =
        "add a line `standard \"…\"` naming a standard declared in this file",
        "ajoutez une ligne `norme \"…\"` nommant une norme déclarée dans ce fichier";
    MISSING_EXAMPLE_STANDARD_HELP_KNOWN(standards) =
        "add a line `standard \"…\"` naming one of: {standards}",
        "ajoutez une ligne `norme \"…\"` nommant l'une de celles-ci : {standards}";
    MISSING_EXAMPLE_STANDARD_LABEL() =
        "no `standard` line",
        "aucune ligne `norme`";
    MISSING_EXPECT(name) =
        "example \"{name}\" expects nothing",
        "l'exemple « {name} » n'attend rien";
    MISSING_EXPECT_HELP() =
        "add what should happen, e.g. `expect due 2025-07-08 23:59:59` or `expect status met`",
        "ajoutez ce qui doit se produire, p. ex. `attendu échéance 2025-07-08 23:59:59` ou `attendu statut respecté`";
    MISSING_EXPECT_LABEL() =
        "no `expect` line",
        "aucune ligne `attendu`";
    MISSING_OTHERWISE() =
        "cases that match no `when` get no allowed time",
        "les cas qui ne répondent à aucun `si` n'ont aucun délai accordé";
    MISSING_OTHERWISE_HELP() =
        "add a last line `within … otherwise` for the other cases, or narrow `applies when`",
        "ajoutez une dernière ligne `dans … sinon` pour les autres cas, ou restreignez `s'applique si`";
    MISSING_OTHERWISE_LABEL() =
        "every `within` line has a `when`",
        "chaque ligne `dans` a un `si`";
    MISSING_START_EVENT(start) =
        "the example has no \"{start}\" event, so the clock never starts",
        "l'exemple n'a pas d'événement « {start} » : le délai ne commence jamais à courir";
    MISSING_START_EVENT_HELP(standard, start) =
        "standard \"{standard}\" starts at \"{start}\"",
        "la norme « {standard} » débute à « {start} »";
    MISSING_START_EVENT_HELP_ADD_EVENT_AT(start) =
        "add `event \"{start}\" at YYYY-MM-DD HH:MM`, or expect status not-started",
        "ajoutez `événement \"{start}\" le AAAA-MM-JJ HH:MM`, ou `attendu statut non commencé`";
    MISSING_START_EVENT_LABEL() =
        "the standard starts at this event",
        "la norme débute à cet événement";
    MISSING_START_EVENT_LABEL_IS_NOT(name, start) =
        "\"{name}\" is not \"{start}\"",
        "« {name} » n'est pas « {start} »";
    MISSING_START_EVENT_LABEL_NO_START_EVENT() =
        "no start event",
        "aucun événement de départ";
    MISSING_STOPS_AT(name, anchor) =
        "standard \"{name}\" does not say what must happen before \"{anchor}\"",
        "la norme « {name} » ne dit pas ce qui doit se produire avant « {anchor} »";
    MISSING_STOPS_AT_HELP() =
        "add a line such as `stops at \"notice-published\"` (`s'arrête à \"avis-publié\"`) naming the act that must happen first",
        "ajoutez une ligne comme `s'arrête à \"avis-publié\"` (`stops at \"notice-published\"`) nommant l'acte qui doit se produire d'abord";
    MISSING_STOPS_AT_LABEL() =
        "no `stops at` line",
        "aucune ligne `s'arrête à`";
    MISSING_TIMEZONE(name) =
        "calendar \"{name}\" has no time zone",
        "le calendrier « {name} » n'a pas de fuseau horaire";
    MISSING_TIMEZONE_HELP() =
        "add a line `timezone \"America/Toronto\"` to the calendar, or write `extends \"quebec\"` to inherit the Quebec calendar",
        "ajoutez une ligne `fuseau \"America/Toronto\"` au calendrier, ou écrivez `étend \"quebec\"` pour hériter du calendrier du Québec";
    MISSING_TIMEZONE_LABEL() =
        "no `timezone` here or in a calendar it extends",
        "aucun `fuseau` ici ni dans un calendrier qu'il étend";
    MISSING_WITHIN(name) =
        "standard \"{name}\" does not say how much time is allowed",
        "la norme « {name} » ne dit pas de combien de temps on dispose";
    MISSING_WITHIN_HELP() =
        "add a line such as `within 10 business days on \"quebec\"`, or `requires satisfaction >= 4` for a standard that is not a delay",
        "ajoutez une ligne comme `dans 10 jours ouvrables selon \"quebec\"`, ou `exige satisfaction >= 4` pour une norme qui n'est pas un délai";
    MISSING_WITHIN_LABEL() =
        "no `within` line",
        "aucune ligne `dans`";
    MIXED_DEADLINE_DIRECTIONS() =
        "a standard counts either forward (`within`) or backward (`at least … before`), not both",
        "une norme compte soit vers l'avant (`dans`), soit à rebours (`au moins … avant`), pas les deux";
    MIXED_DEADLINE_DIRECTIONS_HELP() =
        "split it into two standards: one with `starts at` and `within`, one with `at least … before` and `stops at`",
        "scindez-la en deux normes : l'une avec `débute à` et `dans`, l'autre avec `au moins … avant` et `s'arrête à`";
    MIXED_DEADLINE_DIRECTIONS_LABEL() =
        "counted forward from `starts at`",
        "compté vers l'avant à partir de `débute à`";
    MIXED_DEADLINE_DIRECTIONS_NOTE() =
        "counted backward from a later event",
        "compté à rebours depuis un événement ultérieur";
    MIXED_REQUIRES_VERSIONS(name) =
        "the versions of standard \"{name}\" do not judge the same thing: one `requires` a condition, another counts a delay",
        "les versions de la norme « {name} » ne jugent pas la même chose : l'une `exige` une condition, une autre compte un délai";
    MIXED_REQUIRES_VERSIONS_HELP() =
        "give the two kinds of standard different names: a report puts the versions of one standard in one row",
        "donnez des noms différents aux deux genres de norme : un rapport réunit les versions d'une norme sur une seule ligne";
    MIXED_REQUIRES_VERSIONS_LABEL() =
        "this version",
        "cette version";
    MIXED_REQUIRES_VERSIONS_NOTE() =
        "the other kind of version",
        "la version de l'autre genre";
    MIXED_UNITS(extension_unit, delay_unit) =
        "the extension is in {extension_unit} but the delay is in {delay_unit}",
        "la prolongation est en {extension_unit}, mais le délai est en {delay_unit}";
    MIXED_UNITS_HELP() =
        "extend the delay in the same kind of unit as `within` (days with days, hours with hours), so the new deadline is easy to read",
        "prolongez le délai dans le même genre d'unité que `dans` (des jours avec des jours, des heures avec des heures), pour que la nouvelle échéance soit facile à lire";
    MIXED_UNITS_LABEL() =
        "different kind of unit",
        "autre genre d'unité";
    NEGATIVE_DURATION(amount) =
        "a duration cannot be negative ({amount})",
        "une durée ne peut pas être négative ({amount})";
    NEGATIVE_DURATION_HELP() =
        "write the number of units allowed, 0 or more",
        "écrivez le nombre d'unités accordées, 0 ou plus";
    NEGATIVE_DURATION_LABEL() =
        "negative",
        "négative";
    CLOSED_BY_CLOSURE(name) =
        "closure \"{name}\"",
        "la fermeture « {name} »";
    CLOSED_BY_HOLIDAY(name) =
        "holiday \"{name}\"",
        "le jour férié « {name} »";
    OPEN_ON_CLOSED_DAY(date, by) =
        "{date} is closed by the {by}: opening it has no effect",
        "le {date} est fermé par {by} : l'ouvrir est sans effet";
    OPEN_ON_CLOSED_DAY_HELP() =
        "a holiday or closure wins over an opening: remove the opening, or the holiday or closure that day",
        "un jour férié ou une fermeture l'emporte sur une ouverture : supprimez l'ouverture, ou le jour férié ou la fermeture de ce jour";
    OPEN_ON_CLOSED_DAY_LABEL() =
        "still closed",
        "toujours fermé";
    OPEN_ON_WORKDAY(date, weekday) =
        "{date} is a {weekday}, already a workday: opening it has no effect",
        "le {date} est un {weekday}, déjà un jour ouvrable : l'ouvrir est sans effet";
    OPEN_ON_WORKDAY_HELP() =
        "`open` makes a non-working day a business day, e.g. a Saturday; to change its hours write `hours 08:30-12:00 on DATE`",
        "`ouvert` fait d'un jour non travaillé un jour ouvrable, p. ex. un samedi ; pour en changer les heures, écrivez `heures 08:30-12:00 le DATE`";
    OPEN_ON_WORKDAY_LABEL() =
        "already a business day",
        "déjà un jour ouvrable";
    OVERLAPPING_HOURS() =
        "opening hours overlap",
        "des heures d'ouverture se chevauchent";
    OVERLAPPING_HOURS_HELP() =
        "merge the two ranges into one, or make them end before the next starts",
        "fusionnez les deux plages, ou faites finir l'une avant que la suivante commence";
    OVERLAPPING_HOURS_LABEL() =
        "overlaps another range",
        "chevauche une autre plage";
    OVERLAPPING_HOURS_NOTE() =
        "this range",
        "cette plage";
    OVERLAPPING_VERSIONS(standard) =
        "two versions of standard \"{standard}\" are in force at the same time",
        "deux versions de la norme « {standard} » sont en vigueur en même temps";
    OVERLAPPING_VERSIONS_HELP() =
        "give each version an `effective from … until …` period that does not overlap the others, or rename one of the standards",
        "donnez à chaque version une période `en vigueur du … au …` qui ne chevauche pas les autres, ou renommez l'une des normes";
    OVERLAPPING_VERSIONS_NOTE(period) =
        "other version: {period}",
        "autre version : {period}";
    PERCENT_OF_TARGET() =
        "target",
        "la cible";
    PERCENT_OF_WARN() =
        "warn at",
        "le seuil d'alerte";
    PAUSE_SAME_EVENT(from) =
        "the pause starts and ends at the same event \"{from}\"",
        "la suspension commence et finit au même événement « {from} »";
    PAUSE_SAME_EVENT_HELP() =
        "name the event that resumes the clock, e.g. `pauses from \"info-requested\" until \"info-received\"`",
        "nommez l'événement qui fait reprendre le délai, p. ex. `suspendue du \"info-demandée\" jusqu'à \"info-reçue\"`";
    PAUSE_SAME_EVENT_LABEL() =
        "same event as the pause",
        "même événement que la suspension";
    PAUSE_SAME_EVENT_NOTE() =
        "pause starts here",
        "la suspension commence ici";
    MAXIMUM_NOT_ABOVE(maximum, threshold) =
        "the maximum ({maximum}) must be above the threshold ({threshold})",
        "le délai maximal ({maximum}) doit être supérieur au seuil ({threshold})";
    MAXIMUM_NOT_ABOVE_HELP() =
        "write the thresholds on `within` lines and the maximum every case is judged on after `all within`, e.g. `within 25 business days` then `all within 50 business days`",
        "écrivez les seuils sur les lignes `dans` et le délai maximal de chaque cas après `tous dans`, p. ex. `dans 25 jours ouvrables` puis `tous dans 50 jours ouvrables`";
    MAXIMUM_NOT_ABOVE_LABEL() =
        "not above the threshold",
        "pas supérieur au seuil";
    MAXIMUM_NOTE() =
        "the maximum",
        "le délai maximal";
    MAXIMUM_UNIT_DIFFERS(threshold, maximum) =
        "the threshold is in {threshold}, the maximum in {maximum}",
        "le seuil est en {threshold}, le délai maximal en {maximum}";
    MAXIMUM_UNIT_DIFFERS_HELP() =
        "count the thresholds and the maximum in one unit, e.g. `within 25 business days` and `all within 50 business days`",
        "comptez les seuils et le délai maximal dans une même unité, p. ex. `dans 25 jours ouvrables` et `tous dans 50 jours ouvrables`";
    MAXIMUM_WITH_RANGE() =
        "a range cannot have a maximum of its own: its second number is the maximum",
        "une fourchette ne peut pas avoir de délai maximal à part\u{a0}: son second nombre l'est déjà";
    MAXIMUM_WITH_RANGE_HELP() =
        "write either `within 4 to 6 weeks` or `within 4 weeks` with `all within 6 weeks`",
        "écrivez soit `dans 4 à 6 semaines`, soit `dans 4 semaines` avec `tous dans 6 semaines`";
    ALTERNATIVE_WITH_RANGE() =
        "a range cannot also have a second deadline",
        "une fourchette ne peut pas avoir en plus un second délai";
    ALTERNATIVE_WITH_RANGE_LABEL() =
        "second deadline",
        "second délai";
    ALTERNATIVE_WITH_RANGE_NOTE() =
        "the range",
        "la fourchette";
    ALTERNATIVE_WITH_RANGE_HELP() =
        "write either a range (`within 4 to 6 weeks`) or two deadlines (`within 20 business days on \"school\" or 60 business days on \"province\", whichever is earlier`), in two standards if both are promised",
        "écrivez soit une fourchette (`dans 4 à 6 semaines`), soit deux délais (`dans 20 jours ouvrables selon \"scolaire\" ou 60 jours ouvrables selon \"province\", le plus tôt des deux`), en deux normes si les deux sont promis";
    ALTERNATIVE_WITH_THRESHOLDS() =
        "a standard with several thresholds (`all within`) cannot have a second deadline on a `within` line",
        "une norme à plusieurs seuils (`tous dans`) ne peut pas avoir de second délai sur une ligne `dans`";
    ALTERNATIVE_WITH_THRESHOLDS_HELP() =
        "judge the two deadlines in one standard and the thresholds in another",
        "jugez les deux délais dans une norme et les seuils dans une autre";
    ALTERNATIVE_WITH_BEFORE_HELP() =
        "keep one notice period, e.g. `at least 10 days before \"hearing\"`, or write the other in a second standard",
        "gardez un seul préavis, p. ex. `au moins 10 jours avant \"audience\"`, ou écrivez l'autre dans une seconde norme";
    SAME_ALTERNATIVE(amount) =
        "the two deadlines are the same: {amount} on one calendar",
        "les deux délais sont identiques\u{a0}: {amount} selon un même calendrier";
    SAME_ALTERNATIVE_LABEL() =
        "same as the first deadline",
        "identique au premier délai";
    ALTERNATIVE_FIRST_NOTE() =
        "the first deadline",
        "le premier délai";
    SAME_ALTERNATIVE_HELP() =
        "change the amount, the unit or the calendar of one of them, or remove the `or` part",
        "changez le nombre, l'unité ou le calendrier de l'un des deux, ou retirez la partie `ou`";
    THRESHOLD_LABEL() =
        "this threshold",
        "ce seuil";
    RANGE_NOT_INCREASING(usual, maximum) =
        "the usual delay ({usual}) must be below the maximum ({maximum})",
        "le délai habituel ({usual}) doit être inférieur au délai maximal ({maximum})";
    RANGE_NOT_INCREASING_HELP() =
        "write the usual delay first, then the maximum, e.g. `within 4 to 6 weeks`",
        "écrivez le délai habituel, puis le délai maximal, p. ex. `dans 4 à 6 semaines`";
    RANGE_NOT_INCREASING_LABEL() =
        "not below the maximum",
        "pas inférieur au maximum";
    SAME_START_AND_STOP(anchor) =
        "the deadline counts back from \"{anchor}\", which is also the stop event",
        "le délai compte à rebours depuis « {anchor} », qui est aussi l'événement d'arrêt";
    SAME_START_AND_STOP_DEFAULT(start_event) =
        "the clock starts at \"{start_event}\", which is also the default stop event",
        "le délai commence à courir à « {start_event} », qui est aussi l'événement d'arrêt par défaut";
    SAME_START_AND_STOP_DEFAULT_HELP(start_event) =
        "name the event that ends the service, e.g. `stops at \"answered\"`; the clock starts at \"{start_event}\"",
        "nommez l'événement qui met fin au service, p. ex. `s'arrête à \"répondu\"` ; le délai commence à courir à « {start_event} »";
    SAME_START_AND_STOP_EVENT(name) =
        "the clock starts and stops at the same event \"{name}\"",
        "le délai commence et cesse de courir au même événement « {name} »";
    SAME_START_AND_STOP_EVENT_HELP() =
        "add `stops at \"…\"` naming the event that ends the service",
        "ajoutez `s'arrête à \"…\"` nommant l'événement qui met fin au service";
    SAME_START_AND_STOP_HELP() =
        "`stops at` names what must happen in time, e.g. `stops at \"notice-published\"`",
        "`s'arrête à` nomme ce qui doit se produire à temps, p. ex. `s'arrête à \"avis-publié\"`";
    SAME_START_AND_STOP_LABEL() =
        "same event as after `before`",
        "même événement qu'après `avant`";
    SAME_START_AND_STOP_LABEL_SAME_AS_THE() =
        "same as the stop event",
        "le même que l'événement d'arrêt";
    SAME_START_AND_STOP_LABEL_SAME_EVENT_AS() =
        "same event as the start",
        "même événement que le départ";
    SAME_START_AND_STOP_NOTE() =
        "counted back from here",
        "compté à rebours depuis ici";
    SAME_START_AND_STOP_NOTE_STARTS_HERE() =
        "starts here",
        "débute ici";
    SHADOWED_BUILTIN(name) =
        "this calendar replaces the built-in calendar \"{name}\"",
        "ce calendrier remplace le calendrier intégré « {name} »";
    SHADOWED_BUILTIN_HELP(name) =
        "every `on \"{name}\"` in this file now means this calendar; to build on the built-in one, write `calendar \"{name}\" extends \"{name}\"`, or choose another name",
        "chaque `selon \"{name}\"` de ce fichier désigne maintenant ce calendrier ; pour partir du calendrier intégré, écrivez `calendrier \"{name}\" étend \"{name}\"`, ou choisissez un autre nom";
    SHADOWED_BUILTIN_LABEL() =
        "same name as a built-in calendar",
        "même nom qu'un calendrier intégré";
    STARTS_AT_WITH_BEFORE() =
        "a deadline counted before an event has no `starts at`",
        "un délai compté avant un événement n'a pas de `débute à`";
    STARTS_AT_WITH_BEFORE_HELP() =
        "remove `starts at` (`débute à`): the event after `before` (`avant`) is where the count begins",
        "supprimez `débute à` (`starts at`) : l'événement qui suit `avant` (`before`) est le point de départ du compte";
    STARTS_AT_WITH_BEFORE_LABEL() =
        "not used",
        "inutilisé";
    STARTS_AT_WITH_BEFORE_NOTE(anchor) =
        "counts back from \"{anchor}\"",
        "compte à rebours depuis « {anchor} »";
    TIMEZONE_WITHOUT_DST(text) =
        "time zone \"{text}\" is a fixed offset that never changes for daylight saving time",
        "le fuseau « {text} » est un décalage fixe, qui ne change jamais à l'heure avancée";
    TIMEZONE_WITHOUT_DST_HELP() =
        "Quebec and Ontario observe daylight saving time: use \"America/Toronto\"",
        "le Québec et l'Ontario observent l'heure avancée : utilisez « America/Toronto »";
    TIMEZONE_WITHOUT_DST_HELP_USE_THE_IANA() =
        "use the IANA name of a city in the zone, e.g. \"America/Edmonton\" or \"America/Phoenix\"",
        "utilisez le nom IANA d'une ville du fuseau, p. ex. « America/Edmonton » ou « America/Phoenix »";
    TIMEZONE_WITHOUT_DST_LABEL() =
        "no daylight saving time",
        "pas d'heure avancée";
    TOO_LONG_LABEL() =
        "too long",
        "trop long";
    TYPE_MISMATCH(op, text) =
        "`{op}` compares numbers, but \"{text}\" is text",
        "`{op}` compare des nombres, mais « {text} » est un texte";
    TYPE_MISMATCH_HELP() =
        "write the number without quotes",
        "écrivez le nombre sans guillemets";
    TYPE_MISMATCH_HELP_COMPARE_TEXT_WITH() =
        "compare text with `=`, `!=`, `in [...]` or `not in [...]`; use `<`, `<=`, `>`, `>=` with numbers only",
        "comparez du texte avec `=`, `!=`, `dans [...]` ou `hors de [...]` ; `<`, `<=`, `>`, `>=` ne s'emploient qu'avec des nombres";
    TYPE_MISMATCH_LABEL() =
        "text, not a number",
        "un texte, pas un nombre";
    TYPE_MISMATCH_NOTE() =
        "numeric comparison",
        "comparaison numérique";
    UNKNOWN_CALENDAR(name) =
        "unknown calendar \"{name}\"",
        "calendrier « {name} » inconnu";
    UNKNOWN_CALENDAR_HELP(name, builtins) =
        "declare it with `calendar \"{name}\" {{ … }}`, or use a built-in calendar: {builtins}",
        "déclarez-le avec `calendrier \"{name}\" {{ … }}`, ou utilisez un calendrier intégré : {builtins}";
    UNKNOWN_CALENDAR_HELP_KNOWN(declared, builtins) =
        "calendars in this file: {declared}; built in: {builtins}",
        "calendriers de ce fichier : {declared} ; intégrés : {builtins}";
    UNKNOWN_CALENDAR_LABEL() =
        "no calendar has this name",
        "aucun calendrier ne porte ce nom";
    UNKNOWN_PLACEHOLDER(name) =
        "unknown placeholder `{{{name}}}` in a promise",
        "espace réservé `{{{name}}}` inconnu dans une promesse";
    UNKNOWN_PLACEHOLDER_HELP() =
        "a promise is the citizen's sentence; `{{date}}` is replaced by the deadline in words (\"Tuesday, July 8, 2025\", with the time when the deadline is not the end of a day), and no other name is: write `{{{{` or `}}}}` for a brace",
        "une promesse est la phrase destinée au citoyen\u{a0}; `{{date}}` y est remplacé par l'échéance en toutes lettres («\u{a0}mardi 8 juillet 2025\u{a0}», avec l'heure quand l'échéance n'est pas la fin d'une journée), et aucun autre nom ne l'est\u{a0}: écrivez `{{{{` ou `}}}}` pour une accolade";
    UNKNOWN_PLACEHOLDER_LABEL() =
        "only `{{date}}` is filled",
        "seul `{{date}}` est rempli";
    UNKNOWN_STANDARD(name) =
        "unknown standard \"{name}\"",
        "norme « {name} » inconnue";
    UNKNOWN_STANDARD_HELP() =
        "this file declares no standard; declare it with `standard \"…\" {{ … }}`",
        "ce fichier ne déclare aucune norme ; déclarez-la avec `norme \"…\" {{ … }}`";
    UNKNOWN_STANDARD_HELP_KNOWN(standards) =
        "standards in this file: {standards}",
        "normes de ce fichier : {standards}";
    UNKNOWN_STANDARD_LABEL() =
        "no standard has this name",
        "aucune norme ne porte ce nom";
    UNKNOWN_TIMEZONE(text) =
        "unknown time zone \"{text}\"",
        "fuseau horaire « {text} » inconnu";
    UNKNOWN_TIMEZONE_HELP() =
        "use an IANA time zone name, Region/City, e.g. \"America/Toronto\" for Quebec",
        "utilisez un nom de fuseau IANA, Région/Ville, p. ex. « America/Toronto » pour le Québec";
    UNKNOWN_TIMEZONE_LABEL() =
        "not an IANA time zone name",
        "pas un nom de fuseau IANA";
    UNKNOWN_WORD(what, word) =
        "unknown {what} `{word}`",
        "mot inconnu : `{word}` (on attend ici {what})";
    UNKNOWN_WORD_HELP(what, examples) =
        "write the {what} in English or French, e.g. {examples}",
        "écrivez {what} en français ou en anglais, p. ex. {examples}";
    UNKNOWN_WORD_LABEL(what) =
        "not a {what}",
        "pas {what}";
    WORD_MONTH() =
        "month",
        "un mois";
    WORD_MONTH_EXAMPLES() =
        "`march` or `mars`",
        "`mars` ou `march`";
    WORD_STATUS() =
        "status",
        "un statut";
    WORD_STATUS_EXAMPLES() =
        "`met`, `breached`, `pending`, `at-risk`, `paused`, `not-started`",
        "`respecté`, `dépassé`, `en cours`, `à risque`, `suspendu`, `non commencé`";
    WORD_UNIT() =
        "unit",
        "une unité";
    WORD_UNIT_EXAMPLES() =
        "`business days`, `days`, `weeks`, `months`, `hours`, `business hours`",
        "`jours ouvrables`, `jours`, `semaines`, `mois`, `heures`, `heures ouvrables`";
    WORD_WEEKDAY() =
        "weekday",
        "un jour de la semaine";
    WORD_WEEKDAY_EXAMPLES() =
        "`monday` or `lundi`",
        "`lundi` ou `monday`";
    UNREACHABLE_TIER() =
        "this `within` line can never apply",
        "cette ligne `dans` ne peut jamais s'appliquer";
    UNREACHABLE_TIER_HELP() =
        "put `within … when …` lines first and a single `within` without `when` (or with `otherwise`) last",
        "mettez d'abord les lignes `dans … si …` et en dernier une seule ligne `dans` sans `si` (ou avec `sinon`)";
    UNREACHABLE_TIER_LABEL() =
        "unreachable",
        "inatteignable";
    UNREACHABLE_TIER_NOTE() =
        "this line already applies to every remaining case",
        "cette ligne s'applique déjà à tous les cas restants";
    USE_CYCLE(chain) =
        "these files use each other in a circle: {chain}",
        "ces fichiers s'utilisent l'un l'autre en boucle : {chain}";
    USE_CYCLE_HELP() =
        "keep the shared calendars in one file that uses no other, and `use` it from each",
        "gardez les calendriers partagés dans un fichier qui n'en utilise aucun autre, et utilisez-le (`utilise`) depuis chacun";
    USE_CYCLE_LABEL() =
        "leads back to this file",
        "ramène à ce fichier";
    USE_NAME_CLASH(name, file) =
        "calendar \"{name}\" is also declared in \"{file}\"",
        "le calendrier « {name} » est aussi déclaré dans « {file} »";
    USE_NAME_CLASH_HELP() =
        "each calendar name means one calendar: rename one of them, or leave it in the shared file only",
        "chaque nom de calendrier désigne un seul calendrier : renommez l'un des deux, ou laissez-le dans le fichier partagé seulement";
    USE_NAME_CLASH_LABEL() =
        "second calendar of this name",
        "deuxième calendrier de ce nom";
    USE_TOO_DEEP(max_depth) =
        "files are used more than {max_depth} deep",
        "des fichiers sont utilisés sur plus de {max_depth} niveaux";
    USE_TOO_DEEP_HELP() =
        "use the file that declares the calendars directly",
        "utilisez directement le fichier qui déclare les calendriers";
    USE_UNAVAILABLE(path) =
        "\"{path}\" cannot be read here: these rules were given without the files they use",
        "« {path} » ne peut pas être lu ici : ces règles ont été données sans les fichiers qu'elles utilisent";
    USE_UNAVAILABLE_HELP() =
        "give the used files' texts with the rules (the `files` map, by path), compile the rules with `delai compile` and load the JSON, or write the calendars in this file",
        "donnez le texte des fichiers utilisés avec les règles (la table `files`, par chemin), compilez les règles avec `delai compile` et chargez le JSON, ou écrivez les calendriers dans ce fichier";
    USED_FILE_BROKEN(path, count, line, first) =
        "\"{path}\" has {count} error(s); the first, on its line {line}: {first}",
        "« {path} » a {count} erreur(s) ; la première, à sa ligne {line} : {first}";
    USED_FILE_BROKEN_HELP(path) =
        "run `delai lint {path}` to see each one",
        "lancez `delai lint {path}` pour les voir toutes";
    USED_FILE_LABEL() =
        "used here",
        "utilisé ici";
    USED_FILE_MISSING(path, reason) =
        "cannot read \"{path}\": {reason}",
        "impossible de lire « {path} » : {reason}";
    USED_FILE_NOT_GIVEN() =
        "not among the files given with the rules",
        "absent des fichiers donnés avec les règles";
    USED_FILE_MISSING_HELP() =
        "a used file's path is relative to the file that uses it",
        "le chemin d'un fichier utilisé est relatif au fichier qui l'utilise";
    UNMOVED_WITHOUT_DAYS() =
        "`deadlines do not move` changes nothing here: no deadline of this standard is counted in days, weeks or months",
        "`délais non reportés` ne change rien ici : aucun délai de cette norme n'est compté en jours, semaines ou mois";
    UNMOVED_WITHOUT_DAYS_HELP() =
        "deadlines in business days, business hours or exact time never move; remove this line",
        "les délais en jours ouvrables, en heures ouvrables ou en temps exact ne sont jamais reportés ; supprimez cette ligne";
    UNMOVED_WITHOUT_DAYS_LABEL() =
        "nothing to move",
        "rien à reporter";
    UNSUPPORTED_BEFORE_UNIT(unit) =
        "{unit} cannot be counted backward",
        "impossible de compter les {unit} à rebours";
    UNSUPPORTED_BEFORE_UNIT_HELP() =
        "count the notice in `hours`, `days` or `business days` (`heures`, `jours`, `jours ouvrables`)",
        "comptez le préavis en `heures`, `jours` ou `jours ouvrables` (`hours`, `days`, `business days`)";
    UNSUPPORTED_BEFORE_UNIT_LABEL() =
        "counted backward from an event",
        "compté à rebours depuis un événement";
    UNSUPPORTED_BEFORE_UNIT_NOTE() =
        "in this line",
        "dans cette ligne";
    UNSUPPORTED_WITH_BEFORE(what) =
        "`{what}` has no meaning for a deadline counted before an event",
        "`{what}` n'a pas de sens pour un délai compté avant un événement";
    UNSUPPORTED_WITH_BEFORE_HELP() =
        "remove this line: the notice period is fixed by the later event's day; nothing runs between the two events to pause, extend, cut off or warn about",
        "supprimez cette ligne : le préavis est fixé par le jour de l'événement ultérieur ; rien ne court entre les deux événements qu'on puisse suspendre, prolonger, limiter ou signaler";
    UNSUPPORTED_WITH_BEFORE_LABEL() =
        "not supported with `at least … before`",
        "non pris en charge avec `au moins … avant`";
    UNSUPPORTED_WITH_BEFORE_NOTE() =
        "counted backward",
        "compté à rebours";
    UNSUPPORTED_WITH_REQUIRES(what) =
        "`{what}` has no meaning for a standard that `requires` a condition",
        "`{what}` n'a pas de sens pour une norme qui `exige` une condition";
    UNSUPPORTED_WITH_REQUIRES_HELP() =
        "remove this line: such a standard judges the case's attributes, with no deadline to count, pause, extend or announce; a delay is another standard",
        "supprimez cette ligne : une telle norme juge les attributs du dossier, sans délai à compter, suspendre, prolonger ou annoncer ; un délai est une autre norme";
    UNSUPPORTED_WITH_REQUIRES_LABEL() =
        "not supported with `requires`",
        "non pris en charge avec `exige`";
    UNSUPPORTED_WITH_REQUIRES_NOTE() =
        "judged on attributes here",
        "jugée sur des attributs ici";
    USELESS_OTHERWISE() =
        "`otherwise` on the only `within` line",
        "`sinon` sur la seule ligne `dans`";
    USELESS_OTHERWISE_HELP() =
        "remove `otherwise`: a single `within` line applies to every case",
        "supprimez `sinon` : une seule ligne `dans` s'applique à tous les cas";
    USELESS_OTHERWISE_LABEL() =
        "there is no other line",
        "il n'y a pas d'autre ligne";
    USELESS_SUBSTITUTE(weekday) =
        "`if {weekday} then {weekday}` moves nothing",
        "`si {weekday} alors {weekday}` ne déplace rien";
    USELESS_SUBSTITUTE_HELP() =
        "name the weekday the holiday falls on, then the weekday it moves to, e.g. `if sunday then monday`",
        "nommez le jour de la semaine où tombe le jour férié, puis celui vers lequel il est déplacé, p. ex. `si dimanche alors lundi`";
    USELESS_SUBSTITUTE_LABEL() =
        "same weekday twice",
        "deux fois le même jour de la semaine";
    YEARS_OF_CLOSURE() =
        "closure",
        "la fermeture";
    YEARS_OF_HOLIDAY() =
        "holiday",
        "le jour férié";
    LANGUAGE_ENGLISH() =
        "English",
        "anglais";
    LANGUAGE_FRENCH() =
        "French",
        "français";
    YEARS_REVERSED(what, from, until) =
        "the {what} starts in {from} but ends in {until}",
        "{what} commence en {from}, mais se termine en {until}";
    YEARS_REVERSED_HELP() =
        "the first year must not be after the last: swap the years",
        "la première année ne doit pas suivre la dernière : inversez les années";
    YEARS_REVERSED_LABEL() =
        "before the first year",
        "avant la première année";
    YEARS_REVERSED_NOTE() =
        "first year",
        "première année";
    YEAR_OUT_OF_RANGE(year) =
        "year {year} is outside the supported years",
        "l'année {year} est hors des années prises en charge";
    YEAR_OUT_OF_RANGE_HELP(min_year, max_year) =
        "write a year from {min_year} to {max_year} (dates are written YYYY-MM-DD)",
        "écrivez une année de {min_year} à {max_year} (les dates s'écrivent AAAA-MM-JJ)";
    YEAR_OUT_OF_RANGE_LABEL(min_year, max_year) =
        "delai supports {min_year} to {max_year}",
        "delai prend en charge les années {min_year} à {max_year}";
    ZERO_DURATION(unit) =
        "a delay of 0 {unit} is due immediately",
        "un délai nul (en {unit}) est échu immédiatement";
    ZERO_DURATION_HELP() =
        "every case started would be due at its start; write the time actually allowed",
        "tout cas commencé serait échu dès son début ; écrivez le temps réellement accordé";
    ZERO_DURATION_LABEL() =
        "zero",
        "zéro";
}
