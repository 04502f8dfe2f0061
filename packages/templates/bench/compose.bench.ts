/*
 * What compose adds to a bare mustache render: validating the context (core's parsers), building the
 * view, respelling, splitting and parsing the template (once), rendering each section on a private
 * writer and reading the body into blocks. The baseline renders the same template file with the same
 * view through `Mustache.render` (the default writer, its cache warm). Three ways in:
 * - a plain (unfrozen) context: validated on every call, as untyped JSON must be;
 * - a deeply frozen interview and plan: validated on the first call and remembered (it cannot
 *   change), so a repeated compose only renders; the view and header are prepared once too;
 * - `composeValid` on a context validated beforehand (the internal path composePlan takes).
 * Run with `pnpm --filter @afterview/templates bench`.
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

function freezeDeep<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) freezeDeep(item);
    Object.freeze(value);
  }
  return value;
}
const frozenInput = freezeDeep(structuredClone(input));
const frozenPlan = freezeDeep(structuredClone(plan));
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
  .add("compose, frozen interview and plan (validated once)", () => {
    compose("thank-you/letter", {
      input: frozenInput,
      plan: frozenPlan,
      recipient: frozenInput.interviewers[0],
      tone: "warm",
    });
  })
  .add("compose, context already validated", () => {
    composeValid("thank-you/letter", valid);
  })
  .add(`Mustache.render (the plan's ${drafts.length} drafts, bare)`, () => {
    for (const draft of drafts) Mustache.render(draft.source, draft.view);
  })
  .add(`composePlan (${drafts.length} drafts)`, () => {
    composePlan(plan, input);
  })
  .add(`composePlan (${drafts.length} drafts), frozen interview and plan`, () => {
    composePlan(frozenPlan, frozenInput);
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
  `compose, frozen interview and plan / bare: ${ratio("compose, frozen interview and plan (validated once)", "Mustache.render (thank-you/letter, bare)")}`,
);
console.log(
  `compose without validation / bare: ${ratio("compose, context already validated", "Mustache.render (thank-you/letter, bare)")}`,
);
console.log(
  `composePlan / bare renders of the same drafts: ${ratio(`composePlan (${drafts.length} drafts)`, `Mustache.render (the plan's ${drafts.length} drafts, bare)`)}`,
);
console.log(
  `composePlan, frozen interview and plan / bare: ${ratio(`composePlan (${drafts.length} drafts), frozen interview and plan`, `Mustache.render (the plan's ${drafts.length} drafts, bare)`)}`,
);
