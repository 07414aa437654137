// The HTML compliance report (`delai report --format html`) in Chromium:
// in French for a French rules file (`<html lang="fr">`), in English with
// `--lang en`, each without a serious or critical axe violation. The page
// is made by the command line (DELAI, else the debug build).
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, axe, WWW } from "./support/browser.js";

const ROOT = join(WWW, "..");
const DELAI = process.env.DELAI ?? join(ROOT, "target", "debug", "delai");

/** The report of the French fixture's cases, by fiscal quarter (the
 * page is written whole even though a row is unreadable: exit 2). */
function report(...more) {
  const env = { ...process.env };
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) delete env[name];
  const run = spawnSync(DELAI, ["report", "tests/fixtures/ville.delai", "tests/fixtures/ville-cas.csv",
    "--as-of", "2026-05-01T00:00:00Z", "--by", "fiscal-quarter", "--format", "html", "--quiet", ...more],
  { cwd: ROOT, env, encoding: "utf8" });
  assert.ok(run.stdout.startsWith("<!DOCTYPE html>"), run.stderr);
  return run.stdout;
}

let context;
let profile;
before(async () => {
  profile = await mkdtemp(join(tmpdir(), "delai-report-"));
  context = await launch(profile);
});
after(async () => {
  await context?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe("the HTML report", () => {
  for (const [lang, more, title] of [
    ["fr", [], "Normes de service\u00a0: conformité"],
    ["en", ["--lang", "en"], "Service standards: compliance"],
  ]) {
    it(`passes axe in ${lang === "fr" ? "French" : "English"}, with lang="${lang}"`, async () => {
      const page = await context.newPage();
      await page.setContent(report(...more));
      assert.equal(await page.getAttribute("html", "lang"), lang);
      assert.equal(await page.title(), title);
      assert.deepEqual(await axe(page), []);
      await page.close();
    });
  }
});
