// The web-target package loads its .wasm with `new URL("delai_bg.wasm",
// import.meta.url)`, which Vite turns into a hashed asset: no plugin needed.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  // The package and the form live outside this folder, in the repository.
  server: { fs: { allow: ["../.."] } },
  build: { outDir: "dist", emptyOutDir: true },
});
