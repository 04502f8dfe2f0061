// temporal-polyfill's functional API, not its classes: a browser bundle keeps only the functions called here.
import * as PlainDateFns from "temporal-polyfill/fns/PlainDate";
import * as ZonedDateTimeFns from "temporal-polyfill/fns/ZonedDateTime";
import type { ClockFields } from "../internal/wall-time.js";
import { dateTimeValue } from "./content-lines.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** A zone id that can stand unquoted in a `TZID=` parameter (IANA names such as `America/New_York`). */
export function isTzidSafe(zone: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(zone) && zone !== "UTC";
}

function formatOffset(nanoseconds: number): string {
  const total = Math.round(nanoseconds / 1e9);
  const sign = total < 0 ? "-" : "+";
  const abs = Math.abs(total);
  const seconds = abs % 60;
  return `${sign}${pad(Math.trunc(abs / 3600))}${pad(Math.trunc(abs / 60) % 60)}${seconds ? pad(seconds) : ""}`;
}

/** VTIMEZONE texts already written, by zone and span of years; a zone's rules do not change while the process runs. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 256;

/**
 * A VTIMEZONE (RFC 5545 §3.6.5) for `zone`, written from the zone's own transitions as Temporal
 * (the platform's time zone database) reports them, from 1 January of the year before `from` to
 * 31 December of the year after `to`. Each transition is one observance with its exact onset and
 * no RRULE, so the definition is right for the dates the calendar uses even where the rules changed
 * over the years. An observance is DAYLIGHT when its offset is above the smallest offset in the
 * span. Lines end in CRLF. Results are kept per zone and span, so a zone is computed once.
 */
export function vtimezone(
  zone: string,
  from: { readonly epochNanoseconds: bigint },
  to: { readonly epochNanoseconds: bigint },
): string {
  const firstYear = ZonedDateTimeFns.create(from.epochNanoseconds, zone).year - 1;
  const lastYear = ZonedDateTimeFns.create(to.epochNanoseconds, zone).year + 1;
  const key = `${zone}|${firstYear}|${lastYear}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = writeVtimezone(zone, firstYear, lastYear);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, text);
  }
  return text;
}

function writeVtimezone(zone: string, firstYear: number, lastYear: number): string {
  // Midnight of 1 January, or the first instant of that day where a clock change skips midnight.
  const start = PlainDateFns.toZonedDateTime(PlainDateFns.create(firstYear, 1, 1), zone);
  const end = PlainDateFns.toZonedDateTime(PlainDateFns.create(lastYear + 1, 1, 1), zone).epochNanoseconds;
  const startOffset = ZonedDateTimeFns.offsetNanoseconds(start);
  const observances: { onset: ClockFields; offsetFrom: number; offsetTo: number }[] = [
    { onset: start, offsetFrom: startOffset, offsetTo: startOffset },
  ];
  let cursor: ZonedDateTimeFns.Record | null = start;
  for (let guard = 0; guard < 64; guard++) {
    cursor = ZonedDateTimeFns.getTimeZoneTransition(cursor, "next");
    if (!cursor || cursor.epochNanoseconds > end) break;
    const at = cursor.epochNanoseconds;
    const before = ZonedDateTimeFns.offsetNanoseconds(ZonedDateTimeFns.create(at - 1n, zone));
    // DTSTART of an observance is the local time it starts at, read with the offset before it (§3.6.5).
    const onset = ZonedDateTimeFns.create(at + BigInt(before), "UTC");
    observances.push({ onset, offsetFrom: before, offsetTo: ZonedDateTimeFns.offsetNanoseconds(cursor) });
  }
  const standard = Math.min(...observances.map((o) => o.offsetTo));
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`];
  for (const o of observances) {
    const kind = o.offsetTo > standard ? "DAYLIGHT" : "STANDARD";
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${dateTimeValue(o.onset)}`,
      `TZOFFSETFROM:${formatOffset(o.offsetFrom)}`,
      `TZOFFSETTO:${formatOffset(o.offsetTo)}`,
      `END:${kind}`,
    );
  }
  lines.push("END:VTIMEZONE");
  return `${lines.join("\r\n")}\r\n`;
}
