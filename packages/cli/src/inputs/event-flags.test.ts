import { readFileSync } from "node:fs";
import { createPlan, parseInterviewInput } from "@afterview/core";
import { describe, expect, it } from "vitest";
import { CliError } from "../errors/cli-error.js";
import { SAMPLE_END, SAMPLE_INTERVIEW } from "../testing/memory-io.js";
import { EVENT_WORDS, eventFromFlags } from "./event-flags.js";

const plan = createPlan(parseInterviewInput(JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8"))), { now: SAMPLE_END });
const NOW = "2026-11-25T09:00:00-06:00";
const AT = "2026-11-25T08:40:00-06:00";

describe("eventFromFlags: the event each word describes", () => {
  it.each([
    {
      argv: ["sent", { to: "Dana Whitfield", at: AT }],
      event: {
        type: "thank-you-sent",
        id: `sent ${AT} Dana Whitfield`,
        at: AT,
        channel: "email",
        recipient: "Dana Whitfield",
      },
    },
    {
      argv: ["sent", { channel: "postal" }],
      event: { type: "thank-you-sent", id: `sent ${NOW}`, at: NOW, channel: "postal" },
    },
    {
      argv: ["called", { outcome: "spoke", timeline: "next Tuesday", at: AT }],
      event: { type: "follow-up-made", id: `called ${AT}`, at: AT, outcome: "spoke", timeline: "next Tuesday" },
    },
    {
      argv: ["heard-back", { timeline: "by Friday", at: AT }],
      event: { type: "timeline-updated", id: `heard-back ${AT}`, at: AT, text: "by Friday" },
    },
    {
      argv: ["offer", { amount: 95000, currency: "USD", deadline: "2026-12-04T17:00:00-06:00", at: AT }],
      event: {
        type: "offer-received",
        id: `offer ${AT}`,
        at: AT,
        offer: { base: { amount: 95000, currency: "USD" }, period: "year", deadline: "2026-12-04T17:00:00-06:00" },
      },
    },
    {
      argv: ["offer-received", { amount: "95,000.50", currency: "EUR", period: "month", id: "o1" }],
      event: {
        type: "offer-received",
        id: "o1",
        at: NOW,
        offer: { base: { amount: 95000.5, currency: "EUR" }, period: "month" },
      },
    },
    { argv: ["accepted", {}], event: { type: "offer-accepted", id: `accepted ${NOW}`, at: NOW } },
    { argv: ["no-response", { at: AT }], event: { type: "no-response", id: `no-response ${AT}`, at: AT } },
  ])("$argv.0 $argv.1", ({ argv, event }) => {
    const [word, options] = argv as [string, Record<string, unknown>];
    expect(eventFromFlags(word, options, plan, NOW)).toEqual(event);
  });

  it("knows a word for every event type core has", () => {
    expect(
      Object.values(EVENT_WORDS)
        .map((spec) => spec.type)
        .sort(),
    ).toEqual(
      [
        "follow-up-made",
        "no-response",
        "offer-accepted",
        "offer-declined",
        "offer-received",
        "rejected",
        "thank-you-sent",
        "timeline-updated",
        "withdrew",
      ].sort(),
    );
  });
});

describe("eventFromFlags: a flag to fix is one line naming it, exit 2", () => {
  it.each([
    {
      argv: ["offer", { currency: "USD" }],
      line: "--amount: missing; give the base pay the offer names, e.g. --amount 95000 --currency USD",
    },
    {
      argv: ["offer", { amount: 95000 }],
      line: "--currency: missing; give the currency of --amount as its three-letter code, e.g. --currency USD",
    },
    {
      argv: ["offer", { amount: "lots", currency: "USD" }],
      line: '--amount: "lots" is not an amount; write the base pay in figures, e.g. --amount 95000',
    },
    { argv: ["offer", { amount: 95000, currency: "usd" }], line: /^--currency: / },
    { argv: ["offer", { amount: 95000, currency: "USD", deadline: "Friday" }], line: /^--deadline: / },
    {
      argv: ["heard-back", {}],
      line: '--timeline: missing; say what they told you, in their words, e.g. --timeline "by Friday"',
    },
    {
      argv: ["called", {}],
      line: "--outcome: missing; say how the call went: --outcome spoke, --outcome voicemail or --outcome no-answer",
    },
    { argv: ["called", { outcome: "great" }], line: /^--outcome: / },
    { argv: ["sent", { channel: "fax" }], line: /^--channel: / },
    { argv: ["sent", { at: "yesterday" }], line: /^--at: / },
    { argv: ["rejected", { amount: 5 }], line: '--amount: a "rejected" event does not take it; it takes --at, --id' },
    {
      argv: ["sent", { outcome: "spoke" }],
      line: '--outcome: a "sent" event does not take it; it takes --to, --channel, --at, --id',
    },
  ])("$argv.0 $argv.1", ({ argv, line }) => {
    const [word, options] = argv as [string, Record<string, unknown>];
    let error: unknown;
    try {
      eventFromFlags(word, options, plan, NOW);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    if (typeof line === "string") expect((error as CliError).message).toBe(line);
    else expect((error as CliError).message).toMatch(line);
  });
});
