// delai's WebAssembly package in Node: Rules.checkMany throughput.
//
//   wasm-pack build --release --target nodejs --out-dir target/wasm-pkg
//   node benches/compare/wasm_check_many.mjs [target/wasm-pkg] [cases] [FULL_PKG]
//
// A runtime-only package (built with --no-default-features) has no
// compiler: FULL_PKG, a full package, compiles the rules it then loads.
//
// The cases are the bundled pkg-examples/data/cases.csv (12,000, every
// standard of city.delai) repeated with new ids, as plain JS objects, judged
// in calls of 10,000 (the shape of a back-office batch); the time covers
// the JS → Rust → JS conversions of each call. Prints one JSON line.
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { city, root, rulesIn, timed } from "./workloads.mjs";

const pkg = resolve(process.argv[2] ?? join(root, "target", "wasm-pkg"));
const total = Number(process.argv[3] ?? 1_000_000);
const delai = createRequire(import.meta.url)(pkg);
const workload = city(total);
const compiler = process.argv[4] && createRequire(import.meta.url)(resolve(process.argv[4]));
const rules = rulesIn(delai, workload.source, compiler);
const cases = workload.cases(rules.eventNames());

const CALL = 10_000;
const asOf = workload.asOf;
rules.checkMany(cases.slice(0, CALL), { asOf }); // warm-up
const runs = [];
let records = 0;
for (let r = 0; r < 3; r++) {
  const run = timed(() => {
    let n = 0;
    for (let i = 0; i < cases.length; i += CALL) n += rules.checkMany(cases.slice(i, i + CALL), { asOf }).length;
    return n;
  });
  records = run.value;
  runs.push(run);
}
runs.sort((a, b) => a.seconds - b.seconds);
const { seconds: s, cpu_seconds, steal_share } = runs[1];
console.log(JSON.stringify({
  system: "delai wasm checkMany (Node " + process.version + ")",
  cases: total, records, seconds: s, cases_per_second: Math.round(total / s),
  cpu_seconds, steal_share,
  runs: runs.map((r) => r.seconds),
}));
