import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createPlan } from "../plan/create-plan.js";
import type { PolicyOverrides } from "../policy/overrides.js";
import type { InterviewInput } from "../schema/interview-input.js";
import type { PlanAction } from "../schema/plan.js";
import { thankYouPlan } from "./plan.js";
import { decision, testContext, testInput } from "./test-input.js";

// Issue 13, item 4: a letter goes by post only when it arrives at least one employer business day before
// the earliest decision (E-TY-CHANNEL); when it cannot, the plan says so and asks for an email address.

const sample = JSON.parse(
  readFileSync(new URL("../../../../examples/data/sample-interview.json", import.meta.url), "utf8"),
) as InterviewInput;

const sends = (actions: readonly PlanAction[]) => actions.filter((a) => a.kind === "send-thank-you");
const texts = (action: PlanAction | undefined) => action?.why.map((w) => w.text) ?? [];

describe("the sample interview: Marek Szczepański has no email address and the post cannot arrive in time", () => {
  // Decision "within two or three days" of Tue 2026-11-24: earliest Wed 11-25; the letter would arrive 11-27 to 12-03.
  const plan = createPlan(sample, { now: sample.end });

  test("no letter goes by post; Marek's letter is an email", () => {
    expect(plan.thankYou.channel).toBe("email");
    expect(plan.actions.filter((a) => a.channel === "postal")).toEqual([]);
    expect(sends(plan.actions).map((a) => [a.id, a.channel, a.to?.name, a.templateId])).toEqual([
      ["send-thank-you-1", "email", "Dana Whitfield", "thank-you/email"],
      ["send-thank-you-2", "email", "Marek Szczepański", "thank-you/email"],
    ]);
  });

  test("the confirmation call asks for Marek's email address first, naming him", () => {
    const confirm = plan.actions[0];
    expect(confirm?.kind).toBe("confirm-recipients");
    expect(confirm?.to?.name).toBe("Priya Raman");
    expect(texts(confirm)).toMatchInlineSnapshot(`
      [
        "Before the letters go, check names, spellings and addresses: no email address for Marek Szczepański, and a letter by post would be late; spelling not confirmed for Marek Szczepański. A misspelt name undoes a good letter.",
        "Ask first for the email address of Marek Szczepański: by post the letter would not arrive by Tue 2026-11-24, one business day before the earliest decision (Wed 2026-11-25), so it goes by email.",
        "Call Priya Raman, who arranged the interview and has the details.",
      ]
    `);
    expect(confirm?.why[1]?.source).toBe("E-TY-CHANNEL");
  });

  test("Marek's send action gives the dates and offers email through the scheduler", () => {
    const send = plan.actions.find((a) => a.id === "send-thank-you-2");
    expect(send?.why.at(-1)).toEqual({
      rule: "thank-you.channel",
      text:
        "By post this letter would arrive between Fri 2026-11-27 and Thu 2026-12-03, after the earliest decision " +
        "(Wed 2026-11-25); to count it must arrive by Tue 2026-11-24, one business day before the decision. " +
        "Email it instead: ask Priya Raman for Marek Szczepański's email address when you confirm the names, " +
        "or email the letter to Priya Raman and ask them to forward it.",
      source: "E-TY-CHANNEL",
    });
  });

  test("the advice says it too", () => {
    expect(plan.thankYou.why.map((w) => w.text)).toContain(
      "No email address for Marek Szczepański, and by post the letter would be late: ask for their email address first, or email it through Priya Raman.",
    );
    expect(plan.thankYou.why.map((w) => w.text).join(" ")).not.toContain("their letter goes by post");
  });
});

describe("a recipient abroad: Kenji Sato in Tokyo, for a New York company", () => {
  const tokyo = { lines: ["1-1 Marunouchi"], locality: "Chiyoda-ku", region: "Tokyo", country: "JP" };
  const interviewers = [
    { name: "Dana Whitfield", email: "dana@acme.example", spellingConfirmed: true },
    { name: "Kenji Sato", spellingConfirmed: true, address: tokyo },
  ];
  // Tue 2026-10-27, written by 21:00, posted Wed 10-28 at 17:00 in New York.
  const input = testInput({
    interviewers,
    start: "2026-10-27T14:00:00-04:00[America/New_York]",
    end: "2026-10-27T15:30:00-04:00[America/New_York]",
  });

  test("international transit, counted on Japan's delivery days (Culture Day, Tue 11-03, is skipped)", () => {
    // Thu 29, Fri 30, Mon 2, Wed 4, Thu 5, Fri 6, Mon 9, Tue 10, Wed 11, Thu 12: ten days. US domestic ends Wed 11-04.
    const { advice, actions } = thankYouPlan(testContext(input), decision("2026-11-30", "2026-12-04"));
    expect(advice.channel).toBe("postal");
    expect(advice.postal?.arrival).toEqual({ earliest: "2026-10-29", latest: "2026-11-12" });
    const kenji = actions.find((a) => a.id === "post-thank-you-2");
    expect(kenji?.why[0]).toMatchObject({ rule: "thank-you.postal-transit", source: "E-POST-INTL" });
    expect(kenji?.why[0]?.text).toContain("the international standard (US to JP)");
    expect(kenji?.why[0]?.text).toContain("between Thu 2026-10-29 and Thu 2026-11-12");
    // Dana's letter goes to the New York office: its own, domestic estimate (Election Day, Tue 11-03, is a NY holiday).
    const dana = actions.find((a) => a.id === "post-thank-you-1");
    expect(dana?.why[0]).toMatchObject({ source: "E-POST-US" });
    expect(dana?.why[0]?.text).toContain("between Thu 2026-10-29 and Wed 2026-11-04");
  });

  test("too far for the decision: Kenji's letter becomes an email whose address is asked for first", () => {
    // Earliest decision Mon 11-09: the domestic letter (by Wed 11-04) would be in time, the one to Tokyo not.
    const { advice, actions } = thankYouPlan(testContext(input), decision("2026-11-09", "2026-11-13"));
    expect(advice.channel).toBe("email");
    expect(sends(actions).map((a) => [a.id, a.channel, a.to?.name])).toEqual([
      ["send-thank-you-1", "email", "Dana Whitfield"],
      ["send-thank-you-2", "email", "Kenji Sato"],
    ]);
    expect(texts(actions[0])).toContain(
      "Ask first for the email address of Kenji Sato: by post the letter would not arrive by Fri 2026-11-06, one business day before the earliest decision (Mon 2026-11-09), so it goes by email.",
    );
    expect(texts(actions.find((a) => a.id === "send-thank-you-2")).at(-1)).toMatch(
      /^By post this letter would arrive between Thu 2026-10-29 and Thu 2026-11-12, possibly after the earliest decision \(Mon 2026-11-09\); to count it must arrive by Fri 2026-11-06/,
    );
  });
});

describe("the recipient's own region: a letter to Edinburgh waits out St Andrew's Day", () => {
  const london = { lines: ["1 High St"], locality: "London", region: "ENG", country: "GB" };
  const edinburgh = { lines: ["1 Princes St"], locality: "Edinburgh", region: "SCT", country: "GB" };
  const input = testInput({
    company: { name: "Acme", timeZone: "Europe/London", country: "GB", region: "ENG", address: london },
    candidate: {
      ...testInput().candidate,
      timeZone: "Europe/London",
      country: "GB",
      region: "ENG",
      address: { ...london, locality: "Croydon" },
    },
    start: "2026-11-24T14:00:00+00:00[Europe/London]",
    end: "2026-11-24T15:30:00+00:00[Europe/London]",
    interviewers: [
      { name: "Dana Whitfield", email: "dana@acme.example", spellingConfirmed: true },
      { name: "Ailsa Grant", email: "ailsa@acme.example", spellingConfirmed: true, address: edinburgh },
    ],
  });

  test("posted Wed 11-25: London by Mon 11-30, Edinburgh by Tue 12-01 (Mon 11-30 is a Scottish bank holiday)", () => {
    const { actions } = thankYouPlan(testContext(input), decision("2026-12-14"));
    expect(texts(actions.find((a) => a.id === "post-thank-you-1"))[0]).toContain("and Mon 2026-11-30");
    expect(texts(actions.find((a) => a.id === "post-thank-you-2"))[0]).toContain("and Tue 2026-12-01");
  });

  test("an address whose region the holiday data does not know falls back to the company's calendar", () => {
    const free = { ...edinburgh, region: "Lothian" };
    const changed = { ...input, interviewers: [{ ...input.interviewers[1], name: "Ailsa Grant", address: free }] };
    const { advice } = thankYouPlan(testContext(changed), decision("2026-12-14"));
    expect(advice.postal?.arrival.latest).toBe("2026-11-30");
  });
});

describe("the margin, at the boundary (E-TY-CHANNEL): Sam Lee has no email address", () => {
  // Posted Wed 2026-10-07 from Brooklyn to the Manhattan office: Thu 8, Fri 9, Sat 10, (Mon 12 Columbus Day), Tue 13, Wed 14.
  const input = testInput({
    interviewers: [
      { name: "Dana Whitfield", email: "dana@acme.example", spellingConfirmed: true },
      { name: "Sam Lee", spellingConfirmed: true },
    ],
  });
  const emailPolicy: PolicyOverrides = { thankYou: { channel: "email" } };

  test("arrives by Wed 10-14, exactly one business day before a Thu 10-15 decision → by post", () => {
    const { actions } = thankYouPlan(testContext(input, emailPolicy), decision("2026-10-15"));
    expect(sends(actions).map((a) => [a.id, a.channel])).toEqual([
      ["send-thank-you-1", "email"],
      ["post-thank-you-2", "postal"],
    ]);
    expect(actions.some((a) => a.kind === "confirm-recipients")).toBe(false);
  });

  test("arrives by Wed 10-14, the day of a Wed 10-14 decision → email, its address asked for first", () => {
    const { actions } = thankYouPlan(testContext(input, emailPolicy), decision("2026-10-14"));
    expect(sends(actions).map((a) => [a.id, a.channel, a.to?.name])).toEqual([
      ["send-thank-you-1", "email", "Dana Whitfield"],
      ["send-thank-you-2", "email", "Sam Lee"],
    ]);
    expect(actions[0]?.kind).toBe("confirm-recipients");
    expect(texts(actions.find((a) => a.id === "send-thank-you-2")).at(-1)).toContain(
      "between Thu 2026-10-08 and Wed 2026-10-14, as late as the day of the earliest decision (Wed 2026-10-14); to count it must arrive by Tue 2026-10-13",
    );
  });

  test("a Saturday delivery does not count for a decision after the weekend and Columbus Day", () => {
    // Same town, posted Thu 10-08: local 2 days, Fri 9 and Sat 10. The employer reads it Tue 10-13, the decision day.
    const sameTown = {
      ...input.candidate,
      address: { lines: ["9 Broadway"], locality: "New York", region: "NY", country: "US" },
    };
    const thursday = {
      ...input,
      candidate: sameTown,
      start: "2026-10-07T14:00:00-04:00[America/New_York]",
      end: "2026-10-07T15:30:00-04:00[America/New_York]",
    };
    const { advice } = thankYouPlan(testContext(thursday), decision("2026-10-13"));
    expect(advice.postal).toMatchObject({ arrival: { latest: "2026-10-10" }, beforeDecision: false });
    expect(advice.channel).toBe("email");
    const inTime = thankYouPlan(testContext(thursday), decision("2026-10-14")).advice;
    expect(inTime.channel).toBe("postal");
  });

  test("a postal policy is followed, and a late letter says so", () => {
    const { actions } = thankYouPlan(testContext(input, { thankYou: { channel: "postal" } }), decision("2026-10-14"));
    const post = actions.find((a) => a.id === "post-thank-you-2");
    expect(post?.why.at(-1)).toMatchObject({ rule: "thank-you.channel", source: "E-TY-CHANNEL" });
    expect(post?.why.at(-1)?.text).toMatch(/^By post this letter would arrive between .* Post it as your policy asks/);
  });

  test("email-then-postal: Sam gets an email too, its address asked for first", () => {
    const { actions } = thankYouPlan(
      testContext(input, { thankYou: { channel: "email-then-postal" } }),
      decision("2026-10-14"),
    );
    expect(sends(actions).map((a) => [a.id, a.channel])).toEqual([
      ["send-thank-you-1", "email"],
      ["send-thank-you-2", "email"],
      ["post-thank-you-1", "postal"],
      ["post-thank-you-2", "postal"],
    ]);
    expect(texts(actions[0]).join(" ")).toContain("Ask first for the email address of Sam Lee");
  });

  test("a scheduler with only a phone: ask them on the call, for the address or theirs to forward it", () => {
    const scheduler = { name: "Priya Raman", phone: "+1 212 555 0100" };
    const { actions } = thankYouPlan(testContext({ ...input, scheduler }, emailPolicy), decision("2026-10-14"));
    expect(texts(actions.find((a) => a.id === "send-thank-you-2")).at(-1)).toMatch(
      /Email it instead: ask Priya Raman for Sam Lee's email address when you call to confirm the names, or for theirs, to forward it\.$/,
    );
  });

  test("no scheduler: ask for the address when confirming the names", () => {
    const { actions } = thankYouPlan(
      testContext({ ...input, scheduler: undefined }, emailPolicy),
      decision("2026-10-14"),
    );
    expect(texts(actions.find((a) => a.id === "send-thank-you-2")).at(-1)).toMatch(
      /Email it instead: ask for Sam Lee's email address when you confirm the names\.$/,
    );
  });
});
