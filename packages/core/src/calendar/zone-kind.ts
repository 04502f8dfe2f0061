/**
 * What a time zone name stands for:
 * - `"place"`: a city or region's zone (`"America/New_York"`, also old links such as `"US/Eastern"`
 *   or `"Japan"`), which follows that place's clock changes;
 * - `"fixed-offset"`: a fixed offset from UTC with no summer time (`"UTC"`, `"GMT"`, `"EST"`,
 *   `"MST"`, `"HST"`, any `"Etc/…"` zone such as `"Etc/GMT+5"`);
 * - `"abbreviation"`: an abbreviation that keeps one set of summer-time rules but names no place
 *   (`"CET"`, `"EET"`, `"WET"`, `"MET"`, `"EST5EDT"`, `"CST6CDT"`, `"MST7MDT"`, `"PST8PDT"`).
 *
 * The lists are the tz database's complete set of such names (its `etcetera` file, the
 * abbreviations kept for POSIX, and their links); case does not matter, as for the zone itself.
 *
 * @example
 * ```ts
 * zoneKind("America/New_York"); //=> "place"
 * zoneKind("EST"); //=> "fixed-offset"
 * zoneKind("Etc/GMT+5"); //=> "fixed-offset"
 * zoneKind("CET"); //=> "abbreviation"
 * ```
 */
export function zoneKind(zone: string): "place" | "fixed-offset" | "abbreviation" {
  const upper = zone.toUpperCase();
  if (upper.startsWith("ETC/") || FIXED.has(upper)) return "fixed-offset";
  if (ABBREVIATIONS.has(upper)) return "abbreviation";
  return "place";
}

const FIXED: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "UTC",
  "UCT",
  "GMT",
  "GMT0",
  "GMT+0",
  "GMT-0",
  "GREENWICH",
  "UNIVERSAL",
  "ZULU",
  "EST",
  "MST",
  "HST",
]);

const ABBREVIATIONS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "CET",
  "EET",
  "MET",
  "WET",
  "EST5EDT",
  "CST6CDT",
  "MST7MDT",
  "PST8PDT",
]);
