import { describe, expect, it } from "vitest";
import { checkCompanies } from "../checks/companies.js";
import { checkNames } from "../checks/names.js";
import { describeLanguage } from "../fixtures/language-suite.js";
import { goodLetterDe, goodLetterToJoergDe, interviewDe } from "../fixtures/letters-de.js";
import { subjectOf } from "../fixtures/subject.js";
import { german } from "./de.js";

const paragraph = (index: number) => goodLetterDe.split("\n\n")[index]!;

describeLanguage({
  language: "German",
  input: interviewDe,
  letters: [
    [goodLetterDe, 0],
    [goodLetterToJoergDe, 1],
  ],
  otherCompanies: ["Polarstern Analytics"],
  edits: [
    [
      "no thanks",
      (t) =>
        t.replace(
          "vielen Dank für das freundliche und offene Gespräch heute Nachmittag.",
          "das Gespräch heute Nachmittag war freundlich und offen.",
        ),
      ["missing-thanks"],
      false,
    ],
    [
      "no interest",
      (t) =>
        t.replace(
          "Nach unserem Austausch bin ich weiterhin sehr an der Stelle als Senior Data Engineer bei Nordlicht interessiert.",
          "Nordlicht hat auf mich einen guten Eindruck gemacht.",
        ),
      ["missing-interest"],
      true,
    ],
    ["no example", (t) => t.replace(`${paragraph(2)}\n\n`, ""), ["missing-example", "too-short"], true],
    ["no strength", (t) => t.replace(`${paragraph(3)}\n\n`, ""), ["missing-differentiator"], true],
    [
      "another company left in",
      (t) => t.replace("bei Nordlicht", "bei Polarstern"),
      ["company-missing", "other-company"],
      false,
    ],
    [
      "a misspelt company",
      (t) => t.replace("bei Nordlicht", "bei Nordlict"),
      ["company-missing", "company-misspelled"],
      false,
    ],
    ["the umlaut dropped from the name", (t) => t.replace("Frau Müller", "Frau Muller"), ["name-misspelled"], true],
    ["the umlaut written as ue", (t) => t.replace("Frau Müller", "Frau Mueller"), ["name-misspelled"], true],
    [
      "a generic greeting",
      (t) => t.replace("Sehr geehrte Frau Müller,", "Sehr geehrte Damen und Herren,"),
      ["generic-salutation"],
      true,
    ],
    [
      "addressed to the other interviewer",
      (t) => t.replace("Sehr geehrte Frau Müller,", "Sehr geehrter Herr Krüger,"),
      ["wrong-recipient"],
      false,
    ],
    ["a bracketed placeholder", (t) => t.replace("heute Nachmittag", "am [Datum]"), ["placeholder"], false],
    ["XXX", (t) => t.replace("mit 40 TB geleitet", "mit XXX TB geleitet"), ["placeholder"], false],
    ["a sample name", (t) => t.replace("Lena Schröder", "Max Mustermann"), ["placeholder"], false],
    ["a lower-case placeholder", (t) => t.replace("Lena Schröder", "[ihr name]"), ["placeholder"], false],
  ],
  interestSentence:
    "Nach unserem Austausch bin ich weiterhin sehr an der Stelle als Senior Data Engineer bei Nordlicht interessiert.",
  restatesInterest: [
    "Ich bin weiterhin sehr an der Stelle bei Nordlicht interessiert.",
    "Mein Interesse an der Position bei Nordlicht ist nach unserem Gespräch noch gewachsen.",
    "Die Aufgabe bei Nordlicht reizt mich sehr.",
    "Ich würde mich sehr freuen, Ihr Team bei Nordlicht zu verstärken.",
    "Ich würde sehr gern bei Nordlicht anfangen.",
    "Die Entwicklerstelle bei Nordlicht ist genau das, was ich mir wünsche.",
    "Ich bin nicht nur interessiert, sondern begeistert von der Rolle bei Nordlicht.",
    "Mein Interesse an Nordlicht ist ungebrochen.",
  ],
  doesNotRestateInterest: [
    "Nordlicht hat einen guten Eindruck gemacht. Ich freue mich darauf, von Ihnen zu hören.",
    "Ich bin nicht mehr an der Stelle bei Nordlicht interessiert.",
    "Ich möchte mich noch einmal herzlich für die Einladung in Ihr Team bei Nordlicht bedanken.",
    "Für Rückfragen stehe ich Ihnen und Ihrem Team bei Nordlicht gern zur Verfügung.",
    "Die Stelle bei Nordlicht wurde gut beschrieben.",
  ],
  thanksSentence: "vielen Dank für das freundliche und offene Gespräch heute Nachmittag.",
  thanks: [
    "herzlichen Dank für Ihre Zeit heute Nachmittag.",
    "ich bedanke mich für das offene Gespräch.",
    "danke für die Einladung.",
    "ich bin Ihnen sehr dankbar für das Gespräch.",
  ],
  differentiatorParagraph: paragraph(3),
  withoutOtherStrengths: (t) => t,
  differentiators: [
    "Was mich auszeichnet, ist meine Ruhe in der Rufbereitschaft.",
    "Ich bringe zehn Jahre Berufserfahrung im Datenbereich mit.",
    "Meine Kenntnisse in Kafka kann ich sofort einbringen.",
    "Ich bin überzeugt, dass ich gut in Ihr Team passe.",
  ],
  exampleParagraph: paragraph(2),
  exampleCues: [
    "Ein Beispiel, das ich im Gespräch nicht erwähnt habe, betrifft unsere Datenqualität.",
    "Zum Beispiel habe ich unsere Datenqualität messbar verbessert.",
    "Ich möchte noch ergänzen, dass ich Kafka gut kenne.",
    "Auf Ihre Frage nach der Datenqualität möchte ich gern zurückkommen.",
  ],
});

describe("German rules", () => {
  it.each([
    [["migration", "migrationen"], "migratio"],
    [["erfahrung", "erfahrungen"], "erfahrung"],
    [["geleitet", "leitete"], "leit"],
    [["ereignisse", "ereignissen"], "ereigni"],
  ])("stems %j to %s", (words, expected) => {
    for (const word of words) expect(german().stem(word)).toBe(expected);
  });

  it("finds a stem inside a compound", () => {
    expect(german().sameStem("migratio", "datenmigratio")).toBe(true);
    expect(german().sameStem("daten", "datum")).toBe(false);
  });

  it("compares a capitalised noun with a name as strictly as a word opening a sentence", () => {
    const input = { ...interviewDe, interviewers: [{ name: "Karin Weber" }] };
    const findings = checkNames(subjectOf("Die Leber der Gans. Frau Webr hat gefragt.", { input, language: "de" }));
    expect(findings.map((item) => item.message)).toEqual([expect.stringContaining('"Webr"')]);
  });

  it("does not read a company's genitive as a misspelling", () => {
    const subject = subjectOf("Ich kenne Nordlichts Datenplattform gut.", { input: interviewDe, language: "de" });
    expect(checkCompanies(subject).map((item) => item.code)).toEqual(["company-missing"]);
  });
});
