// `delai calibrate --format html` on the bundled city data, with a line
// tried (`--what-if`), in headless Chromium, in French and in English: no
// serious or critical axe violation, nothing wider than a 375 px phone
// (the charts shrink, the tables scroll inside their own named region),
// one chart per standard with times, each bar titled. Screenshots go to
// tests/wasm/out/ to be looked at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { launch, watch } from "./chromium.mjs";
import { axe, delai, out } from "./pages.mjs";

/** The city's calibration in `lang`, written requests tried at 8 days. */
function calibration(lang) {
  const line = lang === "fr" ? "written-requests: dans 8 jours ouvrables" : "written-requests: within 8 business days";
  return delai(["calibrate", "pkg-examples/data/city.delai", "pkg-examples/data/cases.csv",
    "--as-of", "2026-01-05 12:00", "--what-if", line, "--format", "html", "--lang", lang, "--quiet"]);
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const lang of ["fr", "en"]) {
  test(`the city's calibration in ${lang}: axe clean, fits a phone`, async () => {
    const html = calibration(lang);
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const problems = await watch(phone);
    await phone.setContent(html);
    assert.equal(await phone.getAttribute("html", "lang"), lang);
    assert.deepEqual(await axe(phone), []);
    const widths = await phone.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      charts: [...document.querySelectorAll("svg")].map((s) => s.getBoundingClientRect().right),
      bars: [...document.querySelectorAll("svg rect")].filter((r) => !r.querySelector("title")).length,
    }));
    assert.ok(widths.page <= 375, `page ${widths.page} px wide at 375 px`);
    // Eight standards have closed cases: eight charts, every bar titled.
    assert.equal(widths.charts.length, 8);
    for (const right of widths.charts) assert.ok(right <= 375, `a chart ends at ${right} px`);
    assert.equal(widths.bars, 0, "a bar without its title");
    await phone.screenshot({ path: path.join(out, `calibrate-phone-${lang}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await phone.close();

    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await desk.setContent(html);
    assert.deepEqual(await axe(desk), []);
    await desk.screenshot({ path: path.join(out, `calibrate-desktop-${lang}.png`), fullPage: true });
    await desk.close();
  });
}
