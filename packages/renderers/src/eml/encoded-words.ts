import { base64, utf8 } from "../internal/base64.js";

/** At most this many UTF-8 bytes per encoded-word: 52 base64 characters, 64 with the `=?utf-8?B?…?=` wrapper. */
const BYTES_PER_WORD = 39;

/**
 * The text of RFC 2047 encoded-words for `value`, for mimetext's header dump, which writes
 * `=?utf-8?B?` + this + `?=`. A long value becomes several encoded-words on folded lines
 * (`?=` CRLF SP `=?utf-8?B?`), each at most 75 characters (RFC 2047 §2), and never splits a
 * character between two words (§5).
 */
export function encodedWordsText(value: string): string {
  const words: string[] = [];
  let chunk = "";
  let size = 0;
  for (const ch of value) {
    const n = utf8(ch).length;
    if (size + n > BYTES_PER_WORD && chunk) {
      words.push(base64(utf8(chunk)));
      chunk = "";
      size = 0;
    }
    chunk += ch;
    size += n;
  }
  words.push(base64(utf8(chunk)));
  return words.join("?=\r\n =?utf-8?B?");
}
