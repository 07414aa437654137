// The same wasm package the site uses, loaded in Node: the expected values
// of the end-to-end tests come from the engine itself, never from the page.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { WWW } from "./browser.js";

const PKG = join(WWW, "pkg", "delai");

let loaded;

/** Resolves to the package exports ({ Rules, diagnose, format, ... }). */
export function engine() {
  loaded ??= (async () => {
    if (process.env.DELAI_MOCK === "1") {
      // Only to debug the test harness against a DELAI_MOCK=1 build.
      return import(join(WWW, "src", "dev", "mock-delai.js"));
    }
    const delai = await import(join(PKG, "delai.js"));
    // The web target's init() takes the module bytes; no fetch in Node.
    await delai.default({ module_or_path: await readFile(join(PKG, "delai_bg.wasm")) });
    return delai;
  })();
  return loaded;
}

export const rulesText = () => readFile(join(WWW, "public", "rules", "ville.delai"), "utf8");

export async function villeRules() {
  const delai = await engine();
  return delai.Rules.compile(await rulesText());
}
