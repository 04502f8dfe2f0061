import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { adviseNegotiation, createPlan, formatMoney, type Offer, parseInterviewInput } from "@afterview/core";
import { renderText } from "@afterview/renderers";
import { compose } from "@afterview/templates";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { SAMPLE_INTERVIEW, type Sandbox, sandbox } from "../testing/memory-io.js";

const sample = parseInterviewInput(JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8")));
const NOW = "2026-12-04T10:00:00-05:00";
const offer: Offer = {
  id: "acme",
  base: { amount: 95000, currency: "USD" },
  period: "year",
  range: { min: 90000, max: 120000, source: "posted" },
  ptoDays: 15,
};
const context = { yearsExperience: 8, yearsRequired: 5, fit: "strong" } as const;

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  write("offer.json", offer);
  write("me.yaml", stringify(context));
});
afterEach(() => box.cleanup());

const write = (name: string, value: unknown) =>
  writeFileSync(join(box.dir, name), typeof value === "string" ? value : JSON.stringify(value));
const lines = (s: string) => s.split("\n").filter(Boolean);

describe("afterview negotiate", () => {
  it.each([
    { name: "the offer alone", argv: [] as string[], ctx: undefined },
    { name: "with --context (YAML)", argv: ["--context", "me.yaml"], ctx: context },
  ])("$name: prints core's advice, in plain text", async ({ argv, ctx }) => {
    const advice = adviseNegotiation(offer, ctx);
    const { code, stdout, stderr } = await box.run(["negotiate", "offer.json", ...argv]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).not.toContain("\u001b[");
    expect(lines(stdout)[0]).toBe("Offer: $95,000.00 a year");
    expect(stdout).toContain(`Ask for     ${formatMoney(advice.ask!)} a year`);
    expect(stdout).toContain(`Aim for     ${formatMoney(advice.target!)} a year`);
    expect(stdout).toContain(`Your floor  ${formatMoney(advice.floor!)} a year`);
    expect(stdout).toContain(`(risk ${advice.risk}, leverage ${advice.leverage})`);
    for (const lever of advice.levers) expect(stdout).toContain(`  - ${lever.text} [${lever.source}]`);
    for (const why of advice.why) expect(stdout).toContain(`  - ${why.text}`);
    expect(stdout).toContain("Add --interview <file> for the negotiation email and the call script.");
  });

  it("a fixed salary with no range: other terms only, no range estimated from the offer, no counter words", async () => {
    write("fixed.json", { base: { amount: 80000, currency: "USD" }, period: "year", salaryFixed: true });
    const { code, stdout } = await box.run(["negotiate", "fixed.json"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Advice: keep the base, negotiate other terms (leverage 0.5)");
    expect(stdout).toContain("Other terms to ask for:");
    expect(stdout).toContain("about 10% of a year's base pay: the room most employers report on a first offer.");
    expect(stdout).not.toMatch(/^Range:|estimated from offer|counter|Ask for {5}|Your floor/m);
  });

  it("with competing offers: the offers compared, an unknown term written as unknown", async () => {
    write(
      "others.yaml",
      stringify({
        ...context,
        competingOffers: [{ id: "globex", base: { amount: 100000, currency: "USD" }, period: "year" }],
      }),
    );
    const { code, stdout } = await box.run(["negotiate", "offer.json", "--context", "others.yaml"]);
    expect(code).toBe(0);
    const out = lines(stdout);
    // acme: 95,000 + 15 days at 95,000 / 260 = 100,480.77; globex: 100,000 and nothing else known.
    expect(out).toContain("Compared with your other offers, a year in USD (unknown terms are not counted):");
    expect(out).toContain("  1. acme: $100,480.77 a year on average, $100,480.77 in the first year of what is known");
    expect(out).toContain(
      "     base $100,000.00, target bonus unknown, sign-on unknown, equity unknown, days off unknown",
    );
    // 481 / (100,000 / 260) = 1.25: two days put globex first.
    expect(stdout).toMatch(/ {2}- globex would rank first if it gives at least 2 days off a year, or if /);
    expect(stdout).not.toMatch(/days off [−-]\$/);
  });

  it("--json prints the advice as core returns it", async () => {
    const { code, stdout } = await box.run(["negotiate", "offer.json", "--context", "me.yaml", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(adviseNegotiation(offer, context));
  });

  it("--locale en-GB writes the amounts the British way", async () => {
    const advice = adviseNegotiation(offer, undefined);
    const { stdout } = await box.run(["negotiate", "offer.json", "--locale", "en-GB"]);
    expect(stdout).toContain(`Ask for     ${formatMoney(advice.ask!, "en-GB")} a year`);
    expect(formatMoney(advice.ask!, "en-GB")).not.toBe(formatMoney(advice.ask!, "en-US"));
  });

  it("--interview adds the negotiation email and the call script", async () => {
    const { code, stdout } = await box.run(
      ["negotiate", "offer.json", "--context", "me.yaml", "--interview", "sample.json", "--tone", "formal"],
      { now: NOW },
    );
    expect(code).toBe(0);
    const plan = createPlan(sample, { now: NOW });
    const negotiation = adviseNegotiation(offer, context);
    for (const templateId of ["offer/negotiation-email", "offer/negotiation-call-script"] as const) {
      const text = renderText(compose(templateId, { input: sample, plan, offer, negotiation, tone: "formal" }));
      expect(stdout).toContain(`── ${templateId} ──\n${text.trimEnd()}`);
    }
    expect(stdout).not.toContain("Add --interview");
  });
});

describe("afterview negotiate: bad input is one line naming the file and the field, exit 2", () => {
  it.each([
    {
      name: "a lower-case currency in the offer",
      files: { "bad-offer.json": { ...offer, base: { amount: 95000, currency: "usd" } } },
      argv: ["negotiate", "bad-offer.json"],
      line: /^afterview: bad-offer\.json: base\.currency: /,
    },
    {
      name: "an unknown fit in the context",
      files: { "ctx.json": { fit: "amazing" } },
      argv: ["negotiate", "offer.json", "--context", "ctx.json"],
      line: /^afterview: ctx\.json: fit: must be one of strong, meets, partial/,
    },
    {
      name: "a competing offer in another currency without a rate",
      files: { "ctx.json": { competingOffers: [{ base: { amount: 90000, currency: "EUR" }, period: "year" }] } },
      argv: ["negotiate", "offer.json", "--context", "ctx.json"],
      line: /^afterview: ctx\.json: .*EUR/,
    },
    {
      name: "a missing offer",
      files: {},
      argv: ["negotiate", "nope.json"],
      line: /^afterview: nope\.json: no such file/,
    },
    {
      name: "a missing context",
      files: {},
      argv: ["negotiate", "offer.json", "--context", "nope.yaml"],
      line: /^afterview: nope\.yaml: no such file/,
    },
    {
      name: "an unknown tone",
      files: {},
      argv: ["negotiate", "offer.json", "--tone", "chummy"],
      line: 'afterview: --tone: unknown tone "chummy"; use one of warm, formal, brief',
    },
    {
      name: "an interview with a bad zone",
      files: { "bad.json": { ...sample, company: { ...sample.company, timeZone: "Mars/Olympus" } } },
      argv: ["negotiate", "offer.json", "--interview", "bad.json"],
      line: /^afterview: bad\.json: company\.timeZone: unknown time zone "Mars\/Olympus"/,
    },
  ])("$name", async ({ files, argv, line }) => {
    for (const [name, value] of Object.entries(files)) write(name, value);
    const { code, stderr } = await box.run(argv);
    expect(code).toBe(2);
    expect(lines(stderr)).toHaveLength(1);
    if (typeof line === "string") expect(stderr.trimEnd()).toBe(line);
    else expect(stderr.trimEnd()).toMatch(line);
  });
});
