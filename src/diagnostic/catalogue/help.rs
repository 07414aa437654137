//! The command line's help: what each command does and each option means,
//! clap's own words (headings, parse errors), and the manual page's
//! section names, in both languages. The binary builds its `clap::Command`
//! from these rows for the run's language (`src/cli/help.rs`); nothing
//! else uses them, so the WebAssembly package does not carry them.

use super::messages;

messages! {
    list HELP;
    /// The program, on `delai --help` and the manual page.
    ABOUT_DELAI() =
        "Executable public-service standards: business-day deadlines, compliance checks and reports, natively and in WebAssembly",
        "Normes de service publiques exécutables\u{a0}: délais en jours ouvrables, contrôles de conformité et rapports, en natif et en WebAssembly";
    ABOUT_LINT() =
        "Check rules files without running anything: every error and warning",
        "Vérifier des fichiers de règles sans rien exécuter\u{a0}: chaque erreur et chaque avertissement";
    ABOUT_CHECK() =
        "Judge cases against every standard: one record per case and standard",
        "Juger des cas selon chaque norme\u{a0}: un enregistrement par cas et par norme";
    ABOUT_DUE() =
        "The deadline of a standard for a start time",
        "L'échéance d'une norme pour un moment de départ";
    ABOUT_REPORT() =
        "Compliance per standard and period, against each standard's target",
        "La conformité par norme et par période, comparée à la cible de chaque norme";
    ABOUT_PUBLISH() =
        "Write the public declaration of services: each commitment in plain language, its terms, the year's holidays and closures, and the last period's results (a static, printable page)",
        "Écrire la déclaration de services aux citoyens\u{a0}: chaque engagement en langage clair, ses modalités, les jours fériés et fermetures de l'année, et les résultats de la dernière période (une page statique, imprimable)";
    ABOUT_CALIBRATE() =
        "Tell, for each standard and from the history, how long cases took and the smallest allowed time that would have met its target; try another `within` line on the history",
        "Dire, pour chaque norme et d'après l'historique, le temps qu'ont pris les cas et le plus petit délai qui aurait atteint sa cible\u{a0}; essayer une autre ligne `dans` sur l'historique";
    ABOUT_EXPLAIN() =
        "How a case's deadline was reached, day by day",
        "Comment l'échéance d'un cas a été atteinte, jour par jour";
    ABOUT_FMT() =
        "Rewrite rules files in canonical layout, in English or French",
        "Réécrire des fichiers de règles dans la mise en forme canonique, en anglais ou en français";
    ABOUT_TEST() =
        "Run the `example` blocks of rules files",
        "Exécuter les blocs `exemple` des fichiers de règles";
    ABOUT_CALENDAR() =
        "List the non-business days of a calendar for a year",
        "Lister les jours non ouvrables d'un calendrier pour une année";
    ABOUT_COMPILE() =
        "Write the checked rules as JSON, loadable without the parser",
        "Écrire les règles vérifiées en JSON, chargeables sans l'analyseur";
    ABOUT_SERVE() =
        "Answer the same questions over HTTP/JSON (endpoints at /openapi.json), watching the rules file",
        "Répondre aux mêmes questions en HTTP/JSON (points d'accès dans /openapi.json), en surveillant le fichier de règles";
    ABOUT_COMPLETIONS() =
        "Print the shell completion script for bash, zsh, fish, powershell or elvish",
        "Afficher le script de complétion de bash, zsh, fish, powershell ou elvish";
    ABOUT_MAN() =
        "Print the manual page (roff), every command included",
        "Afficher la page de manuel (roff), toutes les commandes comprises";
    ABOUT_HELP() =
        "Print this message or the help of the given subcommand(s)",
        "Afficher ce message ou l'aide des commandes données";

    // Options every command shares.
    OPT_QUIET() =
        "No summary or progress on stderr (errors and warnings are still printed)",
        "Aucun bilan ni progression sur la sortie d'erreur (les erreurs et avertissements restent affichés)";
    OPT_COLOR() =
        "Colour in diagnostics: `auto` when stderr is a terminal and NO_COLOR is not set to a non-empty value (https://no-color.org)",
        "Couleur des diagnostics\u{a0}: `auto` quand la sortie d'erreur est un terminal et que NO_COLOR n'a pas de valeur non vide (`https://no-color.org`)";
    OPT_LANG() =
        "Language of what is written for people: messages, help, did-you-mean, results, summaries, `due`'s sentence, `explain`'s explanation, `calendar`'s reasons, reports (`fmt` rewrites keywords in it). Defaults to the rules file's keywords when French, else LC_ALL/LC_MESSAGES/LANG, else English",
        "Langue de ce qui est écrit pour les personnes\u{a0}: messages, aide, suggestions, résultats, bilans, phrase de `due`, explication d'`explain`, motifs de `calendar`, rapports (`fmt` y réécrit les mots-clés). Par défaut, celle des mots-clés du fichier de règles s'ils sont français, sinon LC_ALL/LC_MESSAGES/LANG, sinon l'anglais";
    OPT_HELP() = "Print help", "Afficher l'aide";
    OPT_VERSION() = "Print version", "Afficher la version";

    // Arguments several commands share.
    ARG_RULES() =
        "Rules file (`.delai`, or compiled `.json`)",
        "Fichier de règles (`.delai`, ou `.json` compilé)";
    ARG_RULES_FILES() =
        "Rules files (`-` for stdin)",
        "Fichiers de règles (`-` pour l'entrée standard)";
    ARG_CASES() =
        "Cases: JSON, JSON Lines or CSV (`-` or nothing for stdin)",
        "Cas\u{a0}: JSON, JSON Lines ou CSV (`-` ou rien pour l'entrée standard)";
    ARG_STANDARD() = "The standard's id", "L'identifiant de la norme";
    OPT_AS_OF_JUDGE() =
        "Judge as of this instant (default: now)",
        "Juger en date de cet instant (par défaut\u{a0}: maintenant)";
    OPT_STRICT() =
        "Exit 2 on any warning about the cases (unknown columns or events, duplicate ids, no cases): for scheduled jobs",
        "Sortir avec le code 2 au moindre avertissement sur les cas (colonnes ou événements inconnus, identifiants en double, aucun cas)\u{a0}: pour les tâches planifiées";
    OPT_TIME_FORMAT() =
        "Read event times with this strftime-style pattern first (chrono's syntax, e.g. `%d/%m/%Y %H:%M`; with `%z`: an instant, else a local time in the calendar's zone; a date alone: local midnight); the standard forms (2025-06-20 10:00, RFC 3339) are still read",
        "Lire d'abord les moments des événements selon ce modèle à la strftime (syntaxe de chrono, par exemple `%d/%m/%Y %H:%M`\u{a0}; avec `%z`\u{a0}: un instant, sinon une heure locale dans le fuseau du calendrier\u{a0}; une date seule\u{a0}: minuit local)\u{a0}; les formes usuelles (2025-06-20 10:00, RFC 3339) restent lues";
    OPT_EPOCH() =
        "Read numbers as Unix epoch times, in seconds or milliseconds",
        "Lire les nombres comme des temps Unix, en secondes ou en millisecondes";
    OPT_ENCODING() =
        "The file's text encoding, when it is not UTF-8: a WHATWG label (`windows-1252`, as French Excel's \"CSV\" is; `utf-16le`). A UTF-16 file with a byte order mark is read without it",
        "L'encodage du fichier quand il n'est pas en UTF-8\u{a0}: une étiquette WHATWG (`windows-1252`, celui du «\u{a0}CSV\u{a0}» d'Excel en français\u{a0}; `utf-16le`). Un fichier UTF-16 avec indicateur d'ordre des octets est lu sans elle";
    OPT_MAP() =
        "Read the column (CSV) or key (JSON) COLUMN as the rules' NAME: an event, an attribute or `id` (repeatable: `--map id=no_dossier --map received=date_reception`)",
        "Lire la colonne (CSV) ou la clé (JSON) COLONNE comme le NOM des règles\u{a0}: un événement, un attribut ou `id` (répétable\u{a0}: `--map id=no_dossier --map reçue=date_reception`)";
    OPT_MAP_FILE() =
        "Read the mappings of a file: one `NAME=COLUMN` a line, as `--map` takes them (`#` starts a comment line)",
        "Lire les correspondances d'un fichier\u{a0}: une `NOM=COLONNE` par ligne, comme `--map` les prend (`#` commence une ligne de commentaire)";
    OPT_DELIMITER() =
        "CSV cell separator: `,` `;` `tab` or `|`. Without it, `;` when the header line has a `;` and no comma outside quotes (French Excel's CSV), a tab when it has only tabs, else `,`",
        "Séparateur des cellules CSV\u{a0}: `,` `;` `tab` ou `|`. Sans lui, `;` quand la ligne d'en-tête a un `;` et aucune virgule hors des guillemets (le CSV d'Excel en français), une tabulation quand elle n'a que des tabulations, sinon `,`";
    OPT_SHEET() =
        "The sheet of a spreadsheet (`.xlsx`, `.ods`) to read (default: the first)",
        "La feuille du classeur (`.xlsx`, `.ods`) à lire (par défaut\u{a0}: la première)";

    // Each command's own.
    LINT_FORMAT() =
        "Output: diagnostics rendered on stderr like a compiler's, or on stdout as JSON (the WebAssembly door's objects) or SARIF 2.1.0 (for code-scanning views in CI)",
        "Sortie\u{a0}: les diagnostics sur la sortie d'erreur comme ceux d'un compilateur, ou sur la sortie standard en JSON (les objets de la porte WebAssembly) ou en SARIF 2.1.0 (pour les vues d'analyse de code en intégration continue)";
    CHECK_FORMAT() =
        "Output: JSON Lines (one record a line), CSV with a header, an aligned table for people, or typed columns in a Parquet or Arrow IPC file (with `-o FILE`, or redirected: not on a terminal)",
        "Sortie\u{a0}: JSON Lines (un enregistrement par ligne), CSV avec en-tête, un tableau aligné pour les personnes, ou des colonnes typées dans un fichier Parquet ou Arrow IPC (avec `-o FICHIER`, ou redirigée\u{a0}: pas sur un terminal)";
    CHECK_OUTPUT() =
        "Write the records to this file instead of standard output",
        "Écrire les enregistrements dans ce fichier plutôt que sur la sortie standard";
    CHECK_STATUS() =
        "Write only the records with these statuses (`at-risk,breached`: the morning list of files to chase). Error records are always written, and the summary counts every record",
        "N'écrire que les enregistrements de ces statuts (`at-risk,breached`\u{a0}: la liste du matin des dossiers à relancer). Les enregistrements d'erreur sont toujours écrits, et le bilan compte chaque enregistrement";
    DUE_START() =
        "Start time: RFC 3339, or local `YYYY-MM-DD HH:MM[:SS]` in the standard's zone",
        "Moment de départ\u{a0}: RFC 3339, ou heure locale `AAAA-MM-JJ HH:MM[:SS]` dans le fuseau de la norme";
    DUE_ATTR() =
        "Case attribute, `KEY=VALUE` (repeatable); numbers stay numbers",
        "Attribut du cas, `CLÉ=VALEUR` (répétable)\u{a0}; les nombres restent des nombres";
    DUE_FORMAT() =
        "Output: the sentence and the due time, or the whole answer as JSON",
        "Sortie\u{a0}: la phrase et l'échéance, ou toute la réponse en JSON";
    REPORT_BY() =
        "Periods of the report, by the start of each case (fiscal quarters start in April, as Quebec's and Canada's fiscal years)",
        "Périodes du rapport, selon le début de chaque cas (les trimestres financiers commencent en avril, comme les années financières du Québec et du Canada)";
    REPORT_FORMAT() =
        "Output: an aligned table, JSON, CSV, or a self-contained HTML page",
        "Sortie\u{a0}: un tableau aligné, JSON, CSV, ou une page HTML autonome";
    REPORT_TITLE_OPTION() =
        "Title of the html report (default: \"Service standards: compliance\", in French « Normes de service : conformité »)",
        "Titre du rapport html (par défaut\u{a0}: «\u{a0}Normes de service\u{a0}: conformité\u{a0}» en français)";
    CALIBRATE_WHAT_IF() =
        "`STANDARD: LINE`: judge the history again with this `within` line for one standard, without editing the file (`written-requests: within 15 business days`; French keywords too), and show compliance before and after",
        "`NORME: LIGNE`\u{a0}: juger l'historique de nouveau avec cette ligne `dans` pour une norme, sans modifier le fichier (`demandes-ecrites: dans 15 jours ouvrables`\u{a0}; mots-clés anglais aussi), et montrer la conformité avant et après";
    CALIBRATE_FORMAT() =
        "Output: lines of text, JSON, or a self-contained HTML page with a chart of each standard's times",
        "Sortie\u{a0}: des lignes de texte, du JSON, ou une page HTML autonome avec un graphique des temps de chaque norme";
    CALIBRATE_TITLE_OPTION() =
        "Title of the html page (default: \"Realistic expectations: what the history allows\")",
        "Titre de la page html (par défaut\u{a0}: «\u{a0}Attentes réalistes\u{a0}: ce que l'historique permet\u{a0}»)";
    PUBLISH_RESULTS() =
        "Cases whose results are shown next to each commitment (JSON, JSON Lines, CSV or a spreadsheet), judged as `report` judges them",
        "Cas dont les résultats sont affichés à côté de chaque engagement (JSON, JSON Lines, CSV ou un classeur), jugés comme `report` les juge";
    PUBLISH_AS_OF() =
        "The day the page speaks of (default: now): the version of each standard in force then is described, its year's holidays are listed, and the results are judged as of it",
        "Le jour dont parle la page (par défaut\u{a0}: maintenant)\u{a0}: la version de chaque norme alors en vigueur est décrite, les jours fériés de son année sont énumérés, et les résultats sont jugés en date de ce jour";
    REPORT_YEAR_START() =
        "The month the reporting year starts on (january, april, …, or its French name): quarters and years count from its first day (default: january; april for fiscal quarters)",
        "Le mois où commence l'année du rapport (janvier, avril, …, ou son nom anglais)\u{a0}: trimestres et années comptent à partir de son premier jour (par défaut\u{a0}: janvier\u{a0}; avril pour les trimestres financiers)";
    PUBLISH_BY() =
        "The periods of the results: each commitment shows the last one",
        "Les périodes des résultats\u{a0}: chaque engagement montre la dernière";
    PUBLISH_TITLE() =
        "Title of the page (default: \"Our service commitments\", in French « Nos engagements de service »)",
        "Titre de la page (par défaut\u{a0}: «\u{a0}Nos engagements de service\u{a0}» en français)";
    PUBLISH_OUTPUT() =
        "Folder to write `index.html` and `style.css` into (created if missing)",
        "Dossier où écrire `index.html` et `style.css` (créé s'il n'existe pas)";
    REPORT_FAIL_UNDER_TARGET() =
        "Exit 1 when a standard's compliance over the whole report (its `all` row) is under its target, naming each on stderr: for scheduled jobs that must alert",
        "Sortir avec le code 1 quand la conformité d'une norme sur tout le rapport (sa ligne `toutes`) est sous sa cible, en nommant chacune sur la sortie d'erreur\u{a0}: pour les tâches planifiées qui doivent alerter";
    REPORT_BY_ATTR() =
        "Also break each standard's figures down by the value of this case attribute (`channel`, `office`): in html and json",
        "Ventiler aussi les chiffres de chaque norme selon la valeur de cet attribut des cas (`canal`, `bureau`)\u{a0}: en html et json";
    REPORT_MIN_CASES() =
        "Flag a compliance figure drawn from fewer closed cases than this: a figure to read with care",
        "Signaler un taux de conformité tiré de moins de cas fermés que ce nombre\u{a0}: un chiffre à lire avec prudence";
    EXPLAIN_CASE() =
        "One case as JSON (`-` for stdin)",
        "Un cas en JSON (`-` pour l'entrée standard)";
    EXPLAIN_AS_OF() =
        "Explain as of this instant (default: now)",
        "Expliquer en date de cet instant (par défaut\u{a0}: maintenant)";
    EXPLAIN_FORMAT() =
        "Output: sentences, or the explanation as JSON",
        "Sortie\u{a0}: des phrases, ou l'explication en JSON";
    FMT_FILES() =
        "Rules files (`-` reads stdin and writes stdout)",
        "Fichiers de règles (`-` lit l'entrée standard et écrit la sortie standard)";
    FMT_CHECK() =
        "Only report files that would change (exit 1 if any)",
        "Seulement signaler les fichiers qui changeraient (code de sortie 1 s'il y en a)";
    TEST_FILES() = "Rules files", "Fichiers de règles";
    TEST_AS_OF() =
        "\"Now\" for examples without `as of` (default: the current time)",
        "«\u{a0}Maintenant\u{a0}» pour les exemples sans `en date du` (par défaut\u{a0}: l'heure actuelle)";
    TEST_FORMAT() =
        "Output: a line per example, or JSON, or JUnit XML (for CI test reports)",
        "Sortie\u{a0}: une ligne par exemple, ou JSON, ou JUnit XML (pour les rapports de tests en intégration continue)";
    CALENDAR_RULES() =
        "Rules file (optional: without it, only the built-in calendars)",
        "Fichier de règles (facultatif\u{a0}: sans lui, seulement les calendriers intégrés)";
    CALENDAR_NAME() =
        "Calendar name, the file's or a built-in one such as \"quebec\"; without it, the calendars are listed",
        "Nom du calendrier, du fichier ou intégré comme «\u{a0}quebec\u{a0}»\u{a0}; sans lui, les calendriers sont listés";
    CALENDAR_YEAR() =
        "The year to list (default: the current year)",
        "L'année à lister (par défaut\u{a0}: l'année en cours)";
    CALENDAR_FORMAT() =
        "Output: an aligned table, JSON, or iCalendar (.ics) for calendar programs",
        "Sortie\u{a0}: un tableau aligné, JSON, ou iCalendar (.ics) pour les logiciels d'agenda";
    COMPILE_RULES() = "Rules file", "Fichier de règles";
    COMPILE_OUTPUT() =
        "Output file (stdout when left out)",
        "Fichier de sortie (la sortie standard s'il est omis)";
    SERVE_RULES() =
        "Rules file (`.delai`, or compiled `.json`), watched: saved rules that compile replace the served ones; rules that do not are refused (see /health) and the old keep serving",
        "Fichier de règles (`.delai`, ou `.json` compilé), surveillé\u{a0}: des règles enregistrées qui compilent remplacent celles servies\u{a0}; sinon elles sont refusées (voir /health) et les anciennes continuent de servir";
    SERVE_ADDR() =
        "Address to listen on (port 0: any free port, named in the first log line); anything but loopback requires --token-file",
        "Adresse d'écoute (port 0\u{a0}: un port libre, donné dans la première ligne du journal)\u{a0}; toute adresse autre que la boucle locale exige --token-file";
    SERVE_TOKEN_FILE() =
        "File holding the bearer token requests must carry (Authorization: Bearer TOKEN; surrounding whitespace ignored)",
        "Fichier du jeton que les requêtes doivent porter (en-tête Authorization, «\u{a0}Bearer JETON\u{a0}»\u{a0}; les blancs autour sont ignorés)";
    SERVE_MAX_BODY() =
        "Largest request body of the JSON endpoints, in bytes (413 beyond); the batch endpoint streams bodies of any size",
        "Plus grand corps de requête des points d'accès JSON, en octets (413 au-delà)\u{a0}; le point d'accès par lots lit en flux des corps de toute taille";
    SERVE_TIMEOUT() =
        "Longest a request may take, in seconds (408 beyond); for the batch endpoint, the longest its body may stay silent",
        "Durée maximale d'une requête, en secondes (408 au-delà)\u{a0}; pour le point d'accès par lots, le plus long silence permis de son corps";
    SERVE_CONCURRENCY() =
        "Requests answered at once; more are refused at once with 503",
        "Requêtes traitées en même temps\u{a0}; les suivantes sont refusées aussitôt avec 503";
    COMPLETIONS_SHELL() =
        "The shell: bash, zsh, fish, powershell or elvish",
        "L'interpréteur\u{a0}: bash, zsh, fish, powershell ou elvish";
    HELP_COMMAND() =
        "Print help for the subcommand(s)",
        "Afficher l'aide des commandes";

    // clap's own words around the help.
    /// Before the examples of `--help`, the lines after it being commands.
    HELP_EXAMPLES() = "Examples:", "Exemples\u{a0}:";
    HELP_USAGE() = "Usage:", "Utilisation\u{a0}:";
    /// The help's headings, before the `:` clap writes (in French after
    /// the non-breaking space it does not).
    HELP_COMMANDS() = "Commands", "Commandes\u{a0}";
    HELP_ARGUMENTS() = "Arguments", "Arguments\u{a0}";
    HELP_OPTIONS() = "Options", "Options\u{a0}";
    /// After an option's help: its value when left out.
    HELP_DEFAULT(value) = "[default: {value}]", "[par défaut\u{a0}: {value}]";
    /// After an option's help: the values it takes.
    HELP_POSSIBLE(values) = "[possible values: {values}]", "[valeurs possibles\u{a0}: {values}]";

    // The placeholders of values (`<FILE>`), by clap's English name.
    VALUE_RULES() = "RULES", "RÈGLES";
    VALUE_CASES() = "CASES", "CAS";
    VALUE_CASE() = "CASE", "CAS";
    VALUE_FILES() = "FILES", "FICHIERS";
    VALUE_FILE() = "FILE", "FICHIER";
    VALUE_AS_OF() = "AS_OF", "INSTANT";
    VALUE_STANDARD() = "STANDARD", "NORME";
    VALUE_START() = "START", "DÉBUT";
    VALUE_KEY_VALUE() = "KEY=VALUE", "CLÉ=VALEUR";
    VALUE_LIST() = "LIST", "LISTE";
    VALUE_UNIT() = "UNIT", "UNITÉ";
    VALUE_LABEL() = "LABEL", "ÉTIQUETTE";
    VALUE_NAME_COLUMN() = "NAME=COLUMN", "NOM=COLONNE";
    VALUE_CHAR() = "CHAR", "CARACTÈRE";
    VALUE_NAME() = "NAME", "NOM";
    VALUE_WHEN() = "WHEN", "QUAND";
    VALUE_LANG() = "LANG", "LANGUE";
    VALUE_CALENDAR() = "CALENDAR", "CALENDRIER";
    VALUE_YEAR() = "YEAR", "ANNÉE";
    VALUE_CASES_COUNT() = "N", "N";
    VALUE_TITLE() = "TITLE", "TITRE";
    VALUE_PATTERN() = "PATTERN", "MODÈLE";
    VALUE_BY() = "BY", "PÉRIODE";
    VALUE_MONTH() = "MONTH", "MOIS";
    VALUE_LINE() = "LINE", "LIGNE";
    VALUE_FORMAT() = "FORMAT", "FORMAT";
    VALUE_OUTPUT() = "OUTPUT", "SORTIE";
    VALUE_SHELL() = "SHELL", "INTERPRÉTEUR";
    VALUE_COMMAND() = "COMMAND", "COMMANDE";
    VALUE_ADDR() = "ADDR", "ADRESSE";
    VALUE_BYTES() = "BYTES", "OCTETS";
    VALUE_SECONDS() = "SECONDS", "SECONDES";
}

messages! {
    list HELP_ERRORS;
    // Command-line parsing errors, in clap's words in English (which
    // clap writes itself for an English run: these rows are its French).
    ERR_UNKNOWN_ARGUMENT(arg) =
        "unexpected argument '{arg}' found",
        "option inconnue «\u{a0}{arg}\u{a0}»";
    ERR_VALUE_REQUIRED(arg) =
        "a value is required for '{arg}' but none was supplied",
        "une valeur est requise pour «\u{a0}{arg}\u{a0}», aucune n'a été donnée";
    ERR_INVALID_VALUE(value, arg) =
        "invalid value '{value}' for '{arg}'",
        "valeur «\u{a0}{value}\u{a0}» invalide pour «\u{a0}{arg}\u{a0}»";
    /// A value a value parser refused, with its reason.
    ERR_INVALID_VALUE_BECAUSE(value, arg, reason) =
        "invalid value '{value}' for '{arg}': {reason}",
        "valeur «\u{a0}{value}\u{a0}» invalide pour «\u{a0}{arg}\u{a0}»\u{a0}: {reason}";
    ERR_INVALID_SUBCOMMAND(command) =
        "unrecognized subcommand '{command}'",
        "commande inconnue «\u{a0}{command}\u{a0}»";
    ERR_MISSING_ARGUMENTS() =
        "the following required arguments were not provided:",
        "les arguments obligatoires suivants manquent\u{a0}:";
    ERR_MISSING_SUBCOMMAND(command) =
        "'{command}' requires a subcommand but one was not provided",
        "«\u{a0}{command}\u{a0}» demande une commande, aucune n'a été donnée";
    ERR_CONFLICT(arg, other) =
        "the argument '{arg}' cannot be used with '{other}'",
        "l'argument «\u{a0}{arg}\u{a0}» ne peut pas être employé avec «\u{a0}{other}\u{a0}»";
    ERR_TOO_MANY_VALUES(value, arg) =
        "unexpected value '{value}' for '{arg}' found; no more were expected",
        "valeur «\u{a0}{value}\u{a0}» de trop pour «\u{a0}{arg}\u{a0}»\u{a0}; aucune autre n'était attendue";
    /// Any other parsing error (clap's rarer kinds: a wrong number of
    /// values, text that is not UTF-8).
    ERR_COMMAND_LINE() =
        "the command line cannot be read",
        "la ligne de commande est illisible";
    ERR_SIMILAR_ARGUMENT(arg) =
        "  tip: a similar argument exists: '{arg}'",
        "  astuce\u{a0}: une option semblable existe\u{a0}: «\u{a0}{arg}\u{a0}»";
    ERR_SIMILAR_SUBCOMMAND(command) =
        "  tip: a similar subcommand exists: '{command}'",
        "  astuce\u{a0}: une commande semblable existe\u{a0}: «\u{a0}{command}\u{a0}»";
    ERR_SIMILAR_VALUE(value) =
        "  tip: a similar value exists: '{value}'",
        "  astuce\u{a0}: une valeur semblable existe\u{a0}: «\u{a0}{value}\u{a0}»";
    ERR_TRY_HELP(flag) =
        "For more information, try '{flag}'.",
        "Pour en savoir plus, essayez «\u{a0}{flag}\u{a0}».";
    /// `--lang` given something else than a language's tag.
    ERR_NOT_A_LANGUAGE(tag) =
        "`{tag}` is not a language: use en or fr",
        "`{tag}` n'est pas une langue\u{a0}: en ou fr";

    /// `--status` given something else than a status.
    ERR_NOT_A_MONTH(name) =
        "`{name}` is not a month: january … december (or janvier … décembre, or 1 … 12)",
        "`{name}` n'est pas un mois\u{a0}: janvier … décembre (ou january … december, ou 1 … 12)";
    ERR_NOT_A_STATUS(name, all) =
        "`{name}` is not a status: one of {all}",
        "`{name}` n'est pas un statut\u{a0}: l'un de {all}";
    /// `--status error`.
    ERR_ERROR_NOT_A_STATUS(all) =
        "`error` is not a status (error records are always written): one of {all}",
        "`error` n'est pas un statut (les enregistrements d'erreur sont toujours écrits)\u{a0}: l'un de {all}";
    /// `--time-format` given a pattern chrono cannot read.
    ERR_NOT_A_TIME_PATTERN(pattern) =
        "`{pattern}` is not a time pattern: a `%` specifier is unknown or incomplete (see chrono's strftime: %Y %m %d %H %M %S %z …)",
        "`{pattern}` n'est pas un modèle de moment\u{a0}: un indicateur `%` est inconnu ou incomplet (voir le strftime de chrono\u{a0}: `%Y %m %d %H %M %S %z` …)";
    /// `--time-format` given a pattern that cannot read a time back.
    ERR_TIME_PATTERN_NO_DATE(pattern) =
        "`{pattern}` cannot read a time back: it needs a date (%Y, %m and %d, or %F), and minutes with hours",
        "`{pattern}` ne peut pas relire un moment\u{a0}: il lui faut une date (`%Y`, `%m` et `%d`, ou `%F`), et les minutes avec les heures";

    // The manual page's sections that clap_mangen names in English.
    MAN_NAME() = "NAME", "NOM";
    MAN_EXTRA() = "EXTRA", "EXEMPLES";
}
