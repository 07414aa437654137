// Type-checked (never run) by `tsc --strict --noEmit`: every function of the
// package through its generated declarations, and some misuses that must
// NOT type-check (`@ts-expect-error`), which proves the types are precise
// rather than `any`.
import init, {
  Rules, diagnose, format, isDelaiError, version, hasParser,
  type Case, type CaseResult, type CheckRecord, type Due, type StandardInfo, type Explanation,
  type DiagnosticView, type NonBusinessDay, type Report, type ReportRow, type ExampleOutcome,
  type CompiledRules, type DelaiError, type Status, type Unit, type ErrorRecord,
} from "../../../pkg/delai/web/delai.js";

export async function everything(text: string): Promise<string[]> {
  await init();
  const out: string[] = [version(), String(hasParser())];

  const rules: Rules = Rules.compile(text, "city.delai");
  Rules.compile(text);

  const standards: StandardInfo[] = rules.standards();
  const first: StandardInfo = standards[0];
  const title: string | null = first.title.fr;
  const target: number | undefined = first.target;
  const unit: Unit = first.tiers[0].unit;
  out.push(title ?? "", String(target), unit, first.attributes[0]?.values.join(",") ?? "");

  const due: Due = rules.due("written-requests", { start: "2025-06-20 10:00", attributes: { channel: "mail", priority: 2, vip: true } });
  rules.due("written-requests", { start: new Date() });
  out.push(due.due, due.text.fr ?? "", String(due.allowed.value), due.counted_from ?? "");

  const c: Case = {
    id: "2025-000123",
    attributes: { channel: "mail", priority: 2 },
    events: [{ name: "received", at: "2025-06-20T10:00:00-04:00" }, { name: "answered", at: new Date() }],
  };
  const c2: Case = { id: 7, events: { received: "2025-06-20 10:00", "info-requested": ["2025-06-21 10:00"], answered: null } };
  const records: CheckRecord[] = rules.check(c, { asOf: "2025-07-01" });
  rules.check(c2);
  rules.check(c2, { asOf: Date.now() });
  for (const r of rules.checkMany([c, c2], { asOf: new Date() })) {
    if ("error" in r) {
      const e: ErrorRecord = r;
      out.push(e.error.code, e.error.field ?? "", String(e.line));
    } else {
      const res: CaseResult = r;
      const status: Status = res.status;
      out.push(status, res.due ?? "", String(res.elapsed?.value), res.standard ?? "none");
    }
  }
  out.push(String(records.length));

  const report: Report = rules.report([c, c2], { asOf: "2025-12-31", by: "quarter" });
  const row: ReportRow = report.rows[0];
  out.push(row.period, String(row.compliance ?? "n/a"), String(row.meets_target), String(report.errors));
  const targets: (number | null)[] = row.targets;
  out.push(targets.map(String).join(" / "));
  rules.report([c]);

  const fromFile: CheckRecord[] = rules.checkCsv("id,received\n1,2025-06-20 10:00\n", { asOf: "2025-07-01" });
  rules.checkCsv(new Uint8Array(0));
  rules.checkCsv(new ArrayBuffer(0), { asOf: new Date() });
  rules.checkCsv("no;recu\n1;1750428000\n", { epoch: "s", delimiter: ";", map: { id: "no", received: "recu" } });
  rules.check(c, { asOf: "2025-07-01", map: { received: "recu" } });
  const fileReport: Report = rules.reportCsv("id,received\n", { by: "year" });
  out.push(String(fromFile.length), String(fileReport.errors));

  const ex: Explanation = rules.explain("written-requests", c, { asOf: "2025-07-01", lang: "fr" });
  rules.explain("written-requests", c);
  out.push(...ex.lines, ex.status, ...ex.skipped.map((d) => d.date));

  const days: NonBusinessDay[] = rules.holidays("quebec", 2025);
  out.push(...days.map((d) => `${d.date} ${d.kind} ${d.name ?? ""}`));
  out.push(...rules.nonBusinessDays("city-offices", 2025).map((d) => d.date), ...rules.calendars(), ...rules.eventNames());
  const warnings: DiagnosticView[] = rules.auditCases([c]);
  out.push(...warnings.map((w) => `${w.code} ${w.suggestion ?? ""}`));

  const outcomes: ExampleOutcome[] = rules.runExamples({ asOf: "2025-07-01" });
  rules.runExamples();
  out.push(...outcomes.map((o) => `${o.name}: ${o.status} ${o.failures.length}`));

  const data: CompiledRules = rules.toJSON();
  const again: Rules = Rules.load(JSON.stringify(rules));
  Rules.load(data);
  Rules.load(rules.compiled());
  again.free();

  const ds: DiagnosticView[] = diagnose(text);
  diagnose(text, "city.delai");
  out.push(...ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.help ?? ""} ${d.suggestion ?? ""}`));

  try {
    out.push(format(text), format(text, { lang: "fr" }), format(text, {}));
  } catch (e: unknown) {
    if (isDelaiError(e)) {
      const err: DelaiError = e;
      out.push(err.code, err.message, ...err.diagnostics.map((d) => `${d.line}:${d.column} ${d.message} ${d.field ?? ""}`));
    }
  }

  // Misuses the declarations must reject.
  // @ts-expect-error the standard id is a string
  rules.due(42, { start: "2025-06-20" });
  // @ts-expect-error `start` is required
  rules.due("written-requests", { attributes: {} });
  // @ts-expect-error attributes are strings, numbers or booleans
  rules.due("written-requests", { start: "2025-06-20", attributes: { channel: ["mail"] } });
  // @ts-expect-error a case needs an id
  rules.check({ events: {} });
  // @ts-expect-error only English and French
  rules.explain("written-requests", c, { lang: "de" });
  // @ts-expect-error the report periods are a closed list
  rules.report([c], { by: "fortnight" });
  // @ts-expect-error epoch times are in seconds or milliseconds
  rules.checkCsv("", { epoch: "hours" });
  // @ts-expect-error a CSV file is text or bytes, not cases
  rules.checkCsv([c]);
  // @ts-expect-error the report periods are a closed list
  rules.reportCsv("", { by: "week" });
  // @ts-expect-error the year is a number
  rules.holidays("quebec", "2025");
  // @ts-expect-error statuses are a closed list
  const bad: Status = "late";
  // @ts-expect-error the result is not `any`
  const n: number = rules.standards();
  out.push(String(bad), String(n));
  return out;
}
