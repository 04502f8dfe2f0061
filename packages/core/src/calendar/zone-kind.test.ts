import { describe, expect, it } from "vitest";
import { lookupTimeZone } from "../time/zone.js";
import { zoneKind } from "./zone-kind.js";

describe("zoneKind", () => {
  it.each([
    ["EST", "fixed-offset"],
    ["est", "fixed-offset"],
    ["MST", "fixed-offset"],
    ["HST", "fixed-offset"],
    ["UTC", "fixed-offset"],
    ["GMT", "fixed-offset"],
    ["Zulu", "fixed-offset"],
    ["Etc/GMT+5", "fixed-offset"],
    ["etc/gmt-10", "fixed-offset"],
    ["Etc/UTC", "fixed-offset"],
    ["CET", "abbreviation"],
    ["EET", "abbreviation"],
    ["WET", "abbreviation"],
    ["MET", "abbreviation"],
    ["EST5EDT", "abbreviation"],
    ["PST8PDT", "abbreviation"],
    ["America/New_York", "place"],
    ["Europe/London", "place"],
    ["Asia/Kolkata", "place"],
    ["America/Phoenix", "place"],
    // Old links that still follow a place's clock.
    ["US/Eastern", "place"],
    ["Japan", "place"],
  ])("%s is %s", (zone, kind) => {
    expect(lookupTimeZone(zone), `${zone} is a zone this runtime knows`).not.toBeNull();
    expect(zoneKind(zone)).toBe(kind);
  });
});
