// pkg-examples/node/due-dates.mjs: runs it on its CSV and checks what it
// prints; then on a CSV with a bad row, which is reported, not fatal.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root } from "./helpers.mjs";

const script = path.join(root, "pkg-examples/node/due-dates.mjs");

test("due-dates.mjs prints the due date of every request", () => {
  const run = spawnSync(process.execPath, [script], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split("\n");
  assert.equal(lines.length, 6);
  assert.match(lines[0], /^2025-000101 +mail +written-requests +2025-07-08T23:59:59-04:00 +Réponse au plus tard le mardi 8 juillet 2025$/);
  assert.match(lines[2], /2026-01-14T23:59:59-05:00/); // the holiday closure
  assert.match(lines[3], /counter-callback +2025-06-23T11:00:00-04:00 .*à 11 h 00$/);
  assert.match(lines[4], /311-callback +2025-03-09T09:30:00-04:00/); // across the DST change
  assert.match(lines[5], /phone-calls: the clock does not start/);
});

test("due-dates.mjs reports a bad row and goes on", () => {
  const csv = path.join(mkdtempSync(path.join(tmpdir(), "delai-csv-")), "bad.csv");
  writeFileSync(csv, 'id,channel,received\n1,mail,2025-06-31 09:00\n2,"web",2025-06-20 10:00\n3,fax,2025-06-20 10:00\n');
  const run = spawnSync(process.execPath, [script, csv], { encoding: "utf8" });
  assert.equal(run.status, 1);
  const lines = run.stdout.trim().split("\n");
  assert.match(lines[0], /^1 +mail +error: .*2025-06-31/);
  assert.match(lines[1], /^2 +web +written-requests +2025-07-08/);
  assert.match(lines[2], /^3 +fax +no standard applies/);
});
