/**
 * Common English words that carry no content of their own. Content words (what remains)
 * decide whether a note from the interview shows up in a draft.
 */
export const STOP_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having
  he her here hers herself him himself his how i i'd i'll i'm i've if in into is it it's its itself just
  let's me more most my myself no nor not now of off on once only or other our ours ourselves out over own
  same she should so some such than that that's the their theirs them themselves then there these they this
  those through to too under until up very was we we'd we're we've were what when where which while who whom
  why will with would you you'd you'll you're you've your yours yourself yourselves really quite
  much many well one two get got make made like`
    .split(/\s+/)
    .filter(Boolean),
);

/** True when `word` (folded, lower case) is a content word: not a stop word, and longer than one letter. */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOP_WORDS.has(word);
}
