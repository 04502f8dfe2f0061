import type { InterviewInput } from "@afterview/core";
import sampleJson from "../../data/sample-interview.json";

/** The sample interview the form starts with (the same file the other examples and the CLI use). */
export const SAMPLE: InterviewInput = sampleJson as InterviewInput;
