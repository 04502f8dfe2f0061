import { describe, expect, it } from "vitest";
import { businessCalendar } from "../../calendar/business-calendar.js";
import { AfterviewValidationError } from "../../errors/afterview-error.js";
import { builtInLanguages as browserBuiltIns } from "../../languages/built-in.browser.js";
import { createPlan } from "../../plan/create-plan.js";
import { sampleInterview } from "../../plan/test-fixtures.js";
import { detectTimeMention } from "../mention.js";
import { parseDecisionTimeline } from "../parse.js";
import { timelineLanguage } from "./choose.js";
import { countryLanguage } from "./country.js";

const BERLIN = "2026-12-17T16:00:00+01:00[Europe/Berlin]";
const PARIS = "2027-03-24T10:00:00+01:00[Europe/Paris]";
const MADRID = "2026-12-17T13:00:00+01:00[Europe/Madrid]";
const de = { calendar: businessCalendar({ country: "DE", region: "BY" }), language: "de-DE" };
const fr = { calendar: businessCalendar({ country: "FR" }), language: "fr" };
const es = { calendar: businessCalendar({ country: "ES", region: "MD" }), language: "es-ES" };

const window = (text: string, reference: string, options: object) => {
  const t = parseDecisionTimeline(text, reference, options);
  return t && [t.earliest, t.latest];
};

describe("the issue's phrasings, Thursday 17 December 2026 in Bavaria / Madrid, Wednesday 24 March 2027 in Paris", () => {
  it.each([
    ["in zwei bis drei Werktagen", BERLIN, de, ["2026-12-21", "2026-12-22"]],
    ["bis Ende nächster Woche", BERLIN, de, ["2026-12-18", "2026-12-24"]],
    ["vor Weihnachten", BERLIN, de, ["2026-12-18", "2026-12-24"]],
    ["Anfang des neuen Jahres", BERLIN, de, ["2027-01-04", "2027-01-08"]],
    ["in der KW 2", BERLIN, de, ["2027-01-11", "2027-01-15"]],
    ["erst nach Ostern", BERLIN, de, ["2027-03-30", "2027-04-05"]],
    ["d'ici la fin de la semaine prochaine", PARIS, fr, ["2027-03-25", "2027-04-02"]],
    ["sous quinzaine", PARIS, fr, ["2027-03-25", "2027-04-08"]],
    ["après les fêtes", PARIS, fr, ["2028-01-03", "2028-01-07"]],
    ["en los próximos días", MADRID, es, ["2026-12-18", "2026-12-22"]],
    ["antes de Navidad", MADRID, es, ["2026-12-18", "2026-12-24"]],
    ["a finales de mes", MADRID, es, ["2026-12-21", "2026-12-31"]],
    ["después de Reyes", MADRID, es, ["2027-01-07", "2027-01-13"]],
  ])("%s", (text, reference, options, expected) => {
    expect(window(text, reference, options)).toEqual(expected);
  });

  it("reads vague words as no time, and tells them from unread ones", () => {
    expect(parseDecisionTimeline("Wir melden uns zeitnah.", BERLIN, de)).toBeNull();
    expect(parseDecisionTimeline("Nous reviendrons vers vous prochainement.", PARIS, fr)).toBeNull();
    expect(parseDecisionTimeline("Te llamaremos pronto.", MADRID, es)).toBeNull();
    expect(detectTimeMention("Wir melden uns zeitnah.", { language: "de" })).toBeNull();
    expect(detectTimeMention("Es kann eine Weile dauern.", { language: "de" })?.text).toBe("eine Weile");
    expect(detectTimeMention("te informaremos en [X] días", { language: "es" })).not.toBeNull();
  });
});

describe("options.language", () => {
  it("reads English without it, and for a language core has no rules for", () => {
    expect(window("in zwei Wochen", BERLIN, { calendar: de.calendar })).toBeNull();
    expect(window("within two days", BERLIN, { calendar: de.calendar, language: "it-IT" })).toEqual([
      "2026-12-18",
      "2026-12-21",
    ]);
  });

  it("refuses a malformed tag with the field named", () => {
    const error = (() => {
      try {
        parseDecisionTimeline("in zwei Wochen", BERLIN, { language: "deutsch!" });
      } catch (e) {
        return e as AfterviewValidationError;
      }
    })();
    expect(error).toBeInstanceOf(AfterviewValidationError);
    expect(error?.issues[0]).toMatchObject({ path: "options.language", code: "invalid-language" });
  });

  it("in the browser build, names the registration line for a language the app has not registered", () => {
    expect(timelineLanguage("it", "options.language", browserBuiltIns)).toBeUndefined();
    try {
      timelineLanguage("fr-CA", "options.language", browserBuiltIns);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AfterviewValidationError);
      const issue = (e as AfterviewValidationError).issues[0];
      expect(issue?.path).toBe("options.language");
      expect(issue?.code).toBe("language-not-registered");
      expect(issue?.message).toBe(
        'asks for French ("fr-CA"), but this build reads French timelines only once the app registers the language:\n' +
          '  import { fr, registerLanguage } from "@afterview/core/languages";\n' +
          "  registerLanguage(fr);",
      );
    }
  });
});

describe("createPlan reads the stated timeline in the company's language", () => {
  const germanCompany = () => {
    const input = sampleInterview();
    input.company = { name: "Beispiel GmbH", timeZone: "Europe/Berlin", country: "DE", region: "BY" };
    input.start = "2026-12-17T14:00:00+01:00[Europe/Berlin]";
    input.end = "2026-12-17T15:00:00+01:00[Europe/Berlin]";
    return input;
  };
  const now = { now: "2026-12-17T16:00:00+01:00[Europe/Berlin]" };

  it("German by the country, English when German finds nothing, and input.language first", () => {
    const input = germanCompany();
    input.statedTimeline = "Wir melden uns in zwei Wochen.";
    expect(createPlan(input, now).decision).toMatchObject({ source: "stated", earliest: "2027-01-04" });
    input.statedTimeline = "We'll decide within two days";
    expect(createPlan(input, now).decision).toMatchObject({ source: "stated", latest: "2026-12-21" });
    input.statedTimeline = "Respuesta antes de Navidad";
    input.language = "es";
    expect(createPlan(input, now).decision).toMatchObject({ source: "stated", latest: "2026-12-24" });
  });

  it("marks German words it cannot read as unread", () => {
    const input = germanCompany();
    input.statedTimeline = "Das kann eine Weile dauern.";
    expect(createPlan(input, now).decision.source).toBe("unread");
  });

  it("knows each country's main language", () => {
    expect(countryLanguage("AT")).toBe("de");
    expect(countryLanguage("CA", "QC")).toBe("fr");
    expect(countryLanguage("CA", "ON")).toBe("en");
    expect(countryLanguage("CH", "GE")).toBe("fr");
    expect(countryLanguage("MX")).toBe("es");
    expect(countryLanguage("US")).toBe("en");
  });
});
