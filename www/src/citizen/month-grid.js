// Month views of a delay: one <table> per month from the start to the due
// day. Every marked day says in words what it is (start, counted, not
// counted and why, deadline): colour and symbols only repeat it.
import { t, lang, kindWords } from "../shared/i18n.js";
import { toUtc, daysBetween } from "../shared/dates.js";
import { h } from "../shared/dom.js";


/**
 * @param {object} span
 * @param {string} span.start   first day (YYYY-MM-DD), the day of the request
 * @param {string} span.due     the due day
 * @param {Map<string, {kind, name}>} span.skipped  non-business days in the span
 * @param {boolean} span.businessUnit  true when non-business days are not counted
 */
export function monthGrids({ start, due, skipped, businessUnit }) {
  const locale = lang() === "fr" ? "fr-CA" : "en-CA";
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const dayLong = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  const dayShort = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  const fullDate = new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

  // Sunday-first weeks, as on Quebec calendars. 2023-01-01 was a Sunday.
  const weekdays = [...daysBetween("2023-01-01", "2023-01-07")].map((d) => toUtc(d));

  const grids = [];
  let [y, m] = start.split("-").map(Number);
  const [dy, dm] = due.split("-").map(Number);
  while (y < dy || (y === dy && m <= dm)) {
    const first = new Date(Date.UTC(y, m - 1, 1));
    const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const title = monthName.format(first);
    const table = h("table", { class: "month" },
      h("caption", {}, title.charAt(0).toUpperCase() + title.slice(1)),
      h("thead", {}, h("tr", {}, weekdays.map((d) =>
        h("th", { scope: "col" }, h("abbr", { title: dayLong.format(d) }, dayShort.format(d).replace(".", "")))))));
    const body = h("tbody");
    let row = h("tr");
    for (let i = 0; i < first.getUTCDay(); i++) row.append(h("td", { class: "pad" }));
    for (let day = 1; day <= daysInMonth; day++) {
      const ymd = `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      const { cls, words, mark } = describeDay(ymd, { start, due, skipped, businessUnit });
      const cell = h("td", { class: `day ${cls}`, "data-date": ymd, title: words || null },
        h("span", { class: "num", "aria-hidden": words ? "true" : null }, String(day)),
        mark ? h("span", { class: "mark", "aria-hidden": "true" }, mark) : null,
        words ? h("span", { class: "sr-only" }, `${fullDate.format(toUtc(ymd))} : ${words}`) : null);
      row.append(cell);
      if ((first.getUTCDay() + day) % 7 === 0) {
        body.append(row);
        row = h("tr");
      }
    }
    if (row.children.length) {
      while (row.children.length < 7) row.append(h("td", { class: "pad" }));
      body.append(row);
    }
    table.append(body);
    grids.push(table);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return grids;
}

function describeDay(ymd, { start, due, skipped, businessUnit }) {
  const off = skipped.get(ymd);
  if (ymd === due) return { cls: "due", words: t("day.due"), mark: "★" };
  if (ymd === start) return { cls: "start", words: t("day.start") + (off ? ` (${kindWords(off)})` : ""), mark: "●" };
  if (ymd < start || ymd > due) return { cls: "outside", words: "", mark: "" };
  if (off) {
    return businessUnit
      ? { cls: "skipped", words: `${t("legend.skipped")} — ${kindWords(off)}`, mark: "✕" }
      : { cls: "closed", words: `${t("legend.closed")} — ${kindWords(off)}`, mark: "○" };
  }
  return { cls: "counted", words: t("day.counted"), mark: "" };
}

/** The legend under the grids, with the same marks as the cells. */
export function legend(businessUnit) {
  const item = (cls, mark, key) => h("li", {}, h("span", { class: `swatch day ${cls}`, "aria-hidden": "true" }, mark || "\u00a0"), t(key));
  return h("ul", { class: "legend", "aria-label": t("legend.title") },
    item("start", "●", "legend.start"),
    item("counted", "", "legend.counted"),
    businessUnit ? item("skipped", "✕", "legend.skipped") : item("closed", "○", "legend.closed"),
    item("due", "★", "legend.due"));
}
