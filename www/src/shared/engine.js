// The one door to the delai engine for both pages. "delai" is an alias
// (vite.config.js) for the wasm-pack package built into pkg/delai (the
// playground: it compiles in the browser, zones from the table embedded in
// the module); "delai-runtime" for the runtime-only one in
// pkg/delai-runtime (the citizen page: rules compiled natively at build
// time, zones from the tables those carry).
// Imported dynamically: each page's bundle holds only the package it uses.

let loading;
let loadingRuntime;

// init() finds delai_bg.wasm next to the JS glue through import.meta.url,
// which Vite rewrites to the emitted asset: no network beyond our origin.
const start = (pkg) => pkg.default().then(() => pkg);

/** Loads the full WebAssembly module once; resolves to the package's exports. */
export function loadEngine() {
  loading ??= import("delai").then(start);
  return loading;
}

/** Loads the runtime-only module once (no parser: `Rules.load` only). */
export function loadRuntime() {
  loadingRuntime ??= import("delai-runtime").then(start);
  return loadingRuntime;
}

/**
 * The site's rules as compiled natively when the site was built
 * (scripts/compile-rules.sh), relative to the page.
 */
export async function loadCompiledRules(path = "rules/ville.json") {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

/** The rules file shipped with the site, relative to the page (base "./"). */
export async function loadRulesText(path = "rules/ville.delai") {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

/**
 * Diagnostics from a thrown engine error: a DelaiError carries
 * `.diagnostics`; anything else becomes one diagnostic with its message.
 */
export function diagnosticsOf(error) {
  if (Array.isArray(error?.diagnostics)) return error.diagnostics;
  return [{ code: "error", severity: "error", message: String(error?.message ?? error) }];
}

/** One text from a `{en, fr}` pair: the language asked, else the other. */
export function pick(texts, lang, fallback = "") {
  if (!texts) return fallback;
  const other = lang === "fr" ? "en" : "fr";
  return texts[lang] || texts[other] || fallback;
}

/**
 * The standards of a file, one entry per id (versions merged: the form
 * needs every attribute any version reads, and the newest title).
 */
export function standardsById(rules) {
  const byId = new Map();
  for (const s of rules.standards()) {
    const seen = byId.get(s.id);
    if (!seen) {
      byId.set(s.id, { ...s, attributes: s.attributes.map((a) => ({ name: a.name, values: [...a.values] })), versions: [s] });
      continue;
    }
    seen.versions.push(s);
    if (s.title?.en || s.title?.fr) seen.title = s.title;
    for (const a of s.attributes) {
      const mine = seen.attributes.find((x) => x.name === a.name);
      if (!mine) seen.attributes.push({ name: a.name, values: [...a.values] });
      else for (const v of a.values) if (!mine.values.some((m) => m === v)) mine.values.push(v);
    }
  }
  return [...byId.values()];
}

