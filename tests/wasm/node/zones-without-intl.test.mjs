// Judging never consults the platform's time zones (issue #15): with
// `Intl.DateTimeFormat` replaced, before the package loads, by one that
// throws (or, in a second process, by one that lies: every zone formats as
// UTC), the package and the native binary (chrono-tz) give the same records
// for every IANA zone of src/calendar/tz_names.rs, at local times spread
// over 1900–2199 (event times, deadlines in business hours, the offsets of
// the times shown).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const mode = process.env.DELAI_INTL_MODE ?? "throws";
const RealFormat = Intl.DateTimeFormat;
if (mode === "throws") {
  Intl.DateTimeFormat = function DateTimeFormat() {
    throw new Error("the platform's time zones are disabled in this test");
  };
} else {
  // Lies: every zone is formatted as UTC.
  Intl.DateTimeFormat = function DateTimeFormat(locale, options) {
    return new RealFormat(locale, { ...options, timeZone: "UTC" });
  };
}
const delai = createRequire(import.meta.url)(path.join(process.env.DELAI_PKG_NODE ?? path.join(root, "pkg/delai/node"), "delai.js"));

const zones = [...readFileSync(path.join(root, "src/calendar/tz_names.rs"), "utf8").matchAll(/^ {4}"([^"]+)",$/gm)].map((m) => m[1]);

const rules = zones.map((z, i) => `calendar "z${i}" {
  timezone "${z}"
  workdays monday to sunday
  hours 00:00-02:15, 02:45-24:00
}
standard "z${i}" {
  title "${z}"
  applies when zone = "${i}"
  starts at "received"
  stops at "answered"
  within 3 business hours on "z${i}"
}
`).join("\n");

// Local times: 14 a zone, pseudo-random days from 1900-01-02 to
// 2199-12-30 (a different sample in each zone), times on the quarter hour.
let seed = 15;
const next = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const pad = (n) => String(n).padStart(2, "0");
const first = Date.UTC(1900, 0, 2);
const days = (Date.UTC(2199, 11, 30) - first) / 86400000;
const cases = [];
zones.forEach((z, i) => {
  for (let k = 0; k < 14; k++) {
    const d = new Date(first + next(days) * 86400000 + next(96) * 900000);
    const local = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    // Answered the same day (an open case would count opening time up to
    // the as-of date, centuries for most: slow, and no more zone readings).
    const events = { received: local, answered: local.replace(/\d\d:\d\d$/, "23:59") };
    cases.push({ id: `${z} ${local}`, attributes: { zone: String(i) }, events });
  }
});

test(`zones: every IANA zone gives native answers with Intl.DateTimeFormat that ${mode === "throws" ? "throws" : "lies"}`, (t) => {
  const bin = process.env.DELAI_BIN ?? path.join(root, "target/debug/delai");
  if (spawnSync(bin, ["check", "--help"]).status !== 0) {
    t.skip(`no \`delai check\` in ${bin} (build it with \`cargo build\`)`);
    return;
  }
  assert.equal(zones.length, 597);
  const dir = mkdtempSync(path.join(tmpdir(), "delai-zones-"));
  writeFileSync(path.join(dir, "rules.delai"), rules);
  writeFileSync(path.join(dir, "cases.jsonl"), cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
  const asOf = "2199-12-31T00:00:00Z";
  const run = spawnSync(bin, ["check", path.join(dir, "rules.delai"), path.join(dir, "cases.jsonl"), "--format", "jsonl", "--as-of", asOf], { encoding: "utf8", maxBuffer: 1 << 28 });
  assert.ok(run.status === 0 || run.status === 2, run.stderr);
  const native = run.stdout.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const wasm = delai.Rules.compile(rules, "zones.delai").checkMany(cases, { asOf });
  assert.equal(wasm.length, native.length);
  assert.ok(native.filter((r) => r.due).length === cases.length, "a deadline for every case");
  for (let i = 0; i < native.length; i++) assert.deepEqual(wasm[i], native[i], `record ${i + 1}`);
});

test("zones: the lying platform really lies, and the package still loads every zone", { skip: mode !== "lies" }, () => {
  const f = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Kolkata", hour: "2-digit", hourCycle: "h23" });
  assert.equal(f.format(0), "00");
});

// The runtime-only package has no zone data of its own: it judges with
// the tables the compiled rules carry (`delai compile`, chrono-tz's), and
// gives the native records for every zone, Intl sabotaged as above.
const runtimeDir = process.env.DELAI_PKG_RUNTIME_NODE ?? path.join(root, "pkg/delai/runtime/node");
test(`zones: the runtime-only package, from natively compiled rules, gives native answers for every zone with Intl.DateTimeFormat that ${mode === "throws" ? "throws" : "lies"}`, (t) => {
  const bin = process.env.DELAI_BIN ?? path.join(root, "target/debug/delai");
  if (spawnSync(bin, ["check", "--help"]).status !== 0 || !existsSync(path.join(runtimeDir, "delai.js"))) {
    t.skip(`needs \`delai\` in ${bin} and the runtime-only package in ${runtimeDir}`);
    return;
  }
  const runtime = createRequire(import.meta.url)(path.join(runtimeDir, "delai.js"));
  const dir = mkdtempSync(path.join(tmpdir(), "delai-zones-"));
  writeFileSync(path.join(dir, "rules.delai"), rules);
  writeFileSync(path.join(dir, "cases.jsonl"), cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
  const compile = spawnSync(bin, ["compile", path.join(dir, "rules.delai"), "-o", path.join(dir, "rules.json")], { encoding: "utf8" });
  assert.equal(compile.status, 0, compile.stderr);
  const compiled = readFileSync(path.join(dir, "rules.json"), "utf8");
  assert.deepEqual(Object.keys(JSON.parse(compiled).zones).sort(), [...zones].sort(), "a table for every zone");
  const asOf = "2199-12-31T00:00:00Z";
  const run = spawnSync(bin, ["check", path.join(dir, "rules.json"), path.join(dir, "cases.jsonl"), "--format", "jsonl", "--as-of", asOf], { encoding: "utf8", maxBuffer: 1 << 28 });
  assert.ok(run.status === 0 || run.status === 2, run.stderr);
  const native = run.stdout.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const wasm = runtime.Rules.load(compiled).checkMany(cases, { asOf });
  assert.equal(wasm.length, cases.length);
  for (let i = 0; i < native.length; i++) assert.deepEqual(wasm[i], native[i], `record ${i + 1}`);

  // Rules compiled before they carried their zones: the full package
  // still reads them (its own table), the runtime-only one names the zone
  // and asks for them to be compiled again.
  const old = JSON.parse(compiled);
  delete old.zones;
  const oldText = JSON.stringify(old);
  assert.deepEqual(delai.Rules.load(oldText).checkMany(cases.slice(0, 50), { asOf }), native.slice(0, 50));
  let caught;
  try {
    runtime.Rules.load(oldText);
  } catch (e) {
    caught = e;
  }
  assert.equal(caught?.name, "DelaiError");
  assert.equal(caught.code, "bad-rules-format");
  assert.match(caught.message, new RegExp(`time zone \`${zones[0]}\`.*delai compile`));
});

// The same file again in a child process, with the lying platform.
test("zones: the same with Intl.DateTimeFormat that lies (child process)", { skip: mode !== "throws" }, () => {
  // Run as a plain script (node:test then exits with 1 on a failure), not
  // as a subtest of this runner.
  const env = { ...process.env, DELAI_INTL_MODE: "lies" };
  delete env.NODE_TEST_CONTEXT;
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], { encoding: "utf8", env, maxBuffer: 1 << 26 });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^ok \d+ - zones: every IANA zone gives native answers with Intl.DateTimeFormat that lies$/m);
  assert.match(run.stdout, /^ok \d+ - zones: the runtime-only package, from natively compiled rules, gives native answers for every zone with Intl.DateTimeFormat that lies/m);
});

test("zones: compiled rules naming a zone outside the list are refused, never read as UTC", { skip: mode !== "throws" }, () => {
  const compiled = delai.Rules.compile(rules.split("\n\n")[0] + "\n", "one.delai").compiled();
  const text = typeof compiled === "string" ? compiled : JSON.stringify(compiled);
  assert.ok(text.includes(`"${zones[0]}"`));
  for (const name of ["Mars/Olympus", zones[0].toLowerCase(), ""]) {
    let caught;
    try {
      delai.Rules.load(text.replace(`"${zones[0]}"`, JSON.stringify(name)));
    } catch (e) {
      caught = e;
    }
    assert.ok(caught && caught.name === "DelaiError", `${name}: ${caught}`);
  }
  // The runtime-only package too, even with a table carried for the name.
  if (!existsSync(path.join(runtimeDir, "delai.js"))) return;
  const runtime = createRequire(import.meta.url)(path.join(runtimeDir, "delai.js"));
  const json = JSON.parse(text);
  assert.ok(runtime.Rules.load(JSON.stringify(json)));
  const table = json.zones[zones[0]];
  for (const name of ["Mars/Olympus", zones[0].toLowerCase()]) {
    const bad = JSON.stringify({ ...json, calendars: json.calendars.map((c) => ({ ...c, timezone: name })), zones: { [name]: table } });
    let caught;
    try {
      runtime.Rules.load(bad);
    } catch (e) {
      caught = e;
    }
    assert.ok(caught && caught.name === "DelaiError", `${name}: ${caught}`);
  }
  // A damaged table is refused, not read as UTC.
  const damaged = JSON.stringify({ ...json, zones: { [zones[0]]: table.slice(0, -4) } });
  assert.throws(() => runtime.Rules.load(damaged), (e) => e.name === "DelaiError");
});
