/*
 * Comparison keys for words. Offsets never come from these keys: they may differ in length
 * from the source text (ß → ss), so they are only ever compared, never sliced.
 */

/** Letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ß: "ss",
};

/** Lower case, typographic apostrophes made straight; accents kept (`"José’s"` → `"josé's"`). */
export function lowerKey(word: string): string {
  return word.replace(/[\u2019\u02bc]/g, "'").toLowerCase();
}

/** Lower case with accents removed (`"José"` → `"jose"`, `"Søren"` → `"soren"`). */
export function foldKey(word: string): string {
  let out = "";
  for (const char of lowerKey(word).normalize("NFD")) {
    if (/\p{M}/u.test(char)) continue;
    out += UNDECOMPOSED[char] ?? char;
  }
  return out;
}

/** `word` without a trailing possessive (`"Dana's"` → `"Dana"`, `"James'"` → `"James"`). */
export function withoutPossessive(word: string): string {
  const last = word.at(-1);
  if (last === "'" || last === "\u2019") return word.slice(0, -1);
  const before = word.at(-2);
  if ((last === "s" || last === "S") && (before === "'" || before === "\u2019")) return word.slice(0, -2);
  return word;
}
