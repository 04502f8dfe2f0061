/** A named form control that holds part of the interview. */
export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Every named control of the form, in document order. */
export function namedControls(form: HTMLFormElement): Control[] {
  return [...form.elements].filter(
    (element): element is Control =>
      (element instanceof HTMLInputElement ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLTextAreaElement) &&
      element.name !== "",
  );
}

/** The control named `name`, if the form has one. */
export function controlNamed(form: HTMLFormElement, name: string): Control | undefined {
  return namedControls(form).find((control) => control.name === name);
}
