// The policy playground: edit a rules file with live diagnostics, format
// it in either language, see its standards, run its examples, try a case,
// browse a calendar's year and build a compliance report from a CSV.
import { EditorView, basicSetup } from "codemirror";
import { Compartment } from "@codemirror/state";
import { linter, lintGutter, forceLinting } from "@codemirror/lint";
import { loadEngine, loadRulesText, standardsById, pick, diagnosticsOf } from "../shared/engine.js";
import { h } from "../shared/dom.js";
import { t, lang, setLang, initialLang, amount, count, dateTimeWords } from "../shared/i18n.js";
import { localInputValue } from "../shared/dates.js";
import { delaiLanguage } from "./delai-language.js";
import { complianceChart } from "./chart.js";
import { yearView } from "./year-view.js";

const $ = (id) => document.getElementById(id);
const state = { delai: null, rules: null, text: "", original: "", diagnostics: [] };

// ---------------------------------------------------------------- helpers


/** A data table: columns [{key|render, head}], rows. */
function table(caption, columns, rows) {
  return h("table", { class: "data" },
    caption ? h("caption", {}, caption) : null,
    h("thead", {}, h("tr", {}, columns.map((c) => h("th", { scope: "col" }, c.head)))),
    h("tbody", {}, rows.map((r) => h("tr", {}, columns.map((c, i) => h(i === 0 ? "th" : "td", i === 0 ? { scope: "row" } : {}, c.render ? c.render(r) : String(r[c.key] ?? "")))))));
}

/** A status in the page's words, the engine's own (`breached` → « dépassé »). */
const statusWord = (status) => state.delai.statusWord(status, lang());

/** A report period in the page's words (`2025-Q2` → « T2 2025 »). */
const periodWords = (period) => state.delai.periodWords(period, lang());

const percent = (n) => `${new Intl.NumberFormat(lang() === "fr" ? "fr-CA" : "en-CA", { maximumFractionDigits: 1 }).format(n)} %`;

/**
 * The engine's spans are UTF-8 byte offsets; CodeMirror counts UTF-16 code
 * units. Accented keywords (« débute », « férié ») make the two differ.
 */
function byteToIndex(text) {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  return (offset) => decoder.decode(bytes.subarray(0, Math.max(0, Math.min(offset ?? 0, bytes.length)))).length;
}

// ----------------------------------------------------------------- editor

const label = new Compartment();
let view;

function lintSource(v) {
  const text = v.state.doc.toString();
  // In the page's language, whatever the file's: a French page speaks
  // French, the engine's messages included.
  const found = state.delai.diagnose(text, undefined, { lang: lang() });
  const toIndex = byteToIndex(text);
  state.text = text;
  state.diagnostics = found;
  recompile(text, found);
  renderDiagnostics();
  return found.map((d) => {
    let from = toIndex(d.start);
    let to = toIndex(d.end);
    if (d.start == null && d.line) from = to = v.state.doc.line(Math.min(d.line, v.state.doc.lines)).from + Math.max(0, (d.column ?? 1) - 1);
    if (to <= from) to = Math.min(from + 1, text.length);
    const actions = d.suggestion ? [{ name: `→ ${d.suggestion}`, apply: (ed, a, b) => ed.dispatch({ changes: { from: a, to: b, insert: d.suggestion } }) }] : [];
    return { from, to, severity: d.severity === "warning" ? "warning" : "error", source: d.code, message: d.help ? `${d.message}\n${d.help}` : d.message, actions };
  });
}

function createEditor(doc) {
  view = new EditorView({
    parent: $("editor"),
    doc,
    extensions: [
      basicSetup,
      EditorView.lineWrapping,
      delaiLanguage,
      lintGutter(),
      linter(lintSource, { delay: 350 }),
      label.of(EditorView.contentAttributes.of({ "aria-label": t("playground.editorLabel") })),
      // An explicit tabindex on the contenteditable: the same single tab
      // stop, but axe then sees the scrolling region as keyboard-reachable.
      EditorView.contentAttributes.of({ tabindex: "0" }),
      // Grey gutter text in the default theme is below AA contrast.
      EditorView.theme({
        ".cm-gutters": { color: "#4a5260", backgroundColor: "#f3f5f8" },
        ".cm-activeLineGutter": { color: "#1b1f24" },
      }),
    ],
  });
}

function setDoc(text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  forceLinting(view);
}

function renderDiagnostics() {
  const list = $("diagnostics");
  if (!state.diagnostics.length) {
    list.replaceChildren(h("li", { class: "none" }, t("playground.noDiagnostics")));
    list.firstChild.style.borderColor = "var(--ok)";
    list.firstChild.style.background = "#eaf5ec";
    return;
  }
  list.replaceChildren(...state.diagnostics.map((d) => h("li", { class: d.severity, "data-line": d.line ?? "" },
    h("strong", {}, `${d.severity === "warning" ? "⚠" : "✕"} ${d.message}`), " ",
    d.line ? h("a", { href: "#editor", class: "where", onclick: (e) => { e.preventDefault(); goTo(d); } }, `(${t("playground.line", { line: d.line, column: d.column ?? 1 })})`) : null,
    d.help ? h("span", { class: "help" }, d.help) : null)));
}

function goTo(d) {
  const line = view.state.doc.line(Math.min(d.line, view.state.doc.lines));
  const pos = Math.min(line.from + Math.max(0, (d.column ?? 1) - 1), line.to);
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
  view.focus();
}

function reformat(targetLang) {
  try {
    const out = state.delai.format(view.state.doc.toString(), targetLang ? { lang: targetLang } : {});
    setDoc(out);
    $("editor-status").textContent = "";
  } catch (error) {
    $("editor-status").textContent = diagnosticsOf(error).map((d) => d.message).join(" · ");
  }
}

// -------------------------------------------------------------- the rules

function recompile(text, found) {
  if (found.some((d) => d.severity === "error")) {
    state.rules = null;
  } else {
    try {
      state.rules = state.delai.Rules.compile(text, undefined, { lang: lang() });
    } catch {
      state.rules = null;
    }
  }
  renderStandards();
  renderCalendars();
}

function tierWords(tier, std) {
  const when = tier.conditional ? ` (${t("table.condition")})` : std.tiers.length > 1 ? ` (${t("table.otherwise")})` : "";
  return `${amount(tier.amount, tier.unit)}${tier.calendar ? ` — ${tier.calendar}` : ""}${when}`;
}

function renderStandards() {
  const box = $("standards");
  if (!state.rules) {
    box.replaceChildren(h("p", {}, t("playground.noRules")));
    return;
  }
  const list = standardsById(state.rules);
  box.replaceChildren(table(null, [
    { head: t("table.standard"), render: (s) => h("span", {}, pick(s.title, lang(), s.id), h("br"), h("code", {}, s.id)) },
    { head: t("table.allowed"), render: (s) => h("ul", { class: "plain" }, s.versions.flatMap((v) => v.tiers.map((tier) => h("li", {}, tierWords(tier, v))))) },
    { head: t("table.target"), render: (s) => (s.target != null ? percent(s.target) : "—") },
  ], list));
}

function runExamples() {
  const box = $("examples");
  if (!state.rules) {
    box.replaceChildren(h("p", {}, t("playground.noRules")));
    $("examples-summary").textContent = "";
    return;
  }
  const outcomes = state.rules.runExamples({ asOf: new Date().toISOString(), lang: lang() });
  const passed = outcomes.filter((o) => o.status === "passed").length;
  $("examples-summary").textContent = t("playground.examplesSummary", { passed: count(passed, "passed"), failed: count(outcomes.length - passed, "failed") });
  box.replaceChildren(table(null, [
    { head: t("table.example"), render: (o) => h("span", {}, o.name, h("br"), h("small", {}, `${o.standard} · ${t("playground.line", { line: o.line, column: o.column ?? 1 })}`)) },
    {
      head: t("table.result"),
      render: (o) => o.status === "passed"
        ? h("span", { class: "pass" }, `✓ ${t("playground.passed")}`)
        : h("span", {}, h("span", { class: "fail" }, `✕ ${t("playground.failed")}`),
          h("ul", {}, o.failures.map((f) => h("li", {}, `${t("playground.expected")} ${f.expected} — ${t("playground.actual")} ${f.actual}`)))),
    },
  ], outcomes));
}

// ------------------------------------------------------------- try a case

const SAMPLE_CASE = {
  id: "2025-000123",
  attributes: { canal: "courrier" },
  events: [
    { name: "reçue", at: "2025-06-20 10:00" },
    { name: "répondue", at: "2025-07-02 15:00" },
  ],
};

function checkCase() {
  const status = $("case-status");
  const results = $("case-results");
  const explanation = $("case-explanation");
  results.replaceChildren();
  explanation.replaceChildren();
  if (!state.rules) {
    status.textContent = t("playground.noRules");
    return;
  }
  let kase;
  try {
    kase = JSON.parse($("case-json").value);
  } catch (error) {
    status.textContent = `${t("playground.badJson")} ${error.message}`;
    return;
  }
  const asOf = $("as-of").value || undefined;
  let records;
  try {
    records = state.rules.check(kase, { asOf, lang: lang() });
  } catch (error) {
    status.textContent = diagnosticsOf(error).map((d) => d.message).join(" · ");
    return;
  }
  status.textContent = "";
  results.replaceChildren(table(null, [
    { head: t("table.standard"), render: (r) => r.standard ?? "—" },
    { head: t("table.status"), render: (r) => (r.status ? statusWord(r.status) : `${r.error?.code}: ${r.error?.message}`) },
    { head: t("table.due"), render: (r) => (r.due ? h("time", { datetime: r.due }, dateTimeWords(r.due)) : "—") },
    { head: t("table.allowed"), render: (r) => (r.allowed ? amount(r.allowed.value, r.allowed.unit) : "—") },
  ], records));
  for (const r of records) {
    if (!r.standard || r.error) continue;
    try {
      const ex = state.rules.explain(r.standard, kase, { asOf, lang: lang() });
      explanation.append(h("h4", {}, r.standard), h("ol", { class: "lines" }, ex.lines.map((l) => h("li", {}, l))));
    } catch (error) {
      explanation.append(h("p", {}, diagnosticsOf(error)[0].message));
    }
  }
}

// -------------------------------------------------------------- year view

function renderCalendars() {
  const select = $("year-calendar");
  if (!state.rules) return;
  const names = state.rules.calendars();
  const chosen = select.value;
  select.replaceChildren(...names.map((n) => new Option(n, n)));
  if (names.includes(chosen)) select.value = chosen;
  renderYear();
}

function renderYear() {
  const box = $("year-view");
  const name = $("year-calendar").value;
  const year = Number($("year").value);
  if (!state.rules || !name || !Number.isInteger(year)) return box.replaceChildren();
  try {
    const days = state.rules.nonBusinessDays(name, year);
    box.replaceChildren(...yearView(year, days));
    $("year-legend").replaceChildren(h("ul", { class: "legend", "aria-label": t("legend.title") },
      h("li", {}, h("span", { class: "swatch day holiday", "aria-hidden": "true" }, "\u00a0"), t("playground.legendHoliday")),
      h("li", {}, h("span", { class: "swatch day off", "aria-hidden": "true" }, "\u00a0"), t("playground.legendOff"))));
  } catch (error) {
    box.replaceChildren(h("p", {}, diagnosticsOf(error)[0].message));
  }
}

// ----------------------------------------------------------------- report

// The CSV file is read by the engine itself (`checkCsv`, `reportCsv`): the
// same reader, and so the same records and errors, as `delai check` and
// `delai report`. Its bytes go in as they are, so that a file that is not
// UTF-8 is the reader's to judge, not the browser's decoder's to patch.

/** The last file chosen: { bytes, name }. */
let lastFile = null;

function buildReport(file) {
  lastFile = file ?? lastFile;
  if (lastFile == null) return;
  const status = $("report-status");
  const problems = $("report-errors");
  if (!state.rules) {
    status.textContent = t("playground.noRules");
    problems.replaceChildren();
    return;
  }
  const asOf = new Date();
  const { bytes, name } = lastFile;
  const by = $("by").value;
  let report;
  let errors;
  try {
    report = state.rules.reportCsv(bytes, { by, asOf, lang: lang() });
    errors = state.rules.checkCsv(bytes, { asOf, lang: lang() }).filter((r) => r.error);
  } catch (error) {
    status.textContent = diagnosticsOf(error).map((d) => d.message).join(" · ");
    for (const id of ["report-errors", "charts", "report"]) $(id).replaceChildren();
    return;
  }
  status.textContent = t("playground.reportSummary", { file: name, errors: count(report.errors ?? 0, "casesFailed") });
  problems.replaceChildren(...errors.map((r) => h("li", {}, t("playground.recordError", {
    line: r.line ?? "?",
    case: r.case ? ` (${r.case})` : "",
    message: r.error.message,
  }))));
  const titles = new Map((report.standards ?? []).map((s) => [s.id, pick(s.title, lang(), s.id)]));
  const rows = report.rows ?? [];
  $("chart-key").hidden = false;
  const charts = $("charts");
  charts.replaceChildren();
  for (const id of [...new Set(rows.map((r) => r.standard))]) {
    const periods = rows.filter((r) => r.standard === id && r.period !== "all")
      .map((r) => ({ ...r, period: periodWords(r.period) }));
    if (!periods.some((r) => r.compliance != null)) continue;
    const target = periods.find((r) => r.target != null)?.target ?? null;
    const name = titles.get(id) ?? id;
    charts.append(h("figure", {}, h("figcaption", {}, name),
      complianceChart(periods, target, t("playground.chartLabel", { standard: name, target: target != null ? percent(target) : "—" }), percent)));
  }
  $("report").replaceChildren(table(t("playground.report"), [
    { head: t("table.standard"), render: (r) => titles.get(r.standard) ?? r.standard },
    { head: t("table.period"), render: (r) => (r.period === "all" ? t("playground.allPeriods") : periodWords(r.period)) },
    { head: t("table.total"), key: "total" },
    { head: t("table.met"), key: "met" },
    { head: t("table.breached"), key: "breached" },
    { head: t("table.pending"), key: "pending" },
    { head: t("table.compliance"), render: (r) => (r.compliance != null ? percent(r.compliance) : "—") },
    { head: t("table.target"), render: (r) => `${targetText(r)} ${r.meets_target === true ? "✓" : r.meets_target === false ? "✕" : ""}`.trim() },
  ], rows));
}

/** A row's target: "80 %", or "80 % / 95 %" when its cases fall under
 * versions with different targets (each judged against its own). */
function targetText(r) {
  if ((r.targets ?? []).length > 1) return r.targets.map((x) => (x != null ? percent(x) : "—")).join(" / ");
  return r.target != null ? percent(r.target) : "—";
}

// ------------------------------------------------------------------- main

function refreshLanguage() {
  document.title = `${t("playground.title")} — ${t("site.name")}`;
  view?.dispatch({ effects: label.reconfigure(EditorView.contentAttributes.of({ "aria-label": t("playground.editorLabel") })) });
  // The engine's messages again, in the new language (the lint pass
  // renders the diagnostics, the standards and the year).
  if (view) forceLinting(view);
  renderDiagnostics();
  renderStandards();
  renderYear();
  if ($("examples").childElementCount) runExamples();
  if ($("case-results").childElementCount) checkCase();
  buildReport();
}

async function main() {
  setLang(initialLang());
  document.title = `${t("playground.title")} — ${t("site.name")}`;
  document.querySelector("[data-lang-toggle]").addEventListener("click", () => {
    setLang(lang() === "fr" ? "en" : "fr");
    refreshLanguage();
  });
  $("case-json").value = JSON.stringify(SAMPLE_CASE, null, 2);
  // "Now" by default, as on the command line: the status of an open case
  // is judged as of the moment the page is used.
  $("as-of").value = localInputValue(new Date());
  $("year").value = String(new Date().getFullYear());
  const [delai, text] = await Promise.all([loadEngine(), loadRulesText()]);
  state.delai = delai;
  state.original = text;
  createEditor(text);
  $("format").addEventListener("click", () => reformat());
  $("to-fr").addEventListener("click", () => reformat("fr"));
  $("to-en").addEventListener("click", () => reformat("en"));
  $("reset").addEventListener("click", () => setDoc(state.original));
  $("run-examples").addEventListener("click", runExamples);
  $("check").addEventListener("click", checkCase);
  $("year-calendar").addEventListener("change", renderYear);
  $("year").addEventListener("input", renderYear);
  $("by").addEventListener("change", () => buildReport());
  $("csv").addEventListener("change", async () => {
    const file = $("csv").files?.[0];
    if (file) buildReport({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
  });
  $("sample-csv").addEventListener("click", async () => {
    const response = await fetch(new URL("data/cas-exemple.csv", document.baseURI));
    buildReport({ bytes: new Uint8Array(await response.arrayBuffer()), name: "cas-exemple.csv" });
  });
  // First diagnostics without waiting for the debounce.
  const initial = delai.diagnose(text, undefined, { lang: lang() });
  state.text = text;
  state.diagnostics = initial;
  recompile(text, initial);
  renderDiagnostics();
  window.delai = { view, get rules() { return state.rules; }, engine: delai };
  document.documentElement.dataset.ready = "true";
}

main().catch((error) => {
  $("editor-status").textContent = t("citizen.engineError", { message: diagnosticsOf(error)[0].message });
});
