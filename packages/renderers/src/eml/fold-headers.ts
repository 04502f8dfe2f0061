/** The longest header line RFC 5322 §2.1.1 recommends, without its CRLF. */
export const HEADER_LINE_LIMIT = 78;

/**
 * Folds the header section of a raw message (everything before the first empty line) so that no line
 * is longer than {@link HEADER_LINE_LIMIT} where a fold is possible: a long line is broken before
 * the last space that keeps it within the limit (RFC 5322 §2.2.3: a fold is CRLF before white space).
 * mimetext folds between mailboxes but not between a display name and its address, so a `To:` with a
 * long name ran to 90 and more characters. Encoded-words and addresses hold no spaces, so no fold
 * lands inside one; a single word longer than the limit stays whole, as the RFC allows.
 */
export function foldHeaders(raw: string): string {
  const end = raw.indexOf("\r\n\r\n");
  const head = end < 0 ? raw : raw.slice(0, end);
  const folded = head.split("\r\n").map(foldLine).join("\r\n");
  return end < 0 ? folded : folded + raw.slice(end);
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > HEADER_LINE_LIMIT) {
    // A continuation line starts with its space; never break at position 0 or in the leading space.
    const at = rest.lastIndexOf(" ", HEADER_LINE_LIMIT);
    if (at <= 1) break;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  parts.push(rest);
  return parts.join("\r\n");
}
