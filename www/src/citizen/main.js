// The citizen's page: pick a service, answer the questions that service
// needs, give the date of the request; the expected answer date, the days
// not counted and a month view appear at once.
import { loadRuntime, loadCompiledRules, standardsById, pick, diagnosticsOf } from "../shared/engine.js";
import { t, lang, setLang, initialLang, amount, isBusinessUnit, isDayUnit, longDate, kindWords } from "../shared/i18n.js";
import { attributeLabel, valueLabel } from "../shared/labels.js";
import { dateOf, groupDays, localInputValue } from "../shared/dates.js";
import { monthGrids, legend } from "./month-grid.js";
import { download, hash } from "./download.js";

const $ = (id) => document.getElementById(id);
const OTHER = "\u0000other"; // the « Autre » choice: the attribute is left out

const state = { delai: null, rules: null, standards: [], questions: [], due: null, explanation: null, std: null };

/** Titles in the page language, else the other one, else the id. */
const titleOf = (s) => pick(s.title, lang(), s.id);

function fillServices() {
  const select = $("service");
  const chosen = select.value;
  select.replaceChildren(...state.standards.map((s) => new Option(titleOf(s), s.id)));
  // Sort by title in the page language: a citizen scans alphabetically.
  const options = [...select.options].sort((a, b) => a.text.localeCompare(b.text, lang()));
  select.replaceChildren(...options);
  select.value = chosen && state.standards.some((s) => s.id === chosen) ? chosen : options[0]?.value;
  select.disabled = false;
}

/** Does `due` still answer when these attributes are given? */
function applies(id, attributes) {
  try {
    state.rules.due(id, { start: $("submitted").value || localInputValue(new Date()), attributes });
    return true;
  } catch {
    return false;
  }
}

/**
 * The questions a service needs, from the attributes its `applies when`
 * and tier conditions read. A single-valued attribute the standard cannot
 * do without (service = "permis") is implied by the service: not asked.
 * A choice gets an « Autre » option when the standard still applies
 * without it (tier conditions such as priority = "urgent").
 */
function buildQuestions(std) {
  const defaults = Object.fromEntries(std.attributes.filter((a) => a.values.length).map((a) => [a.name, a.values[0]]));
  state.questions = std.attributes.map((a) => {
    const without = { ...defaults };
    delete without[a.name];
    const optional = applies(std.id, without);
    if (a.values.length === 1 && !optional) return { ...a, fixed: a.values[0] };
    return { ...a, optional };
  });
  renderQuestions();
}

function renderQuestions() {
  const box = $("questions");
  const previous = Object.fromEntries([...box.querySelectorAll("[data-attr]")].map((el) => [el.dataset.attr, el.value]));
  box.replaceChildren();
  state.questions.forEach((q, i) => {
    if (q.fixed !== undefined) return;
    const id = `q-${i}`;
    const field = document.createElement("div");
    field.className = "field";
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = attributeLabel(q.name, lang());
    let control;
    if (q.values.length) {
      control = document.createElement("select");
      for (const v of q.values) control.append(new Option(valueLabel(v, lang()), String(v)));
      if (q.optional) control.append(new Option(t("citizen.other"), OTHER));
    } else {
      control = document.createElement("input");
      control.type = "text";
      control.autocomplete = "off";
    }
    control.id = id;
    control.name = q.name;
    control.dataset.attr = q.name;
    if (previous[q.name] !== undefined && [...(control.options ?? [])].some((o) => o.value === previous[q.name])) control.value = previous[q.name];
    field.append(label, control);
    box.append(field);
  });
}

/** The attributes of the case: answered questions plus the implied ones. */
function attributes() {
  const out = {};
  state.questions.forEach((q, i) => {
    if (q.fixed !== undefined) {
      out[q.name] = q.fixed;
      return;
    }
    const el = $(`q-${i}`);
    if (!el || el.value === OTHER || el.value === "") return;
    // Keep numbers numbers, as the rules compare them (priority = 2).
    const known = q.values.find((v) => String(v) === el.value);
    out[q.name] = known ?? (el.value.trim() !== "" && Number.isFinite(Number(el.value)) ? Number(el.value) : el.value);
  });
  return out;
}

function setAnswer(text, kind = "ok") {
  const answer = $("answer");
  // Only touch the live region when the sentence changes, so screen
  // readers are not told the same thing twice.
  if (answer.textContent !== text) answer.textContent = text;
  answer.dataset.state = kind;
  answer.removeAttribute("data-i18n");
}

function compute() {
  const std = state.standards.find((s) => s.id === $("service").value);
  state.std = std;
  const start = $("submitted").value;
  state.due = state.explanation = null;
  $("ics").disabled = true;
  if (!std) return;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(start)) {
    showProblem(t("citizen.badDate"));
    return;
  }
  const attrs = attributes();
  try {
    state.due = state.rules.due(std.id, { start, attributes: attrs });
  } catch (error) {
    const [first] = diagnosticsOf(error);
    showProblem(first.code === "not-applicable" ? t("citizen.notApplicable") : first.message);
    return;
  }
  const kase = { id: "citizen", attributes: attrs, events: [{ name: std.start_event, at: start }] };
  try {
    state.explanation = state.rules.explain(std.id, kase, { asOf: start, lang: lang() });
  } catch {
    state.explanation = null; // the answer stands without its explanation
  }
  render();
}

function showProblem(message) {
  setAnswer(message, "problem");
  $("allowed").textContent = "";
  $("counted-from").hidden = true;
  $("why").hidden = true;
}

function render() {
  const due = state.due;
  setAnswer(pick(due.text, lang()), "ok");
  $("allowed").textContent = t("citizen.allowed", { allowed: amount(due.allowed.value, due.allowed.unit) });
  const counted = $("counted-from");
  counted.hidden = !due.counted_from;
  if (due.counted_from) counted.textContent = t("citizen.countedFrom", { date: longDate(dateOf(due.counted_from)) });
  $("ics").disabled = false;

  const unit = due.allowed.unit;
  const businessUnit = isBusinessUnit(unit);
  const skippedDays = state.explanation?.skipped ?? [];
  const skipped = new Map(skippedDays.map((d) => [d.date, d]));
  $("why").hidden = false;
  $("why-intro").textContent = skippedDays.length ? t(businessUnit ? "citizen.skippedIntro" : "citizen.skippedCalendarDays") : t("citizen.noneSkipped");
  $("skipped").replaceChildren(...groupDays(skippedDays).map((g) => {
    const li = document.createElement("li");
    const when = g.from === g.to ? longDate(g.from) : lang() === "fr" ? `du ${longDate(g.from)} au ${longDate(g.to)}` : `${longDate(g.from)} to ${longDate(g.to)}`;
    const strong = document.createElement("strong");
    strong.textContent = kindWords(g);
    li.append(`${when} — `, strong);
    return li;
  }));
  $("lines").replaceChildren(...(state.explanation?.lines ?? []).map((line) => Object.assign(document.createElement("li"), { textContent: line })));
  $("details").hidden = !state.explanation?.lines?.length;
  $("legend").replaceChildren(legend(businessUnit));
  $("months").replaceChildren(...monthGrids({ start: dateOf(due.start), due: dateOf(due.due), skipped, businessUnit }));
}

function downloadIcs() {
  const due = state.due;
  if (!due) return;
  const service = titleOf(state.std);
  // The engine writes the file (the same iCalendar writer as `delai
  // calendar --format ics`).
  const ics = state.delai.deadlineIcs({
    due: due.due,
    allDay: isDayUnit(due.allowed.unit),
    summary: t("citizen.icsSummary", { service }),
    description: pick(due.text, lang()),
    uid: `${hash(`${due.standard}|${due.start}|${due.due}`)}-${due.standard}@delai.ville.invalid`,
    lang: lang(),
  });
  download(`${due.standard}-${dateOf(due.due)}.ics`, ics);
}

function switchLanguage() {
  setLang(lang() === "fr" ? "en" : "fr");
  document.title = `${t("citizen.title")} — ${t("site.name")}`;
  if (!state.rules) return;
  fillServices();
  renderQuestions();
  compute();
}

async function main() {
  setLang(initialLang());
  document.title = `${t("citizen.title")} — ${t("site.name")}`;
  $("submitted").value = localInputValue(new Date());
  document.querySelector("[data-lang-toggle]").addEventListener("click", switchLanguage);
  $("ics").addEventListener("click", downloadIcs);
  $("request").addEventListener("submit", (e) => e.preventDefault());
  try {
    // Rules compiled natively when the site was built, judged by the
    // runtime-only package: the native answer by construction.
    const [delai, compiled] = await Promise.all([loadRuntime(), loadCompiledRules()]);
    state.delai = delai;
    state.rules = delai.Rules.load(compiled);
    state.standards = standardsById(state.rules);
  } catch (error) {
    setAnswer(t("citizen.engineError", { message: diagnosticsOf(error)[0].message }), "problem");
    return;
  }
  fillServices();
  buildQuestions(state.std = state.standards.find((s) => s.id === $("service").value));
  $("service").addEventListener("change", () => {
    buildQuestions(state.standards.find((s) => s.id === $("service").value));
    compute();
  });
  // Every change recomputes: `input` for typing, `change` for pickers.
  for (const type of ["input", "change"]) {
    $("questions").addEventListener(type, compute);
    $("submitted").addEventListener(type, compute);
  }
  compute();
  // For the end-to-end tests and curious developers: the engine in use.
  window.delai = { rules: state.rules, ready: true };
  document.documentElement.dataset.ready = "true";
}

main();
