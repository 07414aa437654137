// The public declaration of services (`delai publish`) of the bundled city
// rules, with the results of its 12,000 cases, in headless Chromium, in
// French and in English: no serious or critical axe violation, nothing
// wider than a 375 px phone, each commitment and its results shown, and a
// PDF from Chromium's print. Screenshots and PDFs go to tests/wasm/out/ to
// be looked at. The page is made by the command line ($DELAI, else the
// debug build) and served from its folder, style sheet included, on the
// loopback (axe reads the style sheets, which a file: page may not).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { launch, watch } from "./chromium.mjs";
import { serve } from "./server.mjs";
import { axe, delai, out } from "./pages.mjs";

/** Publishes the city's declaration in `lang`; the page's path under `out`. */
function publish(lang) {
  const dir = path.join(out, `declaration-${lang}`);
  delai(["publish", "pkg-examples/data/city.delai", "--results", "pkg-examples/data/cases.csv",
    "--as-of", "2026-01-05 12:00", "--lang", lang, "--quiet", "-o", dir]);
  return `/declaration-${lang}/`;
}

let browser, server;
before(async () => { browser = await launch(); server = await serve(out); });
after(async () => { await browser?.close(); await server?.close(); });

for (const [lang, commitment, results] of [
  ["fr", "Notre engagement\u00a0: dans un délai de 10\u00a0jours ouvrables.", "Nos résultats"],
  ["en", "Our commitment: within 10 business days.", "Our results"],
]) {
  test(`the city's declaration in ${lang}: axe clean, fits a phone, prints`, async () => {
    const url = server.url + publish(lang);
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const problems = await watch(phone, server.url);
    await phone.goto(url);
    assert.equal(await phone.getAttribute("html", "lang"), lang);
    // The style sheet next to the page is applied (a grid of terms).
    assert.equal(await phone.evaluate(() => getComputedStyle(document.querySelector("dl")).display), "grid");
    const first = (await phone.textContent("#c0 + p.commitment")).replace(/\s/g, " ");
    assert.equal(first, commitment.replace(/\s/g, " "));
    assert.equal(await phone.locator(".results h3").count(), 9);
    assert.equal(await phone.locator(".results h3").first().textContent(), results);
    assert.ok(await phone.locator("section[aria-labelledby=days-off] tbody tr").count() >= 10, "the year's days off");
    assert.deepEqual(await axe(phone), []);
    // Nothing makes the page scroll sideways, nothing sticks out of it.
    const widths = await phone.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      widest: Math.max(...[...document.querySelectorAll("main *")].map((e) => e.getBoundingClientRect().right)),
    }));
    assert.ok(widths.page <= 375, `page ${widths.page} px wide at 375 px`);
    assert.ok(widths.widest <= 375, `an element ends at ${widths.widest} px`);
    await phone.screenshot({ path: path.join(out, `declaration-phone-${lang}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await phone.close();

    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await desk.goto(url);
    assert.deepEqual(await axe(desk), []);
    await desk.screenshot({ path: path.join(out, `declaration-desktop-${lang}.png`), fullPage: true });
    const pdf = await desk.pdf({ path: path.join(out, `declaration-${lang}.pdf`), format: "A4" });
    assert.ok(pdf.length > 10_000, `a PDF of ${pdf.length} bytes`);
    await desk.close();
  });
}
