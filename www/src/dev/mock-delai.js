// A rough JavaScript stand-in for the delai wasm package, with the same
// API shape (interfaces.md, "WebAssembly / npm"). It exists only so the
// pages can be worked on while the Rust engine is unfinished
// (`DELAI_MOCK=1 npm run build`). It reads a .delai file with regular
// expressions, knows only the Quebec holidays and a year-end closure, and
// ignores time zones. Never shipped: the tests use the real engine.

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const DAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAYS_FR = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

export default async function init() {}

export class DelaiError extends Error {
  constructor(diagnostics) {
    super(diagnostics[0]?.message ?? "error");
    this.diagnostics = diagnostics;
  }
}

const ymd = (d) => d.toISOString().slice(0, 10);
const utc = (y, m, d) => new Date(Date.UTC(y, m, d));
const addDays = (d, n) => new Date(d.getTime() + n * 86400000);

function easter(y) {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(y, month - 1, day);
}
const nthMonday = (y, m, n) => {
  let d = utc(y, m, 1);
  while (d.getUTCDay() !== 1) d = addDays(d, 1);
  return addDays(d, 7 * (n - 1));
};

function quebecHolidays(y) {
  const e = easter(y);
  let mayMon = utc(y, 4, 24);
  while (mayMon.getUTCDay() !== 1) mayMon = addDays(mayMon, -1);
  let canada = utc(y, 6, 1);
  if (canada.getUTCDay() === 0) canada = utc(y, 6, 2);
  return [
    [utc(y, 0, 1), "Jour de l'An"], [addDays(e, -2), "Vendredi saint"], [addDays(e, 1), "Lundi de Pâques"],
    [mayMon, "Journée nationale des patriotes"], [utc(y, 5, 24), "Fête nationale"], [canada, "Fête du Canada"],
    [nthMonday(y, 8, 1), "Fête du Travail"], [nthMonday(y, 9, 2), "Action de grâce"], [utc(y, 11, 25), "Noël"],
  ];
}

function dayKind(calendar, d) {
  const y = d.getUTCFullYear();
  const hol = quebecHolidays(y).find(([h]) => ymd(h) === ymd(d));
  if (hol) return { kind: "holiday", name: hol[1] };
  if (calendar !== "quebec") {
    const md = (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
    if (md >= 1224 || md <= 102) return { kind: "closed", name: "Fermeture des fêtes" };
  }
  const wd = d.getUTCDay();
  if (wd === 0 || wd === 6) return { kind: "not-workday" };
  return { kind: "business" };
}

function parseLocal(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(s);
  if (!m) return null;
  return new Date(Date.UTC(+m[1], m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0)));
}
const show = (d) => d.toISOString().slice(0, 19) + "-04:00";
const dateEn = (d) => `${DAYS_EN[d.getUTCDay()]}, ${MONTHS_EN[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const dateFr = (d) => `${DAYS_FR[d.getUTCDay()]} ${d.getUTCDate() === 1 ? "1er" : d.getUTCDate()} ${MONTHS_FR[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

const UNITS = [
  [/^jours? ouvrables?|^business days?/, "business-days"], [/^heures? ouvrables?|^business hours?/, "business-hours"],
  [/^jours?|^days?/, "days"], [/^mois|^months?/, "months"], [/^heures?|^hours?/, "hours"], [/^secondes?|^seconds?/, "seconds"],
];

function parseStandards(text) {
  const out = [];
  const re = /^(?:standard|norme)\s+"([^"]+)"\s*\{([\s\S]*?)^\}/gm;
  for (const m of text.matchAll(re)) {
    const body = m[2];
    const title = { en: null, fr: null };
    for (const t of body.matchAll(/^\s*(?:title|titre)(?:\s+(en|fr))?\s+"([^"]+)"/gm)) {
      const lang = t[1] ?? (/titre/.test(t[0]) ? "fr" : "en");
      title[lang] = t[2];
    }
    const attributes = [];
    const applies = /(?:applies when|s'applique si)\s+(.*)/.exec(body)?.[1] ?? "";
    const whens = [...body.matchAll(/(?:\bwhen\b|\bsi\b)\s+(\w+\s*(?:=|!=)\s*"[^"]*")/g)].map((x) => x[1]).join(" ");
    for (const a of `${applies} ${whens}`.matchAll(/([\p{L}_][\p{L}\d_-]*)\s*(?:=|!=|in|dans)\s*(\[[^\]]*\]|"[^"]*")/gu)) {
      const values = [...a[2].matchAll(/"([^"]*)"/g)].map((v) => v[1]);
      const entry = attributes.find((x) => x.name === a[1]);
      if (entry) values.forEach((v) => entry.values.includes(v) || entry.values.push(v));
      else attributes.push({ name: a[1], values });
    }
    const tiers = [];
    for (const w of body.matchAll(/^\s*(?:within|dans)\s+(\d+)\s+(.*)$/gm)) {
      const unit = UNITS.find(([r]) => r.test(w[2]))?.[1] ?? "days";
      const cal = /(?:on|selon)\s+"([^"]+)"/.exec(w[2])?.[1];
      const cond = /\b(?:when|si)\s+(\w+)\s*=\s*"([^"]*)"/.exec(w[2]);
      tiers.push({ amount: +w[1], unit, calendar: cal, conditional: !!cond, cond });
    }
    const target = /(?:target|cible)\s+(\d+)/.exec(body)?.[1];
    const start = /(?:starts at|débute à)\s+"([^"]+)"/.exec(body)?.[1] ?? "received";
    const stop = /(?:stops at|s'arrête à)\s+"([^"]+)"/.exec(body)?.[1] ?? "completed";
    const cutoff = /(?:cutoff|heure limite)\s+(\d\d):(\d\d)/.exec(body);
    out.push({
      id: m[1], title, description: { en: null, fr: null }, target: target ? +target : undefined,
      start_event: start, stop_event: stop, attributes, tiers, cutoff: cutoff ? +cutoff[1] * 60 + +cutoff[2] : null,
      line: text.slice(0, m.index).split("\n").length,
    });
  }
  return out;
}

function compute(std, startText, attributes) {
  const start = parseLocal(startText);
  const tier = std.tiers.find((t) => !t.cond || attributes?.[t.cond[1]] === t.cond[2]) ?? std.tiers.at(-1);
  const cal = tier.calendar ?? "bureaux";
  let d0 = utc(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  let countedFrom;
  if (std.cutoff != null && (start.getUTCHours() * 60 + start.getUTCMinutes() > std.cutoff || dayKind(cal, d0).kind !== "business")) {
    do d0 = addDays(d0, 1); while (dayKind(cal, d0).kind !== "business");
    countedFrom = d0;
  }
  let due;
  const endOfDay = (d) => new Date(d.getTime() + 86399000);
  if (tier.unit === "business-days") {
    let d = d0, n = 0;
    while (n < tier.amount) { d = addDays(d, 1); if (dayKind(cal, d).kind === "business") n++; }
    due = endOfDay(d);
  } else if (tier.unit === "days" || tier.unit === "months") {
    let d = tier.unit === "days" ? addDays(d0, tier.amount) : utc(d0.getUTCFullYear(), d0.getUTCMonth() + tier.amount, d0.getUTCDate());
    while (dayKind(cal, d).kind !== "business") d = addDays(d, 1);
    due = endOfDay(d);
  } else if (tier.unit === "business-hours") {
    // Crude: 7 opening hours a day, 08:30–16:30.
    let t = start, left = tier.amount * 60;
    while (left > 0) {
      t = new Date(t.getTime() + 60000);
      const day = utc(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
      const mins = t.getUTCHours() * 60 + t.getUTCMinutes();
      if (dayKind(cal, day).kind === "business" && mins > 510 && mins <= 990 && !(mins > 720 && mins <= 780)) left--;
    }
    due = t;
  } else {
    const secs = { hours: 3600, seconds: 1 }[tier.unit] ?? 60;
    due = new Date(start.getTime() + tier.amount * secs * 1000);
  }
  const eod = due.getUTCHours() === 23 && due.getUTCMinutes() === 59;
  const hm = (sep) => `${due.getUTCHours()}${sep}${String(due.getUTCMinutes()).padStart(2, "0")}`;
  return {
    std, tier, cal, start, d0, due, countedFrom,
    text: {
      en: `You can expect an answer by ${dateEn(due)}${eod ? "" : ` at ${hm(":")}`}`,
      fr: `Réponse au plus tard le ${dateFr(due)}${eod ? "" : ` à ${hm(" h ")}`}`,
    },
  };
}

function describe(kind, fr) {
  if (kind.kind === "holiday") return fr ? `jour férié : ${kind.name}` : `holiday: ${kind.name}`;
  if (kind.kind === "closed") return fr ? `fermeture : ${kind.name}` : `closed: ${kind.name}`;
  return fr ? "jour non ouvrable" : "not a workday";
}

export class Rules {
  constructor(text) {
    this.text = text;
    this.stds = parseStandards(text);
    this.examples = [...text.matchAll(/^(?:example|exemple)\s+"([^"]+)"\s*\{\s*(?:standard|norme)\s+"([^"]+)"/gm)]
      .map((m) => ({ name: m[1], standard: m[2], line: text.slice(0, m.index).split("\n").length, column: 1 }));
  }
  // The citizen page loads rules compiled natively (scripts/compile-rules.sh,
  // skipped with DELAI_MOCK=1): the stand-in cannot read them.
  static load() {
    throw new DelaiError([{ code: "mock", severity: "error", message: "the DELAI_MOCK=1 stand-in does not load compiled rules: build with the real package" }]);
  }
  static compile(text) {
    const diagnostics = diagnose(text).filter((d) => d.severity === "error");
    if (diagnostics.length) throw new DelaiError(diagnostics);
    return new Rules(text);
  }
  standards() {
    return this.stds.map(({ cutoff, line, tiers, ...s }) => ({ ...s, tiers: tiers.map(({ cond, ...t }) => t) }));
  }
  find(id) {
    const s = this.stds.find((x) => x.id === id);
    if (!s) throw new DelaiError([{ code: "unknown-standard", severity: "error", message: `no standard "${id}"` }]);
    return s;
  }
  due(id, { start, attributes = {} }) {
    const r = compute(this.find(id), start, attributes);
    return {
      standard: id, start: show(r.start), counted_from: r.countedFrom ? show(r.countedFrom) : undefined, due: show(r.due),
      allowed: { value: r.tier.amount, unit: r.tier.unit }, tier: r.std.tiers.indexOf(r.tier), calendar: r.tier.calendar, text: r.text,
    };
  }
  explain(id, kase, { lang = "en" } = {}) {
    const std = this.find(id);
    const ev = Array.isArray(kase.events) ? kase.events.find((e) => e.name === std.start_event)?.at : kase.events?.[std.start_event];
    const r = compute(std, ev, kase.attributes);
    const fr = lang === "fr";
    const skipped = [];
    const dueDay = utc(r.due.getUTCFullYear(), r.due.getUTCMonth(), r.due.getUTCDate());
    if (r.tier.calendar) {
      for (let d = r.tier.unit.startsWith("business-h") ? r.d0 : addDays(r.d0, 1); d <= dueDay; d = addDays(d, 1)) {
        const k = dayKind(r.cal, d);
        if (k.kind !== "business") skipped.push({ date: ymd(d), ...k });
      }
    }
    const lines = [
      fr ? `Délai accordé : ${r.tier.amount} ${r.tier.unit}.` : `Allowed time: ${r.tier.amount} ${r.tier.unit}.`,
      ...skipped.map((s) => (fr ? `Non compté : ${dateFr(new Date(s.date))} (${describe(s, true)}).` : `Not counted: ${dateEn(new Date(s.date))} (${describe(s, false)}).`)),
      fr ? `Échéance : ${show(r.due)}.` : `Due: ${show(r.due)}.`,
    ];
    return {
      case: kase.id ?? "", standard: id, status: "pending", tier: std.tiers.indexOf(r.tier), allowed: { value: r.tier.amount, unit: r.tier.unit },
      calendar: r.tier.calendar, start: show(r.start), counted_from: r.countedFrom ? show(r.countedFrom) : undefined, due: show(r.due),
      skipped, pauses: [], extensions: [], lines,
    };
  }
  holidays(calendar, year) {
    const out = [];
    for (let d = utc(year, 0, 1); d.getUTCFullYear() === year; d = addDays(d, 1)) {
      const k = dayKind(calendar, d);
      if (k.kind === "holiday" || k.kind === "closed") out.push({ date: ymd(d), ...k });
    }
    return out;
  }
  nonBusinessDays(calendar, year) {
    const out = [];
    for (let d = utc(year, 0, 1); d.getUTCFullYear() === year; d = addDays(d, 1)) {
      const k = dayKind(calendar, d);
      if (k.kind !== "business") out.push({ date: ymd(d), ...k });
    }
    return out;
  }
  eventNames() {
    return [...this.text.matchAll(/(?:starts at|stops at|pauses from|until|on)\s+"([^"]+)"/g)].map((m) => m[1]);
  }
  calendars() {
    return [...this.text.matchAll(/^(?:calendar|calendrier)\s+"([^"]+)"/gm)].map((m) => m[1]).concat("quebec");
  }
  check(kase, { asOf } = {}) {
    const out = [];
    for (const std of this.stds) {
      const ok = std.attributes.every((a) => a.values.includes(String(kase.attributes?.[a.name])));
      if (!ok) continue;
      const ev = (n) => (Array.isArray(kase.events) ? kase.events.find((e) => e.name === n)?.at : kase.events?.[n]);
      const start = ev(std.start_event);
      if (!start) { out.push({ case: kase.id, standard: std.id, status: "not-started" }); continue; }
      const r = compute(std, start, kase.attributes);
      const stop = ev(std.stop_event) ? parseLocal(ev(std.stop_event)) : null;
      const now = asOf ? parseLocal(asOf) : new Date();
      const status = stop ? (stop <= r.due ? "met" : "breached") : now > r.due ? "breached" : "pending";
      out.push({ case: kase.id, standard: std.id, status, start: show(r.start), stop: stop ? show(stop) : undefined, due: show(r.due), allowed: { value: r.tier.amount, unit: r.tier.unit } });
    }
    return out.length ? out : [{ case: kase.id, standard: null, status: "not-applicable" }];
  }
  checkMany(cases, opts) {
    return cases.flatMap((c) => this.check(c, opts));
  }
  report(cases, { asOf, by = "month" } = {}) {
    const rows = new Map();
    for (const rec of this.checkMany(cases, { asOf })) {
      if (!rec.standard || !rec.start) continue;
      const period = by === "year" ? rec.start.slice(0, 4) : rec.start.slice(0, 7);
      const key = `${rec.standard}|${period}`;
      const row = rows.get(key) ?? { standard: rec.standard, period, total: 0, met: 0, breached: 0, pending: 0 };
      row.total++;
      row[rec.status === "met" || rec.status === "breached" ? rec.status : "pending"]++;
      rows.set(key, row);
    }
    const list = [...rows.values()].sort((a, b) => (a.standard + a.period).localeCompare(b.standard + b.period)).map((r) => {
      const target = this.stds.find((s) => s.id === r.standard)?.target ?? null;
      const compliance = r.met + r.breached ? (100 * r.met) / (r.met + r.breached) : null;
      return { ...r, compliance, target, meets_target: compliance == null || target == null ? null : compliance >= target, targets: target == null ? [] : [target] };
    });
    return { by, standards: this.stds.map((s) => ({ id: s.id, title: s.title, target: s.target ?? null })), rows: list, not_applicable: 0, errors: 0 };
  }
  // Cases files are read by the engine's reader only: the mock has none.
  checkCsv() {
    throw new DelaiError([{ code: "unavailable", severity: "error", message: "reading a cases file needs the real engine (build without DELAI_MOCK)" }]);
  }
  reportCsv() {
    return this.checkCsv();
  }
  runExamples() {
    return this.examples.map((e) => ({ ...e, status: "passed", failures: [] }));
  }
}

const KEYWORDS = /^(calendar|calendrier|standard|norme|example|exemple)\b/;

export function diagnose(text) {
  const out = [];
  const bytes = new TextEncoder();
  let depth = 0, offset = 0;
  text.split("\n").forEach((line, i) => {
    const trimmed = line.trim();
    if (depth === 0 && trimmed && !trimmed.startsWith("#") && !trimmed.startsWith("}") && !KEYWORDS.test(trimmed)) {
      const col = line.indexOf(trimmed);
      const start = offset + bytes.encode(line.slice(0, col)).length;
      const word = trimmed.split(/\s/)[0];
      out.push({
        code: "unexpected-token", severity: "error", message: `unexpected \`${word}\` at the top level`,
        line: i + 1, column: col + 1, endLine: i + 1, endColumn: col + 1 + word.length,
        start, end: start + bytes.encode(word).length, help: "a file holds calendar, standard and example blocks", labels: [],
      });
    }
    for (const ch of line.replace(/"[^"]*"|#.*/g, "")) depth += ch === "{" ? 1 : ch === "}" ? -1 : 0;
    offset += bytes.encode(line).length + 1;
  });
  return out;
}

const SWAP = [["calendar", "calendrier"], ["standard", "norme"], ["example", "exemple"], ["title", "titre"], ["target", "cible"], ["within", "dans"]];

export function format(text, { lang } = {}) {
  let out = text;
  for (const [en, fr] of SWAP) {
    out = lang === "fr" ? out.replace(new RegExp(`^(\\s*)${en}\\b`, "gm"), `$1${fr}`) : out.replace(new RegExp(`^(\\s*)${fr}\\b`, "gm"), `$1${en}`);
  }
  return out;
}

/** The real package writes the .ics (src/calendar/ics.rs); the stand-in does not. */
export function deadlineIcs() {
  throw new Error("deadlineIcs: no iCalendar writer in the mock engine (build without DELAI_MOCK)");
}

// The engine's words for statuses and periods: identifiers as they are.
export const statusWord = (status) => status;
export const periodWords = (period) => period;
