// The packed npm package (pkg/delai-VERSION.tgz, made by .ci/npm-package)
// installed as a user installs it, into fresh empty projects under a temp
// dir, and used from the four places people use it: Node ESM, Node
// CommonJS, a Vite build, and a plain <script type="module"> page (both
// in headless Chromium). Each consumer loads the full package and the
// runtime-only subpath (`delai/runtime`), computes a due date and judges a
// case; the values are asserted here.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, readFileSync, readdirSync, writeFileSync, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch, watch } from "../browser/chromium.mjs";
import { serve } from "../browser/server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const tarball = process.env.DELAI_TARBALL ??
  path.join(root, "pkg", readdirSync(path.join(root, "pkg")).find((f) => /^delai-\d.*\.tgz$/.test(f)) ?? "delai-missing.tgz");
const vite = path.join(root, "pkg-examples/vite/node_modules/vite/bin/vite.js");
const rulesText = readFileSync(path.join(root, "pkg-examples/data/city.delai"), "utf8");
const work = mkdtempSync(path.join(tmpdir(), "delai-consumers-"));

// What every consumer must find: a mail request received on Friday
// 2025-06-20 at 10:00 is due ten business days later (Quebec's national
// holiday on the 24th and Canada Day on July 1st are not counted), and
// one answered on July 10th missed it.
const EXPECTED = {
  due: "2025-07-08T23:59:59-04:00",
  text: "Réponse au plus tard le mardi 8 juillet 2025",
  status: "breached",
  hasParser: true,
  runtimeDue: "2025-07-08T23:59:59-04:00",
  runtimeHasParser: false,
};

// The body every consumer runs, after it has `Rules`, `hasParser`,
// `RuntimeRules` and `runtimeHasParser` in scope.
const probe = `
const RULES = ${JSON.stringify(rulesText)};
const rules = Rules.compile(RULES, "city.delai");
const attributes = { channel: "mail" };
const due = rules.due("written-requests", { start: "2025-06-20 10:00", attributes });
const [record] = rules.check(
  { id: "2025-000101", attributes, events: { received: "2025-06-20 10:00", answered: "2025-07-10 09:00" } },
  { asOf: "2025-07-15 12:00" });
const compiled = RuntimeRules.load(rules.compiled());
const answers = {
  due: due.due, text: due.text.fr, status: record.status, hasParser: hasParser(),
  runtimeDue: compiled.due("written-requests", { start: "2025-06-20 10:00", attributes }).due,
  runtimeHasParser: runtimeHasParser(),
};
`;
const esmImports = `import init, { Rules, hasParser } from "delai";
import initRuntime, { Rules as RuntimeRules, hasParser as runtimeHasParser } from "delai/runtime";
await init();
await initRuntime();
`;

/** A fresh project with the tarball installed from the file (no network). */
function project(name, files, type = "module") {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: `consumer-${name}`, private: true, type }));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], { cwd: dir, stdio: "pipe" });
  return dir;
}

let server, browser;
before(async () => {
  assert.ok(existsSync(tarball), `no packed tarball at ${tarball} (run .ci/npm-package)`);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

test("the tarball ships one package with an exports map and its files only", () => {
  const listing = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).trim().split("\n");
  const manifest = JSON.parse(execFileSync("tar", ["xzOf", tarball, "package/package.json"], { encoding: "utf8" }));
  const cargoVersion = readFileSync(path.join(root, "Cargo.toml"), "utf8").match(/^version = "(.+)"/m)[1];
  assert.equal(manifest.name, "delai");
  assert.equal(manifest.version, cargoVersion);
  assert.deepEqual(Object.keys(manifest.exports), [".", "./runtime", "./package.json"]);
  for (const entry of [manifest.exports["."], manifest.exports["./runtime"]]) {
    assert.deepEqual(Object.keys(entry), ["browser", "node", "import", "require", "default"]);
    assert.deepEqual(Object.keys(entry.node), ["import", "require"]);
  }
  assert.deepEqual(listing.filter((f) => !manifest.files.includes(f.replace(/^package\//, ""))), ["package/package.json"]);
  for (const f of manifest.files) assert.ok(listing.includes(`package/${f}`), `${f} packed`);
  assert.ok(statSync(tarball).size < 2_000_000, `tarball of ${statSync(tarball).size} bytes`);
});

test("Node ESM: import from 'delai' and 'delai/runtime'", () => {
  const dir = project("node-esm", { "index.js": `${esmImports}${probe}console.log(JSON.stringify(answers));\n` });
  const out = execFileSync(process.execPath, ["index.js"], { cwd: dir, encoding: "utf8" });
  assert.deepEqual(JSON.parse(out), EXPECTED);
});

test("Node CommonJS: require('delai') and require('delai/runtime')", () => {
  const dir = project("node-cjs", {
    "index.js": `const { Rules, hasParser } = require("delai");
const { Rules: RuntimeRules, hasParser: runtimeHasParser } = require("delai/runtime");
${probe}console.log(JSON.stringify(answers));\n`,
  }, "commonjs");
  const out = execFileSync(process.execPath, ["index.js"], { cwd: dir, encoding: "utf8" });
  assert.deepEqual(JSON.parse(out), EXPECTED);
});

/** Opens `url` in Chromium and returns what the page put in body[data-answers]. */
async function answersOf(url) {
  const page = await browser.newPage();
  const problems = await watch(page, server.url);
  await page.goto(url);
  await page.waitForSelector("body[data-answers]", { timeout: 20_000 }).catch(() => {});
  const answers = await page.evaluate(() => document.body.dataset.answers);
  await page.close();
  assert.deepEqual(problems, []);
  assert.ok(answers, "the page wrote its answers");
  return JSON.parse(answers);
}

const page = (script) => `<!doctype html>
<html><head><meta charset="utf-8"><title>delai consumer</title><link rel="icon" href="data:,"></head>
<body><script type="module">${script}</script></body></html>
`;
const publish = `${probe}document.body.dataset.answers = JSON.stringify(answers);\n`;

test("a plain <script type=\"module\"> page (import map to the installed package)", async () => {
  // Browsers do not read `exports`: the import map names the files, as a
  // page without a bundler does.
  const map = { imports: { "delai": "./node_modules/delai/web/delai.js", "delai/runtime": "./node_modules/delai/runtime/web/delai.js" } };
  const html = page(`${esmImports}${publish}`).replace("<body>", `<body><script type="importmap">${JSON.stringify(map)}</script>`);
  project("plain-page", { "index.html": html });
  server ??= await serve(work);
  assert.deepEqual(await answersOf(`${server.url}/plain-page/`), EXPECTED);
});

test("a Vite build of a page importing 'delai' and 'delai/runtime'", async () => {
  assert.ok(existsSync(vite), `no vite at ${vite} (npm ci in pkg-examples/vite)`);
  const dir = project("vite-app", {
    "index.html": page("").replace("<script type=\"module\"></script>", '<script type="module" src="./main.js"></script>'),
    "main.js": `${esmImports}${publish}`,
    // Top-level await needs a target that has it; served from a subfolder.
    "vite.config.js": "export default { base: \"./\", build: { target: \"es2022\" }, logLevel: \"warn\" };\n",
  });
  execFileSync(process.execPath, [vite, "build"], { cwd: dir, stdio: "pipe" });
  const assets = readdirSync(path.join(dir, "dist/assets"));
  assert.equal(assets.filter((f) => f.endsWith(".wasm")).length, 2, `${assets}`);
  server ??= await serve(work);
  assert.deepEqual(await answersOf(`${server.url}/vite-app/dist/`), EXPECTED);
});
