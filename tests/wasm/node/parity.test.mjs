// Both doors give the same answer: tests/parity/cases.jsonl run natively
// (the Rust API with the JSON Lines reader, and `delai check` when the CLI
// has it) and through `checkMany` of the WebAssembly package, compared
// record by record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { delai, root } from "./helpers.mjs";

const AS_OF = "2025-07-07T09:00:00-04:00"; // as in tests/parity/main.rs
const dir = path.join(root, "tests/parity");
const rulesText = readFileSync(path.join(dir, "rules.delai"), "utf8");
const lines = readFileSync(path.join(dir, "cases.jsonl"), "utf8").split("\n").filter((l) => l.trim());
const wasmRecords = delai.Rules.compile(rulesText, "rules.delai").checkMany(lines.map((l) => JSON.parse(l)), { asOf: AS_OF });

function parseJsonl(text) {
  return text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
}

function compare(native, label) {
  assert.ok(native.length >= lines.length, `${label}: every case has a record`);
  assert.equal(wasmRecords.length, native.length, `${label}: as many records`);
  for (let i = 0; i < native.length; i++) {
    assert.deepEqual(wasmRecords[i], native[i], `${label}: record ${i + 1} (case ${native[i].case})`);
  }
}

test("parity with the Rust API (JSON Lines reader, check_stream)", () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "delai-parity-")), "native.jsonl");
  execFileSync("cargo", ["test", "--quiet", "--test", "parity"], {
    cwd: root,
    env: { ...process.env, DELAI_PARITY_OUT: out },
    stdio: ["ignore", "ignore", "inherit"],
  });
  compare(parseJsonl(readFileSync(out, "utf8")), "rust api");
});

test("parity with `delai check --format jsonl`", (t) => {
  const bin = process.env.DELAI_BIN ?? path.join(root, "target/debug/delai");
  const help = spawnSync(bin, ["check", "--help"], { encoding: "utf8" });
  if (help.status !== 0) {
    t.skip(`no \`delai check\` in ${bin} (build it with \`cargo build\`)`);
    return;
  }
  const run = spawnSync(bin, ["check", path.join(dir, "rules.delai"), path.join(dir, "cases.jsonl"), "--format", "jsonl", "--as-of", AS_OF], { encoding: "utf8" });
  assert.ok(run.status === 0 || run.status === 2, run.stderr);
  compare(parseJsonl(run.stdout), "cli");
});
