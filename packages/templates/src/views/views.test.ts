import { describe, expect, test } from "vitest";
import { en } from "../languages/en/index.js";
import { leverItem, leverPhrase } from "./offer.js";

const US = { locale: "en-US", words: en.words } as const;

import { spellOut } from "./recipients.js";

describe("spellOut", () => {
  test.each([
    ["Marek Szczepański", "M-A-R-E-K S-Z-C-Z-E-P-A-Ń-S-K-I"],
    ["Anne-Marie O'Brien", "A-N-N-E-M-A-R-I-E O-B-R-I-E-N"],
    ["Jana Strauß", "J-A-N-A S-T-R-A-U-ß"],
  ])("%s", (name, spelled) => {
    expect(spellOut(name)).toBe(spelled);
  });
});

describe("levers", () => {
  test.each([
    [
      "core's sized sign-on bonus",
      { kind: "sign-on-bonus", text: "A one-time bonus.", amount: { amount: 7500, currency: "USD" } },
      "en-US",
      "a signing bonus of $7,500",
    ],
    [
      "the same in Britain",
      { kind: "sign-on-bonus", amount: { amount: 5000, currency: "GBP" } },
      "en-GB",
      "a joining bonus of £5,000",
    ],
    ["days off", { kind: "pto-days", text: "2 to 5 more days." }, "en-GB", "more annual leave"],
    ["an early review", { kind: "review-timing", months: 6 }, "en-US", "an earlier pay review, after 6 months"],
    ["a kind as a string", "start-date", "en-US", "a later start date"],
    ["an unknown kind, in its own words", "four_day_week", "en-US", "four day week"],
    ["an unknown kind with a label", { kind: "gym", label: "a gym membership." }, "en-US", "a gym membership"],
  ] as const)("%s", (_name, lever, locale, phrase) => {
    expect(leverPhrase(lever, { locale, words: en.words })).toBe(phrase);
  });

  test("the candidate's list keeps the advice's own sentence", () => {
    expect(leverItem({ kind: "title", text: "a title that matches the work" }, US)).toBe(
      "A title that matches the work.",
    );
    expect(leverItem("title", US)).toBe("The job title");
  });
});
