import type { Phrase } from "../text/phrases.js";
import { wordsOf } from "../text/words.js";

/*
 * Helpers for writing a language's lists as plain text: words as written, accents and all, turned
 * into the folded keys the checks compare (`für` → `fur`, `l’équipe` → `l'`, `equipe`).
 */

/** The words of `text`, split on white space, as a set (`"a b c"` → `{a, b, c}`); kept as written. */
export function wordSet(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter(Boolean));
}

/** The folded words of `text` as a set (`"für über"` → `{fur, uber}`), French particles included (`"l'"`). */
export function foldedSet(text: string, elisions?: ReadonlySet<string>): ReadonlySet<string> {
  return new Set(
    text
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((item) =>
        /^\p{L}+['’]$/u.test(item) ? [item.replace("’", "'")] : wordsOf(item, elisions).map((word) => word.fold),
      ),
  );
}

/** Each text as a phrase of folded words, read as a draft is read (`"je n'ai pas"` → `je n' ai pas`). */
export function phrasesOf(texts: readonly string[], elisions?: ReadonlySet<string>): Phrase[] {
  return texts.map((text) => wordsOf(text, elisions).map((word) => word.fold));
}

/**
 * A test for words that start with one of `prefixes` (folded) and with none of `except`
 * (`interess…` but not `interessant…`).
 */
export function startsWithAny(prefixes: string, except = ""): (word: string) => boolean {
  const wanted = [...foldedSet(prefixes)];
  const unwanted = [...foldedSet(except)];
  return (word) =>
    wanted.some((prefix) => word.startsWith(prefix)) && !unwanted.some((prefix) => word.startsWith(prefix));
}
