import type { InterviewInput } from "@afterview/core";
import { controlNamed, namedControls } from "./controls.js";
import { deletePath, setPath } from "./paths.js";
import { fromLocalInput } from "./zoned-input.js";

/** What the form says: the interview as untyped JSON (core validates it) and the "plan as of" time. */
export interface FormReading {
  input: Record<string, unknown>;
  /** The "plan as of" instant, or `undefined` for the end of the interview. */
  now: string | undefined;
}

/** Parts of the interview the form holds whole: rebuilt from the form, nothing kept from the base. */
const WHOLE_PARTS = ["interviewers", "scheduler", "notes"] as const;

/**
 * Reads the form into an interview: the base interview (for what the form does not show, such as
 * addresses) overlaid with every filled-in control. Empty optional fields are left out, so the
 * validator only speaks of what is wrong or missing.
 */
export function readForm(form: HTMLFormElement, base: InterviewInput): FormReading {
  // From here on it is untyped JSON being edited; parseInterviewInput gives it its type back.
  const input = structuredClone(base) as unknown as Record<string, unknown>;
  for (const part of WHOLE_PARTS) delete input[part];
  // Every field the form shows comes from the form: an emptied field is gone, not the sample's value.
  const controls = namedControls(form);
  for (const control of controls) deletePath(input, control.name);

  let now: string | undefined;
  for (const control of controls) {
    const value = controlValue(form, control);
    if (value === undefined) continue;
    if (control.name === "now") now = String(value);
    else setPath(input, control.name, value);
  }
  return { input, now };
}

function controlValue(form: HTMLFormElement, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) {
  if (control instanceof HTMLInputElement && control.type === "checkbox") return control.checked;
  if ("lines" in control.dataset) {
    const lines = control.value
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
    return lines.length > 0 ? lines : undefined;
  }
  const value = control.value.trim();
  if (value === "") return undefined;
  const zoneFrom = control.dataset.zoneFrom;
  if (zoneFrom !== undefined) return fromLocalInput(value, controlNamed(form, zoneFrom)?.value.trim() ?? "");
  return value;
}
