/**
 * Holiday tables checked against the official calendars (not copied from the library's output):
 * US OPM federal holidays, GOV.UK bank holidays, the German and French statutes, Japan's Cabinet
 * Office list (with 振替休日 substitute days and the bank closing days 1–3 January and 31 December),
 * and the Australian state lists. These tests guard against the data in `date-holidays`.
 *
 * Each row lists every weekday that is not a business day in that year; `*` marks an observed or
 * substitute day.
 */
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { businessCalendar } from "./business-calendar.js";

/** Every weekday of `year` that is not a business day, as `MM-DD` with `*` on substitute days. */
function weekdayDaysOff(country: string, region: string | undefined, year: number): string {
  const cal = businessCalendar({ country, region });
  const out: string[] = [];
  for (let d = Temporal.PlainDate.from({ year, month: 1, day: 1 }); d.year === year; d = d.add({ days: 1 })) {
    if (cal.weekend.includes(d.dayOfWeek) || cal.isBusinessDay(d)) continue;
    const sub = cal.holidaysOn(d).some((h) => h.substitute === true);
    out.push(`${d.toString().slice(5)}${sub ? "*" : ""}`);
  }
  return out.join(" ");
}

// Exact tables: the library must produce these weekday closures, no more and no fewer.
const EXACT: [spec: string, year: number, daysOff: string][] = [
  // United States federal holidays (5 U.S.C. 6103; evidence E-HOL-US). Saturday → Friday, Sunday → Monday.
  ["US", 2025, "01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25"],
  ["US", 2026, "01-01 01-19 02-16 05-25 06-19 07-03* 09-07 10-12 11-11 11-26 12-25"],
  ["US", 2027, "01-01 01-18 02-15 05-31 06-18* 07-05* 09-06 10-11 11-11 11-25 12-24* 12-31*"],
  ["US", 2028, "01-17 02-21 05-29 06-19 07-04 09-04 10-09 11-10* 11-23 12-25"],
  // England and Wales share their bank holidays (evidence E-HOL-GB).
  ["GB-ENG", 2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26"],
  ["GB-ENG", 2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28*"],
  ["GB-ENG", 2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27* 12-28*"],
  ["GB-ENG", 2028, "01-03* 04-14 04-17 05-01 05-29 08-28 12-25 12-26"],
  ["GB-WLS", 2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28*"],
  ["GB-WLS", 2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27* 12-28*"],
  // Scotland: 2 January, no Easter Monday, first Monday of August, St Andrew's Day.
  ["GB-SCT", 2025, "01-01 01-02 04-18 05-05 05-26 08-04 12-01* 12-25 12-26"],
  ["GB-SCT", 2026, "01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28*"],
  ["GB-SCT", 2027, "01-01 01-04* 03-26 05-03 05-31 08-02 11-30 12-27* 12-28*"],
  ["GB-SCT", 2028, "01-03* 01-04* 04-14 05-01 05-29 08-07 11-30 12-25 12-26"],
  // Northern Ireland: St Patrick's Day and the Battle of the Boyne (12 July).
  ["GB-NIR", 2025, "01-01 03-17 04-18 04-21 05-05 05-26 07-14* 08-25 12-25 12-26"],
  ["GB-NIR", 2026, "01-01 03-17 04-03 04-06 05-04 05-25 07-13* 08-31 12-25 12-28*"],
  ["GB-NIR", 2027, "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27* 12-28*"],
  ["GB-NIR", 2028, "01-03* 03-17 04-14 04-17 05-01 05-29 07-12 08-28 12-25 12-26"],
  // Germany: federal holidays; no substitute days. Christmas Eve and New Year's Eve close from 14:00 only.
  ["DE", 2025, "01-01 04-18 04-21 05-01 05-29 06-09 10-03 12-25 12-26"],
  ["DE", 2026, "01-01 04-03 04-06 05-01 05-14 05-25 12-25"],
  ["DE", 2027, "01-01 03-26 03-29 05-06 05-17"],
  ["DE", 2028, "04-14 04-17 05-01 05-25 06-05 10-03 12-25 12-26"],
  // Bavaria adds Epiphany, Corpus Christi and All Saints' Day.
  ["DE-BY", 2026, "01-01 01-06 04-03 04-06 05-01 05-14 05-25 06-04 12-25"],
  ["DE-BY", 2027, "01-01 01-06 03-26 03-29 05-06 05-17 05-27 11-01"],
  ["DE-BY", 2028, "01-06 04-14 04-17 05-01 05-25 06-05 06-15 10-03 11-01 12-25 12-26"],
  // Berlin adds International Women's Day, and had a one-off holiday on 8 May 2025.
  ["DE-BE", 2025, "01-01 04-18 04-21 05-01 05-08 05-29 06-09 10-03 12-25 12-26"],
  ["DE-BE", 2027, "01-01 03-08 03-26 03-29 05-06 05-17"],
  ["DE-BE", 2028, "03-08 04-14 04-17 05-01 05-25 06-05 10-03 12-25 12-26"],
  // France: the eleven jours fériés of the Code du travail (no Good Friday outside Alsace-Moselle).
  ["FR", 2025, "01-01 04-21 05-01 05-08 05-29 06-09 07-14 08-15 11-11 12-25"],
  ["FR", 2026, "01-01 04-06 05-01 05-08 05-14 05-25 07-14 11-11 12-25"],
  ["FR", 2027, "01-01 03-29 05-06 05-17 07-14 11-01 11-11"],
  ["FR", 2028, "04-17 05-01 05-08 05-25 06-05 07-14 08-15 11-01 12-25"],
  // Japan: national holidays, 振替休日 (a Sunday holiday moves to the next non-holiday), 国民の休日
  // (a day between two holidays), plus the bank closing days 1–3 January and 31 December.
  [
    "JP",
    2025,
    "01-01 01-02 01-03 01-13 02-11 02-24* 03-20 04-29 05-05 05-06* 07-21 08-11 09-15 09-23 10-13 11-03 11-24* 12-31",
  ],
  [
    "JP",
    2026,
    "01-01 01-02 01-12 02-11 02-23 03-20 04-29 05-04 05-05 05-06* 07-20 08-11 09-21 09-22 09-23 10-12 11-03 11-23 12-31",
  ],
  [
    "JP",
    2027,
    "01-01 01-11 02-11 02-23 03-22* 04-29 05-03 05-04 05-05 07-19 08-11 09-20 09-23 10-11 11-03 11-23 12-31",
  ],
  ["JP", 2028, "01-03 01-10 02-11 02-23 03-20 05-03 05-04 05-05 07-17 08-11 09-18 09-22 10-09 11-03 11-23"],
  // Australia, holidays common to every state.
  ["AU", 2025, "01-01 01-27 04-18 04-21 04-25 12-25 12-26"],
  ["AU", 2026, "01-01 01-26 04-03 04-06 12-25 12-28*"],
  ["AU", 2027, "01-01 01-26 03-26 03-29 12-27* 12-28*"],
];

describe("weekday holidays match the official calendars", () => {
  it.each(EXACT)("%s %i", (spec, year, expected) => {
    const [country, region] = spec.split("-") as [string, string | undefined];
    expect(weekdayDaysOff(country, region, year)).toBe(expected);
  });
});

// Named days, for calendars where only some of the library's entries are certain.
const NAMED: [name: string, spec: string, date: string, businessDay: boolean][] = [
  ["US Independence Day observed on Friday", "US", "2026-07-03", false],
  ["US Christmas observed on Friday", "US", "2027-12-24", false],
  ["US New Year's Day 2028 observed on Friday", "US", "2027-12-31", false],
  ["US day after Thanksgiving is not federal", "US", "2026-11-27", true],
  ["US Christmas Eve is not federal", "US-NY", "2026-12-24", true],
  ["GB Easter Monday is not a Scottish bank holiday", "GB-SCT", "2026-04-06", true],
  ["GB Summer bank holiday is early August in Scotland", "GB-SCT", "2026-08-31", true],
  ["GB 2 January is not an English bank holiday", "GB-ENG", "2026-01-02", true],
  ["GB Christmas substitute", "GB-ENG", "2027-12-27", false],
  ["GB Boxing Day substitute", "GB-WLS", "2027-12-28", false],
  ["CA Canada Day", "CA", "2026-07-01", false],
  ["CA Labour Day", "CA", "2026-09-07", false],
  ["CA Good Friday", "CA", "2027-03-26", false],
  ["CA-ON Family Day", "CA-ON", "2026-02-16", false],
  ["CA-ON Victoria Day", "CA-ON", "2027-05-24", false],
  ["CA-ON Thanksgiving", "CA-ON", "2026-10-12", false],
  ["CA-ON Boxing Day", "CA-ON", "2025-12-26", false],
  ["CA-ON Civic Holiday is not statutory", "CA-ON", "2026-08-03", true],
  ["CA-ON Remembrance Day is not statutory", "CA-ON", "2026-11-11", true],
  ["CA-QC Fête nationale", "CA-QC", "2026-06-24", false],
  ["CA-QC Journée nationale des patriotes", "CA-QC", "2026-05-18", false],
  ["CA-QC no Family Day", "CA-QC", "2026-02-16", true],
  ["DE-BY Assumption is not state-wide", "DE-BY", "2025-08-15", true],
  ["DE Christmas Eve closes at 14:00 only", "DE", "2026-12-24", true],
  ["DE New Year's Eve closes at 14:00 only", "DE-BE", "2025-12-31", true],
  ["DE-BE Women's Day is Berlin only", "DE-BY", "2027-03-08", true],
  ["DE Reformation Day is not in Bavaria", "DE-BY", "2028-10-31", true],
  ["DE All Saints' Day in Bavaria", "DE-BY", "2028-11-01", false],
  ["FR Good Friday is a working day", "FR", "2026-04-03", true],
  ["AU-NSW King's Birthday", "AU-NSW", "2026-06-08", false],
  ["AU-NSW Bank Holiday", "AU-NSW", "2026-08-03", false],
  ["AU-NSW Labour Day", "AU-NSW", "2026-10-05", false],
  ["AU-NSW New Year's Day moved to Monday", "AU-NSW", "2028-01-03", false],
  ["AU-NSW Boxing Day moved to Monday", "AU-NSW", "2026-12-28", false],
  ["AU-VIC Labour Day", "AU-VIC", "2026-03-09", false],
  ["AU-VIC Melbourne Cup", "AU-VIC", "2026-11-03", false],
  ["AU-VIC King's Birthday", "AU-VIC", "2027-06-14", false],
  ["AU-VIC Anzac Day on Saturday has no substitute", "AU-VIC", "2026-04-27", true],
  ["AU-NSW Melbourne Cup is Victoria only", "AU-NSW", "2026-11-03", true],
  ["IN Republic Day", "IN", "2026-01-26", false],
  ["IN Independence Day", "IN", "2028-08-15", false],
  ["IN Gandhi Jayanti", "IN", "2026-10-02", false],
  ["IN Saturday is a working day", "IN", "2026-01-24", true],
  ["IN Sunday is the weekend", "IN", "2026-01-25", false],
  ["JP Constitution Day substitute (振替休日)", "JP", "2026-05-06", false],
  ["JP Citizens' Holiday between two holidays", "JP", "2026-09-22", false],
  ["JP an ordinary Thursday", "JP", "2026-05-07", true],
];

describe("named holidays and working days", () => {
  it.each(NAMED)("%s (%s, %s)", (_name, spec, date, businessDay) => {
    const [country, region] = spec.split("-") as [string, string | undefined];
    expect(businessCalendar({ country, region }).isBusinessDay(date)).toBe(businessDay);
  });
});

describe("substitute days are marked", () => {
  it.each([
    ["US", "2026-07-03", "Independence Day"],
    ["GB-ENG", "2027-12-27", "Christmas Day"],
    ["GB-ENG", "2027-12-28", "Boxing Day"],
    ["JP", "2026-05-06", "Constitution Day"],
    ["AU-NSW", "2026-12-28", "Boxing Day"],
  ])("%s %s substitutes for %s", (spec, date, name) => {
    const [country, region] = spec.split("-") as [string, string | undefined];
    const [holiday] = businessCalendar({ country, region }).holidaysOn(date);
    expect(holiday).toMatchObject({ date, substitute: true });
    expect(holiday?.name).toContain(name);
  });
});
