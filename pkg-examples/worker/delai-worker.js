// The Web Worker of off-thread.js: loads compiled rules into the
// runtime-only build and answers one checkMany. Served from the
// repository, it imports the package's files by path (module workers do
// not read the page's import map); with a bundler, import "delai/runtime".
import init, { Rules } from "../../pkg/delai/runtime/web/delai.js";

const ready = init();

self.onmessage = async ({ data: { compiled, cases, options } }) => {
  try {
    await ready;
    const rules = Rules.load(compiled);
    self.postMessage({ records: rules.checkMany(cases, options) });
  } catch (e) {
    self.postMessage({ error: { message: e?.message ?? String(e), diagnostics: e?.diagnostics ?? [] } });
  }
};
