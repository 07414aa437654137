// The council's report (`delai report --format html`) on the bundled city
// data, in headless Chromium, in French and in English: no serious or
// critical axe violation, nothing wider than a 375 px phone (the summary
// stacks, the per-period tables scroll inside their own named region),
// and a PDF from Chromium's print whose tables fit the page. Screenshots
// and PDFs go to tests/wasm/out/ to be looked at. The page is made by the
// command line ($DELAI, else the debug build).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { launch, watch } from "./chromium.mjs";
import { axe, delai, out } from "./pages.mjs";

/** The report of the city's 12,000 cases by quarter, in `lang`. */
function report(lang) {
  return delai(["report", "pkg-examples/data/city.delai", "pkg-examples/data/cases.csv",
    "--as-of", "2025-12-31", "--by", "quarter", "--by-attr", "channel", "--format", "html", "--lang", lang, "--quiet"]);
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const [lang, quality] of [["fr", "Qualité des données"], ["en", "Data quality"]]) {
  test(`the city's report in ${lang}: axe clean, fits a phone, prints to PDF`, async () => {
    const html = report(lang);
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const problems = await watch(phone);
    await phone.setContent(html);
    assert.equal(await phone.getAttribute("html", "lang"), lang);
    assert.equal(await phone.textContent("#quality"), quality);
    assert.deepEqual(await axe(phone), []);
    // Nothing makes the page itself scroll sideways.
    const widths = await phone.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      summary: document.querySelector("table.stack").getBoundingClientRect().right,
      regions: [...document.querySelectorAll(".scroll")].map((r) => r.getBoundingClientRect().right),
    }));
    assert.ok(widths.page <= 375, `page ${widths.page} px wide at 375 px`);
    assert.ok(widths.summary <= 375, `summary ends at ${widths.summary} px`);
    for (const right of widths.regions) assert.ok(right <= 375, `a table region ends at ${right} px`);
    await phone.screenshot({ path: path.join(out, `report-phone-${lang}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await phone.close();

    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await desk.setContent(html);
    assert.deepEqual(await axe(desk), []);
    await desk.screenshot({ path: path.join(out, `report-desktop-${lang}.png`), fullPage: true });
    // Print: every table within the printed page's width (A4 landscape,
    // 12 mm margins, as the page's @page asks: 273 mm, 1031 px), none cut
    // off by a scrolling region.
    await desk.emulateMedia({ media: "print" });
    await desk.setViewportSize({ width: 1031, height: 700 });
    const cut = await desk.evaluate(() => [...document.querySelectorAll("table")]
      .filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((t) => t.querySelector("caption").textContent));
    assert.deepEqual(cut, []);
    const pdf = await desk.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(path.join(out, `report-${lang}.pdf`), pdf);
    assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 2, `${pages} PDF pages`);
    await desk.close();
  });
}
