import { fieldId } from "./paths.js";

/**
 * The repeatable interviewer fieldsets. Each row's controls are named by their path in the
 * interview (`interviewers[1].email`), so a validation issue finds its field by name.
 */
export class InterviewerRows {
  constructor(
    private readonly container: HTMLElement,
    private readonly template: HTMLTemplateElement,
  ) {
    container.addEventListener("click", (event) => {
      const button = (event.target as Element).closest(".remove-interviewer");
      if (button === null) return;
      button.closest("fieldset")?.remove();
      this.renumber();
      const first = this.container.querySelector<HTMLInputElement>("input");
      first?.focus();
    });
  }

  /** How many interviewer rows there are. */
  get count(): number {
    return this.container.children.length;
  }

  /** Adds an empty row at the end and returns it. */
  add(): HTMLFieldSetElement {
    const row = this.template.content.firstElementChild?.cloneNode(true);
    if (!(row instanceof HTMLFieldSetElement)) throw new Error("the interviewer template must hold one fieldset");
    this.container.append(row);
    this.renumber();
    return row;
  }

  /** Makes exactly `count` rows (at least one). */
  resize(count: number): void {
    while (this.count > Math.max(count, 1)) this.container.lastElementChild?.remove();
    while (this.count < Math.max(count, 1)) this.add();
  }

  /** Names, ids and legends follow the rows' order; the only row cannot be removed. */
  private renumber(): void {
    const rows = [...this.container.querySelectorAll<HTMLFieldSetElement>(":scope > fieldset")];
    rows.forEach((row, index) => {
      const legend = row.querySelector("legend");
      if (legend !== null) legend.textContent = `Interviewer ${index + 1}`;
      for (const control of row.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-key]")) {
        const path = `interviewers[${index}].${control.dataset.key}`;
        control.name = path;
        control.id = fieldId(path);
      }
      const remove = row.querySelector<HTMLButtonElement>(".remove-interviewer");
      if (remove !== null) {
        remove.hidden = rows.length === 1;
        remove.setAttribute("aria-label", `Remove interviewer ${index + 1}`);
      }
    });
  }
}
