// Syntax highlighting for the delai language: a StreamLanguage tokenizer,
// no Lezer grammar. Keywords in English and French, accented and not;
// strings, numbers, dates, times, percentages, comments.
import { StreamLanguage } from "@codemirror/language";

const KEYWORDS = new Set(`
calendar standard example timezone workdays hours holiday on closed from to extends easter before after
first second third fourth last of title description applies when starts at stops pauses until within
otherwise if then business days day weeks week months month hours hour minutes minute seconds second calendar
cutoff extended by target warn effective case event as expect due status not applicable and or in
calendrier norme exemple fuseau jours jour ouvrables ouvrable heures heure férié ferie le fermé ferme du au
étend etend pâques paques avant après apres premier première premiere deuxième deuxieme troisième troisieme
quatrième quatrieme dernier dernière derniere de titre s'applique si débute debute à a s'arrête s'arrete
suspendue jusqu'à jusqu'a dans sinon alors semaines semaine mois minutes secondes seconde limite prolongé
prolonge sur cible alerte en vigueur cas événement evenement date attendu échéance echeance statut non
applicable et ou hors partir
least moins open ouvert ouverte for pendant second-to-last avant-dernier
`.trim().split(/\s+/));

const STATUSES = new Set(`met breached pending at-risk paused not-started not-applicable respecté respecte
dépassé depasse cours risque suspendu commencé commence`.split(/\s+/));

const NAMES = new Set(`monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi
vendredi samedi dimanche january february march april may june july august september october november
december janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre
decembre en fr`.split(/\s+/));

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
