import { LOCALES } from "../document/types.js";
import { TONES } from "./tones.js";
import type { TemplateId, TemplateInfo } from "./types.js";

type Entry = Omit<TemplateInfo, "id" | "locales" | "tones" | "defaultTone"> &
  Partial<Pick<TemplateInfo, "defaultTone">>;

/*
 * Word ranges are our own (no source measures these documents): a posted letter fits one page, an
 * email stays well under the 400 words core's review allows, a card holds about 150 words, and a
 * voicemail is under 30 seconds spoken (about 75 words at an unhurried 150 words a minute). The
 * lower bounds hold in every language, measured over 300 generated interviews in all nine locales:
 * French and Spanish thank-you letters to an unnamed interviewer with no notes ran to 12 words and
 * their emails to 17, and German's shortest details-checking script to 29.
 */
const ENTRIES: Record<TemplateId, Entry> = {
  "thank-you/letter": {
    purpose:
      "A printed business letter to one interviewer: thanks, the topics you discussed, the example you left out, why you want the job and what you bring.",
    kind: "letter",
    channel: "postal",
    words: { min: 10, max: 400 },
    requires: [],
    defaultTone: "formal",
  },
  "thank-you/email": {
    purpose: "The same four things as the letter, as an email to one interviewer, to arrive within a day.",
    kind: "email",
    channel: "email",
    words: { min: 15, max: 300 },
    requires: [],
  },
  "thank-you/note": {
    purpose: "A short handwritten card to one interviewer, for a candidate with good handwriting.",
    kind: "note",
    channel: "handwritten",
    words: { min: 8, max: 150 },
    requires: [],
  },
  "recipients/call-script": {
    purpose:
      "A call to the person who scheduled the interview, to check the interviewers' names, spellings, titles and mailing address before the letters go.",
    kind: "script",
    channel: "phone",
    words: { min: 25, max: 300 },
    requires: [],
  },
  "follow-up/call-script": {
    purpose: "A short call once the employer's decision date has passed: where things stand and when to expect news.",
    kind: "script",
    channel: "phone",
    words: { min: 30, max: 250 },
    requires: [],
  },
  "follow-up/voicemail": {
    purpose: "The message to leave when the follow-up call goes to voicemail: under 30 seconds spoken.",
    kind: "script",
    channel: "voicemail",
    words: { min: 20, max: 80 },
    requires: [],
  },
  "follow-up/email": {
    purpose: "A follow-up by email once the decision date has passed, for when a call is not possible.",
    kind: "email",
    channel: "email",
    words: { min: 25, max: 200 },
    requires: [],
  },
  "offer/negotiation-email": {
    purpose:
      "A counter-offer by email: glad of the offer, the ask with its reasons, and other terms that could bridge a gap.",
    kind: "email",
    channel: "email",
    words: { min: 25, max: 300 },
    requires: ["offer", "negotiation"],
  },
  "offer/negotiation-call-script": {
    purpose:
      "Talking points for negotiating an offer by phone: the ask, the reasons, the levers, and notes for you alone.",
    kind: "script",
    channel: "phone",
    words: { min: 25, max: 350 },
    requires: ["offer", "negotiation"],
  },
  "offer/acceptance": {
    purpose: "Accept an offer in writing, restating the pay, the start date and any terms agreed.",
    kind: "email",
    channel: "email",
    words: { min: 30, max: 220 },
    requires: ["offer"],
  },
  "offer/decline": {
    purpose: "Decline an offer graciously and leave the door open.",
    kind: "email",
    channel: "email",
    words: { min: 25, max: 200 },
    requires: [],
  },
  "outcome/rejection-reply": {
    purpose: "Reply to a rejection with thanks, and ask to be kept in mind for future openings.",
    kind: "email",
    channel: "email",
    words: { min: 25, max: 200 },
    requires: [],
  },
  "outcome/withdrawal": {
    purpose:
      "Withdraw from a process politely: after deciding the job is not for you, or after accepting another offer.",
    kind: "email",
    channel: "email",
    words: { min: 20, max: 180 },
    requires: [],
  },
  "outcome/reflection": {
    purpose: "A worksheet for the same evening: what went well, what to practice, and what to ask next time.",
    kind: "script",
    channel: "self",
    words: { min: 30, max: 300 },
    requires: [],
  },
  "outcome/celebrate": {
    purpose:
      "A checklist for after a yes: accept in writing, tell the other employers, thank your references, and celebrate.",
    kind: "script",
    channel: "self",
    words: { min: 15, max: 250 },
    requires: [],
  },
};

/** The metadata of every template, in {@link TEMPLATE_IDS} order. */
export const CATALOG: Readonly<Record<TemplateId, TemplateInfo>> = Object.fromEntries(
  Object.entries(ENTRIES).map(([id, entry]) => [
    id,
    { id, ...entry, defaultTone: entry.defaultTone ?? "warm", locales: LOCALES, tones: TONES } as TemplateInfo,
  ]),
) as Record<TemplateId, TemplateInfo>;
