// CSV of cases → the case shape of interfaces.md. RFC 4180 reading:
// quoted fields may hold commas, doubled quotes and line breaks; CRLF or
// LF; a byte-order mark is dropped.

/** Parses CSV text into rows of strings. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (quoted) throw new Error("unterminated quoted field at the end of the file");
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  // Blank lines are not records.
  return rows.filter((r) => r.length > 1 || r[0] !== "");
}

const TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Rows → cases. A column is an event when the rules name it as an event
 * (`eventNames`) or when every non-empty cell reads as a time; `id` is
 * the id; every other column is an attribute (numbers stay numbers).
 */
export function casesFromCsv(text, eventNames = []) {
  const [header, ...records] = parseCsv(text);
  if (!header) return { cases: [], columns: { events: [], attributes: [] } };
  const names = header.map((h) => h.trim());
  const known = new Set(eventNames);
  const isEvent = names.map((name, c) => name !== "id" && (known.has(name)
    || (records.some((r) => (r[c] ?? "").trim() !== "") && records.every((r) => (r[c] ?? "").trim() === "" || TIME.test(r[c].trim())))));
  const cases = records.map((r, n) => {
    const kase = { id: "", attributes: {}, events: {} };
    names.forEach((name, c) => {
      const cell = (r[c] ?? "").trim();
      if (name === "id") kase.id = cell || `#${n + 1}`;
      else if (cell === "") return;
      else if (isEvent[c]) kase.events[name] = cell;
      else kase.attributes[name] = /^-?\d+(?:\.\d+)?$/.test(cell) ? Number(cell) : cell;
    });
    if (!names.includes("id")) kase.id = `#${n + 1}`;
    return kase;
  });
  return {
    cases,
    columns: { events: names.filter((_, c) => isEvent[c]), attributes: names.filter((n, c) => n !== "id" && !isEvent[c]) },
  };
}
