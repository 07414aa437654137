// Two builds of delai's WebAssembly package in one Node process, on the
// same workload, call by call: for a change to the wasm door or the engine,
// the ratio of old to new measured under the same machine noise (these
// machines are shared: two runs of one build minutes apart differ by 20 %).
//
//   node benches/compare/wasm_ab.mjs OLD_PKG NEW_PKG [city|one-standard] [rounds] [city cases]
//
// Either may be a runtime-only package (rules loaded from the other's
// compiled form). Each 10,000-case call is made with both packages, in
// alternating order, and each package's time summed; every call's records
// must be identical (compared as JSON text). The workloads (workloads.mjs)
// are those of wasm_check_many.mjs (city: the bundled cases repeated to
// 1M) and wasm_check_many_one_standard.mjs (simple-1m.csv, written by
// pandas_pipeline.py). Prints one JSON line per round and a summary.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { city, oneStandard } from "./workloads.mjs";

const [oldPkg, newPkg, name = "city", roundsArg = "3", cityCases = "1000000"] = process.argv.slice(2);
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

const workload = name === "one-standard" ? oneStandard() : city(Number(cityCases));
const rules = rulesOf(workload.source);
const cases = workload.cases(rules[0].eventNames());
const asOf = workload.asOf;
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
    round, workload: name, cases: cases.length,
    old_cases_per_second: Math.round(cases.length / seconds[0]),
    new_cases_per_second: Math.round(cases.length / seconds[1]),
  }));
}
console.log(JSON.stringify({
  workload: name, rounds: Number(roundsArg),
  old_cases_per_second: Math.round((cases.length * Number(roundsArg)) / totals[0]),
  new_cases_per_second: Math.round((cases.length * Number(roundsArg)) / totals[1]),
  new_over_old_speed: Number((totals[0] / totals[1]).toFixed(3)),
}));
