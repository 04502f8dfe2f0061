import type { InterviewInput, Person } from "@afterview/core";
import type { Locale } from "../document/types.js";
import { clean, firstName } from "../text/clean.js";
import { joinAnd } from "../text/join.js";

/** The names of the interviewers who have one, first names or full names, joined as prose. */
export function interviewerNames(input: InterviewInput, locale: Locale, style: "first" | "full"): string | undefined {
  const names = input.interviewers
    .map((person) => clean(person.name))
    .filter((name): name is string => name !== undefined)
    .map((name) => (style === "first" ? firstName(name) : name));
  return joinAnd([...new Set(names)], locale);
}

/** Everyone the candidate met or dealt with who has a name: the scheduler, then the interviewers. */
export function namedPeople(input: InterviewInput): Person[] {
  return [input.scheduler, ...input.interviewers].filter(
    (person): person is Person => person !== undefined && clean(person.name) !== undefined,
  );
}
