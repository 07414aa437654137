// delai's WebAssembly package in Node: latency of the first `due` after
// compiling (what a kiosk or web form waits for on its first question:
// the zone's caches are filled on first use). Run each in a fresh process.
//
//   node benches/compare/wasm_first_due.mjs [target/wasm-pkg]
//
// Prints one JSON line: milliseconds of the first and second `due` of a
// business-days standard, then of a business-hours one.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..", "..");
const pkg = resolve(process.argv[2] ?? join(root, "target", "wasm-pkg"));
const delai = createRequire(import.meta.url)(pkg);
const rules = delai.Rules.compile(readFileSync(join(root, "pkg-examples/data/city.delai"), "utf8"));
const ms = (f) => {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const days = { start: "2025-06-20 10:00", attributes: { channel: "mail" } };
const hours = { start: "2025-06-20 10:00", attributes: { channel: "voicemail" } };
console.log(JSON.stringify({
  first_days_ms: ms(() => rules.due("written-requests", days)),
  second_days_ms: ms(() => rules.due("written-requests", { ...days, start: "2025-11-03 10:00" })),
  first_hours_ms: ms(() => rules.due("counter-callback", hours)),
  second_hours_ms: ms(() => rules.due("counter-callback", { ...hours, start: "2025-11-03 10:00" })),
}));
