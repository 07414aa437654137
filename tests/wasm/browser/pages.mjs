// What the browser tests of delai's own HTML pages (the council report,
// the public declaration) share: the command line that makes the page,
// with the machine's locale cleared, and axe's serious and critical
// violations of a page.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** Screenshots and PDFs, to be looked at. */
export const out = path.join(root, "tests/wasm/out");
mkdirSync(out, { recursive: true });
const DELAI = process.env.DELAI ?? path.join(root, "target/debug/delai");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** `delai ARGS…` from the repository's root ($DELAI, else the debug
 * build), the locale variables cleared; its standard output, once it
 * exited 0. */
export function delai(args) {
  const env = { ...process.env };
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) delete env[name];
  const run = spawnSync(DELAI, args, { cwd: root, env, encoding: "utf8", maxBuffer: 64 << 20 });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** Serious and critical axe violations of the page. */
export async function axe(page) {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 3) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
