//! Messages of the parser (`src/syntax`): the rules file does not follow the grammar, or is too large.

use super::messages;

messages! {
    list SYNTAX;
    AFTER_TOKEN(token) =
        " after `{token}`";
    CLAUSES_OF_BLOCK_HELP(block, list) =
        "the clauses of {block} are {list}";
    CLAUSE_OF_ANOTHER_BLOCK(clause, other, block) =
        "`{clause}` is a clause of {other}, not of {block}";
    CURLY_QUOTED_NAME(after, found) =
        "expected a name in straight double quotes{after}, found {found}";
    CURLY_QUOTED_NAME_HELP() =
        "write names between straight double quotes: `\"name\"`";
    CURLY_QUOTED_NAME_LABEL() =
        "typographic quotes are not string delimiters";
    DECIMAL_AMOUNT() =
        "the amount must be a whole number";
    DECIMAL_AMOUNT_HELP() =
        "write a whole number of a smaller unit, e.g. `36 hours` rather than `1.5 days`";
    DECIMAL_AMOUNT_LABEL() =
        "no decimals here";
    DID_YOU_MEAN_KEYWORD(message, keyword) =
        "{message}; did you mean `{keyword}`?";
    EXPECTED_CLAUSE(found) =
        "expected a clause, found {found}";
    EXPECTED_FOUND(expected, after, found) =
        "expected {expected}{after}, found {found}";
    EXPECTED_ITEM(found) =
        "expected `calendar`, `standard` or `example`, found {found}";
    EXPECTED_ITEM_HELP() =
        "a file is made of `calendar \"…\" {{ … }}`, `standard \"…\" {{ … }}` and `example \"…\" {{ … }}` blocks (or `calendrier`, `norme`, `exemple`); comments start with `#`";
    EXPECTED_ITEM_LABEL() =
        "not the start of an item";
    FILE_TOO_LARGE(length, max_mib) =
        "this file is {length} bytes; at most {max_mib} MiB can be read";
    FILE_TOO_LARGE_HELP() =
        "split the rules into several files";
    INTERNAL_ERROR() =
        "the parser could not read this part (a bug in delai, please report it)";
    MISSING_OPEN_BRACE() =
        "expected `{{` after the name of the item";
    MISSING_OPEN_BRACE_HELP() =
        "put the clauses between `{{` and `}}`, e.g. `standard \"x\" {{ within 10 days }}`";
    MISSING_OPEN_BRACE_LABEL() =
        "the block should open here";
    NUMBER_TOO_LARGE(shown, ellipsis) =
        "the number `{shown}{ellipsis}` is too large";
    NUMBER_TOO_LARGE_HELP() =
        "numbers must fit in 64 bits; use a realistic value";
    NUMBER_TOO_LARGE_LABEL() =
        "too large";
    STRING_TOO_LONG(length, max) =
        "this text is {length} bytes long; at most {max} are allowed";
    STRING_TOO_LONG_HELP() =
        "shorten the text; long explanations belong in documents the text can cite";
    TOO_COMPLEX(operators, max_expr_operators) =
        "this condition has {operators} `and`/`or`/`not`; at most {max_expr_operators} are allowed";
    TOO_COMPLEX_HELP() =
        "split the standard, or list the values with `in [...]`";
    TOO_DEEP(max) =
        "parentheses are nested more than {max} levels deep";
    TOO_DEEP_HELP() =
        "simplify the condition: `and`/`or` chains need no parentheses, and `in [...]` lists many values";
    TOO_DEEP_LABEL() =
        "too deep";
    TOO_MANY_ERRORS(max_errors) =
        "stopped after {max_errors} syntax errors";
    TOO_MANY_ERRORS_HELP() =
        "fix the errors above and run again";
    TOO_MANY_ITEMS(items, max_items) =
        "this file has {items} calendars, standards and examples; at most {max_items} are read";
    TOO_MANY_ITEMS_LABEL() =
        "items from here on are ignored";
    UNCLOSED_BLOCK(keyword) =
        "this `{keyword}` block is never closed";
    UNCLOSED_BLOCK_AFTER_CLAUSE(line) =
        "on its own line after line {line}, the block's last clause";
    UNCLOSED_BLOCK_AFTER_OPEN(line) =
        "right after the `{{` on line {line}";
    UNCLOSED_BLOCK_AT_END() =
        ", at the end of the file";
    UNCLOSED_BLOCK_BEFORE_NEXT(line) =
        ", before the next item on line {line}";
    UNCLOSED_BLOCK_HELP(after, before) =
        "add `}}` {after}{before}";
    UNCLOSED_BLOCK_HELP_FR() =
        " (`}}` ferme le bloc)";
    UNCLOSED_BLOCK_LABEL() =
        "this `{{` has no matching `}}`";
    UNCLOSED_BLOCK_NEXT_ITEM() =
        "add `}}` before this line";
    UNCLOSED_BLOCK_NEXT_ITEM_FR() =
        "add `}}` before this line (ajoutez `}}` avant cette ligne)";
    UNCLOSED_STRING() =
        "this string is never closed";
    UNCLOSED_STRING_HELP() =
        "add the closing `\"`; a string cannot span several lines";
    UNCLOSED_STRING_LABEL() =
        "this quote has no closing quote on the same line";
    UNEXPECTED_CLOSE_BRACE() =
        "unexpected `}}`: there is no open block to close";
    UNEXPECTED_CLOSE_BRACE_HELP() =
        "remove this `}}` or check the braces above it";
    UNEXPECTED_CLOSE_BRACE_LABEL() =
        "no block to close";
    UNKNOWN_CLAUSE(clause) =
        "unknown clause `{clause}`";
    UNKNOWN_CLAUSE_DID_YOU_MEAN(written, keyword) =
        "unknown clause `{written}`; did you mean `{keyword}`?";
    UNKNOWN_CLAUSE_LABEL(block) =
        "not a clause of {block}";
    UNKNOWN_ESCAPE(escape) =
        "unknown escape `\\{escape}` in a string";
    UNKNOWN_ESCAPE_HELP() =
        "inside a string only `\\\"` (a quote) and `\\\\` (a backslash) are escapes";
    UNKNOWN_ESCAPE_LABEL() =
        "not a known escape";
    UNKNOWN_ITEM_DID_YOU_MEAN(written, keyword) =
        "unknown item `{written}`; did you mean `{keyword}`?";
    UNQUOTED_NAME(after, word) =
        "expected a name in double quotes{after}, found `{word}`";
    UNQUOTED_NAME_HELP(word) =
        "write `\"{word}\"`";
    UNQUOTED_NAME_LABEL() =
        "names are written in double quotes";
}
