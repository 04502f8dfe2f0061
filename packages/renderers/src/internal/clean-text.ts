/*
 * Text as it arrives in a Document is plain, but it is still untrusted: it may hold CR/LF, control
 * characters or Unicode line separators. Every renderer reads it through these two helpers first.
 */

// C0 and C1 controls except tab and line feed, DEL, and the non-characters U+FFFE/U+FFFF.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/g;
// Every way a string can say "new line": CR LF, CR, NEL, LS, PS, VT, FF.
const LINE_BREAKS = /\r\n|[\r\u0085\u2028\u2029\u000B\u000C]/g;
// Lone surrogates (a string cut in the middle of a character) cannot be encoded as UTF-8.
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Normalises line breaks to `\n` and removes control characters and lone surrogates; keeps tabs
 * and line feeds.
 */
export function cleanText(value: string): string {
  return value.replace(LINE_BREAKS, "\n").replace(CONTROLS, "").replace(LONE_SURROGATES, "\uFFFD");
}

/**
 * The text on one line: {@link cleanText}, then every run of white space (line breaks included)
 * becomes one space, and the ends are trimmed. Header fields, names and paragraph text use it.
 */
export function oneLine(value: string): string {
  return cleanText(value).replace(/\s+/g, " ").trim();
}
