/*
 * The main language of a company's country, for reading what its people said about the decision
 * date when the input names no language. Only the languages core has timeline rules for are
 * listed; every other country reads as English.
 */

const GERMAN = "DE AT CH LI";
const FRENCH = "FR BE MC LU CI SN CM ML BF NE TG BJ GA CG CD GN MG HT BI DJ KM CF TD";
const SPANISH = "ES MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY GQ PR";

const BY_COUNTRY: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ...GERMAN.split(" ").map((c) => [c, "de"] as const),
  ...FRENCH.split(" ").map((c) => [c, "fr"] as const),
  ...SPANISH.split(" ").map((c) => [c, "es"] as const),
]);

/** Swiss cantons and Canadian provinces whose main language differs from the country's. */
const BY_REGION: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  CA: { QC: "fr" },
  CH: { GE: "fr", VD: "fr", NE: "fr", JU: "fr", TI: "it" },
};

/**
 * The primary language subtag (`"de"`, `"fr"`, `"es"`, `"en"`) of a place: Québec reads French,
 * Geneva French, Germany German, Mexico Spanish, Luxembourg French; anything else English.
 *
 * @example
 * ```ts
 * countryLanguage("CA", "QC"); //=> "fr"
 * countryLanguage("US"); //=> "en"
 * ```
 */
export function countryLanguage(country: string, region?: string): string {
  const byRegion = region === undefined ? undefined : BY_REGION[country]?.[region.toUpperCase()];
  return byRegion ?? BY_COUNTRY.get(country) ?? "en";
}
