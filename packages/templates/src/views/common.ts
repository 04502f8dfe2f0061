import type { Addressee } from "../languages/types.js";
import { dateIn } from "../locale/dates.js";
import { clean, firstName } from "../text/clean.js";
import type { Resolved } from "./resolved.js";

/** What every template can use. Every value is plain text or `undefined` (which drops its section). */
export interface CommonView {
  company: string;
  role: string;
  candidate: string;
  candidateFirst: string;
  candidateEmail: string | undefined;
  candidatePhone: string | undefined;
  /** The recipient's full name, when known. */
  name: string | undefined;
  /** The recipient's first name, when known. */
  first: string | undefined;
  /** How a script or sentence refers to the recipient: the first name, else `there`. */
  hello: string;
  title: string | undefined;
  /** `Tuesday`: the interview's weekday on the employer's wall clock. */
  interviewDay: string;
  /** `Tuesday, November 24` or `Tuesday 24 November`. */
  interviewDate: string;
  /** `meeting with me`, `speaking with me by phone`, `talking with me over video`. */
  meeting: string;
  /** `met`, `spoke`, `talked`: the past tense of the interview's format. */
  met: string;
  /** The interview's format as three flags, for languages whose sentences change with it. */
  onsite: boolean;
  phone: boolean;
  video: boolean;
  salutation: string;
  closing: string;
}

/** The view every template shares: who, what, when, and the greeting and closing lines. */
export function commonView(r: Resolved): CommonView {
  const { input } = r.context;
  const person = r.recipient;
  const name = clean(person?.name);
  const interview = dateIn(input.start, input.company.timeZone);
  const words = r.words;
  const addressee: Addressee = {
    name,
    title: person?.title,
    formOfAddress: person?.formOfAddress,
    honorific: r.honorific,
  };
  return {
    company: clean(input.company.name)!,
    role: clean(input.role)!,
    candidate: clean(input.candidate.name)!,
    candidateFirst: firstName(clean(input.candidate.name)!),
    candidateEmail: clean(input.candidate.email),
    candidatePhone: clean(input.candidate.phone),
    name,
    first: name ? firstName(name) : undefined,
    hello: name ? firstName(name) : words.someone,
    title: clean(person?.title),
    interviewDay: words.weekday(interview),
    interviewDate: words.dayAndDate(interview, r.locale),
    ...words.meeting[input.format],
    onsite: input.format === "onsite",
    phone: input.format === "phone",
    video: input.format === "video",
    salutation: words.salutation(addressee, r.tone, r.locale, r.kind),
    closing: words.closing(addressee, r.tone, r.locale, r.kind),
  };
}
