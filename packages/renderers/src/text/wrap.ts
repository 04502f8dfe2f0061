import { codePointLength } from "../internal/code-points.js";

/**
 * Wraps one line of text (words separated by single spaces) greedily at `width` code points.
 * The first line starts with `first`, the others with `rest` (a hanging indent). A word longer
 * than the room left sits on a line of its own and is never broken, so a URL stays whole.
 */
export function wrapWords(text: string, width: number, first = "", rest = first): string[] {
  const lines: string[] = [];
  let prefix = first;
  let line = "";
  let length = 0;
  for (const word of text.split(" ")) {
    if (word === "") continue;
    const size = codePointLength(word);
    if (line === "") {
      line = word;
      length = codePointLength(prefix) + size;
    } else if (length + 1 + size <= width) {
      line += ` ${word}`;
      length += 1 + size;
    } else {
      lines.push(prefix + line);
      prefix = rest;
      line = word;
      length = codePointLength(prefix) + size;
    }
  }
  if (line !== "") lines.push(prefix + line);
  return lines;
}
