import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../../errors/afterview-error.js";
import { goodLetter, interview } from "../fixtures/interview.js";
import { goodLetterDe, goodLetterToJoergDe, interviewDe } from "../fixtures/letters-de.js";
import { goodLetterEs, goodLetterToAndresEs, interviewEs } from "../fixtures/letters-es.js";
import { goodLetterFr, goodLetterToFrancoisFr, interviewFr } from "../fixtures/letters-fr.js";
import { reviewDraft } from "../review-draft.js";
import { reviewDrafts } from "../review-drafts.js";
import { detectLanguage } from "./detect.js";

/** The tag of the language `detectLanguage` finds among the built-in ones, `"en"` for English. */
const tagOf = (text: string) => detectLanguage(text)?.tag ?? "en";

import { REVIEW_LANGUAGES } from "./types.js";

describe("detectLanguage", () => {
  it.each([
    ["en", goodLetter],
    ["de", goodLetterDe],
    ["de", goodLetterToJoergDe],
    ["fr", goodLetterFr],
    ["fr", goodLetterToFrancoisFr],
    ["es", goodLetterEs],
    ["es", goodLetterToAndresEs],
    ["de", "Vielen Dank für das Gespräch, ich bin sehr an der Stelle interessiert."],
    ["fr", "Je vous remercie pour cet échange, j'ai hâte de rejoindre l'équipe."],
    ["es", "Le agradezco mucho su tiempo y sigo muy interesada en el puesto."],
  ])("reads %s", (language, text) => {
    expect(tagOf(text)).toBe(language);
  });

  it.each([
    ["an empty draft", ""],
    ["a short draft", "Danke!"],
    ["a greeting alone", "Estimada Sra. Núñez:"],
    ["a tie", "und ich et je"],
    ["another language", "Grazie mille per il colloquio di oggi, sono molto interessata alla posizione."],
  ])("reads %s as English", (_name, text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });

  test.prop([fc.string({ unit: "binary", maxLength: 300 })])("never throws and names a language it reads", (text) => {
    expect(REVIEW_LANGUAGES).toContain(tagOf(text));
  });
});

/** Words of the four languages and some noise, for drafts of mixed language. */
const mixed = fc
  .array(
    fc.oneof(
      fc.string({ unit: "binary", maxLength: 8 }),
      fc.constantFrom(
        ...`Sehr geehrte Frau Müller Muller vielen Dank und ich bin sehr an der Stelle interessiert Nordlicht Nordlict
        Madame Lefèvre Lefevre je vous remercie j'ai hâte de rejoindre l'équipe d'Boréal Boréale motivée ne pas plus
        Estimada Sra. Núñez Nunez muchas gracias sigo muy interesado/a mi interés sigue intacto Altamar no
        [Firma] [Nom] [Empresa] XXX Mustermann Fulano por ejemplo par exemple zum Beispiel mi experiencia
        Dear thank you excited role Acme`.split(/\s+/),
        "\n\n",
        ", ",
        ". ",
        ":",
      ),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(" "));

describe("reviewDraft: the language option", () => {
  const inputs = { en: interview, de: interviewDe, fr: interviewFr, es: interviewEs };

  test.prop([mixed, fc.constantFrom("en", "de", "fr", "es") as fc.Arbitrary<keyof typeof inputs>])(
    "gives the same findings when told the language it would detect",
    (draft, which) => {
      const input = { ...inputs[which], language: undefined };
      const context = { input, recipient: input.interviewers[0], otherCompanies: ["Polarstern", "Globex"] };
      expect(reviewDraft(draft, { ...context, language: tagOf(draft) })).toEqual(reviewDraft(draft, context));
    },
  );

  test.prop([mixed, fc.constantFrom("en", "de-AT", "fr-CA", "es-MX")])(
    "never throws in any language, and every position slices to text inside the draft",
    (draft, language) => {
      const review = reviewDraft(draft, { input: interviewDe, recipient: interviewDe.interviewers[0], language });
      for (const item of review.findings) {
        if (!item.at) continue;
        expect(0 <= item.at.start && item.at.start < item.at.end && item.at.end <= draft.length).toBe(true);
        expect(draft.slice(item.at.start, item.at.end).trim()).not.toBe("");
      }
    },
  );

  it("takes the interview's language when the context gives none", () => {
    // A German letter read as English misses its thanks and interest.
    const input = { ...interviewDe, language: "en-GB" };
    const codes = reviewDraft(goodLetterDe, { input, recipient: input.interviewers[0] }).findings.map((f) => f.code);
    expect(codes).toContain("missing-thanks");
    expect(reviewDraft(goodLetterDe, { input, recipient: input.interviewers[0], language: "de" }).ok).toBe(true);
  });

  it("detects the draft's language when the interview's is one it does not read", () => {
    const input = { ...interviewDe, language: "it-IT" };
    expect(reviewDraft(goodLetterDe, { input, recipient: input.interviewers[0] })).toEqual({ findings: [], ok: true });
  });

  it.each([
    ["a malformed tag", "de_DE!", "invalid-language"],
    ["a language it does not read", "it", "unsupported-language"],
  ])("refuses %s, naming the field", (_name, language, code) => {
    try {
      reviewDraft(goodLetterDe, { input: interviewDe, language });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues.map((issue) => [issue.path, issue.code])).toEqual([
        ["language", code],
      ]);
    }
  });

  it("flags a greeting to no one in English too", () => {
    const draft = goodLetter.replace("Dear Ms. Whitfield,", "To whom it may concern,");
    const review = reviewDraft(draft, { input: interview, recipient: interview.interviewers[0] });
    expect(review.findings.map((item) => [item.code, draft.slice(item.at!.start, item.at!.end)])).toEqual([
      ["generic-salutation", "To whom it may concern"],
    ]);
  });

  it("compares a set of German letters without their titles and names", () => {
    const [anna, joerg] = interviewDe.interviewers as [{ name: string }, { name: string }];
    const toJoerg = goodLetterDe.replace("Sehr geehrte Frau Müller,", "Sehr geehrter Herr Krüger,");
    const result = reviewDrafts(
      [
        { recipient: anna, text: goodLetterDe },
        { recipient: joerg, text: toJoerg },
      ],
      { input: interviewDe },
    );
    expect(result.findings.map((item) => [item.code, item.drafts, item.overlap])).toEqual([
      ["identical-letters", [0, 1], 1],
    ]);
  });
});
