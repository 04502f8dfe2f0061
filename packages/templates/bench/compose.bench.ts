/*
 * What compose adds to a bare mustache render: validating the context (core's parsers), building the
 * view, respelling, splitting and parsing the template (once), rendering each section on a private
 * writer and reading the body into blocks. The baseline renders the same template file with the same
 * view through `Mustache.render` (the default writer, its cache warm). Ways in:
 * - the interview and plan as core returns them (deeply frozen, known valid): no second parse;
 * - the same plain JSON objects again (as read back from storage): compared with their validated
 *   copies, parsed again only if anything changed;
 * - JSON seen for the first time (a fresh `JSON.parse` each call): parsed by core every call;
 * - `composeValid` on a context validated beforehand (the internal path composePlan takes).
 * Ratios are of medians (the machines are shared; a median shrugs off the odd stall).
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

const stored = JSON.stringify({ input, plan });
const plain = JSON.parse(stored) as { input: typeof input; plan: typeof plan };
const letter = prepareView("thank-you/letter", valid);

// The same documents composePlan makes, each prepared once for the bare baseline.
const drafts = plan.actions
  .filter((action) => action.templateId && action.kind !== "send-thank-you")
  .map((action) => prepareView(action.templateId as TemplateId, validateContext({ input, plan, action })));

const LETTER = "Mustache.render (thank-you/letter, bare)";
const DRAFTS = `Mustache.render (the plan's ${drafts.length} drafts, bare)`;
const bench = new Bench({ name: "afterview templates", time: 2_000, warmupTime: 300 });
bench
  .add(LETTER, () => {
    Mustache.render(letter.source, letter.view);
  })
  .add("compose, interview and plan from core", () => {
    compose("thank-you/letter", context);
  })
  .add("compose, the same plain JSON again", () => {
    compose("thank-you/letter", { ...plain, recipient: plain.input.interviewers[0], tone: "warm" });
  })
  .add("JSON.parse of the stored interview and plan", () => {
    JSON.parse(stored);
  })
  .add("compose, JSON seen for the first time (with its JSON.parse)", () => {
    const fresh = JSON.parse(stored) as typeof plain;
    compose("thank-you/letter", { ...fresh, recipient: fresh.input.interviewers[0], tone: "warm" });
  })
  .add("composeValid, context validated beforehand", () => {
    composeValid("thank-you/letter", valid);
  })
  .add(DRAFTS, () => {
    for (const draft of drafts) Mustache.render(draft.source, draft.view);
  })
  .add(`composePlan (${drafts.length} drafts), from core`, () => {
    composePlan(plan, input);
  })
  .add(`composePlan (${drafts.length} drafts), the same plain JSON again`, () => {
    composePlan(plain.plan, plain.input);
  });

await bench.run();
console.table(bench.table());

const median = (name: string) => {
  const task = bench.getTask(name)?.result;
  if (!task || !("latency" in task)) throw new Error(`no result for ${name}`);
  return task.latency.p50;
};
const ratio = (a: string, b: string) => `${(median(a) / median(b)).toFixed(2)}×`;
const us = (name: string) => `${(median(name) * 1000).toFixed(1)} µs`; // tinybench reports ms
console.log("ratios of medians (target: compose ≤ 1.5× bare Mustache.render)");
for (const name of [
  "compose, interview and plan from core",
  "compose, the same plain JSON again",
  "compose, JSON seen for the first time (with its JSON.parse)",
  "composeValid, context validated beforehand",
]) {
  console.log(`${name} / bare: ${ratio(name, LETTER)} (${us(name)} vs ${us(LETTER)})`);
}
console.log(`  of which JSON.parse: ${us("JSON.parse of the stored interview and plan")}`);
for (const name of [
  `composePlan (${drafts.length} drafts), from core`,
  `composePlan (${drafts.length} drafts), the same plain JSON again`,
]) {
  console.log(`${name} / bare renders of the same drafts: ${ratio(name, DRAFTS)} (${us(name)} vs ${us(DRAFTS)})`);
}
