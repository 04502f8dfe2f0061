/*
 * iCalendar content lines (RFC 5545 §3.1, §3.3.11): text values escaped, long lines folded. Written
 * here rather than through a library: these and the few properties in write-calendar.ts are all
 * afterview writes, and the library it used (ical-generator, 9 kB of a browser bundle) could not
 * put a LANGUAGE parameter on a text property without its output being unfolded and folded again.
 */
import type { ClockFields } from "../internal/wall-time.js";

/** A TEXT value: backslash, semicolon and comma escaped, every line break written as `\n`. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** The octets `char` (one code point) takes in UTF-8; a lone surrogate is written as U+FFFD (3). */
function utf8Length(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code > 0xffff ? 4 : 3;
}

/**
 * One content line folded so that no line is longer than 75 octets: at most 74 octets of the value
 * per line, each continuation starting with one space. Never splits a UTF-8 character or a
 * surrogate pair.
 */
export function foldLine(line: string): string {
  let out = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    octets += size;
    if (octets > 74) {
      out += "\r\n ";
      octets = size;
    }
    out += char;
  }
  return out;
}

/** A duration in seconds as RFC 5545 writes it (`PT15M`, `-PT1H`, `P1DT2H`, `PT0S`). */
export function durationOf(seconds: number): string {
  let rest = Math.abs(seconds);
  let text = seconds < 0 ? "-P" : "P";
  if (rest >= 86_400) {
    text += `${Math.floor(rest / 86_400)}D`;
    rest %= 86_400;
    if (rest === 0) return text;
  }
  text += "T";
  if (rest >= 3600) {
    text += `${Math.floor(rest / 3600)}H`;
    rest %= 3600;
  }
  if (rest >= 60) {
    text += `${Math.floor(rest / 60)}M`;
    rest %= 60;
  }
  if (rest > 0) text += `${rest}S`;
  else if (text.endsWith("T")) text += "0S";
  return text;
}

/** A DATE-TIME value's digits (RFC 5545 §3.3.5), `20261201T093000`, without a `Z`. */
export function dateTimeValue(at: ClockFields): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(at.year, 4)}${pad(at.month)}${pad(at.day)}T${pad(at.hour)}${pad(at.minute)}${pad(at.second)}`;
}
