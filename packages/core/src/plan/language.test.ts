import { describe, expect, it } from "vitest";
import type { InterviewInput } from "../schema/interview-input.js";
import { testInput } from "../thank-you/test-input.js";
import { applyEvent } from "./apply-event.js";
import { createPlan } from "./create-plan.js";

const abroad = (company: Partial<InterviewInput["company"]>, language?: string): InterviewInput => {
  const input = testInput();
  const moved = { ...input, company: { ...input.company, address: undefined, region: undefined, ...company } };
  return language === undefined ? moved : { ...moved, language };
};

const proposal = (input: InterviewInput) =>
  createPlan(input, { now: input.end }).thankYou.why.find((reason) => reason.rule === "thank-you.language");

describe("the letters' language: proposed from the company's country, never switched to", () => {
  it.each([
    [{ name: "Nordlicht GmbH", country: "DE", timeZone: "Europe/Berlin" }, "German", "de"],
    [{ name: "Atelier Rhône", country: "FR", timeZone: "Europe/Paris" }, "French", "fr"],
    [{ name: "Érable Inc.", country: "CA", region: "QC", timeZone: "America/Toronto" }, "French", "fr"],
    [{ name: "Meseta S.L.", country: "ES", timeZone: "Europe/Madrid" }, "Spanish", "es"],
    [{ name: "Norte S.A.", country: "MX", timeZone: "America/Mexico_City" }, "Spanish", "es"],
  ])("%o: proposes %s", (company, name, code) => {
    expect(proposal(abroad(company))?.text).toBe(
      `${name} is the main language where ${company.name} is: to write the letters in ${name}, set the interview's language to "${code}"; until then they are in English.`,
    );
  });

  it("says nothing once the interview names a language, or where English is the main language", () => {
    expect(
      proposal(abroad({ name: "Nordlicht GmbH", country: "DE", timeZone: "Europe/Berlin" }, "en")),
    ).toBeUndefined();
    expect(
      proposal(abroad({ name: "Nordlicht GmbH", country: "DE", timeZone: "Europe/Berlin" }, "de-DE")),
    ).toBeUndefined();
    expect(proposal(testInput())).toBeUndefined();
    expect(
      proposal(abroad({ name: "Maple Ltd", country: "CA", region: "ON", timeZone: "America/Toronto" })),
    ).toBeUndefined();
  });
});

describe("a person's form of address travels with the plan", () => {
  it("is kept on the plan's recipients and on the actions addressed to them", () => {
    const input = testInput({
      interviewers: [
        { name: "Katrin Vogel", email: "k@nordlicht.example", formOfAddress: { kind: "ms", title: "Dr." } },
        { name: "Jonas Becker", email: "j@nordlicht.example", formOfAddress: { kind: "none" } },
      ],
    });
    const plan = createPlan(input, { now: input.end });
    expect(plan.thankYou.recipients.map((person) => person.formOfAddress)).toEqual([
      { kind: "ms", title: "Dr." },
      { kind: "none" },
    ]);
    const sends = plan.actions.filter((action) => action.kind === "send-thank-you");
    expect(sends.map((action) => action.to?.formOfAddress)).toEqual([{ kind: "ms", title: "Dr." }, { kind: "none" }]);
  });
});

describe("a timeline heard later is read in the interview's language", () => {
  const lyon = {
    ...abroad({ name: "Atelier Rhône", country: "FR", timeZone: "Europe/Paris" }),
    start: "2026-11-24T14:00:00+01:00[Europe/Paris]",
    end: "2026-11-24T15:00:00+01:00[Europe/Paris]",
  };
  const heard = (input: InterviewInput, text: string) => {
    const plan = createPlan(input, { now: input.end });
    const at = "2026-11-26T10:00:00+01:00[Europe/Paris]";
    return applyEvent(plan, { id: "t1", type: "timeline-updated", at, text }, { now: at }).decision;
  };

  it("keeps the language in the plan and reads a French sentence after a call", () => {
    const input = { ...lyon, language: "fr-FR" };
    expect(createPlan(input, { now: input.end }).context.language).toBe("fr-FR");
    expect(heard(input, "Nous vous répondrons d'ici la fin de la semaine prochaine")).toMatchObject({
      source: "stated",
      latest: "2026-12-04",
    });
  });

  it("without a language, reads it in the main language of the company's country", () => {
    expect(heard(lyon, "Nous vous répondrons d'ici la fin de la semaine prochaine")).toMatchObject({
      source: "stated",
      latest: "2026-12-04",
    });
  });
});
