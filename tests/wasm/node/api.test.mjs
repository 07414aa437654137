// The JavaScript API of interfaces.md, function by function, against the
// city's rules (pkg-examples/data/city.delai).
import { test } from "node:test";
import assert from "node:assert/strict";
import { delai, city, cityText, AS_OF, throwsDelai, assertPlain } from "./helpers.mjs";

const { Rules, diagnose, format } = delai;

const letter = {
  id: "2025-000123",
  attributes: { channel: "mail", type: "information", priority: 2 },
  events: [
    { name: "received", at: "2025-06-20T10:00:00-04:00" },
    { name: "answered", at: "2025-07-02 15:00" },
  ],
};

test("version and build flavour", () => {
  assert.match(delai.version(), /^\d+\.\d+\.\d+/);
  assert.equal(delai.hasParser(), true);
});

test("compile keeps the rules inside the module; standards()", () => {
  const standards = city.standards();
  assertPlain(standards);
  assert.deepEqual(
    standards.map((s) => s.id),
    ["written-requests", "acknowledge-complaints", "counter-callback", "phone-calls", "311-callback",
     "building-permit", "access-to-information", "tax-account-review", "bulky-items"],
  );
  const wr = standards[0];
  assert.deepEqual(wr.title, { en: "Respond to written requests", fr: "Répondre aux demandes écrites" });
  assert.equal(wr.target, 90);
  assert.equal(wr.warn, 75);
  assert.equal(wr.start_event, "received");
  assert.deepEqual(wr.attributes, [{ name: "channel", values: ["mail", "email", "web"] }]);
  assert.deepEqual(wr.tiers, [{ amount: 10, unit: "business-days", calendar: "city-offices", conditional: false }]);
  assert.deepEqual(city.calendars().slice().sort(), ["call-centre", "city-offices", "quebec"].filter((c) => city.calendars().includes(c)).sort());
});

test("eventNames: every event the standards name, as the native API lists them", () => {
  const names = city.eventNames();
  for (const s of city.standards()) {
    assert.ok(names.includes(s.start_event) && names.includes(s.stop_event), s.id);
  }
  assert.ok(names.includes("info-requested") && names.includes("info-received"), "pause events");
  assert.equal(new Set(names).size, names.length, "no repeats");
  assert.ok(!names.includes("quebec") && !names.includes("city-offices"), "calendar names are not events");
});

test("due: the date a citizen can expect, with the sentence in both languages", () => {
  const due = city.due("written-requests", { start: "2025-06-20 10:00", attributes: { channel: "mail" } });
  assertPlain(due);
  assert.equal(due.standard, "written-requests");
  assert.equal(due.start, "2025-06-20T10:00:00-04:00");
  assert.equal(due.due, "2025-07-08T23:59:59-04:00");
  assert.deepEqual(due.allowed, { value: 10, unit: "business-days" });
  assert.equal(due.text.fr, "Réponse au plus tard le mardi 8 juillet 2025");
  assert.ok(due.text.en.includes("July 8, 2025"), due.text.en);
});

test("due accepts a Date and tier attributes; cutoff moves the start", () => {
  const urgent = city.due("building-permit", {
    start: new Date("2025-06-20T14:00:00Z"),
    attributes: { service: "building-permit", priority: "urgent" },
  });
  assert.equal(urgent.due, "2025-06-30T23:59:59-04:00");
  assert.equal(urgent.tier, 0);
  const late = city.due("bulky-items", { start: "2025-06-20 17:00", attributes: { service: "bulky-items" } });
  assert.equal(late.due, "2025-06-26T23:59:59-04:00");
  assert.ok(late.counted_from, "the cutoff moved the start");
});

test("due errors are DelaiErrors naming the field", () => {
  const e1 = throwsDelai(() => city.due("nope", { start: "2025-06-20 10:00" }), "unknown-standard");
  assert.match(e1.diagnostics[0].help, /written-requests/);
  const e2 = throwsDelai(() => city.due("written-requests", { start: "demain", attributes: { channel: "mail" } }), "bad-time");
  assert.equal(e2.diagnostics[0].field, "start");
  throwsDelai(() => city.due("written-requests", { start: "2025-06-20 10:00", attributes: { channel: "phone" } }), "not-applicable");
  throwsDelai(() => city.due("written-requests", {}), "missing-field");
});

test("check: one record per applicable standard, as in the JSON output", () => {
  const records = city.check(letter, { asOf: AS_OF });
  assertPlain(records);
  assert.deepEqual(records, [{
    case: "2025-000123", standard: "written-requests", status: "met",
    start: "2025-06-20T10:00:00-04:00", stop: "2025-07-02T15:00:00-04:00", due: "2025-07-08T23:59:59-04:00",
    allowed: { value: 10, unit: "business-days" }, elapsed: { value: 7, unit: "business-days" },
    remaining: { value: 3, unit: "business-days" }, paused: { value: 0, unit: "business-days" },
    tier: 0, calendar: "city-offices",
  }].map((r) => ({ ...r, elapsed: records[0].elapsed, remaining: records[0].remaining })));
  assert.equal(records[0].elapsed.unit, "business-days");
});

test("check: events as an object, not-applicable, not-started, asOf as Date or milliseconds", () => {
  const open = { id: 7, attributes: { channel: "web" }, events: { received: "2025-06-20 10:00" } };
  assert.equal(city.check(open, { asOf: "2025-06-25 12:00" })[0].status, "pending");
  assert.equal(city.check(open, { asOf: new Date("2025-07-07T13:00:00Z") })[0].status, "at-risk");
  assert.equal(city.check(open, { asOf: Date.parse("2025-07-10T12:00:00Z") })[0].status, "breached");
  assert.equal(city.check(open, { asOf: AS_OF })[0].case, "7");
  assert.deepEqual(city.check({ id: "x", attributes: { channel: "fax" }, events: {} }, { asOf: AS_OF }),
    [{ case: "x", standard: null, status: "not-applicable" }]);
  assert.equal(city.check({ id: "y", attributes: { channel: "mail" } }, { asOf: AS_OF })[0].status, "not-started");
  // Without asOf: now, from the JavaScript clock.
  assert.equal(city.check(open)[0].status, "breached");
});

test("check: an unreadable case gives an error record, not an exception", () => {
  const [r] = city.check({ id: "bad", events: { received: "20/06/2025" } }, { asOf: AS_OF });
  assert.equal(r.case, "bad");
  assert.equal(r.line, 1);
  assert.equal(r.error.code, "bad-time");
  assert.equal(r.error.field, "events.received");
});

test("checkMany: every input case appears, in order", () => {
  const cases = [letter, { attributes: { channel: "mail" } }, 42, { id: "c", attributes: { channel: "voicemail" }, events: { received: "2025-06-20 15:00" } }];
  const records = city.checkMany(cases, { asOf: AS_OF });
  assertPlain(records);
  assert.deepEqual(records.map((r) => r.case ?? `#${r.line}`), ["2025-000123", "#2", "#3", "c"]);
  assert.equal(records[1].error.code, "missing-id");
  assert.equal(records[1].line, 2);
  assert.equal(records[3].due, "2025-06-23T11:00:00-04:00");
  assert.deepEqual(city.checkMany([], { asOf: AS_OF }), []);
  throwsDelai(() => city.checkMany(letter, { asOf: AS_OF }), "wrong-type");
});

test("report: compliance per standard and period", () => {
  const cases = [
    letter,
    { id: "late", attributes: { channel: "mail" }, events: { received: "2025-06-20 10:00", answered: "2025-07-09 08:00" } },
    { id: "open", attributes: { channel: "mail" }, events: { received: "2025-07-02 10:00" } },
    { events: { received: "2025-06-20 10:00" } },
  ];
  const report = city.report(cases, { asOf: "2025-07-10 12:00", by: "quarter" });
  assertPlain(report);
  assert.equal(report.by, "quarter");
  assert.equal(report.errors, 1);
  const q3 = report.rows.find((r) => r.standard === "written-requests" && r.period === "2025-Q3");
  const q2 = report.rows.find((r) => r.standard === "written-requests" && r.period === "2025-Q2");
  assert.equal(q2.met, 1);
  assert.equal(q2.breached, 1);
  assert.equal(q2.compliance, 50);
  assert.equal(q2.meets_target, false);
  assert.equal(q3.pending, 1);
  assert.ok(report.rows.some((r) => r.period === "all"));
  assert.equal(city.report([], { asOf: AS_OF }).by, "month");
  throwsDelai(() => city.report(cases, { by: "fortnight" }), "bad-option");
});

test("checkCsv and reportCsv read a CSV file with the command line's reader", () => {
  // The file of issue #14: an empty id, a short row, a long row.
  const csv = "id,received,answered,channel\n,2025-06-20 10:00,2025-07-02 15:00,mail\nb,2025-06-20 10:00\nc,2025-06-20 10:00,2025-07-02 15:00,mail,extra\nd,2025-06-20 10:00,2025-07-09 08:00,mail\n";
  const asOf = "2025-07-10T12:00:00-04:00";
  const records = city.checkCsv(csv, { asOf });
  assertPlain(records);
  assert.deepEqual(records.filter((r) => r.error).map((r) => [r.line, r.error.code]), [[2, "missing-id"], [3, "short-row"], [4, "long-row"]]);
  assert.equal(records.find((r) => r.case === "d" && r.standard === "written-requests").status, "breached");
  const report = city.reportCsv(csv, { asOf, by: "quarter" });
  assertPlain(report);
  assert.equal(report.by, "quarter");
  assert.equal(report.errors, 3);
  const q2 = report.rows.find((r) => r.standard === "written-requests" && r.period === "2025-Q2");
  assert.deepEqual([q2.met, q2.breached, q2.compliance], [0, 1, 0]);
  // Bytes as they are (a Uint8Array or an ArrayBuffer) read the same as text.
  const bytes = new TextEncoder().encode(csv);
  assert.deepEqual(city.checkCsv(bytes, { asOf }), records);
  assert.deepEqual(city.checkCsv(bytes.buffer, { asOf }), records);
  // Latin-1 bytes are the reader's to judge, not replaced on the way in.
  const latin1 = Uint8Array.from([...new TextEncoder().encode("id,received,channel\nx,2025-06-20 10:00,caf"), 0xe9, 0x0a]);
  const read = city.checkCsv(latin1, { asOf: AS_OF });
  assert.equal(read.length, 1);
  assert.equal(read[0].error?.code, "bad-csv", JSON.stringify(read));
  assert.deepEqual(city.checkCsv("", { asOf: AS_OF }), []);
  throwsDelai(() => city.checkCsv(42, { asOf: AS_OF }), "wrong-type");
  throwsDelai(() => city.checkCsv([csv], { asOf: AS_OF }), "wrong-type");
  throwsDelai(() => city.reportCsv(csv, { by: "fortnight" }), "bad-option");
});

test("the calls that read cases take check's read options: epoch, delimiter, map", () => {
  const asOf = "2025-08-01 00:00";
  const csv = "id,received,answered,channel\nc1,2025-06-20 10:00,2025-07-10 10:00,mail\n";
  const exported = "no;date_recue;answered;channel\nc1;1750428000;1752156000;mail\n";
  const read = { epoch: "s", delimiter: ";", map: { id: "no", received: "date_recue" } };
  const want = city.checkCsv(csv, { asOf });
  assert.ok(want.some((r) => r.case === "c1" && r.status === "breached"), JSON.stringify(want));
  assert.deepEqual(city.checkCsv(exported, { asOf, ...read }), want);
  assert.deepEqual(city.reportCsv(exported, { asOf, by: "year", ...read }), city.reportCsv(csv, { asOf, by: "year" }));
  // Cases as objects: the keys mapped, epoch milliseconds read as times.
  const plain = { id: "c1", attributes: { channel: "mail" }, events: { received: "2025-06-20 10:00", answered: "2025-07-10 10:00" } };
  const other = { no: "c1", attributes: { channel: "mail" }, events: { date_recue: 1750428000000, answered: 1752156000000 } };
  const ms = { epoch: "ms", map: { id: "no", received: "date_recue" } };
  assert.deepEqual(city.check(other, { asOf, ...ms }), city.check(plain, { asOf }));
  assert.deepEqual(city.checkMany([other, other], { asOf, ...ms }), city.checkMany([plain, plain], { asOf }));
  assert.deepEqual(city.report([other], { asOf, ...ms }), city.report([plain], { asOf }));
  assert.deepEqual(city.explain("written-requests", other, { asOf, ...ms }), city.explain("written-requests", plain, { asOf }));
  // Bad values are errors naming the option.
  throwsDelai(() => city.checkCsv(csv, { asOf, epoch: "hours" }), "bad-option");
  throwsDelai(() => city.checkCsv(csv, { asOf, delimiter: ":" }), "bad-option");
  throwsDelai(() => city.check(plain, { asOf, map: { recieved: "x" } }), "bad-option");
  throwsDelai(() => city.checkMany([plain], { asOf, map: ["received"] }), "wrong-type");
  // Patterns are read natively only: a clear refusal, not silence.
  throwsDelai(() => city.checkCsv(csv, { asOf, timeFormat: "%d/%m/%Y %H:%M" }), "bad-option");
});

test("explain: a start event after the as-of instant is not known yet, in both languages", () => {
  const later = { id: "l", attributes: { channel: "mail" }, events: { received: "2025-07-10 09:00" } };
  const en = city.explain("written-requests", later, { asOf: AS_OF });
  assert.equal(en.status, "not-started");
  assert.match(en.lines.join(" "), /"received" event, at 2025-07-10 09:00, is after the as-of instant \(2025-07-07 09:00\)/);
  const fr = city.explain("written-requests", later, { asOf: AS_OF, lang: "fr" });
  assert.match(fr.lines.join(" "), /« received » du cas, le 2025-07-10 09:00, est postérieur/);
  const none = city.explain("written-requests", { id: "n", attributes: { channel: "mail" } }, { asOf: AS_OF });
  assert.match(none.lines.join(" "), /has no "received" event yet/);
});

test("explain: the story, in English or French", () => {
  const open = { id: "e", attributes: { channel: "mail" }, events: { received: "2025-06-20 10:00" } };
  const fr = city.explain("written-requests", open, { asOf: AS_OF, lang: "fr" });
  assertPlain(fr);
  assert.equal(fr.status, "at-risk");
  assert.equal(fr.due, "2025-07-08T23:59:59-04:00");
  assert.ok(fr.lines.some((l) => l.includes("Fête nationale")), fr.lines.join("\n"));
  assert.ok(fr.skipped.some((d) => d.kind === "holiday"));
  const en = city.explain("written-requests", open, { asOf: AS_OF });
  assert.ok(en.lines[0].startsWith("Allowed time"), en.lines[0]);
  throwsDelai(() => city.explain("written-requests", open, { lang: "de" }), "bad-option");
  throwsDelai(() => city.explain("written-requests", { events: {} }), "missing-id");
});

test("holidays and non-business days", () => {
  const h = city.holidays("quebec", 2025);
  assertPlain(h);
  assert.ok(h.some((d) => d.date === "2025-06-24" && d.kind === "holiday"), JSON.stringify(h));
  const closures = city.holidays("city-offices", 2025).filter((d) => d.kind === "closed");
  assert.ok(closures.length > 0);
  const all = city.nonBusinessDays("city-offices", 2025);
  assert.ok(all.length > 104);
  assert.ok(all.some((d) => d.kind === "not-workday"));
  throwsDelai(() => city.holidays("nowhere", 2025), "unknown-calendar");
  throwsDelai(() => city.holidays("quebec", 3000), "date-out-of-range");
});

test("runExamples: every example block of the city file passes", () => {
  const outcomes = city.runExamples({ asOf: AS_OF });
  assertPlain(outcomes);
  assert.equal(outcomes.length, (cityText.match(/^example /gm) ?? []).length);
  assert.deepEqual(outcomes.filter((o) => o.status !== "passed"), []);
});

test("compiled rules: toJSON / compiled() round-trip through Rules.load", () => {
  const data = city.toJSON();
  assertPlain(data);
  assert.equal(typeof data.format, "number");
  const again = Rules.load(JSON.stringify(city));
  const fromObject = Rules.load(data);
  const fromText = Rules.load(city.compiled());
  for (const r of [again, fromObject, fromText]) {
    assert.deepEqual(r.check(letter, { asOf: AS_OF }), city.check(letter, { asOf: AS_OF }));
    r.free();
  }
  throwsDelai(() => Rules.load("{}"), "bad-rules-format");
  throwsDelai(() => Rules.load({ format: 999, calendars: [], standards: [], examples: [] }), "bad-rules-format");
});

test("compile errors: every error at once, with line, column, help", () => {
  const text = 'standard "x" {\n  within 3 fortnights\n}\nstandard "y" {\n  within 2 business days on "nowhere"\n}\n';
  const e = throwsDelai(() => Rules.compile(text, "bad.delai"));
  assert.ok(e.diagnostics.length >= 1);
  const d = e.diagnostics[0];
  assert.equal(d.file, "bad.delai");
  assert.equal(d.severity, "error");
  assert.ok(d.line >= 1 && d.column >= 1);
  assert.ok(e.message.includes("bad.delai"), e.message);
});

test("diagnose never throws and lists errors and warnings", () => {
  assert.deepEqual(diagnose(cityText).filter((d) => d.severity === "error"), []);
  const ds = diagnose('standard "x" {\n  within 3 fortnights\n}\n', "x.delai");
  assertPlain(ds);
  assert.ok(ds.length > 0);
  assert.equal(ds[0].file, "x.delai");
  assert.equal(ds[0].line, 2);
  assert.equal(diagnose(42)[0].code, "wrong-type");
  assert.ok(Array.isArray(diagnose("")));
});

test("format: canonical layout; syntax errors are thrown", () => {
  let out;
  try {
    out = format(cityText);
  } catch (e) {
    // The formatter is not merged yet in this build.
    assert.equal(e.code, "unsupported", e.message);
    return;
  }
  assert.equal(typeof out, "string");
  assert.ok(out.includes('standard "written-requests"'));
  const fr = format(cityText, { lang: "fr" });
  assert.ok(fr.includes('norme "written-requests"'), fr.slice(0, 400));
  assert.deepEqual(Rules.compile(fr).standards(), city.standards());
  throwsDelai(() => format("standard {{{"));
});

test("deadlineIcs: the engine writes the citizen's .ics for a due date", () => {
  const due = city.due("written-requests", { start: "2025-06-20 10:00", attributes: { channel: "mail" } });
  const ics = delai.deadlineIcs({
    due: due.due, allDay: true, summary: "Réponse attendue : demandes écrites", description: due.text.fr,
    uid: "0a1b2c3d-written-requests@delai.example", now: new Date("2025-06-20T14:00:00Z"), lang: "fr",
  });
  assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  assert.ok(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
  assert.match(ics, /\r\nDTSTART;VALUE=DATE:20250708\r\nDTEND;VALUE=DATE:20250709\r\n/);
  assert.match(ics, /\r\nDTSTAMP:20250620T140000Z\r\n/);
  assert.match(ics.replaceAll("\r\n ", ""), /\r\nDESCRIPTION;LANGUAGE=fr:Réponse au plus tard le mardi 8 juillet 2025\r\n/);
  const at = delai.deadlineIcs({ due: "2025-03-09T09:30:00-04:00", allDay: false, summary: "Rappel", uid: "x@y" });
  assert.match(at, /\r\nDTSTART:20250309T133000Z\r\nDTEND:20250309T140000Z\r\n/);
  throwsDelai(() => delai.deadlineIcs({ due: "2025-07-08", allDay: true, summary: "s", uid: "u" }), "wrong-type");
  throwsDelai(() => delai.deadlineIcs({ due: due.due, summary: "s", uid: "u" }), "wrong-type");
});
