// Judging off the main thread: a long `checkMany` (a million cases take
// about a second) blocks a page while it runs; this helper runs it in a
// module Web Worker instead and resolves to the same records.
//
//   import { checkManyOffThread } from "./off-thread.js";
//   const records = await checkManyOffThread(rules.compiled(), cases, { asOf });
//
// The worker (delai-worker.js) loads the compiled rules into the
// runtime-only build (`delai/runtime`: no parser, faster checkMany), so
// the page compiles once and the worker never parses rules text. Cases
// and records cross by structured clone (plain objects, as the package
// takes and gives them). One worker per call, ended when it answers; keep
// one alive and send it several batches if calls are frequent.

/**
 * @param {string} compiled  `rules.compiled()` (or `delai compile` output)
 * @param {object[]} cases   as `rules.checkMany` takes them
 * @param {{ asOf?: string }} [options]
 * @param {URL | string} [workerUrl]  where delai-worker.js is served
 * @returns {Promise<object[]>} what `rules.checkMany(cases, options)` returns
 */
export function checkManyOffThread(compiled, cases, options = {}, workerUrl = new URL("./delai-worker.js", import.meta.url)) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { type: "module" });
    const end = (settle, value) => {
      worker.terminate();
      settle(value);
    };
    worker.onmessage = ({ data }) => {
      if (data.error) {
        // A DelaiError rebuilt on this side: its message and diagnostics.
        end(reject, Object.assign(new Error(data.error.message), { name: "DelaiError", diagnostics: data.error.diagnostics }));
      } else {
        end(resolve, data.records);
      }
    };
    worker.onerror = (e) => end(reject, new Error(`delai worker: ${e.message}`));
    worker.postMessage({ compiled, cases, options });
  });
}
