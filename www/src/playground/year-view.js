// Twelve month grids of one calendar's year: holidays and closures named,
// other non-business days (weekends) marked, all in words for screen
// readers as well as in colour.
import { lang, kindWords } from "../shared/i18n.js";

export function yearView(year, days) {
  const locale = lang() === "fr" ? "fr-CA" : "en-CA";
  const byDate = new Map(days.map((d) => [d.date, d]));
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  const dayShort = new Intl.DateTimeFormat(locale, { weekday: "narrow", timeZone: "UTC" });
  const dayLong = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  const out = [];
  for (let m = 0; m < 12; m++) {
    const first = new Date(Date.UTC(year, m, 1));
    const table = document.createElement("table");
    table.className = "month";
    const name = monthName.format(first);
    table.createCaption().textContent = `${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`;
    const head = table.createTHead().insertRow();
    for (let d = 0; d < 7; d++) {
      const th = document.createElement("th");
      th.scope = "col";
      const day = new Date(Date.UTC(2023, 0, 1 + d));
      const abbr = document.createElement("abbr");
      abbr.title = dayLong.format(day);
      abbr.textContent = dayShort.format(day);
      th.append(abbr);
      head.append(th);
    }
    const body = table.createTBody();
    let row = body.insertRow();
    for (let i = 0; i < first.getUTCDay(); i++) row.insertCell().className = "pad";
    const count = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
    for (let d = 1; d <= count; d++) {
      const ymd = `${year}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      const cell = row.insertCell();
      const off = byDate.get(ymd);
      cell.className = `day ${off ? (off.kind === "not-workday" ? "off" : "holiday") : ""}`;
      cell.dataset.date = ymd;
      cell.textContent = String(d);
      if (off) {
        cell.title = kindWords(off);
        const sr = document.createElement("span");
        sr.className = "sr-only";
        sr.textContent = ` : ${kindWords(off)}`;
        cell.append(sr);
      }
      if ((first.getUTCDay() + d) % 7 === 0 && d < count) row = body.insertRow();
    }
    while (row.cells.length < 7) row.insertCell().className = "pad";
    out.push(table);
  }
  return out;
}
