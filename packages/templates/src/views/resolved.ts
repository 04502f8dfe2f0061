import type { Person } from "@afterview/core";
import type { ComposeContext } from "../compose/context.js";
import type { DocumentKind, Locale } from "../document/types.js";
import type { LanguagePack, LanguageWords } from "../languages/types.js";
import type { CalendarDate } from "../locale/dates.js";
import type { Tone } from "../registry/tones.js";
import type { TemplateInfo } from "../registry/types.js";

/** What a view builder works from: the context with every default settled. */
export interface Resolved {
  info: TemplateInfo;
  context: ComposeContext;
  locale: Locale;
  /** The language pack that writes `locale`. */
  pack: LanguagePack;
  /** Its words (`pack.words`), for the views. */
  words: LanguageWords;
  tone: Tone;
  kind: DocumentKind;
  /** Whom the document addresses, when anyone. */
  recipient?: Person | undefined;
  /** The recipient's courtesy title, when the caller gave one. */
  honorific?: string | undefined;
  /** The date the document is written or used on, in the candidate's zone. */
  date: CalendarDate;
}
