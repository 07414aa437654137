// Two builds of delai's WebAssembly package in one Node process, on the
// same workload, call by call: for a change to the wasm door or the engine,
// the ratio of old to new measured under the same machine noise (these
// machines are shared: two runs of one build minutes apart differ by 20 %).
//
//   node benches/compare/wasm_ab.mjs OLD_PKG NEW_PKG [city|one-standard] [rounds] [city cases]
//
// Either may be a runtime-only package (rules loaded from the other's
// compiled form). Each 10,000-case call is made with both packages, in alternating order,
// and each package's time summed; every call's records must be identical
// (compared as JSON text). The workloads are those of wasm_check_many.mjs
// (city: the bundled cases repeated to 1M) and
// wasm_check_many_one_standard.mjs (simple-1m.csv, written by
// pandas_pipeline.py). Prints one JSON line per round and a summary.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..", "..");
const [oldPkg, newPkg, workload = "city", roundsArg = "3", cityCases = "1000000"] = process.argv.slice(2);
if (!oldPkg || !newPkg) {
  console.error("usage: node benches/compare/wasm_ab.mjs OLD_PKG NEW_PKG [city|one-standard] [rounds] [city cases]");
  process.exit(2);
}
const require = createRequire(import.meta.url);
const builds = [oldPkg, newPkg].map((p) => require(resolve(p)));

/** The rules in each build: compiled where it has the parser, else loaded
 * from the other build's compiled form (a runtime-only package). */
function rulesOf(source) {
  const full = builds.find((d) => typeof d.Rules.compile === "function");
  if (!full) throw new Error("neither package has Rules.compile");
  const compiled = full.Rules.compile(source).compiled();
  return builds.map((d) => (d.Rules.compile ? d.Rules.compile(source) : d.Rules.load(compiled)));
}

function cityWorkload() {
  const source = readFileSync(join(root, "pkg-examples/data/city.delai"), "utf8");
  const rules = rulesOf(source);
  const lines = readFileSync(join(root, "pkg-examples/data/cases.csv"), "utf8").trim().split("\n");
  const header = lines[0].split(",");
  const events = new Set(rules[0].eventNames());
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
  const cases = Array.from({ length: Number(cityCases) }, (_, i) => {
    const b = base[i % base.length];
    return { id: `${i}`, attributes: b.attributes, events: b.events };
  });
  return { rules, cases, asOf: "2025-12-31T12:00:00-05:00" };
}

function oneStandardWorkload() {
  const source = readFileSync(join(root, "benches/compare/one-standard.delai"), "utf8");
  const rules = rulesOf(source);
  const lines = readFileSync(join(root, "benches/data/simple-1m.csv"), "utf8").trim().split("\n").slice(1);
  const cases = lines.map((line) => {
    const [id, received, answered] = line.split(",");
    const events = { received };
    if (answered) events.answered = answered;
    return { id, events };
  });
  return { rules, cases, asOf: "2026-01-10T12:00:00-05:00" };
}

const { rules, cases, asOf } = workload === "one-standard" ? oneStandardWorkload() : cityWorkload();
const CALL = 10_000;
for (const r of rules) r.checkMany(cases.slice(0, CALL), { asOf }); // warm-up

const totals = [0, 0];
for (let round = 0; round < Number(roundsArg); round++) {
  const seconds = [0, 0];
  for (let i = 0, call = 0; i < cases.length; i += CALL, call++) {
    const batch = cases.slice(i, i + CALL);
    const order = (call + round) % 2 ? [1, 0] : [0, 1];
    const out = [];
    for (const b of order) {
      const t = process.hrtime.bigint();
      out[b] = rules[b].checkMany(batch, { asOf });
      seconds[b] += Number(process.hrtime.bigint() - t) / 1e9;
    }
    if (JSON.stringify(out[0]) !== JSON.stringify(out[1])) {
      console.error(`the two builds disagree on cases ${i}..${i + batch.length}`);
      process.exit(1);
    }
  }
  totals[0] += seconds[0];
  totals[1] += seconds[1];
  console.log(JSON.stringify({
    round, workload, cases: cases.length,
    old_cases_per_second: Math.round(cases.length / seconds[0]),
    new_cases_per_second: Math.round(cases.length / seconds[1]),
  }));
}
console.log(JSON.stringify({
  workload, rounds: Number(roundsArg),
  old_cases_per_second: Math.round((cases.length * Number(roundsArg)) / totals[0]),
  new_cases_per_second: Math.round((cases.length * Number(roundsArg)) / totals[1]),
  new_over_old_speed: Number((totals[0] / totals[1]).toFixed(3)),
}));
