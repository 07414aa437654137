// The English words a French reader must not find in delai's French
// outputs: the list of the Rust tests (tests/support/english_words.rs),
// read from that file so that both test suites hold one list.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { WWW } from "./browser.js";

let list;

/** The words of `ENGLISH` in tests/support/english_words.rs. */
async function englishWords() {
  list ??= (async () => {
    const source = await readFile(join(WWW, "..", "tests", "support", "english_words.rs"), "utf8");
    const start = source.indexOf("pub const ENGLISH");
    const body = source.slice(start, source.indexOf("];", start));
    const words = [...body.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    if (words.length < 50) throw new Error(`english_words.rs: only ${words.length} words read`);
    return words;
  })();
  return list;
}

/** The English words met in `prose`, split as `english_words_in` splits. */
export async function englishWordsIn(prose) {
  const words = prose
    .split(/[^\p{L}\p{N}.:]+/u)
    .map((w) => w.replace(/[.:]+$/, "").toLowerCase());
  const joined = ` ${words.join(" ")} `;
  return (await englishWords()).filter((english) => joined.includes(` ${english} `));
}
