//! Messages of the checker (`src/check`): a rules file that parses but says something wrong or useless.

use super::messages;

messages! {
    list RULES;
    CLOSURE_ENDS_BEFORE_START(last, first) =
        "the closure ends on {last}, before it starts on {first}";
    CLOSURE_ENDS_BEFORE_START_HELP() =
        "write the first day after `from` and the last day after `to`";
    CLOSURE_ENDS_BEFORE_START_LABEL() =
        "before the first day";
    CLOSURE_ENDS_BEFORE_START_NOTE() =
        "first day";
    CLOSURE_LENGTH_UNIT(unit) =
        "a closure lasts whole days, not {unit}";
    CLOSURE_LENGTH_UNIT_HELP() =
        "write the length in days or weeks, e.g. `for 2 weeks`";
    CLOSURE_LENGTH_UNIT_LABEL() =
        "not days or weeks";
    CONFLICTING_EXPECTATIONS() =
        "this example expects the standard both to apply and not to apply";
    CONFLICTING_EXPECTATIONS_HELP() =
        "split it into two examples, or remove one of the `expect` lines";
    CONFLICTING_EXPECTATIONS_LABEL_DUE() =
        "a due date needs the standard to apply";
    CONFLICTING_EXPECTATIONS_LABEL_STATUS() =
        "needs the standard to apply";
    CONFLICTING_EXPECTATIONS_NOTE() =
        "expects not applicable";
    CUTOFF_WITHOUT_CALENDAR() =
        "`cutoff` has no effect without a calendar";
    CUTOFF_WITHOUT_CALENDAR_HELP() =
        "a cutoff moves late starts to the next business day; it only applies to delays counted on a calendar (`on \"…\"`)";
    CUTOFF_WITHOUT_CALENDAR_LABEL() =
        "ignored";
    DEADLINE_NEVER_ENDS() =
        "a deadline that moves past every day of the week never ends";
    DEADLINE_NEVER_ENDS_HELP() =
        "name only the weekdays that are holidays by law, e.g. `deadlines move past holidays and sunday`";
    DIFFERENT_ANCHORS(other, anchor) =
        "this line counts back from \"{other}\", another from \"{anchor}\"";
    DIFFERENT_ANCHORS_HELP() =
        "every `at least … before` line of a standard counts back from the same event; write one standard per event";
    DIFFERENT_ANCHORS_LABEL() =
        "a second event";
    DIFFERENT_ANCHORS_NOTE() =
        "the first event";
    DUPLICATE_ATTRIBUTE(key) =
        "attribute `{key}` is set twice";
    DUPLICATE_ATTRIBUTE_HELP() =
        "a case has one value per attribute: keep one of them";
    DUPLICATE_ATTRIBUTE_LABEL() =
        "set again here";
    DUPLICATE_ATTRIBUTE_NOTE() =
        "first set here";
    DUPLICATE_CALENDAR(name) =
        "calendar \"{name}\" is declared twice";
    DUPLICATE_CALENDAR_HELP() =
        "rename one of the calendars, or merge their clauses into one";
    DUPLICATE_CLAUSE(what) =
        "`{what}` is written twice";
    DUPLICATE_CLAUSE_HELP(what) =
        "keep a single `{what}` line: remove or merge the other one";
    DUPLICATE_CLAUSE_LABEL() =
        "written again here";
    DUPLICATE_CLAUSE_NOTE() =
        "first written here";
    DUPLICATE_CLAUSE_NOTE_FIRST_ONE() =
        "first one";
    DUPLICATE_CLOSURE(name) =
        "closure \"{name}\" is declared twice in this calendar";
    DUPLICATE_CLOSURE_HELP() =
        "give each closure its own name, or remove one of the lines";
    DUPLICATE_EXAMPLE(name) =
        "two examples are named \"{name}\"";
    DUPLICATE_EXAMPLE_HELP() =
        "give each example its own name so a failing test is easy to find";
    DUPLICATE_EXAMPLE_LABEL() =
        "same name again";
    DUPLICATE_EXAMPLE_NOTE() =
        "first example with this name";
    DUPLICATE_HOLIDAY(name) =
        "holiday \"{name}\" is declared twice in this calendar";
    DUPLICATE_HOLIDAY_HELP() =
        "give each holiday its own name, or remove one of the lines";
    DUPLICATE_OPENING(name) =
        "opening \"{name}\" is declared twice in this calendar";
    DUPLICATE_OPENING_DATE(date) =
        "{date} is opened twice in this calendar";
    DUPLICATE_OPENING_HELP() =
        "give each opening its own name, or remove one of the lines";
    DUPLICATE_OPENING_HELP_KEEP_ONE_OPEN() =
        "keep one `open` line per date";
    DUPLICATE_OPENING_LABEL() =
        "declared again here";
    DUPLICATE_OPENING_LABEL_OPENED_AGAIN_HERE() =
        "opened again here";
    DUPLICATE_OPENING_NOTE_FIRST_OPENED_HERE() =
        "first opened here";
    DUPLICATE_SUBSTITUTE(weekday) =
        "a holiday on a {weekday} is moved twice";
    DUPLICATE_SUBSTITUTE_HELP() =
        "a holiday moves to one day only: keep one `if … then …` per weekday, e.g. `if saturday then friday, if sunday then monday`";
    DUPLICATE_SUBSTITUTE_LABEL() =
        "second move";
    DUPLICATE_SUBSTITUTE_NOTE() =
        "first move";
    DUPLICATE_TEXT_CLAUSE(what, lang) =
        "two {what}s in {lang}";
    DUPLICATE_TEXT_CLAUSE_HELP(what) =
        "keep one {what} per language; a {what} without `en` or `fr` is in the language of the block's keyword (`standard` → English, `norme` → French), so tag the other one, e.g. `{what} en \"…\"`";
    DUPLICATE_TEXT_CLAUSE_LABEL(what, lang) =
        "second {what} in {lang}";
    DURATION_TOO_LONG(amount, unit) =
        "{amount} {unit} is more than 100 years";
    DURATION_TOO_LONG_HELP(max_amount, unit) =
        "delai supports durations up to 100 years ({max_amount} {unit})";
    EASTER_OFFSET_TOO_LARGE(offset_days) =
        "{offset_days} days from Easter is too far";
    EASTER_OFFSET_TOO_LARGE_HELP() =
        "a holiday tied to Easter falls within a few weeks of it; for a fixed day write e.g. `december 25`";
    EASTER_OFFSET_TOO_LARGE_LABEL(max_easter_offset) =
        "at most {max_easter_offset} days";
    EFFECTIVE_ENDS_BEFORE_START(until, from) =
        "this version ends on {until}, before it takes effect on {from}";
    EFFECTIVE_ENDS_BEFORE_START_HELP() =
        "write the first day in force after `from` and the last day after `until`";
    EFFECTIVE_ENDS_BEFORE_START_NOTE() =
        "takes effect here";
    EMPTY_LIST() =
        "the list is empty";
    EMPTY_LIST_HELP() =
        "list the values to match, e.g. `channel in [\"mail\", \"email\"]`";
    EMPTY_LIST_LABEL() =
        "never true";
    EMPTY_LIST_LABEL_NEGATED() =
        "always true when the attribute is present";
    EXPRESSION_TOO_DEEP() =
        "this condition is nested too deeply";
    EXPRESSION_TOO_DEEP_HELP() =
        "split the condition, or remove parentheses that are not needed";
    EXPRESSION_TOO_DEEP_LABEL() =
        "too many levels of parentheses";
    EXTENDS_CYCLE(names) =
        "calendars {names} extend each other in a cycle";
    EXTENDS_CYCLE_HELP() =
        "remove one `extends` so the chain ends at a calendar that extends nothing, such as \"quebec\"";
    EXTENDS_CYCLE_ITSELF(name) =
        "calendar \"{name}\" extends itself";
    EXTENDS_CYCLE_LABEL(name, parent) =
        "\"{name}\" extends \"{parent}\"";
    EXTENDS_CYCLE_NOTE(name, parent) =
        "\"{name}\" extends \"{parent}\"";
    EXTENDS_TOO_DEEP(name, max_depth) =
        "calendar \"{name}\" is more than {max_depth} `extends` away from its root";
    EXTENDS_TOO_DEEP_HELP() =
        "extend a calendar nearer the root: each calendar inherits everything from its parent, so long chains are never needed";
    EXTENDS_TOO_DEEP_LABEL() =
        "chain too long";
    FIFTH_WEEKDAY() =
        "a month has a fifth weekday only some years";
    FIFTH_WEEKDAY_HELP() =
        "use `last` for the last such weekday of the month";
    FIFTH_WEEKDAY_LABEL() =
        "missing in most years";
    FIRST_DECLARED_HERE() =
        "first declared here";
    HOURS_END_BEFORE_START() =
        "opening hours end before they start";
    HOURS_END_BEFORE_START_HELP() =
        "write the opening time first, then the closing time, e.g. 08:30-12:00; a range cannot cross midnight (use 24:00 as the end of the day)";
    HOURS_END_BEFORE_START_LABEL() =
        "ends before it starts";
    HOURS_END_BEFORE_START_LABEL_EMPTY() =
        "empty: opens and closes at the same time";
    HOURS_OF_DAY_FROM_DATE() =
        "the hours of a single day cannot change from a date";
    HOURS_OF_DAY_FROM_DATE_HELP() =
        "remove `from …`: `hours … on DAY` already holds for that day only";
    HOURS_OF_DAY_FROM_DATE_LABEL() =
        "one day";
    HOURS_OF_DAY_FROM_DATE_NOTE(date) =
        "in force from {date}";
    HOURS_ON_NON_WORKDAY(weekday) =
        "{weekday} is not a workday: these hours have no effect";
    HOURS_ON_NON_WORKDAY_HELP(weekday) =
        "add {weekday} to `workdays` if the offices open that day, or remove these hours";
    HOURS_ON_NON_WORKDAY_LABEL() =
        "not a workday";
    INVALID_CLOSURE_LENGTH(days) =
        "a closure of {days} days cannot recur every year";
    INVALID_CLOSURE_LENGTH_HELP() =
        "a closure given by a day rule recurs each year: it lasts at least a day and at most a year";
    INVALID_CLOSURE_LENGTH_LABEL(max_rule_closure_days) =
        "from 1 to {max_rule_closure_days} days";
    INVALID_DATE_DAY(month, day) =
        "{month} has no day {day}";
    INVALID_DATE_DAY_OF_YEAR(month, year, day) =
        "{month} {year} has no day {day}";
    INVALID_DATE_FEBRUARY_29() =
        "february 29 does not exist every year";
    INVALID_DATE_HELP() =
        "write a month from january to december";
    INVALID_DATE_HELP_DATES_ARE_WRITTEN() =
        "dates are written YYYY-MM-DD, year first, then month, then day";
    INVALID_DATE_HELP_USE_FEBRUARY_28() =
        "use february 28 or march 1 for a rule that recurs every year";
    INVALID_DATE_HELP_WRITE_A_DAY(max) =
        "write a day from 1 to {max}";
    INVALID_DATE_LABEL() =
        "months are 1 to 12";
    INVALID_DATE_LABEL_HAS_DAYS(name, max) =
        "{name} has {max} days";
    INVALID_DATE_LABEL_MONTHS_ARE_01() =
        "months are 01 to 12";
    INVALID_DATE_LABEL_MONTH_HAS_DAYS(name, year, max) =
        "{name} {year} has {max} days";
    INVALID_DATE_LABEL_NOT_A_LEAP_YEAR(year) =
        "{year} is not a leap year";
    INVALID_DATE_LABEL_ONLY_IN_LEAP() =
        "only in leap years";
    INVALID_DATE_MONTH(month) =
        "there is no month {month}";
    INVALID_DATE_MONTH_NUMBER(month) =
        "there is no month {month}";
    INVALID_OFFSET() =
        "this UTC offset is out of range";
    INVALID_OFFSET_HELP() =
        "offsets are between -23:59 and +23:59, e.g. -04:00 in summer and -05:00 in winter in Quebec";
    INVALID_OFFSET_LABEL() =
        "not a UTC offset";
    INVALID_PERCENTAGE(what, value) =
        "{what} {value}% is not a percentage";
    INVALID_PERCENTAGE_HELP_TARGET() =
        "write the target as the share of cases that must meet the standard, from 0% to 100%, e.g. `target 90%`";
    INVALID_PERCENTAGE_HELP_WARN() =
        "write the share of the allowed time after which a pending case is at risk, from 0% to 100%, e.g. `warn at 75%`";
    INVALID_PERCENTAGE_LABEL() =
        "must be between 0% and 100%";
    INVALID_TIME(why) =
        "invalid time of day: {why}";
    INVALID_TIME_HELP() =
        "times are HH:MM[:SS] on a 24-hour clock, from 00:00 to 23:59:59";
    INVALID_TIME_LABEL() =
        "not a time of day";
    MISSING_CALENDAR() =
        "which calendar should count these days?";
    MISSING_CALENDAR_HELP() =
        "this file declares no calendar; count on the built-in Quebec calendar with `on \"quebec\"`, or declare one";
    MISSING_CALENDAR_HELP_SEVERAL(calendars) =
        "this file declares several calendars, so `on` is required; candidates: {calendars}";
    MISSING_CALENDAR_LABEL() =
        "needs a calendar: add `on \"…\"`";
    MISSING_EXAMPLE_STANDARD(name) =
        "example \"{name}\" does not say which standard it tests";
    MISSING_EXAMPLE_STANDARD_HELP() =
        "add a line `standard \"…\"` naming a standard declared in this file";
    MISSING_EXAMPLE_STANDARD_HELP_KNOWN(standards) =
        "add a line `standard \"…\"` naming one of: {standards}";
    MISSING_EXAMPLE_STANDARD_LABEL() =
        "no `standard` line";
    MISSING_EXPECT(name) =
        "example \"{name}\" expects nothing";
    MISSING_EXPECT_HELP() =
        "add what should happen, e.g. `expect due 2025-07-08 23:59:59` or `expect status met`";
    MISSING_EXPECT_LABEL() =
        "no `expect` line";
    MISSING_OTHERWISE() =
        "cases that match no `when` get no allowed time";
    MISSING_OTHERWISE_HELP() =
        "add a last line `within … otherwise` for the other cases, or narrow `applies when`";
    MISSING_OTHERWISE_LABEL() =
        "every `within` line has a `when`";
    MISSING_START_EVENT(start) =
        "the example has no \"{start}\" event, so the clock never starts";
    MISSING_START_EVENT_HELP(standard, start) =
        "standard \"{standard}\" starts at \"{start}\"";
    MISSING_START_EVENT_HELP_ADD_EVENT_AT(start) =
        "add `event \"{start}\" at YYYY-MM-DD HH:MM`, or expect status not-started";
    MISSING_START_EVENT_LABEL() =
        "the standard starts at this event";
    MISSING_START_EVENT_LABEL_IS_NOT(name, start) =
        "\"{name}\" is not \"{start}\"";
    MISSING_START_EVENT_LABEL_NO_START_EVENT() =
        "no start event";
    MISSING_STOPS_AT(name, anchor) =
        "standard \"{name}\" does not say what must happen before \"{anchor}\"";
    MISSING_STOPS_AT_HELP() =
        "add a line such as `stops at \"notice-published\"` (`s'arrête à \"avis-publié\"`) naming the act that must happen first";
    MISSING_STOPS_AT_LABEL() =
        "no `stops at` line";
    MISSING_TIMEZONE(name) =
        "calendar \"{name}\" has no time zone";
    MISSING_TIMEZONE_HELP() =
        "add a line `timezone \"America/Toronto\"` to the calendar, or write `extends \"quebec\"` to inherit the Quebec calendar";
    MISSING_TIMEZONE_LABEL() =
        "no `timezone` here or in a calendar it extends";
    MISSING_WITHIN(name) =
        "standard \"{name}\" does not say how much time is allowed";
    MISSING_WITHIN_HELP() =
        "add a line such as `within 10 business days on \"quebec\"`";
    MISSING_WITHIN_LABEL() =
        "no `within` line";
    MIXED_DEADLINE_DIRECTIONS() =
        "a standard counts either forward (`within`) or backward (`at least … before`), not both";
    MIXED_DEADLINE_DIRECTIONS_HELP() =
        "split it into two standards: one with `starts at` and `within`, one with `at least … before` and `stops at`";
    MIXED_DEADLINE_DIRECTIONS_LABEL() =
        "counted forward from `starts at`";
    MIXED_DEADLINE_DIRECTIONS_NOTE() =
        "counted backward from a later event";
    MIXED_UNITS(extension_unit, delay_unit) =
        "the extension is in {extension_unit} but the delay is in {delay_unit}";
    MIXED_UNITS_HELP() =
        "extend the delay in the same kind of unit as `within` (days with days, hours with hours), so the new deadline is easy to read";
    MIXED_UNITS_LABEL() =
        "different kind of unit";
    NEGATIVE_DURATION(amount) =
        "a duration cannot be negative ({amount})";
    NEGATIVE_DURATION_HELP() =
        "write the number of units allowed, 0 or more";
    NEGATIVE_DURATION_LABEL() =
        "negative";
    OPEN_ON_CLOSED_DAY(date, by) =
        "{date} is closed by the {by}: opening it has no effect";
    OPEN_ON_CLOSED_DAY_HELP() =
        "a holiday or closure wins over an opening: remove the opening, or the holiday or closure that day";
    OPEN_ON_CLOSED_DAY_LABEL() =
        "still closed";
    OPEN_ON_WORKDAY(date, weekday) =
        "{date} is a {weekday}, already a workday: opening it has no effect";
    OPEN_ON_WORKDAY_HELP() =
        "`open` makes a non-working day a business day, e.g. a Saturday; to change its hours write `hours 08:30-12:00 on DATE`";
    OPEN_ON_WORKDAY_LABEL() =
        "already a business day";
    OVERLAPPING_HOURS() =
        "opening hours overlap";
    OVERLAPPING_HOURS_HELP() =
        "merge the two ranges into one, or make them end before the next starts";
    OVERLAPPING_HOURS_LABEL() =
        "overlaps another range";
    OVERLAPPING_HOURS_NOTE() =
        "this range";
    OVERLAPPING_VERSIONS(standard) =
        "two versions of standard \"{standard}\" are in force at the same time";
    OVERLAPPING_VERSIONS_HELP() =
        "give each version an `effective from … until …` period that does not overlap the others, or rename one of the standards";
    OVERLAPPING_VERSIONS_NOTE(period) =
        "other version: {period}";
    PAUSE_SAME_EVENT(from) =
        "the pause starts and ends at the same event \"{from}\"";
    PAUSE_SAME_EVENT_HELP() =
        "name the event that resumes the clock, e.g. `pauses from \"info-requested\" until \"info-received\"`";
    PAUSE_SAME_EVENT_LABEL() =
        "same event as the pause";
    PAUSE_SAME_EVENT_NOTE() =
        "pause starts here";
    SAME_START_AND_STOP(anchor) =
        "the deadline counts back from \"{anchor}\", which is also the stop event";
    SAME_START_AND_STOP_DEFAULT(start_event) =
        "the clock starts at \"{start_event}\", which is also the default stop event";
    SAME_START_AND_STOP_DEFAULT_HELP(start_event) =
        "name the event that ends the service, e.g. `stops at \"answered\"`; the clock starts at \"{start_event}\"";
    SAME_START_AND_STOP_EVENT(name) =
        "the clock starts and stops at the same event \"{name}\"";
    SAME_START_AND_STOP_EVENT_HELP() =
        "add `stops at \"…\"` naming the event that ends the service";
    SAME_START_AND_STOP_HELP() =
        "`stops at` names what must happen in time, e.g. `stops at \"notice-published\"`";
    SAME_START_AND_STOP_LABEL() =
        "same event as after `before`";
    SAME_START_AND_STOP_LABEL_SAME_AS_THE() =
        "same as the stop event";
    SAME_START_AND_STOP_LABEL_SAME_EVENT_AS() =
        "same event as the start";
    SAME_START_AND_STOP_NOTE() =
        "counted back from here";
    SAME_START_AND_STOP_NOTE_STARTS_HERE() =
        "starts here";
    SHADOWED_BUILTIN(name) =
        "this calendar replaces the built-in calendar \"{name}\"";
    SHADOWED_BUILTIN_HELP(name) =
        "every `on \"{name}\"` in this file now means this calendar; to build on the built-in one, write `calendar \"{name}\" extends \"{name}\"`, or choose another name";
    SHADOWED_BUILTIN_LABEL() =
        "same name as a built-in calendar";
    STARTS_AT_WITH_BEFORE() =
        "a deadline counted before an event has no `starts at`";
    STARTS_AT_WITH_BEFORE_HELP() =
        "remove `starts at` (`débute à`): the event after `before` (`avant`) is where the count begins";
    STARTS_AT_WITH_BEFORE_LABEL() =
        "not used";
    STARTS_AT_WITH_BEFORE_NOTE(anchor) =
        "counts back from \"{anchor}\"";
    TIMEZONE_WITHOUT_DST(text) =
        "time zone \"{text}\" is a fixed offset that never changes for daylight saving time";
    TIMEZONE_WITHOUT_DST_HELP() =
        "Quebec and Ontario observe daylight saving time: use \"America/Toronto\"";
    TIMEZONE_WITHOUT_DST_HELP_USE_THE_IANA() =
        "use the IANA name of a city in the zone, e.g. \"America/Edmonton\" or \"America/Phoenix\"";
    TIMEZONE_WITHOUT_DST_LABEL() =
        "no daylight saving time";
    TOO_LONG_LABEL() =
        "too long";
    TYPE_MISMATCH(op, text) =
        "`{op}` compares numbers, but \"{text}\" is text";
    TYPE_MISMATCH_HELP() =
        "write the number without quotes";
    TYPE_MISMATCH_HELP_COMPARE_TEXT_WITH() =
        "compare text with `=`, `!=`, `in [...]` or `not in [...]`; use `<`, `<=`, `>`, `>=` with numbers only";
    TYPE_MISMATCH_LABEL() =
        "text, not a number";
    TYPE_MISMATCH_NOTE() =
        "numeric comparison";
    UNKNOWN_CALENDAR(name) =
        "unknown calendar \"{name}\"";
    UNKNOWN_CALENDAR_HELP(name, builtins) =
        "declare it with `calendar \"{name}\" {{ … }}`, or use a built-in calendar: {builtins}";
    UNKNOWN_CALENDAR_HELP_KNOWN(declared, builtins) =
        "calendars in this file: {declared}; built in: {builtins}";
    UNKNOWN_CALENDAR_LABEL() =
        "no calendar has this name";
    UNKNOWN_STANDARD(name) =
        "unknown standard \"{name}\"";
    UNKNOWN_STANDARD_HELP() =
        "this file declares no standard; declare it with `standard \"…\" {{ … }}`";
    UNKNOWN_STANDARD_HELP_KNOWN(standards) =
        "standards in this file: {standards}";
    UNKNOWN_STANDARD_LABEL() =
        "no standard has this name";
    UNKNOWN_TIMEZONE(text) =
        "unknown time zone \"{text}\"";
    UNKNOWN_TIMEZONE_HELP() =
        "use an IANA time zone name, Region/City, e.g. \"America/Toronto\" for Quebec";
    UNKNOWN_TIMEZONE_LABEL() =
        "not an IANA time zone name";
    UNKNOWN_WORD(what, word) =
        "unknown {what} `{word}`";
    UNKNOWN_WORD_HELP(what, examples) =
        "write the {what} in English or French, e.g. {examples}";
    UNKNOWN_WORD_LABEL(what) =
        "not a {what}";
    UNREACHABLE_TIER() =
        "this `within` line can never apply";
    UNREACHABLE_TIER_HELP() =
        "put `within … when …` lines first and a single `within` without `when` (or with `otherwise`) last";
    UNREACHABLE_TIER_LABEL() =
        "unreachable";
    UNREACHABLE_TIER_NOTE() =
        "this line already applies to every remaining case";
    UNSUPPORTED_BEFORE_UNIT(unit) =
        "{unit} cannot be counted backward";
    UNSUPPORTED_BEFORE_UNIT_HELP() =
        "count the notice in `hours`, `days` or `business days` (`heures`, `jours`, `jours ouvrables`)";
    UNSUPPORTED_BEFORE_UNIT_LABEL() =
        "counted backward from an event";
    UNSUPPORTED_BEFORE_UNIT_NOTE() =
        "in this line";
    UNSUPPORTED_WITH_BEFORE(what) =
        "`{what}` has no meaning for a deadline counted before an event";
    UNSUPPORTED_WITH_BEFORE_HELP() =
        "remove this line: the notice period is fixed by the later event's day; nothing runs between the two events to pause, extend, cut off or warn about";
    UNSUPPORTED_WITH_BEFORE_LABEL() =
        "not supported with `at least … before`";
    UNSUPPORTED_WITH_BEFORE_NOTE() =
        "counted backward";
    USELESS_OTHERWISE() =
        "`otherwise` on the only `within` line";
    USELESS_OTHERWISE_HELP() =
        "remove `otherwise`: a single `within` line applies to every case";
    USELESS_OTHERWISE_LABEL() =
        "there is no other line";
    USELESS_SUBSTITUTE(weekday) =
        "`if {weekday} then {weekday}` moves nothing";
    USELESS_SUBSTITUTE_HELP() =
        "name the weekday the holiday falls on, then the weekday it moves to, e.g. `if sunday then monday`";
    USELESS_SUBSTITUTE_LABEL() =
        "same weekday twice";
    YEARS_REVERSED(what, from, until) =
        "the {what} starts in {from} but ends in {until}";
    YEARS_REVERSED_HELP() =
        "the first year must not be after the last: swap the years";
    YEARS_REVERSED_LABEL() =
        "before the first year";
    YEARS_REVERSED_NOTE() =
        "first year";
    YEAR_OUT_OF_RANGE(year) =
        "year {year} is outside the supported years";
    YEAR_OUT_OF_RANGE_HELP(min_year, max_year) =
        "write a year from {min_year} to {max_year} (dates are written YYYY-MM-DD)";
    YEAR_OUT_OF_RANGE_LABEL(min_year, max_year) =
        "delai supports {min_year} to {max_year}";
    ZERO_DURATION(unit) =
        "a delay of 0 {unit} is due immediately";
    ZERO_DURATION_HELP() =
        "every case started would be due at its start; write the time actually allowed";
    ZERO_DURATION_LABEL() =
        "zero";
}
