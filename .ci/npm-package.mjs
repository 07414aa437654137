// Writes the package.json files of the one npm package (pkg/delai) that
// .ci/npm-package assembled from wasm-pack's outputs, and the ESM face of
// the Node builds. Name, version, description, license, keywords and
// repository come from Cargo.toml (cargo metadata): one source of truth.
import { execFileSync } from "node:child_process";
import { writeFileSync, copyFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const out = path.resolve(process.argv[2] ?? "pkg/delai");
const meta = JSON.parse(execFileSync("cargo", ["metadata", "--no-deps", "--format-version", "1", "--offline"], { encoding: "utf8" }))
  .packages.find((p) => p.name === "delai");
const json = (file, value) => writeFileSync(path.join(out, file), JSON.stringify(value, null, 2) + "\n");

// One entry point per build: browsers and bundlers get the web target,
// Node the nodejs one (ESM through delai.mjs, CommonJS as is). Types
// first in each branch, as TypeScript reads conditions in order.
function entry(dir) {
  return {
    browser: { types: `./${dir}/web/delai.d.ts`, default: `./${dir}/web/delai.js` },
    node: {
      import: { types: `./${dir}/node/delai.d.mts`, default: `./${dir}/node/delai.mjs` },
      require: { types: `./${dir}/node/delai.d.ts`, default: `./${dir}/node/delai.js` },
    },
    import: { types: `./${dir}/web/delai.d.ts`, default: `./${dir}/web/delai.js` },
    require: { types: `./${dir}/node/delai.d.ts`, default: `./${dir}/node/delai.js` },
    default: `./${dir}/web/delai.js`,
  };
}
const tidy = (e) => JSON.parse(JSON.stringify(e).replaceAll("/./", "/"));

const files = [];
for (const dir of ["node", "web", "runtime/node", "runtime/web"]) {
  const node = dir.endsWith("node");
  files.push(`${dir}/delai.js`, `${dir}/delai.d.ts`, `${dir}/delai_bg.wasm`, `${dir}/delai_bg.wasm.d.ts`, `${dir}/package.json`);
  // Each folder says how Node must read its .js (the root says nothing).
  json(`${dir}/package.json`, node ? { type: "commonjs", main: "delai.js" } : { type: "module" });
  if (!node) continue;
  // The ESM face re-exports the CommonJS build, so a program that both
  // imports and requires delai has one instance; `init` and `initSync`
  // exist (and do nothing) so that `import init, { Rules } from "delai"`
  // runs unchanged in Node and in a browser.
  const names = Object.keys(createRequire(import.meta.url)(path.join(out, dir, "delai.js")))
    .filter((n) => !["default", "__esModule", "start"].includes(n)); // start: the wasm start function, run at load
  writeFileSync(path.join(out, dir, "delai.mjs"), [
    "// ESM entry for Node (written by .ci/npm-package.mjs): the CommonJS build, re-exported.",
    'import { createRequire } from "node:module";',
    'const delai = createRequire(import.meta.url)("./delai.js");',
    `export const { ${names.join(", ")} } = delai;`,
    "/** Nothing to do in Node (the .wasm is loaded on import): here for code shared with browsers. */",
    "export default async function init() {}",
    "/** Nothing to do in Node: here for code shared with browsers. */",
    "export function initSync() {}",
    "",
  ].join("\n"));
  writeFileSync(path.join(out, dir, "delai.d.mts"), [
    'export * from "./delai.js";',
    "/** Nothing to do in Node (the .wasm is loaded on import): here for code shared with browsers. */",
    "export default function init(input?: unknown): Promise<void>;",
    "/** Nothing to do in Node: here for code shared with browsers. */",
    "export function initSync(input?: unknown): void;",
    "",
  ].join("\n"));
  files.push(`${dir}/delai.mjs`, `${dir}/delai.d.mts`);
}
for (const doc of ["README.md", "LICENSE-MIT", "LICENSE-APACHE"]) {
  const from = path.join(out, "../..", doc === "README.md" ? "pkg-examples/README.md" : doc);
  if (existsSync(from)) {
    copyFileSync(from, path.join(out, doc));
    files.push(doc);
  }
}

const pkg = {
  name: meta.name,
  version: meta.version,
  description: meta.description,
  license: meta.license,
  keywords: meta.keywords,
  ...(meta.repository && { repository: { type: "git", url: meta.repository.startsWith("git+") ? meta.repository : `git+${meta.repository}` } }),
  ...(meta.homepage && { homepage: meta.homepage }),
  exports: { ".": tidy(entry(".")), "./runtime": tidy(entry("./runtime")), "./package.json": "./package.json" },
  // For tools that predate `exports`.
  main: "./node/delai.js",
  module: "./web/delai.js",
  types: "./web/delai.d.ts",
  files,
  engines: { node: ">=18" },
};
json("package.json", pkg);
