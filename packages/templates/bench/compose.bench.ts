/*
 * What compose adds to a bare mustache render: validating the context (core's parsers), building the
 * view, respelling and splitting the template (cached), rendering each section on a private writer
 * and reading the body into blocks. The baseline renders the same template file with the same view
 * through `Mustache.render` (the default writer, its cache warm). Run with
 * `pnpm --filter @afterview/templates bench`.
 */
import { createPlan, parseInterviewInput } from "@afterview/core";
import Mustache from "mustache";
import { Bench } from "tinybench";
import { compose, composeValid, prepareView } from "../src/compose/compose.js";
import { composePlan } from "../src/compose/compose-plan.js";
import { validateContext } from "../src/compose/validate.js";
import { richInput } from "../src/internal/test-fixtures.js";
import type { TemplateId } from "../src/registry/types.js";

const input = parseInterviewInput(richInput);
const plan = createPlan(input, { now: input.end });
const context = { input, plan, recipient: input.interviewers[0], tone: "warm" as const };
const valid = validateContext(context);
const letter = prepareView("thank-you/letter", valid);

// The same documents composePlan makes, each prepared once for the bare baseline.
const drafts = plan.actions
  .filter((action) => action.templateId && action.kind !== "send-thank-you")
  .map((action) => prepareView(action.templateId as TemplateId, validateContext({ input, plan, action })));

const bench = new Bench({ name: "afterview templates", time: 2_000, warmupTime: 300 });
bench
  .add("Mustache.render (thank-you/letter, bare)", () => {
    Mustache.render(letter.source, letter.view);
  })
  .add("compose (thank-you/letter)", () => {
    compose("thank-you/letter", context);
  })
  .add("compose, context already validated", () => {
    composeValid("thank-you/letter", valid);
  })
  .add(`Mustache.render (the plan's ${drafts.length} drafts, bare)`, () => {
    for (const draft of drafts) Mustache.render(draft.source, draft.view);
  })
  .add(`composePlan (${drafts.length} drafts)`, () => {
    composePlan(plan, input);
  });

await bench.run();
console.table(bench.table());

const mean = (name: string) => {
  const task = bench.getTask(name)?.result;
  if (!task || !("latency" in task)) throw new Error(`no result for ${name}`);
  return task.latency.mean;
};
const ratio = (a: string, b: string) => `${(mean(a) / mean(b)).toFixed(1)}×`;
console.log(
  `compose / bare Mustache.render: ${ratio("compose (thank-you/letter)", "Mustache.render (thank-you/letter, bare)")}`,
);
console.log(
  `compose without validation / bare: ${ratio("compose, context already validated", "Mustache.render (thank-you/letter, bare)")}`,
);
console.log(
  `composePlan / bare renders of the same drafts: ${ratio(`composePlan (${drafts.length} drafts)`, `Mustache.render (the plan's ${drafts.length} drafts, bare)`)}`,
);
