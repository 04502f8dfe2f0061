/*
 * What compose adds to a bare mustache render of the same template file with the same view: settling
 * the context's defaults, building the view (names, dates, the reader's own topics and strengths),
 * the header, rendering each section of the pre-parsed template, and reading the body into blocks.
 * The baseline renders the view compose builds through `Mustache.render` (the default writer, its
 * template cache warm). compose takes typed values; the interview and plan are given as core
 * returned them and as the same data read back from JSON, which must cost the same. Parsing
 * untyped JSON at the edge (core's `parseInterviewInput` and `parsePlan`) is timed on its own, and
 * so are compose's two parts (the view with its header; the render) and core's reading of one
 * instant, of which a letter needs two (its date, and the interview's day).
 * Ratios are of medians (the machines are shared; a median shrugs off the odd stall).
 * Run with `pnpm --filter @afterview/templates bench`; figures go to docs/performance.md.
 */
import {
  createPlan,
  formatWhen,
  type InterviewInput,
  type Plan,
  parseInterviewInput,
  parsePlan,
  toZoned,
} from "@afterview/core";
import Mustache from "mustache";
import { Bench } from "tinybench";
import { compose } from "../src/compose/compose.js";
import { composePlan } from "../src/compose/compose-plan.js";
import { prepareDocument } from "../src/compose/prepared.js";
import { richInput } from "../src/internal/test-fixtures.js";
import { renderParts } from "../src/render/document.js";

const input = parseInterviewInput(richInput);
const plan = createPlan(input, { now: input.end });
const stored = JSON.stringify({ input, plan });
const plain = JSON.parse(stored) as { input: InterviewInput; plan: Plan };
const context = { input, plan, recipient: input.interviewers[0], tone: "warm" as const };
const plainContext = { ...plain, recipient: plain.input.interviewers[0], tone: "warm" as const };

const letter = prepareDocument("thank-you/letter", context);
// The documents composePlan makes, each with the view compose builds for it, for the bare baseline.
const drafts = plan.actions
  .filter((action) => action.templateId && action.kind !== "send-thank-you")
  .map((action) => prepareDocument(action.templateId as never, { input, plan, action }));

const BARE = "Mustache.render (thank-you/letter, bare)";
const CORE = "compose (thank-you/letter), core's objects";
const JSON_COPY = "compose (thank-you/letter), the same data read back from JSON";
const PARSE = "parseInterviewInput + parsePlan of the stored JSON (the edge)";
const RENDER = "compose's render alone: pre-parsed sections, same view, read into blocks";
const VIEW = "compose's view alone: defaults, view, dates, header (prepareDocument)";
const INSTANT = "core's formatWhen(instant, { zone, style: 'iso' }), one instant (what dateIn reads)";
const INSTANT_CLASSES = "core's toZoned(instant, zone).toPlainDate(), one instant (what dateIn read before)";
const DRAFTS = `Mustache.render (the plan's ${drafts.length} drafts, bare)`;
const PLAN = `composePlan (${drafts.length} drafts), core's objects`;
const PLAN_JSON = `composePlan (${drafts.length} drafts), read back from JSON`;

const bench = new Bench({ name: "afterview templates", time: 2_000, warmupTime: 300 });
bench
  .add(BARE, () => {
    Mustache.render(letter.source, letter.view);
  })
  .add(CORE, () => {
    compose("thank-you/letter", context);
  })
  .add(JSON_COPY, () => {
    compose("thank-you/letter", plainContext);
  })
  .add(RENDER, () => {
    renderParts(letter.name, letter.source, "en-US", letter.view);
  })
  .add(VIEW, () => {
    prepareDocument("thank-you/letter", context);
  })
  .add(INSTANT, () => {
    formatWhen(input.start, { zone: input.company.timeZone, style: "iso" });
  })
  .add(INSTANT_CLASSES, () => {
    toZoned(input.start, input.company.timeZone).toPlainDate();
  })
  .add(PARSE, () => {
    const json = JSON.parse(stored) as { input: unknown; plan: unknown };
    parseInterviewInput(json.input);
    parsePlan(json.plan);
  })
  .add(DRAFTS, () => {
    for (const draft of drafts) Mustache.render(draft.source, draft.view);
  })
  .add(PLAN, () => {
    composePlan(plan, input);
  })
  .add(PLAN_JSON, () => {
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
console.log("ratios of medians (target: compose ≤ 1.2× bare Mustache.render)");
for (const name of [CORE, JSON_COPY, RENDER, VIEW, INSTANT])
  console.log(`${name} / bare: ${ratio(name, BARE)} (${us(name)} vs ${us(BARE)})`);
for (const name of [PLAN, PLAN_JSON]) {
  console.log(`${name} / bare renders of the same drafts: ${ratio(name, DRAFTS)} (${us(name)} vs ${us(DRAFTS)})`);
}
console.log(`${PARSE}: ${us(PARSE)}`);
