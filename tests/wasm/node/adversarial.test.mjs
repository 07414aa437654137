// Adversarial inputs through the WebAssembly door (the same as
// tests/adversarial.rs for the binary): every call returns a result or
// throws a DelaiError — never a `RuntimeError: unreachable` trap, never a
// non-Error. Big inputs are generated here. Self-contained (only the
// package): run with `node --test tests/wasm/node/`; DELAI_PKG_NODE
// points at the nodejs-target package (default: pkg/delai/node, the Node build of the one package).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const require = createRequire(import.meta.url);
const delai = require(path.join(process.env.DELAI_PKG_NODE ?? path.join(root, "pkg/delai/node"), "delai.js"));
const { Rules, diagnose, format } = delai;

/** Runs `fn`: a value, or a DelaiError; anything else fails the test. */
function noTrap(what, fn) {
  try {
    return { value: fn() };
  } catch (e) {
    assert.ok(!(e instanceof WebAssembly.RuntimeError), `${what}: a trap escaped: ${e}`);
    assert.ok(e instanceof Error, `${what}: threw a non-Error: ${e}`);
    assert.equal(e.name, "DelaiError", `${what}: ${e.stack}`);
    assert.ok(Array.isArray(e.diagnostics) && e.diagnostics.length > 0, `${what}: no diagnostics`);
    return { error: e };
  }
}

const ONE = 'standard "s" {\n  within 1 days on "quebec"\n}\n';
const repeat = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join("");

/** Deterministic pseudo-random text (xorshift) over the language's characters. */
function randomText(seed, n, alphabet) {
  let x = seed;
  let out = "";
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += alphabet[(x >>> 0) % alphabet.length];
  }
  return out;
}

const SOURCES = {
  "100k nested parentheses": `standard "s" {\n  applies when ${"(".repeat(100000)}a = 1${")".repeat(100000)}\n  within 1 days on "quebec"\n}\n`,
  "a 20 MB comment": `#${"x".repeat(20 * 1024 * 1024)}\n${ONE}`,
  "50k standards": repeat(50000, (i) => `standard "s${i}" {\n  within 1 days on "quebec"\n}\n`),
  "numbers larger than u64": 'standard "s" {\n  applies when p > 99999999999999999999999\n  within 184467440737095516160 days on "quebec"\n  target 99999999999999999999%\n}\n',
  "lone surrogates": `standard "s\uD800" { within 1 days on "quebec" }\n`,
  "a BOM": `\uFEFF${ONE}`,
  "CRLF line ends": ONE.replaceAll("\n", "\r\n"),
  "NUL characters": 'standard "s\0" {\0 within 1 days on "quebec" }\0\n',
  "an empty file": "",
  "an extends chain of 5000": 'calendar "c0" extends "quebec" { }\n' +
    repeat(4999, (i) => `calendar "c${i + 1}" extends "c${i}" { }\n`),
  "a 20k-character title": `standard "s" {\n  title "${"é".repeat(20000)}"\n  within 1 days on "quebec"\n}\n`,
  "a duration of 1000 years": 'standard "s" {\n  within 12000 months on "quebec"\n}\n',
  "random text": randomText(7, 20000, 'standardcalendarexamplewithin"{}()#\n 0123456789-:%,=<>é'),
  "random characters": randomText(11, 20000, Array.from({ length: 200 }, (_, i) => String.fromCodePoint(i * 331 + 1))),
};

for (const [name, text] of Object.entries(SOURCES)) {
  test(`rules: ${name}`, () => {
    noTrap("Rules.compile", () => Rules.compile(text, "adversarial.delai"));
    const d = noTrap("diagnose", () => diagnose(text));
    assert.ok(d.value !== undefined, "diagnose never throws");
    assert.ok(Array.isArray(d.value));
    for (const lang of [undefined, "en", "fr"]) {
      const f = noTrap("format", () => format(text, lang ? { lang } : undefined));
      if (f.value !== undefined) assert.equal(typeof f.value, "string");
    }
  });
}

const RULES = `calendar "office" {
  timezone "America/Toronto"
  workdays monday to friday
  hours 08:30-12:00, 13:00-16:30
}
calendar "never" {
  timezone "America/Toronto"
  workdays saturday
  closed "Always" from january 1 to december 31
}
standard "letters" {
  starts at "received"
  stops at "answered"
  pauses from "info-requested" until "info-received"
  within 10 business days on "office"
}
standard "hours" {
  starts at "received"
  stops at "answered"
  within 4 business hours on "office"
}
standard "never" {
  starts at "received"
  stops at "answered"
  within 3 business days on "never"
}
`;

const ev = (name, at) => ({ name, at });
const CASES = {
  "stop before start": [{ id: "1", events: [ev("received", "2025-06-20 10:00"), ev("answered", "2025-06-10 10:00")] }],
  "DST gap and fold": [
    { id: "gap", events: { received: "2025-03-09 02:30", answered: "2025-03-10 09:00" } },
    { id: "fold", events: { received: "2025-11-02 01:30", answered: "2025-11-02 01:45" } },
  ],
  "duplicated events": [{ id: "d", events: [ev("received", "2025-06-20 10:00"), ev("received", "2025-06-21 10:00"), ev("answered", "2025-06-23 10:00")] }],
  "a pause never resumed": [{ id: "p", events: [ev("received", "2025-06-20 10:00"), ev("info-requested", "2025-06-21 10:00")] }],
  "extreme years": [
    { id: "a", events: { received: "1899-12-31 10:00" } },
    { id: "b", events: { received: "2199-12-31 23:59:59" } },
    { id: "c", events: { received: "+262142-12-31T23:59:59Z" } },
    { id: "d", events: { received: "-000001-01-01T00:00:00Z" } },
  ],
  "20k events": [{ id: "m", events: Array.from({ length: 20000 }, (_, i) => ev("received", `2025-06-${String(1 + (i % 28)).padStart(2, "0")} 10:00`)) }],
  "wrong types": [
    { id: {}, events: 5 },
    { id: 1e308, attributes: { x: [1, 2], y: { z: 1 }, n: NaN }, events: [ev(null, null), ev("received", 42)] },
    { id: "x", events: { received: ["2025-06-20 10:00", null, 7] } },
    null,
    42,
    "case",
    [],
  ],
  "huge attribute values": [{ id: "h", attributes: { channel: "m".repeat(1 << 20), priority: Number.MAX_VALUE }, events: { received: "2025-06-20 10:00" } }],
};

const rules = Rules.compile(RULES, "rules.delai");

for (const [name, cases] of Object.entries(CASES)) {
  test(`cases: ${name}`, () => {
    for (const asOf of [undefined, "2025-08-01", "2199-12-31 23:59:59", "1800-01-01", "not a time"]) {
      const options = asOf ? { asOf } : undefined;
      const many = noTrap("checkMany", () => rules.checkMany(cases, options));
      if (many.value !== undefined) assert.ok(Array.isArray(many.value));
      for (const c of cases) {
        noTrap("check", () => rules.check(c, options));
        noTrap("explain", () => rules.explain("letters", c, options));
      }
      noTrap("report", () => rules.report(cases, { ...options, by: "month" }));
    }
  });
}

test("cases: not an array, and bad options", () => {
  for (const bad of [undefined, null, 42, "x", {}, { length: 1e9 }]) {
    noTrap("checkMany", () => rules.checkMany(bad));
    noTrap("report", () => rules.report(bad));
  }
  noTrap("due", () => rules.due("never", { start: "2025-06-20 10:00" }));
  noTrap("due", () => rules.due("letters", { start: "+262142-12-31T23:59:59Z" }));
  noTrap("holidays", () => rules.holidays("office", 1e9));
  noTrap("holidays", () => rules.holidays("office", NaN));
  noTrap("nonBusinessDays", () => rules.nonBusinessDays("never", -5));
});
