import * as z from "zod/mini";
import { CountryCode, EmailAddress, PhoneNumber, requiredText, text } from "./fields.js";
import { LIMITS } from "./limits.js";

/** The fields of a postal address, shared by the strict input schema and the plan's copy. */
export const postalAddressShape = {
  lines: z.array(requiredText(LIMITS.name)).check(z.minLength(1), z.maxLength(5)),
  locality: requiredText(LIMITS.name),
  region: z.optional(text(LIMITS.name)),
  postalCode: z.optional(text(LIMITS.code)),
  country: CountryCode,
};

/**
 * A postal address: street lines (1 to 5), locality (city or town), optional region and postal
 * code, and an ISO 3166-1 alpha-2 country. Unknown keys are refused.
 */
export const PostalAddressSchema = z.strictObject(postalAddressShape);

/** A postal address. See {@link PostalAddressSchema}. */
export type PostalAddress = z.infer<typeof PostalAddressSchema>;

/** The fields of a person, shared by the strict input schema and the plan's copy. */
export const personShape = {
  name: z.optional(requiredText(LIMITS.name)),
  title: z.optional(text(LIMITS.name)),
  email: z.optional(EmailAddress),
  phone: z.optional(PhoneNumber),
  /** `true` when the candidate has checked how the name is spelled (e.g. with the scheduler). */
  spellingConfirmed: z.optional(z.boolean()),
  /** What the candidate talked about with this person, for a personal letter. */
  topics: z.optional(z.array(requiredText(LIMITS.name)).check(z.maxLength(LIMITS.smallList))),
  address: z.optional(PostalAddressSchema),
};

/**
 * Someone the candidate met or will write to. Every field is optional: an interviewer whose name
 * the candidate did not catch is `{}`, and the plan then starts with a call to confirm it.
 * Unknown keys are refused.
 */
export const PersonSchema = z.strictObject(personShape);

/** A person. See {@link PersonSchema}. */
export type Person = z.infer<typeof PersonSchema>;
