// date-fns + date-holidays:
// the N-th business day after a date, on a sample of the pairs.
//
//   node peers.mjs DIR            (DIR from compare.py: sample.json, holidays.txt)
//
// Prints one JSON line per system: {system, n, ns_per_op, answers_file}.
// Dates are handled as UTC noon so no zone shifts a day (run with TZ=UTC).
import { addBusinessDays } from "date-fns";
import Holidays from "date-holidays";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const sample = JSON.parse(readFileSync(join(dir, "sample.json"), "utf8"));
const delaiHolidays = new Set(
  readFileSync(join(dir, "holidays.txt"), "utf8").split("\n").filter(Boolean),
);
const iso = (d) => d.toISOString().slice(0, 10);
const noon = (s) => new Date(s + "T12:00:00Z");

// The N-th business day strictly after d, stepping with date-fns and
// skipping holidays (date-fns knows weekends only).
function nth(d, n, isHoliday) {
  let k = 0;
  while (k < n) {
    d = addBusinessDays(d, 1);
    if (!isHoliday(d)) k++;
  }
  return d;
}

function run(system, isHoliday) {
  const out = new Array(sample.dates.length);
  const times = [];
  for (let r = 0; r < 3; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < sample.dates.length; i++) {
      out[i] = iso(nth(noon(sample.dates[i]), sample.ns[i], isHoliday));
    }
    times.push(Number(process.hrtime.bigint() - t));
  }
  times.sort((a, b) => a - b);
  const file = join(dir, system.replace(/[^a-z0-9]+/gi, "_") + ".json");
  writeFileSync(file, JSON.stringify(out));
  console.log(
    JSON.stringify({ system, n: out.length, ns_per_op: times[1] / out.length, answers_file: file }),
  );
}

// 1. date-holidays' own Quebec holidays (type "public"), fetched once per
// year with getHolidays and kept in a Set, as an application would
// (isHoliday on every stepped day is ~100x slower still).
const hd = new Holidays("CA", "QC");
const years = new Map();
function publicHolidays(year) {
  let set = years.get(year);
  if (!set) {
    set = new Set(
      hd.getHolidays(year).filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)),
    );
    years.set(year, set);
  }
  return set;
}
run("date-fns + date-holidays", (d) => publicHolidays(d.getUTCFullYear()).has(iso(d)));

// 2. The same loop with delai's holiday list in a Set: same answers as
// delai, so the time is date-fns's stepping alone.
run("date-fns + delai holiday Set", (d) => delaiHolidays.has(iso(d)));

// delai's WebAssembly package is measured by wasm_check_many.mjs.
