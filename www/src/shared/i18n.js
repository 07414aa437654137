// Interface strings, French first (the City's language of service), and the
// helpers that put them in the page. Elements carry `data-i18n="key"`
// (text) or `data-i18n-attr="attr:key,attr:key"` (attributes).

export const STRINGS = {
  fr: {
    "site.name": "Ville — délais de service",
    "site.skip": "Aller au contenu",
    "site.toggle": "English",
    "site.toggleLabel": "Read this page in English",
    "site.footer": "Les délais sont calculés dans votre navigateur par le moteur delai, à partir des normes de service publiées par la Ville.",
    "nav.citizen": "Délai de réponse",
    "nav.playground": "Atelier des normes",
    "citizen.title": "Quand aurai-je une réponse?",
    "citizen.intro": "Choisissez le service et indiquez quand vous avez fait votre demande : la date limite de réponse s'affiche aussitôt, selon les normes de service de la Ville.",
    "citizen.form": "Votre demande",
    "citizen.service": "Service",
    "citizen.submitted": "Date et heure de votre demande",
    "citizen.submittedHint": "Heure du Québec. Par défaut : maintenant.",
    "citizen.answer": "Réponse attendue",
    "citizen.allowed": "Délai prévu : {allowed}.",
    "citizen.countedFrom": "Votre demande est comptée à partir du {date}.",
    "citizen.why": "Pourquoi cette date?",
    "citizen.skippedIntro": "Ces jours n'ont pas été comptés :",
    "citizen.skippedCalendarDays": "Le délai se compte en jours de calendrier; l'échéance ne peut toutefois pas tomber un jour où nos bureaux sont fermés :",
    "citizen.noneSkipped": "Tous les jours entre votre demande et l'échéance ont été comptés.",
    "citizen.details": "Détail du calcul",
    "citizen.calendar": "Le délai au calendrier",
    "citizen.ics": "Ajouter à mon calendrier",
    "citizen.icsSummary": "Réponse attendue : {service}",
    "citizen.notApplicable": "Ce service ne s'applique pas avec ces choix. Vérifiez vos réponses.",
    "citizen.badDate": "Indiquez une date et une heure valides.",
    "citizen.loading": "Chargement du calcul des délais…",
    "citizen.engineError": "Le calcul des délais n'a pas pu être chargé : {message}",
    "citizen.other": "Autre",
    "legend.title": "Légende",
    "legend.start": "jour de la demande",
    "legend.counted": "jour compté",
    "legend.skipped": "jour non compté",
    "legend.closed": "bureaux fermés (compté)",
    "legend.due": "échéance",
    "day.start": "jour de la demande",
    "day.counted": "jour compté",
    "day.due": "échéance",
    "kind.not-workday": "fin de semaine",
    "kind.holiday": "jour férié : {name}",
    "kind.closed": "fermeture : {name}",
    "playground.title": "Atelier des normes de service",
    "playground.intro": "Écrivez ou modifiez des normes dans la langue delai : les erreurs s'affichent pendant la frappe, et vous pouvez essayer les normes sur des cas.",
    "playground.editor": "Fichier de normes",
    "playground.editorLabel": "Texte du fichier de normes (.delai)",
    "playground.format": "Mettre en forme",
    "playground.toFrench": "Mots-clés en français",
    "playground.toEnglish": "Mots-clés en anglais",
    "playground.reset": "Revenir au fichier de la Ville",
    "playground.diagnostics": "Problèmes",
    "playground.noDiagnostics": "Aucun problème.",
    "playground.line": "ligne {line}, colonne {column}",
    "playground.standards": "Normes",
    "playground.noRules": "Corrigez les erreurs pour voir les normes.",
    "playground.examples": "Exemples",
    "playground.runExamples": "Exécuter les exemples",
    "playground.passed": "réussi",
    "playground.failed": "échoué",
    "playground.examplesSummary": "{passed}, {failed}",
    "playground.tryCase": "Essayer un cas",
    "playground.caseJson": "Cas (JSON)",
    "playground.asOf": "En date du",
    "playground.check": "Vérifier",
    "playground.results": "Résultats",
    "playground.explanation": "Explication",
    "playground.yearView": "Calendrier de l'année",
    "playground.calendarName": "Calendrier",
    "playground.year": "Année",
    "playground.report": "Rapport de conformité",
    "playground.csv": "Fichier CSV de cas",
    "playground.by": "Par période",
    "playground.by.month": "mois",
    "playground.by.quarter": "trimestre",
    "playground.by.year": "année",
    "playground.reportSummary": "{file} : {errors}.",
    "playground.recordError": "Ligne {line}{case} : {message}",
    "playground.compliance": "Conformité",
    "playground.target": "cible",
    "playground.chartLabel": "Conformité de « {standard} » par période, cible {target}",
    "table.standard": "Norme",
    "table.id": "Identifiant",
    "table.allowed": "Délai",
    "table.target": "Cible",
    "table.period": "Période",
    "table.total": "Total",
    "table.met": "Respectés",
    "table.breached": "Dépassés",
    "table.pending": "En cours",
    "table.compliance": "Conformité",
    "table.status": "Statut",
    "table.due": "Échéance",
    "table.example": "Exemple",
    "table.result": "Résultat",
    "playground.sample": "Essayer avec des cas d'exemple",
    "playground.chartKey": "Barres : conformité par période (valeur inscrite au-dessus). Tirets orange : la cible. Barres hachurées : sous la cible.",
    "playground.expected": "attendu :",
    "playground.actual": "obtenu :",
    "playground.badJson": "Le JSON du cas est illisible :",
    "playground.legendHoliday": "jour férié ou fermeture",
    "playground.legendOff": "jour non ouvrable (fin de semaine)",
    "playground.allPeriods": "toutes les périodes",
    "table.condition": "si la condition s'applique",
    "table.otherwise": "sinon",
  },
  en: {
    "site.name": "City — service delays",
    "site.skip": "Skip to content",
    "site.toggle": "Français",
    "site.toggleLabel": "Lire cette page en français",
    "site.footer": "Delays are computed in your browser by the delai engine, from the service standards published by the City.",
    "nav.citizen": "When to expect an answer",
    "nav.playground": "Standards playground",
    "citizen.title": "When can I expect an answer?",
    "citizen.intro": "Choose the service and tell us when you made your request: the answer date appears at once, according to the City's service standards.",
    "citizen.form": "Your request",
    "citizen.service": "Service",
    "citizen.submitted": "Date and time of your request",
    "citizen.submittedHint": "Quebec time. Default: now.",
    "citizen.answer": "Expected answer",
    "citizen.allowed": "Allowed time: {allowed}.",
    "citizen.countedFrom": "Your request counts from {date}.",
    "citizen.why": "Why this date?",
    "citizen.skippedIntro": "These days were not counted:",
    "citizen.skippedCalendarDays": "The delay counts calendar days, but it cannot end on a day our offices are closed:",
    "citizen.noneSkipped": "Every day between your request and the deadline was counted.",
    "citizen.details": "How it was computed",
    "citizen.calendar": "The delay on a calendar",
    "citizen.ics": "Add to my calendar",
    "citizen.icsSummary": "Answer expected: {service}",
    "citizen.notApplicable": "This service does not apply with these choices. Please check your answers.",
    "citizen.badDate": "Enter a valid date and time.",
    "citizen.loading": "Loading the delay calculator…",
    "citizen.engineError": "The delay calculator could not be loaded: {message}",
    "citizen.other": "Other",
    "legend.title": "Legend",
    "legend.start": "day of your request",
    "legend.counted": "day counted",
    "legend.skipped": "day not counted",
    "legend.closed": "offices closed (counted)",
    "legend.due": "deadline",
    "day.start": "day of your request",
    "day.counted": "day counted",
    "day.due": "deadline",
    "kind.not-workday": "weekend",
    "kind.holiday": "holiday: {name}",
    "kind.closed": "closed: {name}",
    "playground.title": "Service standards playground",
    "playground.intro": "Write or edit standards in the delai language: mistakes show up as you type, and you can try the standards on cases.",
    "playground.editor": "Rules file",
    "playground.editorLabel": "Text of the rules file (.delai)",
    "playground.format": "Format",
    "playground.toFrench": "French keywords",
    "playground.toEnglish": "English keywords",
    "playground.reset": "Back to the City's file",
    "playground.diagnostics": "Problems",
    "playground.noDiagnostics": "No problems.",
    "playground.line": "line {line}, column {column}",
    "playground.standards": "Standards",
    "playground.noRules": "Fix the errors to see the standards.",
    "playground.examples": "Examples",
    "playground.runExamples": "Run the examples",
    "playground.passed": "passed",
    "playground.failed": "failed",
    "playground.examplesSummary": "{passed}, {failed}",
    "playground.tryCase": "Try a case",
    "playground.caseJson": "Case (JSON)",
    "playground.asOf": "As of",
    "playground.check": "Check",
    "playground.results": "Results",
    "playground.explanation": "Explanation",
    "playground.yearView": "Year calendar",
    "playground.calendarName": "Calendar",
    "playground.year": "Year",
    "playground.report": "Compliance report",
    "playground.csv": "CSV file of cases",
    "playground.by": "By period",
    "playground.by.month": "month",
    "playground.by.quarter": "quarter",
    "playground.by.year": "year",
    "playground.reportSummary": "{file}: {errors}.",
    "playground.recordError": "Line {line}{case}: {message}",
    "playground.compliance": "Compliance",
    "playground.target": "target",
    "playground.chartLabel": "Compliance of \"{standard}\" by period, target {target}",
    "table.standard": "Standard",
    "table.id": "Identifier",
    "table.allowed": "Allowed time",
    "table.target": "Target",
    "table.period": "Period",
    "table.total": "Total",
    "table.met": "Met",
    "table.breached": "Breached",
    "table.pending": "Open",
    "table.compliance": "Compliance",
    "table.status": "Status",
    "table.due": "Due",
    "table.example": "Example",
    "table.result": "Result",
    "playground.sample": "Try with sample cases",
    "playground.chartKey": "Bars: compliance per period (value written above). Orange dashes: the target. Hatched bars: below target.",
    "playground.expected": "expected:",
    "playground.actual": "got:",
    "playground.badJson": "The case JSON cannot be read:",
    "playground.legendHoliday": "holiday or closure",
    "playground.legendOff": "non-working day (weekend)",
    "playground.allPeriods": "all periods",
    "table.condition": "when its condition holds",
    "table.otherwise": "otherwise",
  },
};

let current = "fr";

export const lang = () => current;

/** A string with `{name}` placeholders filled in. */
export function t(key, vars = {}) {
  const text = STRINGS[current][key] ?? STRINGS.fr[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ""));
}

/** The language from ?lang=, else French. */
export function initialLang() {
  const asked = new URLSearchParams(location.search).get("lang");
  return asked === "en" ? "en" : "fr";
}

/** Switches the page language: <html lang>, static strings, the URL. */
export function setLang(next, root = document) {
  current = next === "en" ? "en" : "fr";
  document.documentElement.lang = current;
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of el.dataset.i18nAttr.split(",")) {
      const [attr, key] = pair.split(":");
      el.setAttribute(attr, t(key));
    }
  }
  // The toggle names the other language in that language.
  for (const el of root.querySelectorAll("[data-lang-toggle]")) el.setAttribute("lang", current === "fr" ? "en" : "fr");
  const url = new URL(location.href);
  if (current === "fr") url.searchParams.delete("lang");
  else url.searchParams.set("lang", current);
  history.replaceState(null, "", url);
  // Keep links between the pages in the same language.
  for (const a of root.querySelectorAll("a[data-keep-lang]")) {
    const target = new URL(a.getAttribute("href"), location.href);
    if (current === "fr") target.searchParams.delete("lang");
    else target.searchParams.set("lang", current);
    a.href = target.pathname.split("/").pop() + target.search;
  }
}

const UNIT_WORDS = {
  fr: {
    "business-days": ["jour ouvrable", "jours ouvrables"], days: ["jour", "jours"], weeks: ["semaine", "semaines"],
    months: ["mois", "mois"], hours: ["heure", "heures"], minutes: ["minute", "minutes"], seconds: ["seconde", "secondes"],
    "business-hours": ["heure ouvrable", "heures ouvrables"], "business-minutes": ["minute ouvrable", "minutes ouvrables"],
  },
  en: {
    "business-days": ["business day", "business days"], days: ["day", "days"], weeks: ["week", "weeks"],
    months: ["month", "months"], hours: ["hour", "hours"], minutes: ["minute", "minutes"], seconds: ["second", "seconds"],
    "business-hours": ["business hour", "business hours"], "business-minutes": ["business minute", "business minutes"],
  },
};

/** Counted things: [singular, plural] (participles agree in French). */
const COUNT_WORDS = {
  fr: {
    casesRead: ["cas lu", "cas lus"],
    casesFailed: ["cas illisible ou non jugé", "cas illisibles ou non jugés"],
    passed: ["réussi", "réussis"],
    failed: ["échoué", "échoués"],
  },
  en: {
    casesRead: ["case read", "cases read"],
    casesFailed: ["case could not be read or judged", "cases could not be read or judged"],
    passed: ["passed", "passed"],
    failed: ["failed", "failed"],
  },
};

/** A number and its words in the right form: the singular for exactly one
 * in English, for less than two in French (« 0 jour », « 1,5 jour »), as
 * delai's own texts do (`model::count`). */
function counted(value, [singular, plural]) {
  const n = new Intl.NumberFormat(current === "fr" ? "fr-CA" : "en-CA").format(value);
  const one = current === "fr" ? Math.abs(value) < 2 : Math.abs(value) === 1;
  return `${n} ${one ? singular : plural}`;
}

/** "3 cas lus" / "1 case read": `key` names the words in COUNT_WORDS. */
export function count(value, key) {
  return counted(value, COUNT_WORDS[current][key] ?? [key, key]);
}

/** "10 jours ouvrables" / "10 business days". */
export function amount(value, unit) {
  return counted(value, UNIT_WORDS[current][unit] ?? [unit, unit]);
}

/** Units counted only on business days or hours. */
export const isBusinessUnit = (unit) => String(unit).startsWith("business-");
/** Units that end at the end of a day. */
export const isDayUnit = (unit) => ["business-days", "days", "weeks", "months"].includes(unit);

/** A YYYY-MM-DD date in words: « mardi 8 juillet 2025 » / "Tuesday, July 8, 2025". */
export function longDate(ymd) {
  const [y, m, d] = ymd.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const text = new Intl.DateTimeFormat(current === "fr" ? "fr-CA" : "en-CA", {
    weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: "UTC",
  }).format(date);
  // French style: « 1er » for the first of the month.
  return current === "fr" ? text.replace(/(^|\s)1 /, "$11er ") : text;
}

/** An instant the engine wrote (RFC 3339, in the calendar's own offset) in
 * words, at its own wall-clock time: « mardi 8 juillet 2025, 23 h 59 » /
 * "Tuesday, July 8, 2025, 23:59" (24-hour clock in both, as delai's own
 * texts write it). */
export function dateTimeWords(rfc3339) {
  const text = String(rfc3339);
  const [hour, minute] = text.slice(11, 16).split(":");
  const clock = current === "fr" ? `${Number(hour)} h ${minute}` : `${hour}:${minute}`;
  return `${longDate(text.slice(0, 10))}, ${clock}`;
}

/** Why a day is not a business day, in words. */
export function kindWords(day) {
  return t(`kind.${day.kind}`, { name: day.name ?? "" });
}
