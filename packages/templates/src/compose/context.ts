import type { InterviewInput, Offer, Person, Plan, PlanAction } from "@afterview/core";
import type { Locale } from "../document/types.js";
import type { Tone } from "../registry/tones.js";
import type { ComposeNegotiation } from "./negotiation.js";

/**
 * Everything `compose` fills a template from. Only `input` and `plan` are required; each template
 * lists what else it needs in `listTemplates()[i].requires`. The values are typed, as core returns
 * them; they are not validated again (parse untyped JSON with core's `parse*` functions first).
 */
export interface ComposeContext {
  /** The interview, as given to `createPlan` or returned by `parseInterviewInput`. */
  input: InterviewInput;
  /** Its plan, from `createPlan`, `applyEvent` or `parsePlan`. */
  plan: Plan;
  /**
   * Whom the document is addressed to. Defaults: the action's `to`; for thank-you letters the
   * first interviewer; for calls and offers the scheduler, else the first interviewer.
   */
  recipient?: Person | undefined;
  /** The offer, for offer templates; defaults to `plan.offer`. */
  offer?: Offer | undefined;
  /** The negotiation advice, for the negotiation email and call script. */
  negotiation?: ComposeNegotiation | undefined;
  /**
   * One of `LOCALES`. Defaults to `input.language` where afterview writes it (`"de"` at a company in
   * Austria → `de-AT`), else the candidate's English by their country (`GB`, `IE`, `AU`, … → `en-GB`).
   */
  locale?: Locale | undefined;
  /** The voice; defaults to the template's `defaultTone` (formal for the posted letter, warm otherwise). */
  tone?: Tone | undefined;
  /** The plan action the document is for; its dates, recipient and attempt number are used. */
  action?: PlanAction | undefined;
  /** A courtesy title for the recipient (`Ms`, `Dr`, `Mx`), used by the formal tone. Never guessed. */
  honorific?: string | undefined;
}
