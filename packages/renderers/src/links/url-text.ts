/*
 * Text in URLs: percent-encoding for query values and mail addresses, and shortening a text until the
 * link it goes into fits a length. Shared by the mailto: and calendar links.
 */
import { AfterviewValidationError } from "@afterview/core";

/**
 * The longest link most browsers and mail apps take whole, in characters; see {@link mailtoLink}
 * for the sources.
 */
export const MAX_LINK_LENGTH = 2000;

/**
 * A query value (an RFC 6068 hfvalue, a calendar link's parameter), percent-encoded as UTF-8: every
 * character but letters, digits and `-_.!~*'()` is encoded, so `&`, `=`, `?`, `#`, `%` and `+` can
 * never end the value or start another, and a space is `%20`, a line break `%0D%0A` or `%0A`.
 * The text must be free of lone surrogates (every renderer's text is, through `cleanText`).
 */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value);
}

// Kept as they are in an address: unreserved characters and the sub-delims RFC 6068 §2 does not
// require encoded ("&", ";", "=" and "," must be: "," separates addresses). "+" is encoded too, as
// RFC 6068 allows, because form decoders (URLSearchParams among them) read a bare "+" as a space.
const ADDRESS_SAFE = /[A-Za-z0-9\-._~!$'()*]/;

/**
 * One address (`local@domain`) for the `to` of a `mailto:` URI or a `cc=` value, per RFC 6068 §2:
 * `@` stays, and every character that may not appear in a URI, `%`, the gen-delims `/ ? # [ ]`, the
 * sub-delims `& ; = ,`, `+` and anything non-ASCII (as UTF-8) is percent-encoded.
 */
export function encodeAddress(address: string): string {
  const at = address.lastIndexOf("@");
  const part = (text: string) =>
    Array.from(text, (ch) => (ADDRESS_SAFE.test(ch) ? ch : encodeURIComponent(ch))).join("");
  return at < 0 ? part(address) : `${part(address.slice(0, at))}@${part(address.slice(at + 1))}`;
}

/**
 * `text` whole when `fits(text)`, else its longest start (whole code points, trailing white space
 * trimmed) followed by `…` that fits; `""` when not even `…` fits. `fits` must be monotonic: a
 * longer text never fits where a shorter one does not.
 */
export function fitText(text: string, fits: (candidate: string) => boolean): string {
  if (fits(text)) return text;
  const points = Array.from(text);
  const cut = (n: number) => `${points.slice(0, n).join("").trimEnd()}…`;
  if (!fits(cut(0))) return "";
  let low = 0;
  let high = points.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(cut(mid))) low = mid;
    else high = mid - 1;
  }
  return cut(low);
}

/** Reads a link's `maxLength` option: a whole number of characters from 256 to 100000, {@link MAX_LINK_LENGTH} by default. */
export function readMaxLength(value: unknown): number {
  if (value === undefined) return MAX_LINK_LENGTH;
  if (typeof value === "number" && Number.isInteger(value) && value >= 256 && value <= 100_000) return value;
  throw new AfterviewValidationError(
    [{ path: "maxLength", message: "expected a whole number of characters from 256 to 100000", code: "invalid_value" }],
    { subject: "options" },
  );
}
