import { AfterviewValidationError } from "../../errors/afterview-error.js";
import { dayNumber, isoOfDayNumber, isoWeekday } from "../day-number.js";
import type { Holiday } from "../types.js";
import { orthodoxEaster, westernEaster } from "./easter.js";

/**
 * One country's public and bank holidays, computed ahead from `date-holidays` for a span of years
 * by `scripts/generate-holidays.ts`. Import the tables you need from `@afterview/core/holidays`
 * and pass them to `registerHolidays`; the fields are an encoding, not an API to read.
 *
 * The encoding, for the generator and the decoder only:
 * - `regions` lists the region codes, sorted; member `0` is the country without a region and
 *   member `k` is `regions[k - 1]`.
 * - `groups` are sets of members: `"*"` (every member), `"-1.4"` (every member but 1 and 4) or `"0.2"`
 *   (members 0 and 2), indexes in base 36.
 * - each `series` row is `name,flags,group,token,token,…` (name and group are base-36 indexes,
 *   flags are `1` for a bank holiday plus `2` for a substitute day). Token `i` gives the dates of
 *   year `years[0] + i` as space-separated atoms, and `token*n` repeats it for `n` years; the last
 *   token fills every year left. Atoms: `MMDD`; `MMDD>w` (the first ISO weekday `w` on or after
 *   MMDD); `MMDD<w` (the last one on or before); `E-2`/`E1` (days from Western Easter Sunday);
 *   `O-2`/`O1` (days from Orthodox Easter Sunday).
 */
export interface HolidayTable {
  /** ISO 3166-1 alpha-2 code, upper-case. */
  readonly country: string;
  /** The first and the last year the table covers, both included. */
  readonly years: readonly [number, number];
  /** Where the data came from, e.g. `"date-holidays 3.37.0"`. */
  readonly source: string;
  /** Region codes (ISO 3166-2 suffixes), sorted. */
  readonly regions: readonly string[];
  /** Holiday names, each once. */
  readonly names: readonly string[];
  /** Sets of members that share a series. */
  readonly groups: readonly string[];
  /** One row per holiday series. */
  readonly series: readonly string[];
}

/** A table read into a form that answers year queries quickly. Built once per table. */
export interface DecodedTable {
  readonly table: HolidayTable;
  /** Region code → member index (1-based; 0 is the country without a region). */
  readonly members: ReadonlyMap<string, number>;
  readonly rows: readonly DecodedRow[];
}

interface DecodedRow {
  readonly name: string;
  readonly type: Holiday["type"];
  readonly substitute: boolean;
  readonly group: GroupTest;
  /** Atoms of each year of the span, by offset from the first year. */
  readonly years: readonly (readonly string[])[];
}

type GroupTest = (member: number) => boolean;

/** Reads a table's rows. Throws an `AfterviewValidationError` naming the row when the table is malformed. */
export function decodeTable(table: HolidayTable): DecodedTable {
  const span = table.years[1] - table.years[0] + 1;
  const groups = table.groups.map(parseGroup);
  const rows = table.series.map((row, index) => {
    const [nameIndex, flags, groupIndex, ...tokens] = row.split(",");
    const name = table.names[Number.parseInt(nameIndex ?? "", 36)];
    const group = groups[Number.parseInt(groupIndex ?? "", 36)];
    const bits = Number(flags);
    if (name === undefined || group === undefined || !(bits >= 0 && bits <= 3) || tokens.length === 0) {
      throw new AfterviewValidationError(
        [{ path: `series[${index}]`, code: "malformed-table", message: `malformed row in the ${table.country} table` }],
        { subject: "holiday table" },
      );
    }
    return {
      name,
      type: bits & 1 ? "bank" : "public",
      substitute: (bits & 2) !== 0,
      group,
      years: expandTokens(tokens, span),
    } as const;
  });
  const members = new Map(table.regions.map((code, index) => [code, index + 1]));
  return { table, members, rows };
}

/** The holidays of one member (0 = the country without a region) in `year`, sorted by date then name. */
export function holidaysOf(decoded: DecodedTable, member: number, year: number): Holiday[] {
  const offset = year - decoded.table.years[0];
  const out: Holiday[] = [];
  for (const row of decoded.rows) {
    if (!row.group(member)) continue;
    for (const atom of row.years[offset] ?? []) {
      const holiday: Holiday = { date: isoOfDayNumber(evaluateAtom(atom, year)), name: row.name, type: row.type };
      if (row.substitute) holiday.substitute = true;
      out.push(holiday);
    }
  }
  return out.sort(compareHolidays);
}

/** Orders holidays by date, then name, then type: the order every holiday source returns. */
export function compareHolidays(a: Holiday, b: Holiday): number {
  return compareStrings(a.date, b.date) || compareStrings(a.name, b.name) || compareStrings(a.type, b.type);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function parseGroup(text: string): GroupTest {
  if (text === "*") return () => true;
  const exclude = text.startsWith("-");
  const set = new Set((exclude ? text.slice(1) : text).split(".").map((part) => Number.parseInt(part, 36)));
  return exclude ? (member) => !set.has(member) : (member) => set.has(member);
}

function expandTokens(tokens: readonly string[], span: number): string[][] {
  const years: string[][] = [];
  tokens.forEach((token, index) => {
    const star = token.indexOf("*");
    const atoms = (star < 0 ? token : token.slice(0, star)).split(" ").filter(Boolean);
    const last = index === tokens.length - 1;
    const count = star >= 0 ? Number(token.slice(star + 1)) : last ? span - years.length : 1;
    // Never more years than the table spans, whatever repeat count a hostile table carries.
    for (let i = 0; i < count && years.length < span; i++) years.push(atoms);
  });
  return years;
}

/** The day number (days since 1970-01-01) an atom names in `year`. */
export function evaluateAtom(atom: string, year: number): number {
  const head = atom[0];
  if (head === "E" || head === "O") {
    const easter = head === "E" ? westernEaster(year) : orthodoxEaster(year);
    return easter + Number(atom.slice(1));
  }
  const day = dayNumber(year, Number(atom.slice(0, 2)), Number(atom.slice(2, 4)));
  const rule = atom[4];
  if (rule === undefined) return day;
  const weekday = Number(atom.slice(5));
  const shift = (weekday - isoWeekday(day) + 7) % 7;
  return rule === ">" ? day + shift : day - ((7 - shift) % 7);
}
