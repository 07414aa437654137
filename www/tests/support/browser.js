// Chromium from the system (/usr/bin/chromium) driven by playwright-core:
// `npx playwright install` cannot run here, and no network is needed.
import { chromium } from "playwright-core";
import { mkdtemp, rm, mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { serve } from "./server.js";

export const WWW = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(WWW, "dist");
export const RESULTS = join(WWW, "test-results");
const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve("axe-core/axe.min.js");

export const SIZES = {
  desktop: { width: 1280, height: 900 },
  kiosk: { width: 1920, height: 1080 },
  phone: { width: 375, height: 667 },
};

/** The system's Chromium with a persistent profile in `profile`. */
export function launch(profile) {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    acceptDownloads: true,
    viewport: SIZES.desktop,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
  });
}

/** Starts the server and a persistent Chromium profile in a fresh temp folder. */
export async function start() {
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`${DIST} is missing: run \`npm --prefix www run build\` first`);
  const server = await serve(DIST);
  const profile = await mkdtemp(join(tmpdir(), "delai-www-"));
  const context = await launch(profile);
  await mkdir(RESULTS, { recursive: true });
  return {
    server,
    context,
    async page(path = "index.html", size = "desktop") {
      const page = await context.newPage();
      await page.setViewportSize(SIZES[size]);
      const errors = [];
      page.on("pageerror", (e) => errors.push(e));
      page.errors = errors;
      await page.goto(server.url + path);
      return page;
    },
    async stop() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Runs axe-core in the page; resolves to the serious and critical violations. */
export async function axe(page) {
  await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
  });
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

export const shot = (page, name) => page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
