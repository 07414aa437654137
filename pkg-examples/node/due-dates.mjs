// When can each citizen expect an answer? Reads a CSV of requests (id,
// channel, received) and prints the due date of every standard that
// applies, and where the request stands — using the delai npm
// package from Node, as an ES module. The engine reads the CSV
// (`checkCsv`, the command line's reader): no CSV code here.
//
//   .ci/npm-package          (at the repository root: builds pkg/delai)
//   node pkg-examples/node/due-dates.mjs [requests.csv] [rules.delai] [as-of]
//
// Installed from npm, the import is `from "delai"`. A request that cannot
// be judged (a bad date, no standard) is reported on its own line; the
// others still print.
import { Rules, isDelaiError } from "../../pkg/delai/node/delai.mjs";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const csvPath = process.argv[2] ?? path.join(here, "requests.csv");
const rulesPath = process.argv[3] ?? path.join(here, "../data/city.delai");
const asOf = process.argv[4]; // default: now

let rules;
try {
  rules = Rules.compile(readFileSync(rulesPath, "utf8"), path.basename(rulesPath));
} catch (e) {
  console.error(isDelaiError(e) ? e.message : e);
  process.exit(2);
}

let failures = 0;
// One record per request and standard that covers it, an error record per
// row that cannot be read (with its line).
for (const r of rules.checkCsv(readFileSync(csvPath), { asOf })) {
  const label = r.case.padEnd(11);
  if (r.error) {
    failures++;
    console.log(`${label}  error (line ${r.line}): ${r.error.message}`);
  } else if (r.status === "not-applicable") {
    console.log(`${label}  no standard applies`);
  } else if (r.status === "not-started") {
    console.log(`${label}  ${r.standard}: not started (no start event, or a later one)`);
  } else {
    console.log(`${label}  ${r.standard.padEnd(16)}  ${r.due}  ${r.status}`);
  }
}
process.exitCode = failures > 0 ? 1 : 0;
