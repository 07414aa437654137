// How much of `Rules.checkMany`'s time no engine could remove: the work
// in JavaScript that any door taking plain objects in and giving plain
// objects out must do, measured in the same process and the same calls as
// checkMany itself (alternating, so both see the same machine noise).
//
//   node benches/compare/wasm_floor.mjs [PKG] [city|one-standard] [rounds] [city cases] [FULL_PKG]
//
// (FULL_PKG compiles the rules for a runtime-only package.)
//
// The floor of a call, with no judging at all:
//   in:  JSON.stringify of the call's cases, encoded as UTF-8 into a
//        buffer kept from call to call (`TextEncoder.encodeInto`, as the
//        door does) — the cheapest way to read every value of the objects
//        from outside JavaScript;
//   out: the call's records made again as fresh objects, one object
//        literal per shape holding every key (the fastest way V8 builds
//        an object), from the values checkMany just returned (only one
//        call's records are alive at a time, as in a real batch loop).
// Prints, per 1M cases, checkMany's seconds, the floor's seconds, and what
// is left for everything else (reading the bytes, judging, writing the
// columns): the budget the engine would have to fit in for a given rate.
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { named, root, rulesIn } from "./workloads.mjs";

const [pkgArg, name = "one-standard", roundsArg = "3", cityCases = "1000000", fullPkg] = process.argv.slice(2);
const pkg = resolve(pkgArg ?? join(root, "target", "wasm-pkg"));
const delai = createRequire(import.meta.url)(pkg);
const workload = named(name, cityCases);
const compiler = fullPkg && createRequire(import.meta.url)(resolve(fullPkg));
const rules = rulesIn(delai, workload.source, compiler);
const cases = workload.cases(rules.eventNames());
const asOf = workload.asOf;
const CALL = 10_000;
const encoder = new TextEncoder();
let bytes = new Uint8Array(0);
/** The text's UTF-8 length, encoded into `bytes` (grown to three bytes a
 * UTF-16 unit when it is too small, as the door's second try). */
function encodeInto(text) {
  if (bytes.length < text.length) bytes = new Uint8Array(text.length);
  let r = encoder.encodeInto(text, bytes);
  if (r.read < text.length) {
    bytes = new Uint8Array(3 * text.length);
    r = encoder.encodeInto(text, bytes);
  }
  return r.written;
}

// A copier per set of keys: `{ case: r.case, standard: r.standard, … }`,
// nested quantities copied the same way.
const copiers = new Map();
function copier(r) {
  const keys = Object.keys(r);
  const id = keys.join(",");
  let f = copiers.get(id);
  if (f === undefined) {
    const read = (k) => {
      const v = r[k];
      const at = `r[${JSON.stringify(k)}]`;
      return v !== null && typeof v === "object"
        ? `{ value: ${at}.value, unit: ${at}.unit }`
        : at;
    };
    f = new Function("r", `return { ${keys.map((k) => `${JSON.stringify(k)}: ${read(k)}`).join(", ")} };`);
    copiers.set(id, f);
  }
  return f;
}

const calls = [];
for (let i = 0; i < cases.length; i += CALL) calls.push(cases.slice(i, i + CALL));
const seconds = { checkMany: 0, in: 0, out: 0 };
let sink = 0, total = 0;
const rounds = Number(roundsArg);
for (let round = 0; round < rounds; round++) {
  for (let c = 0; c < calls.length; c++) {
    const part = calls[c];
    let t = process.hrtime.bigint();
    const records = rules.checkMany(part, { asOf });
    seconds.checkMany += Number(process.hrtime.bigint() - t) / 1e9;
    t = process.hrtime.bigint();
    sink += encodeInto(JSON.stringify(part));
    seconds.in += Number(process.hrtime.bigint() - t) / 1e9;
    const copy = records.map(copier); // picked untimed: the shape is known
    t = process.hrtime.bigint();
    const out = [];
    for (let i = 0; i < records.length; i++) out.push(copy[i](records[i]));
    sink += out.length;
    total += records.length;
    seconds.out += Number(process.hrtime.bigint() - t) / 1e9;
  }
}
const per = (s) => +(s / rounds / cases.length * 1e6).toFixed(3); // seconds per 1M cases
const floor = per(seconds.in + seconds.out);
console.log(JSON.stringify({
  workload: name,
  cases: cases.length,
  records: total / rounds,
  rounds,
  checkMany_seconds_per_1M: per(seconds.checkMany),
  floor_seconds_per_1M: floor,
  floor_in: per(seconds.in),
  floor_out: per(seconds.out),
  rest_seconds_per_1M: +(per(seconds.checkMany) - floor).toFixed(3),
  floor_share: +(floor / per(seconds.checkMany)).toFixed(3),
  at_most_cases_per_second_with_free_engine: Math.round(1e6 / floor),
  sink: sink > 0,
}));
