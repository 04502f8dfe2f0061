/*
 * French interviews for the snapshot tests: a rich one at a Lyon company (every optional field but the stated timeline;
 * topics, the missed example and strengths typed in French as a user would, topics as noun phrases
 * with their article), the same interview at a Montréal company, and a sparse one (only what the
 * schema requires). Our own made-up people and companies.
 */
import type { InterviewInput, Offer } from "@afterview/core";
import type { ComposeNegotiation } from "../../compose/negotiation.js";

/**
 * The snapshot tests mark the plan's decision date as stated by the employer (see `stated` there),
 * so the follow-ups' `statedBy` sentences show without depending on core's French timeline parser.
 *
 * Lyon: two interviewers with their own topics (Claire asked to be greeted as `ms`; Julien gave no
 * form of address, so he gets the neutral `Bonjour Julien Moreau,`), a scheduler, notes and postal
 * addresses. The candidate's first name, Camille, is used by women and men alike.
 */
export const lyonInput: InterviewInput = {
  id: "soierie-ingenieur-data",
  role: "Ingénieur data senior",
  language: "fr-FR",
  company: {
    name: "Soierie Numérique",
    timeZone: "Europe/Paris",
    country: "FR",
    address: {
      lines: ["27 rue de la République"],
      locality: "Lyon",
      postalCode: "69002",
      country: "FR",
    },
  },
  start: "2026-11-24T14:00:00+01:00[Europe/Paris]",
  end: "2026-11-24T15:30:00+01:00[Europe/Paris]",
  format: "onsite",
  interviewers: [
    {
      name: "Claire Durand",
      title: "Responsable de l'ingénierie data",
      email: "claire.durand@soierie.example",
      spellingConfirmed: true,
      formOfAddress: { kind: "ms" },
      topics: ["la migration de l'entrepôt de données vers le cloud", "la charge d'astreinte de l'équipe"],
    },
    {
      name: "Julien Moreau",
      title: "Ingénieur data principal",
      spellingConfirmed: false,
      topics: ["l'ingestion de flux en temps réel avec des événements en retard"],
    },
  ],
  scheduler: {
    name: "Sophie Lambert",
    title: "Chargée de recrutement",
    email: "sophie.lambert@soierie.example",
    phone: "+33 4 72 00 01 23",
  },
  interest: "want",
  candidate: {
    name: "Camille Martin",
    timeZone: "Europe/Paris",
    country: "FR",
    email: "camille.martin@example.com",
    phone: "+33 6 12 34 56 78",
    address: {
      lines: ["14 rue Sainte-Catherine"],
      locality: "Lyon",
      postalCode: "69001",
      country: "FR",
    },
    handwriting: "average",
  },
  notes: {
    missedExample:
      "Quand Julien a posé sa question sur les événements en retard, j'ai oublié de parler de l'outil de rejeu que j'ai développé, qui retraite une journée d'événements en moins d'une heure.",
    strengths: [
      "Migration d'un entrepôt de 40 To sans un seul rapport livré en retard",
      "Traitement de nuit ramené de six heures à quatre-vingt-dix minutes",
    ],
  },
  travelMinutes: 30,
};

/** The same interview at a Montréal company: CAD, Quebec names, one interviewer greeted as `mr`. */
export const montrealInput: InterviewInput = {
  ...lyonInput,
  id: "boreal-ingenieur-donnees",
  role: "Ingénieur de données principal",
  language: "fr-CA",
  company: {
    name: "Données Boréales",
    timeZone: "America/Toronto",
    country: "CA",
    region: "QC",
    address: {
      lines: ["1250, boulevard René-Lévesque Ouest, bureau 2200"],
      locality: "Montréal",
      region: "QC",
      postalCode: "H3B 4W8",
      country: "CA",
    },
  },
  start: "2026-11-24T14:00:00-05:00[America/Toronto]",
  end: "2026-11-24T15:30:00-05:00[America/Toronto]",
  interviewers: [
    {
      name: "Geneviève Tremblay",
      title: "Directrice de l'ingénierie des données",
      email: "genevieve.tremblay@boreales.example",
      spellingConfirmed: true,
      formOfAddress: { kind: "ms" },
      topics: ["la migration de l'entrepôt de données vers l'infonuagique", "les gardes de l'équipe"],
    },
    {
      name: "Mathieu Gagnon",
      title: "Ingénieur de données principal",
      spellingConfirmed: false,
      formOfAddress: { kind: "mr" },
      topics: ["l'ingestion de flux en temps réel avec des événements en retard"],
    },
  ],
  scheduler: {
    name: "Isabelle Côté",
    title: "Conseillère en recrutement",
    email: "isabelle.cote@boreales.example",
    phone: "+1 514 555 0123",
  },
  candidate: {
    name: "Camille Martin",
    timeZone: "America/Toronto",
    country: "CA",
    region: "QC",
    email: "camille.martin@example.com",
    phone: "+1 514 555 0147",
    address: {
      lines: ["4520, rue Saint-Denis, app. 3"],
      locality: "Montréal",
      region: "QC",
      postalCode: "H2J 2L3",
      country: "CA",
    },
    handwriting: "average",
  },
  notes: {
    missedExample:
      "Quand Mathieu a posé sa question sur les événements en retard, j'ai oublié de parler de l'outil de rejeu que j'ai développé, qui retraite une journée d'événements en moins d'une heure.",
    strengths: lyonInput.notes!.strengths!,
  },
};

/**
 * Only what the schema requires, in France: one named interviewer with no topics, one whose name
 * was not caught. The role and the company start with a vowel, to show no `de` is left unelided.
 */
export const sparseFranceInput: InterviewInput = {
  id: "atelier-analyste",
  role: "Analyste",
  company: { name: "Atelier Ocre", timeZone: "Europe/Paris", country: "FR" },
  start: "2026-03-10T10:00:00+01:00[Europe/Paris]",
  end: "2026-03-10T11:00:00+01:00[Europe/Paris]",
  format: "video",
  interviewers: [{ name: "Inès Petit" }, {}],
  interest: "want",
  candidate: { name: "Louis Bernard", timeZone: "Europe/Paris", country: "FR" },
};

/** An offer in euros with every term; it starts on the first of a month (`1er février 2027`). */
export const lyonOffer: Offer = {
  base: { amount: 52000, currency: "EUR" },
  period: "year",
  range: { min: 48000, max: 62000, source: "posted" },
  signOnBonus: { amount: 5000, currency: "EUR" },
  equity: { amount: { amount: 20000, currency: "EUR" }, vestingYears: 4 },
  ptoDays: 25,
  startDate: "2027-02-01",
  deadline: "2026-12-04T18:00:00+01:00[Europe/Paris]",
};

/** Negotiation advice for the Lyon offer, its sentences in French. */
export const lyonNegotiation: ComposeNegotiation = {
  recommendation: "negotiate",
  ask: { amount: 58000, currency: "EUR" },
  target: { amount: 56000, currency: "EUR" },
  floor: { amount: 54000, currency: "EUR" },
  levers: [
    {
      kind: "sign-on-bonus",
      text: "Une prime de bienvenue unique de 7 500 €.",
      amount: { amount: 7500, currency: "EUR" },
    },
    { kind: "review-timing", text: "Une révision salariale au bout de 6 mois plutôt qu'au bout d'un an.", months: 6 },
    "start-date",
  ],
  why: [
    { text: "Les offres se situent souvent en bas de la fourchette, et la fourchette publiée monte à 62 000 €" },
    { text: "Vos huit ans d'expérience dépassent les cinq demandés pour le poste" },
  ],
};

/** The same offer in Montréal, in Canadian dollars. */
export const montrealOffer: Offer = {
  base: { amount: 98000, currency: "CAD" },
  period: "year",
  range: { min: 90000, max: 115000, source: "posted" },
  signOnBonus: { amount: 8000, currency: "CAD" },
  ptoDays: 15,
  startDate: "2027-02-01",
  deadline: "2026-12-04T17:00:00-05:00[America/Toronto]",
};

/** Negotiation advice for the Montréal offer, in French and in dollars. */
export const montrealNegotiation: ComposeNegotiation = {
  recommendation: "negotiate",
  ask: { amount: 108000, currency: "CAD" },
  target: { amount: 105000, currency: "CAD" },
  floor: { amount: 100000, currency: "CAD" },
  levers: [{ kind: "sign-on-bonus", amount: { amount: 10000, currency: "CAD" } }, { kind: "pto-days" }, "remote"],
  why: [{ text: "La fourchette affichée monte à 115 000 $ et votre expérience dépasse ce que demande le poste" }],
};
