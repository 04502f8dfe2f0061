import type { Locale } from "../../document/types.js";
import { countryNameIn } from "../country-name.js";
import type { LanguageWords, LeverWords } from "../types.js";
import { dayAndDate, longDate, weekday } from "./dates.js";
import { closing, salutation } from "./letter-conventions.js";
import { joinAnd } from "./list.js";

/** Names for the levers core's `adviseNegotiation` suggests (and a few common others), American then British. */
const LEVERS: Record<string, readonly [us: string, gb: string]> = {
  "sign-on-bonus": ["a signing bonus", "a joining bonus"],
  "pto-days": ["more paid time off", "more annual leave"],
  "start-date": ["a later start date", "a later start date"],
  title: ["the job title", "the job title"],
  "review-timing": ["an earlier pay review", "an earlier pay review"],
  equity: ["a larger equity grant", "a larger equity grant"],
  relocation: ["help with relocation costs", "help with relocation costs"],
  remote: ["some remote work", "some remote working"],
};

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

const PER = { hour: "an hour", month: "a month", year: "a year" } as const;

const british = (locale: Locale) => locale !== "en-US";

function lever(item: LeverWords, locale: Locale): string | undefined {
  const names = LEVERS[item.kind];
  if (!names) return undefined;
  const name = names[british(locale) ? 1 : 0];
  if (item.kind === "sign-on-bonus" && item.amount) return `${name} of ${item.amount}`;
  if (item.kind === "review-timing" && item.months !== undefined) return `${name}, after ${item.months} months`;
  return name;
}

/** American and British English: the model every other language's words follow. */
export const words: LanguageWords = {
  longDate,
  dayAndDate,
  weekday,
  list: (items, locale) => joinAnd(items, locale),
  salutation,
  closing: (person, tone, locale) => closing(person, tone, locale),
  meeting: {
    onsite: { meeting: "meeting with me", met: "met" },
    phone: { meeting: "speaking with me by phone", met: "spoke" },
    video: { meeting: "talking with me over video", met: "talked" },
  },
  someone: "there",
  you: "you",
  team: "the team",
  per: PER,
  lever,
  terms: {
    base: (amount, period) => `Base salary: ${amount} ${PER[period]}`,
    signOnBonus: (amount, locale) => `${british(locale) ? "Joining" : "Signing"} bonus: ${amount}`,
    equity: (amount, years) =>
      `Equity: ${amount}, ${years === 0 ? "vested at once" : `vesting over ${years} ${years === 1 ? "year" : "years"}`}`,
    paidLeave: (days, locale) => `${british(locale) ? "Annual leave" : "Paid time off"}: ${days} days a year`,
    startDate: (date) => `Start date: ${date}`,
  },
  conversation: (who, topics) => (who ? `Your talk with ${who} about ${topics}` : `Your talk about ${topics}`),
  checks: {
    name: (self) => (self ? "your name and how it is spelled" : "their name and how it is spelled"),
    spelled: (self, spelledOut) =>
      `${self ? "how your name is spelled" : "how the name is spelled"} (I have ${spelledOut})`,
    title: (self) => (self ? "your job title" : "their job title"),
    reach: (self, address) => `${self ? "that letters reach you at" : "that letters reach them at"} ${address}`,
    address: (self) => (self ? "your mailing address for a letter" : "the mailing address for a letter"),
    email: (self) =>
      self
        ? "an email address for you, if you are happy to share one"
        : "an email address, if they are happy to share one",
    late: (self) =>
      `${self ? "an email address for you first" : "an email address first"} (by post, a letter would arrive after the decision)`,
    line: (who, needs) => `${who}: ${needs}`,
    who: ({ self, name, title, index }) =>
      self ? "You" : (name ?? (title ? `The ${title}` : `The ${ORDINALS[index] ?? `${index + 1}th`} person I met`)),
  },
  postalName: (name) => name ?? "Hiring Team",
  countryName: countryNameIn("en"),
};
