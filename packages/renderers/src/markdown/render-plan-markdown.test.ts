import { applyEvent, createPlan, parseInterviewInput } from "@afterview/core";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { hostilePlan, MARKDOWN, parseHtml, SAMPLE_INPUT, samplePlan, XSS } from "../internal/fixtures.js";
import { renderPlanMarkdown } from "./render-plan-markdown.js";

const OURS = new Set(["h1", "h2", "ul", "li", "p", "strong", "em", "del", "input"]);

describe("renderPlanMarkdown", () => {
  const plan = samplePlan();
  const md = renderPlanMarkdown(plan);

  it("heads the checklist with the role, status and decision window", () => {
    expect(
      md.startsWith("# Senior Data Engineer at Acme Corp\n\n- **Status:** waiting for the employer's decision\n"),
    ).toBe(true);
    expect(md).toContain(
      "- **Decision expected:** Wed 2026-11-25 to Mon 2026-11-30 (they said “within two or three days”)",
    );
  });

  it("says where the window comes from when the words named no time, or one that could not be read", () => {
    const planFor = (statedTimeline: string) => {
      const input = parseInterviewInput({ ...structuredClone(SAMPLE_INPUT), statedTimeline });
      return renderPlanMarkdown(createPlan(input, { now: input.end }));
    };
    expect(planFor("We'll be in touch")).toContain(
      "(they said “We'll be in touch”, which names no time: the usual wait)",
    );
    const unread = planFor("after the board meets in the spring term");
    expect(unread).toContain(
      "(they said “after the board meets in the spring term”; until you give that as a date, the usual wait)",
    );
    expect(unread).toContain("Write down when Acme Corp said it would decide, as a date");
  });

  it("lists every dated action as an open task with its window in the candidate's zone", () => {
    const tasks = md.split("\n").filter((l) => l.startsWith("- [ ] "));
    expect(tasks).toHaveLength(plan.actions.filter((a) => a.due).length);
    expect(md).toContain(
      "- [ ] **Tue 2026-11-24 15:30–21:00**: Write the thank-you email to Dana Whitfield (email dana.whitfield\\@acme.example)",
    );
    expect(md).toContain("- [ ] **Wed 2026-11-25 08:00–14:30**: Send the thank-you email to Marek Szczepański");
  });

  it("shows calls on the employer's clock too", () => {
    expect(md).toContain(
      "- [ ] **Tue 2026-12-01 08:30–10:30** (09:30–11:30 America/New_York): Follow-up call to Priya Raman (phone +1 212 555 0100)",
    );
  });

  it("puts each reason under its action with its evidence id", () => {
    expect(md).toMatch(
      /\n {2}- By post this letter would arrive between Fri 2026-11-27 and Thu 2026-12-03, .* _\(E-TY-CHANNEL\)_\n/,
    );
  });

  it("ticks actions that are done", () => {
    const first = plan.actions.find((a) => a.kind === "send-thank-you" && a.channel === "email");
    expect(first).toBeDefined();
    const after = applyEvent(
      plan,
      { type: "thank-you-sent", id: "e1", at: "2026-11-25T09:00:00-06:00[America/Chicago]", channel: "email" },
      { now: "2026-11-25T09:00:00-06:00[America/Chicago]" },
    );
    const out = renderPlanMarkdown(after);
    expect(out).toMatch(/- \[x\] \*\*Wed 2026-11-25 08:00–14:30\*\*: Send the thank-you email to Dana Whitfield/);
  });

  it("renders as GFM task lists with nothing but our own structure", async () => {
    const { elements } = await parseHtml(marked.parse(md, { async: false }) as string, true);
    expect(elements.filter((e) => !OURS.has(e.tag))).toEqual([]);
    expect(elements.filter((e) => e.tag === "input")).toHaveLength(plan.actions.filter((a) => a.due).length);
  });

  it.each([...XSS, ...MARKDOWN].map((p) => [p]))("escapes %j in the company, names and reasons", async (payload) => {
    const html = marked.parse(renderPlanMarkdown(hostilePlan(payload)), { async: false }) as string;
    const { elements, text } = await parseHtml(html, true);
    expect(elements.filter((e) => !OURS.has(e.tag))).toEqual([]);
    expect(text).toContain(payload.replace(/\s+/g, " ").trim());
  });

  it("says past due on each pending action the plan marks overdue, and only there", () => {
    const input = parseInterviewInput(structuredClone(SAMPLE_INPUT));
    const late = createPlan(input, { now: "2026-11-26T12:00:00-06:00[America/Chicago]" });
    const out = renderPlanMarkdown(late);
    const marked = out.split("\n").filter((line) => line.includes("past due"));
    expect(marked).toHaveLength(late.actions.filter((a) => a.overdue).length);
    expect(marked.length).toBeGreaterThan(0);
    expect(out).toContain(
      "- [ ] **Tue 2026-11-24 15:30–21:00**, **past due**: Write the thank-you email to Dana Whitfield",
    );
    expect(out).toMatch(/- \[ \] \*\*Tue 2026-12-01 08:30–10:30\*\* \(09:30–11:30 America\/New_York\): Follow-up call/);
    expect(md).not.toContain("past due");
  });

  it("lists the plan's warnings with the facts, naming the field", () => {
    const input = parseInterviewInput({
      ...structuredClone(SAMPLE_INPUT),
      candidate: { ...structuredClone(SAMPLE_INPUT).candidate, timeZone: "EST" },
    });
    const out = renderPlanMarkdown(createPlan(input, { now: input.end }));
    expect(out).toMatch(
      /\n- \*\*Check candidate\.timeZone:\*\* "EST" is a fixed offset \(UTC-05:00\): .*"America\/Chicago"/,
    );
    expect(out.indexOf("**Check")).toBeLessThan(out.indexOf("## Checklist"));
    expect(md).not.toContain("**Check");
  });

  it.each([...XSS, ...MARKDOWN].map((p) => [p]))("escapes %j in a warning", async (payload) => {
    const plan = structuredClone(samplePlan());
    plan.warnings = [{ code: "fixed-offset-zone", path: "candidate.timeZone", message: payload }];
    const html = marked.parse(renderPlanMarkdown(plan), { async: false }) as string;
    const { elements, text } = await parseHtml(html, true);
    expect(elements.filter((e) => !OURS.has(e.tag))).toEqual([]);
    expect(text).toContain(payload.replace(/\s+/g, " ").trim());
  });

  it("is deterministic", () => {
    expect(renderPlanMarkdown(structuredClone(plan))).toBe(md);
  });

  it("renders a plan read back from JSON exactly as the plan core returned (no second validation)", () => {
    const plan = samplePlan();
    expect(renderPlanMarkdown(JSON.parse(JSON.stringify(plan)))).toBe(renderPlanMarkdown(plan));
  });
});
