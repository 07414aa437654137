// The runtime-only package (`wasm-pack build -- --no-default-features`,
// built at opt-level 3 by .ci/wasm-tests where the full one is at "z"): no
// parser; it loads rules compiled by `delai compile` and answers exactly as
// the full package does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root, loadPackage, city, AS_OF } from "./helpers.mjs";

const dir = process.env.DELAI_PKG_RUNTIME_NODE ?? path.join(root, "pkg/delai/runtime/node");

test("runtime-only package loads compiled rules and agrees with the full one", (t) => {
  if (!existsSync(path.join(dir, "delai.js"))) {
    t.skip(`no runtime-only package in ${dir}`);
    return;
  }
  const runtime = loadPackage(dir);
  assert.equal(runtime.hasParser(), false);
  assert.equal(runtime.Rules.compile, undefined);
  // CSV files are read in the full package only (the size ceiling).
  assert.equal(runtime.Rules.prototype.checkCsv, undefined);
  assert.equal(runtime.Rules.prototype.reportCsv, undefined);
  assert.equal(runtime.diagnose, undefined);
  assert.equal(runtime.format, undefined);

  const bin = process.env.DELAI_BIN ?? path.join(root, "target/debug/delai");
  const out = path.join(mkdtempSync(path.join(tmpdir(), "delai-compiled-")), "city.json");
  execFileSync(bin, ["compile", path.join(root, "pkg-examples/data/city.delai"), "-o", out]);
  const compiled = readFileSync(out, "utf8");
  const rules = runtime.Rules.load(compiled);
  const cases = readFileSync(path.join(root, "tests/parity/cases.jsonl"), "utf8")
    .split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  assert.deepEqual(rules.checkMany(cases, { asOf: AS_OF }), city.checkMany(cases, { asOf: AS_OF }));
  assert.deepEqual(rules.standards(), city.standards());
  assert.deepEqual(
    rules.due("written-requests", { start: "2025-06-20 10:00", attributes: { channel: "mail" } }),
    city.due("written-requests", { start: "2025-06-20 10:00", attributes: { channel: "mail" } }),
  );
  assert.deepEqual(rules.runExamples({ asOf: AS_OF }), city.runExamples({ asOf: AS_OF }));
  // What the full package compiles, the runtime loads (and the reverse).
  assert.deepEqual(runtime.Rules.load(city.compiled()).toJSON(), city.toJSON());
  let err;
  try { runtime.Rules.load("not json"); } catch (e) { err = e; }
  assert.equal(err?.name, "DelaiError");
  assert.equal(err.code, "bad-rules-format");
});
