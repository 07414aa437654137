// End-to-end tests of the citizen page (dist/index.html) in Chromium.
// Every expected date comes from the engine, loaded here in Node.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { start, axe, shot } from "./support/browser.js";
import { villeRules } from "./support/engine.js";
import { parseIcs } from "./support/ics.js";

// Services to walk through, with the attributes a citizen would pick.
const SERVICES = [
  { what: "a letter across the Fête nationale (holiday in the span)", id: "demandes-ecrites", attributes: { canal: "courrier" }, start: "2025-06-20T10:00", holiday: "Fête nationale" },
  { what: "a voicemail (business hours)", id: "rappel-messagerie", attributes: { canal: "messagerie-vocale" }, start: "2025-06-20T15:00", hourBased: true },
  { what: "bulky items after the cutoff", id: "encombrants", attributes: { service: "encombrants" }, start: "2025-06-20T17:00" },
  { what: "an urgent building permit (tier condition)", id: "permis-construction", attributes: { service: "permis-construction", priorité: "urgente" }, start: "2025-06-20T10:00" },
  { what: "a complaint before the holiday closure", id: "accuse-reception-plainte", attributes: { type: "plainte" }, start: "2025-12-22T09:00", closure: "Fermeture des fêtes" },
];

let browser;
let rules;

before(async () => {
  rules = await villeRules();
  browser = await start();
});
after(async () => browser?.stop());

async function open(size = "desktop", lang = "fr") {
  const page = await browser.page(`index.html${lang === "en" ? "?lang=en" : ""}`, size);
  await page.waitForSelector("html[data-ready=true]", { timeout: 15_000 });
  return page;
}

/** Fills the form as a citizen would; attributes the page does not ask are implied by the service. */
async function fill(page, service) {
  await page.selectOption("#service", service.id);
  for (const [name, value] of Object.entries(service.attributes)) {
    const control = page.locator(`[data-attr="${name}"]`);
    if (await control.count()) await control.selectOption(String(value));
  }
  await page.fill("#submitted", service.start);
}

const expectedDue = (service) => rules.due(service.id, { start: service.start, attributes: service.attributes });

describe("citizen page", () => {
  for (const service of SERVICES) {
    it(`shows the engine's date for ${service.what}`, async () => {
      const due = expectedDue(service);
      const page = await open();
      await fill(page, service);
      await page.waitForFunction((text) => document.getElementById("answer").textContent === text, due.text.fr, { timeout: 5000 });
      assert.equal(await page.textContent("#answer"), due.text.fr);
      assert.equal(await page.getAttribute("td.day.due", "data-date"), due.due.slice(0, 10), "due day in the month view");
      assert.equal(await page.getAttribute("td.day.start", "data-date"), due.start.slice(0, 10), "start day in the month view");

      // The days not counted are those the engine skipped, each with its reason.
      const explanation = rules.explain(service.id, { id: "t", attributes: service.attributes, events: [{ name: rules.standards().find((s) => s.id === service.id).start_event, at: service.start }] }, { asOf: service.start, lang: "fr" });
      for (const day of explanation.skipped) {
        if (day.date === due.start.slice(0, 10) || day.date === due.due.slice(0, 10)) continue;
        const cls = await page.getAttribute(`td.day[data-date="${day.date}"]`, "class");
        assert.match(cls, /skipped|closed/, `${day.date} is marked as not counted`);
        if (day.name) assert.match(await page.textContent(`td.day[data-date="${day.date}"] .sr-only`), new RegExp(day.name), "the reason is in the cell's text");
      }
      if (service.holiday) assert.match(await page.textContent("#skipped"), new RegExp(service.holiday));
      if (service.closure) assert.match(await page.textContent("#skipped"), new RegExp(service.closure));
      if (service.hourBased) assert.match(due.text.fr, / à \d+ h \d\d$/, "hour-based deadlines carry a time");

      // The same answer in English after the toggle.
      await page.click("[data-lang-toggle]");
      assert.equal(await page.getAttribute("html", "lang"), "en");
      await page.waitForFunction((text) => document.getElementById("answer").textContent === text, due.text.en, { timeout: 5000 });
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }

  it("downloads a valid .ics for a day-based and an hour-based deadline", async () => {
    for (const service of [SERVICES[0], SERVICES[1]]) {
      const due = expectedDue(service);
      const page = await open();
      await fill(page, service);
      await page.waitForFunction((text) => document.getElementById("answer").textContent === text, due.text.fr);
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#ics")]);
      assert.match(download.suggestedFilename(), /\.ics$/);
      const text = await readFile(await download.path(), "utf8");
      const { calendar, events, problems } = parseIcs(text);
      assert.deepEqual(problems, []);
      assert.ok(calendar.props.PRODID);
      assert.equal(events.length, 1);
      const event = events[0];
      if (service.hourBased) {
        const utc = new Date(due.due).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
        assert.equal(event.props.DTSTART, utc, "DTSTART is the deadline instant in UTC");
      } else {
        assert.equal(event.params.DTSTART, ";VALUE=DATE");
        assert.equal(event.props.DTSTART, due.due.slice(0, 10).replace(/-/g, ""), "DTSTART is the due date");
      }
      assert.match(event.props.SUMMARY, /Réponse attendue/);
      await page.close();
    }
  });

  it("works with the keyboard only", async () => {
    const page = await open();
    const order = [];
    for (let i = 0; i < 25 && !order.includes("ics"); i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        return { id: el.id || el.className || el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      order.push(info.id);
      assert.ok(info.outline !== "none" && info.width >= 2, `focus is visible on ${info.id}`);
    }
    const at = (id) => order.indexOf(id);
    assert.ok(at("skip") === 0, `the skip link comes first (${order})`);
    assert.ok(at("service") > at("lang-toggle") && at("submitted") > at("service") && at("ics") > at("submitted"), `logical order: ${order.join(" → ")}`);

    // Back to the service list, change it with the arrow keys.
    await page.fill("#submitted", "2025-06-20T10:00");
    await page.focus("#service");
    const before = await page.textContent("#answer");
    await page.keyboard.press("ArrowDown");
    const form = await page.evaluate(() => ({
      service: document.getElementById("service").value,
      start: document.getElementById("submitted").value,
      attributes: Object.fromEntries([...document.querySelectorAll("[data-attr]")].map((el) => [el.dataset.attr, el.value])),
    }));
    const std = rules.standards().find((s) => s.id === form.service);
    // Implied single-valued attributes (service = "…") complete the case, as the page does.
    for (const a of std.attributes) if (!(a.name in form.attributes) && a.values.length === 1) form.attributes[a.name] = a.values[0];
    const due = rules.due(form.service, { start: form.start, attributes: form.attributes });
    await page.waitForFunction((text) => document.getElementById("answer").textContent === text, due.text.fr, { timeout: 5000 });
    assert.notEqual(due.text.fr, before);

    // Then the date, with the arrow keys in the date-time field.
    await page.focus("#submitted");
    await page.keyboard.press("ArrowUp");
    const changed = await page.inputValue("#submitted");
    assert.notEqual(changed, "2025-06-20T10:00");
    const due2 = rules.due(form.service, { start: changed, attributes: form.attributes });
    await page.waitForFunction((text) => document.getElementById("answer").textContent === text, due2.text.fr, { timeout: 5000 });
    assert.equal(await page.getAttribute("#answer", "aria-live"), "polite");
    await page.close();
  });

  it("passes axe (no serious or critical violation) in French and English, desktop and phone", async () => {
    for (const [size, lang] of [["desktop", "fr"], ["desktop", "en"], ["phone", "fr"], ["kiosk", "en"]]) {
      const page = await open(size, lang);
      await fill(page, SERVICES[0]);
      await page.waitForSelector("td.day.due");
      await page.click("#details summary");
      const violations = await axe(page);
      assert.deepEqual(violations, [], `${size} ${lang}: ${JSON.stringify(violations, null, 1)}`);
      await page.close();
    }
  });

  it("writes screenshots at desktop, kiosk and phone sizes in both languages", async () => {
    for (const size of ["desktop", "kiosk", "phone"]) {
      for (const lang of ["fr", "en"]) {
        const page = await open(size, lang);
        await fill(page, size === "phone" ? SERVICES[4] : SERVICES[0]);
        await page.waitForSelector("td.day.due");
        await shot(page, `citizen-${size}-${lang}`);
        await page.close();
      }
    }
  });
});
