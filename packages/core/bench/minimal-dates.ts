/*
 * The baseline createPlan is measured against: the same kinds of dates a plan holds, computed by hand
 * with Temporal and nothing else. It trusts its input (no validation), knows the decision window as a
 * number of business days (no timeline parsing), takes the business days as a ready-made set (no
 * holiday rules), writes no reasons and builds no actions. What createPlan costs above it is the price
 * of everything it does besides the date arithmetic.
 */
import { Temporal } from "temporal-polyfill";

/** What the hand-written computation needs, prepared outside the timed loop. */
export interface MinimalCase {
  /** Interview end, an ISO instant with its zone annotation. */
  end: string;
  employerZone: string;
  candidateZone: string;
  /** Business days the employer takes to decide (the timeline, already read). */
  decisionDays: number;
  /** Non-business days (weekends and holidays) as `YYYY-MM-DD`, for the weeks after the interview. */
  closed: ReadonlySet<string>;
}

/** The dates of a plan: thank-you write-by and send window, decision day, three follow-up call windows (both clocks). */
export interface MinimalDates {
  writeBy: string;
  sendOpens: string;
  sendCloses: string;
  decision: string;
  calls: { opens: string; closes: string; candidateOpens: string; candidateCloses: string }[];
}

function nextBusinessDay(date: Temporal.PlainDate, closed: ReadonlySet<string>): Temporal.PlainDate {
  let day = date;
  while (closed.has(day.toString())) day = day.add({ days: 1 });
  return day;
}

function addBusinessDays(date: Temporal.PlainDate, n: number, closed: ReadonlySet<string>): Temporal.PlainDate {
  let day = date;
  for (let left = n; left > 0; ) {
    day = day.add({ days: 1 });
    if (!closed.has(day.toString())) left--;
  }
  return day;
}

const at = (date: Temporal.PlainDate, hour: number, minute: number, zone: string) =>
  date.toZonedDateTime({ timeZone: zone, plainTime: new Temporal.PlainTime(hour, minute) });

/**
 * Thank-you: written by 21:00 on the interview's day, sent 09:00–12:00 on the next business morning;
 * decision after `decisionDays` business days; three calls 13:30–15:30, the first one business day
 * after the decision, then every five business days; each window also on the candidate's clock.
 */
export function minimalDates(c: MinimalCase): MinimalDates {
  const end = Temporal.ZonedDateTime.from(c.end).withTimeZone(c.employerZone);
  const day = end.toPlainDate();
  const writeBy = at(day, 21, 0, c.employerZone);
  const sendDay = nextBusinessDay(day.add({ days: 1 }), c.closed);
  const decision = addBusinessDays(day, c.decisionDays, c.closed);
  const calls: MinimalDates["calls"] = [];
  let callDay = addBusinessDays(decision, 1, c.closed);
  for (let touch = 0; touch < 3; touch++) {
    const opens = at(callDay, 13, 30, c.employerZone);
    const closes = at(callDay, 15, 30, c.employerZone);
    calls.push({
      opens: opens.toString(),
      closes: closes.toString(),
      candidateOpens: opens.withTimeZone(c.candidateZone).toString(),
      candidateCloses: closes.withTimeZone(c.candidateZone).toString(),
    });
    callDay = addBusinessDays(callDay, 5, c.closed);
  }
  return {
    writeBy: writeBy.toString(),
    sendOpens: at(sendDay, 9, 0, c.employerZone).toString(),
    sendCloses: at(sendDay, 12, 0, c.employerZone).toString(),
    decision: decision.toString(),
    calls,
  };
}
