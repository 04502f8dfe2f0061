import {
  AfterviewValidationError,
  applyEvent,
  type InterviewInput,
  type Plan,
  parseInterviewInput,
  parsePlan,
} from "@afterview/core";
import Mustache from "mustache";
import { describe, expect, test } from "vitest";
import { planFor, richInput, richNegotiation, richOffer, sparseInput } from "../internal/test-fixtures.js";
import { compose } from "./compose.js";

const plan = planFor(richInput);
const [dana, marek] = richInput.interviewers;

function issuesOf(run: () => unknown): { path: string; code: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewValidationError);
    return (error as AfterviewValidationError).issues.map(({ path, code }) => ({ path, code }));
  }
  throw new Error("expected a validation error");
}

describe("compose", () => {
  test("its TSDoc example", () => {
    const letter = compose("thank-you/email", { input: richInput, plan, recipient: dana, tone: "warm" });
    expect(letter.salutation).toBe("Dear Dana,");
    expect(letter.blocks[0]).toEqual({
      type: "paragraph",
      text: "I really enjoyed our talk about the warehouse migration and on-call load on the data team. Thank you for meeting with me on Tuesday. I came away even more sure that I want to be the Senior Data Engineer at Acme Corp.",
    });
    expect(compose("thank-you/letter", { input: richInput, plan, locale: "en-GB" }).date).toBe("24 November 2026");
  });

  test.each([
    ["formal, en-US, with a courtesy title", "formal", "en-US", "Ms", "Dear Ms. Whitfield:", "Sincerely,"],
    ["formal, en-GB, with a courtesy title", "formal", "en-GB", "Ms.", "Dear Ms Whitfield,", "Yours sincerely,"],
    [
      "formal, en-US, no title given: the full name",
      "formal",
      "en-US",
      undefined,
      "Dear Dana Whitfield:",
      "Sincerely,",
    ],
    ["formal, en-GB, Dr", "formal", "en-GB", "Dr", "Dear Dr Whitfield,", "Yours sincerely,"],
    ["warm: the first name, even with a title", "warm", "en-US", "Ms", "Dear Dana,", "Warm regards,"],
    ["warm, en-GB", "warm", "en-GB", undefined, "Dear Dana,", "Kind regards,"],
    ["brief email", "brief", "en-US", undefined, "Hi Dana,", "Best,"],
    ["brief email, en-GB", "brief", "en-GB", undefined, "Hi Dana,", "Best wishes,"],
  ] as const)("greeting and closing: %s", (_name, tone, locale, honorific, salutation, closing) => {
    const doc = compose("thank-you/email", { input: richInput, plan, recipient: dana, tone, locale, honorific });
    expect([doc.salutation, doc.closing]).toEqual([salutation, closing]);
  });

  test("a letter to someone whose name is unknown greets their title, else the hiring team, and signs off faithfully in en-GB", () => {
    const titled = compose("thank-you/letter", {
      input: richInput,
      plan,
      recipient: { title: "Head of Data" },
      locale: "en-GB",
    });
    expect([titled.salutation, titled.closing]).toEqual(["Dear Head of Data,", "Yours faithfully,"]);
    const unknown = compose("thank-you/letter", { input: richInput, plan, recipient: {}, locale: "en-US" });
    expect([unknown.salutation, unknown.to?.lines[0]]).toEqual(["Dear Hiring Team:", "Hiring Team"]);
  });

  test("the locale follows the candidate's country unless given", () => {
    expect(compose("thank-you/email", { input: richInput, plan }).locale).toBe("en-US");
    const sparse = compose("thank-you/email", { input: sparseInput, plan: planFor(sparseInput) });
    expect(sparse.locale).toBe("en-GB");
    expect(compose("thank-you/email", { input: richInput, plan, locale: "en-GB" }).locale).toBe("en-GB");
  });

  test("the posted letter defaults to the formal tone, the rest to warm", () => {
    expect(compose("thank-you/letter", { input: richInput, plan }).salutation).toBe("Dear Dana Whitfield:");
    expect(compose("thank-you/note", { input: richInput, plan }).salutation).toBe("Dear Dana,");
  });

  test("British spelling in our prose, never in the caller's words", () => {
    const input = { ...richInput, company: { ...richInput.company, name: "Color Organization Inc" } };
    const doc = compose("thank-you/email", { input, plan: planFor(input), tone: "formal", locale: "en-GB" });
    const text = JSON.stringify(doc);
    expect(text).toContain("To summarise");
    expect(text).toContain("Color Organization Inc");
    expect(JSON.stringify(compose("thank-you/email", { input, plan: planFor(input), tone: "formal" }))).toContain(
      "To summarize",
    );
  });

  test("a letter carries both address blocks in the style of their country; an email only names", () => {
    const letter = compose("thank-you/letter", { input: richInput, plan, recipient: marek });
    expect(letter.from?.lines).toEqual(["Alex Morgan", "1640 N Damen Ave", "Apt 3", "Chicago, IL 60647"]);
    expect(letter.to?.lines).toEqual([
      "Marek Szczepański",
      "Staff Data Engineer",
      "Acme Corp",
      "200 Park Ave",
      "Floor 31",
      "New York, NY 10166",
    ]);
    const email = compose("thank-you/email", { input: richInput, plan, recipient: dana });
    expect(email.to).toEqual({
      name: "Dana Whitfield",
      email: "dana.whitfield@acme.example",
      lines: ["Dana Whitfield"],
    });
    expect(email.date).toBeUndefined();
  });

  test("an international letter ends the recipient's address with the country's name", () => {
    const input = {
      ...richInput,
      company: {
        ...richInput.company,
        address: { lines: ["Unter den Linden 1"], locality: "Berlin", postalCode: "10117", country: "DE" },
      },
    };
    const letter = compose("thank-you/letter", { input, plan: planFor(input) });
    expect(letter.to?.lines.slice(-2)).toEqual(["10117 Berlin", "GERMANY"]);
  });

  test("the missed example and strengths drop out whole when the notes are empty", () => {
    const input = { ...richInput, notes: { missedExample: "  ", strengths: [] } };
    const doc = compose("thank-you/letter", { input, plan: planFor(input), recipient: dana });
    expect(doc.blocks.map((block) => block.type)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(JSON.stringify(doc.blocks)).not.toMatch(/example|bring/u);
  });

  test("offer templates read the offer from the plan, or from the context", () => {
    const withOffer = applyEvent(
      plan,
      { type: "offer-received", id: "o", at: "2026-12-02T10:00:00-05:00[America/New_York]", offer: richOffer },
      { now: "2026-12-02T10:00:00-05:00[America/New_York]" },
    );
    const fromPlan = compose("offer/acceptance", { input: richInput, plan: withOffer });
    const fromContext = compose("offer/acceptance", { input: richInput, plan, offer: richOffer });
    expect(fromPlan.blocks).toEqual(fromContext.blocks);
    expect(fromPlan.blocks[2]).toMatchObject({
      type: "list",
      items: expect.arrayContaining(["Base salary: $95,000 a year"]),
    });
  });

  test("the negotiation email asks for the base only when the salary is open", () => {
    const open = compose("offer/negotiation-email", {
      input: richInput,
      plan,
      offer: richOffer,
      negotiation: richNegotiation,
    });
    expect(JSON.stringify(open.blocks)).toContain("$108,000");
    const fixed = compose("offer/negotiation-email", {
      input: richInput,
      plan,
      offer: { ...richOffer, salaryFixed: true },
      negotiation: richNegotiation,
    });
    expect(JSON.stringify(fixed.blocks)).not.toContain("$108,000");
    expect(JSON.stringify(fixed.blocks)).toContain(
      "a signing bonus of $7,500; an earlier pay review, after 6 months; and a later start date",
    );
  });

  test("a withdrawal after accepting this offer goes to the other employers and names no one here", () => {
    const accepted = applyEvent(
      applyEvent(
        plan,
        { type: "offer-received", id: "o", at: "2026-12-02T10:00:00-05:00[America/New_York]", offer: richOffer },
        { now: "2026-12-02T10:00:00-05:00[America/New_York]" },
      ),
      { type: "offer-accepted", id: "a", at: "2026-12-03T10:00:00-05:00[America/New_York]" },
      { now: "2026-12-03T10:00:00-05:00[America/New_York]" },
    );
    const doc = compose("outcome/withdrawal", { input: richInput, plan: accepted });
    expect(doc.to).toBeUndefined();
    expect(doc.salutation).toBe("Dear Hiring Team,");
    expect(JSON.stringify(doc)).not.toMatch(/Acme|Priya|Senior Data Engineer/u);
  });

  test("mustache's global settings do not reach our output, and ours do not leak", () => {
    const before = compose("thank-you/letter", {
      input: { ...richInput, company: { ...richInput.company, name: "Smith & <Sons>" } },
      plan,
    });
    const savedEscape = Mustache.escape;
    const savedTags = Mustache.tags;
    try {
      Mustache.escape = (text: string) => `!${text}!`;
      Mustache.tags = ["<%", "%>"];
      const after = compose("thank-you/letter", {
        input: { ...richInput, company: { ...richInput.company, name: "Smith & <Sons>" } },
        plan,
      });
      expect(after).toEqual(before);
      expect(JSON.stringify(after)).toContain("Smith & <Sons>");
    } finally {
      Mustache.escape = savedEscape;
      Mustache.tags = savedTags;
    }
    expect(Mustache.render("{{x}}", { x: "<b>" })).toBe("&lt;b&gt;");
  });

  test("composing is deterministic and does not change its inputs", () => {
    const input = structuredClone(richInput);
    const copy = structuredClone(plan);
    expect(compose("follow-up/call-script", { input, plan: copy })).toEqual(
      compose("follow-up/call-script", { input, plan: copy }),
    );
    expect(input).toEqual(richInput);
    expect(copy).toEqual(plan);
  });
});

describe("compose refuses bad options with typed errors that name the field", () => {
  test.each([
    [
      "an unknown template",
      () => compose("thank-you/fax" as never, { input: richInput, plan }),
      [{ path: "templateId", code: "unknown-template" }],
    ],
    [
      "a template id that JSON cannot show (a bigint)",
      () => compose(10n as never, { input: richInput, plan }),
      [{ path: "templateId", code: "unknown-template" }],
    ],
    [
      "an unknown tone",
      () => compose("thank-you/email", { input: richInput, plan, tone: "chirpy" as never }),
      [{ path: "tone", code: "invalid_value" }],
    ],
    [
      "an unknown locale",
      () => compose("thank-you/email", { input: richInput, plan, locale: "fr-BE" as never }),
      [{ path: "locale", code: "invalid_value" }],
    ],
    [
      "an empty courtesy title",
      () => compose("thank-you/email", { input: richInput, plan, honorific: " " }),
      [{ path: "honorific", code: "invalid_value" }],
    ],
    [
      "an acceptance with no offer anywhere",
      () => compose("offer/acceptance", { input: richInput, plan }),
      [{ path: "offer", code: "required" }],
    ],
    [
      "a negotiation email without advice",
      () => compose("offer/negotiation-email", { input: richInput, plan, offer: richOffer }),
      [{ path: "negotiation", code: "required" }],
    ],
  ])("%s", (_name, run, issues) => {
    expect(issuesOf(run)).toEqual(issues);
  });
});

describe("typed values in, one trust boundary", () => {
  const stored = JSON.stringify({ input: richInput, plan });

  test("JSON read back from storage gives the same document as core's objects", () => {
    const json = JSON.parse(stored) as { input: InterviewInput; plan: Plan };
    expect(compose("thank-you/email", json)).toEqual(compose("thank-you/email", { input: richInput, plan }));
  });

  test("untyped JSON goes through core's parsers first: one step, and what they refuse names its field", () => {
    const json: unknown = JSON.parse(stored);
    const { input, plan: parsed } = json as { input: unknown; plan: unknown };
    const doc = compose("thank-you/email", { input: parseInterviewInput(input), plan: parsePlan(parsed) });
    expect(doc).toEqual(compose("thank-you/email", { input: richInput, plan }));
    expect(() => parsePlan({ ...(parsed as object), version: 2 })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: "version" })] }),
    );
  });

  test("deeply frozen data gives the same documents as unfrozen data", () => {
    const freeze = <T>(value: T): T => {
      if (typeof value === "object" && value !== null) {
        for (const item of Object.values(value)) freeze(item);
        Object.freeze(value);
      }
      return value;
    };
    const frozen = freeze(structuredClone({ input: richInput, plan }));
    const context = { ...frozen, recipient: frozen.input.interviewers[1], tone: "warm" as const };
    expect(compose("thank-you/letter", context)).toEqual(
      compose("thank-you/letter", { input: richInput, plan, recipient: marek, tone: "warm" }),
    );
  });

  test("each call reads its data afresh: a change between calls shows", () => {
    const input = structuredClone(richInput);
    const context = { input, plan, recipient: input.interviewers[0] };
    expect(compose("thank-you/email", context).to?.name).toBe("Dana Whitfield");
    input.interviewers[0]!.name = "Dana Whitfield-Ames";
    expect(compose("thank-you/email", context).to?.name).toBe("Dana Whitfield-Ames");
  });

  test("a document shares nothing with its inputs: changing it changes neither them nor the next one", () => {
    const input = structuredClone(richInput);
    const first = compose("thank-you/letter", { input, plan, recipient: input.interviewers[1] });
    first.blocks.length = 0;
    first.to?.lines.push("changed");
    first.to?.address?.lines.push("changed");
    first.from?.address?.lines.push("changed");
    first.signature?.push("changed");
    expect(input).toEqual(richInput);
    expect(compose("thank-you/letter", { input, plan, recipient: input.interviewers[1] })).toEqual(
      compose("thank-you/letter", { input: richInput, plan, recipient: marek }),
    );
  });
});
