// checkMany reads arrays of plain data through one JSON.stringify (the fast
// way in) and anything else through the value-by-value walk: both must give
// the same records. A Date anywhere in a call sends the whole call through
// the walk, so each batch is judged twice, alone (fast) and with a case
// holding a Date appended (walked), and the records compared.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { city, delai, root } from "./helpers.mjs";
import { bundledCases } from "../../../benches/compare/workloads.mjs";

const AS_OF = "2025-12-31T12:00:00-05:00";
const DATED = { id: "dated", events: { received: new Date(Date.UTC(2025, 5, 20, 14)) } };

/** Records of `cases` through the fast way and through the walk. */
function both(cases, asOf = AS_OF) {
  const fast = city.checkMany(cases, { asOf });
  const walked = city.checkMany([...cases, DATED], { asOf });
  const tail = city.checkMany([DATED], { asOf }).length;
  return { fast, walked: walked.slice(0, walked.length - tail) };
}

function same(cases, what) {
  const { fast, walked } = both(cases);
  assert.deepEqual(fast, walked, what);
  assert.equal(JSON.stringify(fast), JSON.stringify(walked), what);
  return fast;
}

test("fast way: the bundled cases give the walk's records", () => {
  const cases = bundledCases(city.eventNames()).slice(0, 3000);
  const records = same(cases, "bundled cases");
  assert.ok(records.length >= cases.length);
});

test("fast way: unusual but plain values give the walk's records", () => {
  const received = "2025-06-20 10:00";
  const cases = [
    { id: 7, attributes: { channel: "mail", n: 1.5, m: 0.1 + 0.2, big: 2 ** 60, neg: -0, tiny: 5e-324, e: 1e21 }, events: { received } },
    { id: 9007199254740993, events: { received } },
    { id: 1.25, events: { received } },
    { id: "q\"uote\\back\nline\ttab\u0001\u007f/é😀", attributes: { "k\"e\\y": "v\u2028" }, events: { received } },
    { id: "lone\uD800x\uDC00y\uD83D", attributes: { "\uDFFF": "\uD800" }, events: { received } },
    { id: "arr", events: [{ name: "received", at: received }, { name: "answered", at: "2025-06-25 10:00" }] },
    { id: "holes", events: [, { name: "received", at: received }] }, // eslint-disable-line no-sparse-arrays
    { id: "undef-in-array", events: [undefined, null] },
    { id: "nulls", attributes: null, events: null },
    { id: "empty", attributes: {}, events: {} },
    { id: "", events: { received } },
    { id: "  ", events: { received } },
    { id: null },
    {},
    { id: "x", attributes: { x: [1, 2], y: { z: 1 }, t: true, f: false }, events: { received } },
    { id: "x", events: { received: ["2025-06-20 10:00", null, 7] } },
    { id: "bad", events: { received: "2025-02-30 10:00" } },
    { id: "deep", attributes: { a: [[[[[[[[[[[[[[[[{ b: [1] }]]]]]]]]]]]]]]]] }, events: { received } },
    Object.assign(Object.create(null), { id: "null-proto", events: { received } }),
    null,
    42,
    -1.5,
    "case",
    true,
    [],
    [1, "a"],
    { id: "zero-offset", events: { received: "2025-06-20T10:00:00Z", answered: "2025-06-21T10:00:00.5+00:00" } },
    { id: "fraction", events: { received: "2025-06-20T10:00:00.123456789-04:00" } },
    { id: "other-keys", extra: { nested: [1, { a: "b" }] }, events: { received } },
    { z: 1, events: { answered: received, received, "info-requested": received, "info-received": received }, id: "order", attributes: { channel: "mail" } },
    { id: "order2", attributes: { channel: "mail" }, events: { "info-received": "2025-06-21 10:00", received, "info-requested": "2025-06-21 10:00", answered: "2025-06-21 10:00" } },
    { id: " sp ", attributes: { channel: "mail", "k\"ey": "v", n: -0, m: 1.5, b: true, z: null }, events: { received: "  ", answered: "" } },
    { id: "esc", attributes: { channel: "m\u0000ail" }, events: { "rec\"eived": received, received } },
    { id: "times", attributes: { channel: "mail" }, events: { received: [received, "2025-06-21 10:00"] } },
    { id: "bad-attr", attributes: { channel: ["mail"] }, events: { received } },
  ];
  same(cases, "unusual values");
  for (const c of cases) same([c], JSON.stringify(c) ?? String(c));
  same([], "empty");
});

// The fast way reads each case into the previous case's buffers: its id,
// its events' names, and its attributes (updated in place when the names
// are the same). Nothing of one case may leak into the next.
test("fast way: cases read into the previous case's buffers give the walk's records", () => {
  const received = "2025-06-20 10:00";
  const answered = "2025-06-26 10:00";
  const sequence = [
    { id: "a1", attributes: { channel: "mail", service: "building-permit", priority: "urgent" }, events: { received, answered } },
    { id: "a2", attributes: { channel: "phone", service: "building-permit", priority: 1 }, events: { received } },
    { id: "a3", attributes: { priority: true, service: "tax-review", channel: "mail" }, events: { answered, received } },
    { id: "a4", attributes: { channel: "mail" } },
    { id: "a5", attributes: { channel: "voicemail", type: "complaint" }, events: { received: "  ", answered } },
    { id: "a6", events: { received } },
    { id: "a7", attributes: { channel: null, type: "complaint" }, events: { received } },
    { id: "a8", attributes: { channel: "mail\n", type: "complaint" }, events: { received } },
    { id: "a9", attributes: { channel: "web", type: "access-request" }, events: { received, answered } },
    { id: 10, attributes: { channel: "web", type: "access-request" }, events: { received } },
    { id: "a11", attributes: { channel: "web", type: "access-request" }, events: { received, answered } },
    { id: "a12", attributes: { channel: "phone", type: "access-request" }, events: { answered } },
    { id: "a13", attributes: null, events: null },
    { id: "a14", attributes: { channel: "email", type: "access-request" }, events: { received } },
  ];
  same(sequence, "in order");
  same([...sequence].reverse(), "reversed");
  // Every pair, in both orders: each case after each other one.
  const pairs = sequence.flatMap((a) => sequence.flatMap((b) => [a, b]));
  const records = same(pairs, "pairs");
  assert.ok(new Set(records.map((r) => r.status)).size >= 3, "the attributes change the judgements");
});

test("fast way: an enumerable key added to Object.prototype changes no record", () => {
  // The check visits keys with for…in, which also meets inherited ones;
  // JSON.stringify and the walk read own keys only.
  const received = "2025-06-20 10:00";
  const cases = [
    { id: "p1", attributes: { channel: "mail" }, events: { received } },
    { id: "p2", attributes: { channel: "web", type: "access-request" }, events: { received, answered: "2025-06-23 09:00" } },
  ];
  const before = same(cases, "clean prototype");
  for (const extra of [7, "text", () => 1, new Date(0)]) {
    Object.defineProperty(Object.prototype, "extra", { value: extra, enumerable: true, configurable: true });
    try {
      assert.deepEqual(city.checkMany(cases, { asOf: AS_OF }), before, `inherited ${typeof extra}`);
    } finally {
      delete Object.prototype.extra;
    }
  }
});

test("fast way: values JSON cannot carry still give the walk's errors", () => {
  const received = "2025-06-20 10:00";
  const weird = [
    NaN, Infinity, -Infinity, undefined, () => 1, Symbol("s"), 10n, 2n ** 64n, new Date(NaN),
    new Date(Date.UTC(2025, 5, 20, 14)), new Map([["received", received]]), new Number(5), new String("s"),
    { toJSON: () => "x" }, new (class C { constructor() { this.received = received; } })(),
  ];
  for (const w of weird) {
    const label = typeof w === "symbol" ? "symbol" : typeof w === "bigint" ? `${w}n` : String(w);
    for (const c of [
      { id: "a", attributes: { w }, events: { received } },
      { id: "b", events: { received: w } },
      { id: "c", events: w },
      { id: w, events: { received } },
      { id: "d", events: [{ name: "received", at: w }] },
      { id: "e", attributes: w },
      w,
    ]) {
      const plain = { id: "plain", events: { received } };
      const alone = city.check(plain, { asOf: AS_OF });
      const one = city.check(c, { asOf: AS_OF }).map((r) => {
        if (!r.error) return r;
        const error = { ...r.error, message: r.error.message.replaceAll("`case", "`cases[1]") };
        if (error.field) error.field = error.field.replace(/^case/, "cases[1]");
        return { ...r, line: 2, error };
      });
      const records = city.checkMany([plain, c, plain], { asOf: AS_OF });
      assert.deepEqual(records, [...alone, ...one, ...alone], label);
    }
  }
  const cyclic = { id: "cycle", events: { received } };
  cyclic.self = cyclic;
  const [r] = city.checkMany([cyclic], { asOf: AS_OF });
  assert.equal(r.error.code, "wrong-type");
  assert.equal(r.line, 1);
});

// The fast way hands records back as columns built into objects in
// JavaScript; the walk hands them back as JSON.parse of serde_json's text.
// Both must give the same keys, in the same order, with the same values.

test("columns: the parity corpus gives JSON.parse's records (every field, errors, null standards)", () => {
  const dir = path.join(root, "tests/parity");
  const rules = delai.Rules.compile(readFileSync(path.join(dir, "rules.delai"), "utf8"), "rules.delai");
  const cases = readFileSync(path.join(dir, "cases.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  for (const asOf of ["2025-07-07T09:00:00-04:00", "2025-06-21T03:17:29.25-04:00", "2026-03-08T02:30:00-05:00"]) {
    const fast = rules.checkMany(cases, { asOf });
    const walked = rules.checkMany([...cases, DATED], { asOf }).slice(0, fast.length);
    assert.deepEqual(fast, walked, asOf);
    assert.equal(JSON.stringify(fast), JSON.stringify(walked), asOf);
    const keys = new Set(fast.flatMap((r) => Object.keys(r)));
    for (const k of ["tier", "calendar", "paused", "error", "line"]) assert.ok(keys.has(k), `${asOf}: some record has ${k}`);
    assert.ok(fast.some((r) => r.standard === null), "not-applicable records");
    assert.ok(fast.some((r) => r.elapsed && !Number.isInteger(r.elapsed.value)), "fractional values");
  }
});

test("columns: ids needing escapes or beyond ASCII, times at offset zero, many calls", () => {
  const utc = delai.Rules.compile(`calendar "utc" {
  timezone "UTC"
  hours 09:00-17:00
}
standard "s" {
  title "S"
  starts at "received"
  stops at "answered"
  within 3 business hours on "utc"
}
`, "utc.delai");
  const ids = ["plain", "é", "😀x", "q\"uote\\back\nline\ttab\u0001", "\u2028", "日本語", "x".repeat(300)];
  const cases = ids.flatMap((id, i) => [
    { id, events: { received: "2025-06-20T10:00:00Z" } },
    { id, events: { received: "2025-06-20 10:00:00.5", answered: `2025-06-20 1${i}:07:00` } },
    { id, events: { received: "2025-06-20 10:00", answered: "2025-06-19 10:00" } },
    { id, events: { received: "nonsense" } },
  ]);
  for (const rules of [utc, city]) {
    const fast = rules.checkMany(cases, { asOf: AS_OF });
    const walked = rules.checkMany([...cases, DATED], { asOf: AS_OF }).slice(0, fast.length);
    assert.deepEqual(fast, walked);
    assert.equal(JSON.stringify(fast), JSON.stringify(walked));
  }
  assert.ok(utc.checkMany(cases, { asOf: AS_OF }).some((r) => r.start?.endsWith("Z")), "times in UTC");
});

// Each call numbers the names its records use (standards, statuses, units,
// calendars) in a hash table that starts with room for 32 and grows.
test("columns: a call with more names than the first table holds", () => {
  const units = ["business days", "calendar days", "business hours", "hours", "minutes"];
  const standards = Array.from({ length: 90 }, (_, i) => `standard "s-${i}-${"é".repeat(i % 3)}" {
  title "S${i}"
  starts at "received"
  stops at "answered"
  within ${1 + (i % 7)} ${units[i % units.length]} on "${i % 2 ? "quebec" : "utc"}"
}`).join("\n");
  const rules = delai.Rules.compile(`calendar "utc" {
  timezone "UTC"
  hours 09:00-17:00
}
${standards}
`, "many.delai");
  const cases = [
    { id: "a", events: { received: "2025-06-20 10:00", answered: "2025-06-23 10:00" } },
    { id: "b", events: { received: "2025-06-20 10:00" } },
    { id: "c", events: { received: "2025-12-20 10:00" } },
  ];
  const fast = rules.checkMany(cases, { asOf: AS_OF });
  const walked = rules.checkMany([...cases, DATED], { asOf: AS_OF }).slice(0, fast.length);
  assert.equal(fast.length, 270);
  assert.ok(new Set(fast.map((r) => r.standard)).size === 90);
  assert.deepEqual(fast, walked);
  assert.equal(JSON.stringify(fast), JSON.stringify(walked));
});

// The fast way reads cases with its own reader (fast.rs) where the walk
// hands them to the one case decoder (cases::json, that of `delai check`):
// every case of the case-reader corpus (tests/cases/readers, the JSON and
// JSON Lines files; the values JSON.parse reads, as a caller would pass
// them) must give the same records both ways, and the command line's
// (tests/ffi.rs holds the decoder to the command line on the same files).
test("fast way: the case-reader corpus gives the one decoder's records", () => {
  const dir = path.join(root, "tests/cases/readers");
  const rules = delai.Rules.compile(readFileSync(path.join(root, "tests/parity/readers.delai"), "utf8"), "readers.delai");
  const files = readdirSync(dir).filter((f) => /\.jsonl?$/.test(f) && !f.endsWith(".expected.json")).sort();
  let judged = 0;
  for (const name of files) {
    const text = new TextDecoder("utf-8", { fatal: false }).decode(readFileSync(path.join(dir, name))).replace(/^\uFEFF/, "");
    let cases = [];
    if (name.endsWith(".jsonl")) {
      for (const line of text.split(/\r?\n/)) {
        try { cases.push(JSON.parse(line)); } catch { /* an unreadable line: the reader's business */ }
      }
    } else {
      try { cases = JSON.parse(text); } catch { cases = []; }
      if (!Array.isArray(cases)) cases = [];
    }
    if (cases.length === 0) continue;
    for (const asOf of [AS_OF, "2025-07-07T09:00:00-04:00"]) {
      const fast = rules.checkMany(cases, { asOf });
      const walked = rules.checkMany([...cases, DATED], { asOf }).slice(0, fast.length);
      assert.deepEqual(fast, walked, name);
      assert.equal(JSON.stringify(fast), JSON.stringify(walked), name);
    }
    judged++;
  }
  assert.ok(judged >= 5, `only ${judged} files of ${files}`);
});
