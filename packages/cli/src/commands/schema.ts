import { interviewInputJsonSchema, offerJsonSchema, planEventJsonSchema, planJsonSchema } from "@afterview/core/schema";
import { CliError } from "../errors/cli-error.js";
import type { CommandSpec } from "./command-spec.js";

const SCHEMAS = {
  interview: interviewInputJsonSchema,
  offer: offerJsonSchema,
  plan: planJsonSchema,
  event: planEventJsonSchema,
} as const;

/** `afterview schema [kind]`: the JSON Schema of an input, for editors and other languages. */
export const schemaCommand: CommandSpec = {
  name: "schema",
  args: "[kind]",
  summary: "Print the JSON Schema of an interview, offer, plan or event",
  details: [
    `KIND is one of ${Object.keys(SCHEMAS).join(", ")} (default: interview).`,
    "Rules between fields (an end after its start) and live checks (IANA zone names) are only",
    "described in the schema; afterview itself enforces them.",
  ],
  options: [],
  examples: ["afterview schema > interview.schema.json", "afterview schema event"],
  async run([kind = "interview"], _options, term) {
    if (!Object.hasOwn(SCHEMAS, kind)) {
      throw new CliError(`schema: unknown kind "${kind}"; use one of ${Object.keys(SCHEMAS).join(", ")}`);
    }
    term.out(JSON.stringify(SCHEMAS[kind as keyof typeof SCHEMAS](), null, 2));
  },
};
