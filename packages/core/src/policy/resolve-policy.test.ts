import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { DEFAULT_POLICY } from "./defaults.js";
import { resolvePolicy } from "./resolve-policy.js";

describe("resolvePolicy", () => {
  it("returns the defaults when nothing is overridden", () => {
    expect(resolvePolicy()).toBe(DEFAULT_POLICY);
    expect(resolvePolicy(null)).toBe(DEFAULT_POLICY);
  });

  it("lays overrides over the defaults, field by field", () => {
    const policy = resolvePolicy({ thankYou: { writeBy: "20:00" }, followUp: { touches: 2 } });
    expect(policy.thankYou.writeBy).toBe("20:00");
    expect(policy.thankYou.lateAfter).toBe(DEFAULT_POLICY.thankYou.lateAfter);
    expect(policy.followUp.touches).toBe(2);
    expect(policy.followUp.gapBusinessDays).toBe(5);
    expect(DEFAULT_POLICY.thankYou.writeBy).toBe("21:00");
  });

  it("merges a postal service over the country's default", () => {
    const policy = resolvePolicy({ postal: { US: { days: 3 } } });
    expect(policy.postal.US).toMatchObject({ days: 3, localDays: 2, cutoff: "17:00", source: "E-POST-US" });
    const added = resolvePolicy({ postal: { FR: { days: 4 } } });
    expect(added.postal.FR).toMatchObject({ days: 4, source: "E-POST-INTL" });
  });

  it("has the candidate's hours of E-FU-HOURS: 08:00–20:00, calls on weekdays", () => {
    expect(DEFAULT_POLICY.candidateHours).toEqual({ start: "08:00", end: "20:00", weekendCalls: false });
  });

  it("merges the candidate's hours field by field", () => {
    expect(resolvePolicy({ candidateHours: { end: "21:00" } }).candidateHours).toEqual({
      start: "08:00",
      end: "21:00",
      weekendCalls: false,
    });
    expect(resolvePolicy({ candidateHours: { weekendCalls: true } }).candidateHours.weekendCalls).toBe(true);
  });

  it.each([
    [{ candidateHours: { start: "8am" } }, "policy.candidateHours.start"],
    [{ candidateHours: { start: "21:00", end: "07:00" } }, "policy.candidateHours.end"],
    // Checked against the default for the side left out: 08:00 is after 07:00.
    [{ candidateHours: { end: "07:00" } }, "policy.candidateHours.end"],
    [{ candidateHours: { start: "20:30" } }, "policy.candidateHours.start"],
    [{ candidateHours: { weekendCalls: "yes" } }, "policy.candidateHours.weekendCalls"],
    [{ candidateHours: { weekend: true } }, "policy.candidateHours.weekend"],
  ])("refuses the candidate's hours %j at %s", (overrides, path) => {
    try {
      resolvePolicy(overrides);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
    }
  });

  it("replaces calling windows as a whole week", () => {
    const policy = resolvePolicy({ followUp: { callingWindows: { "3": [{ start: "10:00", end: "12:00" }] } } });
    expect(Object.keys(policy.followUp.callingWindows)).toEqual(["3"]);
  });

  it("has the negotiation defaults of E-NEG-SIZE, E-NEG-ROOM, E-NEG-RANGE and E-NEG-LEVERS", () => {
    expect(DEFAULT_POLICY.negotiation).toMatchObject({
      askRaise: 0.1,
      maxAskRaise: 0.2,
      estimatedRoom: 0.1,
      acceptAtPercentile: 75,
      hoursPerWeek: 40,
      weeksPerYear: 52,
      levers: { startDateWeeks: { min: 2, max: 6 }, extraPtoDays: { min: 5, max: 10 } },
    });
  });

  it("merges negotiation overrides field by field, nested groups too", () => {
    const policy = resolvePolicy({
      negotiation: { askRaise: 0.08, hoursPerWeek: 37.5, leverageWeights: { fit: 0.3 }, levers: { reviewMonths: 3 } },
    });
    expect(policy.negotiation.askRaise).toBe(0.08);
    expect(policy.negotiation.hoursPerWeek).toBe(37.5);
    expect(policy.negotiation.weeksPerYear).toBe(52);
    expect(policy.negotiation.leverageWeights).toEqual({ experience: 0.2, fit: 0.3, market: 0.1, competingOffer: 0.2 });
    expect(policy.negotiation.levers.reviewMonths).toBe(3);
    expect(policy.negotiation.levers.extraPtoDays).toEqual({ min: 5, max: 10 });
    expect(DEFAULT_POLICY.negotiation.askRaise).toBe(0.1);
  });

  it.each([
    [{ negotiation: { askRaise: -0.1 } }, "policy.negotiation.askRaise"],
    [{ negotiation: { askRaise: 0.3, maxAskRaise: 0.2 } }, "policy.negotiation.maxAskRaise"],
    [{ negotiation: { hoursPerWeek: 0 } }, "policy.negotiation.hoursPerWeek"],
    [{ negotiation: { weeksPerYear: 60 } }, "policy.negotiation.weeksPerYear"],
    [{ negotiation: { acceptAtPercentile: 80 } }, "policy.negotiation.acceptAtPercentile"],
    [{ negotiation: { counterPosition: { low: 0.8, high: 0.5 } } }, "policy.negotiation.counterPosition.high"],
    [{ negotiation: { levers: { extraPtoDays: { min: 10, max: 5 } } } }, "policy.negotiation.levers.extraPtoDays.max"],
    [{ negotiation: { askRise: 0.1 } }, "policy.negotiation.askRise"],
  ])("refuses the negotiation override %j at %s", (overrides, path) => {
    try {
      resolvePolicy(overrides);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
    }
  });

  it.each([
    [{ thankYou: { writeBy: "9pm" } }, "policy.thankYou.writeBy"],
    [{ thankYou: { writeby: "21:00" } }, "policy.thankYou.writeby"],
    [{ followUp: { touches: 0 } }, "policy.followUp.touches"],
    [{ followUp: { gapBusinessDays: 1.5 } }, "policy.followUp.gapBusinessDays"],
    [
      { followUp: { callingWindows: { "2": [{ start: "12:00", end: "11:00" }] } } },
      "policy.followUp.callingWindows.2[0].end",
    ],
    [{ thankYou: { channel: "fax" } }, "policy.thankYou.channel"],
    [{ postal: { usa: { days: 2 } } }, "policy.postal.usa"],
    [{ decision: { defaultBusinessDays: Number.NaN } }, "policy.decision.defaultBusinessDays"],
    ["often", "policy"],
  ])("refuses %j at %s", (overrides, path) => {
    try {
      resolvePolicy(overrides);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
    }
  });

  it("words a typo and a bad time as docs/rules.md promises", () => {
    expect(() => resolvePolicy({ followUp: { touchs: 2 } })).toThrow("policy.followUp.touchs: is not a known field");
    expect(() => resolvePolicy({ thankYou: { writeBy: "9pm" } })).toThrow(
      'policy.thankYou.writeBy: expected a 24-hour time "HH:MM"',
    );
  });
});
