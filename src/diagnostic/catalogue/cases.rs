//! Messages of the case readers (`src/cases`): a JSON or CSV case file that cannot be read as cases.

use super::messages;

messages! {
    list CASES;
    AN_ATTRIBUTE() =
        "an attribute",
        "un attribut";
    AN_EVENT() =
        "an event",
        "un événement";
    AT_COLUMN(column) =
        " (column {column})",
        " (colonne {column})";
    AT_LINE(line) =
        " (line {line})",
        " (ligne {line})";
    AT_LINE_COLUMN(line, column) =
        " (line {line}, column {column})",
        " (ligne {line}, colonne {column})";
    BAD_CSV_CELL_NOT_UTF8(column, position) =
        "column `{column}` is not valid UTF-8 text (invalid byte at position {position}); the file is probably in Windows-1252 (Latin-1): re-save it as UTF-8",
        "la colonne `{column}` n'est pas du texte UTF-8 valide (octet invalide à la position {position}) ; le fichier est probablement en Windows-1252 (Latin-1) : enregistrez-le de nouveau en UTF-8";
    BAD_CSV_HEADER_NOT_UTF8(column, name, position) =
        "the header row (line 1) is not valid UTF-8 text: the name of column {column} ({name}) has an invalid byte at position {position}, so no row can be read; the file is probably in Windows-1252 (Latin-1): re-save it as UTF-8",
        "la ligne d'en-tête (ligne 1) n'est pas du texte UTF-8 valide : le nom de la colonne {column} ({name}) contient un octet invalide à la position {position}, aucune ligne ne peut donc être lue ; le fichier est probablement en Windows-1252 (Latin-1) : enregistrez-le de nouveau en UTF-8";
    BAD_CSV_QUOTE_NOT_CLOSED(column, line) =
        "the quoted cell in column `{column}` is never closed: it runs from line {line} to the end of the input",
        "la cellule entre guillemets de la colonne `{column}` n'est jamais fermée : elle court de la ligne {line} jusqu'à la fin de l'entrée";
    BAD_CSV_QUOTE_NOT_CLOSED_HELP() =
        "add the closing quote (\") where the cell ends",
        "ajoutez le guillemet fermant (`\"`) là où finit la cellule";
    BAD_DELIMITER(delimiter) =
        "`{delimiter}` is not a delimiter delai reads: give `,`, `;`, `tab` or `|`",
        "`{delimiter}` n'est pas un séparateur que delai lit : donnez `,`, `;`, `tab` (une tabulation) ou `|`";
    BAD_JSON_AFTER_ARRAY(found, line, column) =
        "the document is not valid JSON: expected nothing after the closing `]`, found {found} (line {line}, column {column})",
        "le document n'est pas du JSON valide : rien n'est attendu après le `]` fermant ; trouvé : {found} (ligne {line}, colonne {column})";
    BAD_JSON_AFTER_CASE(n, found, line, column) =
        "the document is not valid JSON: expected `,` or `]` after case {n} of the array, found {found} (line {line}, column {column})",
        "le document n'est pas du JSON valide : `,` ou `]` attendu après le cas {n} du tableau ; trouvé : {found} (ligne {line}, colonne {column})";
    BAD_JSON_ARRAY_NOT_CLOSED(n) =
        "the document is not valid JSON: the array is not closed (expected `]` after case {n}, found the end of the input)",
        "le document n'est pas du JSON valide : le tableau n'est pas fermé (`]` attendu après le cas {n}, fin de l'entrée trouvée)";
    BAD_JSON_INPUT(what, error, place) =
        "{what} is not valid JSON: {error}{place}",
        "{what} n'est pas du JSON valide : {error}{place}";
    BAD_JSON_NOTHING() =
        "expected a JSON value, found the end of the input",
        "valeur JSON attendue, fin de l'entrée trouvée";
    BAD_TIME_CELL(expected, column, cell) =
        "expected {expected} in column `{column}`, found {cell}",
        "attendu dans la colonne `{column}` : {expected} ; trouvé : {cell}";
    BAD_TIME_CELL_HELP() =
        "write times as RFC 3339 with an offset, or as local YYYY-MM-DD HH:MM[:SS]; leave the cell empty when the event has not happened",
        "écrivez les moments en RFC 3339 avec un décalage, ou en heure locale `AAAA-MM-JJ HH:MM[:SS]` ; laissez la cellule vide quand l'événement n'a pas eu lieu";
    BAD_TIME_FIELD(expected, field, text) =
        "expected {expected} in `{field}`, found {text}",
        "attendu dans `{field}` : {expected} ; trouvé : {text}";
    EPOCH_MILLISECONDS() =
        "Unix epoch milliseconds (1750428000000)",
        "des millisecondes depuis l'époque Unix (1750428000000)";
    EPOCH_SECONDS() =
        "Unix epoch seconds (1750428000)",
        "des secondes depuis l'époque Unix (1750428000)";
    EXPECTED_OR(other, time) =
        "{other}, or {time}",
        "{other}, ou {time}";
    EXPECTED_OR_SHORT(one, other) =
        "{one} or {other}",
        "{one} ou {other}";
    CELLS_ONE() =
        "1 cell",
        "1 cellule";
    CELLS_OTHER(n) =
        "{n} cells",
        "{n} cellules";
    CELL_NUMBER(n) =
        "cell {n}",
        "cellule {n}";
    EXPECT_ATTRIBUTES() =
        "an object such as {{\"channel\": \"mail\"}}",
        "un objet tel que `{{\"channel\": \"mail\"}}`";
    EXPECT_ATTRIBUTE_VALUE() =
        "a string, a number or a boolean",
        "un texte, un nombre ou un booléen";
    EXPECT_EVENT() =
        "an object {{\"name\": …, \"at\": …}}",
        "un objet `{{\"name\": …, \"at\": …}}`";
    EXPECT_EVENTS() =
        "an array of {{\"name\": …, \"at\": …}} or an object {{\"received\": \"2025-06-20 10:00\", …}}",
        "un tableau de `{{\"name\": …, \"at\": …}}` ou un objet `{{\"received\": \"2025-06-20 10:00\", …}}`";
    EXPECT_FINITE_NUMBER() =
        "a finite number",
        "un nombre fini";
    EXPECT_ID() =
        "a string or a number",
        "un texte ou un nombre";
    EXPECT_NON_EMPTY_STRING() =
        "a non-empty string",
        "un texte non vide";
    EXPECT_TIME() =
        "a time as a string",
        "un moment écrit comme un texte";
    EXPECT_TIMES() =
        "a time as a string (or an array of times)",
        "un moment écrit comme un texte (ou un tableau de moments)";
    INPUT_CASE_OF_ARRAY(n) =
        "case {n} of the array",
        "le cas {n} du tableau";
    INPUT_DOCUMENT() =
        "the document",
        "le document";
    INPUT_LINE(line) =
        "line {line}",
        "la ligne {line}";
    INPUT_ROW_FROM_LINE(line) =
        "the row starting on line {line}",
        "l'enregistrement commençant à la ligne {line}";
    JSON_ENDS_EARLY() =
        "it ends before the value is complete (is a `}}`, `]` or `\"` missing?)",
        "il se termine avant que la valeur soit complète (manque-t-il `}}`, `]` ou `\"` ?)";
    JSON_EXPECTED_VALUE() =
        "expected a JSON value such as {{\"id\": …}}, found other text",
        "valeur JSON attendue, comme `{{\"id\": …}}` ; trouvé : un autre texte";
    JSON_ARRAY_ONE() =
        "an array of 1 item",
        "un tableau de 1 élément";
    JSON_ARRAY_OTHER(n) =
        "an array of {n} items",
        "un tableau de {n} éléments";
    JSON_BOOLEAN(value) =
        "a boolean ({value})",
        "un booléen ({value})";
    JSON_NUMBER(value) =
        "a number ({value})",
        "un nombre ({value})";
    JSON_OBJECT() =
        "an object",
        "un objet";
    JSON_STRING(value) =
        "a string ({value})",
        "un texte ({value})";
    BAD_TIME_FIELD_HELP() =
        "write times as RFC 3339 with an offset (2025-06-20T10:00:00-04:00) or as local YYYY-MM-DD HH:MM[:SS], read in the standard's calendar zone",
        "écrivez les moments en RFC 3339 avec un décalage (2025-06-20T10:00:00-04:00) ou en heure locale `AAAA-MM-JJ HH:MM[:SS]`, lue dans le fuseau du calendrier de la norme";
    CASES_UNREADABLE(error) =
        "could not read the cases: {error}",
        "impossible de lire les cas : {error}";
    DATE_OUT_OF_RANGE_CASE_HELP() =
        "delai computes dates between 1900-01-01 and 2199-12-31: is the year mistyped?",
        "delai calcule des dates comprises entre le 1900-01-01 et le 2199-12-31 : l'année est-elle mal tapée ?";
    DATE_OUT_OF_RANGE_CELL(cell, column) =
        "the time {cell} in column `{column}` is outside the supported dates 1900-01-01 to 2199-12-31",
        "le moment {cell} de la colonne `{column}` est hors des dates prises en charge, du 1900-01-01 au 2199-12-31";
    DATE_OUT_OF_RANGE_FIELD(text, field) =
        "the time {text} in `{field}` is outside the supported dates 1900-01-01 to 2199-12-31",
        "le moment {text} de `{field}` est hors des dates prises en charge, du 1900-01-01 au 2199-12-31";
    DOCUMENT_TOO_LARGE(mib) =
        "this JSON document is larger than {mib} MiB",
        "ce document JSON dépasse {mib} Mio";
    DOCUMENT_TOO_LARGE_HELP() =
        "write one case per line (JSON Lines, .jsonl): it is read as a stream",
        "écrivez un cas par ligne (JSON Lines, .jsonl) : il est lu au fil de l'eau";
    DUPLICATE_ID(ids, records, first, more) =
        "{ids} more than once ({records}): {first}{more}",
        "{ids} plus d'une fois ({records}) : {first}{more}";
    DUPLICATE_IDS_ONE(n) =
        "{n} case id appears",
        "{n} identifiant de cas figure";
    DUPLICATE_IDS_OTHER(n) =
        "{n} case ids appear",
        "{n} identifiants de cas figurent";
    DUPLICATE_ID_HELP() =
        "each record is judged on its own, so a repeated case counts more than once in reports: remove the repeats, or give each case its own id",
        "chaque enregistrement est jugé séparément, un cas répété compte donc plus d'une fois dans les rapports : supprimez les répétitions, ou donnez à chaque cas son propre identifiant";
    DUPLICATE_ID_REPEAT(id, line) =
        "`{id}` (again on line {line})",
        "`{id}` (de nouveau à la ligne {line})";
    ENCODING_HELP() =
        "the file is probably in Windows-1252 (Latin-1), as older Excel and Windows programs save it: re-save it as UTF-8 (in Excel: \"CSV UTF-8\")",
        "le fichier est probablement en Windows-1252 (Latin-1), comme l'enregistrent les anciens programmes Excel et Windows : enregistrez-le de nouveau en UTF-8 (dans Excel : « CSV UTF-8 »)";
    ENCODING_NOTE() =
        "the file is probably in Windows-1252 (Latin-1): re-save it as UTF-8",
        "le fichier est probablement en Windows-1252 (Latin-1) : enregistrez-le de nouveau en UTF-8";
    LONG_ROW(expected, found) =
        "expected {expected} as in the header, found {found}",
        "attendu comme dans l'en-tête : {expected} ; trouvé : {found}";
    LONG_ROW_HELP() =
        "quote values that contain a comma: \"Smith, Jane\"",
        "mettez entre guillemets les valeurs qui contiennent une virgule : `\"Tremblay, Marie\"`";
    MAP_COLUMN_MISSING(column, name, columns) =
        "the header has no column `{column}` (mapped to `{name}`), so no row can be read (columns: {columns})",
        "l'en-tête n'a pas de colonne `{column}` (associée à `{name}`), aucune ligne ne peut donc être lue (colonnes : {columns})";
    MAP_COLUMN_MISSING_HELP() =
        "map a column the file has (`--map NAME=COLUMN`, spelt as in the header), or drop the mapping",
        "associez une colonne que le fichier contient (`--map NOM=COLONNE`, écrite comme dans l'en-tête), ou retirez l'association";
    MAP_ID_KEY_MISSING(key) =
        "the case has no `{key}` (mapped to `id`)",
        "le cas n'a pas de `{key}` (associé à `id`)";
    MAP_UNKNOWN_NAME(column, name) =
        "column `{column}` is mapped to `{name}`, which is no event or attribute of the rules, nor `id`",
        "la colonne `{column}` est associée à `{name}`, qui n'est ni un événement ni un attribut des règles, ni `id`";
    MAP_UNKNOWN_NAME_CLOSE_HELP(close, column) =
        "did you mean `{close}`? (`--map {close}={column}`)",
        "vouliez-vous dire `{close}` ? (`--map {close}={column}`)";
    MAP_UNKNOWN_NAME_HELP(names) =
        "map columns to the rules' names: {names}",
        "associez les colonnes aux noms des règles : {names}";
    MISSED_SEMICOLON_HINT() =
        "a column name of the header holds a `;`: if the cells are separated by `;`, read the file with `--delimiter ';'`",
        "un nom de colonne de l'en-tête contient un `;` : si les cellules sont séparées par des `;`, lisez le fichier avec `--delimiter ';'`";
    MISSED_TAB_HINT() =
        "a column name of the header holds a tab: if the cells are separated by tabs, read the file with `--delimiter tab`",
        "un nom de colonne de l'en-tête contient une tabulation : si les cellules sont séparées par des tabulations, lisez le fichier avec `--delimiter tab`";
    MISSING_EVENT_NAME(index) =
        "event {index} has no `name`",
        "l'événement {index} n'a pas de `name`";
    MISSING_EVENT_TIME(index, name) =
        "event {index} (`{name}`) has no time `at`",
        "l'événement {index} (`{name}`) n'a pas de moment `at`";
    MISSING_ID_CELL() =
        "the `id` cell is empty",
        "la cellule `id` est vide";
    MISSING_ID_COLUMN(columns) =
        "the header has no `id` column (columns: {columns})",
        "l'en-tête n'a pas de colonne `id` (colonnes : {columns})";
    MISSING_ID_COLUMN_HELP() =
        "add a column named `id` so results can name each case",
        "ajoutez une colonne nommée `id` pour que les résultats puissent nommer chaque cas";
    MISSING_ID_EMPTY() =
        "the case's `id` is empty",
        "l'`id` du cas est vide";
    MISSING_ID_KEY() =
        "the case has no `id`",
        "le cas n'a pas d'`id`";
    MISSING_ID_KEY_HELP() =
        "give every case an \"id\" (a string or a number) so results can name it",
        "donnez à chaque cas un `\"id\"` (un texte ou un nombre) pour que les résultats puissent le nommer";
    NOT_TEXT(what, help) =
        "this is not a case file: it looks like {what}; {help}",
        "ce n'est pas un fichier de cas : on dirait {what} ; {help}";
    NOT_TEXT_BINARY() =
        "binary data (it holds NUL bytes; UTF-16 text without a byte order mark does too)",
        "des données binaires (elles contiennent des octets NUL ; un texte UTF-16 sans indicateur d'ordre des octets aussi)";
    NOT_TEXT_BINARY_HELP() =
        "export the cases as CSV, JSON or JSON Lines, in UTF-8",
        "exportez les cas en CSV, JSON ou JSON Lines, en UTF-8";
    NOT_TEXT_BZIP2() =
        "a bzip2-compressed file",
        "un fichier compressé avec bzip2";
    NOT_TEXT_COMPRESSED_HELP() =
        "decompress it first (e.g. `gunzip -c cases.csv.gz | delai check RULES -`)",
        "décompressez-le d'abord (p. ex. `gunzip -c cases.csv.gz | delai check RÈGLES -`)";
    NOT_TEXT_EMPTY_ZIP() =
        "an empty ZIP archive",
        "une archive ZIP vide";
    NOT_TEXT_EXPORT_HELP() =
        "export the cases as CSV, JSON or JSON Lines",
        "exportez les cas en CSV, JSON ou JSON Lines";
    NOT_TEXT_GZIP() =
        "a gzip-compressed file",
        "un fichier compressé avec gzip";
    NOT_TEXT_PARQUET() =
        "a Parquet file",
        "un fichier Parquet";
    NOT_TEXT_PDF() =
        "a PDF document",
        "un document PDF";
    NOT_TEXT_SPREADSHEET_HELP() =
        "open it in the spreadsheet program and save it as CSV (in Excel: \"CSV UTF-8\"), then read the CSV file",
        "ouvrez-le dans le tableur et enregistrez-le en CSV (dans Excel : « CSV UTF-8 »), puis lisez le fichier CSV";
    NOT_TEXT_SQLITE() =
        "an SQLite database",
        "une base de données SQLite";
    NOT_TEXT_UTF16_BE() =
        "UTF-16 text (big-endian)",
        "un texte UTF-16 (gros-boutiste)";
    NOT_TEXT_UTF16_HELP() =
        "re-save it as UTF-8 (in Excel: \"CSV UTF-8\"; in Notepad: encoding UTF-8)",
        "enregistrez-le de nouveau en UTF-8 (dans Excel : « CSV UTF-8 » ; dans le Bloc-notes : codage UTF-8)";
    NOT_TEXT_UTF16_LE() =
        "UTF-16 text (little-endian)",
        "un texte UTF-16 (petit-boutiste)";
    NOT_TEXT_UTF32() =
        "UTF-32 text",
        "un texte UTF-32";
    NOT_TEXT_XLS() =
        "an old Excel workbook (.xls) or another Office document",
        "un ancien classeur Excel (.xls) ou un autre document Office";
    NOT_TEXT_XLSX() =
        "an Excel workbook (.xlsx) or another ZIP archive",
        "un classeur Excel (.xlsx) ou une autre archive ZIP";
    NOT_TEXT_XZ() =
        "an xz-compressed file",
        "un fichier compressé avec xz";
    NOT_TEXT_ZSTD() =
        "a zstd-compressed file",
        "un fichier compressé avec zstd";
    NONE() =
        "none",
        "aucun";
    NO_CASES(what) =
        "no cases were read: {what}",
        "aucun cas n'a été lu : {what}";
    NO_CASES_CSV() =
        "the input is empty or has only a header row",
        "l'entrée est vide ou n'a qu'une ligne d'en-tête";
    NO_CASES_HELP() =
        "check that this is the file you meant; results and reports of no cases say nothing",
        "vérifiez qu'il s'agit bien du fichier voulu ; des résultats et des rapports sans aucun cas ne disent rien";
    NO_CASES_JSON() =
        "the input is empty or holds no case object",
        "l'entrée est vide ou ne contient aucun objet cas";
    RECORD_TOO_LONG(what, mib) =
        "{what} is longer than {mib} MiB",
        "{what} dépasse {mib} Mio";
    RECORD_TOO_LONG_HELP() =
        "a case takes a few hundred bytes: is a quote or a line break missing?",
        "un cas occupe quelques centaines d'octets : manque-t-il un guillemet ou un saut de ligne ?";
    REPEATED_RECORDS_ONE(n) =
        "{n} repeated record",
        "{n} enregistrement répété";
    REPEATED_RECORDS_OTHER(n) =
        "{n} repeated records",
        "{n} enregistrements répétés";
    ROW_SPANS_LINES_HELP() =
        "a quoted cell runs over several lines: is a closing quote missing?",
        "une cellule entre guillemets s'étend sur plusieurs lignes : manque-t-il un guillemet fermant ?";
    SHORT_ROW(expected, found, missing) =
        "expected {expected} as in the header, found {found}; the row ends before column `{missing}`",
        "attendu comme dans l'en-tête : {expected} ; trouvé : {found} ; la ligne se termine avant la colonne `{missing}`";
    TEXT_NOT_UTF8(note) =
        "; the text is not UTF-8: {note}",
        " ; le texte n'est pas en UTF-8 : {note}";
    TIME_CONVENTION_HELP() =
        "the order of day and month is a convention delai does not guess: name it, e.g. `--time-format %d/%m/%Y` (or `%m/%d/%Y %H:%M`) on the command line, `TimeReading::format` in the library; or write times as 2025-06-20 10:00",
        "l'ordre du jour et du mois est une convention que delai ne devine pas : précisez-la, p. ex. `--time-format %d/%m/%Y` (ou `%m/%d/%Y %H:%M`) en ligne de commande, `TimeReading::format` dans la bibliothèque ; ou écrivez les moments ainsi : 2025-06-20 10:00";
    TIME_LIKE_LOCAL_FIRST() =
        "a time like 2025-06-20 10:00 or 2025-06-20T10:00:00-04:00",
        "un moment comme 2025-06-20 10:00 ou 2025-06-20T10:00:00-04:00";
    TIME_LIKE_OFFSET_FIRST() =
        "a time like 2025-06-20T10:00:00-04:00 or 2025-06-20 10:00",
        "un moment comme 2025-06-20T10:00:00-04:00 ou 2025-06-20 10:00";
    TIME_MATCHING_PATTERN(pattern) =
        "a time matching the pattern `{pattern}`",
        "un moment selon le modèle `{pattern}`";
    UNKNOWN_ATTRIBUTE_NAME(name) =
        "attribute `{name}`",
        "l'attribut `{name}`";
    UNKNOWN_CASES_ONE() =
        "1 case has it",
        "1 cas l'a";
    UNKNOWN_CASES_OTHER(n) =
        "{n} cases have it",
        "{n} cas l'ont";
    UNKNOWN_COLUMN_NAME(name) =
        "column `{name}` (line 1)",
        "la colonne `{name}` (ligne 1)";
    UNKNOWN_EVENT_NAME(name) =
        "event `{name}`",
        "l'événement `{name}`";
    UNKNOWN_NAME(what, rows, first_line) =
        "{what} is none of the rules' events or attributes, so its values are not read: {rows}, the first on line {first_line}",
        "{what} n'est aucun des événements ou attributs des règles, ses valeurs ne sont donc pas lues : {rows}, la première à la ligne {first_line}";
    UNKNOWN_NAMES_NOT_READ(max_unknown, untracked_rows) =
        "more than {max_unknown} names match none of the rules' events or attributes; {untracked_rows} more value(s) under such names are not read",
        "plus de {max_unknown} noms ne correspondent à aucun des événements ou attributs des règles ; {untracked_rows} valeur(s) de plus sous de tels noms ne sont pas lues";
    UNKNOWN_NAME_HELP(events, attributes) =
        "the rules read the events {events} and the attributes {attributes}; rename it if it is meant to be one of them",
        "événements lus par les règles : {events} ; attributs : {attributes} ; renommez-le s'il doit être l'un d'eux";
    UNKNOWN_NAME_HELP_CLOSEST(best, kind) =
        "`{best}` is {kind} of the rules",
        "`{best}` est {kind} des règles";
    UNKNOWN_ROWS_ONE() =
        "1 row has a value in it",
        "1 ligne y a une valeur";
    UNKNOWN_ROWS_OTHER(n) =
        "{n} rows have a value in it",
        "{n} lignes y ont une valeur";
    WRONG_TYPE_CASE(value) =
        "expected a case object such as {{\"id\": \"…\", \"events\": […]}}, found {value}",
        "objet cas attendu, tel que `{{\"id\": \"…\", \"events\": […]}}` ; trouvé : {value}";
    MAP_ENTRY_EMPTY(name, column) =
        "`{name}={column}`: give a name of the rules and a column, as `received=date_reception`",
        "`{name}={column}`\u{a0}: donnez un nom des règles et une colonne, comme `received=date_reception`";
    MAP_COLUMN_TWICE(column, other, name) =
        "column `{column}` is mapped twice: to `{other}` and to `{name}`",
        "la colonne `{column}` est associée deux fois\u{a0}: à `{other}` et à `{name}`";
    MAP_ID_TWICE(other, column) =
        "the id is mapped twice: from `{other}` and from `{column}`",
        "l'id est associé deux fois\u{a0}: à la colonne `{other}` et à la colonne `{column}`";
    MAP_NOT_ENTRY(entry) =
        "`{entry}` is not NAME=COLUMN: write the rules' name, `=`, then the file's column, as `received=date_reception`",
        "`{entry}` n'est pas NOM=COLONNE\u{a0}: écrivez le nom des règles, `=`, puis la colonne du fichier, comme `received=date_reception`";
    MAP_FILE_LINE(line, error) = "line {line}: {error}", "ligne {line}\u{a0}: {error}";
    UNKNOWN_ENCODING(label) =
        "unknown encoding `{label}`: give a WHATWG label such as windows-1252, iso-8859-1, utf-16le, utf-16be or utf-8",
        "encodage `{label}` inconnu\u{a0}: donnez une étiquette WHATWG comme windows-1252, iso-8859-1, utf-16le, utf-16be ou utf-8";
    MAP_NOT_COLUMNS(found) =
        "expected `map` to be an object of column names such as {{\"received\": \"date_reception\"}}, found {found}",
        "`map` devrait être un objet de noms de colonnes, tel que `{{\"received\": \"date_reception\"}}` ; trouvé : {found}";
    WRONG_TYPE_FIELD(field, expected, found) =
        "expected `{field}` to be {expected}, found {found}",
        "`{field}` devrait être {expected} ; trouvé : {found}";
}
