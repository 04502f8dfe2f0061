/* Generated interviews for the property tests: typed values, as an app's own code would build them. */
import type { InterviewInput, Person, PostalAddress } from "@afterview/core";
import { fc } from "@fast-check/vitest";

const FIRST = ["Dana", "José", "Siobhán", "Li", "Zoë", "Marek", "Aisha", "O'Neil", "Anne-Marie", "Kwame"];
const LAST = ["Whitfield", "García-López", "O'Brien", "Szczepański", "Nguyen", "Müller", "Okafor", "Lee"];
const ROLES = ["Analyst", "Senior Data Engineer", "Head of Product Design", "Nurse Practitioner", "QA Lead"];
const COMPANIES = ["Acme Corp", "Globex", "Müller & Söhne GmbH", "O'Reilly Partners", "Initech"];
const TOPICS = [
  "the warehouse migration",
  "on-call load on the data team.",
  "streaming ingestion with late-arriving events",
  "hiring plans for next year",
  "  the patient handover process ",
  "- the design system",
];
const STRENGTHS = [
  "Led a warehouse migration of 40 TB with no missed reporting deadline",
  "cut the nightly pipeline from six hours to ninety minutes.",
  "• Ten years in paediatric wards",
  "1. Shipped a design system used by 40 teams",
];
const EXAMPLES = [
  "When Marek asked about late data, I forgot to mention the backfill tool I built.",
  "i never got to explain how I halved onboarding time",
  "The audit I ran\nfound 12 unused licences;",
];
const TIMELINES = ["We'll make a decision within two or three days", "by the end of next week", "in about two weeks"];
const PLACES = [
  { timeZone: "America/New_York", country: "US", region: "NY" },
  { timeZone: "Europe/London", country: "GB" },
  { timeZone: "Australia/Sydney", country: "AU", region: "NSW" },
  { timeZone: "Europe/Berlin", country: "DE" },
] as const;
const ADDRESSES: Record<string, PostalAddress> = {
  US: { lines: ["200 Park Ave"], locality: "New York", region: "NY", postalCode: "10166", country: "US" },
  GB: { lines: ["10 Downing Street"], locality: "London", postalCode: "SW1A 2AA", country: "GB" },
  AU: { lines: ["1 Macquarie St"], locality: "Sydney", region: "NSW", postalCode: "2000", country: "AU" },
  DE: { lines: ["Unter den Linden 1"], locality: "Berlin", postalCode: "10117", country: "DE" },
};

const name = fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([a, b]) => `${a} ${b}`);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Someone on the panel: any subset of the optional fields. */
export const person: fc.Arbitrary<Person> = fc
  .record({
    name: maybe(name),
    title: maybe(fc.constantFrom("Engineering Manager", "Recruiter", "Staff Data Engineer")),
    email: maybe(fc.constantFrom("dana@acme.example", "hr@globex.example")),
    phone: maybe(fc.constantFrom("+1 212 555 0100", "+44 20 7946 0000")),
    spellingConfirmed: maybe(fc.boolean()),
    topics: maybe(fc.uniqueArray(fc.constantFrom(...TOPICS), { maxLength: 3 })),
  })
  .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Person);

/**
 * An interview: names with accents and apostrophes, any subset of the optional fields, notes pasted
 * with bullets and line breaks, four countries, dates over two years.
 */
export const interview: fc.Arbitrary<InterviewInput> = fc
  .record({
    role: fc.constantFrom(...ROLES),
    company: fc.constantFrom(...COMPANIES),
    employer: fc.constantFrom(...PLACES),
    home: fc.constantFrom(...PLACES),
    day: fc.integer({ min: 0, max: 700 }),
    hour: fc.integer({ min: 8, max: 16 }),
    format: fc.constantFrom("onsite", "video", "phone" as const),
    interviewers: fc.array(person, { minLength: 1, maxLength: 3 }),
    scheduler: maybe(person),
    timeline: maybe(fc.constantFrom(...TIMELINES)),
    candidate: name,
    contact: fc.boolean(),
    addresses: fc.boolean(),
    missed: maybe(fc.constantFrom(...EXAMPLES)),
    strengths: maybe(fc.uniqueArray(fc.constantFrom(...STRENGTHS), { maxLength: 3 })),
  })
  .map((g) => {
    const date = new Date(Date.UTC(2026, 0, 5 + g.day)).toISOString().slice(0, 10);
    const hh = String(g.hour).padStart(2, "0");
    const input: InterviewInput = {
      id: "generated",
      role: g.role,
      company: { name: g.company, ...g.employer },
      start: `${date}T${hh}:00:00[${g.employer.timeZone}]`,
      end: `${date}T${hh}:45:00[${g.employer.timeZone}]`,
      format: g.format,
      interviewers: g.interviewers,
      interest: "want",
      candidate: { name: g.candidate, ...g.home },
    };
    if (g.addresses) {
      input.company.address = ADDRESSES[g.employer.country];
      input.candidate.address = ADDRESSES[g.home.country];
    }
    if (g.contact) Object.assign(input.candidate, { email: "me@example.com", phone: "+1 312 555 0147" });
    if (g.scheduler) input.scheduler = g.scheduler;
    if (g.timeline) input.statedTimeline = g.timeline;
    if (g.missed || g.strengths) input.notes = { missedExample: g.missed, strengths: g.strengths };
    return input;
  });
