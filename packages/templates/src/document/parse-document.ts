import { AfterviewValidationError, type SafeParseResult, type ValidationIssue } from "@afterview/core";
import { isCountryCode } from "@afterview/core/schema";
import { type Block, DOCUMENT_KINDS, type Document, LOCALES } from "./types.js";

/** The most blocks, list items or address lines a renderer accepts, so a hostile input cannot make it run for ever. */
const MAX_ITEMS = 500;
/** The longest single text field accepted, in UTF-16 code units. */
const MAX_TEXT = 20_000;

/**
 * Checks that `value` is a {@link Document} and returns it: the one step for a document that did
 * not come straight from `compose` (JSON read back from storage, a letter an app lets people edit).
 * The renderers trust their argument's type and do not check it again. Text fields are capped at
 * 20,000 characters and lists at 500 entries, so hostile input cannot make a renderer run for ever.
 *
 * @throws {AfterviewValidationError} naming every bad field by its dotted path (`blocks[2].text`).
 * @example
 * ```ts
 * renderHtml(parseDocument(JSON.parse(stored)));
 * parseDocument({ ...doc, blocks: [{ type: "paragraph" }] });
 * // throws: blocks[0].text: expected a string
 * ```
 */
export function parseDocument(value: unknown): Document {
  const issues: ValidationIssue[] = [];
  const bad: Report = (path, message, code = "invalid_type") => {
    issues.push({ path, message, code });
  };
  if (!isObject(value)) {
    bad("", "expected a document object");
    throw new AfterviewValidationError(issues, { subject: "document" });
  }
  const text = (key: string, optional: boolean) => {
    const v = value[key];
    if (v === undefined && optional) return;
    checkText(v, key, bad);
  };
  text("templateId", false);
  if (!DOCUMENT_KINDS.includes(value.kind as never))
    bad("kind", `expected one of ${DOCUMENT_KINDS.join(", ")}`, "invalid_value");
  if (!LOCALES.includes(value.locale as never)) bad("locale", `expected one of ${LOCALES.join(", ")}`, "invalid_value");
  for (const key of ["subject", "date", "salutation", "closing"]) text(key, true);
  if (
    value.isoDate !== undefined &&
    (typeof value.isoDate !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value.isoDate))
  ) {
    bad("isoDate", "expected a date as YYYY-MM-DD", "invalid_format");
  }
  for (const key of ["from", "to"]) if (value[key] !== undefined) checkParty(value[key], key, bad);
  if (value.signature !== undefined) checkTextList(value.signature, "signature", bad);
  if (!Array.isArray(value.blocks)) bad("blocks", "expected an array of blocks");
  else if (value.blocks.length > MAX_ITEMS) bad("blocks", `expected at most ${MAX_ITEMS} blocks`, "too_big");
  else for (const [i, block] of value.blocks.entries()) checkBlock(block, `blocks[${i}]`, bad);
  if (issues.length > 0) throw new AfterviewValidationError(issues, { subject: "document" });
  return value as unknown as Document;
}

type Report = (path: string, message: string, code?: string) => void;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkText(value: unknown, path: string, bad: Report): void {
  if (typeof value !== "string") bad(path, "expected a string");
  else if (value.length > MAX_TEXT) bad(path, `expected at most ${MAX_TEXT} characters`, "too_big");
}

function checkTextList(value: unknown, path: string, bad: Report): void {
  if (!Array.isArray(value)) {
    bad(path, "expected an array of strings");
    return;
  }
  if (value.length > MAX_ITEMS) {
    bad(path, `expected at most ${MAX_ITEMS} entries`, "too_big");
    return;
  }
  for (const [i, item] of value.entries()) checkText(item, `${path}[${i}]`, bad);
}

function checkParty(value: unknown, path: string, bad: Report): void {
  if (!isObject(value)) {
    bad(path, "expected an object with `lines`");
    return;
  }
  checkTextList(value.lines, `${path}.lines`, bad);
  const keys = ["name", "email", "phone", "country", "title", "organization"] as const;
  for (const key of keys) if (value[key] !== undefined) checkText(value[key], `${path}.${key}`, bad);
  if (value.address !== undefined) checkAddress(value.address, `${path}.address`, bad);
}

/** A postal address in parts, shaped as core's `PostalAddress`. */
function checkAddress(value: unknown, path: string, bad: Report): void {
  if (!isObject(value)) {
    bad(path, "expected an address object with `lines`, `locality` and `country`");
    return;
  }
  checkTextList(value.lines, `${path}.lines`, bad);
  checkText(value.locality, `${path}.locality`, bad);
  for (const key of ["region", "postalCode"])
    if (value[key] !== undefined) checkText(value[key], `${path}.${key}`, bad);
  if (typeof value.country !== "string" || !isCountryCode(value.country.trim().toUpperCase())) {
    bad(`${path}.country`, "expected an ISO 3166-1 alpha-2 country code such as US or GB", "invalid_value");
  }
}

function checkBlock(value: unknown, path: string, bad: Report): void {
  if (!isObject(value)) {
    bad(path, "expected a block object");
    return;
  }
  const type = value.type as Block["type"];
  if (type === "paragraph" || type === "heading") {
    checkText(value.text, `${path}.text`, bad);
    return;
  }
  if (type === "list") {
    checkTextList(value.items, `${path}.items`, bad);
    if (value.ordered !== undefined && typeof value.ordered !== "boolean") bad(`${path}.ordered`, "expected a boolean");
    return;
  }
  bad(`${path}.type`, "expected paragraph, list or heading", "invalid_value");
}

/**
 * {@link parseDocument} without the throw.
 *
 * @example
 * ```ts
 * const result = safeParseDocument(JSON.parse(stored));
 * if (result.success) renderText(result.data);
 * ```
 */
export function safeParseDocument(value: unknown): SafeParseResult<Document> {
  try {
    return { success: true, data: parseDocument(value) };
  } catch (error) {
    if (error instanceof AfterviewValidationError) return { success: false, error };
    throw error;
  }
}
