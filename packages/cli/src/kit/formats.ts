import { CliError } from "../errors/cli-error.js";

/** The file formats `afterview kit --formats` accepts. */
export const KIT_FORMATS = ["pdf", "docx", "eml", "txt", "md", "ics"] as const;

/** One of {@link KIT_FORMATS}. */
export type KitFormat = (typeof KIT_FORMATS)[number];

/**
 * Reads `--formats pdf,docx,...` (commas and/or spaces, any case, repeats ignored). Absent: every
 * format. Anything unknown is a one-line error listing what to use.
 */
export function parseFormats(option: string | undefined): ReadonlySet<KitFormat> {
  if (option === undefined) return new Set(KIT_FORMATS);
  const words = option
    .toLowerCase()
    .split(/[\s,]+/)
    .map((word) => word.replace(/^\./, ""))
    .filter(Boolean);
  const unknown = words.filter((word) => !(KIT_FORMATS as readonly string[]).includes(word));
  if (unknown.length > 0) {
    throw new CliError(`--formats: unknown format "${unknown[0]}"; use any of ${KIT_FORMATS.join(",")}`);
  }
  if (words.length === 0) throw new CliError(`--formats: name at least one of ${KIT_FORMATS.join(",")}`);
  return new Set(words as KitFormat[]);
}
