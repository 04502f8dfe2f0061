import { describe, expect, it } from "vitest";
import { describeLanguage } from "../fixtures/language-suite.js";
import { goodLetterEs, goodLetterToAndresEs, interviewEs } from "../fixtures/letters-es.js";
import { reviewDraft } from "../review-draft.js";
import { wordsOf } from "../text/words.js";
import { spanish } from "./es.js";

const paragraph = (index: number) => goodLetterEs.split("\n\n")[index]!;
const withoutBuiltTool = (t: string) => t.replace("desarrollé", "escribí");

describeLanguage({
  language: "Spanish",
  input: interviewEs,
  letters: [
    [goodLetterEs, 0],
    [goodLetterToAndresEs, 1],
  ],
  otherCompanies: ["Brújula Analítica"],
  edits: [
    [
      "no thanks",
      (t) =>
        t.replace(
          "Muchas gracias por la conversación de esta tarde y por el tiempo que me dedicó.",
          "La conversación de esta tarde fue muy útil.",
        ),
      ["missing-thanks"],
      false,
    ],
    [
      "no interest",
      (t) =>
        t.replace(
          "y salí de la entrevista con más ganas aún de incorporarme al equipo de Altamar como ingeniero de datos",
          "y Altamar me causó muy buena impresión",
        ),
      ["missing-interest"],
      true,
    ],
    ["no example", (t) => t.replace(`${paragraph(2)}\n\n`, ""), ["missing-example"], true],
    ["no strength", (t) => withoutBuiltTool(t.replace(`${paragraph(3)}\n\n`, "")), ["missing-differentiator"], true],
    [
      "another company left in",
      (t) => t.replace("equipo de Altamar", "equipo de Brújula"),
      ["company-missing", "other-company"],
      false,
    ],
    [
      "a misspelt company",
      (t) => t.replace("equipo de Altamar", "equipo de Altamr"),
      ["company-missing", "company-misspelled"],
      false,
    ],
    [
      "the accent and tilde dropped from the name",
      (t) => t.replace("Sra. Núñez", "Sra. Nunez"),
      ["name-misspelled"],
      true,
    ],
    [
      "a generic greeting",
      (t) => t.replace("Estimada Sra. Núñez:", "Estimados señores:"),
      ["generic-salutation"],
      true,
    ],
    [
      "a greeting to no one",
      (t) => t.replace("Estimada Sra. Núñez:", "A quien corresponda:"),
      ["generic-salutation"],
      true,
    ],
    [
      "addressed to the other interviewer",
      (t) => t.replace("Estimada Sra. Núñez:", "Estimado Sr. Ibáñez:"),
      ["wrong-recipient"],
      false,
    ],
    [
      "a bracketed placeholder",
      (t) => t.replace("equipo de Altamar", "equipo de [Empresa]"),
      ["company-missing", "placeholder"],
      false,
    ],
    ["a sample name", (t) => t.replace("Daniel Ortega", "Fulano de Tal"), ["placeholder"], false],
    ["XXX", (t) => t.replace("de 40 TB", "de XXX TB"), ["placeholder"], false],
  ],
  interestSentence:
    "y salí de la entrevista con más ganas aún de incorporarme al equipo de Altamar como ingeniero de datos",
  restatesInterest: [
    "y sigo muy interesado en el puesto en Altamar",
    "y sigo muy interesada. Altamar",
    "y mi interés por Altamar sigue intacto",
    "y me encantaría formar parte de su equipo en Altamar",
    "y me hace mucha ilusión la idea de incorporarme a Altamar",
    "y tengo muchas ganas de empezar a trabajar en Altamar",
    "y estoy deseando contribuir a los proyectos de Altamar",
    "y no solo me interesa el puesto, también me entusiasma Altamar",
  ],
  doesNotRestateInterest: [
    "y Altamar me causó muy buena impresión",
    "pero ya no estoy interesado en el puesto en Altamar",
    "y quisiera agradecer también al equipo de Altamar",
    "y la charla sobre Altamar fue interesante para todo el equipo",
  ],
  thanksSentence: "Muchas gracias por la conversación de esta tarde y por el tiempo que me dedicó.",
  thanks: [
    "Gracias por su tiempo.",
    "Le agradezco la entrevista de esta tarde.",
    "Quiero agradecerle su tiempo.",
    "Estoy muy agradecido por la oportunidad.",
  ],
  differentiatorParagraph: paragraph(3),
  withoutOtherStrengths: withoutBuiltTool,
  differentiators: [
    "Lo que me diferencia es la calma en las guardias.",
    "Tengo diez años de experiencia en plataformas de datos.",
    "Mi trayectoria con Kafka encaja con lo que buscan.",
    "Estoy convencida de que puedo aportar mucho al equipo.",
  ],
  exampleParagraph: paragraph(2),
  exampleCues: [
    "Un ejemplo que no mencioné: el panel de calidad de datos.",
    "Me gustaría añadir un detalle sobre la calidad de los datos.",
    "Cuando me preguntó por los incidentes, olvidé mencionar nuestro protocolo.",
    "Por ejemplo, reduje los incidentes a la mitad.",
  ],
});

describe("Spanish rules", () => {
  it.each([
    [["migración", "migrar", "migrado"], "migr"],
    [["herramienta", "herramientas"], "herramient"],
    [["datos", "dato"], "dat"],
  ])("stems %j to %s", (words, expected) => {
    for (const word of words) expect(spanish().stem(wordsOf(word)[0]!.fold)).toBe(expected);
  });

  it("keeps the name after a comma in the greeting", () => {
    const draft = goodLetterToAndresEs.replace("Hola, Andrés:", "Hola, Andres:");
    const review = reviewDraft(draft, { input: interviewEs, recipient: interviewEs.interviewers[1] });
    expect(review.findings.map((item) => item.code)).toEqual(["name-misspelled"]);
  });
});
