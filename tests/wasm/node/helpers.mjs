// Shared by the Node tests: where the packages and fixtures are, and
// assertions about errors.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import assert from "node:assert/strict";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const require = createRequire(import.meta.url);

/** The nodejs-target package (the Node build of the one package, pkg/delai/node: `.ci/npm-package`). */
export function loadPackage(dir = process.env.DELAI_PKG_NODE ?? path.join(root, "pkg/delai/node")) {
  return require(path.join(dir, "delai.js"));
}

export const delai = loadPackage();
export const cityText = readFileSync(path.join(root, "pkg-examples/data/city.delai"), "utf8");
export const city = delai.Rules.compile(cityText, "city.delai");
export const AS_OF = "2025-07-07T09:00:00-04:00";

/** `fn` throws a DelaiError (never a WebAssembly trap); returns the error. */
export function throwsDelai(fn, code) {
  let caught;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught, "expected a DelaiError, nothing was thrown");
  assert.ok(!(caught instanceof WebAssembly.RuntimeError), `a trap escaped: ${caught}`);
  assert.ok(caught instanceof Error, "a real Error");
  assert.equal(caught.name, "DelaiError", `${caught}`);
  assert.ok(delai.isDelaiError(caught));
  assert.ok(Array.isArray(caught.diagnostics) && caught.diagnostics.length > 0);
  for (const d of caught.diagnostics) {
    for (const k of ["code", "severity", "message", "file", "line", "column", "endLine", "endColumn", "start", "end"]) {
      assert.ok(k in d, `diagnostic has ${k}`);
    }
    assert.ok(Array.isArray(d.labels));
  }
  assert.equal(caught.code, caught.diagnostics[0].code);
  if (code) assert.equal(caught.code, code, caught.message);
  return caught;
}

/** Calls `fn`; anything may come back or be thrown except a trap. */
export function noTrap(fn) {
  try {
    return fn();
  } catch (e) {
    assert.ok(!(e instanceof WebAssembly.RuntimeError), `a trap escaped: ${e}`);
    assert.ok(e instanceof Error, `threw a non-Error: ${e}`);
    return e;
  }
}

/** No Map, no BigInt, no class instance anywhere in an output. */
export function assertPlain(value, where = "result") {
  if (value === null) return;
  const t = typeof value;
  assert.notEqual(t, "bigint", `${where} is a BigInt`);
  if (t !== "object") return;
  assert.ok(!(value instanceof Map), `${where} is a Map`);
  const proto = Object.getPrototypeOf(value);
  assert.ok(proto === Object.prototype || proto === Array.prototype, `${where} is a plain object or array`);
  for (const [k, v] of Object.entries(value)) assertPlain(v, `${where}.${k}`);
}
