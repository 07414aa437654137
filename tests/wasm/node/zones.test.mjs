// Time zones in WebAssembly come from a table embedded in the module,
// generated from chrono-tz (src/calendar/tz_table.rs); natively from
// chrono-tz. Around DST changes (gaps, folds, changes at midnight, by 30
// minutes, a skipped date, Brazil's one-week DST of 2000) both doors must
// give the same records: local event times (gap forward, fold earlier),
// deadlines in business hours and days, offsets of the times shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { delai, root } from "./helpers.mjs";

const ZONES = {
  "America/Toronto": ["2025-03-09", "2025-11-02", "1975-04-27", "2099-03-08"],
  "America/Havana": ["2024-03-10", "2024-11-03"],
  "America/Santiago": ["2025-04-06", "2025-09-07"],
  "Australia/Lord_Howe": ["2025-04-06", "2025-10-05"],
  "Pacific/Apia": ["2011-12-29", "2011-12-31"],
  "Europe/Paris": ["2025-03-30", "2025-10-26"],
  "America/Sao_Paulo": ["2000-10-08", "2000-10-15"],
  "Asia/Kolkata": ["2025-06-20"],
};

const name = (z) => z.replace(/\W/g, "-").toLowerCase();
const rules = Object.keys(ZONES).map((z) => `calendar "${name(z)}" {
  timezone "${z}"
  workdays monday to sunday
  hours 00:00-02:15, 02:45-24:00
}
standard "${name(z)}-hours" {
  title "Hours"
  starts at "received"
  stops at "answered"
  within 3 business hours on "${name(z)}"
}
standard "${name(z)}-days" {
  title "Days"
  starts at "received"
  stops at "answered"
  within 1 business days on "${name(z)}"
}
`).join("\n");

const pad = (n) => String(n).padStart(2, "0");
const cases = [];
for (const [z, days] of Object.entries(ZONES)) {
  for (const day of days) {
    for (let m = -120; m < 26 * 60; m += 20) {
      const d = new Date(`${day}T00:00:00Z`);
      d.setUTCMinutes(m);
      const local = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
      cases.push({ id: `${z} ${local}`, attributes: {}, events: { received: local } });
      cases.push({ id: `${z} ${local} answered`, attributes: {}, events: { received: `${day} 00:30`, answered: local } });
    }
  }
}

test("zones: WebAssembly (embedded table) and native (chrono-tz) give the same records around DST changes", (t) => {
  const bin = process.env.DELAI_BIN ?? path.join(root, "target/debug/delai");
  if (spawnSync(bin, ["check", "--help"]).status !== 0) {
    t.skip(`no \`delai check\` in ${bin} (build it with \`cargo build\`)`);
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "delai-zones-"));
  writeFileSync(path.join(dir, "rules.delai"), rules);
  writeFileSync(path.join(dir, "cases.jsonl"), cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
  const asOf = "2030-01-01T00:00:00Z";
  const run = spawnSync(bin, ["check", path.join(dir, "rules.delai"), path.join(dir, "cases.jsonl"), "--format", "jsonl", "--as-of", asOf], { encoding: "utf8", maxBuffer: 1 << 28 });
  assert.ok(run.status === 0 || run.status === 2, run.stderr);
  const native = run.stdout.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const wasm = delai.Rules.compile(rules, "zones.delai").checkMany(cases, { asOf });
  assert.equal(wasm.length, native.length);
  assert.ok(wasm.filter((r) => r.due).length > cases.length, "deadlines computed");
  for (let i = 0; i < native.length; i++) assert.deepEqual(wasm[i], native[i], `record ${i + 1}`);
});
