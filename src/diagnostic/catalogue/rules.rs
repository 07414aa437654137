//! Messages of the checker (`src/check`): a rules file that parses but says something wrong or useless.

use super::messages;

messages! {
    list RULES;
    MIXED_DEADLINE_DIRECTIONS() =
        "a standard counts either forward (`within`) or backward (`at least … before`), not both";
    DIFFERENT_ANCHORS(other, anchor) =
        "this line counts back from \"{other}\", another from \"{anchor}\"";
    UNSUPPORTED_BEFORE_UNIT(u) =
        "{u} cannot be counted backward";
    STARTS_AT_WITH_BEFORE() =
        "a deadline counted before an event has no `starts at`";
    UNSUPPORTED_WITH_BEFORE(what) =
        "`{what}` has no meaning for a deadline counted before an event";
    SAME_START_AND_STOP(anchor) =
        "the deadline counts back from \"{anchor}\", which is also the stop event";
    MISSING_STOPS_AT(name, anchor) =
        "standard \"{name}\" does not say what must happen before \"{anchor}\"";
    MIXED_DEADLINE_DIRECTIONS_LABEL() =
        "counted forward from `starts at`";
    DIFFERENT_ANCHORS_LABEL() =
        "a second event";
    UNSUPPORTED_BEFORE_UNIT_LABEL() =
        "counted backward from an event";
    STARTS_AT_WITH_BEFORE_LABEL() =
        "not used";
    UNSUPPORTED_WITH_BEFORE_LABEL() =
        "not supported with `at least … before`";
    SAME_START_AND_STOP_LABEL() =
        "same event as after `before`";
    MISSING_STOPS_AT_LABEL() =
        "no `stops at` line";
    MIXED_DEADLINE_DIRECTIONS_HELP() =
        "split it into two standards: one with `starts at` and `within`, one with `at least … before` and `stops at`";
    DIFFERENT_ANCHORS_HELP() =
        "every `at least … before` line of a standard counts back from the same event; write one standard per event";
    UNSUPPORTED_BEFORE_UNIT_HELP() =
        "count the notice in `hours`, `days` or `business days` (`heures`, `jours`, `jours ouvrables`)";
    STARTS_AT_WITH_BEFORE_HELP() =
        "remove `starts at` (`débute à`): the event after `before` (`avant`) is where the count begins";
    UNSUPPORTED_WITH_BEFORE_HELP() =
        "remove this line: the notice period is fixed by the later event's day; nothing runs between the two events to pause, extend, cut off or warn about";
    SAME_START_AND_STOP_HELP() =
        "`stops at` names what must happen in time, e.g. `stops at \"notice-published\"`";
    MISSING_STOPS_AT_HELP() =
        "add a line such as `stops at \"notice-published\"` (`s'arrête à \"avis-publié\"`) naming the act that must happen first";
    MIXED_DEADLINE_DIRECTIONS_NOTE() =
        "counted backward from a later event";
    DIFFERENT_ANCHORS_NOTE() =
        "the first event";
    UNSUPPORTED_BEFORE_UNIT_NOTE() =
        "in this line";
    STARTS_AT_WITH_BEFORE_NOTE(anchor) =
        "counts back from \"{anchor}\"";
    UNSUPPORTED_WITH_BEFORE_NOTE() =
        "counted backward";
    SAME_START_AND_STOP_NOTE() =
        "counted back from here";
    TIMEZONE_WITHOUT_DST(text) =
        "time zone \"{text}\" is a fixed offset that never changes for daylight saving time";
    UNKNOWN_TIMEZONE(text) =
        "unknown time zone \"{text}\"";
    HOURS_END_BEFORE_START() =
        "opening hours end before they start";
    OVERLAPPING_HOURS() =
        "opening hours overlap";
    FIFTH_WEEKDAY() =
        "a month has a fifth weekday only some years";
    EASTER_OFFSET_TOO_LARGE(offset_days) =
        "{offset_days} days from Easter is too far";
    DUPLICATE_SUBSTITUTE(weekday_name) =
        "a holiday on a {weekday_name} is moved twice";
    USELESS_SUBSTITUTE(weekday_name) =
        "`if {weekday_name} then {weekday_name}` moves nothing";
    CLOSURE_ENDS_BEFORE_START(t, f) =
        "the closure ends on {t}, before it starts on {f}";
    CLOSURE_LENGTH_UNIT(other) =
        "a closure lasts whole days, not {other}";
    INVALID_CLOSURE_LENGTH(days) =
        "a closure of {days} days cannot recur every year";
    YEARS_REVERSED(what, f, u) =
        "the {what} starts in {f} but ends in {u}";
    DUPLICATE_OPENING(name) =
        "opening \"{name}\" is declared twice in this calendar";
    DUPLICATE_OPENING_IS_OPENED_TWICE(d) =
        "{d} is opened twice in this calendar";
    DEADLINE_NEVER_ENDS() =
        "a deadline that moves past every day of the week never ends";
    HOURS_OF_DAY_FROM_DATE() =
        "the hours of a single day cannot change from a date";
    DUPLICATE_HOLIDAY(name) =
        "holiday \"{name}\" is declared twice in this calendar";
    DUPLICATE_CLOSURE(name) =
        "closure \"{name}\" is declared twice in this calendar";
    TIMEZONE_WITHOUT_DST_LABEL() =
        "no daylight saving time";
    UNKNOWN_TIMEZONE_LABEL() =
        "not an IANA time zone name";
    OVERLAPPING_HOURS_LABEL() =
        "overlaps another range";
    FIFTH_WEEKDAY_LABEL() =
        "missing in most years";
    EASTER_OFFSET_TOO_LARGE_LABEL(max_easter_offset) =
        "at most {max_easter_offset} days";
    DUPLICATE_SUBSTITUTE_LABEL() =
        "second move";
    USELESS_SUBSTITUTE_LABEL() =
        "same weekday twice";
    CLOSURE_ENDS_BEFORE_START_LABEL() =
        "before the first day";
    CLOSURE_LENGTH_UNIT_LABEL() =
        "not days or weeks";
    INVALID_CLOSURE_LENGTH_LABEL(max_rule_closure_days) =
        "from 1 to {max_rule_closure_days} days";
    YEARS_REVERSED_LABEL() =
        "before the first year";
    DUPLICATE_OPENING_LABEL() =
        "declared again here";
    DUPLICATE_OPENING_LABEL_OPENED_AGAIN_HERE() =
        "opened again here";
    HOURS_OF_DAY_FROM_DATE_LABEL() =
        "one day";
    TIMEZONE_WITHOUT_DST_HELP() =
        "Quebec and Ontario observe daylight saving time: use \"America/Toronto\"";
    TIMEZONE_WITHOUT_DST_HELP_USE_THE_IANA() =
        "use the IANA name of a city in the zone, e.g. \"America/Edmonton\" or \"America/Phoenix\"";
    UNKNOWN_TIMEZONE_HELP() =
        "use an IANA time zone name, Region/City, e.g. \"America/Toronto\" for Quebec";
    HOURS_END_BEFORE_START_HELP() =
        "write the opening time first, then the closing time, e.g. 08:30-12:00; a range cannot cross midnight (use 24:00 as the end of the day)";
    OVERLAPPING_HOURS_HELP() =
        "merge the two ranges into one, or make them end before the next starts";
    FIFTH_WEEKDAY_HELP() =
        "use `last` for the last such weekday of the month";
    EASTER_OFFSET_TOO_LARGE_HELP() =
        "a holiday tied to Easter falls within a few weeks of it; for a fixed day write e.g. `december 25`";
    DUPLICATE_SUBSTITUTE_HELP() =
        "a holiday moves to one day only: keep one `if … then …` per weekday, e.g. `if saturday then friday, if sunday then monday`";
    USELESS_SUBSTITUTE_HELP() =
        "name the weekday the holiday falls on, then the weekday it moves to, e.g. `if sunday then monday`";
    CLOSURE_ENDS_BEFORE_START_HELP() =
        "write the first day after `from` and the last day after `to`";
    CLOSURE_LENGTH_UNIT_HELP() =
        "write the length in days or weeks, e.g. `for 2 weeks`";
    INVALID_CLOSURE_LENGTH_HELP() =
        "a closure given by a day rule recurs each year: it lasts at least a day and at most a year";
    YEARS_REVERSED_HELP() =
        "the first year must not be after the last: swap the years";
    DUPLICATE_OPENING_HELP() =
        "give each opening its own name, or remove one of the lines";
    DUPLICATE_OPENING_HELP_KEEP_ONE_OPEN() =
        "keep one `open` line per date";
    DEADLINE_NEVER_ENDS_HELP() =
        "name only the weekdays that are holidays by law, e.g. `deadlines move past holidays and sunday`";
    HOURS_OF_DAY_FROM_DATE_HELP() =
        "remove `from …`: `hours … on DAY` already holds for that day only";
    DUPLICATE_HOLIDAY_HELP() =
        "give each holiday its own name, or remove one of the lines";
    DUPLICATE_CLOSURE_HELP() =
        "give each closure its own name, or remove one of the lines";
    OVERLAPPING_HOURS_NOTE() =
        "this range";
    DUPLICATE_SUBSTITUTE_NOTE() =
        "first move";
    CLOSURE_ENDS_BEFORE_START_NOTE() =
        "first day";
    YEARS_REVERSED_NOTE() =
        "first year";
    FIRST_DECLARED_HERE() =
        "first declared here";
    DUPLICATE_OPENING_NOTE_FIRST_OPENED_HERE() =
        "first opened here";
    HOURS_OF_DAY_FROM_DATE_NOTE(f) =
        "in force from {f}";
    DUPLICATE_CALENDAR(name) =
        "calendar \"{name}\" is declared twice";
    SHADOWED_BUILTIN(name) =
        "this calendar replaces the built-in calendar \"{name}\"";
    EXTENDS_TOO_DEEP(decls, max_extends_depth) =
        "calendar \"{decls}\" is more than {max_extends_depth} `extends` away from its root";
    SHADOWED_BUILTIN_LABEL() =
        "same name as a built-in calendar";
    EXTENDS_TOO_DEEP_LABEL() =
        "chain too long";
    EXTENDS_CYCLE_LABEL(name, decl) =
        "\"{name}\" extends \"{decl}\"";
    DUPLICATE_CALENDAR_HELP() =
        "rename one of the calendars, or merge their clauses into one";
    SHADOWED_BUILTIN_HELP(name) =
        "every `on \"{name}\"` in this file now means this calendar; to build on the built-in one, write `calendar \"{name}\" extends \"{name}\"`, or choose another name";
    EXTENDS_TOO_DEEP_HELP() =
        "extend a calendar nearer the root: each calendar inherits everything from its parent, so long chains are never needed";
    EXTENDS_CYCLE_HELP() =
        "remove one `extends` so the chain ends at a calendar that extends nothing, such as \"quebec\"";
    EXTENDS_CYCLE_NOTE(decls, e) =
        "\"{decls}\" extends \"{e}\"";
    DUPLICATE_CLAUSE(what) =
        "`{what}` is written twice";
    MISSING_TIMEZONE(name) =
        "calendar \"{name}\" has no time zone";
    HOURS_ON_NON_WORKDAY(weekday_name) =
        "{weekday_name} is not a workday: these hours have no effect";
    OPEN_ON_CLOSED_DAY(d, by) =
        "{d} is closed by the {by}: opening it has no effect";
    OPEN_ON_WORKDAY(d, day) =
        "{d} is a {day}, already a workday: opening it has no effect";
    DUPLICATE_CLAUSE_LABEL() =
        "written again here";
    MISSING_TIMEZONE_LABEL() =
        "no `timezone` here or in a calendar it extends";
    HOURS_ON_NON_WORKDAY_LABEL() =
        "not a workday";
    OPEN_ON_CLOSED_DAY_LABEL() =
        "still closed";
    OPEN_ON_WORKDAY_LABEL() =
        "already a business day";
    DUPLICATE_CLAUSE_HELP(what) =
        "keep a single `{what}` line: remove or merge the other one";
    MISSING_TIMEZONE_HELP() =
        "add a line `timezone \"America/Toronto\"` to the calendar, or write `extends \"quebec\"` to inherit the Quebec calendar";
    HOURS_ON_NON_WORKDAY_HELP(weekday_name) =
        "add {weekday_name} to `workdays` if the offices open that day, or remove these hours";
    OPEN_ON_CLOSED_DAY_HELP() =
        "a holiday or closure wins over an opening: remove the opening, or the holiday or closure that day";
    OPEN_ON_WORKDAY_HELP() =
        "`open` makes a non-working day a business day, e.g. a Saturday; to change its hours write `hours 08:30-12:00 on DATE`";
    DUPLICATE_CLAUSE_NOTE() =
        "first written here";
    UNKNOWN_CALENDAR(name) =
        "unknown calendar \"{name}\"";
    UNKNOWN_CALENDAR_LABEL() =
        "no calendar has this name";
    UNKNOWN_CALENDAR_HELP(name, quoted_list) =
        "declare it with `calendar \"{name}\" {{ … }}`, or use a built-in calendar: {quoted_list}";
    UNKNOWN_CALENDAR_HELP_CALENDARS_IN_THIS(quoted_list, quoted_list2) =
        "calendars in this file: {quoted_list}; built in: {quoted_list2}";
    DUPLICATE_EXAMPLE(name) =
        "two examples are named \"{name}\"";
    INVALID_OFFSET() =
        "this UTC offset is out of range";
    DUPLICATE_ATTRIBUTE(key) =
        "attribute `{key}` is set twice";
    CONFLICTING_EXPECTATIONS() =
        "this example expects the standard both to apply and not to apply";
    MISSING_EXPECT(name) =
        "example \"{name}\" expects nothing";
    MISSING_EXAMPLE_STANDARD(name) =
        "example \"{name}\" does not say which standard it tests";
    UNKNOWN_STANDARD(std_name) =
        "unknown standard \"{std_name}\"";
    MISSING_START_EVENT(start) =
        "the example has no \"{start}\" event, so the clock never starts";
    DUPLICATE_EXAMPLE_LABEL() =
        "same name again";
    INVALID_OFFSET_LABEL() =
        "not a UTC offset";
    DUPLICATE_ATTRIBUTE_LABEL() =
        "set again here";
    MISSING_EXPECT_LABEL() =
        "no `expect` line";
    MISSING_EXAMPLE_STANDARD_LABEL() =
        "no `standard` line";
    UNKNOWN_STANDARD_LABEL() =
        "no standard has this name";
    MISSING_START_EVENT_LABEL() =
        "the standard starts at this event";
    MISSING_START_EVENT_LABEL_IS_NOT(name, start) =
        "\"{name}\" is not \"{start}\"";
    MISSING_START_EVENT_LABEL_NO_START_EVENT() =
        "no start event";
    DUPLICATE_EXAMPLE_HELP() =
        "give each example its own name so a failing test is easy to find";
    INVALID_OFFSET_HELP() =
        "offsets are between -23:59 and +23:59, e.g. -04:00 in summer and -05:00 in winter in Quebec";
    DUPLICATE_ATTRIBUTE_HELP() =
        "a case has one value per attribute: keep one of them";
    CONFLICTING_EXPECTATIONS_HELP() =
        "split it into two examples, or remove one of the `expect` lines";
    MISSING_EXPECT_HELP() =
        "add what should happen, e.g. `expect due 2025-07-08 23:59:59` or `expect status met`";
    MISSING_EXAMPLE_STANDARD_HELP() =
        "add a line `standard \"…\"` naming a standard declared in this file";
    MISSING_EXAMPLE_STANDARD_HELP_ADD_A_LINE(index) =
        "add a line `standard \"…\"` naming one of: {index}";
    UNKNOWN_STANDARD_HELP() =
        "this file declares no standard; declare it with `standard \"…\" {{ … }}`";
    UNKNOWN_STANDARD_HELP_STANDARDS_IN_THIS(index) =
        "standards in this file: {index}";
    MISSING_START_EVENT_HELP(std_name, start) =
        "standard \"{std_name}\" starts at \"{start}\"";
    MISSING_START_EVENT_HELP_ADD_EVENT_AT(start) =
        "add `event \"{start}\" at YYYY-MM-DD HH:MM`, or expect status not-started";
    DUPLICATE_EXAMPLE_NOTE() =
        "first example with this name";
    DUPLICATE_ATTRIBUTE_NOTE() =
        "first set here";
    CONFLICTING_EXPECTATIONS_NOTE() =
        "expects not applicable";
    EXPRESSION_TOO_DEEP() =
        "this condition is nested too deeply";
    TYPE_MISMATCH(op, text) =
        "`{op}` compares numbers, but \"{text}\" is text";
    EMPTY_LIST() =
        "the list is empty";
    EXPRESSION_TOO_DEEP_LABEL() =
        "too many levels of parentheses";
    TYPE_MISMATCH_LABEL() =
        "text, not a number";
    EXPRESSION_TOO_DEEP_HELP() =
        "split the condition, or remove parentheses that are not needed";
    TYPE_MISMATCH_HELP() =
        "write the number without quotes";
    TYPE_MISMATCH_HELP_COMPARE_TEXT_WITH() =
        "compare text with `=`, `!=`, `in [...]` or `not in [...]`; use `<`, `<=`, `>`, `>=` with numbers only";
    EMPTY_LIST_HELP() =
        "list the values to match, e.g. `channel in [\"mail\", \"email\"]`";
    TYPE_MISMATCH_NOTE() =
        "numeric comparison";
    DUPLICATE_CLAUSE_TWO_S_IN(what, lang) =
        "two {what}s in {lang}";
    SAME_START_AND_STOP_THE_CLOCK_STARTS(name) =
        "the clock starts and stops at the same event \"{name}\"";
    PAUSE_SAME_EVENT(from) =
        "the pause starts and ends at the same event \"{from}\"";
    EFFECTIVE_ENDS_BEFORE_START(u, f) =
        "this version ends on {u}, before it takes effect on {f}";
    SAME_START_AND_STOP_THE_CLOCK_STARTS_2(start_event) =
        "the clock starts at \"{start_event}\", which is also the default stop event";
    MIXED_UNITS(u, first) =
        "the extension is in {u} but the delay is in {first}";
    CUTOFF_WITHOUT_CALENDAR() =
        "`cutoff` has no effect without a calendar";
    MISSING_WITHIN(name) =
        "standard \"{name}\" does not say how much time is allowed";
    USELESS_OTHERWISE() =
        "`otherwise` on the only `within` line";
    UNREACHABLE_TIER() =
        "this `within` line can never apply";
    MISSING_OTHERWISE() =
        "cases that match no `when` get no allowed time";
    MISSING_CALENDAR() =
        "which calendar should count these days?";
    OVERLAPPING_VERSIONS(standard) =
        "two versions of standard \"{standard}\" are in force at the same time";
    DUPLICATE_CLAUSE_LABEL_SECOND_IN(what, lang) =
        "second {what} in {lang}";
    SAME_START_AND_STOP_LABEL_SAME_EVENT_AS() =
        "same event as the start";
    PAUSE_SAME_EVENT_LABEL() =
        "same event as the pause";
    SAME_START_AND_STOP_LABEL_SAME_AS_THE() =
        "same as the stop event";
    MIXED_UNITS_LABEL() =
        "different kind of unit";
    CUTOFF_WITHOUT_CALENDAR_LABEL() =
        "ignored";
    MISSING_WITHIN_LABEL() =
        "no `within` line";
    USELESS_OTHERWISE_LABEL() =
        "there is no other line";
    UNREACHABLE_TIER_LABEL() =
        "unreachable";
    MISSING_OTHERWISE_LABEL() =
        "every `within` line has a `when`";
    MISSING_CALENDAR_LABEL() =
        "needs a calendar: add `on \"…\"`";
    DUPLICATE_CLAUSE_HELP_KEEP_ONE_PER(what) =
        "keep one {what} per language; a {what} without `en` or `fr` is in the language of the block's keyword (`standard` → English, `norme` → French), so tag the other one, e.g. `{what} en \"…\"`";
    SAME_START_AND_STOP_HELP_NAME_THE_EVENT(start_event) =
        "name the event that ends the service, e.g. `stops at \"answered\"`; the clock starts at \"{start_event}\"";
    PAUSE_SAME_EVENT_HELP() =
        "name the event that resumes the clock, e.g. `pauses from \"info-requested\" until \"info-received\"`";
    EFFECTIVE_ENDS_BEFORE_START_HELP() =
        "write the first day in force after `from` and the last day after `until`";
    SAME_START_AND_STOP_HELP_ADD_STOPS_AT() =
        "add `stops at \"…\"` naming the event that ends the service";
    MIXED_UNITS_HELP() =
        "extend the delay in the same kind of unit as `within` (days with days, hours with hours), so the new deadline is easy to read";
    CUTOFF_WITHOUT_CALENDAR_HELP() =
        "a cutoff moves late starts to the next business day; it only applies to delays counted on a calendar (`on \"…\"`)";
    MISSING_WITHIN_HELP() =
        "add a line such as `within 10 business days on \"quebec\"`";
    USELESS_OTHERWISE_HELP() =
        "remove `otherwise`: a single `within` line applies to every case";
    UNREACHABLE_TIER_HELP() =
        "put `within … when …` lines first and a single `within` without `when` (or with `otherwise`) last";
    MISSING_OTHERWISE_HELP() =
        "add a last line `within … otherwise` for the other cases, or narrow `applies when`";
    MISSING_CALENDAR_HELP() =
        "this file declares no calendar; count on the built-in Quebec calendar with `on \"quebec\"`, or declare one";
    MISSING_CALENDAR_HELP_THIS_FILE_DECLARES(quoted_list) =
        "this file declares several calendars, so `on` is required; candidates: {quoted_list}";
    OVERLAPPING_VERSIONS_HELP() =
        "give each version an `effective from … until …` period that does not overlap the others, or rename one of the standards";
    DUPLICATE_CLAUSE_NOTE_FIRST_ONE() =
        "first one";
    SAME_START_AND_STOP_NOTE_STARTS_HERE() =
        "starts here";
    PAUSE_SAME_EVENT_NOTE() =
        "pause starts here";
    EFFECTIVE_ENDS_BEFORE_START_NOTE() =
        "takes effect here";
    UNREACHABLE_TIER_NOTE() =
        "this line already applies to every remaining case";
    OVERLAPPING_VERSIONS_NOTE(arg) =
        "other version: {arg}";
    UNKNOWN_WORD(what, text) =
        "unknown {what} `{text}`";
    INVALID_DATE(m) =
        "there is no month {m}";
    INVALID_DATE_HAS_NO_DAY(name, day) =
        "{name} has no day {day}";
    INVALID_DATE_FEBRUARY_29_DOES() =
        "february 29 does not exist every year";
    YEAR_OUT_OF_RANGE(year) =
        "year {year} is outside the supported years";
    INVALID_DATE_THERE_IS_NO(month) =
        "there is no month {month}";
    INVALID_DATE_HAS_NO_DAY_2(name, year, day) =
        "{name} {year} has no day {day}";
    INVALID_TIME(why) =
        "invalid time of day: {why}";
    NEGATIVE_DURATION(n) =
        "a duration cannot be negative ({n})";
    DURATION_TOO_LONG(n, unit) =
        "{n} {unit} is more than 100 years";
    ZERO_DURATION(unit) =
        "a delay of 0 {unit} is due immediately";
    INVALID_PERCENTAGE(what, shortest) =
        "{what} {shortest}% is not a percentage";
    UNKNOWN_WORD_LABEL(what) =
        "not a {what}";
    INVALID_DATE_LABEL() =
        "months are 1 to 12";
    INVALID_DATE_LABEL_HAS_DAYS(name, max) =
        "{name} has {max} days";
    INVALID_DATE_LABEL_ONLY_IN_LEAP() =
        "only in leap years";
    YEAR_OUT_OF_RANGE_LABEL(min_year, max_year) =
        "delai supports {min_year} to {max_year}";
    INVALID_DATE_LABEL_MONTHS_ARE_01() =
        "months are 01 to 12";
    INVALID_TIME_LABEL() =
        "not a time of day";
    NEGATIVE_DURATION_LABEL() =
        "negative";
    TOO_LONG_LABEL() =
        "too long";
    ZERO_DURATION_LABEL() =
        "zero";
    INVALID_PERCENTAGE_LABEL() =
        "must be between 0% and 100%";
    UNKNOWN_WORD_HELP(what, examples) =
        "write the {what} in English or French, e.g. {examples}";
    INVALID_DATE_HELP() =
        "write a month from january to december";
    INVALID_DATE_HELP_WRITE_A_DAY(max) =
        "write a day from 1 to {max}";
    INVALID_DATE_HELP_USE_FEBRUARY_28() =
        "use february 28 or march 1 for a rule that recurs every year";
    YEAR_OUT_OF_RANGE_HELP(min_year, max_year) =
        "write a year from {min_year} to {max_year} (dates are written YYYY-MM-DD)";
    INVALID_DATE_HELP_DATES_ARE_WRITTEN() =
        "dates are written YYYY-MM-DD, year first, then month, then day";
    INVALID_TIME_HELP() =
        "times are HH:MM[:SS] on a 24-hour clock, from 00:00 to 23:59:59";
    NEGATIVE_DURATION_HELP() =
        "write the number of units allowed, 0 or more";
    DURATION_TOO_LONG_HELP(max_amount, unit) =
        "delai supports durations up to 100 years ({max_amount} {unit})";
    ZERO_DURATION_HELP() =
        "every case started would be due at its start; write the time actually allowed";
    INVALID_DATE_LABEL_NOT_A_LEAP_YEAR(year) =
        "{year} is not a leap year";
    INVALID_DATE_LABEL_MONTH_HAS_DAYS(name, year, max) =
        "{name} {year} has {max} days";
    INVALID_PERCENTAGE_HELP_TARGET() =
        "write the target as the share of cases that must meet the standard, from 0% to 100%, e.g. `target 90%`";
    INVALID_PERCENTAGE_HELP_WARN() =
        "write the share of the allowed time after which a pending case is at risk, from 0% to 100%, e.g. `warn at 75%`";
    EMPTY_LIST_LABEL_NEGATED() =
        "always true when the attribute is present";
    EMPTY_LIST_LABEL() =
        "never true";
    CONFLICTING_EXPECTATIONS_LABEL_STATUS() =
        "needs the standard to apply";
    CONFLICTING_EXPECTATIONS_LABEL_DUE() =
        "a due date needs the standard to apply";
    HOURS_END_BEFORE_START_LABEL_EMPTY() =
        "empty: opens and closes at the same time";
    HOURS_END_BEFORE_START_LABEL() =
        "ends before it starts";
    EXTENDS_CYCLE_ITSELF(name) =
        "calendar \"{name}\" extends itself";
    EXTENDS_CYCLE(names) =
        "calendars {names} extend each other in a cycle";
}
