import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { applyEvent, compareOffers, createPlan, type Offer, parseInterviewInput } from "@afterview/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SAMPLE_END, SAMPLE_INTERVIEW, type Sandbox, sandbox } from "../testing/memory-io.js";

const NOW = "2026-11-27T12:00:00-06:00";
const OFFERS_YAML = `# three offers; a term left out is unknown, 0 means none
currency: USD
rates:
  EUR: 1.08
offers:
  - id: acme
    base: { amount: 150000, currency: USD }
    period: year
    ptoDays: 20
    deadline: "2026-12-02T17:00:00-05:00[America/New_York]"
  - id: globex
    base: { amount: 72, currency: USD }
    period: hour
    signOnBonus: { amount: 10000, currency: USD }
  - id: berlin
    base: { amount: 120000, currency: EUR }
    period: year
    ptoDays: 30
    signOnBonus: { amount: 0, currency: EUR }
    deadline: "2026-11-20T17:00:00+01:00[Europe/Berlin]"
`;

const sample = JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8"));
/** A plan for the sample at another company, with an offer when `offer` is given. */
function planWith(company: string, offer?: Offer) {
  const plan = createPlan(
    parseInterviewInput({ ...sample, id: company.toLowerCase(), company: { ...sample.company, name: company } }),
    {
      now: SAMPLE_END,
    },
  );
  if (!offer) return plan;
  return applyEvent(plan, { type: "offer-received", id: "o1", at: "2026-11-26T10:00:00-06:00", offer }, { now: NOW });
}

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());
const write = (name: string, value: unknown) => {
  mkdirSync(join(box.dir, name, ".."), { recursive: true });
  writeFileSync(join(box.dir, name), typeof value === "string" ? value : JSON.stringify(value));
};

describe("afterview compare", () => {
  it("prints compareOffers' table from an offers file: unknown as unknown, never 0, and every deadline", async () => {
    write("offers.yaml", OFFERS_YAML);
    const { code, stdout, stderr } = await box.run(["compare", "offers.yaml", "--now", NOW]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Offers compared, a year in USD (unknown terms are not counted):");
    expect(lines[2]).toMatch(/^ +1\. acme +2\. globex +3\. berlin$/);
    expect(lines).toContain("  target bonus, a year   unknown         unknown         unknown");
    expect(lines).toContain("  sign-on bonus, once    unknown         $10,000.00      $0.00");
    expect(lines).toContain("  days off, a year       20              unknown         30");
    expect(stdout).not.toMatch(/\$0\.00 {3,}\$0\.00|days off, a year +\S+ +0 /);
    const deadlines = lines.slice(
      lines.indexOf("Answer by, soonest first:") + 1,
      lines.indexOf("Answer by, soonest first:") + 4,
    );
    expect(deadlines).toEqual([
      "  berlin   Fri 2026-11-20 17:00 (Europe/Berlin), passed",
      "  acme     Wed 2026-12-02 17:00 (America/New_York)",
      "  globex   no deadline given",
    ]);
    expect(stdout).toContain("Why:\n  - Offers compared per year in USD:");
  });

  it("--json prints compareOffers' own result", async () => {
    write("offers.json", [
      { id: "a", base: { amount: 1000, currency: "EUR" }, period: "month" },
      { id: "b", base: { amount: 13000, currency: "EUR" }, period: "year", ptoDays: 25 },
    ]);
    const { code, stdout } = await box.run(["compare", "offers.json", "--json", "--now", NOW]);
    expect(code).toBe(0);
    const expected = compareOffers(
      [
        { id: "a", base: { amount: 1000, currency: "EUR" }, period: "month" },
        { id: "b", base: { amount: 13000, currency: "EUR" }, period: "year", ptoDays: 25 },
      ],
      { now: NOW, currency: "EUR" },
    );
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(JSON.parse(stdout).offers[1].parts.pto).toBeNull();
  });

  it("reads offers from plans and kit folders, named by company, and mixes them with offer files", async () => {
    write("acme-kit/plan.json", planWith("Acme Corp", { base: { amount: 150000, currency: "USD" }, period: "year" }));
    write(
      "globex/plan.json",
      planWith("Globex", { base: { amount: 140000, currency: "USD" }, period: "year", ptoDays: 25 }),
    );
    write("initech.json", { base: { amount: 120000, currency: "USD" }, period: "year" });
    const { code, stdout, stderr } = await box.run(["compare", "acme-kit", "globex/plan.json", "initech.json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.split("\n")[2]).toMatch(/^ +1\. Globex +2\. Acme Corp +3\. initech\.json$/);
  });

  it("with --rate, compares offers in another currency; without, says which amount needs one", async () => {
    write("acme.json", { id: "acme", base: { amount: 150000, currency: "USD" }, period: "year" });
    write("berlin.yaml", "id: berlin\nbase: { amount: 120000, currency: EUR }\nperiod: year\n");
    const without = await box.run(["compare", "acme.json", "berlin.yaml"]);
    expect(without.code).toBe(2);
    expect(without.stderr).toBe(
      "afterview: berlin.yaml: base: the amount is in EUR but the comparison is in USD; give a rate (--rate EUR=<USD per EUR>) or compare in EUR (--currency EUR)\n",
    );
    const withRate = await box.run(["compare", "acme.json", "berlin.yaml", "--rate", "EUR=1.08"]);
    expect(withRate.code).toBe(0);
    expect(withRate.stdout).toContain("  base, a year           $150,000.00     $129,600.00");
    const inEuros = await box.run(["compare", "acme.json", "berlin.yaml", "--currency", "EUR", "--rate", "USD=0.92"]);
    expect(inEuros.stdout).toMatch(/^Offers compared, a year in EUR/);
  });
});

describe("afterview compare: what to fix is one line, exit 2", () => {
  it.each([
    {
      name: "a plan without an offer",
      files: { "globex/plan.json": planWith("Globex") },
      argv: ["compare", "globex"],
      line: "afterview: globex/plan.json: this plan holds no offer yet (waiting for their decision); when one comes, record it with `afterview event globex/plan.json offer --amount … --currency …`, or write the offer in an offers file",
    },
    {
      name: "a bad offer names its place in the file",
      files: {
        "offers.yaml":
          "offers:\n  - base: { amount: 1, currency: USD }\n    period: year\n  - base: { amount: 1, currency: USD }\n    period: fortnight\n",
      },
      argv: ["compare", "offers.yaml"],
      line: /^afterview: offers\.yaml: offers\[1\]\.period: /,
    },
    {
      name: "an unknown setting",
      files: { "offers.yaml": "offers: [{ base: { amount: 1, currency: USD }, period: year }]\ncurrencey: EUR\n" },
      argv: ["compare", "offers.yaml"],
      line: "afterview: offers.yaml: currencey: unknown field; an offers file has offers, and may have currency, rates, policy",
    },
    {
      name: "a rate that is not a number in the file",
      files: {
        "offers.yaml": "offers: [{ base: { amount: 1, currency: USD }, period: year }]\nrates: { EUR: lots }\n",
      },
      argv: ["compare", "offers.yaml"],
      line: /^afterview: offers\.yaml: rates\.EUR: /,
    },
    {
      name: "a currency option core does not know",
      files: { "offers.yaml": "offers: [{ base: { amount: 1, currency: USD }, period: year }]\n" },
      argv: ["compare", "offers.yaml", "--currency", "usd"],
      line: /^afterview: --currency: /,
    },
    {
      name: "a --rate that is not CODE=RATE",
      files: { "offers.yaml": "offers: [{ base: { amount: 1, currency: USD }, period: year }]\n" },
      argv: ["compare", "offers.yaml", "--rate", "1.08"],
      line: 'afterview: --rate: "1.08" is not CODE=RATE; write e.g. --rate EUR=1.08 (one euro is 1.08 of the comparison currency)',
    },
    {
      name: "a rate of 0",
      files: { "offers.yaml": "offers: [{ base: { amount: 1, currency: USD }, period: year }]\n" },
      argv: ["compare", "offers.yaml", "--rate", "EUR=0"],
      line: "afterview: --rate: EUR=0: a rate must be above 0",
    },
    {
      name: "two offers of one name",
      files: {
        "a.json": { id: "x", base: { amount: 1, currency: "USD" }, period: "year" },
        "b.json": { id: "x", base: { amount: 2, currency: "USD" }, period: "year" },
      },
      argv: ["compare", "a.json", "b.json"],
      line: 'afterview: b.json: two offers are named "x" (the other in a.json); give each offer its own id',
    },
  ])("$name", async ({ files, argv, line }) => {
    for (const [name, value] of Object.entries(files)) write(name, value);
    const { code, stdout, stderr } = await box.run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    if (typeof line === "string") expect(stderr).toBe(`${line}\n`);
    else expect(stderr.trimEnd()).toMatch(line);
  });
});
