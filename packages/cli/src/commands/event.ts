import { resolve } from "node:path";
import { applyEvent, type Plan } from "@afterview/core";
import { describeInputError, describeWriteError } from "../errors/describe-error.js";
import { describeNowError, loadEvents, loadPlan } from "../inputs/load.js";
import { stringOption } from "../inputs/options.js";
import { writeFileAtomic } from "../io/write-file.js";
import { describeAction, firstPending, isPastDue } from "../timeline/format-timeline.js";
import { STATUS_LABELS } from "../timeline/labels.js";
import { dueWindow } from "../timeline/when.js";
import type { CommandSpec } from "./command-spec.js";

/** `afterview event <plan.json> <event.json>`: fold events into a stored plan and save it. */
export const eventCommand: CommandSpec = {
  name: "event",
  args: "<plan> <event>",
  summary: "Apply an event (a letter sent, a call made, an offer) to a plan.json and save it",
  details: [
    "EVENT is a JSON or YAML file holding one event or a list of events, applied in order.",
    "An event whose id is already in the plan's history changes nothing, so re-running is safe.",
    "The plan is rewritten in place (or to --out) atomically: a failure leaves the old file as it was.",
    "Event types: thank-you-sent, follow-up-made, timeline-updated, offer-received, offer-accepted,",
    "offer-declined, rejected, withdrew, no-response (see `afterview schema event`).",
  ],
  options: [
    { flags: "--now <iso>", description: "The current instant (default: the clock)" },
    { flags: "--out <file>", description: "Write the new plan here instead of over PLAN" },
  ],
  examples: ["afterview event plan.json sent.json", "afterview event plan.json call.yaml --out plan-after-call.json"],
  async run([planFile, eventFile], options, term) {
    const now = stringOption(options, "now") ?? term.now();
    const out = stringOption(options, "out") ?? planFile ?? "";
    const plan = await loadPlan(planFile ?? "", term.cwd);
    const events = await loadEvents(eventFile ?? "", term.cwd);
    let next: Plan = plan;
    for (const event of events) {
      try {
        next = applyEvent(next, event, { now });
      } catch (error) {
        throw describeNowError(error) ?? describeInputError(eventFile ?? "", error);
      }
    }
    try {
      await writeFileAtomic(resolve(term.cwd, out), `${JSON.stringify(next, null, 2)}\n`);
    } catch (error) {
      throw describeWriteError(out, error);
    }
    const added = next.history.length - plan.history.length;
    const { style } = term;
    term.out(
      added === 0
        ? `Nothing changed: ${eventFile} was already in the plan's history.`
        : `Applied ${added} event${added === 1 ? "" : "s"}; the plan is now: ${style.bold(STATUS_LABELS[next.status])}.`,
    );
    term.out(`Wrote ${out}`);
    const first = firstPending(next);
    if (first) {
      const due = first.due ? `${style.cyan(dueWindow(first.due.start, first.due.end))}  ` : "";
      const late = isPastDue(first, now) ? term.style.red(" (past due)") : "";
      term.out(`Next: ${due}${describeAction(first)}${late}`);
    } else {
      term.out("Nothing left to do in this plan.");
    }
  },
};
