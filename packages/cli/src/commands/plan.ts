import { loadOrCreatePlan } from "../inputs/load.js";
import { stringOption } from "../inputs/options.js";
import { formatTimeline } from "../timeline/format-timeline.js";
import type { CommandSpec } from "./command-spec.js";

/** `afterview plan <file>`: the timeline of an interview (planned now) or of a stored plan. */
export const planCommand: CommandSpec = {
  name: "plan",
  args: "<file>",
  summary: "Print the timeline of an interview file or a stored plan",
  details: [
    "FILE is an interview (.json, .yaml or .yml), planned at --now, or a plan.json",
    "written by `afterview kit` or `afterview event`, shown as it is.",
    "Colour is used only when stdout is a terminal and NO_COLOR is not set.",
  ],
  options: [
    {
      flags: "--now <iso>",
      description: "Plan as of this instant, e.g. 2026-11-24T18:00:00-05:00 (default: the clock)",
    },
    { flags: "--json", description: "Print the plan as JSON, for machines and for `afterview event`" },
  ],
  examples: [
    "afterview plan interview.yaml",
    "afterview plan interview.json --now 2026-11-24T18:00:00-05:00",
    "afterview plan interview.json --json > plan.json",
  ],
  async run([file], options, term) {
    const now = stringOption(options, "now") ?? term.now();
    const plan = await loadOrCreatePlan(file ?? "", term.cwd, now);
    if (options.json) {
      term.out(JSON.stringify(plan, null, 2));
      return;
    }
    for (const line of formatTimeline(plan, term.style, now)) term.out(line);
  },
};
