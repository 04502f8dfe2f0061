import * as z from "zod/mini";
import { HANDWRITING_QUALITIES, INTEREST_LEVELS, INTERVIEW_FORMATS } from "./enums.js";
import {
  boundedInt,
  CountryCode,
  compareInstants,
  EmailAddress,
  InstantString,
  PhoneNumber,
  requiredText,
  TimeZoneName,
  text,
} from "./fields.js";
import { LIMITS } from "./limits.js";
import { PersonSchema, PostalAddressSchema } from "./person.js";

const CompanySchema = /* @__PURE__ */ z.strictObject({
  name: /* @__PURE__ */ requiredText(LIMITS.name),
  /** IANA zone of the office that decides; employer-side deadlines and calling hours use it. */
  timeZone: TimeZoneName,
  /** ISO 3166-1 alpha-2; with `region`, picks the employer's public holidays. */
  country: CountryCode,
  /** A subdivision code as `date-holidays` knows it (e.g. `"NY"`, `"SCT"`). */
  region: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(LIMITS.code)),
  address: /* @__PURE__ */ z.optional(PostalAddressSchema),
});

const CandidateSchema = /* @__PURE__ */ z.strictObject({
  name: /* @__PURE__ */ requiredText(LIMITS.name),
  /** IANA zone where the candidate lives; the candidate's own tasks use it. */
  timeZone: TimeZoneName,
  country: CountryCode,
  region: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(LIMITS.code)),
  email: /* @__PURE__ */ z.optional(EmailAddress),
  phone: /* @__PURE__ */ z.optional(PhoneNumber),
  address: /* @__PURE__ */ z.optional(PostalAddressSchema),
  handwriting: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(HANDWRITING_QUALITIES)),
});

const NotesSchema = /* @__PURE__ */ z.strictObject({
  /** An example the candidate wishes they had given; the letter can add it. */
  missedExample: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(LIMITS.text)),
  /** Strengths the candidate wants to repeat in the letter. */
  strengths: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .array(/* @__PURE__ */ requiredText(LIMITS.text))
      .check(/* @__PURE__ */ z.maxLength(LIMITS.smallList)),
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
    id: /* @__PURE__ */ requiredText(LIMITS.id),
    role: /* @__PURE__ */ requiredText(LIMITS.name),
    company: CompanySchema,
    start: InstantString,
    end: InstantString,
    format: /* @__PURE__ */ z.enum(INTERVIEW_FORMATS),
    interviewers: /* @__PURE__ */ z
      .array(PersonSchema)
      .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(LIMITS.smallList)),
    /** Who arranged the interview; the person to call when names or addresses are missing. */
    scheduler: /* @__PURE__ */ z.optional(PersonSchema),
    /** What the employer said about when they will decide, in their words. */
    statedTimeline: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(LIMITS.sentence)),
    interest: /* @__PURE__ */ z.enum(INTEREST_LEVELS),
    candidate: CandidateSchema,
    notes: /* @__PURE__ */ z.optional(NotesSchema),
    /** Minutes from the interview to the candidate's desk, for an onsite interview. */
    travelMinutes: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedInt(0, 1440)),
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
  );

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One interview. See {@link InterviewInputSchema}. */
export type InterviewInput = z.infer<typeof InterviewInputSchema>;
