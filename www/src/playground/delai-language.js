// Syntax highlighting for the delai language: a StreamLanguage tokenizer,
// no Lezer grammar. Keywords in English and French, accented and not;
// strings, numbers, dates, times, percentages, comments. The word lists
// are generated from the language's lexicon (src/syntax/lexicon/).
import { StreamLanguage } from "@codemirror/language";
import { KEYWORDS, NAMES, STATUSES } from "./lexicon.js";

export const delaiLanguage = StreamLanguage.define({
  name: "delai",
  token(stream) {
    if (stream.eatSpace()) return null;
    if (stream.match("#")) {
      stream.skipToEnd();
      return "comment";
    }
    if (stream.peek() === '"') {
      stream.next();
      while (!stream.eol()) {
        const ch = stream.next();
        if (ch === "\\") stream.next();
        else if (ch === '"') break;
      }
      return "string";
    }
    // Dates (with an optional time and offset), times, numbers, percentages.
    if (stream.match(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?/)) return "number";
    if (stream.match(/^\d{2}:\d{2}(?::\d{2})?(?:-\d{2}:\d{2}(?::\d{2})?)?/)) return "number";
    if (stream.match(/^\d+(?:[.,]\d+)?\s?%?/)) return "number";
    if (stream.match(/^(?:!=|<=|>=|[=<>+-])/)) return "operator";
    if (stream.match(/^[{}[\]]/)) return "bracket";
    if (stream.match(/^[,;]/)) return "punctuation";
    const word = stream.match(/^[\p{L}_][\p{L}\p{N}_'’-]*/u);
    if (word) {
      const w = word[0].toLowerCase().replace("’", "'");
      if (KEYWORDS.has(w)) return "keyword";
      if (STATUSES.has(w)) return "atom";
      if (NAMES.has(w)) return "atom";
      return "variableName";
    }
    stream.next();
    return null;
  },
  languageData: { commentTokens: { line: "#" } },
});
