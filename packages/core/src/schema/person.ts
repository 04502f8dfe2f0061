import * as z from "zod/mini";
import { ADDRESS_FORMS, type AddressForm } from "./enums.js";
import { CountryCode, capped, EmailAddress, PhoneNumber, requiredText, text } from "./fields.js";

/** The fields of a postal address, shared by the strict input schema and the plan's copy. */
export const postalAddressShape = {
  lines: /* @__PURE__ */ z
    .array(/* @__PURE__ */ requiredText("name"))
    .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(5)),
  locality: /* @__PURE__ */ requiredText("name"),
  region: /* @__PURE__ */ z.optional(/* @__PURE__ */ text("name")),
  postalCode: /* @__PURE__ */ z.optional(/* @__PURE__ */ text("code")),
  country: CountryCode,
};

/**
 * A postal address: street lines (1 to 5), locality (city or town), optional region and postal
 * code, and an ISO 3166-1 alpha-2 country. Unknown keys are refused.
 */
export const PostalAddressSchema = /* @__PURE__ */ z.strictObject(
  postalAddressShape,
) satisfies z.ZodMiniType<PostalAddress>;

/**
 * A postal address, as it goes on an envelope. Unknown keys are refused in input; a plan's copies
 * drop them. Its schema is {@link PostalAddressSchema}.
 *
 * @example
 * ```ts
 * const office: PostalAddress = {
 *   lines: ["200 Park Ave", "Floor 12"],
 *   locality: "New York",
 *   region: "NY",
 *   postalCode: "10166",
 *   country: "US",
 * };
 * ```
 */
export interface PostalAddress {
  /** The street lines, first to last (`["200 Park Ave", "Floor 12"]`): 1 to 5 lines of up to 200 characters, none blank. */
  lines: string[];
  /**
   * The city or town (`"New York"`), up to 200 characters. When sender and recipient share it and
   * also agree on `region` or `postalCode`, the letter counts as local mail, which is faster in some
   * countries (the US and Canada).
   */
  locality: string;
  /**
   * The state, province or county as written on the envelope (`"NY"`, `"Scotland"`), up to 200
   * characters. When it is a subdivision code the holiday data knows (`"NY"`, `"SCT"`, `"BY"`), a
   * letter to this address also waits out that region's public holidays; any other text is only printed.
   */
  region?: string | undefined;
  /** The postal code (`"10166"`, `"EH1 1YZ"`), up to 20 characters. */
  postalCode?: string | undefined;
  /**
   * The country, as an upper-case ISO 3166-1 alpha-2 code (`"US"`). It picks the postal service and
   * whether a letter is domestic, within the EU, or international mail.
   */
  country: string;
}

/** How a person wishes to be greeted; see {@link FormOfAddress}. Unknown keys are refused. */
export const FormOfAddressSchema = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.enum(ADDRESS_FORMS),
  title: /* @__PURE__ */ z.optional(/* @__PURE__ */ requiredText("code")),
}) satisfies z.ZodMiniType<FormOfAddress>;

/**
 * How a person wishes to be greeted, as the candidate knows it (from their signature, the company
 * site, or by asking). afterview never infers it from a first name.
 *
 * @example
 * ```ts
 * const form: FormOfAddress = { kind: "ms", title: "Dr." };
 * // German: "Sehr geehrte Frau Dr. Weber,"  Spanish: "Estimada Dra. Weber:"
 * ```
 */
export interface FormOfAddress {
  /**
   * `ms` or `mr` allow the gendered formal greeting of each language (`Sehr geehrte Frau Weber,`,
   * `Madame,`, `Estimada Sra. Weber:`); `mx` and `none` ask for the gender-neutral one
   * (`Guten Tag Dana Weber,`), which is also what a person without `formOfAddress` gets.
   */
  kind: AddressForm;
  /** An academic or professional title that goes before the surname (`"Dr."`, `"Prof. Dr."`, `"Mag."`, `"Lic."`), up to 20 characters. */
  title?: string | undefined;
}

/** The fields of a person, shared by the strict input schema and the plan's copy. */
export const personShape = {
  name: /* @__PURE__ */ z.optional(/* @__PURE__ */ requiredText("name")),
  title: /* @__PURE__ */ z.optional(/* @__PURE__ */ text("name")),
  email: /* @__PURE__ */ z.optional(EmailAddress),
  phone: /* @__PURE__ */ z.optional(PhoneNumber),
  spellingConfirmed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  topics: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(/* @__PURE__ */ requiredText("name")).check(/* @__PURE__ */ capped("smallList")),
  ),
  address: /* @__PURE__ */ z.optional(PostalAddressSchema),
  formOfAddress: /* @__PURE__ */ z.optional(FormOfAddressSchema),
};

/**
 * Someone the candidate met or will write to. Every field is optional: an interviewer whose name
 * the candidate did not catch is `{}`, and the plan then starts with a call to confirm it.
 * Unknown keys are refused.
 */
export const PersonSchema = /* @__PURE__ */ z.strictObject(personShape) satisfies z.ZodMiniType<Person>;

/**
 * Someone the candidate met or will write to: an interviewer, the person who scheduled the
 * interview, or the recipient of an action. Every field is optional: an interviewer whose name the
 * candidate did not catch is `{}`, and the plan then starts with a call to confirm it. Unknown keys
 * are refused in input; a plan's copies drop them. Its schema is {@link PersonSchema}.
 *
 * @example
 * ```ts
 * const interviewer: Person = {
 *   name: "Dana Whitfield",
 *   title: "Engineering Manager",
 *   email: "dana@acme.example",
 *   spellingConfirmed: true,
 *   topics: ["the warehouse migration"],
 * };
 * ```
 */
export interface Person {
  /**
   * The name as the letter should greet them and the envelope should carry it (`"Dana Whitfield"`),
   * up to 200 characters, not blank. When an interviewer's name is missing, the plan's first action
   * is a call to confirm it.
   */
  name?: string | undefined;
  /** Their job title (`"Engineering Manager"`), up to 200 characters. Letters print it with the name, and greet by it when the name is missing. */
  title?: string | undefined;
  /**
   * Their email address, up to 254 characters. An interviewer with one can be thanked by email; a
   * scheduler with one can pass letters on to interviewers who have no address of their own.
   */
  email?: string | undefined;
  /**
   * Their phone number as people write it (`"+1 212 555 0100"`, `"020 7946 0018 ext. 12"`): digits
   * with an optional `+`, spaces, dots, dashes, slashes, parentheses and an extension; at least 3
   * digits, up to 40 characters. Confirmation and follow-up calls use it.
   */
  phone?: string | undefined;
  /**
   * `true` when the candidate has checked how the name is spelled (with the scheduler, say). `false`
   * puts a spelling check on the confirmation call; so does leaving it out when there is no email
   * address to copy the spelling from.
   */
  spellingConfirmed?: boolean | undefined;
  /**
   * What the candidate talked about with this person (`["the warehouse migration"]`): up to 20
   * entries of up to 200 characters, none blank. Their letter mentions it, so each letter is personal.
   */
  topics?: string[] | undefined;
  /** Where a letter to them goes. Without it, a posted letter goes to the company's address. */
  address?: PostalAddress | undefined;
  /**
   * How they wish to be greeted (`{ kind: "ms", title: "Dr." }`). Without it, letters use the
   * full name with each language's gender-neutral greeting; no form is ever guessed from a name.
   */
  formOfAddress?: FormOfAddress | undefined;
}
