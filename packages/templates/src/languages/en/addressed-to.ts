import { firstName } from "../../text/clean.js";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

const ASKED = "asked|mentioned|raised|wondered|brought up|wanted to know|pressed me|pushed me|challenged me";

/** The example as written to the person it names: "When Marek asked" becomes "When you asked". */
export function addressedTo(example: string, name: string): string {
  const who = [name, firstName(name)].map(escapeRegExp).join("|");
  return example.replace(
    new RegExp(`(^|[.!?]\\s+|[^\\p{L}])(?:${who})\\s+(${ASKED})\\b`, "gu"),
    (_all, before, verb) => {
      const start = before === "" || /[.!?]\s+$/u.test(before);
      return `${before}${start ? "You" : "you"} ${verb}`;
    },
  );
}
