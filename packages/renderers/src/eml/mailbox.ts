import { AfterviewValidationError } from "@afterview/core";
import { cleanText, oneLine } from "../internal/clean-text.js";

/** A mailbox: an address and, optionally, the name shown with it. */
export interface EmlAddress {
  /** The address, `local@domain`. */
  email: string;
  /** The display name; any script (it is RFC 2047-encoded). */
  name?: string;
}

/** A checked mailbox: the address has no white space, no control characters and nothing that could end a header. */
export interface CheckedMailbox {
  addr: string;
  name?: string;
}

// A dot-atom local part and domain (RFC 5322 §3.4.1 without quoted strings or comments); UTF-8 allowed (RFC 6532).
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$|^[^\s@<>()[\]\\,;:"]+@localhost$/;

/**
 * Reads a mailbox from `value` (`"dana@acme.example"` or `{ email, name }`). The name is put on one
 * line (CR, LF and control characters become spaces or go); the address must be a plain
 * `local@domain` after control characters and white space are removed, or an
 * `AfterviewValidationError` names `path`. Nothing a caller passes can add a header.
 */
export function readMailbox(value: unknown, path: string): CheckedMailbox {
  const raw = typeof value === "string" ? { email: value } : value;
  if (typeof raw !== "object" || raw === null || typeof (raw as EmlAddress).email !== "string") {
    throw invalid(path, "expected an email address or { email, name }");
  }
  const { email, name } = raw as EmlAddress;
  if (name !== undefined && typeof name !== "string") throw invalid(`${path}.name`, "expected a string");
  const addr = cleanText(email).replace(/\s+/g, "");
  if (addr.length > 254 || !ADDRESS.test(addr))
    throw invalid(typeof value === "string" ? path : `${path}.email`, "expected an address like name@example.com");
  const display = name === undefined ? "" : oneLine(name).slice(0, 200);
  return display ? { addr, name: display } : { addr };
}

function invalid(path: string, message: string): AfterviewValidationError {
  return new AfterviewValidationError([{ path, message, code: "invalid_format" }], { subject: "email" });
}

/** Reads one mailbox or a list of them (see {@link readMailbox}); `undefined` when none was given. */
export function readMailboxes(value: unknown, path: string): CheckedMailbox[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((item, i) => readMailbox(item, `${path}[${i}]`));
  return [readMailbox(value, path)];
}
