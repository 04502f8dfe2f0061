/*
 * Every public function of @afterview/core (src/index.ts and the holidays subpath's tables), as a
 * fuzz target: valid argument lists to mutate, and what each output must satisfy.
 */

import { isDeepStrictEqual } from "node:util";
import {
  AfterviewValidationError,
  adviseNegotiation,
  adviseThankYou,
  applyEvent,
  type BusinessCalendar,
  businessCalendar,
  compareOffers,
  convertWallClock,
  coordinatePlans,
  countWords,
  createPlan,
  createTableSource,
  currencyDigits,
  defaultHolidaySource,
  detectTimeMention,
  followUpSchedule,
  formatMoney,
  formatWhen,
  type Plan,
  parseDecisionTimeline,
  parseInterviewInput,
  parseNegotiationContext,
  parseOffer,
  parsePlan,
  parsePlanEvent,
  postalArrival,
  registerHolidays,
  resolvePolicy,
  reviewDraft,
  reviewDrafts,
  safeParseInterviewInput,
  safeParseNegotiationContext,
  safeParseOffer,
  safeParsePlan,
  safeParsePlanEvent,
  toDate,
  toZoned,
  weekdayCalendar,
  zonedAt,
} from "@afterview/core";
import { GB, US } from "@afterview/core/holidays";
import {
  currencyMinorUnits,
  isCountryCode,
  isCurrencyCode,
  isPreciseAmount,
  weekendDays,
} from "@afterview/core/schema";
import { assert, type FuzzTarget } from "@afterview/testing/fuzz";
import {
  EVENTS,
  NEGOTIATION,
  NOW,
  OFFER,
  OFFER_GBP,
  OFFER_PLAN,
  PLAN,
  SAMPLE_INPUT,
  SPARSE_INPUT,
  SPARSE_PLAN,
} from "@afterview/testing/samples";

// biome-ignore lint/suspicious/noExplicitAny: the targets call typed functions with untyped JSON on purpose.
type Any = any;

/** A parse function returns a value that parses to itself. */
const idempotent = (parse: (value: unknown) => unknown) => (output: unknown) => {
  assert(sameJson(parse(structuredClone(output)), output), "parsing the output changed it");
};

/** Equal as JSON, whatever the key order. */
const sameJson = (a: unknown, b: unknown) =>
  isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));

/** The output is a plan that parses with the plan schema, unchanged. */
const isPlan = (output: unknown) => {
  assert(sameJson(parsePlan(structuredClone(output)), output), "the plan did not parse as itself");
};

const isDateString = (value: unknown) => typeof value === "string" && /^[+-]?\d{4,6}-\d{2}-\d{2}$/.test(value);

const LETTER = [
  "Dear Dana,",
  "",
  "Thank you for talking with me today about the warehouse migration at Acme Corp.",
  "I would enjoy helping the team with it as Senior Data Engineer.",
  "",
  "Best regards,",
  "Alex Morgan",
].join("\n");
const DANA = SAMPLE_INPUT.interviewers[0]!;
const MAREK = SAMPLE_INPUT.interviewers[1]!;

/** The calendars whose methods are attacked: a country with a region, a country, and a weekday calendar. */
const CALENDARS: Record<string, () => BusinessCalendar> = {
  "US-NY": () => businessCalendar({ country: "US", region: "NY" }),
  GB: () => businessCalendar({ country: "GB" }),
  weekdays: () => weekdayCalendar([5, 6]),
};
const calendarNames = Object.keys(CALENDARS);
const calendarOf = (name: unknown) =>
  (typeof name === "string" && Object.hasOwn(CALENDARS, name) ? CALENDARS[name]! : CALENDARS.weekdays!)();

/** Each method of a BusinessCalendar, called on one of {@link CALENDARS} named by the first argument. */
const calendarMethods: FuzzTarget[] = [
  ["isBusinessDay", [["2026-11-26"], ["2026-11-24T15:30:00-05:00[America/New_York]"]], "boolean"],
  ["holidaysOn", [["2026-12-25"], ["2026-07-04"]], "array"],
  ["holidays", [[2026], [2030]], "array"],
  [
    "addBusinessDays",
    [
      ["2026-11-24", 3],
      ["2026-12-24", -5],
    ],
    "date",
  ],
  ["nextBusinessDay", [["2026-11-26"], ["2026-12-31"]], "date"],
  ["previousBusinessDay", [["2026-11-30"], ["2027-01-01"]], "date"],
  [
    "businessDaysBetween",
    [
      ["2026-11-24", "2026-12-08"],
      ["2026-12-08", "2026-11-24"],
    ],
    "number",
  ],
].map(([method, valid, kind]) => ({
  name: `BusinessCalendar.${method}`,
  valid: calendarNames.flatMap((c) => (valid as unknown[][]).map((args) => [c, ...args])),
  call: ([c, ...args]) => (calendarOf(c) as Any)[method as string](...args),
  check: (out: unknown) => {
    if (kind === "boolean") assert(typeof out === "boolean", "expected a boolean");
    if (kind === "array") assert(Array.isArray(out), "expected an array");
    if (kind === "number") assert(Number.isSafeInteger(out), "expected an integer");
    if (kind === "date") assert(isDateString(String(out)), `expected a date, got ${String(out)}`);
  },
}));

const tableSource = () => createTableSource([US, GB]);
/** Each method of a HolidaySource: the live default one (Node) and one made of tables. */
const sourceMethods: FuzzTarget[] = (
  [
    [
      "holidays",
      [
        ["US", "NY", 2026],
        ["GB", undefined, 2030],
      ],
    ],
    ["hasCountry", [["US"], ["ZZ"]]],
    ["regions", [["US"], ["GB"]]],
  ] as const
).flatMap(([method, valid]) => [
  {
    name: `defaultHolidaySource.${method}`,
    valid: valid as unknown as unknown[][],
    call: (args: unknown[]) => (defaultHolidaySource as Any)[method](...args),
  },
  {
    name: `createTableSource(…).${method}`,
    valid: valid as unknown as unknown[][],
    call: (args: unknown[]) => (tableSource() as Any)[method](...args),
  },
]);

/** Every public function of @afterview/core. */
export const coreTargets: FuzzTarget[] = [
  {
    name: "businessCalendar",
    valid: [[{ country: "US", region: "NY" }], [{ country: "GB" }], [{ country: "DE", region: "BY" }]],
    call: ([spec, options]) => businessCalendar(spec as Any, options as Any),
    check: (out) => assert(typeof (out as BusinessCalendar).isBusinessDay === "function", "not a calendar"),
  },
  {
    name: "weekdayCalendar",
    valid: [[], [[6, 7]], [[5, 6]], [[]]],
    call: (args) => weekdayCalendar(...(args as [Any])),
    check: (out) => assert(typeof (out as BusinessCalendar).isBusinessDay === "function", "not a calendar"),
  },
  ...calendarMethods,
  {
    name: "createTableSource",
    valid: [[[US]], [[US, GB]]],
    call: ([tables]) => createTableSource(tables as Any),
  },
  {
    name: "createTableSource(…).missingCountryError",
    valid: [["FR"], ["US"]],
    call: ([country]) => {
      const error = tableSource().missingCountryError(country as Any);
      assert(error instanceof Error, "expected an error to throw");
      return error;
    },
  },
  ...sourceMethods,
  {
    name: "createTableSource(tables).holidays",
    valid: [
      [[US, GB], "US", "NY", 2026],
      [[GB], "GB", "SCT", 2027],
    ],
    call: ([tables, ...args]) => (createTableSource(tables as Any) as Any).holidays(...args),
    check: (out) => assert(Array.isArray(out), "expected holidays"),
  },
  { name: "registerHolidays", valid: [[US], [US, GB], []], call: (args) => registerHolidays(...(args as Any[])) },
  {
    name: "weekendDays",
    valid: [["US"], ["AE"], ["il"]],
    call: ([c]) => weekendDays(c as Any),
    check: (out) => assert(Array.isArray(out) && out.every((d) => d >= 1 && d <= 7), "expected weekdays 1–7"),
  },
  {
    name: "followUpSchedule",
    valid: [
      [SAMPLE_INPUT, { now: NOW }],
      [SPARSE_INPUT, { now: SPARSE_INPUT.end, policy: { thankYou: {} } }],
    ],
    call: ([input, options]) => followUpSchedule(input as Any, options as Any),
    check: (out) => assert(Array.isArray(out), "expected an array"),
  },
  { name: "isCountryCode", valid: [["US"], ["XX"]], call: ([c]) => isCountryCode(c as Any), check: bool },
  { name: "isCurrencyCode", valid: [["USD"], ["XXX"]], call: ([c]) => isCurrencyCode(c as Any), check: bool },
  {
    name: "currencyMinorUnits",
    valid: [["USD"], ["JPY"], ["ZZZ"]],
    call: ([c]) => currencyMinorUnits(c as Any),
    check: (out) => assert(out === undefined || Number.isInteger(out), "expected an integer or undefined"),
  },
  {
    name: "parseInterviewInput",
    valid: [[SAMPLE_INPUT], [SPARSE_INPUT]],
    call: ([v]) => parseInterviewInput(v),
    check: idempotent(parseInterviewInput),
  },
  { name: "parseOffer", valid: [[OFFER], [OFFER_GBP]], call: ([v]) => parseOffer(v), check: idempotent(parseOffer) },
  { name: "parsePlan", valid: [[PLAN], [OFFER_PLAN]], call: ([v]) => parsePlan(v), check: idempotent(parsePlan) },
  ...(
    [
      ["safeParseInterviewInput", safeParseInterviewInput, SAMPLE_INPUT],
      ["safeParseOffer", safeParseOffer, OFFER],
      ["safeParsePlan", safeParsePlan, PLAN],
      ["safeParsePlanEvent", safeParsePlanEvent, EVENTS[0]],
      ["safeParseNegotiationContext", safeParseNegotiationContext, NEGOTIATION],
    ] as const
  ).map(
    ([name, safeParse, valid]): FuzzTarget => ({
      name,
      valid: [[valid]],
      call: ([v]) => safeParse(v),
      check: (out) => {
        const result = out as { success: boolean; data?: unknown; error?: unknown };
        assert(
          result.success ? "data" in result : result.error instanceof AfterviewValidationError,
          "expected a result",
        );
      },
    }),
  ),
  {
    name: "parsePlanEvent",
    valid: EVENTS.map((e) => [e]),
    call: ([v]) => parsePlanEvent(v),
    check: idempotent(parsePlanEvent),
  },
  {
    name: "parseNegotiationContext",
    valid: [[NEGOTIATION], [{}]],
    call: ([v]) => parseNegotiationContext(v),
    check: idempotent(parseNegotiationContext),
  },
  {
    name: "currencyDigits",
    valid: [["USD"], ["JPY"]],
    call: ([currency]) => currencyDigits(currency as Any),
    check: (out) => assert(Number.isInteger(out), "expected an integer"),
  },
  {
    name: "formatMoney",
    valid: [[{ amount: 95000, currency: "USD" }], [{ amount: 1234.5, currency: "EUR" }, "de-DE"]],
    call: ([money, locale]) => formatMoney(money as Any, locale as Any),
    check: (out) => assert(typeof out === "string" && out.length > 0, "expected text"),
  },
  {
    name: "isPreciseAmount",
    valid: [[{ amount: 95000, currency: "USD" }], [{ amount: 1234.56, currency: "EUR" }]],
    call: ([money]) => isPreciseAmount(money as Any),
    check: bool,
  },
  {
    name: "adviseNegotiation",
    valid: [[OFFER], [OFFER, NEGOTIATION], [OFFER_GBP, {}]],
    call: ([offer, ctx]) => adviseNegotiation(offer as Any, ctx as Any),
    check: (out) => assert(JSON.stringify(out) !== undefined, "expected advice"),
  },
  {
    name: "compareOffers",
    valid: [
      [[OFFER, OFFER_GBP], { rates: { GBP: 1.27 }, now: "2026-12-01T09:00:00Z" }],
      [[OFFER_GBP], undefined],
    ],
    call: ([offers, ctx]) => compareOffers(offers as Any, ctx as Any),
    check: (out) => assert(JSON.stringify(out) !== undefined, "expected a comparison"),
  },
  {
    name: "coordinatePlans",
    valid: [[[OFFER_PLAN, SPARSE_PLAN], { now: "2026-12-03T09:00:00-05:00" }]],
    call: ([plans, options]) => coordinatePlans(plans as Any, options as Any),
    check: (out) => {
      assert(Array.isArray(out), "expected plans");
      for (const plan of out as Plan[]) isPlan(plan);
    },
  },
  {
    name: "applyEvent",
    valid: [
      ...EVENTS.map((e) => [PLAN, e, { now: "2026-12-02T12:00:00-05:00" }]),
      [OFFER_PLAN, { type: "offer-accepted", id: "a", at: "2026-12-03T09:00:00Z" }, { now: "2026-12-03T09:00:00Z" }],
    ],
    call: ([plan, event, options]) => applyEvent(plan as Any, event as Any, options as Any),
    check: isPlan,
  },
  {
    name: "createPlan",
    valid: [
      [SAMPLE_INPUT, { now: NOW }],
      [SPARSE_INPUT, { now: SPARSE_INPUT.end, policy: { followUp: {} } }],
    ],
    call: ([input, options]) => createPlan(input as Any, options as Any),
    check: isPlan,
  },
  {
    name: "resolvePolicy",
    valid: [[], [{}], [{ thankYou: {} }]],
    call: ([overrides]) => resolvePolicy(overrides),
    check: (out) => assert(typeof out === "object" && out !== null, "expected a policy"),
  },
  {
    name: "postalArrival",
    valid: [
      [
        {
          from: { country: "US", timeZone: "America/Chicago" },
          to: { country: "US", region: "NY" },
          readyAt: "2026-11-24T21:00:00-06:00[America/Chicago]",
        },
      ],
      [{ from: { country: "GB", timeZone: "Europe/London" }, to: { country: "GB" }, readyAt: "2026-03-10T12:00:00Z" }],
    ],
    call: ([options]) => postalArrival(options as Any),
    check: (out) => {
      const { arrival } = out as ReturnType<typeof postalArrival>;
      assert(isDateString(arrival.earliest) && arrival.earliest <= arrival.latest, "arrival out of order");
    },
  },
  {
    name: "reviewDraft",
    valid: [
      [LETTER, { input: SAMPLE_INPUT, recipient: DANA, otherCompanies: ["Globex"], channel: "email" }],
      [LETTER, { input: SPARSE_INPUT, limits: { max: 400 } }],
    ],
    call: ([draft, context]) => reviewDraft(draft as Any, context as Any),
    check: (out) => assert(Array.isArray((out as { findings?: unknown }).findings), "expected findings"),
  },
  {
    name: "reviewDrafts",
    valid: [
      [
        [
          { recipient: DANA, text: LETTER },
          { recipient: MAREK, text: LETTER.replace("Dana", "Marek") },
        ],
        { input: SAMPLE_INPUT, similarityThreshold: 0.8 },
      ],
    ],
    call: ([drafts, context]) => reviewDrafts(drafts as Any, context as Any),
  },
  {
    name: "adviseThankYou",
    valid: [
      [SAMPLE_INPUT, { now: NOW }],
      [SPARSE_INPUT, { now: SPARSE_INPUT.end }],
    ],
    call: ([input, options]) => adviseThankYou(input as Any, options as Any),
  },
  {
    name: "convertWallClock",
    valid: [
      ["2026-03-10", "09:00", "America/New_York", "Europe/London"],
      ["2026-11-01", "01:30", "America/Chicago", "Asia/Kolkata"],
    ],
    call: (args) => convertWallClock(...(args as [Any, Any, Any, Any])),
    check: zoned,
  },
  {
    name: "toZoned",
    valid: [
      ["2026-11-24T15:30:00-05:00[America/New_York]", "Europe/London"],
      ["2026-11-24T20:30:00Z", "Asia/Tokyo"],
      ["2026-11-24T15:30:00-05:00"],
    ],
    call: (args) => toZoned(...(args as [Any, Any])),
    check: zoned,
  },
  {
    name: "toDate",
    valid: [["2026-11-24T15:30:00-05:00[America/New_York]"], ["2026-11-24T20:30:00Z"]],
    call: ([instant]) => toDate(instant as Any),
    check: (out) => assert(out instanceof Date && !Number.isNaN(out.getTime()), "expected a valid Date"),
  },
  {
    name: "formatWhen",
    valid: [
      ["2026-11-24T15:30:00-05:00[America/New_York]"],
      ["2026-11-24T20:30:00+05:30", { locale: "en-GB", style: "time" }],
      ["2026-11-24T20:30:00Z", { zone: "Asia/Tokyo", style: "date" }],
    ],
    call: ([instant, options]) => formatWhen(instant as Any, options as Any),
    check: (out) => assert(typeof out === "string" && out.length > 0, "expected text"),
  },
  {
    name: "countWords",
    valid: [["I can't wait: on-call, 40 TB, 3.5 days — done."], [""]],
    call: ([text]) => countWords(text as Any),
    check: (out) => assert(Number.isInteger(out) && (out as number) >= 0, "expected a count"),
  },
  {
    name: "zonedAt",
    valid: [
      ["2026-03-08", "02:30", "America/New_York"],
      ["2026-11-24", "09:00", "Australia/Sydney"],
    ],
    call: (args) => zonedAt(...(args as [Any, Any, Any])),
    check: zoned,
  },
  {
    name: "parseDecisionTimeline",
    valid: [
      ["We'll make a decision within two or three days", "2026-11-24T15:30:00-05:00[America/New_York]"],
      ["by 4/12", "2026-11-24T15:30:00+00:00[Europe/London]", { country: "GB" }],
      ["by the end of next week", "2026-11-24T15:30:00-05:00[America/New_York]", { country: "US", region: "NY" }],
    ],
    // The options hold a calendar (an object with methods): the third argument is its spec.
    call: ([text, reference, spec]) =>
      parseDecisionTimeline(
        text as Any,
        reference as Any,
        spec === undefined ? undefined : { calendar: businessCalendar(spec as Any) },
      ),
    check: (out) => {
      if (out === null) return;
      const { earliest, latest } = out as { earliest: string; latest: string };
      assert(isDateString(earliest) && isDateString(latest) && earliest <= latest, "bad range");
    },
  },
  {
    name: "detectTimeMention",
    valid: [["We'll decide after the board meets in the spring term"], ["We'll be in touch"], ["by 4/1"]],
    call: ([text]) => detectTimeMention(text as Any),
    check: (out) => {
      if (out === null) return;
      const { text, index } = out as { text: string; index: number };
      assert(typeof text === "string" && text.length > 0 && Number.isInteger(index) && index >= 0, "bad mention");
    },
  },
];

function bool(out: unknown): void {
  assert(typeof out === "boolean", "expected a boolean");
}

function zoned(out: unknown): void {
  assert(typeof (out as { epochNanoseconds?: unknown }).epochNanoseconds === "bigint", "expected a ZonedDateTime");
}
