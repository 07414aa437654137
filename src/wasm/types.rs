//! TypeScript declarations of every record crossing the door, written by
//! hand so that the generated `.d.ts` says exactly what JavaScript gets.
//! Field names are those of the JSON output of the command line.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `{ asOf }`, optional.
    #[wasm_bindgen(typescript_type = "AsOfOptions")]
    pub type AsOfOptions;
    /// `{ asOf, epoch, delimiter, map }`, optional.
    #[wasm_bindgen(typescript_type = "CaseOptions")]
    pub type CaseOptions;
    /// `{ asOf, lang }` and the read options, optional.
    #[wasm_bindgen(typescript_type = "ExplainOptions")]
    pub type ExplainOptions;
    /// `{ asOf, by }`, optional.
    #[wasm_bindgen(typescript_type = "ReportOptions")]
    pub type ReportOptions;
    /// `{ lang }`, optional.
    #[wasm_bindgen(typescript_type = "FormatOptions")]
    pub type FormatOptions;
    /// `{ lang }`: the language of the messages, optional.
    #[wasm_bindgen(typescript_type = "LangOptions")]
    pub type LangOptions;
    /// `{ lang, files }`: messages' language, and the texts of the files
    /// a rules text uses (`use "…"`), by path; both optional.
    #[wasm_bindgen(typescript_type = "SourceOptions")]
    pub type SourceOptions;
    /// `{ asOf, lang }`, optional.
    #[wasm_bindgen(typescript_type = "ExamplesOptions")]
    pub type ExamplesOptions;
}

#[wasm_bindgen(typescript_custom_section)]
const TS_RECORDS: &'static str = r#"
/** An attribute value: numbers stay numbers. */
export type AttributeValue = string | number | boolean;

/** A time: RFC 3339 with an offset, local `YYYY-MM-DD HH:MM[:SS]` (read in
 * the calendar's zone), a `Date`, or epoch milliseconds where noted. */
export type TimeInput = string | Date;

export type Unit =
  | "business-days" | "days" | "weeks" | "months"
  | "hours" | "minutes" | "seconds"
  | "business-hours" | "business-minutes";

export type Status =
  | "met" | "breached" | "pending" | "at-risk" | "paused"
  | "not-started" | "not-applicable";

/** The stable code of a diagnostic (machine output: it never changes once
 * released; new codes may be added). */
export type DiagnosticCode =
  | "alternative-with-range" | "alternative-with-thresholds"
  | "bad-attribute" | "bad-csv" | "bad-json" | "bad-option"
  | "bad-rules-format" | "bad-time" | "closure-ends-before-start"
  | "closure-length-unit" | "conflicting-expectations"
  | "cutoff-without-calendar" | "date-out-of-range" | "deadline-never-ends"
  | "different-anchors" | "document-too-large" | "duplicate-attribute"
  | "duplicate-calendar" | "duplicate-clause" | "duplicate-closure"
  | "duplicate-example" | "duplicate-holiday" | "duplicate-id"
  | "duplicate-opening" | "duplicate-start-event" | "duplicate-stop-event" | "duplicate-substitute"
  | "duration-too-long"
  | "easter-offset-too-large" | "effective-ends-before-start" | "empty-list"
  | "expression-too-deep" | "extends-cycle" | "extends-too-deep"
  | "fifth-weekday" | "file-too-large" | "hours-end-before-start"
  | "hours-of-day-from-date" | "hours-on-non-workday" | "internal"
  | "internal-error" | "invalid-closure-length" | "invalid-date"
  | "invalid-offset" | "invalid-percentage" | "invalid-time"
  | "invalid-utf8" | "long-row" | "maximum-unit-differs"
  | "maximum-with-range" | "missing-attribute" | "missing-calendar"
  | "missing-example-standard" | "missing-expect" | "missing-field"
  | "missing-id" | "missing-otherwise" | "missing-start-event"
  | "missing-stops-at" | "missing-timezone" | "missing-within"
  | "mixed-deadline-directions" | "mixed-requires-versions" | "mixed-units" | "negative-duration"
  | "no-business-day" | "no-cases" | "no-deadline" | "not-applicable" | "not-text"
  | "number-out-of-range" | "number-too-large" | "open-on-closed-day"
  | "open-on-workday" | "overlapping-hours" | "overlapping-versions"
  | "pause-same-event" | "range-not-increasing" | "record-too-long"
  | "resume-before-pause"
  | "same-alternative" | "same-start-and-stop" | "shadowed-builtin" | "short-row"
  | "starts-at-with-before" | "stop-before-start" | "string-too-long"
  | "syntax-error" | "timezone-without-dst" | "too-complex" | "too-deep"
  | "too-many-errors" | "too-many-events" | "too-many-items"
  | "type-mismatch" | "unknown-attribute" | "unknown-calendar"
  | "unknown-column" | "unknown-event" | "unknown-month"
  | "unknown-placeholder" | "unknown-standard" | "unknown-status" | "unknown-timezone"
  | "unknown-unit" | "unknown-weekday" | "unmoved-without-days" | "unreachable-tier"
  | "unreadable-file" | "unsupported-before-unit"
  | "unsupported-with-before" | "unsupported-with-requires" | "use-cycle" | "use-name-clash" | "use-too-deep"
  | "use-unavailable" | "used-file-broken" | "used-file-missing" | "useless-otherwise" | "useless-substitute"
  | "wrong-type" | "year-out-of-range" | "years-reversed" | "zero-duration";

/** A label in English and French; either may be missing. */
export interface Texts { en: string | null; fr: string | null; }

/** An amount of time in a standard's unit. */
export interface Quantity { value: number; unit: Unit; }

export interface CaseEvent { name: string; at: TimeInput; }

/** One case, as in the JSON input of `delai check`. `events` is an array,
 * or an object `{ name: time }` (an array of times for a repeated event;
 * `null` or `""` for no event). */
export interface Case {
  id: string | number;
  attributes?: Record<string, AttributeValue | null | undefined>;
  events?: CaseEvent[] | Record<string, TimeInput | TimeInput[] | null | undefined>;
}

export interface AsOfOptions {
  /** "Now" for the status of open cases: a time, a `Date` or epoch
   * milliseconds. Default: the current time. */
  asOf?: TimeInput | number;
}
/** How cases are read, as `delai check`'s options of the same names. (A
 * `timeFormat` pattern is read natively only: here it is an error.) */
export interface ReadOptions {
  /** Numbers are Unix epoch times, in seconds or milliseconds. */
  epoch?: "s" | "ms";
  /** The CSV cell separator (`checkCsv`, `reportCsv`); default: read off
   * the header line. */
  delimiter?: "," | ";" | "tab" | "|";
  /** The rules' names and the columns (or keys) holding them:
   * `{ id: "no_dossier", received: "date_reception" }`. */
  map?: Record<string, string>;
}
/** The language of the texts for people (messages, error records,
 * examples' expectations): default, the rules text's when French (for
 * `diagnose` and `Rules.compile`), else English. */
export interface LangOptions { lang?: "en" | "fr"; }
/** The texts of the files a rules text uses (`use "federal.delai"`), by
 * path relative to the text's file: the WebAssembly module reads no disk.
 * Without them, `use` is an error (`use-unavailable`). */
export interface SourceOptions extends LangOptions { files?: Record<string, string>; }
export interface ExamplesOptions extends AsOfOptions, LangOptions {}
export interface CaseOptions extends AsOfOptions, ReadOptions, LangOptions {}
export interface ExplainOptions extends CaseOptions {}
export interface FormatOptions { lang?: "en" | "fr"; }
export type PeriodKind = "month" | "quarter" | "fiscal-quarter" | "year";
/** `yearStart`: the month the reporting year starts on ("april", "avril",
 * "4"); January unless said (April for fiscal quarters). */
export interface ReportOptions extends CaseOptions { by?: PeriodKind; yearStart?: string; }

export interface DueInput {
  /** When the request was received. */
  start: TimeInput;
  attributes?: Record<string, AttributeValue | null | undefined>;
}

/** A deadline, with the sentence to show citizens. */
export interface Due {
  standard: string;
  start: string;
  /** When a cutoff or a non-business day moved the start. */
  counted_from?: string;
  due: string;
  /** A range's usual deadline (`within 4 to 6 weeks`); `due` is the latest. */
  usual_due?: string;
  allowed: Quantity;
  /** 0-based index of the `within` line that applied. */
  tier: number;
  calendar?: string;
  /** « Réponse au plus tard le mardi 8 juillet 2025 » */
  text: Texts;
}

/** The judgement of one case against one standard (`standard` is null for
 * a case no standard covers). Times are RFC 3339 in the calendar's zone. */
export interface CaseResult {
  case: string;
  standard: string | null;
  status: Status;
  start?: string;
  stop?: string;
  /** The stop event that stopped the clock, for a standard with several
   * (`stops at "answered" or "delay-letter"`). */
  stopped_by?: string;
  due?: string;
  /** A range's usual deadline (`within 4 to 6 weeks`: the fourth week's end). */
  usual_due?: string;
  allowed?: Quantity;
  elapsed?: Quantity;
  remaining?: Quantity;
  paused?: Quantity;
  tier?: number;
  calendar?: string;
}

/** A case that could not be read or judged: it still has its record. */
export interface ErrorRecord {
  case?: string;
  standard?: string;
  /** 1-based position in the array given to `checkMany`, or the 1-based
   * line of the row in a CSV file (`checkCsv`). */
  line?: number;
  error: { code: string; message: string; field?: string };
}

export type CheckRecord = CaseResult | ErrorRecord;

export interface AttributeInfo { name: string; values: AttributeValue[]; }
export interface TierInfo {
  /** A range's maximum, else the one amount. */
  amount: number;
  /** A range's usual delay (`4` in `within 4 to 6 weeks`). */
  usual?: number;
  unit: Unit;
  calendar?: string;
  /** false for the unconditional / `otherwise` tier. */
  conditional: boolean;
  /** A second deadline (`or 60 business days on "province", whichever is earlier`). */
  or?: { amount: number; unit: Unit; calendar?: string; whichever: "earlier" | "later" };
}
export interface StandardInfo {
  id: string;
  title: Texts;
  description: Texts;
  /** Percent, 0–100. */
  target?: number;
  /** Several thresholds (`all within`): the thresholds' target; `target` is then 100. */
  usual_target?: number;
  warn?: number;
  /** The start, or for `before: true` the later event counted back from. */
  start_event: string;
  stop_event: string;
  /** The other events that stop the clock (`stops at "a" or "b"`); absent when none. */
  other_stop_events?: string[];
  /** The other events the clock waits for: it starts at the latest (absent when none). */
  other_start_events?: string[];
  /** true: `at least … before "start_event"`, counted backward (absent otherwise). */
  before?: boolean;
  /** true: `requires` a condition of the attributes, no delay (no tiers; absent otherwise). */
  requires?: boolean;
  attributes: AttributeInfo[];
  tiers: TierInfo[];
  /** `YYYY-MM-DD` */
  effective_from?: string;
  effective_until?: string;
}

/** A day that is not a business day, and why (`holidays` also lists the
 * dates a calendar opens, as `open`). */
export interface NonBusinessDay {
  /** `YYYY-MM-DD` */
  date: string;
  kind: "business" | "not-workday" | "holiday" | "closed" | "open";
  /** The holiday's, closure's or opening's name. */
  name?: string;
}

export interface PauseStep { from: string; until?: string; added: Quantity; }
export interface ExtensionStep { event: string; at: string; added: Quantity; applied: boolean; }

/** How a deadline was reached, step by step. */
export interface Explanation {
  case: string;
  standard: string;
  status: Status;
  tier?: number;
  allowed?: Quantity;
  calendar?: string;
  start?: string;
  counted_from?: string;
  stop?: string;
  due?: string;
  skipped: NonBusinessDay[];
  pauses: PauseStep[];
  extensions: ExtensionStep[];
  /** The story, one sentence a line, in the language asked for. */
  lines: string[];
}

export interface ExampleFailure { line: number; expected: string; actual: string; }
export interface ExampleOutcome {
  name: string;
  standard: string;
  line: number;
  column: number;
  status: "passed" | "failed";
  failures: ExampleFailure[];
}

export interface ReportRow {
  standard: string;
  /** `2025-06`, `2025-Q2`, `FY2025-26-Q1`, `2025`, or `all`. */
  period: string;
  total: number;
  met: number;
  breached: number;
  pending: number;
  /** Percent, 0–100: met ÷ (met + breached); null with no closed case. */
  compliance: number | null;
  /** Percent: what the row is judged against. When its cases fall under
   * versions with different targets, what its closed cases needed
   * together, each against its own version's target. */
  target: number | null;
  meets_target: boolean | null;
  at_risk: number;
  paused: number;
  not_started: number;
  from?: string;
  until?: string;
  /** The targets of the versions the row's cases fall under, in file
   * order (several when the target changed within the period; null: a
   * version with none). */
  targets: (number | null)[];
  /** For a standard with a range (`within 4 to 6 weeks`): closed cases
   * stopped by their usual deadline. */
  within_usual?: number;
  /** Percent: `within_usual` ÷ the closed cases that had a range. */
  usual_compliance?: number;
  /** Several thresholds (`all within`): the thresholds' target, and
   * whether `usual_compliance` reaches it. */
  usual_target?: number;
  meets_usual_target?: boolean;
  /** Time taken by the row's closed cases (those with a stop), one entry
   * per unit the standard's tiers count in (usually one); empty without
   * such a case. */
  time_taken: TimeTaken[];
  /** A standard that `requires` a condition of one attribute: the mean
   * of the row's cases' numeric values of it (absent otherwise). */
  mean_score?: number;
  /** Compliance drawn from fewer closed cases than the report's
   * `min_cases`. */
  few_cases: boolean;
  /** Percentage points since the period just before; null on the all row,
   * the first period, after a period without cases. */
  change: number | null;
  /** `YYYY-MM-DD` first days of versions coming into force in the period. */
  new_versions: string[];
}
/** Mean, median and 90th percentile (nearest rank) in `unit`. */
export interface TimeTaken { unit: Unit; cases: number; mean: number; median: number; p90: number; }
export interface ReportStandard {
  id: string; title: Texts; target: number | null;
  /** Several thresholds (`all within`): the thresholds' target. */
  usual_target?: number;
  /** A standard that `requires` a condition of one attribute: that
   * attribute, whose mean each row gives (`mean_score`). */
  scored?: string;
}
/** A warning of reading the cases, in the report's data-quality section. */
export interface QualityNote { code: string; message: string; }
export interface Report {
  by: PeriodKind;
  standards: ReportStandard[];
  rows: ReportRow[];
  not_applicable: number;
  errors: number;
  /** RFC 3339 (offset zero): the instant the cases were judged at. */
  as_of: string | null;
  /** RFC 3339: the earliest and latest start counted. */
  first_start: string | null;
  last_start: string | null;
  min_cases: number;
  quality: QualityNote[];
  /** Only when a breakdown by a case attribute was asked for (the
   * command line's `--by-attr`). */
  breakdown?: { attribute: string; groups: { value: string | null; rows: ReportRow[]; errors: number }[] };
}

/** Where and what: one error or warning, as the command line shows it. */
export interface DiagnosticView {
  code: DiagnosticCode;
  severity: "error" | "warning";
  message: string;
  file: string;
  /** 1-based; columns count characters. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Byte offsets of the underlined text, for editors. */
  start: number;
  end: number;
  label: string | null;
  help: string | null;
  /** A replacement for the underlined text ("did you mean"). */
  suggestion: string | null;
  labels: { message: string; line: number; column: number }[];
  /** For errors about an argument or a case: the field at fault. */
  field?: string;
}

/** What every function of this package throws. */
export interface DelaiError extends Error {
  name: "DelaiError";
  /** The code of the first diagnostic (`unknown-standard`, `bad-time`…). */
  code: DiagnosticCode;
  diagnostics: DiagnosticView[];
}

/** Checked rules as data (`delai compile`), loadable with `Rules.load`. */
export interface CompiledRules {
  format: number;
  calendars: unknown[];
  standards: unknown[];
  examples: unknown[];
  default_calendar: number | null;
  /** Per IANA zone a calendar names, its offsets 1899-12 to 2200-02
   * (base64): the runtime-only package has no zone data of its own. */
  zones?: Record<string, string>;
}
"#;
