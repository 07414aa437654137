// The workloads of the WebAssembly benchmarks, as plain JS objects: what
// wasm_check_many.mjs, wasm_check_many_one_standard.mjs and wasm_ab.mjs
// hand to Rules.checkMany.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "..", "..");

/** The bundled 12k cases (pkg-examples/data/cases.csv) as plain case
 * objects: events are the columns the rules name (`eventNames`); other
 * non-empty cells are attributes. (The Node tests read them too.) */
export function bundledCases(eventNames) {
  const lines = readFileSync(join(root, "pkg-examples/data/cases.csv"), "utf8").trim().split("\n");
  const header = lines[0].split(",");
  const events = new Set(eventNames);
  return lines.slice(1).map((line) => {
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
}

/** city.delai and the bundled 12k cases repeated, with new ids, to `total`
 * (their attributes and events objects shared between repeats). */
export function city(total) {
  const source = readFileSync(join(root, "pkg-examples/data/city.delai"), "utf8");
  return {
    source,
    asOf: "2025-12-31T12:00:00-05:00",
    cases(eventNames) {
      const base = bundledCases(eventNames);
      return Array.from({ length: total }, (_, i) => {
        const b = base[i % base.length];
        return { id: `${i}`, attributes: b.attributes, events: b.events };
      });
    },
  };
}

/** The pandas comparison's workload: one-standard.delai (10 business days
 * on the Quebec holidays) and benches/data/simple-1m.csv, written by
 * pandas_pipeline.py on its first run. */
export function oneStandard() {
  const source = readFileSync(join(root, "benches/compare/one-standard.delai"), "utf8");
  return {
    source,
    asOf: "2026-01-10T12:00:00-05:00",
    cases() {
      const lines = readFileSync(join(root, "benches/data/simple-1m.csv"), "utf8").trim().split("\n").slice(1);
      return lines.map((line) => {
        const [id, received, answered] = line.split(",");
        const events = { received };
        if (answered) events.answered = answered;
        return { id, events };
      });
    },
  };
}

/** A workload by the name the A/B and floor scripts take: "one-standard",
 * else the city file with `cityCases` cases. (`cases(eventNames)` of
 * either: the one-standard workload needs no names.) */
export function named(name, cityCases) {
  return name === "one-standard" ? oneStandard() : city(Number(cityCases));
}

/** The workload's rules in package `delai`: compiled where the package has
 * the parser; for a runtime-only package (`Rules.load` only), compiled by
 * `compiler` (a full package) and loaded from that compiled form. */
export function rulesIn(delai, source, compiler) {
  if (typeof delai.Rules.compile === "function") return delai.Rules.compile(source);
  if (!compiler) throw new Error("a runtime-only package needs a full package to compile the rules (second argument)");
  return delai.Rules.load(compiler.Rules.compile(source).compiled());
}

/** Runs `f` and returns its wall-clock seconds, the process's CPU seconds
 * (user + system, every thread: V8's collector helps from other threads)
 * and the share of the machine's CPU time the hypervisor took for other
 * guests while it ran (`steal` in /proc/stat; null off Linux). On these
 * shared VMs, steal is what makes the same build run 1.1M or 0.75M
 * cases/s from one hour to the next: runs with steal above a few percent
 * are disturbed, and only ratios measured in the same run compare. */
export function timed(f) {
  const stat = () => {
    try {
      const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
      return { total: cpu.reduce((a, b) => a + b, 0), steal: cpu[7] ?? 0 };
    } catch {
      return null;
    }
  };
  const s0 = stat(), c0 = process.cpuUsage(), t0 = process.hrtime.bigint();
  const value = f();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0), s1 = stat();
  const steal = s0 && s1 && s1.total > s0.total ? (s1.steal - s0.steal) / (s1.total - s0.total) : null;
  return { value, seconds, cpu_seconds: (c.user + c.system) / 1e6, steal_share: steal === null ? null : Math.round(steal * 1000) / 1000 };
}
