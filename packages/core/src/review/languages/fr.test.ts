import { describe, expect, it } from "vitest";
import { checkCompanies } from "../checks/companies.js";
import { describeLanguage } from "../fixtures/language-suite.js";
import { goodLetterFr, goodLetterToFrancoisFr, interviewFr } from "../fixtures/letters-fr.js";
import { subjectOf } from "../fixtures/subject.js";
import { reviewDraft } from "../review-draft.js";
import { wordsOf } from "../text/words.js";
import { french } from "./fr.js";

const paragraph = (index: number) => goodLetterFr.split("\n\n")[index]!;
const withoutBuiltTool = (t: string) => t.replace("j'ai conçu", "j'ai écrit");

describeLanguage({
  language: "French",
  input: interviewFr,
  letters: [
    [goodLetterFr, 0],
    [goodLetterToFrancoisFr, 1],
  ],
  otherCompanies: ["Lumière Analytique"],
  edits: [
    [
      "no thanks",
      (t) =>
        t.replace(
          "Je vous remercie pour notre entretien de cet après-midi et pour le temps que vous m'avez consacré.",
          "Notre entretien de cet après-midi a été riche.",
        ),
      ["missing-thanks"],
      false,
    ],
    [
      "no interest",
      (t) =>
        t.replace(
          "et je suis plus que jamais motivée à l'idée de rejoindre l'équipe de Boréal",
          "et Boréal m'a fait bonne impression",
        ),
      ["missing-interest"],
      true,
    ],
    ["no example", (t) => t.replace(`${paragraph(2)}\n\n`, ""), ["missing-example"], true],
    ["no strength", (t) => withoutBuiltTool(t.replace(`${paragraph(3)}\n\n`, "")), ["missing-differentiator"], true],
    [
      "another company left in",
      (t) => t.replace("l'équipe de Boréal", "l'équipe de Lumière"),
      ["company-missing", "other-company"],
      false,
    ],
    [
      "a misspelt company",
      (t) => t.replace("l'équipe de Boréal", "l'équipe de Boréale"),
      ["company-missing", "company-misspelled"],
      false,
    ],
    [
      "the accent dropped from the name",
      (t) => t.replace("Madame Lefèvre,", "Madame Lefevre,"),
      ["name-misspelled"],
      true,
    ],
    ["a generic greeting", (t) => t.replace("Madame Lefèvre,", "Madame, Monsieur,"), ["generic-salutation"], true],
    [
      "addressed to the other interviewer",
      (t) => t.replace("Madame Lefèvre,", "Monsieur Martin,"),
      ["wrong-recipient"],
      false,
    ],
    ["a bracketed placeholder", (t) => t.replace("Madame Lefèvre,", "Madame [Nom],"), ["placeholder"], false],
    ["a lower-case placeholder", (t) => t.replace("Camille Durand", "[votre nom]"), ["placeholder"], false],
    ["XXX", (t) => t.replace("de 40 To", "de XXX To"), ["placeholder"], false],
  ],
  interestSentence: "et je suis plus que jamais motivée à l'idée de rejoindre l'équipe de Boréal",
  restatesInterest: [
    "et je reste très motivé par ce poste chez Boréal",
    "et je reste très motivée. Boréal",
    "et ce poste chez Boréal m'intéresse beaucoup",
    "et j'ai hâte de rejoindre votre équipe chez Boréal",
    "et ma motivation pour Boréal reste entière",
    "et je serais ravie de contribuer aux projets de Boréal",
    "et je suis plus que jamais intéressé par cette opportunité chez Boréal",
    "et je n'ai qu'une envie : rejoindre Boréal",
  ],
  doesNotRestateInterest: [
    "et Boréal m'a fait bonne impression. J'ai hâte de recevoir votre réponse",
    "mais je ne suis plus intéressée par ce poste chez Boréal",
    "et je souhaite remercier toute l'équipe de Boréal",
    "et le poste chez Boréal m'a semblé intéressant",
  ],
  thanksSentence: "Je vous remercie pour notre entretien de cet après-midi et pour le temps que vous m'avez consacré.",
  thanks: [
    "Merci pour votre temps.",
    "Je vous remercie de m'avoir reçue.",
    "Je vous suis reconnaissante pour cet échange.",
    "Un grand merci pour l'entretien.",
  ],
  differentiatorParagraph: paragraph(3),
  withoutOtherStrengths: withoutBuiltTool,
  differentiators: [
    "Ce qui me distingue, c'est mon calme en astreinte.",
    "Forte de dix ans d'expérience, je connais bien ces enjeux.",
    "Mes compétences en Kafka seraient un atout.",
    "Je suis convaincue que je peux apporter beaucoup à l'équipe.",
  ],
  exampleParagraph: paragraph(2),
  exampleCues: [
    "Voici un exemple que je n'ai pas eu l'occasion de donner\u202f: notre tableau de bord qualité.",
    "Je souhaiterais ajouter un point sur la qualité des données.",
    "Vous m'avez demandé comment je gère les incidents\u202f: par un protocole écrit.",
    "Par exemple, j'ai réduit nos incidents de moitié.",
  ],
});

describe("French rules", () => {
  it("reads elided particles as words of their own, with their positions", () => {
    const text = "l’équipe d'Acme qu'il aujourd'hui";
    const words = wordsOf(text, french().elisions);
    expect(words.map((word) => word.fold)).toEqual(["l'", "equipe", "d'", "acme", "qu'", "il", "aujourd'hui"]);
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
  });

  it("finds a company named after an elided particle", () => {
    const input = { ...interviewFr, company: { ...interviewFr.company, name: "Orbital SAS" } };
    const subject = subjectOf("J'ai hâte de rejoindre l'équipe d'Orbital.", { input, language: "fr" });
    expect(checkCompanies(subject)).toEqual([]);
  });

  it.each([
    [["migration", "migrations", "migré", "migrer"], "migr"],
    [["donnée", "données"], "donn"],
    [["événements", "événement"], "even"],
  ])("stems %j to %s", (words, expected) => {
    for (const word of words) expect(french().stem(wordsOf(word)[0]!.fold)).toBe(expected);
  });

  it("reads a missing cedilla as a misspelling of the name", () => {
    const draft = goodLetterToFrancoisFr.replace("Bonjour François,", "Bonjour Francois,");
    const review = reviewDraft(draft, { input: interviewFr, recipient: interviewFr.interviewers[1] });
    expect(review.findings.map((item) => [item.code, draft.slice(item.at!.start, item.at!.end)])).toEqual([
      ["name-misspelled", "Francois"],
    ]);
  });
});
