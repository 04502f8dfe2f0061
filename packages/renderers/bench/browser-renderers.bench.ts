/*
 * The browser-safe renderers against the bare libraries doing the same job, as ratios:
 * - renderIcs (validation, zones, VTIMEZONE, UIDs, alarms) vs bare `ics` and bare `ical-generator`
 *   writing the same events (same summaries, descriptions, times, one alarm each);
 * - renderEml vs bare `mimetext` writing the same two parts;
 * - renderText, renderMarkdown, renderHtml and renderPlanMarkdown on their own.
 * Inputs are fixed (the sample plan and documents), so every run measures the same work.
 * Run with `pnpm --filter @afterview/renderers bench`.
 */
import ical from "ical-generator";
import { createEvents, type EventAttributes } from "ics";
import { createMimeMessage } from "mimetext/browser";
import { Bench } from "tinybench";
import { renderEml, renderHtml, renderIcs, renderMarkdown, renderPlanMarkdown, renderText } from "../src/index.js";
import { actionTitle } from "../src/internal/action-title.js";
import { EMAIL, samplePlan } from "../src/internal/fixtures.js";
import { renderTextBody } from "../src/text/render-text.js";

const plan = samplePlan();
const dated = plan.actions.filter((a) => a.due);
const asDate = (instant: string) => new Date(Date.parse(instant.replace(/\[.*\]$/, "")));
const same = dated.map((a) => ({
  title: actionTitle(a, plan),
  description: a.why.map((w) => `- ${w.text}`).join("\n"),
  start: asDate(a.due!.start),
  end: asDate(a.due!.end),
  uid: `${plan.interviewId}-${a.id}`,
}));
const stamp = asDate(plan.createdAt).getTime();

function bareIcs(): string {
  const events: EventAttributes[] = same.map((e) => ({
    uid: e.uid,
    title: e.title,
    description: e.description,
    start: e.start.getTime(),
    end: e.end.getTime(),
    timestamp: stamp,
    alarms: [{ action: "display", description: e.title, trigger: { minutes: 15, before: true } }],
  }));
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error("ics produced nothing");
  return value;
}

function bareIcalGenerator(): string {
  const calendar = ical({ prodId: "-//bench//bench//EN" });
  for (const e of same) {
    const event = calendar.createEvent({
      id: e.uid,
      start: e.start,
      end: e.end,
      stamp: new Date(stamp),
      summary: e.title,
      description: e.description,
    });
    event.createAlarm({ type: "display" as never, trigger: 900, description: e.title });
  }
  return calendar.toString();
}

const text = renderTextBody(EMAIL);
const html = renderHtml(EMAIL, { standalone: true });
function bareMimetext(): string {
  const message = createMimeMessage();
  message.setSender({ name: "Alex Morgan", addr: "alex.morgan@example.com" });
  message.setTo({ name: "Dana Whitfield", addr: "dana.whitfield@acme.example" });
  message.setSubject(EMAIL.subject ?? "");
  message.setHeader("X-Unsent", "1");
  message.addMessage({ contentType: "text/plain", data: text });
  message.addMessage({ contentType: "text/html", data: html });
  return message.asRaw();
}

const bench = new Bench({ name: "afterview renderers", time: 2_000, warmupTime: 300 });
bench
  .add("renderIcs (sample plan)", () => renderIcs(plan))
  .add("bare ics, same events", bareIcs)
  .add("bare ical-generator, same events", bareIcalGenerator)
  .add("renderEml (email)", () => renderEml(EMAIL))
  .add("bare mimetext, same parts", bareMimetext)
  .add("renderText (email)", () => renderText(EMAIL))
  .add("renderMarkdown (email)", () => renderMarkdown(EMAIL))
  .add("renderHtml (email, standalone)", () => renderHtml(EMAIL, { standalone: true }))
  .add("renderPlanMarkdown (sample plan)", () => renderPlanMarkdown(plan));

await bench.run();

// Medians, not means: the machines these run on are shared, and a median shrugs off the odd stall.
const latency = (name: string) => {
  const task = bench.getTask(name)?.result;
  if (!task || !("latency" in task)) throw new Error(`no result for ${name}`);
  return task.latency;
};
console.table(
  bench.tasks.map((t) => ({
    task: t.name,
    "median µs": Number((latency(t.name).p50 * 1000).toFixed(1)),
    "mean µs": Number((latency(t.name).mean * 1000).toFixed(1)),
    samples: latency(t.name).samplesCount,
  })),
);
const ratio = (a: string, b: string) => (latency(a).p50 / latency(b).p50).toFixed(2);
console.log("ratios of medians (target: renderIcs ≤ 1.5× the bare library)");
console.log(`renderIcs / bare ics:              ${ratio("renderIcs (sample plan)", "bare ics, same events")}×`);
console.log(
  `renderIcs / bare ical-generator:   ${ratio("renderIcs (sample plan)", "bare ical-generator, same events")}×`,
);
console.log(`renderEml / bare mimetext:         ${ratio("renderEml (email)", "bare mimetext, same parts")}×`);
