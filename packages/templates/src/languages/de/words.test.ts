import { describe, expect, test } from "vitest";
import { TONES } from "../../registry/tones.js";
import type { Addressee } from "../types.js";
import { de } from "./index.js";
import { germanWords as words } from "./words.js";

const LOCALES = ["de-DE", "de-AT", "de-CH"] as const;

describe("dates, by hand-written tables", () => {
  test.each([
    ["de-DE", { year: 2026, month: 11, day: 24 }, "24. November 2026", "Dienstag, 24. November"],
    ["de-AT", { year: 2026, month: 11, day: 24 }, "24. November 2026", "Dienstag, 24. November"],
    ["de-CH", { year: 2026, month: 11, day: 24 }, "24. November 2026", "Dienstag, 24. November"],
    ["de-DE", { year: 2027, month: 1, day: 4 }, "4. Januar 2027", "Montag, 4. Januar"],
    ["de-AT", { year: 2027, month: 1, day: 4 }, "4. Jänner 2027", "Montag, 4. Jänner"],
    ["de-CH", { year: 2027, month: 1, day: 4 }, "4. Januar 2027", "Montag, 4. Januar"],
    ["de-AT", { year: 2027, month: 2, day: 1 }, "1. Februar 2027", "Montag, 1. Februar"],
    ["de-DE", { year: 2026, month: 3, day: 1 }, "1. März 2026", "Sonntag, 1. März"],
  ] as const)("%s, %o: %s / %s", (locale, date, long, withDay) => {
    expect(words.longDate(date, locale)).toBe(long);
    expect(words.dayAndDate(date, locale)).toBe(withDay);
  });

  test("every weekday by name, in a sentence's form", () => {
    const week = [23, 24, 25, 26, 27, 28, 29].map((day) => words.weekday({ year: 2026, month: 11, day }));
    expect(week).toEqual(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]);
  });
});

describe("lists", () => {
  test.each([
    [[], undefined],
    [["A"], "A"],
    [["A", "B"], "A und B"],
    [["A", "B", "C"], "A, B und C"],
    [["Berlin, Mitte", "Wien", "Zürich"], "Berlin, Mitte; Wien und Zürich"],
  ] as const)("%o → %s", (items, joined) => {
    for (const locale of LOCALES) expect(words.list(items, locale)).toBe(joined);
  });
});

describe("salutations never guess gender", () => {
  const dana = (formOfAddress?: Addressee["formOfAddress"]): Addressee => ({ name: "Dana Weber", formOfAddress });
  test.each([
    ["ms, formal", dana({ kind: "ms" }), "formal", "Sehr geehrte Frau Weber,"],
    ["ms with title, formal", dana({ kind: "ms", title: "Dr." }), "formal", "Sehr geehrte Frau Dr. Weber,"],
    ["ms, warm", dana({ kind: "ms" }), "warm", "Guten Tag Frau Weber,"],
    ["ms with title, brief", dana({ kind: "ms", title: "Dr." }), "brief", "Guten Tag Frau Dr. Weber,"],
    ["mr, formal", dana({ kind: "mr" }), "formal", "Sehr geehrter Herr Weber,"],
    ["mr with title, formal", dana({ kind: "mr", title: "Mag." }), "formal", "Sehr geehrter Herr Mag. Weber,"],
    ["mr, warm", dana({ kind: "mr", title: "Prof. Dr." }), "warm", "Guten Tag Herr Prof. Dr. Weber,"],
    ["mx, formal", dana({ kind: "mx" }), "formal", "Guten Tag Dana Weber,"],
    ["mx with title", dana({ kind: "mx", title: "Dr." }), "formal", "Guten Tag Dr. Dana Weber,"],
    ["none, warm", dana({ kind: "none" }), "warm", "Guten Tag Dana Weber,"],
    ["no form of address, formal", dana(), "formal", "Guten Tag Dana Weber,"],
    ["no form of address, brief", dana(), "brief", "Guten Tag Dana Weber,"],
    ["an English honorific is not German", { name: "Dana Weber", honorific: "Ms" }, "formal", "Guten Tag Dana Weber,"],
    ["no name, a job title", { title: "Leiterin Data Engineering" }, "formal", "Guten Tag,"],
    ["no name at all", {}, "warm", "Guten Tag,"],
  ] as const)("%s", (_case, person, tone, line) => {
    for (const locale of LOCALES) expect(words.salutation(person, tone, locale, "letter")).toBe(line);
  });

  test("a script is spoken, so even the formal tone says Guten Tag", () => {
    expect(words.salutation(dana({ kind: "ms", title: "Dr." }), "formal", "de-DE", "script")).toBe(
      "Guten Tag Frau Dr. Weber,",
    );
  });

  test("a one-word name is its own surname", () => {
    expect(words.salutation({ name: "Weber", formOfAddress: { kind: "mr" } }, "formal", "de-DE", "email")).toBe(
      "Sehr geehrter Herr Weber,",
    );
  });
});

describe("closings set no comma, and Switzerland writes ss", () => {
  test.each([
    ["de-DE", ["Viele Grüße", "Mit freundlichen Grüßen", "Freundliche Grüße"]],
    ["de-AT", ["Viele Grüße", "Mit freundlichen Grüßen", "Freundliche Grüße"]],
    ["de-CH", ["Viele Grüsse", "Mit freundlichen Grüssen", "Freundliche Grüsse"]],
  ] as const)("%s", (locale, lines) => {
    expect(TONES.map((tone) => words.closing({ name: "Dana Weber" }, tone, locale, "letter"))).toEqual(lines);
  });
});

describe("offers", () => {
  test("terms", () => {
    expect(words.terms.base("78.000 €", "year")).toBe("Grundgehalt: 78.000 € pro Jahr");
    expect(words.terms.base("6.500 €", "month")).toBe("Grundgehalt: 6.500 € pro Monat");
    expect(words.terms.base("42 €", "hour")).toBe("Stundenlohn: 42 €");
    expect(words.terms.signOnBonus("5.000 €", "de-DE")).toBe("Antrittsprämie: 5.000 €");
    expect(words.terms.equity("20.000 €", 4)).toBe("Mitarbeiterbeteiligung: 20.000 €, Vesting über 4 Jahre");
    expect(words.terms.equity("20.000 €", 1)).toBe("Mitarbeiterbeteiligung: 20.000 €, Vesting über 1 Jahr");
    expect(words.terms.equity("20.000 €", 0)).toBe("Mitarbeiterbeteiligung: 20.000 €, sofort unverfallbar");
    expect(words.terms.paidLeave(30, "de-DE")).toBe("Urlaub: 30 Tage im Jahr");
    expect(words.terms.paidLeave(25, "de-CH")).toBe("Ferien: 25 Tage im Jahr");
    expect(words.terms.startDate("4. Jänner 2027", "de-AT")).toBe("Arbeitsbeginn: 4. Jänner 2027");
  });

  test("the address block's first line: Frau and Herrn only when the person says so", () => {
    expect(words.postalName("Katrin Vogel", { kind: "ms", title: "Dr." }, "de-DE")).toBe("Frau Dr. Katrin Vogel");
    expect(words.postalName("Jonas Becker", { kind: "mr" }, "de-DE")).toBe("Herrn Jonas Becker");
    expect(words.postalName("Kim Nowak", { kind: "mx" }, "de-DE")).toBe("Kim Nowak");
    expect(words.postalName("Kim Nowak", undefined, "de-DE")).toBe("Kim Nowak");
    expect(words.postalName(undefined, undefined, "de-DE")).toBe("Personalabteilung");
  });

  test("levers read the same in accusative and nominative, without commas", () => {
    expect(words.lever({ kind: "sign-on-bonus", amount: "7.500 €" }, "de-DE")).toBe("eine Antrittsprämie von 7.500 €");
    expect(words.lever({ kind: "review-timing", months: 6 }, "de-DE")).toBe(
      "eine Gehaltsüberprüfung schon nach 6 Monaten",
    );
    expect(words.lever({ kind: "review-timing", months: 1 }, "de-DE")).toBe(
      "eine Gehaltsüberprüfung schon nach einem Monat",
    );
    expect(words.lever({ kind: "pto-days" }, "de-AT")).toBe("mehr Urlaubstage");
    expect(words.lever({ kind: "pto-days" }, "de-CH")).toBe("mehr Ferientage");
    expect(words.lever({ kind: "start-date" }, "de-DE")).toBe("ein späteres Eintrittsdatum");
    expect(words.lever({ kind: "a-lever-nobody-knows" }, "de-DE")).toBeUndefined();
    for (const kind of [
      "sign-on-bonus",
      "pto-days",
      "start-date",
      "title",
      "review-timing",
      "equity",
      "relocation",
      "remote",
    ]) {
      expect(words.lever({ kind }, "de-CH")).not.toMatch(/[,ß]/u);
    }
    expect(words.per).toEqual({ year: "pro Jahr", month: "pro Monat", hour: "pro Stunde" });
  });
});

describe("the recipients call's checks", () => {
  test("about someone else, and about the person on the phone", () => {
    expect(words.checks.spelled(false, "K-I-M N-O-W-A-K")).toBe(
      "die Schreibweise des Namens (ich habe K-I-M N-O-W-A-K notiert)",
    );
    expect(words.checks.spelled(true, "K-I-M")).toBe("die Schreibweise Ihres Namens (ich habe K-I-M notiert)");
    expect(words.checks.reach(false, "Friedrichstraße 68, 10117 Berlin")).toBe(
      "ob Briefe unter Friedrichstraße 68, 10117 Berlin ankommen",
    );
    expect(words.checks.who({ self: true, name: "Kim Nowak", index: 1 })).toBe("Sie selbst");
    expect(words.checks.who({ self: false, name: "Kim Nowak", index: 1 })).toBe("Kim Nowak");
    expect(words.checks.who({ self: false, title: "Staff Engineer", index: 1 })).toBe("Staff Engineer");
    expect(words.checks.who({ self: false, index: 1 })).toBe("Die zweite Person im Gespräch");
    expect(words.checks.who({ self: false, index: 11 })).toBe("Person 12 im Gespräch");
  });
});

test("a conversation, with and without the person's name", () => {
  expect(words.conversation("Dana Weber", "die Migration des Data Warehouse")).toBe(
    "Ihr Gespräch mit Dana Weber über die Migration des Data Warehouse",
  );
  expect(words.conversation(undefined, "den Bereitschaftsdienst")).toBe("Ihr Gespräch über den Bereitschaftsdienst");
});

test("country names in German capitals, the code when unknown", () => {
  expect(words.countryName("AT")).toBe("ÖSTERREICH");
  expect(words.countryName("CH")).toBe("SCHWEIZ");
  expect(words.countryName("US")).toBe("VEREINIGTE STAATEN");
  expect(words.countryName("not a code")).toBe("not a code");
});

describe("adapt: ss for ß in Swiss template text, never inside a tag", () => {
  const source = "Außerdem grüßt {{#großeFirma}}{{company}}{{/großeFirma}} Sie. {{! Grüße }}Mit Grüßen";
  test("de-CH respells the prose and leaves every tag alone", () => {
    expect(de.adapt(source, "de-CH")).toBe(
      "Ausserdem grüsst {{#großeFirma}}{{company}}{{/großeFirma}} Sie. {{! Grüße }}Mit Grüssen",
    );
  });
  test("de-DE and de-AT keep ß", () => {
    expect(de.adapt(source, "de-DE")).toBe(source);
    expect(de.adapt(source, "de-AT")).toBe(source);
  });
  test("after adapting, no Swiss template holds ß outside its tags", () => {
    for (const tones of Object.values(de.sources)) {
      for (const text of Object.values(tones)) {
        expect(de.adapt(text, "de-CH").replace(/\{\{[^}]*\}\}/gu, "")).not.toContain("ß");
      }
    }
  });
});

test("the pack: three locales, 15 ids × 3 tones, no English-only parts", () => {
  expect(de.language).toBe("de");
  expect(de.locales).toEqual(["de-DE", "de-AT", "de-CH"]);
  expect(Object.keys(de.sources)).toHaveLength(15);
  for (const tones of Object.values(de.sources)) expect(Object.keys(tones).sort()).toEqual(["brief", "formal", "warm"]);
  expect(de.personal).toBeUndefined();
  const all = Object.values(de.sources)
    .flatMap((tones) => Object.values(tones))
    .join("\n");
  expect(all).not.toMatch(/\{\{[#^]?(aside|asideTo|asideToName|hello)\}\}/u);
});
