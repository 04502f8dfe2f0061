/*
 * Interviews, plans and offers for the tests: a rich one (every optional field given) and a sparse
 * one (only what the schema requires). Our own made-up data.
 */
import { applyEvent, createPlan, type InterviewInput, type Offer, type Plan } from "@afterview/core";
import type { ComposeNegotiation } from "../compose/negotiation.js";
import type { Document } from "../document/types.js";

/** Every optional field filled: two interviewers with their own topics, a scheduler, notes, addresses. */
export const richInput: InterviewInput = {
  id: "acme-senior-data-engineer",
  role: "Senior Data Engineer",
  company: {
    name: "Acme Corp",
    timeZone: "America/New_York",
    country: "US",
    region: "NY",
    address: {
      lines: ["200 Park Ave", "Floor 31"],
      locality: "New York",
      region: "NY",
      postalCode: "10166",
      country: "US",
    },
  },
  start: "2026-11-24T14:00:00-05:00[America/New_York]",
  end: "2026-11-24T15:30:00-05:00[America/New_York]",
  format: "onsite",
  interviewers: [
    {
      name: "Dana Whitfield",
      title: "Engineering Manager",
      email: "dana.whitfield@acme.example",
      spellingConfirmed: true,
      topics: ["the warehouse migration", "on-call load on the data team"],
    },
    {
      name: "Marek Szczepański",
      title: "Staff Data Engineer",
      spellingConfirmed: false,
      topics: ["streaming ingestion with late-arriving events"],
    },
  ],
  scheduler: {
    name: "Priya Raman",
    title: "Recruiting Coordinator",
    email: "priya.raman@acme.example",
    phone: "+1 212 555 0100",
  },
  statedTimeline: "We'll make a decision within two or three days",
  interest: "want",
  candidate: {
    name: "Alex Morgan",
    timeZone: "America/Chicago",
    country: "US",
    region: "IL",
    email: "alex.morgan@example.com",
    phone: "+1 312 555 0147",
    address: {
      lines: ["1640 N Damen Ave", "Apt 3"],
      locality: "Chicago",
      region: "IL",
      postalCode: "60647",
      country: "US",
    },
    handwriting: "average",
  },
  notes: {
    missedExample:
      "When Marek asked about late data, I forgot to mention the backfill tool I built that replays a day of events in under an hour.",
    strengths: [
      "Led a warehouse migration of 40 TB with no missed reporting deadline",
      "Cut the nightly pipeline from six hours to ninety minutes",
    ],
  },
  travelMinutes: 45,
};

/** Only what the schema requires: one named interviewer with no topics, one whose name was not caught. */
export const sparseInput: InterviewInput = {
  id: "globex-analyst",
  role: "Analyst",
  company: { name: "Globex", timeZone: "Europe/London", country: "GB" },
  start: "2026-03-10T10:00:00+00:00[Europe/London]",
  end: "2026-03-10T11:00:00+00:00[Europe/London]",
  format: "video",
  interviewers: [{ name: "Sam Lee" }, {}],
  interest: "want",
  candidate: { name: "Jo Bloggs", timeZone: "Europe/London", country: "GB" },
};

/** The plan for an input, made as the interview ends. */
export function planFor(input: InterviewInput): Plan {
  return createPlan(input, { now: input.end });
}

/** A job offer with every term. */
export const richOffer: Offer = {
  base: { amount: 95000, currency: "USD" },
  period: "year",
  range: { min: 90000, max: 120000, source: "posted" },
  signOnBonus: { amount: 10000, currency: "USD" },
  equity: { amount: { amount: 40000, currency: "USD" }, vestingYears: 4 },
  ptoDays: 20,
  startDate: "2027-01-11",
  deadline: "2026-12-04T17:00:00-05:00[America/New_York]",
};

/** Negotiation advice as core's `adviseNegotiation` shapes it. */
export const richNegotiation: ComposeNegotiation = {
  recommendation: "negotiate",
  ask: { amount: 108000, currency: "USD" },
  target: { amount: 105000, currency: "USD" },
  floor: { amount: 100000, currency: "USD" },
  levers: [
    { kind: "sign-on-bonus", text: "A one-time sign-on bonus of $7,500.", amount: { amount: 7500, currency: "USD" } },
    { kind: "review-timing", text: "A pay review after 6 months instead of the usual year.", months: 6 },
    "start-date",
  ],
  why: [
    { text: "Offers usually sit at the low end of the range; the posted range goes to 120,000" },
    { text: "Your eight years exceed the five the role asks for" },
  ],
};

/** The rich plan after an offer arrived. */
export function offerPlan(input: InterviewInput, offer: Offer): Plan {
  const plan = planFor(input);
  return applyEvent(
    plan,
    { type: "offer-received", id: "offer", at: "2026-12-02T10:00:00-05:00[America/New_York]", offer },
    {
      now: "2026-12-02T10:00:00-05:00[America/New_York]",
    },
  );
}

/**
 * A document as one plain text, every field shown: what a snapshot records and a review reads.
 * Header fields are labelled; paragraphs are separated by blank lines; list items start with `- `.
 */
export function documentText(doc: Document): string {
  const out: string[] = [];
  if (doc.subject) out.push(`Subject: ${doc.subject}`);
  if (doc.date) out.push(`Date: ${doc.date} (${doc.isoDate})`);
  const party = (label: string, p: Document["from"]) => {
    if (!p) return;
    const contact = [p.email, p.phone].filter(Boolean).join(", ");
    out.push(`${label}: ${p.lines.join(" / ")}${contact ? ` <${contact}>` : ""}${p.country ? ` [${p.country}]` : ""}`);
  };
  party("From", doc.from);
  party("To", doc.to);
  out.push("");
  if (doc.salutation) out.push(doc.salutation, "");
  for (const block of doc.blocks) {
    if (block.type === "paragraph") out.push(block.text, "");
    else if (block.type === "heading") out.push(`## ${block.text}`, "");
    else out.push(...block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `- ${item}`)), "");
  }
  if (doc.closing) out.push(doc.closing);
  if (doc.signature) out.push(...doc.signature);
  return out.join("\n").trimEnd();
}

/** The letter text a person would send: greeting, body, closing and signature (for core's `reviewDraft`). */
export function letterText(doc: Document): string {
  return documentText({ ...doc, subject: undefined, date: undefined, from: undefined, to: undefined });
}
