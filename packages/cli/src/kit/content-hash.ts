import { createHash } from "node:crypto";

/**
 * The hash `kit.json` records for each file it writes, in the format of Subresource Integrity
 * (`sha256-` and the base64 of the SHA-256 digest). A refresh compares it with the file on disk: a
 * different hash means someone changed the file since the kit wrote it.
 *
 * @example
 * ```ts
 * contentHash("Dear Dana\n");
 * //=> "sha256-…" (44 base64 characters after the dash)
 * ```
 */
export function contentHash(content: string | Uint8Array): string {
  return `sha256-${createHash("sha256").update(content).digest("base64")}`;
}
