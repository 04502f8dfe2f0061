/* Inputs the fuzzer found that escaped validation as TypeErrors or RangeErrors; each must be an AfterviewValidationError naming its field. */
import { AfterviewValidationError } from "@afterview/core";
import { describe, expect, it } from "vitest";
import { offerPlan, richInput, richNegotiation, richOffer } from "../internal/test-fixtures.js";
import { listTemplates } from "../registry/list-templates.js";
import { bodyWords, countWords } from "../text/words.js";
import { compose } from "./compose.js";
import { composePlan } from "./compose-plan.js";

const plan = offerPlan(richInput, richOffer);
const failsAt = (run: () => unknown, path: string) =>
  expect(run).toThrow(
    expect.objectContaining({ name: "AfterviewValidationError", issues: [expect.objectContaining({ path })] }),
  );

describe("found by fuzzing", () => {
  it.each([
    ["a currency that is not a code", { amount: 5000, currency: 1.7976931348623157e308 }, "amount.currency"],
    ["an amount that is not a number", { amount: "5000", currency: "USD" }, "amount.amount"],
  ])("a negotiation lever with %s is refused before it reaches Intl (was a RangeError)", (_name, amount, field) => {
    const negotiation = { ...richNegotiation, levers: [{ kind: "sign-on-bonus", text: "A bonus.", amount }] };
    for (const id of ["offer/negotiation-email", "offer/negotiation-call-script"] as const) {
      failsAt(() => compose(id, { input: richInput, plan, negotiation }), `negotiation.levers[0].${field}`);
    }
  });

  it.each([
    ["kind", 7],
    ["text", {}],
    ["months", "six"],
  ])("a negotiation lever whose %s has the wrong type is refused", (key, value) => {
    const negotiation = {
      ...richNegotiation,
      levers: [{ kind: "review-timing", text: "Early review.", [key]: value }],
    };
    failsAt(
      () => compose("offer/negotiation-email", { input: richInput, plan, negotiation }),
      `negotiation.levers[0].${key}`,
    );
  });

  it("a template id that JSON cannot show (a bigint) is an unknown template, not a TypeError", () => {
    failsAt(() => compose(10n as never, { input: richInput, plan }), "templateId");
  });

  it("composePlan with options that are not an object (null) is refused on options", () => {
    failsAt(() => composePlan(plan, richInput, null as never), "options");
  });

  it.each([
    [null, "filter"],
    ["offer", "filter"],
    [{ family: Object.create(null) }, "filter.family"],
    [{ tone: 1 }, "filter.tone"],
  ])("listTemplates(%j) is refused on %s", (filter, path) => {
    failsAt(() => listTemplates(filter as never), path);
  });

  it.each([
    [() => countWords(undefined as never), "text"],
    [() => bodyWords(undefined as never), "blocks"],
    [() => bodyWords({ blocks: [null] } as never), "blocks[0].text"],
    [() => bodyWords({ blocks: [{ type: "list", items: "a b" }] } as never), "blocks[0].items"],
    [() => bodyWords({ blocks: [{ type: "list", items: ["a", 2] }] } as never), "blocks[0].items[1]"],
  ])("word counts of something that is not text are refused (%#)", (run, path) => {
    failsAt(run, path);
    expect(run).toThrow(AfterviewValidationError);
  });
});
