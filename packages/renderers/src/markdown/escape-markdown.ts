/*
 * Escaping plain text for CommonMark + GFM so that it stays text: no links, images, autolinks,
 * emphasis, code, HTML, entities, headings, lists, quotes, tables or thematic breaks. Backslash
 * escapes work on every ASCII punctuation character (CommonMark 0.31, §2.4); we escape only the
 * ones that can start something, so "late-arriving" and "Dana's" stay readable.
 */

// Anywhere in a line: escapes, code, emphasis, links/images, raw HTML/autolinks, GFM strikethrough
// and tables, GFM email autolinks.
const INLINE = /[\\`*[\]<>~|@]/g;
// `_` opens or closes emphasis only at a word's edge; inside a word (`New_York`) it stays as is.
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const escapeUnderscore = (_: string, at: number, text: string) =>
  WORD_CHAR.test(text.charAt(at - 1)) && WORD_CHAR.test(text.charAt(at + 1)) ? "_" : "\\_";
// Entity and numeric character references (`&amp;`, `&#60;`); a bare `&` as in AT&T stays.
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
// GFM extended autolinks: `https://…`, `http://…`, `ftp://…`, `www.…`.
const URL_SCHEME = /\b(https?|ftp)(:\/\/)/gi;
const WWW = /\b(www)\./gi;

/**
 * Escapes text that sits inside a line (after other Markdown on the same line) so a CommonMark or
 * GFM parser renders exactly that text. The text must not hold line breaks (see `oneLine`).
 */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(INLINE, "\\$&")
    .replace(/_/g, escapeUnderscore)
    .replace(ENTITY, "\\&")
    .replace(URL_SCHEME, "$1\\$2")
    .replace(WWW, "$1\\.");
}

/** Like {@link escapeMarkdownInline}, for text that starts a line: block syntax is escaped too. */
export function escapeMarkdownLine(text: string): string {
  let out = escapeMarkdownInline(text);
  // At the start of a line: ATX headings, block quotes, bullet lists, setext underlines, tables.
  if (/^[#>+\-=|]/.test(out)) out = `\\${out}`;
  // Ordered lists (`1.` or `1)`).
  out = out.replace(/^(\d{1,9})([.)])/, "$1\\$2");
  return out;
}
