import { readFileSync } from "node:fs";
import type { InterviewInput } from "../model/interview-input.js";

/*
 * Shared by the plan tests only (never imported by the library): the sample interview and a
 * deep-freeze that makes any mutation of an input throw.
 */

/** The sample interview of examples/data, freshly parsed on each call. */
export function sampleInterview(): InterviewInput {
  const text = readFileSync(new URL("../../../../examples/data/sample-interview.json", import.meta.url), "utf8");
  return JSON.parse(text) as InterviewInput;
}

/** `value` frozen all the way down, so that writing to any part of it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
