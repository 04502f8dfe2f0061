import type { InterviewInput } from "@afterview/core";
import { controlNamed, namedControls } from "./controls.js";
import type { InterviewerRows } from "./interviewers.js";
import { getPath } from "./paths.js";
import { toLocalInput } from "./zoned-input.js";

/** Fills every control from `input`: one interviewer row per interviewer, dates on the right wall clock. */
export function fillForm(form: HTMLFormElement, rows: InterviewerRows, input: InterviewInput): void {
  rows.resize(input.interviewers.length);
  const controls = namedControls(form);
  // Zones first: the date fields read them.
  const ordered = [
    ...controls.filter((c) => c.dataset.zoneFrom === undefined),
    ...controls.filter((c) => c.dataset.zoneFrom !== undefined),
  ];
  for (const control of ordered) {
    const value = control.name === "now" ? undefined : getPath(input, control.name);
    if (control instanceof HTMLInputElement && control.type === "checkbox") {
      control.checked = value === true;
    } else if ("lines" in control.dataset) {
      control.value = Array.isArray(value) ? value.join("\n") : "";
    } else if (control.dataset.zoneFrom !== undefined) {
      const zone = controlNamed(form, control.dataset.zoneFrom)?.value ?? "";
      control.value = typeof value === "string" ? toLocalInput(value, zone) : "";
    } else {
      control.value = typeof value === "string" ? value : "";
    }
  }
}
