// Headless Chromium for the browser tests (playwright-core on Debian's
// chromium: no browser download), launched one way, and a page's problems
// gathered one way.
import { chromium } from "playwright-core";

/** Launches Chromium (`$CHROMIUM`, else /usr/bin/chromium). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
  });
}

/**
 * The problems of `page`, gathered as they happen: uncaught errors, console
 * errors and, when `onlyFrom` is given, any request to another origin (then
 * aborted: the tests must need nothing but the loopback server).
 */
export async function watch(page, onlyFrom) {
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  if (onlyFrom) {
    await page.route((url) => !url.href.startsWith(onlyFrom), (route) => {
      problems.push(`external: ${route.request().url()}`);
      return route.abort();
    });
  }
  return problems;
}
