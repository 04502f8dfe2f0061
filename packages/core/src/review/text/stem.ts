/*
 * A light English stemmer for comparing the content of notes with a draft. Both sides go
 * through the same rules, so consistency matters more than linguistic accuracy:
 * "migrated", "migrating" and "migration" all become "migrat".
 */

const SUFFIXES = ["ments", "ment", "ions", "ion", "ings", "ing", "ies", "ied", "edly", "ed", "ly", "es", "s"];

/** The stem of a folded lower-case word (`"migrating"` → `"migrat"`). Words of three letters or fewer are kept. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let out = word;
  for (const suffix of SUFFIXES) {
    if (suffix === "s" && out.endsWith("ss")) break;
    if (out.endsWith(suffix) && out.length - suffix.length >= 3) {
      out = out.slice(0, -suffix.length) + (suffix === "ies" || suffix === "ied" ? "y" : "");
      break;
    }
  }
  if (out.length > 4 && out.endsWith("e")) out = out.slice(0, -1);
  return out;
}

/**
 * True when two stems name the same word: equal, or one is the other plus at most two
 * letters and both have at least four (`"model"`/`"modell"`, `"skil"`/`"skill"`).
 */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short);
}
