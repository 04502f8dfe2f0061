/*
 * Spanish interviews for the snapshot tests: a rich one at a Madrid company (every optional field,
 * topics, notes and strengths typed in Spanish as a user would: noun phrases with their article),
 * the same interview at a Mexico City company, and a sparse one (only what the schema requires).
 * Our own made-up people and companies.
 */
import type { InterviewInput, Offer } from "@afterview/core";
import type { ComposeNegotiation } from "../../compose/negotiation.js";

/**
 * Madrid: two interviewers with their own topics (Lucía asked to be greeted as `ms`; Íñigo gave no
 * form of address, so he gets the neutral greeting), a scheduler, notes and postal addresses.
 */
export const madridInput: InterviewInput = {
  id: "meridiano-ingeniera-datos",
  role: "Ingeniería de Datos Sénior",
  language: "es-ES",
  company: {
    name: "Meridiano Analítica",
    timeZone: "Europe/Madrid",
    country: "ES",
    address: {
      lines: ["Calle de Serrano 45, 3.º"],
      locality: "Madrid",
      postalCode: "28001",
      country: "ES",
    },
  },
  start: "2026-11-24T10:00:00+01:00[Europe/Madrid]",
  end: "2026-11-24T11:30:00+01:00[Europe/Madrid]",
  format: "onsite",
  interviewers: [
    {
      name: "Lucía Fernández Ortega",
      title: "Directora de Ingeniería de Datos",
      email: "lucia.fernandez@meridiano.example",
      spellingConfirmed: true,
      formOfAddress: { kind: "ms" },
      topics: ["la migración del almacén de datos a la nube", "la carga de guardias del equipo"],
    },
    {
      name: "Íñigo Sáez Aranda",
      title: "Ingeniero de Datos Principal",
      spellingConfirmed: false,
      topics: ["la ingesta de eventos en tiempo real con datos que llegan tarde"],
    },
  ],
  scheduler: {
    name: "Carmen Vidal",
    title: "Técnica de Selección",
    email: "carmen.vidal@meridiano.example",
    phone: "+34 915 550 123",
  },
  statedTimeline: "Tomaremos una decisión en dos o tres días",
  interest: "want",
  candidate: {
    name: "Andrea Molina Castro",
    timeZone: "Europe/Madrid",
    country: "ES",
    email: "andrea.molina@example.com",
    phone: "+34 612 345 678",
    address: {
      lines: ["Calle del Doctor Fourquet 12, 2.º B"],
      locality: "Madrid",
      postalCode: "28012",
      country: "ES",
    },
    handwriting: "average",
  },
  notes: {
    missedExample:
      "Cuando Íñigo preguntó por los datos que llegan tarde, no mencioné la herramienta de recarga que construí y que reprocesa un día de eventos en menos de una hora.",
    strengths: [
      "Dirigí la migración de un almacén de 40 TB sin retrasar ningún informe",
      "Reduje el proceso nocturno de seis horas a noventa minutos",
    ],
  },
  travelMinutes: 30,
};

/** The same interview at a Mexico City company: MXN, Mexican names and titles (`Lic.`). */
export const mexicoInput: InterviewInput = {
  ...madridInput,
  id: "tonala-ingeniera-datos",
  language: "es-MX",
  company: {
    name: "Analítica Tonalá",
    timeZone: "America/Mexico_City",
    country: "MX",
    address: {
      lines: ["Av. Paseo de la Reforma 250, piso 12", "Col. Juárez"],
      locality: "Ciudad de México",
      region: "CDMX",
      postalCode: "06600",
      country: "MX",
    },
  },
  start: "2026-11-24T10:00:00-06:00[America/Mexico_City]",
  end: "2026-11-24T11:30:00-06:00[America/Mexico_City]",
  interviewers: [
    {
      name: "Mariana López Treviño",
      title: "Gerente de Ingeniería de Datos",
      email: "mariana.lopez@tonala.example",
      spellingConfirmed: true,
      formOfAddress: { kind: "ms", title: "Lic." },
      topics: ["la migración del almacén de datos a la nube", "las guardias del equipo"],
    },
    {
      name: "Rodrigo Salas Ibarra",
      title: "Ingeniero de Datos Principal",
      spellingConfirmed: false,
      topics: ["la ingesta de eventos en tiempo real con datos que llegan tarde"],
    },
  ],
  scheduler: {
    name: "Paola Hernández",
    title: "Reclutadora",
    email: "paola.hernandez@tonala.example",
    phone: "+52 55 5550 0123",
  },
  candidate: {
    name: "Andrea Molina Castro",
    timeZone: "America/Mexico_City",
    country: "MX",
    email: "andrea.molina@example.com",
    phone: "+52 55 1234 5678",
    address: {
      lines: ["Calle Durango 210, depto. 4"],
      locality: "Ciudad de México",
      region: "CDMX",
      postalCode: "06700",
      country: "MX",
    },
    handwriting: "average",
  },
  notes: {
    missedExample:
      "Cuando Rodrigo preguntó por los datos que llegan tarde, no mencioné la herramienta de recarga que construí y que reprocesa un día de eventos en menos de una hora.",
    strengths: madridInput.notes!.strengths!,
  },
};

/** Only what the schema requires, in Spain: one named interviewer with no topics, one whose name was not caught. */
export const sparseSpainInput: InterviewInput = {
  id: "brezo-analista",
  role: "Analista",
  company: { name: "Grupo Brezo", timeZone: "Europe/Madrid", country: "ES" },
  start: "2026-03-10T10:00:00+01:00[Europe/Madrid]",
  end: "2026-03-10T11:00:00+01:00[Europe/Madrid]",
  format: "video",
  interviewers: [{ name: "Sara Gil" }, {}],
  interest: "want",
  candidate: { name: "Jordi Puig", timeZone: "Europe/Madrid", country: "ES" },
};

/** An offer in euros with every term. */
export const madridOffer: Offer = {
  base: { amount: 52000, currency: "EUR" },
  period: "year",
  range: { min: 48000, max: 62000, source: "posted" },
  signOnBonus: { amount: 5000, currency: "EUR" },
  equity: { amount: { amount: 20000, currency: "EUR" }, vestingYears: 4 },
  ptoDays: 25,
  startDate: "2027-01-11",
  deadline: "2026-12-04T18:00:00+01:00[Europe/Madrid]",
};

/** Negotiation advice for the Madrid offer, its sentences in Spanish. */
export const madridNegotiation: ComposeNegotiation = {
  recommendation: "negotiate",
  ask: { amount: 58000, currency: "EUR" },
  target: { amount: 56000, currency: "EUR" },
  floor: { amount: 54000, currency: "EUR" },
  levers: [
    {
      kind: "sign-on-bonus",
      text: "Un bono de incorporación único de 7500 €.",
      amount: { amount: 7500, currency: "EUR" },
    },
    { kind: "review-timing", text: "Una revisión salarial a los 6 meses en lugar de al año.", months: 6 },
    "start-date",
  ],
  why: [
    { text: "Las ofertas suelen quedarse en la parte baja de la banda; la banda publicada llega a 62.000 €" },
    { text: "Sus ocho años de experiencia superan los cinco que pide el puesto" },
  ],
};

/** The same offer in Mexico City, in pesos. */
export const mexicoOffer: Offer = {
  base: { amount: 840000, currency: "MXN" },
  period: "year",
  range: { min: 780000, max: 960000, source: "posted" },
  signOnBonus: { amount: 60000, currency: "MXN" },
  ptoDays: 12,
  startDate: "2027-01-11",
  deadline: "2026-12-04T18:00:00-06:00[America/Mexico_City]",
};

/** Negotiation advice for the Mexico City offer. */
export const mexicoNegotiation: ComposeNegotiation = {
  recommendation: "negotiate",
  ask: { amount: 930000, currency: "MXN" },
  target: { amount: 900000, currency: "MXN" },
  floor: { amount: 870000, currency: "MXN" },
  levers: [{ kind: "sign-on-bonus", amount: { amount: 80000, currency: "MXN" } }, "pto-days", "remote"],
  why: [{ text: "La banda publicada llega a 960,000 pesos y la oferta está en la parte baja" }],
};
