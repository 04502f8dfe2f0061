import { describe, expect, test } from "vitest";
import type { PolicyOverrides } from "../policy/overrides.js";
import type { InterviewInput } from "../schema/interview-input.js";
import type { PlanDecision } from "../schema/plan.js";
import { thankYouPlan } from "./plan.js";
import { decision, testContext, testInput } from "./test-input.js";

const base = testInput();
const place = (locality: string, country: string, region?: string) => ({
  lines: ["1 High St"],
  locality,
  country,
  ...(region ? { region } : {}),
});
const sameTown = { ...base.candidate, address: place("New York", "US", "NY") };
const company = (timeZone: string, country: string, region: string | undefined, locality: string) => ({
  name: "Acme",
  timeZone,
  country,
  ...(region ? { region } : {}),
  address: place(locality, country, region),
});
const candidate = (timeZone: string, country: string, region: string | undefined, locality: string) => ({
  ...base.candidate,
  timeZone,
  country,
  region,
  address: place(locality, country, region),
});
const london = {
  company: company("Europe/London", "GB", "ENG", "London"),
  candidate: candidate("Europe/London", "GB", "ENG", "Croydon"),
};
const berlin = {
  company: company("Europe/Berlin", "DE", undefined, "Berlin"),
  candidate: candidate("Europe/Berlin", "DE", undefined, "Potsdam"),
};
const toronto = {
  company: company("America/Toronto", "CA", "ON", "Toronto"),
  candidate: candidate("America/Toronto", "CA", "ON", "Mississauga"),
};
const when = (day: string, from: string, to: string, zone: string, offset: string) => ({
  start: `${day}T${from}:00${offset}[${zone}]`,
  end: `${day}T${to}:00${offset}[${zone}]`,
});

interface Case {
  name: string;
  changes: Partial<InterviewInput>;
  policy?: PolicyOverrides;
  decision: PlanDecision;
  channel: string;
  postBy: string;
  arrival: { earliest: string; latest: string };
  beforeDecision: boolean;
}

// Every date below was counted by hand on the real calendars; see postal/transit.test.ts for the day-by-day counts.
const cases: Case[] = [
  {
    name: "US local, 2 days, against the default window (earliest decision the next business day) → email",
    changes: { candidate: sameTown },
    decision: { earliest: "2026-10-07", latest: "2026-10-13", source: "default" },
    channel: "email",
    postBy: "2026-10-07T17:00:00-04:00[America/New_York]",
    arrival: { earliest: "2026-10-08", latest: "2026-10-09" },
    beforeDecision: false,
  },
  {
    name: "US local, 2 days, decision in two weeks → post",
    changes: { candidate: sameTown },
    decision: decision("2026-10-21"),
    channel: "postal",
    postBy: "2026-10-07T17:00:00-04:00[America/New_York]",
    arrival: { earliest: "2026-10-08", latest: "2026-10-09" },
    beforeDecision: true,
  },
  {
    name: '"within two or three days" (earliest the next business day) → email',
    changes: {},
    decision: decision("2026-10-07", "2026-10-09"),
    channel: "email",
    // Wed 7 posted; Thu 8, Fri 9, Sat 10, (Mon 12 Columbus Day), Tue 13, Wed 14.
    postBy: "2026-10-07T17:00:00-04:00[America/New_York]",
    arrival: { earliest: "2026-10-08", latest: "2026-10-14" },
    beforeDecision: false,
  },
  {
    name: "US posted on a Saturday (+1 day): arrives Mon 10-19, decision Tue 10-20 is one business day later → post",
    changes: when("2026-10-09", "10:00", "11:30", "America/New_York", "-04:00"),
    decision: decision("2026-10-20", "2026-10-23"),
    channel: "postal",
    postBy: "2026-10-10T13:00:00-04:00[America/New_York]",
    arrival: { earliest: "2026-10-13", latest: "2026-10-19" },
    beforeDecision: true,
  },
  {
    name: "US posted on a Saturday, decision Mon 10-19 → the letter would land on decision day → email",
    changes: when("2026-10-09", "10:00", "11:30", "America/New_York", "-04:00"),
    decision: decision("2026-10-19", "2026-10-23"),
    channel: "email",
    postBy: "2026-10-10T13:00:00-04:00[America/New_York]",
    arrival: { earliest: "2026-10-13", latest: "2026-10-19" },
    beforeDecision: false,
  },
  {
    name: "Thanksgiving in transit, posted the day before (+1): Thu 12-03, decision Fri 12-04 → post",
    changes: when("2026-11-24", "14:00", "15:30", "America/New_York", "-05:00"),
    decision: decision("2026-12-04", "2026-12-08"),
    channel: "postal",
    postBy: "2026-11-25T17:00:00-05:00[America/New_York]",
    arrival: { earliest: "2026-11-27", latest: "2026-12-03" },
    beforeDecision: true,
  },
  {
    name: "Thanksgiving in transit, decision Thu 12-03 → email",
    changes: when("2026-11-24", "14:00", "15:30", "America/New_York", "-05:00"),
    decision: decision("2026-12-03", "2026-12-08"),
    channel: "email",
    postBy: "2026-11-25T17:00:00-05:00[America/New_York]",
    arrival: { earliest: "2026-11-27", latest: "2026-12-03" },
    beforeDecision: false,
  },
  {
    // Sat 19 posted (+1): Mon 21, Tue 22, Wed 23, Thu 24, (Fri 25 Christmas), Sat 26, Mon 28.
    // Decision Mon 2027-01-04; one business day before is Thu 12-31 (New Year's Day is Friday).
    name: "Christmas in transit, decision after New Year → post",
    changes: when("2026-12-18", "10:00", "11:30", "America/New_York", "-05:00"),
    decision: decision("2027-01-04", "2027-01-08"),
    channel: "postal",
    postBy: "2026-12-19T13:00:00-05:00[America/New_York]",
    arrival: { earliest: "2026-12-21", latest: "2026-12-28" },
    beforeDecision: true,
  },
  {
    // Posted Wed 7 (Royal Mail collects at 17:00); Thu 8, Fri 9, Mon 12.
    name: "GB, 3 working days: arrives Mon 10-12, decision Wed 10-14 → post",
    changes: { ...london, ...when("2026-10-06", "14:00", "15:30", "Europe/London", "+01:00") },
    decision: decision("2026-10-14", "2026-10-16"),
    channel: "postal",
    postBy: "2026-10-07T17:00:00+01:00[Europe/London]",
    arrival: { earliest: "2026-10-08", latest: "2026-10-12" },
    beforeDecision: true,
  },
  {
    // Posted Wed 7; Thu 8, Fri 9, Sat 10 (a Werktag), Mon 12. Without Saturdays it would be Tue 13.
    name: "DE counts Saturdays: arrives Mon 10-12, decision Tue 10-13 → post",
    changes: { ...berlin, ...when("2026-10-06", "14:00", "15:30", "Europe/Berlin", "+02:00") },
    decision: decision("2026-10-13", "2026-10-16"),
    channel: "postal",
    postBy: "2026-10-07T17:00:00+02:00[Europe/Berlin]",
    arrival: { earliest: "2026-10-08", latest: "2026-10-12" },
    beforeDecision: true,
  },
  {
    // Friday evening: no Saturday collection, Mon 12 is Thanksgiving in Ontario → posted Tue 13; Wed 14, Thu 15, Fri 16, Mon 19.
    name: "CA, 4 business days after a Thanksgiving Monday",
    changes: { ...toronto, ...when("2026-10-09", "14:00", "15:30", "America/Toronto", "-04:00") },
    decision: decision("2026-10-21", "2026-10-23"),
    channel: "postal",
    postBy: "2026-10-13T17:00:00-04:00[America/Toronto]",
    arrival: { earliest: "2026-10-14", latest: "2026-10-19" },
    beforeDecision: true,
  },
  {
    // A New York candidate writing to London: 10:00–11:00 London is 05:00–06:00 New York; written by 21:00 New York,
    // collected Tue 15 at 17:00 (USPS); 10 working days in England: Wed 16 … Thu 24, (Fri 25, Mon 28), Tue 29, Wed 30, Thu 31.
    name: "cross-border US → GB, international 10 days",
    changes: { company: london.company, ...when("2026-12-14", "10:00", "11:00", "Europe/London", "+00:00") },
    decision: decision("2027-01-11", "2027-01-15"),
    channel: "postal",
    postBy: "2026-12-15T17:00:00-05:00[America/New_York]",
    arrival: { earliest: "2026-12-16", latest: "2026-12-31" },
    beforeDecision: true,
  },
  {
    // A Berlin candidate writing to Paris: collected Tue 10 at 17:00; Thu 12 (Wed 11 is Armistice Day), Fri 13, Mon 16, Tue 17, Wed 18.
    name: "EU → EU (DE → FR), 5 days",
    changes: {
      company: company("Europe/Paris", "FR", undefined, "Paris"),
      candidate: berlin.candidate,
      ...when("2026-11-09", "10:00", "11:00", "Europe/Paris", "+01:00"),
    },
    decision: decision("2026-11-20", "2026-11-27"),
    channel: "postal",
    postBy: "2026-11-10T17:00:00+01:00[Europe/Berlin]",
    arrival: { earliest: "2026-11-12", latest: "2026-11-18" },
    beforeDecision: true,
  },
  {
    name: "policy email-then-postal: both, even when the letter is late",
    changes: {},
    policy: { thankYou: { channel: "email-then-postal" } },
    decision: decision("2026-10-07", "2026-10-09"),
    channel: "email-then-postal",
    postBy: "2026-10-07T17:00:00-04:00[America/New_York]",
    arrival: { earliest: "2026-10-08", latest: "2026-10-14" },
    beforeDecision: false,
  },
  {
    name: "policy postal, late: post anyway, with a warning",
    changes: {},
    policy: { thankYou: { channel: "postal" } },
    decision: decision("2026-10-07", "2026-10-09"),
    channel: "postal",
    postBy: "2026-10-07T17:00:00-04:00[America/New_York]",
    arrival: { earliest: "2026-10-08", latest: "2026-10-14" },
    beforeDecision: false,
  },
  {
    name: "policy email, though the post would be in time",
    changes: { candidate: sameTown },
    policy: { thankYou: { channel: "email" } },
    decision: decision("2026-10-21"),
    channel: "email",
    postBy: "2026-10-07T17:00:00-04:00[America/New_York]",
    arrival: { earliest: "2026-10-08", latest: "2026-10-09" },
    beforeDecision: true,
  },
  {
    // Written by 16:30, before the 17:00 collection: posted the same Tuesday; local 2 days: Wed 7, Thu 8.
    name: "written before the cut-off → posted the same day",
    changes: { candidate: sameTown, ...when("2026-10-06", "10:00", "11:00", "America/New_York", "-04:00") },
    policy: { thankYou: { writeBy: "16:30" } },
    decision: decision("2026-10-21"),
    channel: "postal",
    postBy: "2026-10-06T17:00:00-04:00[America/New_York]",
    arrival: { earliest: "2026-10-07", latest: "2026-10-08" },
    beforeDecision: true,
  },
  {
    name: "written at 17:30, after the cut-off → the next day",
    changes: { candidate: sameTown, ...when("2026-10-06", "10:00", "11:00", "America/New_York", "-04:00") },
    policy: { thankYou: { writeBy: "17:30" } },
    decision: decision("2026-10-21"),
    channel: "postal",
    postBy: "2026-10-07T17:00:00-04:00[America/New_York]",
    arrival: { earliest: "2026-10-08", latest: "2026-10-09" },
    beforeDecision: true,
  },
  {
    // Saturday interview, written by 12:30: Saturday's 13:00 collection; local 2 + 1 (Saturday): (Mon 12 Columbus Day) Tue 13, Wed 14, Thu 15.
    name: "written by 12:30 on a Saturday → the 13:00 Saturday collection",
    changes: { candidate: sameTown, ...when("2026-10-10", "09:00", "10:00", "America/New_York", "-04:00") },
    policy: { thankYou: { writeBy: "12:30" } },
    decision: decision("2026-10-21"),
    channel: "postal",
    postBy: "2026-10-10T13:00:00-04:00[America/New_York]",
    arrival: { earliest: "2026-10-13", latest: "2026-10-15" },
    beforeDecision: true,
  },
  {
    name: "written by 13:30 on a Saturday → after the Saturday cut-off, past Columbus Day to Tuesday",
    changes: { candidate: sameTown, ...when("2026-10-10", "09:00", "10:00", "America/New_York", "-04:00") },
    policy: { thankYou: { writeBy: "13:30" } },
    decision: decision("2026-10-21"),
    channel: "postal",
    postBy: "2026-10-13T17:00:00-04:00[America/New_York]",
    arrival: { earliest: "2026-10-14", latest: "2026-10-15" },
    beforeDecision: true,
  },
];

describe("thank-you channel", () => {
  test.each(cases)("$name", ({ changes, policy, decision: window, channel, postBy, arrival, beforeDecision }) => {
    const { advice, actions } = thankYouPlan(testContext(testInput(changes), policy), window);
    expect(advice.channel).toBe(channel);
    expect(advice.postal).toEqual({ postBy, arrival, beforeDecision });
    const channelWhy = advice.why.find((w) => w.rule === "thank-you.channel");
    expect(channelWhy?.source).toBe("E-TY-CHANNEL");
    expect(advice.why.find((w) => w.rule === "thank-you.postal-transit")?.source).toMatch(/^E-POST-/);
    if (policy?.thankYou?.channel === "postal" && !beforeDecision) expect(channelWhy?.text).toContain("beware");

    const emails = actions.filter((a) => a.kind === "send-thank-you" && a.channel === "email");
    const posts = actions.filter((a) => a.kind === "send-thank-you" && a.channel === "postal");
    expect(emails.length > 0).toBe(channel !== "postal");
    expect(posts.length > 0).toBe(channel !== "email");
    for (const post of posts) {
      expect(post.id).toMatch(/^post-thank-you-\d+$/);
      expect(post.due).toEqual({ start: advice.writeBy, end: postBy });
    }
    if (channel === "postal") expect(advice.sendBy).toBe(postBy);
  });
});

describe("thank-you format", () => {
  const inTime = decision("2026-10-21");
  test.each([
    { handwriting: "excellent", channel: "postal", format: "handwritten", template: "thank-you/note" },
    { handwriting: "excellent", channel: "email-then-postal", format: "handwritten", template: "thank-you/note" },
    { handwriting: "excellent", channel: "email", format: "typed", template: "thank-you/email" },
    { handwriting: "average", channel: "postal", format: "typed", template: "thank-you/letter" },
    { handwriting: "poor", channel: "postal", format: "typed", template: "thank-you/letter" },
    { handwriting: undefined, channel: "postal", format: "typed", template: "thank-you/letter" },
  ] as const)("$handwriting handwriting, $channel → $format", ({ handwriting, channel, format, template }) => {
    const input = testInput({ candidate: { ...sameTown, handwriting } });
    const { advice, actions } = thankYouPlan(testContext(input, { thankYou: { channel } }), inTime);
    expect(advice.format).toBe(format);
    expect(actions.find((a) => a.kind === "write-thank-you")?.templateId).toBe(template);
    expect(advice.why.find((w) => w.rule === "thank-you.format")?.text).toMatch(
      format === "typed" ? /^Type/ : /^Write it by hand/,
    );
  });
});

describe("not interested", () => {
  test("no letter, a withdrawal instead", () => {
    // Friday 15:30; the candidate's next business day is Tuesday (Monday 10-12 is Columbus Day in New York).
    const input = testInput({
      interest: "not-interested",
      ...when("2026-10-09", "14:00", "15:30", "America/New_York", "-04:00"),
    });
    const { advice, actions } = thankYouPlan(testContext(input), decision("2026-10-13"));
    expect(advice).toEqual({
      send: false,
      channel: "none",
      recipients: [],
      why: [expect.objectContaining({ rule: "thank-you.interest", source: "E-TY-MATTERS" })],
    });
    expect(actions).toEqual([
      {
        id: "withdraw",
        kind: "withdraw",
        due: {
          start: "2026-10-09T15:30:00-04:00[America/New_York]",
          end: "2026-10-13T17:00:00-04:00[America/New_York]",
        },
        channel: "email",
        to: input.scheduler,
        templateId: "outcome/withdrawal",
        status: "pending",
        why: [expect.objectContaining({ rule: "thank-you.interest", source: "E-TY-MATTERS" })],
      },
    ]);
  });

  test("without a scheduler the withdrawal goes to the first interviewer with an email", () => {
    const input = testInput({
      interest: "not-interested",
      scheduler: undefined,
      interviewers: [{ name: "Sam Lee" }, { name: "Dana Whitfield", email: "dana@acme.example" }],
    });
    const { actions } = thankYouPlan(testContext(input), decision("2026-10-13"));
    expect(actions[0]?.to?.name).toBe("Dana Whitfield");
  });

  test("a scheduler with only a phone is passed over for an interviewer with an email", () => {
    const input = testInput({
      interest: "not-interested",
      scheduler: { name: "Priya Raman", phone: "+1 212 555 0100" },
    });
    const { actions } = thankYouPlan(testContext(input), decision("2026-10-13"));
    expect(actions[0]?.to?.name).toBe("Dana Whitfield");
  });
});
