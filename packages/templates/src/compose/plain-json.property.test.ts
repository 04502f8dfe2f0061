/*
 * One trust boundary: compose and composePlan read typed values and never validate them again, so
 * what they read must be the data, not where it came from. For generated interviews, every
 * template and every draft of composePlan comes out the same from core's own objects, from their
 * JSON round trip (a plan read back from storage), from core's parsed copies of that JSON, and from
 * the interview as the app built it.
 */
import {
  adviseNegotiation,
  applyEvent,
  createPlan,
  type InterviewInput,
  type NegotiationAdvice,
  type Offer,
  type Plan,
  parseInterviewInput,
  parseOffer,
  parsePlan,
} from "@afterview/core";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Locale } from "../document/types.js";
import { en } from "../languages/en/index.js";

/** English data, so the English locales; each other language checks its own letters (review, snapshots) in languages/<lang>/. */
const LOCALES = en.locales;

import { interview } from "../internal/test-arbitraries.js";
import { TONES } from "../registry/tones.js";
import { TEMPLATE_IDS } from "../registry/types.js";
import { compose } from "./compose.js";
import { composePlan } from "./compose-plan.js";

interface Values {
  input: InterviewInput;
  plan: Plan;
  offered: Plan;
  offer: Offer;
  negotiation: NegotiationAdvice;
}

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Core's objects for an interview: its plan, the plan after an offer, the offer and the advice on it. */
function fromCore(raw: InterviewInput): Values {
  const input = parseInterviewInput(raw);
  const plan = createPlan(input, { now: input.end });
  const offer: Offer = { base: { amount: 95000, currency: "USD" }, period: "year", startDate: "2027-02-01" };
  const at = plan.followUps[0]?.opens ?? input.end;
  const offered = applyEvent(plan, { type: "offer-received", id: "o", at, offer }, { now: at });
  const negotiation = adviseNegotiation(offer, { yearsExperience: 8, yearsRequired: 5, fit: "strong" });
  return { input, plan, offered, offer: offered.offer ?? offer, negotiation };
}

/** Every template, and composePlan before and after the offer, in one tone and locale. */
function documents(values: Values, tone: (typeof TONES)[number], locale: Locale) {
  const { input, plan, offered, offer, negotiation } = values;
  return {
    each: TEMPLATE_IDS.map((id) =>
      compose(id, { input, plan: id.startsWith("offer/") ? offered : plan, offer, negotiation, tone, locale }),
    ),
    plan: composePlan(plan, input, { tone, locale }),
    offered: composePlan(offered, input, { negotiation, includeDone: true }),
  };
}

describe("a plain object of the type composes as core's own object", () => {
  test.prop([interview, fc.constantFrom(...TONES), fc.constantFrom(...LOCALES)], { numRuns: 25 })(
    "JSON round trip, parsed copy and the app's own interview give the same documents as core's objects",
    (raw, tone, locale) => {
      const core = fromCore(raw);
      const json = roundTrip(core);
      const parsed: Values = {
        input: parseInterviewInput(json.input),
        plan: parsePlan(json.plan),
        offered: parsePlan(json.offered),
        offer: parseOffer(json.offer),
        negotiation: json.negotiation,
      };
      const expected = documents(core, tone, locale);
      expect(documents(json, tone, locale)).toStrictEqual(expected);
      expect(documents(parsed, tone, locale)).toStrictEqual(expected);
      expect(documents({ ...core, input: raw }, tone, locale)).toStrictEqual(expected);
    },
  );
});
