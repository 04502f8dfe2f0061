/*
 * German interviews for the German pack's tests: a rich one at a Berlin company (every optional
 * field given, topics and notes typed in German the way the pack's README asks) and a sparse one
 * (only what the schema requires). Our own made-up people, companies and addresses.
 */
import type { InterviewInput, Offer } from "@afterview/core";
import type { ComposeNegotiation } from "../../compose/negotiation.js";

/**
 * Every optional field: two interviewers with German topics (typed as they follow `über`), one
 * greeted as `Frau Dr.`, one with no form of address (greeted by full name); a scheduler greeted as
 * `Herr`; a missed example and strengths; postal addresses.
 */
export const berlinInput: InterviewInput = {
  id: "datenwerk-teamleitung-datenplattform",
  role: "Teamleitung Datenplattform",
  company: {
    name: "Datenwerk",
    timeZone: "Europe/Berlin",
    country: "DE",
    region: "BE",
    address: { lines: ["Friedrichstraße 68"], locality: "Berlin", postalCode: "10117", country: "DE" },
  },
  start: "2026-11-24T10:00:00+01:00[Europe/Berlin]",
  end: "2026-11-24T11:30:00+01:00[Europe/Berlin]",
  format: "onsite",
  interviewers: [
    {
      name: "Dana Weber",
      title: "Leiterin Data Engineering",
      email: "dana.weber@datenwerk.example",
      spellingConfirmed: true,
      formOfAddress: { kind: "ms", title: "Dr." },
      topics: ["die Migration des Data Warehouse", "den Bereitschaftsdienst im Datenteam"],
    },
    {
      name: "Kim Nowak",
      title: "Staff Engineer",
      spellingConfirmed: false,
      topics: ["das Streaming verspätet eintreffender Ereignisse"],
    },
  ],
  scheduler: {
    name: "Tobias Krüger",
    title: "Recruiting",
    email: "tobias.krueger@datenwerk.example",
    phone: "+49 30 5557 1200",
    formOfAddress: { kind: "mr" },
  },
  statedTimeline: "Rückmeldung bis 1.12.2026",
  interest: "want",
  candidate: {
    name: "Mika Brandt",
    timeZone: "Europe/Berlin",
    country: "DE",
    region: "BE",
    email: "mika.brandt@example.com",
    phone: "+49 151 5550 1234",
    address: { lines: ["Weserstraße 12"], locality: "Berlin", postalCode: "12047", country: "DE" },
    handwriting: "average",
  },
  notes: {
    missedExample:
      "Für verspätet eintreffende Daten habe ich ein Backfill-Werkzeug gebaut, das die Ereignisse eines ganzen Tages in unter einer Stunde neu einspielt.",
    strengths: [
      "Migration eines Data Warehouse mit 40 TB geleitet, ohne einen einzigen Berichtstermin zu verpassen",
      "Nächtliche Datenpipeline von sechs Stunden auf neunzig Minuten verkürzt",
    ],
  },
  travelMinutes: 40,
};

/** An offer in euros with every term; it starts in January, so Austria writes `Jänner`. */
export const berlinOffer: Offer = {
  base: { amount: 78000, currency: "EUR" },
  period: "year",
  range: { min: 72000, max: 92000, source: "posted" },
  signOnBonus: { amount: 5000, currency: "EUR" },
  equity: { amount: { amount: 20000, currency: "EUR" }, vestingYears: 4 },
  ptoDays: 30,
  startDate: "2027-01-04",
  deadline: "2026-12-04T17:00:00+01:00[Europe/Berlin]",
};

/** Negotiation advice as core's `adviseNegotiation` shapes it, with its sentences written in German. */
export const berlinNegotiation: ComposeNegotiation = {
  recommendation: "negotiate",
  ask: { amount: 86000, currency: "EUR" },
  target: { amount: 84000, currency: "EUR" },
  floor: { amount: 80000, currency: "EUR" },
  levers: [
    {
      kind: "sign-on-bonus",
      text: "Eine einmalige Antrittsprämie von 7.500 €.",
      amount: { amount: 7500, currency: "EUR" },
    },
    { kind: "review-timing", text: "Eine Gehaltsüberprüfung nach sechs statt nach zwölf Monaten.", months: 6 },
    "start-date",
  ],
  why: [
    { text: "Angebote liegen meist am unteren Ende der Spanne; die ausgeschriebene Spanne reicht bis 92.000 €" },
    { text: "Die Stelle verlangt fünf Jahre Erfahrung; Sie bringen acht mit" },
  ],
};

/** Only what the schema requires: one named interviewer with no topics, one whose name was not caught. */
export const sparseGermanInput: InterviewInput = {
  id: "nordlicht-buchhaltung",
  role: "Sachbearbeitung Buchhaltung",
  company: { name: "Nordlicht", timeZone: "Europe/Berlin", country: "DE" },
  start: "2026-03-10T10:00:00+01:00[Europe/Berlin]",
  end: "2026-03-10T11:00:00+01:00[Europe/Berlin]",
  format: "video",
  interviewers: [{ name: "Sam Keller" }, {}],
  interest: "want",
  candidate: { name: "Jo Brandt", timeZone: "Europe/Berlin", country: "DE" },
};

/** The sparse interview's offer: the base alone, to be negotiated on other terms only. */
export const sparseGermanOffer: Offer = { base: { amount: 42000, currency: "EUR" }, period: "year" };
