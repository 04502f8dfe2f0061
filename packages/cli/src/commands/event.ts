import { stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { applyEvent, type Plan, type PlanEvent } from "@afterview/core";
import { CliError } from "../errors/cli-error.js";
import { describeInputError, describeWriteError } from "../errors/describe-error.js";
import {
  EVENT_FLAGS,
  EVENT_WORDS,
  eventFromFlags,
  eventWord,
  givenEventFlags,
  unknownWord,
} from "../inputs/event-flags.js";
import { describeNowError, loadEvents, loadPlan } from "../inputs/load.js";
import { stringListOption, stringOption } from "../inputs/options.js";
import type { Terminal } from "../io/terminal.js";
import { writeFileAtomic } from "../io/write-file.js";
import { loadKitInterview } from "../kit/kit-interview.js";
import { locatePlan } from "../kit/locate.js";
import { describeAction, firstPending, isPastDue } from "../timeline/format-timeline.js";
import { STATUS_LABELS } from "../timeline/labels.js";
import { dueWindow } from "../timeline/when.js";
import type { CommandSpec } from "./command-spec.js";

/**
 * `afterview event <kit | plan.json> <event>`: fold what happened into the plan, and bring the kit
 * around it up to date.
 */
export const eventCommand: CommandSpec = {
  name: "event",
  args: "<plan> <event>",
  summary: "Tell afterview what happened (a letter sent, a call, an offer); it updates the plan and the kit",
  details: [
    "PLAN is a kit's folder (or its plan.json), or a plan.json of its own.",
    "EVENT is a JSON or YAML file holding one event or a list of events, applied in order, or one of",
    `these words with flags: ${Object.keys(EVENT_WORDS).join(", ")}:`,
    "  sent [--to NAME] [--channel email|postal]       the thank-you letter went out (to NAME only)",
    "  called --outcome spoke|voicemail|no-answer [--channel phone|email] [--timeline TEXT]",
    '  heard-back --timeline "by Friday"              they gave a new timeline',
    "  offer --amount 95000 --currency USD [--period year|month|hour] [--deadline ISO]",
    "  accepted, declined, rejected, withdrew, no-response",
    "--at says when it happened (default: now); the event's id is the word, --at and --to, unless --id.",
    "An event whose id is already in the plan's history changes nothing, so re-running is safe.",
    "In a kit, plan.md, plan.ics, START-HERE.txt and the drafts are written again from the new plan:",
    "drafts the plan no longer needs go, new ones come (the acceptance letter after accepted). A file",
    "you changed is never overwritten: the new version is written beside it (name.new.txt).",
    "Everything is written atomically: a failure leaves the kit, or the plan, as it was.",
  ],
  options: [
    { flags: "--at <iso>", description: "When it happened (default: now)" },
    { flags: "--to <name>", description: "sent: the person written to (default: everyone)" },
    { flags: "--channel <channel>", description: "sent: email | postal; called: phone | email" },
    { flags: "--outcome <outcome>", description: "called: spoke | voicemail | no-answer" },
    { flags: "--timeline <text>", description: "heard-back, called: what they said, in their words" },
    { flags: "--amount <number>", description: "offer: the base pay" },
    { flags: "--currency <code>", description: "offer: the currency, e.g. USD, EUR, GBP" },
    { flags: "--period <period>", description: "offer: year | month | hour (default: year)" },
    { flags: "--deadline <iso>", description: "offer: when they need an answer" },
    { flags: "--id <id>", description: "The event's id (default: from the word, --at and --to)" },
    { flags: "--now <iso>", description: "The current instant (default: the clock)" },
    { flags: "--out <file>", description: "Write only the new plan, here, and leave the plan and the kit as they are" },
    { flags: "--interview <file>", description: "The interview, for a kit whose kit.json does not keep it" },
    { flags: "--font <file>", description: "A font for the PDFs' characters (default: the kit's own --font)" },
  ],
  examples: [
    'afterview event kit sent --to "Dana Whitfield" --at 2026-11-25T08:40:00-06:00',
    'afterview event kit heard-back --timeline "by the end of next week"',
    "afterview event kit offer --amount 95000 --currency USD --deadline 2026-12-04T17:00:00-06:00",
    "afterview event kit accepted",
    "afterview event plan.json call.yaml --out plan-after-call.json",
  ],
  async run([target = "", what = ""], options, term) {
    const now = stringOption(options, "now") ?? term.now();
    const out = stringOption(options, "out");
    const place = await locatePlan(target, term.cwd);
    const plan = await loadPlan(place.planFile, term.cwd);
    const { events, label } = await readEvents(what, options, plan, now, term);
    let next: Plan = plan;
    for (const event of events) {
      try {
        next = applyEvent(next, event, { now });
      } catch (error) {
        throw describeNowError(error) ?? describeInputError(label, error);
      }
    }
    const added = next.history.length - plan.history.length;
    const { style } = term;
    const applied = `Applied ${added} event${added === 1 ? "" : "s"}; the plan is now: ${style.bold(STATUS_LABELS[next.status])}.`;
    const unchanged = `Nothing changed: ${label} was already in the plan's history.`;
    if (out !== undefined || !place.kit) {
      // A plan of its own, or only the plan asked for: write plan.json and nothing else.
      const file = out ?? place.planFile;
      if (added > 0 || out !== undefined) {
        try {
          await writeFileAtomic(resolve(term.cwd, file), `${JSON.stringify(next, null, 2)}\n`);
        } catch (error) {
          throw describeWriteError(file, error);
        }
      }
      term.out(added === 0 ? unchanged : applied);
      if (out !== undefined) term.out(`Wrote ${file}${added === 0 ? " (the plan as it was)" : ""}`);
      else if (added > 0) term.out(`Wrote ${file}`);
    } else if (added === 0) {
      term.out(unchanged);
    } else {
      const kit = place.kit;
      const fonts = stringListOption(options, "font");
      const interview = await loadKitInterview(kit, stringOption(options, "interview"), next, term.cwd);
      const { makeKit } = await import("../kit/make-kit.js");
      const report = await makeKit(
        {
          source: interview.source,
          input: interview.input,
          plan: next,
          now,
          out: kit.label,
          formats: undefined,
          tone: undefined,
          locale: undefined,
          fonts,
          previous: { manifest: kit.manifest, plan },
        },
        term,
      );
      term.out(applied);
      for (const line of report.lines) term.out(line);
      printNext(next, now, term);
      for (const line of report.skipped) term.err(line);
      return report.code;
    }
    printNext(next, now, term);
    return undefined;
  },
};

/** The event(s) to apply, and how to name them in messages: the file, or the event's id. */
async function readEvents(
  what: string,
  options: Readonly<Record<string, unknown>>,
  plan: Plan,
  now: string,
  term: Terminal,
): Promise<{ events: PlanEvent[]; label: string }> {
  if (eventWord(what) && !(await isFile(resolve(term.cwd, what)))) {
    const event = eventFromFlags(what, options, plan, now);
    return { events: [event], label: `the event "${event.id}"` };
  }
  const flags = givenEventFlags(options);
  if (flags.length > 0) {
    const first = flags[0] as keyof typeof EVENT_FLAGS;
    const word = Object.entries(EVENT_WORDS).find(([, spec]) => spec.flags.includes(first))?.[0] ?? "sent";
    throw new CliError(
      `${EVENT_FLAGS[first]}: goes with an event named on the command line (afterview event <kit> ${word} ${EVENT_FLAGS[first]} …); ${what} already holds the whole event`,
    );
  }
  if (extname(what) === "" && !what.includes("/") && !(await isFile(resolve(term.cwd, what)))) {
    throw new CliError(unknownWord(what));
  }
  return { events: await loadEvents(what, term.cwd), label: what };
}

function printNext(plan: Plan, now: string, term: Terminal): void {
  const first = firstPending(plan);
  if (!first) {
    term.out("Nothing left to do in this plan.");
    return;
  }
  const { style } = term;
  const due = first.due ? `${style.cyan(dueWindow(first.due.start, first.due.end))}  ` : "";
  const late = isPastDue(first, now) ? style.red(" (past due)") : "";
  term.out(`Next: ${due}${describeAction(first)}${late}`);
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (found) => found.isFile(),
    () => false,
  );
}
