import type { InterviewInput, Person } from "@afterview/core";
import { clean, firstName } from "../text/clean.js";
import type { Resolved } from "./resolved.js";

/** The names of the interviewers who have one, first names or full names, joined as prose. */
export function interviewerNames(input: InterviewInput, r: Resolved, style: "first" | "full"): string | undefined {
  const names = input.interviewers
    .map((person) => clean(person.name))
    .filter((name): name is string => name !== undefined)
    .map((name) => (style === "first" ? firstName(name) : name));
  return r.words.list([...new Set(names)], r.locale);
}

/** Everyone the candidate met or dealt with who has a name: the scheduler, then the interviewers. */
export function namedPeople(input: InterviewInput): Person[] {
  return [input.scheduler, ...input.interviewers].filter(
    (person): person is Person => person !== undefined && clean(person.name) !== undefined,
  );
}
