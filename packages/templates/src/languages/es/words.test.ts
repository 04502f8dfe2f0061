import { describe, expect, test } from "vitest";
import { es } from "./index.js";
import { surname, titleFor, words } from "./words.js";

const nov24 = { year: 2026, month: 11, day: 24 };

describe("dates, from our own tables", () => {
  test.each(["es-ES", "es-MX"] as const)("%s: long date and day with date, lower case", (locale) => {
    expect(words.longDate(nov24, locale)).toBe("24 de noviembre de 2026");
    expect(words.dayAndDate(nov24, locale)).toBe("martes 24 de noviembre");
    expect(words.weekday(nov24)).toBe("martes");
  });

  test("every weekday and month, accents included", () => {
    expect(words.dayAndDate({ year: 2026, month: 9, day: 2 }, "es-ES")).toBe("miércoles 2 de septiembre");
    expect(words.dayAndDate({ year: 2027, month: 1, day: 9 }, "es-ES")).toBe("sábado 9 de enero");
    expect(words.longDate({ year: 2027, month: 1, day: 1 }, "es-MX")).toBe("1 de enero de 2027");
  });
});

describe("lists: no comma before the last y, and e before an /i/ sound", () => {
  test.each([
    [[], undefined],
    [["Lucía"], "Lucía"],
    [["Lucía", "Javier"], "Lucía y Javier"],
    [["Lucía", "Javier", "Carmen"], "Lucía, Javier y Carmen"],
    [["Lucía", "Ignacio"], "Lucía e Ignacio"],
    [["Lucía", "Íñigo"], "Lucía e Íñigo"],
    [["la geografía", "la historia"], "la geografía y la historia"],
    [["geografía", "historia"], "geografía e historia"],
    [["el diseño", "hilos de eventos"], "el diseño e hilos de eventos"],
    [["el agua", "hielo"], "el agua y hielo"],
    [["el cobre", "hierro"], "el cobre y hierro"],
    [["la fibra", "hiato"], "la fibra y hiato"],
    [["Madrid, España", "Lyon, Francia", "Berlín"], "Madrid, España; Lyon, Francia; y Berlín"],
    [["usted", "Javier"], "usted y Javier"],
    [["un bono de $80,000", "más días", "trabajo remoto"], "un bono de $80,000, más días y trabajo remoto"],
  ] as const)("%j → %s", (items, expected) => {
    expect(words.list(items, "es-ES")).toBe(expected);
  });
});

describe("salutations never guess a gender", () => {
  const lucia = "Lucía Fernández Ortega";
  const cases = [
    // formal, with a form of address
    [{ name: lucia, formOfAddress: { kind: "ms" } }, "formal", "es-ES", "letter", "Estimada Sra. Fernández Ortega:"],
    [{ name: "Javier Ruiz", formOfAddress: { kind: "mr" } }, "formal", "es-ES", "email", "Estimado Sr. Ruiz:"],
    [
      { name: lucia, formOfAddress: { kind: "ms", title: "Dr." } },
      "formal",
      "es-ES",
      "letter",
      "Estimada Dra. Fernández Ortega:",
    ],
    [
      { name: lucia, formOfAddress: { kind: "ms", title: "Prof." } },
      "formal",
      "es-ES",
      "letter",
      "Estimada Prof.ª Fernández Ortega:",
    ],
    [
      { name: lucia, formOfAddress: { kind: "ms", title: "Prof." } },
      "formal",
      "es-MX",
      "letter",
      "Estimada Profa. Fernández Ortega:",
    ],
    [
      { name: "Javier Ruiz", formOfAddress: { kind: "mr", title: "Dr." } },
      "formal",
      "es-ES",
      "letter",
      "Estimado Dr. Ruiz:",
    ],
    [
      { name: "Mariana López Treviño", formOfAddress: { kind: "ms", title: "Lic." } },
      "formal",
      "es-MX",
      "email",
      "Estimada Lic. López Treviño:",
    ],
    [
      { name: "Rodrigo Salas", formOfAddress: { kind: "mr", title: "Ing." } },
      "formal",
      "es-MX",
      "email",
      "Estimado Ing. Salas:",
    ],
    // formal, neutral
    [{ name: "Alex Morgan", formOfAddress: { kind: "mx" } }, "formal", "es-ES", "letter", "Buenos días, Alex Morgan:"],
    [{ name: "Alex Morgan", formOfAddress: { kind: "none" } }, "formal", "es-MX", "email", "Buenos días, Alex Morgan:"],
    [{ name: "Alex Morgan" }, "formal", "es-ES", "email", "Buenos días, Alex Morgan:"],
    [
      { name: "Alex Morgan", formOfAddress: { kind: "mx", title: "Dr." } },
      "formal",
      "es-ES",
      "letter",
      "Buenos días, Dr. Alex Morgan:",
    ],
    // warm
    [{ name: lucia, formOfAddress: { kind: "ms" } }, "warm", "es-ES", "letter", "Estimada Lucía:"],
    [
      { name: "Javier Ruiz", formOfAddress: { kind: "mr", title: "Dr." } },
      "warm",
      "es-MX",
      "email",
      "Estimado Javier:",
    ],
    [{ name: "Alex Morgan" }, "warm", "es-ES", "email", "Buenos días, Alex:"],
    [{ name: "Alex Morgan", formOfAddress: { kind: "mx" } }, "warm", "es-MX", "note", "Buenos días, Alex:"],
    // brief
    [{ name: lucia, formOfAddress: { kind: "ms" } }, "brief", "es-ES", "email", "Hola, Lucía:"],
    [{ name: "Alex Morgan" }, "brief", "es-MX", "note", "Hola, Alex:"],
    [{ name: lucia, formOfAddress: { kind: "ms" } }, "brief", "es-ES", "letter", "Estimada Lucía:"],
    [{ name: "Alex Morgan" }, "brief", "es-ES", "letter", "Buenos días, Alex:"],
    // no name: never "Estimados señores"
    [{}, "formal", "es-ES", "letter", "Buenos días:"],
    [{ title: "Directora de Ingeniería" }, "warm", "es-MX", "email", "Buenos días:"],
    [{ formOfAddress: { kind: "ms" } }, "brief", "es-ES", "email", "Buenos días:"],
  ] as const;

  test.each(cases)("%j, %s, %s, %s → %s", (person, tone, locale, kind, expected) => {
    expect(words.salutation(person, tone, locale, kind)).toBe(expected);
  });

  test("every greeting ends with a colon, and none uses a slash form", () => {
    for (const [person, tone, locale, kind] of cases) {
      const line = words.salutation(person, tone, locale, kind);
      expect(line.endsWith(":")).toBe(true);
      expect(line).not.toMatch(/\/|Estimados señores/u);
    }
  });

  test("a name alone never gets a gendered word", () => {
    for (const tone of ["warm", "formal", "brief"] as const) {
      for (const kind of ["letter", "email", "note"] as const) {
        expect(words.salutation({ name: "Lucía Fernández" }, tone, "es-ES", kind)).not.toMatch(/Estimad|Sr\.|Sra\./u);
      }
    }
  });
});

describe("surnames and titles", () => {
  test.each([
    ["Lucía Fernández", "Fernández"],
    ["Lucía Fernández Ortega", "Fernández Ortega"],
    ["María José Fernández Ortega", "Fernández Ortega"],
    ["Ana de la Fuente Ruiz", "de la Fuente Ruiz"],
    ["Madonna", "Madonna"],
  ])("%s → %s", (name, expected) => {
    expect(surname(name)).toBe(expected);
  });

  test("titles take their feminine form only for ms", () => {
    expect(titleFor("Dr.", "ms", "es-ES")).toBe("Dra.");
    expect(titleFor("Prof. Dr.", "ms", "es-ES")).toBe("Prof.ª Dra.");
    expect(titleFor("Dr.", "mr", "es-ES")).toBe("Dr.");
    expect(titleFor("Ing.", "ms", "es-MX")).toBe("Ing.");
  });
});

describe("closings per country", () => {
  test.each([
    ["formal", "es-ES", "Atentamente,"],
    ["formal", "es-MX", "Atentamente,"],
    ["warm", "es-ES", "Un cordial saludo,"],
    ["warm", "es-MX", "Saludos cordiales,"],
    ["brief", "es-ES", "Saludos,"],
    ["brief", "es-MX", "Saludos,"],
  ] as const)("%s, %s → %s", (tone, locale, expected) => {
    expect(words.closing({ name: "Lucía Fernández" }, tone, locale, "email")).toBe(expected);
  });
});

describe("offer words", () => {
  test("levers as noun phrases with their article", () => {
    expect(words.lever({ kind: "sign-on-bonus", amount: "7500 €" }, "es-ES")).toBe(
      "un bono de incorporación de 7500 €",
    );
    expect(words.lever({ kind: "pto-days" }, "es-MX")).toBe("más días de vacaciones");
    expect(words.lever({ kind: "review-timing", months: 6 }, "es-ES")).toBe("una revisión salarial a los 6 meses");
    expect(words.lever({ kind: "remote" }, "es-ES")).toBe("algunos días de teletrabajo");
    expect(words.lever({ kind: "remote" }, "es-MX")).toBe("algunos días de trabajo remoto");
    expect(words.lever({ kind: "company-car" }, "es-ES")).toBeUndefined();
  });

  test("terms", () => {
    expect(words.terms.base("45.000 €", "year")).toBe("Salario base: 45.000 € al año");
    expect(words.terms.base("$350", "hour")).toBe("Salario base: $350 por hora");
    expect(words.terms.signOnBonus("7500 €", "es-ES")).toBe("Bono de incorporación: 7500 €");
    expect(words.terms.equity("20.000 €", 0)).toBe("Acciones: 20.000 €, consolidadas desde el primer día");
    expect(words.terms.equity("20.000 €", 1)).toBe("Acciones: 20.000 €, que se consolidan en 1 año");
    expect(words.terms.paidLeave(23, "es-ES")).toBe("Vacaciones: 23 días al año");
    expect(words.terms.startDate("11 de enero de 2027", "es-ES")).toBe("Fecha de incorporación: 11 de enero de 2027");
    expect(words.terms.startDate("11 de enero de 2027", "es-MX")).toBe("Fecha de ingreso: 11 de enero de 2027");
  });

  test("the address block's first line: Sra. and Sr. only when the person says so", () => {
    expect(words.postalName("Lucía Fernández Ortega", { kind: "ms" }, "es-ES")).toBe("Sra. Lucía Fernández Ortega");
    expect(words.postalName("Lucía Fernández Ortega", { kind: "ms", title: "Dr." }, "es-ES")).toBe(
      "Dra. Lucía Fernández Ortega",
    );
    expect(words.postalName("Andrés Molina", { kind: "mr" }, "es-MX")).toBe("Sr. Andrés Molina");
    expect(words.postalName("Andrés Molina", undefined, "es-ES")).toBe("Andrés Molina");
    expect(words.postalName(undefined, undefined, "es-ES")).toBe("Departamento de Selección");
  });
});

describe("the recipients call's checks", () => {
  test("about the person on the phone or someone else", () => {
    expect(words.checks.who({ self: true, index: 0 })).toBe("Usted");
    expect(words.checks.who({ self: false, name: "Javier Ruiz", index: 1 })).toBe("Javier Ruiz");
    expect(words.checks.who({ self: false, title: "Jefa de Datos", index: 1 })).toBe(
      "Quien ocupa el puesto de Jefa de Datos",
    );
    expect(words.checks.who({ self: false, index: 1 })).toBe("La segunda persona con la que me entrevisté");
    expect(words.checks.spelled(false, "J-A-V-I-E-R")).toBe("cómo se escribe el nombre (lo tengo como J-A-V-I-E-R)");
  });
});

describe("country names", () => {
  test("in Spanish, upper case; the code when unknown", () => {
    expect(words.countryName("ES")).toBe("ESPAÑA");
    expect(words.countryName("MX")).toBe("MÉXICO");
    expect(words.countryName("ZZZ")).toBe("ZZZ");
  });
});

describe("adapt", () => {
  test("es-ES is left as written", () => {
    const source = "¡Enhorabuena! Tenga a mano un bolígrafo.";
    expect(es.adapt(source, "es-ES")).toBe(source);
  });

  test("es-MX swaps Spain's words in the prose, with their articles and capitals", () => {
    expect(es.adapt("¡Enhorabuena! Tenga a mano esta lista y un bolígrafo.", "es-MX")).toBe(
      "¡Felicidades! Tenga a mano esta lista y una pluma.",
    );
    expect(es.adapt("Apunte su fecha de incorporación.", "es-MX")).toBe("Apunte su fecha de ingreso.");
  });

  test("es-MX leaves every tag alone", () => {
    expect(es.adapt("{{enhorabuena}} y {{#el móvil}}enhorabuena{{/el móvil}}", "es-MX")).toBe(
      "{{enhorabuena}} y {{#el móvil}}felicidades{{/el móvil}}",
    );
  });
});

describe("the pack", () => {
  test("every template id in every tone, with the same sections as the English files", () => {
    for (const [id, tones] of Object.entries(es.sources)) {
      for (const [tone, source] of Object.entries(tones)) {
        expect(source, `${id} ${tone}`).toContain("--- body");
        expect(source, `${id} ${tone}`).not.toMatch(/\{\{#?aside/u);
      }
    }
    expect(Object.keys(es.sources)).toHaveLength(15);
    expect(es.locales).toEqual(["es-ES", "es-MX"]);
  });
});
