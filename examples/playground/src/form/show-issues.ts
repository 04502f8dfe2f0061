import type { ValidationIssue } from "@afterview/core";
import { fieldId } from "./paths.js";

/** Removes every error message and mark that {@link showIssues} added. */
export function clearIssues(form: HTMLFormElement, summary: HTMLElement): void {
  for (const message of form.querySelectorAll(".field-error")) message.remove();
  for (const control of form.querySelectorAll("[aria-invalid]")) {
    control.removeAttribute("aria-invalid");
    const describedBy = (control.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .filter((id) => id !== "" && !id.startsWith("err-"));
    if (describedBy.length > 0) control.setAttribute("aria-describedby", describedBy.join(" "));
    else control.removeAttribute("aria-describedby");
  }
  summary.hidden = true;
  summary.querySelector("ul")?.replaceChildren();
}

/**
 * Shows each issue next to its field (found by the issue's dotted path, or the nearest enclosing
 * path that has a field) and lists them all in the summary, each linked to its field; then moves
 * the focus to the summary so a screen reader announces it.
 */
export function showIssues(
  form: HTMLFormElement,
  summary: HTMLElement,
  issues: readonly Pick<ValidationIssue, "path" | "message">[],
): void {
  clearIssues(form, summary);
  const list = summary.querySelector("ul");
  issues.forEach((issue, index) => {
    const control = controlFor(form, issue.path);
    const item = document.createElement("li");
    if (control === null) {
      item.textContent = issue.path === "" ? issue.message : `${issue.path}: ${issue.message}`;
    } else {
      const messageId = `err-${index}`;
      const message = document.createElement("p");
      message.className = "field-error";
      message.id = messageId;
      message.dataset.path = issue.path;
      message.textContent = issue.message;
      (control.closest(".field") ?? control.parentElement)?.append(message);
      control.setAttribute("aria-invalid", "true");
      const describedBy = control.getAttribute("aria-describedby");
      control.setAttribute("aria-describedby", describedBy ? `${describedBy} ${messageId}` : messageId);

      const link = document.createElement("a");
      link.href = `#${control.id}`;
      link.textContent = `${labelOf(control)}: ${issue.message}`;
      item.append(link);
    }
    list?.append(item);
  });
  summary.hidden = false;
  summary.focus();
}

function controlFor(form: HTMLFormElement, path: string): HTMLElement | null {
  let rest = path;
  while (rest !== "") {
    const control = form.querySelector<HTMLElement>(`#${CSS.escape(fieldId(rest))}`);
    if (control !== null) return control;
    const shorter = rest.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
    if (shorter === rest) break;
    rest = shorter;
  }
  return null;
}

function labelOf(control: HTMLElement): string {
  const label = "labels" in control ? (control as HTMLInputElement).labels?.[0] : undefined;
  // The label's own words, without the "(optional)" note or the control a label may wrap.
  const words = [...(label?.childNodes ?? [])]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent ?? "")
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  const legend = control.closest("fieldset")?.querySelector("legend")?.textContent;
  const text = words || control.getAttribute("name") || "";
  return legend ? `${legend}: ${text}` : text;
}
