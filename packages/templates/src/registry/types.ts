import type { DocumentKind, Locale } from "../document/types.js";
import type { Tone } from "./tones.js";

/** Every template the package ships, by id (`family/name`). */
export const TEMPLATE_IDS = [
  "thank-you/letter",
  "thank-you/email",
  "thank-you/note",
  "recipients/call-script",
  "follow-up/call-script",
  "follow-up/voicemail",
  "follow-up/email",
  "offer/negotiation-email",
  "offer/negotiation-call-script",
  "offer/acceptance",
  "offer/decline",
  "outcome/rejection-reply",
  "outcome/withdrawal",
  "outcome/reflection",
  "outcome/celebrate",
] as const;
/** A template id. See {@link TEMPLATE_IDS}. */
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/**
 * How the finished document travels: printed and posted, emailed, written by hand, said on the
 * phone, left as a voicemail, or kept by the candidate for themselves (a worksheet, a checklist).
 */
export const TEMPLATE_CHANNELS = ["postal", "email", "handwritten", "phone", "voicemail", "self"] as const;
/** One of {@link TEMPLATE_CHANNELS}. */
export type TemplateChannel = (typeof TEMPLATE_CHANNELS)[number];

/**
 * What a template needs beyond the interview and the plan: `offer` (from the context or the plan),
 * `negotiation` (the advice's ask, reasons and levers).
 */
export type RequiredField = "offer" | "negotiation";

/** The range of body words a template produces (paragraphs, headings and list items; not addresses). */
export interface WordRange {
  min: number;
  max: number;
}

/** What {@link listTemplates} tells about a template. */
export interface TemplateInfo {
  id: TemplateId;
  /** What the document is for, in one sentence. */
  purpose: string;
  kind: DocumentKind;
  channel: TemplateChannel;
  /** Body words, for any input within reason; tests hold every template to its range. */
  words: WordRange;
  /** Context fields `compose` needs for this template besides `input` and `plan`. */
  requires: readonly RequiredField[];
  locales: readonly Locale[];
  tones: readonly Tone[];
  /** The tone used when the context names none. */
  defaultTone: Tone;
}

/** Narrows {@link listTemplates}: every given field must match. */
export interface TemplateFilter {
  /** The family, the part of the id before the slash: `thank-you`, `follow-up`, `offer`, `outcome`, `recipients`. */
  family?: string;
  kind?: DocumentKind;
  channel?: TemplateChannel;
  locale?: Locale;
  tone?: Tone;
}
