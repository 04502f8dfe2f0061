import { describe, expect, it } from "vitest";
import { planLabels } from "./plan-labels.js";

const plan = (interviewId: string, company: string, role: string) => ({
  interviewId,
  context: { company, role } as never,
});

describe("planLabels", () => {
  it.each([
    {
      name: "the company alone when it is the only plan there",
      plans: [plan("a", "Acme", "SRE"), plan("g", "Globex", "SRE")],
      labels: ["Acme", "Globex"],
    },
    {
      name: "the role too when two plans share a company",
      plans: [plan("a", "Acme", "SRE"), plan("g1", "Globex", "Data Engineer"), plan("g2", "Globex", "ML Engineer")],
      labels: ["Acme", "Globex (Data Engineer)", "Globex (ML Engineer)"],
    },
    {
      name: "the interview id when company and role are shared",
      plans: [plan("globex-1", "Globex", "SRE"), plan("globex-2", "Globex", "SRE")],
      labels: ["Globex (globex-1)", "Globex (globex-2)"],
    },
  ])("$name", ({ plans, labels }) => {
    expect(planLabels(plans)).toEqual(labels);
  });
});
