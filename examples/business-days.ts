// Business days across borders: when is "three business days after the interview" for an employer in
// New York, London, Munich and Sydney? Each answer skips that country's weekends and public holidays.
// Run after `pnpm build`: `pnpm exec tsx examples/business-days.ts`. It checks its own output.
import assert from "node:assert/strict";
import { businessCalendar, convertWallClock } from "@afterview/core";

const interviewDay = "2026-12-23"; // a Wednesday, just before Christmas
const offices = [
  { city: "New York", country: "US", region: "NY", expected: "2026-12-29" }, // Dec 25 off
  { city: "London", country: "GB", region: "ENG", expected: "2026-12-30" }, // Dec 25 and Boxing Day substitute Dec 28 off
  { city: "Munich", country: "DE", region: "BY", expected: "2026-12-29" }, // Dec 25 and Dec 26 (a Saturday) off
  { city: "Sydney", country: "AU", region: "NSW", expected: "2026-12-30" }, // Dec 25 and Boxing Day observed Dec 28 off
];

for (const office of offices) {
  const calendar = businessCalendar({ country: office.country, region: office.region });
  const due = calendar.addBusinessDays(interviewDay, 3).toString();
  console.log(`${office.city.padEnd(9)} 3 business days after ${interviewDay}: ${due}`);
  assert.equal(due, office.expected, office.city);
}

// A 09:30 call in New York, seen from London, in the March weeks when only New York has moved its clocks.
const london = convertWallClock("2026-03-10", "09:30", "America/New_York", "Europe/London");
console.log(`09:30 in New York on 2026-03-10 is ${london.toPlainTime().toString().slice(0, 5)} in London`);
assert.equal(london.toPlainTime().toString(), "13:30:00");
