import { fc, test } from "@fast-check/vitest";
import ICAL from "ical.js";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { vtimezone } from "./vtimezone.js";

/** What ical.js makes of a local time in `zone`, defined by our VTIMEZONE, as epoch milliseconds. */
function viaIcal(zone: string, local: Temporal.PlainDateTime, from: Temporal.Instant, to: Temporal.Instant): number {
  const text = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n${vtimezone(zone, from, to)}END:VCALENDAR\r\n`;
  const component = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vtimezone")!;
  const tz = new ICAL.Timezone(component);
  const time = new ICAL.Time(
    {
      year: local.year,
      month: local.month,
      day: local.day,
      hour: local.hour,
      minute: local.minute,
      second: 0,
      isDate: false,
    },
    tz,
  );
  return time.toUnixTime() * 1000;
}

describe("vtimezone", () => {
  it.each([
    ["America/New_York, 2026-03-08 spring-forward", "America/New_York", "2026-03-09T09:30"],
    ["America/New_York, 2026-11-01 fall-back", "America/New_York", "2026-11-02T09:30"],
    ["Europe/London, summer", "Europe/London", "2026-07-01T10:00"],
    ["Europe/Berlin, winter", "Europe/Berlin", "2026-12-15T09:00"],
    ["Australia/Sydney, southern summer", "Australia/Sydney", "2026-12-01T09:30"],
    ["Australia/Sydney, southern winter", "Australia/Sydney", "2026-06-01T09:30"],
    ["Asia/Kolkata, no DST, +05:30", "Asia/Kolkata", "2026-11-24T11:00"],
    ["Asia/Kathmandu, +05:45", "Asia/Kathmandu", "2026-11-24T11:00"],
    ["Pacific/Chatham, +13:45 in summer", "Pacific/Chatham", "2026-12-24T11:00"],
    ["America/St_Johns, -03:30", "America/St_Johns", "2026-11-24T09:00"],
    ["America/Sao_Paulo, no DST since 2019", "America/Sao_Paulo", "2026-11-24T09:00"],
  ])("%s: ical.js reads local times as Temporal does", (_name, zone, local) => {
    const at = Temporal.PlainDateTime.from(local);
    const expected = at.toZonedDateTime(zone).epochMilliseconds;
    const around = Temporal.Instant.fromEpochMilliseconds(expected);
    expect(viaIcal(zone, at, around, around.add({ hours: 24 * 30 }))).toBe(expected);
  });

  it("writes DAYLIGHT and STANDARD observances with their offsets", () => {
    const from = Temporal.Instant.from("2026-11-24T00:00:00Z");
    const text = vtimezone("America/New_York", from, from);
    expect(text).toContain(
      "BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT",
    );
    expect(text).toContain(
      "BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD",
    );
  });

  const zones = fc.constantFrom(
    "America/New_York",
    "America/Chicago",
    "Europe/London",
    "Europe/Warsaw",
    "Australia/Sydney",
    "Asia/Tokyo",
    "America/Santiago",
  );
  test.prop([
    zones,
    fc.integer({ min: 0, max: 365 * 2 }),
    fc.integer({ min: 0, max: 23 }),
    fc.constantFrom(0, 15, 30, 45),
  ])("any wall-clock time in the span converts like Temporal", (zone, days, hour, minute) => {
    const local = Temporal.PlainDateTime.from("2026-01-01T00:00").add({ days }).with({ hour, minute });
    const expected = local.toZonedDateTime(zone, { disambiguation: "compatible" }).epochMilliseconds;
    const from = Temporal.Instant.from("2026-01-01T00:00:00Z");
    const to = Temporal.Instant.from("2027-12-31T00:00:00Z");
    // Skip the hour a spring-forward removes: it has no single meaning.
    fc.pre(local.toZonedDateTime(zone).toPlainDateTime().equals(local));
    // And the repeated hour of a fall-back, where calendars may pick either.
    fc.pre(
      local.toZonedDateTime(zone, { disambiguation: "earlier" }).epochMilliseconds ===
        local.toZonedDateTime(zone, { disambiguation: "later" }).epochMilliseconds,
    );
    expect(viaIcal(zone, local, from, to)).toBe(expected);
  });
});
