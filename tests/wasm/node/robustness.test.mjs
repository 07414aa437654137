// Bad inputs of every kind: garbage text, wrong types, missing fields, huge
// numbers, invalid dates, cycles. Each must come back as a DelaiError or an
// error record — never as an opaque `unreachable` trap — and the module
// must still work afterwards (a trap would leave it poisoned).
import { test } from "node:test";
import assert from "node:assert/strict";
import { delai, city, AS_OF, throwsDelai, noTrap } from "./helpers.mjs";

const { Rules, diagnose, format } = delai;

const weird = [
  undefined, null, true, 0, -1, 1e308, -1e308, NaN, Infinity, -Infinity, 2 ** 53 + 2, 10n ** 30n, 5n,
  "", " ", "\u0000", "😀".repeat(1000), "x".repeat(100_000), Symbol("s"), () => 1,
  [], [[[]]], {}, { id: {} }, new Map([["id", "m"]]), new Set([1]), new Date(NaN), new Date(8.64e15),
  new Uint8Array(4), Object.create(null), new Proxy({}, {}), /re/,
];

const cycle = { id: "c", attributes: {} };
cycle.attributes.self = cycle;

const garbage = [
  "{{{{", "standard", 'standard "x" {', 'standard "x" { within }', "\u00ff\u00fe", "calendar \"c\" { hours 25:00-26:00 }",
  'standard "x" { within 99999999999999999999999 business days }', 'standard "x" { within -3 days }',
  'calendar "q" extends "q" {}', "#".repeat(50_000), "é\n".repeat(10_000), 'standard "x" { within 1 day }\n'.repeat(200),
  'calendar "c" { timezone "Mars/Olympus" }', 'example "e" { expect due 2025-13-45 99:99 }',
];

function stillWorks() {
  const due = city.due("written-requests", { start: "2025-06-20 10:00", attributes: { channel: "mail" } });
  assert.equal(due.due, "2025-07-08T23:59:59-04:00");
}

test("garbage rules text: compile throws DelaiErrors, diagnose never throws", () => {
  for (const text of garbage) {
    const out = noTrap(() => Rules.compile(text));
    if (out instanceof Error) assert.equal(out.name, "DelaiError", `${text.slice(0, 40)}: ${out}`);
    const ds = diagnose(text);
    assert.ok(Array.isArray(ds));
    noTrap(() => format(text));
  }
  for (const v of weird) {
    noTrap(() => Rules.compile(v));
    assert.ok(Array.isArray(diagnose(v)), String(typeof v));
    noTrap(() => format(v));
  }
  stillWorks();
});

test("wrong types in every argument of every method", () => {
  const methods = [
    (a, b) => city.due(a, b),
    (a, b) => city.due("written-requests", { start: a, attributes: b }),
    (a, b) => city.check(a, b),
    (a, b) => city.check({ id: "x", events: a }, { asOf: b }),
    (a, b) => city.checkMany(a, b),
    (a, b) => city.checkMany([a, b], { asOf: AS_OF }),
    (a, b) => city.report(a, b),
    (a, b) => city.report([a], { asOf: AS_OF, by: b }),
    (a, b) => city.explain(a, b),
    (a, b) => city.explain("written-requests", { id: "x", attributes: a, events: { received: "2025-06-20 10:00" } }, { asOf: AS_OF, lang: b }),
    (a, b) => city.holidays(a, b),
    (a, b) => city.holidays("quebec", a),
    (a, b) => city.nonBusinessDays(a, b),
    (a, _b) => city.runExamples(a),
    (a, _b) => city.runExamples({ asOf: a }),
    (a, _b) => Rules.load(a),
    (a, b) => format("", { lang: a, b }),
  ];
  for (const m of methods) {
    for (const a of weird) {
      for (const b of [undefined, a, { asOf: a }]) {
        const out = noTrap(() => m(a, b));
        if (out instanceof Error) {
          // wasm-bindgen's own argument checks throw TypeErrors for a few
          // impossible types (a Symbol where a string is declared); all
          // else is a DelaiError.
          assert.ok(out.name === "DelaiError" || out instanceof TypeError, `${m}: ${out}`);
        }
      }
    }
  }
  stillWorks();
});

test("cycles and deep nesting are errors, not stack overflows", () => {
  const [r] = city.check(cycle, { asOf: AS_OF });
  assert.equal(r.error.code, "wrong-type");
  let deep = { id: "d" };
  for (let i = 0; i < 10_000; i++) deep = { id: "d", attributes: { x: deep } };
  assert.equal(city.check(deep, { asOf: AS_OF })[0].error.code, "wrong-type");
  stillWorks();
});

test("missing fields", () => {
  throwsDelai(() => city.due("written-requests"), "missing-field");
  throwsDelai(() => city.due(undefined, { start: "2025-06-20 10:00" }), "wrong-type");
  assert.equal(city.check({})[0].error.code, "missing-id");
  assert.equal(city.check(undefined)[0].error.code, "wrong-type");
  throwsDelai(() => city.checkMany(), "wrong-type");
  throwsDelai(() => city.holidays("quebec"), "wrong-type");
  throwsDelai(() => city.explain("written-requests"), "wrong-type");
  throwsDelai(() => Rules.load(), "wrong-type");
});

test("huge numbers and invalid dates", () => {
  throwsDelai(() => city.holidays("quebec", 1e308), "number-out-of-range");
  throwsDelai(() => city.holidays("quebec", 2025.5), "number-out-of-range");
  throwsDelai(() => city.holidays("quebec", -5000), "date-out-of-range");
  throwsDelai(() => city.holidays("quebec", NaN), "number-out-of-range");
  throwsDelai(() => city.check({ id: "x" }, { asOf: 1e300 }), "bad-time");
  throwsDelai(() => city.check({ id: "x" }, { asOf: new Date(NaN) }), "bad-time");
  throwsDelai(() => city.check({ id: "x" }, { asOf: "2025-02-30" }), "bad-time");
  throwsDelai(() => city.check({ id: "x" }, { asOf: "9999-01-01" }));
  throwsDelai(() => city.due("written-requests", { start: "2025-02-29 10:00", attributes: { channel: "mail" } }), "bad-time");
  throwsDelai(() => city.due("written-requests", { start: "2199-12-31 10:00", attributes: { channel: "mail" } }));
  throwsDelai(() => city.due("written-requests", { start: "0001-01-01 10:00", attributes: { channel: "mail" } }));
  throwsDelai(() => city.due("written-requests", { start: new Date(-8.64e15), attributes: { channel: "mail" } }));
  const [r] = city.check({ id: "n", attributes: { channel: "mail", priority: 1e308 }, events: { received: "2025-06-20 10:00" } }, { asOf: AS_OF });
  assert.equal(r.status, "at-risk");
  const [big] = city.check({ id: 2n ** 80n, events: {} });
  assert.equal(big.error.code, "number-out-of-range");
  stillWorks();
});

test("a freed Rules object throws a plain Error, not a trap", () => {
  const r = Rules.compile('standard "x" { within 1 hours }');
  r.free();
  const e = noTrap(() => r.standards());
  assert.ok(e instanceof Error);
  stillWorks();
});
