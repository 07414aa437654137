// End-to-end tests of the playground (dist/playground.html) in Chromium.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { start, axe, shot, WWW } from "./support/browser.js";
import { engine, rulesText } from "./support/engine.js";
import { englishWordsIn } from "./support/english-words.js";

let browser;
let delai;
let text;

before(async () => {
  delai = await engine();
  text = await rulesText();
  browser = await start();
});
after(async () => browser?.stop());

async function open(size = "desktop", lang = "fr") {
  const page = await browser.page(`playground.html${lang === "en" ? "?lang=en" : ""}`, size);
  await page.waitForSelector("html[data-ready=true]", { timeout: 15_000 });
  return page;
}

const editorText = (page) => page.evaluate(() => window.delai.view.state.doc.toString());

describe("playground", () => {
  it("loads the City's file with no problem", async () => {
    const page = await open();
    assert.equal(await editorText(page), text);
    assert.deepEqual(delai.diagnose(text).filter((d) => d.severity === "error"), []);
    assert.match(await page.textContent("#diagnostics"), /Aucun problème/);
    // One row per standard id, titled.
    const ids = [...new Set(delai.Rules.compile(text).standards().map((s) => s.id))];
    assert.equal(await page.locator("#standards tbody tr").count(), ids.length);
    await page.close();
  });

  it("shows a typed error on the right line, with its help", async () => {
    const page = await open();
    // Replace "10" in « dans 10 jours ouvrables » by a word, typed on the keyboard,
    // after lines full of accents (UTF-8 offsets differ from UTF-16 there).
    const target = 'dans 10 jours ouvrables selon "bureaux"';
    const at = text.indexOf(target) + "dans ".length;
    await page.evaluate((pos) => {
      const { view } = window.delai;
      view.dispatch({ selection: { anchor: pos, head: pos + 2 } });
      view.focus();
    }, at);
    await page.keyboard.type("dix");
    const edited = text.slice(0, at) + "dix" + text.slice(at + 2);
    assert.equal(await editorText(page), edited);

    const expected = delai.diagnose(edited, undefined, { lang: "fr" }).filter((d) => d.severity === "error");
    assert.ok(expected.length > 0, "the engine sees an error");
    const first = expected[0];
    await page.waitForSelector(`#diagnostics li[data-line="${first.line}"]`, { timeout: 5000 });
    const item = await page.textContent(`#diagnostics li[data-line="${first.line}"]`);
    assert.ok(item.includes(first.message), "the message is listed");
    if (first.help) assert.ok(item.includes(first.help), "with its help text");

    // The underline sits on that line, over the text the engine points at.
    await page.waitForSelector(".cm-lintRange-error");
    const underline = await page.evaluate(() => {
      const { view } = window.delai;
      const el = document.querySelector(".cm-lintRange-error");
      const pos = view.posAtDOM(el);
      return { line: view.state.doc.lineAt(pos).number, text: el.textContent };
    });
    assert.equal(underline.line, first.line);
    const bytes = new TextEncoder().encode(edited);
    const underlined = new TextDecoder().decode(bytes.subarray(first.start, first.end));
    if (underlined.length) assert.ok(underlined.startsWith(underline.text) || underline.text.startsWith(underlined.slice(0, 1)), `underlined ${JSON.stringify(underline.text)} vs engine ${JSON.stringify(underlined)}`);
    await shot(page, "playground-error-desktop-fr");
    await page.close();
  });

  it("runs the examples: every example of the shipped file passes", async () => {
    const outcomes = delai.Rules.compile(text).runExamples({ asOf: new Date().toISOString() });
    assert.ok(outcomes.length >= 10);
    assert.deepEqual(outcomes.filter((o) => o.status !== "passed").map((o) => `${o.name}: ${JSON.stringify(o.failures)}`), []);
    const page = await open();
    await page.click("#run-examples");
    assert.equal(await page.locator("#examples tbody tr").count(), outcomes.length);
    assert.equal(await page.locator("#examples .pass").count(), outcomes.length);
    assert.match(await page.textContent("#examples-summary"), new RegExp(`${outcomes.length} réussi`));
    await page.close();
  });

  it("formats and switches the keywords to English and back", async () => {
    const english = delai.format(text, { lang: "en" });
    const page = await open();
    await page.click("#to-en");
    await page.waitForFunction((want) => window.delai.view.state.doc.toString() === want, english);
    assert.match(await editorText(page), /^standard "/m);
    await page.click("#to-fr");
    await page.waitForFunction((want) => window.delai.view.state.doc.toString() === want, delai.format(english, { lang: "fr" }));
    assert.match(await editorText(page), /^norme "/m);
    await page.close();
  });

  it("checks and explains a case", async () => {
    const page = await open();
    await page.click("#check");
    const kase = JSON.parse(await page.inputValue("#case-json"));
    const asOf = await page.inputValue("#as-of");
    // "En date du" is now by default, as on the command line.
    assert.ok(Math.abs(new Date(asOf).getTime() - Date.now()) < 5 * 60_000, `as of ${asOf}, not now`);
    const records = delai.Rules.compile(text).check(kase, { asOf });
    await page.waitForSelector("#case-results tbody tr");
    const rows = await page.locator("#case-results tbody tr").allTextContents();
    assert.equal(rows.length, records.length);
    for (const [i, r] of records.entries()) {
      // The engine's French word for the status, and the due time in words
      // (its instant kept in the <time> element).
      const word = delai.statusWord(r.status, "fr");
      assert.ok(rows[i].includes(word), `status ${r.status} as ${word}: ${rows[i]}`);
      if (r.due) {
        assert.ok(!rows[i].includes(r.due), `due ${r.due} in words, not RFC 3339`);
        assert.equal(await page.locator(`#case-results time[datetime="${r.due}"]`).count(), 1, `due ${r.due}`);
        assert.match(rows[i], /\d{4}, \d{1,2} h \d{2}/, `due ${r.due} the French way: ${rows[i]}`);
      }
    }
    assert.ok((await page.locator("#case-explanation li").count()) > 0, "an explanation is shown");
    await page.close();
  });

  it("shows a calendar's year with named holidays", async () => {
    const page = await open();
    await page.selectOption("#year-calendar", "bureaux");
    await page.fill("#year", "2025");
    const rules = delai.Rules.compile(text);
    const holidays = rules.holidays("bureaux", 2025);
    assert.ok(holidays.length > 5);
    for (const day of holidays) {
      const cell = page.locator(`#year-view td[data-date="${day.date}"]`);
      assert.match(await cell.getAttribute("class"), /holiday/);
      assert.ok((await cell.textContent()).includes(day.name), `${day.date} names ${day.name}`);
    }
    await page.close();
  });

  it("reports compliance from a CSV file, with charts", async () => {
    const csvPath = join(WWW, "public", "data", "cas-exemple.csv");
    const bytes = await readFile(csvPath);
    const rules = delai.Rules.compile(text);
    const report = rules.reportCsv(bytes, { by: "month" });
    const page = await open();
    await page.setInputFiles("#csv", csvPath);
    await page.waitForSelector("#report tbody tr");
    assert.equal(await page.locator("#report tbody tr").count(), report.rows.length);
    assert.ok((await page.locator("#charts svg[role=img]").count()) >= 1, "at least one chart");
    assert.match(await page.textContent("#report-status"), new RegExp(`${report.errors} cas illisible`));
    await page.close();
  });

  // The site reads a cases file with the engine's reader: what `delai
  // report` counts as errors, the page lists, line by line.
  for (const [what, name, csv, expected] of [
    ["an empty id, a short row and a long row", "cas.csv",
      "id,reçue,répondue,canal\n,2025-06-20 10:00,2025-07-02 15:00,courrier\nc-2,2025-06-20 10:00\nc-3,2025-06-20 10:00,2025-07-02 15:00,courrier,en trop\nc-4,2025-06-20 10:00,2025-07-02 15:00,courrier\n", ["missing-id", "short-row", "long-row"]],
    ["a spreadsheet export with `;` separators", "export.csv",
      "id;reçue;répondue;canal\r\nc-1;2025-06-20 10:00;2025-07-02 15:00;courrier\r\nc-2;2025-06-20 10:00;2025-07-03 15:00;courrier\r\n"],
  ]) {
    it(`reads ${what} as the engine does`, async () => {
      const dir = await mkdtemp(join(tmpdir(), "delai-www-cases-"));
      const path = join(dir, name);
      await writeFile(path, csv);
      const rules = delai.Rules.compile(text);
      const errors = rules.checkCsv(csv, { lang: "fr" }).filter((r) => r.error);
      const report = rules.reportCsv(csv, { by: "month" });
      if (expected) assert.deepEqual(errors.map((r) => r.error.code), expected);
      // Never an empty report without a word: either rows or errors.
      assert.ok(errors.length + report.rows.length > 0, "the engine reads something or says why not");
      assert.equal(report.errors, errors.length);
      const page = await open();
      await page.setInputFiles("#csv", path);
      await page.waitForFunction(() => document.getElementById("report-status").textContent.trim() !== "");
      assert.match(await page.textContent("#report-status"), new RegExp(`${name} : ${errors.length} cas illisible`));
      const listed = await page.locator("#report-errors li").allTextContents();
      assert.equal(listed.length, errors.length);
      for (const [i, r] of errors.entries()) {
        assert.ok(listed[i].includes(`Ligne ${r.line}`) && listed[i].includes(r.error.message), `${listed[i]} names line ${r.line}: ${r.error.message}`);
      }
      assert.equal(await page.locator("#report tbody tr").count(), report.rows.length);
      await page.close();
    });
  }

  // Issue #18: in French, every text the engine returns is French, even
  // for a file written with English keywords (whose messages would
  // otherwise be English): diagnostics, statuses, due times, examples'
  // expectations, record errors and periods.
  it("speaks French everywhere the engine writes, for an English file too", async () => {
    const english = delai.format(text, { lang: "en" });
    // An error, and an example whose expectation fails.
    const broken = english
      .replace('within 10 business days on "bureaux"', 'within ten business days on "bureaux"')
      .replace(/expect due 2025-07-08 23:59:59/, "expect due 2025-07-09 23:59:59");
    const page = await open();
    await page.evaluate((doc) => {
      const { view } = window.delai;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
    }, broken);
    const expected = delai.diagnose(broken, undefined, { lang: "fr" });
    assert.ok(expected.length > 0, "the engine sees a problem");
    await page.waitForFunction((msg) => document.getElementById("diagnostics").textContent.includes(msg), expected[0].message);
    const prose = [];
    prose.push(await page.textContent("#diagnostics"));
    // Fixed, with the failing example left: the examples, a case, a report.
    const runnable = english.replace(/expect due 2025-07-08 23:59:59/, "expect due 2025-07-09 23:59:59");
    await page.evaluate((doc) => {
      const { view } = window.delai;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
    }, runnable);
    await page.waitForFunction(() => window.delai.rules != null && !document.querySelector("#diagnostics li.error"));
    await page.click("#run-examples");
    await page.waitForSelector("#examples .fail");
    prose.push(await page.textContent("#examples"));
    await page.click("#check");
    await page.waitForSelector("#case-results tbody tr");
    prose.push(await page.textContent("#case-results"));
    await page.selectOption("#by", "quarter");
    await page.click("#sample-csv");
    await page.waitForSelector("#report tbody tr");
    const report = await page.textContent("#report");
    assert.match(report, /T\d 20\d\d/, "quarters in French words");
    assert.ok(!/\d{4}-Q\d/.test(report), "no quarter identifier");
    prose.push(report, await page.textContent("#report-status"), await page.textContent("#report-errors"));
    // The file's own names (standard ids and titles, example names,
    // calendars, events, attribute values), code and « quotes » set aside.
    const rules = delai.Rules.compile(runnable);
    const names = [
      ...rules.standards().flatMap((s) => [s.id, ...Object.values(s.title ?? {})]),
      ...rules.runExamples({}).map((o) => o.name),
      ...rules.calendars(), ...rules.eventNames(), "cas-exemple.csv",
    ].filter(Boolean).sort((a, b) => b.length - a.length);
    const faults = [];
    for (const block of prose) {
      let text = block;
      for (const name of names) text = text.split(name).join(" ");
      text = text.replace(/`[^`]*`/g, " ").replace(/«[^»]*»/g, " ").replace(/"[^"]*"/g, " ");
      for (const word of await englishWordsIn(text)) faults.push(`${word} in: ${text.slice(0, 300)}`);
    }
    assert.deepEqual(faults, []);
    await page.close();
  });

  it("passes axe (no serious or critical violation) in French and English", async () => {
    for (const [size, lang] of [["desktop", "fr"], ["desktop", "en"], ["phone", "fr"]]) {
      const page = await open(size, lang);
      await page.click("#run-examples");
      await page.click("#check");
      await page.click("#sample-csv");
      await page.waitForSelector("#report tbody tr");
      const violations = await axe(page);
      assert.deepEqual(violations, [], `${size} ${lang}: ${JSON.stringify(violations, null, 1)}`);
      await page.close();
    }
  });

  it("writes screenshots at desktop, kiosk and phone sizes in both languages", async () => {
    for (const size of ["desktop", "kiosk", "phone"]) {
      for (const lang of ["fr", "en"]) {
        const page = await open(size, lang);
        await page.click("#run-examples");
        await page.click("#sample-csv");
        await page.waitForSelector("#report tbody tr");
        await shot(page, `playground-${size}-${lang}`);
        await page.close();
      }
    }
  });
});
