import { AfterviewValidationError, applyEvent, type Plan } from "@afterview/core";
import { describe, expect, test } from "vitest";
import { planFor, richInput, richNegotiation, richOffer } from "../internal/test-fixtures.js";
import { compose } from "./compose.js";
import { composePlan } from "./compose-plan.js";

const plan = planFor(richInput);

describe("composePlan", () => {
  test("its TSDoc example: one draft per pending action with a template, a send action not repeating its letter", () => {
    expect(composePlan(plan, richInput).map((doc) => [doc.templateId, doc.to?.name])).toEqual([
      ["recipients/call-script", "Priya Raman"],
      ["thank-you/email", "Dana Whitfield"],
      ["thank-you/email", "Marek Szczepański"],
      ["follow-up/call-script", "Priya Raman"],
      ["follow-up/call-script", "Priya Raman"],
      ["follow-up/call-script", "Priya Raman"],
    ]);
  });

  test("each draft is what compose gives for its action", () => {
    const docs = composePlan(plan, richInput, { tone: "brief", locale: "en-GB" });
    const withTemplate = plan.actions.filter((action) => action.templateId && action.kind !== "send-thank-you");
    expect(docs).toEqual(
      withTemplate.map((action) =>
        compose(action.templateId as never, { input: richInput, plan, action, tone: "brief", locale: "en-GB" }),
      ),
    );
  });

  test("the thank-you letters for the sample interview: one per interviewer, each with their own topics", () => {
    const letters = composePlan(plan, richInput).filter((doc) => doc.templateId.startsWith("thank-you/"));
    expect(letters.map((doc) => doc.salutation)).toEqual(["Dear Dana,", "Dear Marek,"]);
    expect(JSON.stringify(letters[0]!.blocks)).toContain("the warehouse migration");
    expect(JSON.stringify(letters[1]!.blocks)).toContain("streaming ingestion with late-arriving events");
  });

  test("later follow-up calls say so", () => {
    const calls = composePlan(plan, richInput).filter((doc) => doc.templateId === "follow-up/call-script");
    expect(calls.map((doc) => JSON.stringify(doc.blocks).includes("I know I called"))).toEqual([false, true, true]);
    expect(calls.map((doc) => doc.isoDate)).toEqual(["2026-12-01", "2026-12-08", "2026-12-15"]);
  });

  test("courtesy titles apply by name; done actions are left out unless asked for", () => {
    const sent: Plan = applyEvent(
      plan,
      { type: "thank-you-sent", id: "t", at: "2026-11-25T09:00:00-06:00[America/Chicago]", channel: "email" },
      { now: "2026-11-25T09:00:00-06:00[America/Chicago]" },
    );
    const pending = composePlan(sent, richInput, { honorifics: { "Marek Szczepański": "Mr" } });
    const all = composePlan(sent, richInput, { includeDone: true });
    expect(pending.length).toBeLessThan(all.length);
    // A decision three weeks out leaves time for Marek's letter (he has no email) to go by post.
    const slower = { ...richInput, statedTimeline: "We will decide in three weeks" };
    const letter = composePlan(planFor(slower), slower, { honorifics: { "Marek Szczepański": "Mr" } }).find(
      (doc) => doc.templateId === "thank-you/letter" && doc.to?.name === "Marek Szczepański",
    );
    expect(letter?.salutation).toBe("Dear Mr. Szczepański:");
  });

  test("after an offer: the negotiation email only with the advice", () => {
    const offered = applyEvent(
      plan,
      { type: "offer-received", id: "o", at: "2026-12-02T10:00:00-05:00[America/New_York]", offer: richOffer },
      { now: "2026-12-02T10:00:00-05:00[America/New_York]" },
    );
    const without = composePlan(offered, richInput).map((doc) => doc.templateId);
    const withAdvice = composePlan(offered, richInput, { negotiation: richNegotiation }).map((doc) => doc.templateId);
    expect(without).not.toContain("offer/negotiation-email");
    expect(withAdvice).toContain("offer/negotiation-email");
  });

  test("bad options name their field", () => {
    const pathOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(AfterviewValidationError);
        return (error as AfterviewValidationError).issues[0]?.path;
      }
      throw new Error("expected a validation error");
    };
    expect(pathOf(() => composePlan(plan, richInput, { tone: "loud" as never }))).toBe("tone");
    expect(pathOf(() => composePlan(plan, richInput, { honorifics: { "Priya Raman": "" } }))).toBe(
      'honorifics["Priya Raman"]',
    );
    const future = { ...plan, actions: [{ ...plan.actions[0]!, templateId: "thank-you/hologram" }] };
    expect(pathOf(() => composePlan(future, richInput))).toBe("plan.actions[0].templateId");
  });
});
