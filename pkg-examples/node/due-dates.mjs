// When can each citizen expect an answer? Reads a CSV of requests (id,
// channel, received) and prints the due date of every standard that
// applies, with the sentence to show the citizen — using the delai
// WebAssembly package for Node.
//
//   wasm-pack build --target nodejs --out-dir pkg/node      (at the repository root)
//   node pkg-examples/node/due-dates.mjs [requests.csv] [rules.delai]
//
// A request that cannot be judged (a bad date, no standard) is reported on
// its own line; the others still print.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { Rules, isDelaiError } = require(path.resolve(here, "../../pkg/node/delai.js"));

const csvPath = process.argv[2] ?? path.join(here, "requests.csv");
const rulesPath = process.argv[3] ?? path.join(here, "../data/city.delai");

/** A small CSV reader: a header row, comma-separated, double quotes for fields with commas. */
function readCsv(text) {
  const rows = text.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim() !== "").map((line) => {
    const cells = [];
    let cell = "", quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = !quoted;
      else if (c === "," && !quoted) { cells.push(cell); cell = ""; }
      else cell += c;
    }
    cells.push(cell);
    return cells;
  });
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h.trim(), (cells[i] ?? "").trim()])));
}

let rules;
try {
  rules = Rules.compile(readFileSync(rulesPath, "utf8"), path.basename(rulesPath));
} catch (e) {
  console.error(isDelaiError(e) ? e.message : e);
  process.exit(2);
}

let failures = 0;
for (const row of readCsv(readFileSync(csvPath, "utf8"))) {
  const attributes = { channel: row.channel };
  const label = `${row.id}  ${row.channel.padEnd(9)}`;
  try {
    // Which standards cover this request? check() judges it against all
    // of them, as of the moment it was received.
    const records = rules.check({ id: row.id, attributes, events: { received: row.received } }, { asOf: row.received });
    for (const r of records) {
      if (r.error) throw Object.assign(new Error(r.error.message), { name: "DelaiError" });
      if (r.status === "not-applicable") {
        console.log(`${label}  no standard applies`);
      } else if (r.status === "not-started") {
        console.log(`${label}  ${r.standard}: the clock does not start at "received"`);
      } else {
        const due = rules.due(r.standard, { start: row.received, attributes });
        console.log(`${label}  ${r.standard.padEnd(16)}  ${due.due}  ${due.text.fr}`);
      }
    }
  } catch (e) {
    if (e.name !== "DelaiError") throw e;
    failures++;
    console.log(`${label}  error: ${e.diagnostics?.[0]?.message ?? e.message}`);
  }
}
process.exitCode = failures > 0 ? 1 : 0;
