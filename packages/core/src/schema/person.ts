import * as z from "zod/mini";
import { CountryCode, EmailAddress, PhoneNumber, requiredText, text } from "./fields.js";
import { LIMITS } from "./limits.js";

/** The fields of a postal address, shared by the strict input schema and the plan's copy. */
export const postalAddressShape = {
  lines: /* @__PURE__ */ z
    .array(/* @__PURE__ */ requiredText(LIMITS.name))
    .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(5)),
  locality: /* @__PURE__ */ requiredText(LIMITS.name),
  region: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(LIMITS.name)),
  postalCode: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(LIMITS.code)),
  country: CountryCode,
};

/**
 * A postal address: street lines (1 to 5), locality (city or town), optional region and postal
 * code, and an ISO 3166-1 alpha-2 country. Unknown keys are refused.
 */
export const PostalAddressSchema = /* @__PURE__ */ z.strictObject(postalAddressShape);

/** A postal address. See {@link PostalAddressSchema}. */
export type PostalAddress = z.infer<typeof PostalAddressSchema>;

/** The fields of a person, shared by the strict input schema and the plan's copy. */
export const personShape = {
  name: /* @__PURE__ */ z.optional(/* @__PURE__ */ requiredText(LIMITS.name)),
  title: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(LIMITS.name)),
  email: /* @__PURE__ */ z.optional(EmailAddress),
  phone: /* @__PURE__ */ z.optional(PhoneNumber),
  /** `true` when the candidate has checked how the name is spelled (e.g. with the scheduler). */
  spellingConfirmed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** What the candidate talked about with this person, for a personal letter. */
  topics: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .array(/* @__PURE__ */ requiredText(LIMITS.name))
      .check(/* @__PURE__ */ z.maxLength(LIMITS.smallList)),
  ),
  address: /* @__PURE__ */ z.optional(PostalAddressSchema),
};

/**
 * Someone the candidate met or will write to. Every field is optional: an interviewer whose name
 * the candidate did not catch is `{}`, and the plan then starts with a call to confirm it.
 * Unknown keys are refused.
 */
export const PersonSchema = /* @__PURE__ */ z.strictObject(personShape);

/** A person. See {@link PersonSchema}. */
export type Person = z.infer<typeof PersonSchema>;
