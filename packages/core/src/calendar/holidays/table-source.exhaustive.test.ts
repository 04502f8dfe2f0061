/*
 * `pnpm test:exhaustive` (its own `.ci/run` step): the generated tables against the live
 * date-holidays source for every country, every year they cover and a sample of regions. The
 * laptop run (`pnpm test`) compares ten countries in three years.
 */
import Holidays from "date-holidays";
import { expect, it } from "vitest";
import type { Holiday } from "../types.js";
import { TABLE_YEARS } from "./generated/catalog.js";
import * as tables from "./generated/index.js";
import { liveHolidaySource } from "./live-source.js";
import { createTableSource } from "./table-source.js";

const source = createTableSource(Object.values(tables));
const [FROM, TO] = TABLE_YEARS;

/** A year's holidays as a sorted set of lines (the live source may list one day twice under one name). */
function lines(list: readonly Holiday[]): string[] {
  return [...new Set(list.map((h) => `${h.date} ${h.type}${h.substitute ? " substitute" : ""} ${h.name}`))].sort();
}

/** Regions checked: one per country, picked by its code, plus well-known ones. */
function sampledRegions(country: string, regions: readonly string[]): string[] {
  const named: Record<string, string[]> = { US: ["NY", "CA"], GB: ["SCT", "NIR"], DE: ["BY"], CA: ["QC"], AU: ["NSW"] };
  if (regions.length === 0) return [];
  const pick = regions[(country.charCodeAt(0) * 31 + country.charCodeAt(1)) % regions.length] ?? "";
  return [...new Set([pick, ...(named[country] ?? [])])];
}

it(`gives the same holidays for every country in every year ${FROM}–${TO}, and for sampled regions`, () => {
  const mismatches: string[] = [];
  for (const country of Object.keys(new Holidays().getCountries("en")).sort()) {
    for (const region of [undefined, ...sampledRegions(country, source.regions(country))]) {
      for (let year = FROM; year <= TO; year++) {
        const expected = lines(liveHolidaySource.holidays(country, region, year));
        const actual = lines(source.holidays(country, region, year));
        if (actual.join("\n") !== expected.join("\n")) mismatches.push(`${country}-${region ?? ""} ${year}`);
      }
    }
  }
  expect(mismatches).toEqual([]);
}, 300_000);
