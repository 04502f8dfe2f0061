/*
 * Where a text's brackets and quotes open and close, so that a piece taken from the candidate's
 * words never starts or ends inside a pair. Straight single quotes and ’ double as apostrophes:
 * one between two letters (don't, O'Brien) or with no open quote to close (the users' tool) is
 * read as an apostrophe.
 */

/** Each opening mark and the mark that closes it. */
const PAIRS: Readonly<Record<string, string>> = {
  "(": ")",
  "[": "]",
  "{": "}",
  "“": "”",
  "‘": "’",
  "«": "»",
  "‹": "›",
};
const CLOSERS = new Set(Object.values(PAIRS));

/** How a text nests: the depth before each of its characters, and whether every pair closes in order. */
export interface Nesting {
  /** `depth[i]` is how many pairs are open just before `text[i]`; `depth[text.length]` is the count left open at the end. */
  depth: number[];
  /** True when every bracket and quote opened is closed, in order, and nothing is closed that was not opened. */
  balanced: boolean;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/**
 * Reads how a text's brackets and quotes nest: round, square and curly brackets, curly and
 * straight double quotes, curly and straight single quotes, and guillemets.
 *
 * @example
 * ```ts
 * nesting("a (b) c").depth;
 * //=> [0, 0, 0, 1, 1, 0, 0, 0]
 * nesting("the pipeline (regexes").balanced;
 * //=> false
 * nesting("Siobhán's 'late data' talk").balanced;
 * //=> true
 * ```
 */
export function nesting(text: string): Nesting {
  const open: string[] = []; // the closing mark each open pair waits for, innermost last
  const depth: number[] = [];
  let balanced = true;
  for (let i = 0; i < text.length; i++) {
    depth.push(open.length);
    const char = text[i]!;
    const waiting = open.at(-1);
    if (char === '"') {
      if (waiting === '"') open.pop();
      else open.push('"');
    } else if (char === "'" || char === "’") {
      const before = isWordChar(text[i - 1]);
      const after = isWordChar(text[i + 1]);
      if (before && after) continue; // an apostrophe inside a word
      if (waiting === char && !after) open.pop();
      else if (char === "'" && !before && after) open.push("'");
      // Anything else is an apostrophe at a word's edge: the users' tool, ’90s.
    } else if (PAIRS[char] !== undefined) {
      open.push(PAIRS[char]);
    } else if (CLOSERS.has(char)) {
      if (waiting === char) open.pop();
      else balanced = false;
    }
  }
  depth.push(open.length);
  return { depth, balanced: balanced && open.length === 0 };
}

/**
 * True when every bracket and quote in the text is closed, in order.
 *
 * @example
 * ```ts
 * isBalanced("the pipeline I designed (regexes, heuristics)");
 * //=> true
 * isBalanced("the pipeline I designed (regexes");
 * //=> false
 * ```
 */
export function isBalanced(text: string): boolean {
  return nesting(text).balanced;
}
