import { describe, expect, test } from "vitest";
import type { DocumentKind, Locale } from "../../document/types.js";
import type { Tone } from "../../registry/tones.js";
import type { Addressee } from "../types.js";
import { fr } from "./index.js";
import { NBSP, NNBSP } from "./typography.js";

const { words, adapt } = fr;

describe("dates", () => {
  test.each([
    [{ year: 2026, month: 11, day: 24 }, "24 novembre 2026", "mardi 24 novembre"],
    [{ year: 2026, month: 12, day: 1 }, "1er décembre 2026", "mardi 1er décembre"],
    [{ year: 2027, month: 2, day: 1 }, "1er février 2027", "lundi 1er février"],
    [{ year: 2027, month: 8, day: 15 }, "15 août 2027", "dimanche 15 août"],
  ])("%o → %s, %s (the same in France and Canada)", (date, long, withDay) => {
    for (const locale of ["fr-FR", "fr-CA"] as const) {
      expect(words.longDate(date, locale)).toBe(long);
      expect(words.dayAndDate(date, locale)).toBe(withDay);
    }
    expect(words.weekday(date)).toBe(withDay.split(" ")[0]);
  });
});

describe("list", () => {
  test.each([
    [[], undefined],
    [["la migration"], "la migration"],
    [["la migration", "les astreintes"], "la migration et les astreintes"],
    [["A", "B", "C"], "A, B et C"],
  ])("%o → %s", (items, expected) => {
    expect(words.list(items, "fr-FR")).toBe(expected);
  });

  test("items holding a comma are parted by semicolons, spaced for the locale", () => {
    const items = ["Lyon, Paris", "Nantes", "Lille"];
    expect(words.list(items, "fr-FR")).toBe(`Lyon, Paris${NNBSP}; Nantes et Lille`);
    expect(words.list(items, "fr-CA")).toBe("Lyon, Paris; Nantes et Lille");
  });
});

describe("salutation", () => {
  const claire: Addressee = { name: "Claire Durand", formOfAddress: { kind: "ms" } };
  const luc: Addressee = { name: "Luc Le Goff", formOfAddress: { kind: "mr" } };
  const cases: [string, Addressee, Tone, DocumentKind, string][] = [
    ["ms, formal letter", claire, "formal", "letter", "Madame,"],
    ["ms, formal card", claire, "formal", "note", "Madame,"],
    ["ms, formal email", claire, "formal", "email", "Bonjour Madame Durand,"],
    ["ms, warm letter", claire, "warm", "letter", "Bonjour Madame Durand,"],
    ["ms, brief email", claire, "brief", "email", "Bonjour Madame Durand,"],
    ["mr, formal letter", luc, "formal", "letter", "Monsieur,"],
    ["mr, warm email, a two-word surname", luc, "warm", "email", "Bonjour Monsieur Le Goff,"],
    [
      "ms with Dr, formal letter",
      { ...claire, formOfAddress: { kind: "ms", title: "Dr." } },
      "formal",
      "letter",
      "Docteure,",
    ],
    [
      "mr with Dr, warm email",
      { ...luc, formOfAddress: { kind: "mr", title: "Dr" } },
      "warm",
      "email",
      "Bonjour Docteur Le Goff,",
    ],
    [
      "ms with Me, formal letter",
      { ...claire, formOfAddress: { kind: "ms", title: "Me" } },
      "formal",
      "letter",
      "Maître,",
    ],
    [
      "mr with Maître, brief email",
      { ...luc, formOfAddress: { kind: "mr", title: "Maître" } },
      "brief",
      "email",
      "Bonjour Maître Le Goff,",
    ],
    [
      "ms with Pr, formal letter",
      { ...claire, formOfAddress: { kind: "ms", title: "Pr" } },
      "formal",
      "letter",
      "Madame la Professeure,",
    ],
    [
      "mr with Prof., formal letter",
      { ...luc, formOfAddress: { kind: "mr", title: "Prof." } },
      "formal",
      "letter",
      "Monsieur le Professeur,",
    ],
    [
      "ms with Pr, warm email",
      { ...claire, formOfAddress: { kind: "ms", title: "Pr" } },
      "warm",
      "email",
      "Bonjour Madame Durand,",
    ],
    [
      "ms with a title French does not use (Mag.)",
      { ...claire, formOfAddress: { kind: "ms", title: "Mag." } },
      "formal",
      "letter",
      "Madame,",
    ],
    [
      "mx, formal letter",
      { name: "Alex Morgan", formOfAddress: { kind: "mx" } },
      "formal",
      "letter",
      "Bonjour Alex Morgan,",
    ],
    [
      "none, warm email",
      { name: "Alex Morgan", formOfAddress: { kind: "none" } },
      "warm",
      "email",
      "Bonjour Alex Morgan,",
    ],
    [
      "mx with Dr stays neutral",
      { name: "Alex Morgan", formOfAddress: { kind: "mx", title: "Dr" } },
      "formal",
      "letter",
      "Bonjour Alex Morgan,",
    ],
    ["no form of address, formal letter", { name: "Camille Roux" }, "formal", "letter", "Bonjour Camille Roux,"],
    ["no form of address, brief note", { name: "Camille Roux" }, "brief", "note", "Bonjour Camille Roux,"],
    [
      "an English honorific is not read",
      { name: "Camille Roux", honorific: "Ms" },
      "formal",
      "letter",
      "Bonjour Camille Roux,",
    ],
    ["no name, formal letter", {}, "formal", "letter", "Bonjour,"],
    ["no name, only a job title", { title: "Responsable RH" }, "warm", "email", "Bonjour,"],
    ["no name but ms, formal letter", { formOfAddress: { kind: "ms" } }, "formal", "letter", "Madame,"],
    ["no name but mr, warm email", { formOfAddress: { kind: "mr" } }, "warm", "email", "Bonjour Monsieur,"],
  ];

  test.each(cases)("%s → %s", (_label, person, tone, kind, expected) => {
    for (const locale of ["fr-FR", "fr-CA"] as const) {
      expect(words.salutation(person, tone, locale, kind)).toBe(expected);
    }
  });

  test("never the binary « Madame, Monsieur, » and never a gender guessed from a first name", () => {
    for (const name of [undefined, "Claire Durand", "Julien Moreau", "Camille Roux"]) {
      for (const tone of ["warm", "formal", "brief"] as const) {
        for (const kind of ["letter", "email", "note"] as const) {
          const line = words.salutation({ name }, tone, "fr-FR", kind);
          expect(line).not.toMatch(/Madame|Monsieur/u);
        }
      }
    }
  });
});

describe("closing", () => {
  const claire: Addressee = { name: "Claire Durand", formOfAddress: { kind: "ms" } };
  const cases: [string, Addressee, Tone, DocumentKind, Locale, string][] = [
    [
      "ms, formal letter, France",
      claire,
      "formal",
      "letter",
      "fr-FR",
      "Je vous prie d'agréer, Madame, mes salutations distinguées.",
    ],
    [
      "ms, formal letter, Quebec",
      claire,
      "formal",
      "letter",
      "fr-CA",
      "Veuillez agréer, Madame, mes salutations distinguées.",
    ],
    [
      "mr with Pr, formal letter",
      { name: "Luc Le Goff", formOfAddress: { kind: "mr", title: "Pr" } },
      "formal",
      "letter",
      "fr-FR",
      "Je vous prie d'agréer, Monsieur le Professeur, mes salutations distinguées.",
    ],
    [
      "neutral, formal letter, France",
      { name: "Alex Morgan" },
      "formal",
      "letter",
      "fr-FR",
      "Je vous prie d'agréer mes salutations distinguées.",
    ],
    [
      "neutral, formal letter, Quebec",
      { name: "Alex Morgan" },
      "formal",
      "letter",
      "fr-CA",
      "Veuillez agréer mes salutations distinguées.",
    ],
    ["no name, formal letter", {}, "formal", "letter", "fr-FR", "Je vous prie d'agréer mes salutations distinguées."],
    ["formal email, France", claire, "formal", "email", "fr-FR", "Bien cordialement,"],
    ["formal card, France", claire, "formal", "note", "fr-FR", "Bien cordialement,"],
    ["warm letter, France", claire, "warm", "letter", "fr-FR", "Bien cordialement,"],
    ["brief email, France", claire, "brief", "email", "fr-FR", "Cordialement,"],
    ["formal email, Quebec", claire, "formal", "email", "fr-CA", "Cordialement,"],
    ["warm email, Quebec", claire, "warm", "email", "fr-CA", "Cordialement,"],
  ];

  test.each(cases)("%s → %s", (_label, person, tone, kind, locale, expected) => {
    expect(words.closing(person, tone, locale, kind)).toBe(expected);
  });
});

describe("terms, levers and the reflection's lines", () => {
  test("terms take a no-break space before the colon, right in France and Canada alike", () => {
    expect(words.terms.base("52 000 €", "year")).toBe(`Salaire de base${NBSP}: 52 000 € par an`);
    expect(words.terms.base("18 €", "hour")).toBe(`Salaire de base${NBSP}: 18 € de l'heure`);
    expect(words.terms.signOnBonus("5 000 €", "fr-FR")).toBe(`Prime de bienvenue${NBSP}: 5 000 €`);
    expect(words.terms.signOnBonus("8 000 $", "fr-CA")).toBe(`Prime à la signature${NBSP}: 8 000 $`);
    expect(words.terms.equity("20 000 €", 4)).toBe(`Actions${NBSP}: 20 000 €, acquises sur 4 ans`);
    expect(words.terms.equity("20 000 €", 1)).toBe(`Actions${NBSP}: 20 000 €, acquises sur 1 an`);
    expect(words.terms.equity("20 000 €", 0)).toBe(`Actions${NBSP}: 20 000 €, acquises immédiatement`);
    expect(words.terms.paidLeave(25, "fr-FR")).toBe(`Congés payés${NBSP}: 25 jours par an`);
    expect(words.terms.paidLeave(15, "fr-CA")).toBe(`Vacances annuelles${NBSP}: 15 jours par an`);
    expect(words.terms.startDate("1er février 2027", "fr-FR")).toBe(`Date de début${NBSP}: 1er février 2027`);
  });

  test("the address block's first line: Madame and Monsieur only when the person says so", () => {
    expect(words.postalName("Claire Dubois", { kind: "ms" }, "fr-FR")).toBe("Madame Claire Dubois");
    expect(words.postalName("Karim Benali", { kind: "mr" }, "fr-CA")).toBe("Monsieur Karim Benali");
    expect(words.postalName("Karim Benali", { kind: "none" }, "fr-FR")).toBe("Karim Benali");
    expect(words.postalName(undefined, undefined, "fr-FR")).toBe("Service du recrutement");
  });

  test.each([
    [{ kind: "sign-on-bonus", amount: "7 500 €" }, "fr-FR", "une prime de bienvenue de 7 500 €"],
    [{ kind: "sign-on-bonus" }, "fr-CA", "une prime à la signature"],
    [{ kind: "pto-days" }, "fr-FR", "des jours de congé supplémentaires"],
    [{ kind: "pto-days" }, "fr-CA", "des jours de vacances supplémentaires"],
    [{ kind: "review-timing", months: 6 }, "fr-FR", "une révision salariale au bout de 6 mois"],
    [{ kind: "review-timing" }, "fr-FR", "une révision salariale anticipée"],
    [{ kind: "title" }, "fr-FR", "l'intitulé du poste"],
    [{ kind: "remote" }, "fr-CA", "une part de télétravail"],
    [{ kind: "company-car" }, "fr-FR", undefined],
  ] as const)("lever %o in %s → %s", (lever, locale, expected) => {
    expect(words.lever(lever, locale)).toBe(expected);
  });

  test("a conversation line names the person when known", () => {
    expect(words.conversation("Claire Durand", "la migration")).toBe(
      "Votre échange avec Claire Durand sur la migration",
    );
    expect(words.conversation(undefined, "la migration")).toBe("Votre échange sur la migration");
  });
});

describe("the recipients call's checks", () => {
  test("about someone else: son, lui, la personne (no gender); about the reader: votre, vous", () => {
    const { checks } = words;
    expect(checks.spelled(false, "J-U-L-I-E-N")).toBe("l'orthographe de son nom (j'ai noté J-U-L-I-E-N)");
    expect(checks.spelled(true, "S-O-P-H-I-E")).toBe("l'orthographe de votre nom (j'ai noté S-O-P-H-I-E)");
    expect(checks.reach(false, "27 rue de la République, 69002 Lyon")).toBe(
      "que son adresse postale est bien 27 rue de la République, 69002 Lyon",
    );
    expect(checks.email(false)).toContain("si la personne accepte");
    for (const self of [true, false]) {
      const all = [checks.name(self), checks.title(self), checks.address(self), checks.email(self), checks.late(self)];
      for (const line of all) expect(line).not.toMatch(/\b(il|elle|ils|elles)\b/u);
    }
  });

  test.each([
    [{ self: true, index: 0 }, "Vous"],
    [{ self: false, name: "Julien Moreau", index: 1 }, "Julien Moreau"],
    [{ self: false, title: "Responsable RH", index: 1 }, "Responsable RH (nom à confirmer)"],
    [{ self: false, index: 1 }, "La deuxième personne rencontrée"],
    [{ self: false, index: 11 }, "La 12e personne rencontrée"],
  ])("who %o → %s", (person, expected) => {
    expect(words.checks.who(person)).toBe(expected);
  });
});

describe("countryName", () => {
  test("French names in capitals; an unknown code as given", () => {
    expect(words.countryName("DE")).toBe("ALLEMAGNE");
    expect(words.countryName("CA")).toBe("CANADA");
    expect(words.countryName("not a code")).toBe("not a code");
  });
});

describe("adapt", () => {
  const source = "Poste « {{role}} » : des nouvelles ? Merci{{#first}}, {{first}}{{/first}} ! Oui ; non.";

  test("fr-FR: U+202F before ; ? !, U+00A0 before :, U+202F inside guillemets", () => {
    expect(adapt(source, "fr-FR")).toBe(
      `Poste «${NNBSP}{{role}}${NNBSP}»${NBSP}: des nouvelles${NNBSP}? Merci{{#first}}, {{first}}{{/first}}${NNBSP}! Oui${NNBSP}; non.`,
    );
  });

  test("fr-CA (OQLF): no space before ; ? !, U+00A0 before : and inside guillemets, courriel for e-mail", () => {
    expect(adapt(source, "fr-CA")).toBe(
      `Poste «${NBSP}{{role}}${NBSP}»${NBSP}: des nouvelles? Merci{{#first}}, {{first}}{{/first}}! Oui; non.`,
    );
    expect(adapt("Envoyez l'e-mail de relance, puis un e-mail.", "fr-CA")).toBe(
      "Envoyez le courriel de relance, puis un courriel.",
    );
    expect(adapt("Envoyez l'e-mail de relance.", "fr-FR")).toBe("Envoyez l'e-mail de relance.");
  });

  test("a mark typed with no space, or with a no-break space already, gets the locale's space", () => {
    expect(adapt("Merci!", "fr-FR")).toBe(`Merci${NNBSP}!`);
    expect(adapt(`Merci${NBSP}?`, "fr-FR")).toBe(`Merci${NNBSP}?`);
    expect(adapt("{{first}}?", "fr-FR")).toBe(`{{first}}${NNBSP}?`);
    expect(adapt("Vraiment ?!", "fr-CA")).toBe("Vraiment?!");
  });

  test("tags are left alone, comments and values with their own punctuation included", () => {
    const tagged = "{{! a comment: with marks; here? }}{{#x}}{{x}}{{/x}} {{{raw}}}";
    expect(adapt(tagged, "fr-FR")).toBe(tagged);
    expect(adapt(tagged, "fr-CA")).toBe(tagged);
  });

  test("times and addresses on the web keep their colon", () => {
    expect(adapt("à 14:30, sur https://example.fr", "fr-FR")).toBe("à 14:30, sur https://example.fr");
  });

  test("every template of the pack keeps its tags when adapted", () => {
    const tags = (text: string) => text.match(/\{\{[^}]*\}\}/gu) ?? [];
    for (const tones of Object.values(fr.sources)) {
      for (const source of Object.values(tones)) {
        for (const locale of fr.locales) expect(tags(adapt(source, locale))).toEqual(tags(source));
      }
    }
  });
});
