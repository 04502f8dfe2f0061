import { describe, expect, test } from "vitest";
import { dayAndDate, longDate } from "../languages/en/dates.js";
import { en } from "../languages/en/index.js";
import { closing, courtesyTitle, salutation } from "../languages/en/letter-conventions.js";
import { respell, respellTemplate } from "../languages/en/spelling.js";
import { addressLines } from "./address.js";
import { calendarDate, dateIn } from "./dates.js";
import { formatAmount } from "./money.js";

describe("dates", () => {
  test.each([
    ["2026-11-24", "en-US", "November 24, 2026", "Tuesday, November 24"],
    ["2026-11-24", "en-GB", "24 November 2026", "Tuesday 24 November"],
    ["2028-02-29", "en-US", "February 29, 2028", "Tuesday, February 29"],
    ["2027-01-01", "en-GB", "1 January 2027", "Friday 1 January"],
  ] as const)("%s in %s", (iso, locale, long, short) => {
    expect(longDate(calendarDate(iso), locale)).toBe(long);
    expect(dayAndDate(calendarDate(iso), locale)).toBe(short);
  });

  test.each([
    ["written in the zone asked for", "2026-11-24T23:30:00-05:00[America/New_York]", "America/New_York", "2026-11-24"],
    ["UTC, seen from New York the evening before", "2026-11-25T02:00:00Z", "America/New_York", "2026-11-24"],
    [
      "New York evening, seen from Sydney the next day",
      "2026-11-24T20:00:00-05:00[America/New_York]",
      "Australia/Sydney",
      "2026-11-25",
    ],
  ])("the wall-clock date of an instant: %s", (_name, instant, zone, date) => {
    const { year, month, day } = dateIn(instant, zone);
    expect([year, month, day].map((n) => String(n).padStart(2, "0")).join("-")).toBe(date);
  });
});

describe("letter conventions", () => {
  test.each([
    [
      "US formal letter, title given",
      { name: "Dana Whitfield", honorific: "Ms" },
      "formal",
      "en-US",
      "letter",
      "Dear Ms. Whitfield:",
    ],
    [
      "GB formal letter, title given with a stop",
      { name: "Dana Whitfield", honorific: "Ms." },
      "formal",
      "en-GB",
      "letter",
      "Dear Ms Whitfield,",
    ],
    ["formal, no title: never guessed", { name: "Dana Whitfield" }, "formal", "en-US", "email", "Dear Dana Whitfield:"],
    [
      "formal handwritten note keeps a comma",
      { name: "Dana Whitfield" },
      "formal",
      "en-US",
      "note",
      "Dear Dana Whitfield,",
    ],
    [
      "a title that is a word",
      { name: "Ada Byron", honorific: "Professor" },
      "formal",
      "en-US",
      "letter",
      "Dear Professor Byron:",
    ],
    ["warm", { name: "José García-López" }, "warm", "en-GB", "email", "Dear José,"],
    ["brief email", { name: "Sam Lee" }, "brief", "en-US", "email", "Hi Sam,"],
    ["brief posted letter", { name: "Sam Lee" }, "brief", "en-US", "letter", "Dear Sam,"],
    ["no name, a title", { title: "Head of Data" }, "warm", "en-US", "letter", "Dear Head of Data,"],
    ["no name at all", {}, "formal", "en-US", "letter", "Dear Hiring Team:"],
  ] as const)("salutation: %s", (_name, person, tone, locale, kind, expected) => {
    expect(salutation(person, tone, locale, kind)).toBe(expected);
  });

  test.each([
    ["en-US", "formal", true, "Sincerely,"],
    ["en-US", "warm", true, "Warm regards,"],
    ["en-US", "brief", true, "Best,"],
    ["en-GB", "formal", true, "Yours sincerely,"],
    ["en-GB", "formal", false, "Yours faithfully,"],
    ["en-GB", "warm", true, "Kind regards,"],
    ["en-GB", "brief", false, "Best wishes,"],
  ] as const)("closing: %s %s named=%s", (locale, tone, named, expected) => {
    expect(closing({ name: named ? "Dana Whitfield" : undefined }, tone, locale)).toBe(expected);
  });

  test("courtesy titles", () => {
    expect(["Mr", "Dr.", "Mx"].map((title) => courtesyTitle(title, "en-US"))).toEqual(["Mr.", "Dr.", "Mx."]);
    expect(["Mr.", "Dr", "Dame"].map((title) => courtesyTitle(title, "en-GB"))).toEqual(["Mr", "Dr", "Dame"]);
  });
});

describe("British spelling of our own prose", () => {
  test.each([
    ["To summarize, the organization realized it", "To summarise, the organisation realised it"],
    ["What to practice next", "What to practise next"],
    ["Areas to practice", "Areas to practise"],
    ["Points to emphasize", "Points to emphasise"],
    ["A practice interview", "A practice interview"],
  ])("%s", (us, gb) => {
    expect(respell(us, "en-GB")).toBe(gb);
    expect(respell(us, "en-US")).toBe(us);
  });

  test("mustache tags are never respelled", () => {
    expect(respellTemplate("We {{organize}} the organization {{#color}}color{{/color}}", "en-GB")).toBe(
      "We {{organize}} the organisation {{#color}}colour{{/color}}",
    );
  });
});

describe("addresses", () => {
  test.each([
    [
      "US",
      { lines: ["200 Park Ave"], locality: "New York", region: "NY", postalCode: "10166", country: "US" },
      "US",
      ["200 Park Ave", "New York, NY 10166"],
    ],
    [
      "GB",
      { lines: ["10 Downing Street"], locality: "London", postalCode: "SW1A 2AA", country: "GB" },
      "GB",
      ["10 Downing Street", "London", "SW1A 2AA"],
    ],
    [
      "DE from the US",
      { lines: ["Unter den Linden 1"], locality: "Berlin", postalCode: "10117", country: "DE" },
      "US",
      ["Unter den Linden 1", "10117 Berlin", "GERMANY"],
    ],
    [
      "AU, no postal code",
      { lines: ["1 Macquarie St"], locality: "Sydney", region: "NSW", country: "AU" },
      "AU",
      ["1 Macquarie St", "Sydney, NSW"],
    ],
  ])("%s", (_name, address, from, lines) => {
    expect(addressLines(address, from, en.words.countryName)).toEqual(lines);
  });
});

describe("money", () => {
  test.each([
    [{ amount: 95000, currency: "USD" }, "en-US", "$95,000"],
    [{ amount: 95000, currency: "USD" }, "en-GB", "US$95,000"],
    [{ amount: 62500, currency: "GBP" }, "en-GB", "£62,500"],
    [{ amount: 48.5, currency: "USD" }, "en-US", "$48.50"],
    [{ amount: 9000000, currency: "JPY" }, "en-US", "¥9,000,000"],
  ] as const)("%o in %s", (money, locale, expected) => {
    expect(formatAmount(money, locale)).toBe(expected);
  });
});
