// The CSV readers of both doors are one: every CSV file of the case-reader
// corpus (tests/cases/readers/, read by tests/case_readers.rs; a file added
// there is picked up here) is judged by `delai check --format jsonl` and
// `delai report --format json`, and by `checkCsv` / `reportCsv` of the
// WebAssembly package given the same bytes, against
// tests/parity/readers.delai. The records must be identical.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { delai, root } from "./helpers.mjs";

const AS_OF = "2025-07-07T09:00:00-04:00";
const corpus = path.join(root, "tests/cases/readers");
const rulesPath = path.join(root, "tests/parity/readers.delai");
const rules = delai.Rules.compile(readFileSync(rulesPath, "utf8"), "readers.delai");
const bin = process.env.DELAI_BIN ?? path.join(root, "target/debug/delai");

// As tests/case_readers.rs lists the corpus, the CSV files (the command
// line reads a `.csv` file as CSV, whatever its first bytes).
const files = readdirSync(corpus).filter((f) => /\.csv$/i.test(f)).sort();

function cli(args) {
  const run = spawnSync(bin, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.error) throw run.error;
  // 2: some case could not be read; its error record is still printed.
  assert.ok(run.status === 0 || run.status === 2, `${args.join(" ")}: exit ${run.status}\n${run.stderr}`);
  return run.stdout;
}

test("the corpus is there", () => {
  assert.ok(files.length >= 10, `corpus too small: ${files}`);
});

for (const name of files) {
  test(`${name}: checkCsv and reportCsv give what the command line gives`, (t) => {
    const help = spawnSync(bin, ["check", "--help"], { encoding: "utf8" });
    if (help.status !== 0) {
      t.skip(`no \`delai check\` in ${bin} (build it with \`cargo build\`)`);
      return;
    }
    const file = path.join(corpus, name);
    const bytes = readFileSync(file);

    const native = cli(["check", rulesPath, file, "--format", "jsonl", "--as-of", AS_OF])
      .split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
    const wasm = rules.checkCsv(bytes, { asOf: AS_OF });
    assert.equal(wasm.length, native.length, "as many records");
    for (let i = 0; i < native.length; i++) {
      assert.deepEqual(wasm[i], native[i], `record ${i + 1}`);
    }

    // `delai report --format json` prints the report reportCsv returns;
    // errors are the error records `delai check` printed.
    const printed = JSON.parse(cli(["report", rulesPath, file, "--format", "json", "--by", "month", "--as-of", AS_OF]));
    const report = rules.reportCsv(bytes, { by: "month", asOf: AS_OF });
    assert.deepEqual(report, printed);
    assert.equal(report.errors, native.filter((r) => r.error).length);
  });
}

// One shape for every door (issue #23): report() and reportCsv() return
// the object `delai report --format json` prints, on the bundled data.
test("report and reportCsv return what `delai report --format json` prints (pkg-examples/data)", () => {
  const city = path.join(root, "pkg-examples/data/city.delai");
  const compiled = delai.Rules.compile(readFileSync(city, "utf8"), "city.delai");
  const asOf = "2026-01-05 12:00";
  const csv = path.join(root, "pkg-examples/data/cases.csv");
  const printed = JSON.parse(cli(["report", city, csv, "--format", "json", "--by", "quarter", "--as-of", asOf]));
  assert.deepEqual(Object.keys(printed), ["by", "year_start", "standards", "rows", "not_applicable", "errors", "as_of", "first_start", "last_start", "min_cases", "quality"]);
  assert.ok(printed.rows.length > 10 && printed.rows.some((r) => r.total > 100), "a real report");
  assert.deepEqual(compiled.reportCsv(readFileSync(csv), { by: "quarter", asOf }), printed);

  const cases = [
    { id: "a", attributes: { channel: "mail" }, events: { received: "2025-06-20 10:00", answered: "2025-07-02 11:00" } },
    { id: "b", attributes: { channel: "web" }, events: { received: "2025-06-20 10:00", answered: "2025-07-10 11:00" } },
    { id: "c", attributes: { channel: "voicemail" }, events: { received: "2025-09-02 10:00" } },
    { id: "d", attributes: { channel: "mail" }, events: { received: "2025-13-01 10:00" } },
  ];
  const file = path.join(mkdtempSync(path.join(tmpdir(), "delai-report-")), "cases.json");
  writeFileSync(file, JSON.stringify(cases));
  const fromCli = JSON.parse(cli(["report", city, file, "--format", "json", "--by", "month", "--as-of", asOf]));
  const fromPackage = compiled.report(cases, { by: "month", asOf });
  assert.deepEqual(fromPackage, fromCli);
  assert.equal(fromPackage.errors, 1);
});
