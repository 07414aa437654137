// pkg-examples/node/due-dates.mjs: runs it on its CSV and checks what it
// prints; then on a CSV with a bad row, which is reported, not fatal.
// The engine reads the CSV (checkCsv): the script has no CSV code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root } from "./helpers.mjs";

const script = path.join(root, "pkg-examples/node/due-dates.mjs");
const rules = path.join(root, "pkg-examples/data/city.delai");

const AS_OF = "2026-02-01 12:00";

test("due-dates.mjs prints the due date of every request", () => {
  const run = spawnSync(process.execPath, [script, path.join(root, "pkg-examples/node/requests.csv"), rules, AS_OF], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split("\n");
  assert.equal(lines.length, 6);
  assert.match(lines[0], /^2025-000101 +written-requests +2025-07-08T23:59:59-04:00 +breached$/);
  assert.match(lines[2], /^2025-000103 +written-requests +2026-01-14T23:59:59-05:00 +breached$/); // the holiday closure
  assert.match(lines[3], /^2025-000104 +counter-callback +2025-06-23T11:00:00-04:00 +breached$/);
  assert.match(lines[4], /311-callback +2025-03-09T09:30:00-04:00/); // across the DST change
  assert.match(lines[5], /^2025-000106 +phone-calls: not started/);
});

test("due-dates.mjs reports a bad row (with its line) and goes on", () => {
  const csv = path.join(mkdtempSync(path.join(tmpdir(), "delai-csv-")), "bad.csv");
  writeFileSync(csv, 'id,channel,received\n1,mail,2025-06-31 09:00\n2,"web",2025-06-20 10:00\n3,fax,2025-06-20 10:00\n');
  const run = spawnSync(process.execPath, [script, csv, rules, "2025-07-01 12:00"], { encoding: "utf8" });
  assert.equal(run.status, 1);
  const lines = run.stdout.trim().split("\n");
  assert.match(lines[0], /^1 +error \(line 2\): .*2025-06-31/);
  assert.match(lines[1], /^2 +written-requests +2025-07-08T23:59:59-04:00 +pending$/);
  assert.match(lines[2], /^3 +no standard applies/);
});
