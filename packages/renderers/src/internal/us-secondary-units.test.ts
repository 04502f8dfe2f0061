import { describe, expect, it } from "vitest";
import { isSecondaryUnit, withUnitsOnDeliveryLine } from "./us-secondary-units.js";

describe("withUnitsOnDeliveryLine (USPS Publication 28 §213)", () => {
  it.each([
    { lines: ["200 Park Ave", "Floor 31"], expected: ["200 Park Ave Floor 31"] },
    { lines: ["200 Park Ave", "Fl 31"], expected: ["200 Park Ave Fl 31"] },
    { lines: ["Suite 400", "1600 Amphitheatre Pkwy"], expected: ["1600 Amphitheatre Pkwy Suite 400"] },
    { lines: ["12 Elm St", "Apt. 5B"], expected: ["12 Elm St Apt. 5B"] },
    { lines: ["12 Elm St", "#12"], expected: ["12 Elm St #12"] },
    { lines: ["c/o Acme Legal", "200 Park Ave", "Ste 900"], expected: ["c/o Acme Legal", "200 Park Ave Ste 900"] },
    { lines: ["One World Trade Center", "285 Fulton St"], expected: ["One World Trade Center", "285 Fulton St"] },
    { lines: ["12 Elm St"], expected: ["12 Elm St"] },
    { lines: ["Unit 4"], expected: ["Unit 4"] },
    { lines: [], expected: [] },
  ])("$lines → $expected", ({ lines, expected }) => {
    expect(withUnitsOnDeliveryLine(lines)).toEqual(expected);
  });

  it.each(["Floor 31", "FL 31", "ste 9", "Building 4", "Rm. 12", "#7", "PH 2", "Unit B"])(
    "%s is a unit line",
    (line) => {
      expect(isSecondaryUnit(line)).toBe(true);
    },
  );

  it.each(["200 Park Ave", "Flatiron Building", "Suitland Pkwy", "c/o Acme", ""])("%j is not", (line) => {
    expect(isSecondaryUnit(line)).toBe(false);
  });
});
