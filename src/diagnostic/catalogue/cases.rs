//! Messages of the case readers (`src/cases`): a JSON or CSV case file that cannot be read as cases.

use super::messages;

messages! {
    list CASES;
    BAD_CSV_CELL_NOT_UTF8(column, position) =
        "column `{column}` is not valid UTF-8 text (invalid byte at position {position}); the file is probably in Windows-1252 (Latin-1): re-save it as UTF-8";
    BAD_CSV_HEADER_NOT_UTF8(column, name, position) =
        "the header row (line 1) is not valid UTF-8 text: the name of column {column} ({name}) has an invalid byte at position {position}, so no row can be read; the file is probably in Windows-1252 (Latin-1): re-save it as UTF-8";
    BAD_CSV_QUOTE_NOT_CLOSED(column, line) =
        "the quoted cell in column `{column}` is never closed: it runs from line {line} to the end of the input";
    BAD_CSV_QUOTE_NOT_CLOSED_HELP() =
        "add the closing quote (\") where the cell ends";
    BAD_DELIMITER(delimiter) =
        "`{delimiter}` is not a delimiter delai reads: give `,`, `;`, a tab or `|`";
    BAD_JSON_AFTER_ARRAY(found, line, column) =
        "the document is not valid JSON: expected nothing after the closing `]`, found {found} (line {line}, column {column})";
    BAD_JSON_AFTER_CASE(n, found, line, column) =
        "the document is not valid JSON: expected `,` or `]` after case {n} of the array, found {found} (line {line}, column {column})";
    BAD_JSON_ARRAY_NOT_CLOSED(n) =
        "the document is not valid JSON: the array is not closed (expected `]` after case {n}, found the end of the input)";
    BAD_JSON_INPUT(what, error, place) =
        "{what} is not valid JSON: {error}{place}";
    BAD_JSON_NOTHING() =
        "expected a JSON value, found the end of the input";
    BAD_TIME_CELL(expected, column, cell) =
        "expected {expected} in column `{column}`, found {cell}";
    BAD_TIME_CELL_HELP() =
        "write times as RFC 3339 with an offset, or as local YYYY-MM-DD HH:MM[:SS]; leave the cell empty when the event has not happened";
    BAD_TIME_FIELD(expected, field, text) =
        "expected {expected} in `{field}`, found {text}";
    BAD_TIME_FIELD_HELP() =
        "write times as RFC 3339 with an offset (2025-06-20T10:00:00-04:00) or as local YYYY-MM-DD HH:MM[:SS], read in the standard's calendar zone";
    CASES_UNREADABLE(error) =
        "could not read the cases: {error}";
    DATE_OUT_OF_RANGE_CASE_HELP() =
        "delai computes dates between 1900-01-01 and 2199-12-31: is the year mistyped?";
    DATE_OUT_OF_RANGE_CELL(cell, column) =
        "the time {cell} in column `{column}` is outside the supported dates 1900-01-01 to 2199-12-31";
    DATE_OUT_OF_RANGE_FIELD(text, field) =
        "the time {text} in `{field}` is outside the supported dates 1900-01-01 to 2199-12-31";
    DOCUMENT_TOO_LARGE(mib) =
        "this JSON document is larger than {mib} MiB";
    DOCUMENT_TOO_LARGE_HELP() =
        "write one case per line (JSON Lines, .jsonl): it is read as a stream";
    DUPLICATE_ID(ids, records, first, more) =
        "{ids} more than once ({records}): {first}{more}";
    DUPLICATE_IDS_ONE(n) =
        "{n} case id appears";
    DUPLICATE_IDS_OTHER(n) =
        "{n} case ids appear";
    DUPLICATE_ID_HELP() =
        "each record is judged on its own, so a repeated case counts more than once in reports: remove the repeats, or give each case its own id";
    DUPLICATE_ID_REPEAT(id, line) =
        "`{id}` (again on line {line})";
    ENCODING_HELP() =
        "the file is probably in Windows-1252 (Latin-1), as older Excel and Windows programs save it: re-save it as UTF-8 (in Excel: \"CSV UTF-8\")";
    ENCODING_NOTE() =
        "the file is probably in Windows-1252 (Latin-1): re-save it as UTF-8";
    LONG_ROW(expected, found) =
        "expected {expected} as in the header, found {found}";
    LONG_ROW_HELP() =
        "quote values that contain a comma: \"Smith, Jane\"";
    MAP_COLUMN_MISSING(column, name, columns) =
        "the header has no column `{column}` (mapped to `{name}`), so no row can be read (columns: {columns})";
    MAP_COLUMN_MISSING_HELP() =
        "map a column the file has (`--map NAME=COLUMN`, spelt as in the header), or drop the mapping";
    MAP_ID_KEY_MISSING(key) =
        "the case has no `{key}` (mapped to `id`)";
    MAP_UNKNOWN_NAME(column, name) =
        "column `{column}` is mapped to `{name}`, which is no event or attribute of the rules, nor `id`";
    MAP_UNKNOWN_NAME_CLOSE_HELP(close, column) =
        "did you mean `{close}`? (`--map {close}={column}`)";
    MAP_UNKNOWN_NAME_HELP(names) =
        "map columns to the rules' names: {names}";
    MISSING_EVENT_NAME(index) =
        "event {index} has no `name`";
    MISSING_EVENT_TIME(index, name) =
        "event {index} (`{name}`) has no time `at`";
    MISSING_ID_CELL() =
        "the `id` cell is empty";
    MISSING_ID_COLUMN(columns) =
        "the header has no `id` column (columns: {columns})";
    MISSING_ID_COLUMN_HELP() =
        "add a column named `id` so results can name each case";
    MISSING_ID_EMPTY() =
        "the case's `id` is empty";
    MISSING_ID_KEY() =
        "the case has no `id`";
    MISSING_ID_KEY_HELP() =
        "give every case an \"id\" (a string or a number) so results can name it";
    NOT_TEXT(what, help) =
        "this is not a case file: it looks like {what}; {help}";
    NOT_TEXT_BINARY() =
        "binary data (it holds NUL bytes; UTF-16 text without a byte order mark does too)";
    NOT_TEXT_BINARY_HELP() =
        "export the cases as CSV, JSON or JSON Lines, in UTF-8";
    NOT_TEXT_BZIP2() =
        "a bzip2-compressed file";
    NOT_TEXT_COMPRESSED_HELP() =
        "decompress it first (e.g. `gunzip -c cases.csv.gz | delai check RULES -`)";
    NOT_TEXT_EMPTY_ZIP() =
        "an empty ZIP archive";
    NOT_TEXT_EXPORT_HELP() =
        "export the cases as CSV, JSON or JSON Lines";
    NOT_TEXT_GZIP() =
        "a gzip-compressed file";
    NOT_TEXT_PARQUET() =
        "a Parquet file";
    NOT_TEXT_PDF() =
        "a PDF document";
    NOT_TEXT_SPREADSHEET_HELP() =
        "open it in the spreadsheet program and save it as CSV (in Excel: \"CSV UTF-8\"), then read the CSV file";
    NOT_TEXT_SQLITE() =
        "an SQLite database";
    NOT_TEXT_UTF16_BE() =
        "UTF-16 text (big-endian)";
    NOT_TEXT_UTF16_HELP() =
        "re-save it as UTF-8 (in Excel: \"CSV UTF-8\"; in Notepad: encoding UTF-8)";
    NOT_TEXT_UTF16_LE() =
        "UTF-16 text (little-endian)";
    NOT_TEXT_UTF32() =
        "UTF-32 text";
    NOT_TEXT_XLS() =
        "an old Excel workbook (.xls) or another Office document";
    NOT_TEXT_XLSX() =
        "an Excel workbook (.xlsx) or another ZIP archive";
    NOT_TEXT_XZ() =
        "an xz-compressed file";
    NOT_TEXT_ZSTD() =
        "a zstd-compressed file";
    NO_CASES(what) =
        "no cases were read: {what}";
    NO_CASES_CSV() =
        "the input is empty or has only a header row";
    NO_CASES_HELP() =
        "check that this is the file you meant; results and reports of no cases say nothing";
    NO_CASES_JSON() =
        "the input is empty or holds no case object";
    RECORD_TOO_LONG(what, mib) =
        "{what} is longer than {mib} MiB";
    RECORD_TOO_LONG_HELP() =
        "a case takes a few hundred bytes: is a quote or a line break missing?";
    REPEATED_RECORDS_ONE(n) =
        "{n} repeated record";
    REPEATED_RECORDS_OTHER(n) =
        "{n} repeated records";
    ROW_SPANS_LINES_HELP() =
        "a quoted cell runs over several lines: is a closing quote missing?";
    SHORT_ROW(expected, found, missing) =
        "expected {expected} as in the header, found {found}; the row ends before column `{missing}`";
    UNKNOWN_ATTRIBUTE_NAME(name) =
        "attribute `{name}`";
    UNKNOWN_CASES_ONE() =
        "1 case has it";
    UNKNOWN_CASES_OTHER(n) =
        "{n} cases have it";
    UNKNOWN_COLUMN_NAME(name) =
        "column `{name}` (line 1)";
    UNKNOWN_EVENT_NAME(name) =
        "event `{name}`";
    UNKNOWN_NAME(what, rows, first_line) =
        "{what} is none of the rules' events or attributes, so its values are not read: {rows}, the first on line {first_line}";
    UNKNOWN_NAMES_NOT_READ(max_unknown, untracked_rows) =
        "more than {max_unknown} names match none of the rules' events or attributes; {untracked_rows} more value(s) under such names are not read";
    UNKNOWN_NAME_HELP(events, attributes) =
        "the rules read the events {events} and the attributes {attributes}; rename it if it is meant to be one of them";
    UNKNOWN_NAME_HELP_CLOSEST(best, kind) =
        "`{best}` is {kind} of the rules";
    UNKNOWN_ROWS_ONE() =
        "1 row has a value in it";
    UNKNOWN_ROWS_OTHER(n) =
        "{n} rows have a value in it";
    WRONG_TYPE_CASE(value) =
        "expected a case object such as {{\"id\": \"…\", \"events\": […]}}, found {value}";
    WRONG_TYPE_FIELD(field, expected, found) =
        "expected `{field}` to be {expected}, found {found}";
}
