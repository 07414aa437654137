//! Messages of the engine and its doors (`src/api`, `src/clock`, `src/calendar`, `src/cli`, `src/wasm`): a request or a computation that cannot be answered.

use super::messages;

messages! {
    list ENGINE;
    AS_OF_OUT_OF_RANGE_HELP() =
        "\"as of\" must be between 1900-01-01 and 2199-12-31";
    BAD_ATTRIBUTE(text) =
        "`{text}` is not KEY=VALUE";
    BAD_ATTRIBUTE_HELP() =
        "write attributes as --attr channel=mail";
    BIGINT_TOO_LARGE(path, text) =
        "`{path}` is a bigint too large for a number ({text})";
    BUSINESS_INDEX_INCONSISTENT() =
        "business-time index inconsistent";
    BUSINESS_TIME_NEEDS_CALENDAR() =
        "counting business time needs a calendar";
    CANNOT_HAND_TO_JS() =
        "cannot hand the result to JavaScript";
    CANNOT_SERIALIZE(error) =
        "cannot serialize the result: {error}";
    DEADLINE_NEEDS_CALENDAR(unit) =
        "a deadline in {unit} needs a calendar";
    DURATION_LONGER_THAN_100_YEARS(duration) =
        "{duration} is longer than 100 years";
    DURATION_TOO_LONG_SUPPORTED_HELP() =
        "durations above 100 years are not supported";
    EXPLAIN_CASE_NOT_JSON(error) =
        "the case is not valid JSON: {error}";
    INVALID_JS_DATE(path) =
        "`{path}` is an invalid Date";
    INVALID_TIME_FIELD(field) =
        "`{field}` is not a valid time";
    INVALID_TIME_VALUE(field, value) =
        "`{field}` is not a valid time ({value})";
    INVALID_UTF8(line, column) =
        "the file is not valid UTF-8 (first bad byte at line {line}, column {column})";
    INVALID_UTF8_HELP() =
        "save the file as UTF-8 (most editors offer “UTF-8” in “Save as…”)";
    KNOWN_CALENDARS_HELP(known) =
        "the calendars are: {known}";
    KNOWN_STANDARDS_HELP(known) =
        "the standards are: {known}";
    NEGATIVE_AMOUNT(amount) =
        "cannot add {amount}: the amount must not be negative";
    NESTED_TOO_DEEP(path, max_depth) =
        "`{path}` is nested more than {max_depth} levels deep (a cycle?)";
    NOT_APPLICABLE_ATTRIBUTES_HELP(attributes) =
        "it reads the attributes: {attributes}";
    NOT_APPLICABLE_TO_ANY_HELP() =
        "it applies to every case: check the start event";
    NOT_APPLICABLE_TO_CASE(standard) =
        "standard \"{standard}\" does not apply to a case with these attributes on that date";
    NOT_A_WHOLE_NUMBER(field, found) =
        "expected `{field}` to be a whole number such as 2025, found {found}";
    NOT_IN_FORCE(standard, day) =
        "no version of standard \"{standard}\" is in force on {day}";
    NOT_IN_FORCE_HELP(ranges) =
        "its versions: {ranges}";
    NO_BUSINESS_DAY(name) =
        "calendar \"{name}\" has no business day between 1900-01-01 and 2199-12-31";
    NO_BUSINESS_DAY_HELP() =
        "check the calendar's workdays, holidays and closures";
    NO_SUCH_CALENDAR_NAMED(name) =
        "no calendar \"{name}\"";
    NO_SUCH_STANDARD() =
        "no such standard";
    NO_SUCH_STANDARD_NAMED(id) =
        "no standard \"{id}\"";
    OUT_OF_SUPPORTED_DATES(what) =
        "{what} is outside the supported dates 1900-01-01 to 2199-12-31";
    RESULT_AFTER_LAST_DATE() =
        "the result falls after 2199-12-31, the last supported date";
    RESUME_BEFORE_PAUSE(resume_event, resume_at, pause_event, pause_at) =
        "the resume event \"{resume_event}\" at {resume_at} comes before the pause event \"{pause_event}\" at {pause_at}";
    RESUME_BEFORE_PAUSE_HELP(pause_event, resume_event) =
        "a pause runs from \"{pause_event}\" to the next \"{resume_event}\": check the order of the events of this case (read as written, the pause would last until the stop)";
    RULES_FORMAT_VERSION(format, version) =
        "compiled rules are in format {format}, this delai reads format {version}";
    RULES_FORMAT_VERSION_HELP() =
        "compile the rules again with this version of delai";
    RULES_MISSING_CALENDAR() =
        "compiled rules refer to a calendar that is not in the file";
    RULES_NOT_COMPILED(error) =
        "not compiled delai rules: {error}";
    RULES_NOT_COMPILED_HELP() =
        "produce the file with `delai compile RULES -o rules.json`";
    RULES_STANDARD_WITHOUT_WITHIN(id) =
        "standard \"{id}\" has no `within`";
    START_REQUIRED() =
        "`start` is required: when the request was received";
    START_REQUIRED_HELP() =
        "pass {{ start: \"2025-06-20 10:00\" }} or {{ start: new Date() }}";
    STOP_BEFORE_START(stop_event, stop_at, start_event, start_at) =
        "the stop event \"{stop_event}\" at {stop_at} comes before the start event \"{start_event}\" at {start_at}";
    STOP_BEFORE_START_HELP() =
        "check the order of the events of this case";
    SUPPORTED_DATES_HELP() =
        "delai computes dates between 1900-01-01 and 2199-12-31";
    TIME_NOT_IN_ZONE(time, zone) =
        "cannot read {time} in {zone}";
    TOO_MANY_EVENTS(events, max_events) =
        "this case has {events} events; at most {max_events} are judged";
    TOO_MANY_EVENTS_HELP() =
        "check the export: a case normally has a few events";
    UNIT_NOT_BACKWARD(unit) =
        "{unit} cannot be counted backward";
    UNKNOWN_LANGUAGE(tag) =
        "unknown language \"{tag}\"";
    UNKNOWN_LANGUAGE_HELP() =
        "use \"en\" or \"fr\"";
    UNKNOWN_PERIOD(text) =
        "unknown period \"{text}\"";
    UNKNOWN_PERIOD_HELP() =
        "use \"month\", \"quarter\", \"fiscal-quarter\" or \"year\"";
    UNREADABLE_CASES(error) =
        "cannot read the cases: {error}";
    UNREADABLE_FILE(path, error) =
        "cannot read {path}: {error}";
    UNREADABLE_FILE_HELP() =
        "check the path and the file's permissions";
    UNREADABLE_OPTION(name) =
        "cannot read the option `{name}`";
    UNREADABLE_TIME(text) =
        "cannot read the time \"{text}\"";
    UNREADABLE_TIME_HELP() =
        "write RFC 3339 (2025-06-20T10:00:00-04:00) or local time (2025-06-20 10:00)";
}
