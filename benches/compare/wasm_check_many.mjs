// delai's WebAssembly package in Node: Rules.checkMany throughput.
//
//   wasm-pack build --release --target nodejs --out-dir target/wasm-pkg
//   node benches/compare/wasm_check_many.mjs [target/wasm-pkg] [cases]
//
// The cases are the bundled pkg-examples/data/cases.csv (12,000, every
// standard of city.delai) repeated with new ids, as plain JS objects, judged
// in calls of 10,000 (the shape of a back-office batch); the time covers
// the JS → Rust → JS conversions of each call. Prints one JSON line.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..", "..");
const pkg = resolve(process.argv[2] ?? join(root, "target", "wasm-pkg"));
const total = Number(process.argv[3] ?? 1_000_000);
const require = createRequire(import.meta.url);
const delai = require(pkg);

const rules = delai.Rules.compile(readFileSync(join(root, "pkg-examples/data/city.delai"), "utf8"));
const lines = readFileSync(join(root, "pkg-examples/data/cases.csv"), "utf8").trim().split("\n");
const header = lines[0].split(",");
const events = new Set(rules.eventNames());
const base = lines.slice(1).map((line) => {
  const cells = line.split(",");
  const c = { id: "", attributes: {}, events: {} };
  header.forEach((h, i) => {
    const v = cells[i];
    if (!v) return;
    if (h === "id") c.id = v;
    else if (events.has(h)) c.events[h] = v;
    else c.attributes[h] = v;
  });
  return c;
});
const cases = Array.from({ length: total }, (_, i) => {
  const b = base[i % base.length];
  return { id: `${i}`, attributes: b.attributes, events: b.events };
});

const CALL = 10_000;
const asOf = "2025-12-31T12:00:00-05:00";
rules.checkMany(cases.slice(0, CALL), { asOf }); // warm-up
const times = [];
let records = 0;
for (let r = 0; r < 3; r++) {
  records = 0;
  const t = process.hrtime.bigint();
  for (let i = 0; i < cases.length; i += CALL) {
    records += rules.checkMany(cases.slice(i, i + CALL), { asOf }).length;
  }
  times.push(Number(process.hrtime.bigint() - t) / 1e9);
}
times.sort((a, b) => a - b);
const s = times[1];
console.log(JSON.stringify({
  system: "delai wasm checkMany (Node " + process.version + ")",
  cases: total, records, seconds: s, cases_per_second: Math.round(total / s),
  runs: times,
}));
