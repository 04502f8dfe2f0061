// The main job: read the bundled sample interview and print what afterview makes of it.
// `pnpm start` runs this from the sources (no build needed); pass another interview file as an argument.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { AfterviewError, businessCalendar, inZone, parseInterviewInput } from "@afterview/core";

const file = resolve(import.meta.dirname, "..", process.argv[2] ?? "examples/data/sample-interview.json");

try {
  const interview = parseInterviewInput(JSON.parse(readFileSync(file, "utf8")));
  const employer = businessCalendar({ country: interview.company.country, region: interview.company.region });
  const candidate = businessCalendar({ country: interview.candidate.country, region: interview.candidate.region });
  const end = inZone(interview.end, interview.company.timeZone);
  const day = end.toPlainDate();

  console.log(`${interview.role} at ${interview.company.name}`);
  console.log(
    `Interview ended ${end.toString()} (${end.withTimeZone(interview.candidate.timeZone).toString()} for you)`,
  );
  console.log("");
  for (const [who, cal] of [
    ["Employer", employer],
    ["You", candidate],
  ] as const) {
    const label = cal.region ? `${cal.country}-${cal.region}` : cal.country;
    console.log(`${who} (${label}): weekend ${cal.weekend.join(",")} (ISO weekdays)`);
    const next = cal.nextBusinessDay(day);
    console.log(`  next business day after ${day}: ${next}`);
    const holidays = cal
      .holidays(day.year)
      .filter((h) => h.date >= day.toString())
      .slice(0, 3)
      .map((h) => `${h.date} ${h.name}`);
    console.log(`  holidays ahead this year: ${holidays.join("; ") || "none"}`);
    for (const n of [3, 5, 10]) console.log(`  ${n} business days after the interview: ${cal.addBusinessDays(day, n)}`);
  }
} catch (error) {
  if (error instanceof AfterviewError) {
    console.error(`${file}: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
