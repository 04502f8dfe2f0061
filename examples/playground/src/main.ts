import { AfterviewError, AfterviewValidationError, createPlan, parseInterviewInput } from "@afterview/core";
import { en, registerLanguage } from "@afterview/core/languages";
import { composePlan } from "@afterview/templates";
import { fillForm } from "./form/fill-form.js";
import { InterviewerRows } from "./form/interviewers.js";
import { readForm } from "./form/read-form.js";
import { clearIssues, showIssues } from "./form/show-issues.js";
import { COUNTRIES, registerOfferedHolidays } from "./holidays.js";
import { SAMPLE } from "./sample.js";
import { showDrafts } from "./view/drafts-view.js";
import { linkIcs } from "./view/ics-link.js";
import { renderPlan } from "./view/plan-view.js";

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`the page has no #${id}`);
  return element;
}

const form = byId("interview-form", HTMLFormElement);
const summary = byId("error-summary", HTMLElement);
const result = byId("result", HTMLElement);
const rows = new InterviewerRows(byId("interviewers", HTMLElement), byId("interviewer-template", HTMLTemplateElement));
const drafts = {
  choice: byId("draft-choice", HTMLSelectElement),
  subject: byId("draft-subject", HTMLElement),
  html: byId("draft-html", HTMLElement),
  text: byId("draft-text", HTMLElement),
};

registerOfferedHolidays();
// The form takes what the employer said about the decision date; the browser build reads it once
// English is registered.
registerLanguage(en);

for (const select of form.querySelectorAll<HTMLSelectElement>("select[data-countries]")) {
  select.replaceChildren(...COUNTRIES.map(({ code, name }) => new Option(`${name} (${code})`, code)));
}
byId("time-zones", HTMLDataListElement).replaceChildren(
  ...Intl.supportedValuesOf("timeZone").map((zone) => new Option(zone)),
);

fillForm(form, rows, SAMPLE);

byId("add-interviewer", HTMLButtonElement).addEventListener("click", () => {
  rows.add().querySelector("input")?.focus();
});
byId("reset-sample", HTMLButtonElement).addEventListener("click", () => {
  fillForm(form, rows, SAMPLE);
  clearIssues(form, summary);
  result.hidden = true;
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const { input: raw, now } = readForm(form, SAMPLE);
  try {
    const input = parseInterviewInput(raw);
    const plan = createPlan(input, { now: now ?? input.end });
    clearIssues(form, summary);
    const locale = input.candidate.country === "US" ? "en-US" : "en-GB";
    renderPlan(byId("plan", HTMLElement), plan, locale);
    showDrafts(drafts, composePlan(plan, input));
    linkIcs(byId("ics-link", HTMLAnchorElement), plan);
    result.hidden = false;
    byId("result-heading", HTMLElement).focus();
  } catch (error) {
    if (error instanceof AfterviewValidationError) {
      result.hidden = true;
      showIssues(form, summary, error.issues);
    } else if (error instanceof AfterviewError) {
      result.hidden = true;
      showIssues(form, summary, [{ path: "", message: error.message }]);
    } else {
      throw error;
    }
  }
});
