// The same citizen form as ../form, bundled: the rules text is inlined at
// build time (`?raw`) and the .wasm becomes a hashed asset.
import init, { Rules } from "delai"; // the one package: its exports map gives Vite the web build
import rulesText from "../data/city.delai?raw";
import { mount } from "../form/form.js";

async function main() {
  await init();
  const rules = Rules.compile(rulesText, "city.delai");
  mount(document.getElementById("app"), rules, { lang: "fr" });
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  document.getElementById("app").textContent = `delai: ${e.message ?? e}`;
});
