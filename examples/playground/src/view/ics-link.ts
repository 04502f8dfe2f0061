import type { Plan } from "@afterview/core";
import { renderIcs } from "@afterview/renderers";

/** Points the download link at a fresh .ics of the plan, releasing the previous file's URL. */
export function linkIcs(link: HTMLAnchorElement, plan: Plan): void {
  if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
  const file = new Blob([renderIcs(plan)], { type: "text/calendar;charset=utf-8" });
  link.href = URL.createObjectURL(file);
  link.download = `${plan.interviewId}.ics`;
}
