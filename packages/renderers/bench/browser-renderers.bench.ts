/*
 * The browser-safe renderers, with tinybench:
 * - renderEml vs bare `mimetext` writing the same two parts, as a ratio;
 * - renderIcs, renderText, renderMarkdown, renderHtml and renderPlanMarkdown on their own (renderIcs
 *   against the bare iCalendar libraries is measured interleaved in ics.bench.ts).
 * Inputs are fixed (the sample plan and documents), so every run measures the same work.
 * Run with `pnpm --filter @afterview/renderers bench`.
 */
import { createMimeMessage } from "mimetext/browser";
import { Bench } from "tinybench";
import { renderEml, renderHtml, renderIcs, renderMarkdown, renderPlanMarkdown, renderText } from "../src/index.js";
import { EMAIL, samplePlan } from "../src/internal/fixtures.js";
import { renderTextBody } from "../src/text/render-text.js";

const plan = samplePlan();
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
console.log("ratios of medians");
console.log(`renderEml / bare mimetext:         ${ratio("renderEml (email)", "bare mimetext, same parts")}×`);
