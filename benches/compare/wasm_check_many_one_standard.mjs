// delai's WebAssembly package in Node: Rules.checkMany on the workload of
// the pandas comparison (one-standard.delai: 10 business days on the
// Quebec holidays; benches/data/simple-1m.csv, written by
// pandas_pipeline.py on its first run), in calls of 10,000 plain objects.
//
//   node benches/compare/wasm_check_many_one_standard.mjs [target/wasm-pkg] [FULL_PKG]
//
// (FULL_PKG compiles the rules for a runtime-only package.)
//
// Prints one JSON line per run (3 runs): wall-clock and CPU seconds, and
// the share of the machine the hypervisor took meanwhile (see `timed`).
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { oneStandard, root, rulesIn, timed } from "./workloads.mjs";

const pkg = resolve(process.argv[2] ?? join(root, "target", "wasm-pkg"));
const delai = createRequire(import.meta.url)(pkg);
const workload = oneStandard();
const compiler = process.argv[3] && createRequire(import.meta.url)(resolve(process.argv[3]));
const rules = rulesIn(delai, workload.source, compiler);
const cases = workload.cases();
const CALL = 10_000;
const asOf = workload.asOf;
rules.checkMany(cases.slice(0, CALL), { asOf }); // warm-up
for (let run = 0; run < 3; run++) {
  const { value: records, seconds, cpu_seconds, steal_share } = timed(() => {
    let records = 0;
    for (let i = 0; i < cases.length; i += CALL) records += rules.checkMany(cases.slice(i, i + CALL), { asOf }).length;
    return records;
  });
  console.log(JSON.stringify({
    system: "delai wasm checkMany, one standard (Node " + process.version + ")",
    cases: cases.length, records, seconds, cases_per_second: Math.round(cases.length / seconds),
    cpu_seconds, steal_share,
  }));
}
