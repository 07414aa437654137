// Two builds of delai's WebAssembly package in one Node process, on the
// same workload, call by call: for a change to the wasm door or the engine,
// the ratio of old to new measured under the same machine noise (these
// machines are shared: two runs of one build minutes apart differ by 20 %).
//
//   node benches/compare/wasm_ab.mjs OLD_PKG NEW_PKG [city|one-standard] [rounds] [city cases] [FULL_PKG]
//
// Either may be a runtime-only package (rules loaded from the other's
// compiled form, or from FULL_PKG's when both are). Each 10,000-case call is made with both packages, in
// alternating order, and each package's time summed; every call's records
// must be identical (compared as JSON text). The whole is run twice, in two
// processes, loading the old package first and then the new one first: a
// package measured against a copy of itself in one process came out
// anywhere from 0.95 to 1.05. The workloads (workloads.mjs)
// are those of wasm_check_many.mjs (city: the bundled cases repeated to
// 1M) and wasm_check_many_one_standard.mjs (simple-1m.csv, written by
// pandas_pipeline.py). Prints one JSON line per round (stderr) and the
// summary over both loading orders (stdout).
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { named, rulesIn } from "./workloads.mjs";

const [oldPkg, newPkg, name = "city", roundsArg = "3", cityCases = "1000000", fullPkg] = process.argv.slice(2);
if (!oldPkg || !newPkg) {
  console.error("usage: node benches/compare/wasm_ab.mjs OLD_PKG NEW_PKG [city|one-standard] [rounds] [city cases]");
  process.exit(2);
}
// The parent runs both loading orders, one child process each, and sums.
const first = process.env.DELAI_AB_LOADED_FIRST;
if (first !== "old" && first !== "new") {
  const totals = { old: 0, new: 0 };
  let cases = 0, rounds = 0;
  for (const loadedFirst of ["old", "new"]) {
    const out = execFileSync(process.execPath, [import.meta.filename, ...process.argv.slice(2)], {
      env: { ...process.env, DELAI_AB_LOADED_FIRST: loadedFirst },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const child = JSON.parse(out.toString().trim().split("\n").pop());
    totals.old += child.old_seconds;
    totals.new += child.new_seconds;
    cases += child.cases * child.rounds;
    rounds += child.rounds;
  }
  console.log(JSON.stringify({
    workload: name, rounds, loading_orders: 2,
    old_cases_per_second: Math.round(cases / totals.old),
    new_cases_per_second: Math.round(cases / totals.new),
    new_over_old_speed: Number((totals.old / totals.new).toFixed(3)),
  }));
  process.exit(0);
}

const require = createRequire(import.meta.url);
// builds[0] is always the old package, whichever was loaded first.
const loaded = first === "old" ? [oldPkg, newPkg] : [newPkg, oldPkg];
const modules = loaded.map((p) => require(resolve(p)));
const builds = first === "old" ? modules : [modules[1], modules[0]];

/** The rules in each build: compiled where it has the parser, else loaded
 * from the other build's compiled form (a runtime-only package). */
function rulesOf(source) {
  const full = builds.find((d) => typeof d.Rules.compile === "function") ?? (fullPkg && require(resolve(fullPkg)));
  if (!full) throw new Error("neither package has Rules.compile, and no FULL_PKG was given");
  return builds.map((d) => rulesIn(d, source, full));
}

const workload = named(name, cityCases);
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
  console.error(JSON.stringify({
    round, workload: name, loaded_first: first, cases: cases.length,
    old_cases_per_second: Math.round(cases.length / seconds[0]),
    new_cases_per_second: Math.round(cases.length / seconds[1]),
  }));
}
console.log(JSON.stringify({
  cases: cases.length, rounds: Number(roundsArg), old_seconds: totals[0], new_seconds: totals[1],
}));
