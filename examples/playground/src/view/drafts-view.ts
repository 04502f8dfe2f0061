import { renderHtml, renderText } from "@afterview/renderers";
import type { Document } from "@afterview/templates";

/** The draft picker and the two views of the chosen draft (HTML and plain text). */
export interface DraftElements {
  choice: HTMLSelectElement;
  subject: HTMLElement;
  html: HTMLElement;
  text: HTMLElement;
}

/**
 * Lists the drafts in the picker, choosing the first thank-you letter, and shows it. The HTML comes
 * from `renderHtml`, which escapes every text, so it is safe to insert as markup.
 */
export function showDrafts(elements: DraftElements, drafts: readonly Document[]): void {
  const options = drafts.map((doc, index) => {
    const option = document.createElement("option");
    option.value = String(index);
    option.textContent = `${doc.templateId}${doc.to ? ` — ${doc.to.name}` : ""}`;
    return option;
  });
  elements.choice.replaceChildren(...options);
  const firstThankYou = drafts.findIndex((doc) => doc.templateId.startsWith("thank-you/"));
  elements.choice.value = String(Math.max(firstThankYou, 0));
  elements.choice.onchange = () => showDraft(elements, drafts[Number(elements.choice.value)]);
  showDraft(elements, drafts[Number(elements.choice.value)]);
}

function showDraft(elements: DraftElements, doc: Document | undefined): void {
  elements.subject.hidden = doc?.subject === undefined;
  elements.subject.textContent = doc?.subject ? `Subject: ${doc.subject}` : "";
  elements.html.innerHTML = doc ? renderHtml(doc) : "<p>The plan calls for no drafts.</p>";
  elements.html.dataset.templateId = doc?.templateId ?? "";
  elements.text.textContent = doc ? renderText(doc) : "";
}
