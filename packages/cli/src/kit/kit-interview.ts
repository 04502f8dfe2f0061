import type { InterviewInput, Plan } from "@afterview/core";
import { parseInterviewInput } from "@afterview/core";
import { CliError } from "../errors/cli-error.js";
import { describeInputError } from "../errors/describe-error.js";
import { loadInterview } from "../inputs/load.js";
import type { KitFolder } from "./locate.js";
import { KIT_MARKER } from "./manifest.js";

/** The interview a kit's drafts are written from, and how to name it in messages. */
export interface KitInterview {
  input: InterviewInput;
  /** `interview.yaml`, or `kit/kit.json` when the kit's own copy is used. */
  source: string;
}

/**
 * The interview to write a plan's drafts from: the `--interview` file when given, else the copy a
 * kit keeps in its `kit.json`. It must be the interview the plan was made from (same `id`).
 *
 * @param kit The kit whose copy to use, if any (a kit made by an earlier afterview has none).
 * @param file `--interview`, as the user typed it.
 * @throws CliError (exit 2) when there is no interview to use, or it is another interview's.
 */
export async function loadKitInterview(
  kit: Pick<KitFolder, "label" | "manifest"> | undefined,
  file: string | undefined,
  plan: Plan,
  cwd: string,
): Promise<KitInterview> {
  let found: KitInterview;
  if (file !== undefined) {
    found = { input: await loadInterview(file, cwd), source: file };
  } else if (kit?.manifest.interview !== undefined) {
    const source = `${kit.label}/${KIT_MARKER}`;
    try {
      found = { input: parseInterviewInput(kit.manifest.interview), source };
    } catch (error) {
      throw describeInputError(source, error);
    }
  } else {
    const where = kit
      ? `${kit.label}/${KIT_MARKER} does not keep the interview (an earlier afterview wrote it)`
      : "a plan does not keep the interview its drafts are written from";
    throw new CliError(`${where}; pass --interview <file>, the interview the plan was made from`);
  }
  if (found.input.id !== plan.interviewId) {
    throw new CliError(
      `${found.source}: this is the interview "${found.input.id}", but the plan is for "${plan.interviewId}"; give the interview the plan was made from`,
    );
  }
  return found;
}
