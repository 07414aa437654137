// The Worker recipe (pkg-examples/worker): checkMany in a module Web
// Worker, in headless Chromium. The records must be those of checkMany on
// the main thread, the page must keep running meanwhile, and a bad option
// must come back as a DelaiError with its diagnostic.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { launch, watch } from "./chromium.mjs";
import { serve } from "./server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
let server, browser;
before(async () => {
  server = await serve(root);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("checkManyOffThread judges in a Web Worker what checkMany judges on the page", async () => {
  const page = await browser.newPage();
  const problems = await watch(page);
  await page.goto(`${server.url}/pkg-examples/worker/?n=30000`);
  await page.waitForSelector("body[data-result]", { timeout: 60_000 });
  const result = JSON.parse(await page.evaluate(() => document.body.dataset.result));
  await page.close();
  assert.deepEqual(problems, []);
  assert.equal(result.cases, 30000);
  assert.ok(result.records >= 30000, `${result.records} records`);
  assert.ok(result.breached > 1000, `${result.breached} breached`);
  assert.equal(result.same, true, "the worker's records are the main thread's");
  // The 5 ms timer ran while the worker judged: the page was not blocked.
  assert.ok(result.ticks >= 3, `${result.ticks} ticks in ${result.workerMs} ms`);
  assert.deepEqual(result.badError, { name: "DelaiError", code: "bad-time" });
});
