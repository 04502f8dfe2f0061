import { describe, expect, it } from "vitest";
import { createPlan } from "../plan/create-plan.js";
import type { InterviewInput } from "../schema/interview-input.js";
import { testInput } from "./test-input.js";

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
