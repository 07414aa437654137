//! Messages of the parser (`src/syntax`): the rules file does not follow the grammar, or is too large.

use super::messages;

messages! {
    list SYNTAX;
    AFTER_TOKEN(token) =
        " after `{token}`",
        " après `{token}`";
    CLAUSES_OF_BLOCK_HELP(block, list) =
        "the clauses of {block} are {list}",
        "les clauses {block} sont : {list}";
    CLAUSE_OF_ANOTHER_BLOCK(clause, other, block) =
        "`{clause}` is a clause of {other}, not of {block}",
        "`{clause}` est une clause {other}, pas {block}";
    CURLY_QUOTED_NAME(after, found) =
        "expected a name in straight double quotes{after}, found {found}",
        "nom entre guillemets droits attendu{after}, trouvé : {found}";
    CURLY_QUOTED_NAME_HELP() =
        "write names between straight double quotes: `\"name\"`",
        "écrivez les noms entre guillemets droits : `\"nom\"`";
    CURLY_QUOTED_NAME_LABEL() =
        "typographic quotes are not string delimiters",
        "les guillemets typographiques ne délimitent pas les noms";
    DECIMAL_AMOUNT() =
        "the amount must be a whole number",
        "la quantité doit être un nombre entier";
    DECIMAL_AMOUNT_HELP() =
        "write a whole number of a smaller unit, e.g. `36 hours` rather than `1.5 days`",
        "écrivez un nombre entier d'une unité plus petite, p. ex. `36 heures` plutôt que `1.5 jours`";
    DECIMAL_AMOUNT_LABEL() =
        "no decimals here",
        "pas de décimales ici";
    DID_YOU_MEAN_KEYWORD(message, keyword) =
        "{message}; did you mean `{keyword}`?",
        "{message} ; vouliez-vous dire `{keyword}` ?";
    END_OF_BLOCK() =
        "the end of the block",
        "la fin du bloc";
    END_OF_CLAUSE() =
        "the end of the clause",
        "la fin de la clause";
    OPEN_BRACE() =
        "`{{`",
        "`{{`";
    EXPECTED_CLAUSE(found) =
        "expected a clause, found {found}",
        "clause attendue, trouvé : {found}";
    EXPECTED_FOUND(expected, after, found) =
        "expected {expected}{after}, found {found}",
        "attendu : {expected}{after} ; trouvé : {found}";
    EXPECTED_ITEM(found) =
        "expected `calendar`, `standard` or `example`, found {found}",
        "`calendrier`, `norme` ou `exemple` attendu, trouvé : {found}";
    EXPECTED_ITEM_HELP() =
        "a file is made of `calendar \"…\" {{ … }}`, `standard \"…\" {{ … }}` and `example \"…\" {{ … }}` blocks (or `calendrier`, `norme`, `exemple`); comments start with `#`",
        "un fichier se compose de blocs `calendrier \"…\" {{ … }}`, `norme \"…\" {{ … }}` et `exemple \"…\" {{ … }}` (ou `calendar`, `standard`, `example`) ; les commentaires commencent par `#`";
    EXPECTED_ITEM_LABEL() =
        "not the start of an item",
        "ce n'est pas le début d'un élément";
    FILE_TOO_LARGE(length, max_mib) =
        "this file is {length} bytes; at most {max_mib} MiB can be read",
        "ce fichier compte {length} octets ; au plus {max_mib} Mio peuvent être lus";
    FILE_TOO_LARGE_HELP() =
        "split the rules into several files",
        "répartissez les règles dans plusieurs fichiers";
    INTERNAL_ERROR() =
        "the parser could not read this part (a bug in delai, please report it)",
        "l'analyseur n'a pas pu lire cette partie (une anomalie de delai : merci de la signaler)";
    MISSING_OPEN_BRACE() =
        "expected `{{` after the name of the item",
        "`{{` attendue après le nom de l'élément";
    MISSING_OPEN_BRACE_HELP() =
        "put the clauses between `{{` and `}}`, e.g. `standard \"x\" {{ within 10 days }}`",
        "mettez les clauses entre `{{` et `}}`, p. ex. `norme \"x\" {{ dans 10 jours }}`";
    MISSING_OPEN_BRACE_LABEL() =
        "the block should open here",
        "le bloc devrait s'ouvrir ici";
    NUMBER_TOO_LARGE(shown, ellipsis) =
        "the number `{shown}{ellipsis}` is too large",
        "le nombre `{shown}{ellipsis}` est trop grand";
    NUMBER_TOO_LARGE_HELP() =
        "numbers must fit in 64 bits; use a realistic value",
        "les nombres doivent tenir sur 64 bits ; utilisez une valeur réaliste";
    NUMBER_TOO_LARGE_LABEL() =
        "too large",
        "trop grand";
    STRING_TOO_LONG(length, max) =
        "this text is {length} bytes long; at most {max} are allowed",
        "ce texte compte {length} octets ; au plus {max} sont permis";
    STRING_TOO_LONG_HELP() =
        "shorten the text; long explanations belong in documents the text can cite",
        "raccourcissez le texte ; les longues explications ont leur place dans des documents que le texte peut citer";
    TOO_COMPLEX(operators, max_expr_operators) =
        "this condition has {operators} `and`/`or`/`not`; at most {max_expr_operators} are allowed",
        "cette condition compte {operators} `et`/`ou`/`non` ; au plus {max_expr_operators} sont permis";
    TOO_COMPLEX_HELP() =
        "split the standard, or list the values with `in [...]`",
        "scindez la norme, ou énumérez les valeurs avec `dans [...]`";
    TOO_DEEP(max) =
        "parentheses are nested more than {max} levels deep",
        "les parenthèses sont imbriquées sur plus de {max} niveaux";
    TOO_DEEP_HELP() =
        "simplify the condition: `and`/`or` chains need no parentheses, and `in [...]` lists many values",
        "simplifiez la condition : les suites de `et`/`ou` n'ont pas besoin de parenthèses, et `dans [...]` énumère plusieurs valeurs";
    TOO_DEEP_LABEL() =
        "too deep",
        "trop profond";
    TOO_MANY_ERRORS(max_errors) =
        "stopped after {max_errors} syntax errors",
        "arrêt après {max_errors} erreurs de syntaxe";
    TOO_MANY_ERRORS_HELP() =
        "fix the errors above and run again",
        "corrigez les erreurs ci-dessus et relancez";
    TOO_MANY_ITEMS(items, max_items) =
        "this file has {items} calendars, standards and examples; at most {max_items} are read",
        "ce fichier compte {items} calendriers, normes et exemples ; au plus {max_items} sont lus";
    TOO_MANY_ITEMS_LABEL() =
        "items from here on are ignored",
        "les éléments à partir d'ici sont ignorés";
    UNCLOSED_BLOCK(keyword) =
        "this `{keyword}` block is never closed",
        "ce bloc `{keyword}` n'est jamais fermé";
    UNCLOSED_BLOCK_AFTER_CLAUSE(line) =
        "on its own line after line {line}, the block's last clause",
        "seule sur sa ligne après la ligne {line}, dernière clause du bloc";
    UNCLOSED_BLOCK_AFTER_OPEN(line) =
        "right after the `{{` on line {line}",
        "juste après la `{{` de la ligne {line}";
    UNCLOSED_BLOCK_AT_END() =
        ", at the end of the file",
        ", à la fin du fichier";
    UNCLOSED_BLOCK_BEFORE_NEXT(line) =
        ", before the next item on line {line}",
        ", avant l'élément suivant à la ligne {line}";
    UNCLOSED_BLOCK_HELP(after, before) =
        "add `}}` {after}{before}",
        "ajoutez `}}` {after}{before}";
    UNCLOSED_BLOCK_HELP_FR() =
        " (`}}` ferme le bloc)",
        " (`}}` ferme le bloc)";
    UNCLOSED_BLOCK_LABEL() =
        "this `{{` has no matching `}}`",
        "cette `{{` n'a pas de `}}` correspondante";
    UNCLOSED_BLOCK_NEXT_ITEM() =
        "add `}}` before this line",
        "ajoutez `}}` avant cette ligne";
    UNCLOSED_BLOCK_NEXT_ITEM_FR() =
        "add `}}` before this line (ajoutez `}}` avant cette ligne)",
        "ajoutez `}}` avant cette ligne";
    UNCLOSED_STRING() =
        "this string is never closed",
        "ce texte entre guillemets n'est jamais fermé";
    UNCLOSED_STRING_HELP() =
        "add the closing `\"`; a string cannot span several lines",
        "ajoutez le guillemet fermant `\"` ; un texte ne peut pas s'étendre sur plusieurs lignes";
    UNCLOSED_STRING_LABEL() =
        "this quote has no closing quote on the same line",
        "ce guillemet n'est pas fermé sur la même ligne";
    UNEXPECTED_CLOSE_BRACE() =
        "unexpected `}}`: there is no open block to close",
        "`}}` inattendue : aucun bloc ouvert à fermer";
    UNEXPECTED_CLOSE_BRACE_HELP() =
        "remove this `}}` or check the braces above it",
        "supprimez cette `}}` ou vérifiez les accolades qui la précèdent";
    UNEXPECTED_CLOSE_BRACE_LABEL() =
        "no block to close",
        "aucun bloc à fermer";
    UNKNOWN_CLAUSE(clause) =
        "unknown clause `{clause}`",
        "clause `{clause}` inconnue";
    UNKNOWN_CLAUSE_DID_YOU_MEAN(written, keyword) =
        "unknown clause `{written}`; did you mean `{keyword}`?",
        "clause `{written}` inconnue ; vouliez-vous dire `{keyword}` ?";
    UNKNOWN_CLAUSE_LABEL(block) =
        "not a clause of {block}",
        "pas une clause {block}";
    UNKNOWN_ESCAPE(escape) =
        "unknown escape `\\{escape}` in a string",
        "séquence d'échappement `\\{escape}` inconnue dans un texte";
    UNKNOWN_ESCAPE_HELP() =
        "inside a string only `\\\"` (a quote) and `\\\\` (a backslash) are escapes",
        "dans un texte, seules `\\\"` (un guillemet) et `\\\\` (une barre oblique inversée) sont des séquences d'échappement";
    UNKNOWN_ESCAPE_LABEL() =
        "not a known escape",
        "séquence d'échappement inconnue";
    UNKNOWN_ITEM_DID_YOU_MEAN(written, keyword) =
        "unknown item `{written}`; did you mean `{keyword}`?",
        "élément `{written}` inconnu ; vouliez-vous dire `{keyword}` ?";
    UNQUOTED_NAME(after, word) =
        "expected a name in double quotes{after}, found `{word}`",
        "nom entre guillemets droits attendu{after}, trouvé : `{word}`";
    UNQUOTED_NAME_HELP(word) =
        "write `\"{word}\"`",
        "écrivez `\"{word}\"`";
    UNQUOTED_NAME_LABEL() =
        "names are written in double quotes",
        "les noms s'écrivent entre guillemets droits";
}
