import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { formatWhen, toDate, toZoned } from "./read.js";

const OPENS = "2026-12-01T09:30:00-05:00[America/New_York]";

describe("toZoned", () => {
  it("reads a plan's instant string, which new Date cannot", () => {
    expect(Number.isNaN(new Date(OPENS).getTime())).toBe(true);
    expect(toZoned(OPENS).toString()).toBe(OPENS);
  });

  it("keeps a bare offset as the zone, so the wall clock stays the one written", () => {
    expect(toZoned("2026-12-01T09:30:00+05:30").toString()).toBe("2026-12-01T09:30:00+05:30[+05:30]");
    expect(toZoned("2026-12-01T09:30:00Z").timeZoneId).toBe("UTC");
  });

  it.each(["2026-12-01T09:30-05", "2026-12-01T09:30:00-0500", "2026-12-01 09:30:00-05:00"])(
    "keeps the wall clock of every offset form Temporal reads (%s)",
    (instant) => {
      expect(toZoned(instant).toString()).toBe("2026-12-01T09:30:00-05:00[-05:00]");
    },
  );

  it("sees the moment from another zone on request", () => {
    expect(toZoned(OPENS, "Asia/Kolkata").toString()).toBe("2026-12-01T20:00:00+05:30[Asia/Kolkata]");
    expect(toZoned(Temporal.Instant.from("2026-12-01T14:30:00Z"), "Europe/London").hour).toBe(14);
  });

  it.each([
    [() => toZoned("2026-12-01"), "instant"],
    [() => toZoned(42 as never), "instant"],
    [() => toZoned(OPENS, "America/New_Yrok"), "zone"],
  ])("refuses what does not read, naming the argument (%#)", (call, path) => {
    expect(call).toThrow(AfterviewValidationError);
    try {
      call();
    } catch (error) {
      expect((error as AfterviewValidationError).issues[0]!.path).toBe(path);
    }
  });
});

describe("toDate", () => {
  it("gives the same moment as a Date", () => {
    expect(toDate(OPENS).toISOString()).toBe("2026-12-01T14:30:00.000Z");
  });
});

describe("formatWhen", () => {
  it("writes the day, time and zone", () => {
    expect(formatWhen(OPENS)).toBe("Tue, Dec 1, 2026, 9:30 AM EST");
    expect(formatWhen(OPENS, { locale: "en-GB", zone: "Europe/London", style: "time" })).toBe("14:30 GMT");
    expect(formatWhen(OPENS, { style: "date" })).toBe("Tue, Dec 1, 2026");
  });

  it("names a bare offset, which Intl cannot take as a zone", () => {
    expect(formatWhen("2026-12-01T09:30:00-05:00")).toBe("Tue, Dec 1, 2026, 9:30 AM UTC-05:00");
  });

  describe('style "iso"', () => {
    it("writes the instant as core writes it in plans, seen from another zone on request", () => {
      expect(formatWhen(OPENS, { style: "iso" })).toBe(OPENS);
      expect(formatWhen(OPENS, { zone: "Europe/London", style: "iso" })).toBe(
        "2026-12-01T14:30:00+00:00[Europe/London]",
      );
      expect(formatWhen(OPENS, { zone: "Asia/Kolkata", style: "iso", locale: "de-DE" })).toBe(
        "2026-12-01T20:00:00+05:30[Asia/Kolkata]",
      );
    });

    it.each([
      ["2026-12-01T09:30:00+05:30", undefined, "2026-12-01T09:30:00+05:30[+05:30]"],
      ["2026-12-01T09:30-05", undefined, "2026-12-01T09:30:00-05:00[-05:00]"],
      ["2026-12-01 09:30:00-0500", undefined, "2026-12-01T09:30:00-05:00[-05:00]"],
      ["2026-12-01T09:30:00+05:30:15", undefined, "2026-12-01T09:29:45+05:30[+05:30]"],
      ["2026-12-01T14:30:00Z", undefined, "2026-12-01T14:30:00+00:00[UTC]"],
      ["2026-12-01T14:30:00.000120Z", "Asia/Kathmandu", "2026-12-01T20:15:00.00012+05:45[Asia/Kathmandu]"],
      ["2026-12-01T09:30:00-05:00[US/Eastern]", undefined, "2026-12-01T09:30:00-05:00[US/Eastern]"],
      [
        "2026-12-01T09:30:00-05:00[America/New_York][u-ca=gregory]",
        "UTC",
        "2026-12-01T14:30:00+00:00[UTC][u-ca=gregory]",
      ],
      ["1883-11-18T12:00:00Z", "America/New_York", "1883-11-18T07:03:58-04:56[America/New_York]"],
    ])("writes %s (seen from %s) as toZoned does: %s", (instant, zone, written) => {
      expect(formatWhen(instant, { zone, style: "iso" })).toBe(written);
      expect(toZoned(instant, zone).toString()).toBe(written);
    });

    it("reads Temporal objects, of this copy or through their public fields", () => {
      const zoned = Temporal.ZonedDateTime.from(OPENS);
      expect(formatWhen(zoned, { style: "iso" })).toBe(OPENS);
      expect(formatWhen(zoned.toInstant(), { zone: "America/New_York", style: "iso" })).toBe(OPENS);
      const foreign = {
        [Symbol.toStringTag]: "Temporal.ZonedDateTime",
        epochNanoseconds: zoned.epochNanoseconds,
        timeZoneId: "Europe/Paris",
        calendarId: "iso8601",
      };
      expect(formatWhen(foreign as never, { style: "iso" })).toBe("2026-12-01T15:30:00+01:00[Europe/Paris]");
    });

    it("refuses what toZoned refuses, naming the same argument", () => {
      for (const [instant, zone, path] of [
        ["2026-12-01T09:30:00", undefined, "instant"],
        [OPENS, "America/New_Yrok", "zone"],
        [Temporal.Instant.from("2026-12-01T14:30:00Z"), undefined, "instant"],
      ] as const) {
        const issue = (call: () => unknown) => {
          try {
            call();
          } catch (error) {
            return (error as AfterviewValidationError).issues[0]!.path;
          }
        };
        expect(issue(() => formatWhen(instant, { zone, style: "iso" }))).toBe(path);
        expect(issue(() => toZoned(instant, zone))).toBe(path);
      }
    });
  });

  it.each([
    [{ locale: "not a locale!" }, "options.locale"],
    [{ style: "long" }, "options.style"],
    [{ zone: 5 }, "options.zone"],
  ])("refuses bad options with the field named (%j)", (options, path) => {
    try {
      formatWhen(OPENS, options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues[0]!.path).toBe(path);
    }
  });
});
