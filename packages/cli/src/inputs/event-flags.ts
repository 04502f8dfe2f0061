import { AfterviewValidationError, type Plan, type PlanEvent, parsePlanEvent } from "@afterview/core";
import { CliError } from "../errors/cli-error.js";
import { describeInputError } from "../errors/describe-error.js";
import { stringOption } from "./options.js";

/** The flags that describe an event on the command line, as cac names them (camelCase) and as typed. */
export const EVENT_FLAGS = {
  at: "--at",
  id: "--id",
  to: "--to",
  channel: "--channel",
  outcome: "--outcome",
  timeline: "--timeline",
  amount: "--amount",
  currency: "--currency",
  period: "--period",
  deadline: "--deadline",
} as const;

type Flag = keyof typeof EVENT_FLAGS;
type EventType = PlanEvent["type"];

/** One way to name an event on the command line: the word, the event type, and the flags it takes. */
interface EventWord {
  type: EventType;
  /** The flags it takes besides `--at` and `--id`. */
  flags: readonly Flag[];
}

/**
 * The words `afterview event` reads as an event instead of a file, in the order `--help` lists
 * them. Each event type's own name (`thank-you-sent`, `offer-received`) works too.
 */
export const EVENT_WORDS: Readonly<Record<string, EventWord>> = {
  sent: { type: "thank-you-sent", flags: ["to", "channel"] },
  called: { type: "follow-up-made", flags: ["outcome", "channel", "timeline"] },
  "heard-back": { type: "timeline-updated", flags: ["timeline"] },
  offer: { type: "offer-received", flags: ["amount", "currency", "period", "deadline"] },
  accepted: { type: "offer-accepted", flags: [] },
  declined: { type: "offer-declined", flags: [] },
  rejected: { type: "rejected", flags: [] },
  withdrew: { type: "withdrew", flags: [] },
  "no-response": { type: "no-response", flags: [] },
};

/** The word for an event given on the command line (`sent`, or its type `thank-you-sent`); undefined for anything else. */
export function eventWord(given: string): { word: string; spec: EventWord } | undefined {
  const direct = EVENT_WORDS[given];
  if (direct) return { word: given, spec: direct };
  const byType = Object.entries(EVENT_WORDS).find(([, spec]) => spec.type === given);
  return byType ? { word: byType[0], spec: byType[1] } : undefined;
}

/** The event flags given on this command line, in the order of {@link EVENT_FLAGS}. */
export function givenEventFlags(options: Readonly<Record<string, unknown>>): Flag[] {
  return (Object.keys(EVENT_FLAGS) as Flag[]).filter((flag) => options[flag] !== undefined);
}

/** What each flag that must be given says when it is not. */
const MISSING: Partial<Record<Flag, string>> = {
  outcome: "say how the call went: --outcome spoke, --outcome voicemail or --outcome no-answer",
  timeline: 'say what they told you, in their words, e.g. --timeline "by Friday"',
  amount: "give the base pay the offer names, e.g. --amount 95000 --currency USD",
  currency: "give the currency of --amount as its three-letter code, e.g. --currency USD",
};

/** Where each field of an event comes from on the command line, to name the flag in an error. */
const FIELD_FLAGS: readonly [RegExp, Flag][] = [
  [/^at$/, "at"],
  [/^id$/, "id"],
  [/^recipient$/, "to"],
  [/^channel$/, "channel"],
  [/^outcome$/, "outcome"],
  [/^(timeline|text)$/, "timeline"],
  [/^offer\.base\.amount$/, "amount"],
  [/^offer\.base\.currency$/, "currency"],
  [/^offer\.base$/, "amount"],
  [/^offer\.period$/, "period"],
  [/^offer\.deadline$/, "deadline"],
];

/**
 * Builds the event an `afterview event <plan> <word> --flag …` command line describes, checked by
 * core. `--at` defaults to `now`; `--id` to the word, the instant and the person
 * (`sent 2026-11-25T08:40:00-06:00 Dana Whitfield`), so the same command line run twice is
 * applied once. `sent` goes by the plan's own thank-you channel unless `--channel` says otherwise;
 * `offer` is a yearly pay unless `--period` says otherwise.
 *
 * @throws CliError (exit 2) naming the flag and the fix: a flag the event does not take, one it
 *   needs, or a value core refuses.
 * @example
 * ```ts
 * eventFromFlags("offer", { amount: 95000, currency: "USD", at: "2026-12-02T10:00:00-06:00" }, plan, now);
 * //=> { type: "offer-received", id: "offer 2026-12-02T10:00:00-06:00", at: "2026-12-02T10:00:00-06:00",
 * //     offer: { base: { amount: 95000, currency: "USD" }, period: "year" } }
 * ```
 */
export function eventFromFlags(
  given: string,
  options: Readonly<Record<string, unknown>>,
  plan: Plan,
  now: string,
): PlanEvent {
  const found = eventWord(given);
  if (!found) throw new CliError(unknownWord(given));
  const { word, spec } = found;
  for (const flag of givenEventFlags(options)) {
    if (flag === "at" || flag === "id" || spec.flags.includes(flag)) continue;
    const takes = [...spec.flags, "at", "id"].map((name) => EVENT_FLAGS[name as Flag]).join(", ");
    throw new CliError(`${EVENT_FLAGS[flag]}: a "${word}" event does not take it; it takes ${takes}`);
  }
  const value = (flag: Flag) => stringOption(options, flag);
  const required = (flag: Flag) => {
    const text = value(flag);
    if (text === undefined) throw new CliError(`${EVENT_FLAGS[flag]}: missing; ${MISSING[flag]}`);
    return text;
  };
  const at = value("at") ?? now;
  const fields: Record<string, unknown> = {};
  let who: string | undefined;
  switch (spec.type) {
    case "thank-you-sent":
      fields.channel = value("channel") ?? (plan.thankYou.channel === "postal" ? "postal" : "email");
      who = value("to");
      if (who !== undefined) fields.recipient = who;
      break;
    case "follow-up-made": {
      fields.outcome = required("outcome");
      const channel = value("channel");
      if (channel !== undefined) fields.channel = channel;
      const timeline = value("timeline");
      if (timeline !== undefined) fields.timeline = timeline;
      break;
    }
    case "timeline-updated":
      fields.text = required("timeline");
      break;
    case "offer-received": {
      const amount = readAmount(required("amount"));
      const offer: Record<string, unknown> = {
        base: { amount, currency: required("currency") },
        period: value("period") ?? "year",
      };
      const deadline = value("deadline");
      if (deadline !== undefined) offer.deadline = deadline;
      fields.offer = offer;
      break;
    }
    default:
      break;
  }
  const id = value("id") ?? [word, at, who].filter((part) => part !== undefined).join(" ");
  try {
    return parsePlanEvent({ type: spec.type, id, at, ...fields });
  } catch (error) {
    throw describeFlagError(error);
  }
}

/** The line for a word that is neither an event nor a file. */
export function unknownWord(given: string): string {
  return `${given}: not an event file, nor an event; name a .json or .yaml file, or one of ${Object.keys(EVENT_WORDS).join(", ")}`;
}

/** `95000`, `95,000`, `95_000` or `95000.50` as a number; anything else is a one-line error. */
function readAmount(text: string): number {
  const digits = text.replace(/[,_\s]/g, "");
  if (!/^\d+(\.\d+)?$/.test(digits)) {
    throw new CliError(`--amount: "${text}" is not an amount; write the base pay in figures, e.g. --amount 95000`);
  }
  return Number(digits);
}

/** A validation error of an event built from flags, worded for the flag it came from. */
function describeFlagError(error: unknown): CliError {
  if (!(error instanceof AfterviewValidationError)) return describeInputError("the event", error);
  const first = error.issues[0];
  const flag = FIELD_FLAGS.find(([pattern]) => pattern.test(first?.path ?? ""))?.[1];
  if (!first || !flag) return describeInputError("the event", error);
  return describeInputError(EVENT_FLAGS[flag], new AfterviewValidationError([{ ...first, path: "" }]));
}
