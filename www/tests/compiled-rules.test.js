// The citizen page answers from rules compiled natively when the site is
// built (scripts/compile-rules.sh), judged by the runtime-only package:
// the rules it ships must be exactly what `delai compile` makes of the
// source today (they cannot drift from it), carry their zones' tables, and
// the page must load them rather than compile in the browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, WWW, start } from "./support/browser.js";
import { engine, villeRules } from "./support/engine.js";

const ROOT = join(WWW, "..");
const BIN = process.env.DELAI_BIN ?? join(ROOT, "target", "debug", "delai");

test("the shipped compiled rules are what `delai compile` makes of public/rules/ville.delai", () => {
  assert.ok(existsSync(BIN), `${BIN} (cargo build --bin delai)`);
  const out = join(mkdtempSync(join(tmpdir(), "delai-www-")), "ville.json");
  execFileSync(BIN, ["compile", join(WWW, "public", "rules", "ville.delai"), "-o", out]);
  const fresh = readFileSync(out, "utf8");
  const shipped = readFileSync(join(DIST, "rules", "ville.json"), "utf8");
  assert.equal(shipped, fresh);
  const zones = Object.keys(JSON.parse(shipped).zones);
  assert.deepEqual(zones, [...new Set(JSON.parse(shipped).calendars.map((c) => c.timezone))].sort());
});

test("the runtime-only package judges the shipped rules as the full one judges the source", async () => {
  const runtimeDir = join(WWW, "pkg", "delai-runtime");
  const runtime = await import(join(runtimeDir, "delai.js"));
  await runtime.default({ module_or_path: readFileSync(join(runtimeDir, "delai_bg.wasm")) });
  assert.equal(runtime.hasParser(), false);
  const shipped = runtime.Rules.load(readFileSync(join(DIST, "rules", "ville.json"), "utf8"));
  const source = await villeRules();
  await engine();
  assert.deepEqual(shipped.standards(), source.standards());
  for (const s of source.standards()) {
    const attributes = Object.fromEntries(s.attributes.map((a) => [a.name, a.values[0]]));
    for (const start of ["2025-06-20 10:00", "2025-12-22 17:30", "2026-03-08 02:30"]) {
      let a, b;
      try { a = shipped.due(s.id, { start, attributes }); } catch (e) { a = e.code; }
      try { b = source.due(s.id, { start, attributes }); } catch (e) { b = e.code; }
      assert.deepEqual(a, b, `${s.id} ${start}`);
    }
  }
});

test("the citizen page loads the compiled rules with the runtime-only module, not the parser", async (t) => {
  const wasm = readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".wasm"));
  assert.equal(wasm.length, 2, wasm.join(", "));
  const browser = await start();
  t.after(() => browser.stop());
  const page = await browser.page("index.html", "desktop");
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.reload();
  await page.waitForSelector("html[data-ready=true]", { timeout: 15_000 });
  assert.ok(fetched.some((p) => p.endsWith("/rules/ville.json")), fetched.join("\n"));
  assert.ok(!fetched.some((p) => p.endsWith("/rules/ville.delai")), fetched.join("\n"));
  // One module, the runtime-only one (the smaller of the two).
  const modules = [...new Set(fetched.filter((p) => p.endsWith(".wasm")))];
  const smaller = wasm.sort((a, b) => statSync(join(DIST, "assets", a)).size - statSync(join(DIST, "assets", b)).size)[0];
  assert.deepEqual(modules, [`/assets/${smaller}`], fetched.join("\n"));
  assert.equal(await page.evaluate(() => typeof window.delai.rules.toJSON), "function");
});
