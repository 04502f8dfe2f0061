// The main job: read an interview (the bundled sample by default) and print its follow-through plan
// as a timeline a person can read. `pnpm start` runs this from the sources; no build is needed.
//
//   pnpm start                                   the sample interview, planned as the interview ends
//   pnpm start path/to/interview.json            your own interview
//   pnpm start path/to/interview.json --now 2026-11-24T18:00:00-05:00
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { AfterviewError, businessCalendar, createPlan, type Plan, parseInterviewInput } from "@afterview/core";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { now: { type: "string" } } });
const file = resolve(
  process.cwd(),
  positionals[0] ?? resolve(import.meta.dirname, "../examples/data/sample-interview.json"),
);

try {
  const interview = parseInterviewInput(JSON.parse(readFileSync(file, "utf8")));
  const plan = createPlan(interview, { now: values.now ?? interview.end });
  print(plan, interview.end);
} catch (error) {
  if (error instanceof AfterviewError) {
    console.error(`${file}: ${error.message}`);
    process.exit(2);
  }
  if (error instanceof SyntaxError) {
    console.error(`${file}: not valid JSON (${error.message})`);
    process.exit(2);
  }
  throw error;
}

function print(plan: Plan, end: string): void {
  const { context, decision, thankYou } = plan;
  const employer = businessCalendar({ country: context.employer.country, region: context.employer.region });
  const day = end.slice(0, 10);
  const holidays = employer
    .holidays(Number(day.slice(0, 4)))
    .filter((h) => h.date > day)
    .slice(0, 2)
    .map((h) => `${h.date} ${h.name}`);

  console.log(`${context.role} at ${context.company}`);
  console.log(`Interview ended ${when(context.interviewEnd)} (employer's time)`);
  console.log(
    `Employer's calendar: ${context.employer.country}${context.employer.region ? `-${context.employer.region}` : ""}, ` +
      `next business day ${employer.nextBusinessDay(day)}${holidays.length ? `, holidays ahead: ${holidays.join("; ")}` : ""}`,
  );
  console.log("");
  const said =
    decision.source === "stated" ? `they said "${decision.timeline?.text}"` : "nothing was said: the default wait";
  console.log(`Decision expected ${decision.earliest} to ${decision.latest} (${said})`);
  if (thankYou.send) {
    console.log(
      `Thank-you: ${thankYou.channel}, ${thankYou.format}, write by ${when(thankYou.writeBy)}, send by ${when(thankYou.sendBy)}`,
    );
  } else {
    console.log("Thank-you: none (you are not interested in this job)");
  }
  if (plan.quietUntil) console.log(`Nothing to do between the letters and ${when(plan.quietUntil)}: rest easy.`);
  console.log("");
  console.log("What to do, in order (your time):");
  for (const action of plan.actions) {
    const due = action.due ? `${when(action.due.start)} → ${when(action.due.end)}` : "whenever you can";
    const to = action.to?.name ? ` to ${action.to.name}` : "";
    const how = action.channel ? ` by ${action.channel}` : "";
    console.log(`- ${due}  ${action.kind}${to}${how}`);
    console.log(`    why: ${action.why[0]?.text ?? ""}`);
  }
}

function when(instant: string | undefined): string {
  if (!instant) return "—";
  return `${instant.slice(0, 10)} ${instant.slice(11, 16)}`;
}
