// Issue #24: `use "federal.delai"` through the WebAssembly door, which
// reads no disk: the used files' texts come in the `files` option of
// `Rules.compile` and `diagnose`; without them, `use` is refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { delai, throwsDelai } from "./helpers.mjs";

const federal = `calendar "federal" extends "canada" {
  closed "Holiday break" from december 24 to january 2
}
`;
const permits = `use "../department/federal.delai"

standard "permits" {
  within 10 business days on "federal"
}
`;

test("Rules.compile reads used files from the files option", () => {
  const rules = delai.Rules.compile(permits, "permits/permits.delai", {
    files: { "department/federal.delai": federal },
  });
  const [record] = rules.checkMany(
    [{ id: "P-1", events: { received: "2025-12-22 10:00" } }],
    { asOf: "2026-01-10T12:00:00-05:00" },
  );
  assert.equal(record.due, "2026-01-15T23:59:59-05:00");
  // The compiled rules carry the calendar: they load with no files.
  const again = delai.Rules.load(rules.compiled());
  assert.equal(again.toJSON().calendars[0].name, "federal");
});

test("use without files is refused, in the language asked", () => {
  throwsDelai(() => delai.Rules.compile(permits, "permits.delai"), "use-unavailable");
  const views = delai.diagnose(permits.replace("use", "utilise"), "permis.delai", { lang: "fr" });
  assert.deepEqual(views.map((v) => v.code), ["use-unavailable"]);
  assert.match(views[0].message, /ne peut pas être lu ici/);
  const missing = delai.diagnose(permits, "permits/permits.delai", { files: {} });
  assert.deepEqual(missing.map((v) => v.code), ["used-file-missing"]);
  // A text that is not a string: one diagnostic saying so, never a throw.
  const wrong = delai.diagnose(permits, "p.delai", { files: { "a.delai": 3 } });
  assert.deepEqual(wrong.map((v) => v.code), ["wrong-type"]);
});
