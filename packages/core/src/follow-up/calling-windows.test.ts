import { Temporal } from "temporal-polyfill";
import { describe, expect, test } from "vitest";
import { DEFAULT_POLICY } from "../policy/defaults.js";
import { callingSlotsOn, hasAnyCallingWindow } from "./calling-windows.js";

const iso = (slots: ReturnType<typeof callingSlotsOn>) => slots.map((s) => [s.opens.toString(), s.closes.toString()]);
const day = (d: string) => Temporal.PlainDate.from(d);

describe("callingSlotsOn: the default week (E-FU-CALLTIME)", () => {
  const windows = DEFAULT_POLICY.followUp.callingWindows;
  test.each([
    ["Monday: afternoon only", "2026-11-30", [["13:30", "15:30"]]],
    [
      "Tuesday: morning and afternoon",
      "2026-12-01",
      [
        ["09:30", "11:30"],
        ["13:30", "15:30"],
      ],
    ],
    [
      "Wednesday: morning and afternoon",
      "2026-12-02",
      [
        ["09:30", "11:30"],
        ["13:30", "15:30"],
      ],
    ],
    [
      "Thursday: morning and afternoon",
      "2026-12-03",
      [
        ["09:30", "11:30"],
        ["13:30", "15:30"],
      ],
    ],
    ["Friday: morning only", "2026-12-04", [["09:30", "11:30"]]],
    ["Saturday: none", "2026-12-05", []],
    ["Sunday: none", "2026-12-06", []],
  ])("%s", (_name, date, expected) => {
    const slots = callingSlotsOn(day(date), "Europe/Berlin", windows);
    expect(
      slots.map((s) => [
        s.opens.toPlainTime().toString({ smallestUnit: "minute" }),
        s.closes.toPlainTime().toString({ smallestUnit: "minute" }),
      ]),
    ).toEqual(expected);
    for (const s of slots) expect(s.opens.timeZoneId).toBe("Europe/Berlin");
  });
});

describe("callingSlotsOn: daylight-saving days keep the wall clock", () => {
  test("America/New_York, 2026-03-08 spring-forward: 01:30–03:30 is one real hour; 02:00–03:00 vanishes", () => {
    const windows = {
      "7": [
        { start: "09:30", end: "11:30" },
        { start: "02:00", end: "03:00" },
        { start: "01:30", end: "03:30" },
      ],
    };
    expect(iso(callingSlotsOn(day("2026-03-08"), "America/New_York", windows))).toEqual([
      ["2026-03-08T01:30:00-05:00[America/New_York]", "2026-03-08T03:30:00-04:00[America/New_York]"],
      ["2026-03-08T09:30:00-04:00[America/New_York]", "2026-03-08T11:30:00-04:00[America/New_York]"],
    ]);
  });

  test("America/New_York, 2026-11-01 fall-back: 01:00–02:00 is two real hours (01:00 read as EDT)", () => {
    const [slot] = callingSlotsOn(day("2026-11-01"), "America/New_York", { "7": [{ start: "01:00", end: "02:00" }] });
    expect(slot?.opens.toString()).toBe("2026-11-01T01:00:00-04:00[America/New_York]");
    expect(slot?.closes.toString()).toBe("2026-11-01T02:00:00-05:00[America/New_York]");
    expect(slot?.opens.until(slot.closes).total("hours")).toBe(2);
  });

  test("Europe/London, 2026-03-29 spring-forward: 01:30–02:30 becomes 02:30–02:30 and is left out", () => {
    expect(callingSlotsOn(day("2026-03-29"), "Europe/London", { "7": [{ start: "01:30", end: "02:30" }] })).toEqual([]);
  });
});

describe("hasAnyCallingWindow", () => {
  test.each([
    ["the default week", DEFAULT_POLICY.followUp.callingWindows, true],
    ["no weekday", {}, false],
    ["weekdays with empty lists", { "1": [], "2": [] }, false],
    ["one window on Sunday", { "7": [{ start: "10:00", end: "11:00" }] }, true],
  ])("%s → %s", (_name, windows, expected) => {
    expect(hasAnyCallingWindow(windows)).toBe(expected);
  });
});
