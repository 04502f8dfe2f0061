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
