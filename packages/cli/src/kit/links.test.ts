import { readFileSync } from "node:fs";
import { createPlan, parseInterviewInput } from "@afterview/core";
import { composePlan } from "@afterview/templates";
import { describe, expect, it } from "vitest";
import { SAMPLE_END, SAMPLE_INTERVIEW } from "../testing/memory-io.js";
import { planMarkdownLinks, startHereLinks, stepLinks } from "./links.js";

const input = parseInterviewInput(JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8")));
const plan = createPlan(input, { now: SAMPLE_END });
const documents = composePlan(plan, input).map((doc, index) => {
  const base = `0${index + 1}-draft`;
  return { doc, action: "", base, madeAt: SAMPLE_END, files: [`${base}.eml`, `${base}.txt`] };
});

describe("the kit's hand-off links", () => {
  const links = stepLinks(plan, documents);
  const markdown = planMarkdownLinks(links);
  const hrefs = [...markdown.matchAll(/\]\(<([^>]+)>\)/g)].map(([, href]) => href as string);

  it("give every pending dated step its calendar links, and each email draft its mailto link", () => {
    const pending = plan.actions.filter((action) => action.status === "pending" && action.due);
    expect(links.map((l) => l.action.id)).toEqual(pending.map((action) => action.id));
    expect(hrefs.filter((href) => href.startsWith("https://calendar.google.com/"))).toHaveLength(pending.length);
    // Two thank-you emails; the send actions repeat the write actions' drafts.
    expect(new Set(hrefs.filter((href) => href.startsWith("mailto:"))).size).toBe(2);
  });

  it("every link parses as a URL and stays within 2,000 characters", () => {
    for (const href of hrefs) {
      expect(() => new URL(href)).not.toThrow();
      expect(href.length).toBeLessThanOrEqual(2000);
    }
  });

  it("a message too long for a link says which file to paste it from", () => {
    const long = documents.map((entry) =>
      entry.doc.kind === "email"
        ? { ...entry, doc: { ...entry.doc, blocks: [{ type: "paragraph" as const, text: "word ".repeat(800) }] } }
        : entry,
    );
    const lines = startHereLinks(stepLinks(plan, long), plan, 3);
    expect(lines).toContain("    (the message is too long for a link: paste it from 02-draft.txt)");
    expect(planMarkdownLinks(stepLinks(plan, long))).toContain(
      "(too long for a link: paste the message from 02-draft.txt)",
    );
  });
});
