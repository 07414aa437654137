// The browser examples in headless Chromium (playwright-core, Debian's
// chromium): the plain-HTML form and the Vite build. Types into the form,
// checks the expected date appears, saves screenshots in tests/wasm/out/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { launch, watch } from "./chromium.mjs";
import { serve } from "./server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const out = path.join(root, "tests/wasm/out");
mkdirSync(out, { recursive: true });

let server, browser;
before(async () => {
  server = await serve(root);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function checkForm(pagePath, shot) {
  const page = await browser.newPage({ viewport: { width: 720, height: 640 }, locale: "fr-CA", timezoneId: "America/Toronto" });
  const problems = await watch(page, server.url);
  await page.goto(`${server.url}/${pagePath}`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });

  assert.equal(await page.textContent("h1"), "Quand aurai-je une réponse ?");
  await page.selectOption("#service", "written-requests");
  await page.selectOption("#attr-channel", "mail");
  await page.locator("#submitted").pressSequentially("2025-06-20T10:00");
  await page.locator("#submitted").fill("2025-06-20T10:00");
  await page.waitForFunction(() => document.querySelector("#answer").textContent.includes("juillet"));
  assert.equal(await page.textContent("#answer"), "Réponse au plus tard le mardi 8 juillet 2025");
  assert.equal(await page.textContent("#detail"), "2025-07-08T23:59:59-04:00");
  await page.screenshot({ path: path.join(out, `${shot}-fr.png`), fullPage: true });

  // As the citizen changes the date, the answer follows: the holiday closure.
  await page.fill("#submitted", "2025-12-19T14:00");
  await page.waitForFunction(() => document.querySelector("#answer").textContent.includes("janvier"));
  assert.equal(await page.textContent("#answer"), "Réponse au plus tard le mercredi 14 janvier 2026");

  // Another service, with its own questions.
  await page.selectOption("#service", "building-permit");
  await page.selectOption("#attr-priority", "urgent");
  await page.fill("#submitted", "2025-06-20T10:00");
  await page.waitForFunction(() => document.querySelector("#detail").textContent.startsWith("2025-06-30"));

  // A case no standard covers: a message, not a crash.
  await page.selectOption("#attr-service", "");
  await page.waitForFunction(() => document.querySelector("#answer").classList.contains("error"));

  // English.
  await page.selectOption("#service", "written-requests");
  await page.selectOption("#attr-channel", "email");
  await page.fill("#submitted", "2025-06-20T10:00");
  await page.click("#lang");
  assert.equal(await page.textContent("h1"), "When will I get an answer?");
  assert.match(await page.textContent("#answer"), /July 8, 2025/);
  await page.screenshot({ path: path.join(out, `${shot}-en.png`), fullPage: true });

  assert.deepEqual(problems, []);
  await page.close();
}

test("plain HTML form (web target, no bundler)", async () => {
  await checkForm("pkg-examples/form/index.html", "form");
});

test("Vite build of the form", async () => {
  await checkForm("pkg-examples/vite/dist/index.html", "vite");
});
