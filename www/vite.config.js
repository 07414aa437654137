// Two pages, one engine. `base: "./"` keeps every URL relative so dist/
// works from any static server or sub-folder, and offline once loaded.
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

// DELAI_MOCK=1 swaps the wasm engine for a small JS stand-in: only for
// working on the pages while the Rust engine is unfinished. Tests and
// releases always use the real package.
const mock = process.env.DELAI_MOCK === "1";
const engine = mock ? here("./src/dev/mock-delai.js") : here("./pkg/delai/delai.js");
// The citizen page's engine: the runtime-only package (no parser, no zone
// data of its own: it loads rules compiled natively at build time).
const runtime = mock ? here("./src/dev/mock-delai.js") : here("./pkg/delai-runtime/delai.js");

export default defineConfig({
  base: "./",
  resolve: { alias: { "delai-runtime": runtime, delai: engine } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The .wasm must stay a separate file (an asset), never inlined as base64.
    assetsInlineLimit: (file) => (file.endsWith(".wasm") ? false : undefined),
    rolldownOptions: {
      input: {
        index: here("./index.html"),
        playground: here("./playground.html"),
      },
    },
  },
});
