import * as z from "zod/mini";
import {
  HANDWRITING_QUALITIES,
  type Handwriting,
  INTEREST_LEVELS,
  INTERVIEW_FORMATS,
  type Interest,
  type InterviewFormat,
} from "./enums.js";
import {
  boundedInt,
  CountryCode,
  capped,
  compareInstants,
  EmailAddress,
  InstantString,
  LanguageTag,
  PhoneNumber,
  requiredText,
  TimeZoneName,
  text,
} from "./fields.js";
import { type Person, PersonSchema, type PostalAddress, PostalAddressSchema } from "./person.js";

const CompanySchema = /* @__PURE__ */ z.strictObject({
  name: /* @__PURE__ */ requiredText("name"),
  timeZone: TimeZoneName,
  country: CountryCode,
  region: /* @__PURE__ */ z.optional(/* @__PURE__ */ text("code")),
  address: /* @__PURE__ */ z.optional(PostalAddressSchema),
});

const CandidateSchema = /* @__PURE__ */ z.strictObject({
  name: /* @__PURE__ */ requiredText("name"),
  timeZone: TimeZoneName,
  country: CountryCode,
  region: /* @__PURE__ */ z.optional(/* @__PURE__ */ text("code")),
  email: /* @__PURE__ */ z.optional(EmailAddress),
  phone: /* @__PURE__ */ z.optional(PhoneNumber),
  address: /* @__PURE__ */ z.optional(PostalAddressSchema),
  handwriting: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(HANDWRITING_QUALITIES)),
});

const NotesSchema = /* @__PURE__ */ z.strictObject({
  missedExample: /* @__PURE__ */ z.optional(/* @__PURE__ */ text("text")),
  strengths: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(/* @__PURE__ */ requiredText("text")).check(/* @__PURE__ */ capped("smallList")),
  ),
});

/**
 * One interview, as the caller describes it: who, where, when, and how it went.
 *
 * - `start` and `end` are ISO 8601 date-times with an offset (`-05:00`, `Z`) or a `[zone]`;
 *   `end` must be after `start`.
 * - Time zones are IANA names; countries ISO 3166-1 alpha-2.
 * - `interviewers` has 1 to 20 people; `travelMinutes` (0–1440, onsite only) is the trip home.
 * - Every string has a length cap (see `LIMITS`), every array a size cap.
 * - Unknown keys are refused at every level: a misspelt `statedTimeline` would otherwise be
 *   dropped without a word and the plan would silently use the default wait.
 */
export const InterviewInputSchema = /* @__PURE__ */ z
  .strictObject({
    id: /* @__PURE__ */ requiredText("id"),
    role: /* @__PURE__ */ requiredText("name"),
    company: CompanySchema,
    start: InstantString,
    end: InstantString,
    format: /* @__PURE__ */ z.enum(INTERVIEW_FORMATS),
    interviewers: /* @__PURE__ */ z
      .array(PersonSchema)
      .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ capped("smallList")),
    scheduler: /* @__PURE__ */ z.optional(PersonSchema),
    statedTimeline: /* @__PURE__ */ z.optional(/* @__PURE__ */ text("sentence")),
    interest: /* @__PURE__ */ z.enum(INTEREST_LEVELS),
    candidate: CandidateSchema,
    notes: /* @__PURE__ */ z.optional(NotesSchema),
    travelMinutes: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedInt(0, 1440)),
    language: /* @__PURE__ */ z.optional(LanguageTag),
  })
  .check(
    /* @__PURE__ */ z.superRefine(
      (input, ctx) => {
        const order = compareInstants(input.start, input.end);
        if (order !== null && order >= 0) {
          ctx.addIssue({
            code: "custom",
            path: ["end"],
            input: input.end,
            params: { code: "end-before-start" },
            message: "must be after start",
          });
        }
      },
      // Run even when other fields have problems, so this one is reported in the same pass.
      { when: (payload) => isRecord(payload.value) },
    ),
  ) satisfies z.ZodMiniType<InterviewInput>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * One interview, as the caller describes it: who, where, when, and how it went. `createPlan` turns it
 * into a plan. Unknown keys are refused at every level: a misspelt `statedTimeline` would
 * otherwise be dropped without a word, and the plan would quietly use the default wait. Its schema is
 * {@link InterviewInputSchema}.
 *
 * @example
 * ```ts
 * const input: InterviewInput = {
 *   id: "acme-senior-data-engineer",
 *   role: "Senior Data Engineer",
 *   company: { name: "Acme Corp", timeZone: "America/New_York", country: "US", region: "NY" },
 *   start: "2026-11-24T14:00:00-05:00[America/New_York]",
 *   end: "2026-11-24T15:30:00-05:00[America/New_York]",
 *   format: "onsite",
 *   interviewers: [{ name: "Dana Whitfield", email: "dana@acme.example" }],
 *   statedTimeline: "We'll make a decision within two or three days",
 *   interest: "want",
 *   candidate: { name: "Alex Morgan", timeZone: "America/Chicago", country: "US" },
 * };
 * ```
 */
export interface InterviewInput {
  /** Your id for this interview (`"acme-senior-data-engineer"`), up to 200 characters, not blank. The plan keeps it as `interviewId`. */
  id: string;
  /** The job interviewed for (`"Senior Data Engineer"`), up to 200 characters, not blank; letters name it. */
  role: string;
  /** The employer: its name, the office that decides, and where letters to it go. */
  company: {
    /** The employer's name as letters write it (`"Acme Corp"`), up to 200 characters, not blank. */
    name: string;
    /**
     * The IANA time zone of the office that decides (`"America/New_York"`). The decision window,
     * calling hours and every other employer-side time are reckoned in it.
     */
    timeZone: string;
    /**
     * The employer's country, as an upper-case ISO 3166-1 alpha-2 code (`"US"`). With `region` it
     * picks the employer's weekend and public holidays, so business days are the employer's own.
     */
    country: string;
    /**
     * The subdivision whose holidays the employer also keeps, as a code the holiday data knows
     * (`"NY"`, `"SCT"`, `"BY"`), up to 20 characters. A code it does not know is refused by
     * `createPlan`, naming `company.region`.
     */
    region?: string | undefined;
    /** The office's postal address: where a letter goes for an interviewer who has no address of their own. */
    address?: PostalAddress | undefined;
  };
  /**
   * When the interview began: an ISO 8601 instant with an offset or a `[zone]`, as
   * `2026-11-24T14:00:00-05:00[America/New_York]` (up to 100 characters).
   */
  start: string;
  /**
   * When the interview ended, in the same form as `start` and after it. The thank-you letter is
   * timed from it, and the employer's decision window counts from its date.
   */
  end: string;
  /** How the interview was held. After an `onsite` interview, writing waits for the trip home (`travelMinutes`). */
  format: InterviewFormat;
  /** The people who interviewed the candidate, 1 to 20. Each gets a personal letter of their own. */
  interviewers: Person[];
  /**
   * Who arranged the interview. The plan calls them when an interviewer's name or address is
   * missing, sends letters through them when nobody else can be reached, and makes follow-up calls
   * to them first.
   */
  scheduler?: Person | undefined;
  /**
   * What the employer said about when they will decide, in their words (`"We'll make a decision
   * within two or three days"`), up to 500 characters. It is read in the employer's business days;
   * when it is absent or names no time, the plan waits `policy.decision.defaultBusinessDays` (5,
   * E-FU-STATED), and when it names a time that cannot be read, the plan asks the candidate for the
   * date they heard.
   */
  statedTimeline?: string | undefined;
  /**
   * How much the candidate wants the job. `want` and `unsure` get a thank-you letter and follow-up
   * calls; `not-interested` gets neither, and the plan's action is to withdraw, politely.
   */
  interest: Interest;
  /** The candidate: who signs the letters, and the clock and calendar their own tasks follow. */
  candidate: {
    /** The candidate's name as they sign letters (`"Alex Morgan"`), up to 200 characters, not blank. */
    name: string;
    /**
     * The IANA time zone where the candidate lives (`"America/Chicago"`). Their own tasks (writing,
     * sending, calling) fall in their hours in this zone, and the plan gives their times in it.
     */
    timeZone: string;
    /**
     * The candidate's country, as an upper-case ISO 3166-1 alpha-2 code (`"US"`). With `region` it
     * picks their weekend and holidays; a posted letter also leaves from here.
     */
    country: string;
    /** The subdivision whose holidays the candidate keeps, as a code the holiday data knows (`"NY"`, `"SCT"`), up to 20 characters. */
    region?: string | undefined;
    /** The candidate's email address, up to 254 characters, for the contact lines of their letters. */
    email?: string | undefined;
    /** The candidate's phone number as people write it (`"+1 312 555 0199"`), for the contact lines of their letters. */
    phone?: string | undefined;
    /** The candidate's postal address: the return address on a posted letter, and where its journey starts. */
    address?: PostalAddress | undefined;
    /**
     * The candidate's own view of their handwriting. A handwritten note is advised only when it is
     * `excellent` and the letter goes by post; otherwise letters are typed.
     */
    handwriting?: Handwriting | undefined;
  };
  /** What the candidate noted after the interview, for the letters to use. */
  notes?:
    | {
        /** An example the candidate wishes they had given (up to 5,000 characters); the letter can add it. */
        missedExample?: string | undefined;
        /** Strengths the candidate wants to repeat (up to 20, none blank); letters and replies lead with them. */
        strengths?: string[] | undefined;
      }
    | undefined;
  /**
   * Minutes from the end of an onsite interview to the candidate's desk, a whole number from 0 to 1440.
   * Writing the letter starts after it. Absent means `policy.thankYou.travelMinutes` (60, inferred from
   * E-TY-TIMING); ignored unless `format` is `onsite`.
   */
  travelMinutes?: number | undefined;
  /**
   * The language the candidate will write to this employer in, as a BCP 47 tag (`"de-DE"`, `"fr-CA"`,
   * `"es"`). Letters and scripts are written in it where afterview has it (English, German, French,
   * Spanish), and the employer's `statedTimeline` is also read in it. Without it, letters stay in
   * the candidate's English and the plan's `why` proposes the main language of the company's country
   * when that differs: a letter in the wrong language reads worse than one in English.
   */
  language?: string | undefined;
}
