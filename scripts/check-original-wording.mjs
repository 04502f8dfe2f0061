// Fails when any composed template shares a run of 8 words with the reference article
// (../shared/reference/post-interview-strategies.txt), compared case- and punctuation-insensitively.
// Our letters and scripts are our own writing. Runs against the BUILT packages, and only where the
// reference exists: the project's own tests never need files outside the repo.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "..");
const reference = resolve(root, "..", "shared", "reference", "post-interview-strategies.txt");
if (!existsSync(reference)) {
  console.log("original wording: no reference text next to the repo, nothing to check");
  process.exit(0);
}

const RUN = 8;
const load = (pkg) => import(pathToFileURL(resolve(root, "packages", pkg, "dist", "index.js")).href);
const { applyEvent, createPlan, parseInterviewInput } = await load("core");
const { compose, listTemplates, LOCALES, TONES } = await load("templates");

/** Lower-case words, punctuation (apostrophes included) dropped. */
const words = (text) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const runs = (list) => {
  const out = new Set();
  for (let i = 0; i + RUN <= list.length; i++) out.add(list.slice(i, i + RUN).join(" "));
  return out;
};

const forbidden = runs(words(readFileSync(reference, "utf8")));

const input = parseInterviewInput(
  JSON.parse(readFileSync(resolve(root, "examples/data/sample-interview.json"), "utf8")),
);
const offer = {
  base: { amount: 95000, currency: "USD" },
  period: "year",
  signOnBonus: { amount: 10000, currency: "USD" },
  ptoDays: 20,
  startDate: "2027-01-11",
};
const negotiation = {
  recommendation: "negotiate",
  ask: { amount: 108000, currency: "USD" },
  target: { amount: 105000, currency: "USD" },
  floor: { amount: 100000, currency: "USD" },
  levers: [{ kind: "sign-on-bonus", text: "A one-time sign-on bonus.", amount: { amount: 7500, currency: "USD" } }],
  why: [{ text: "Offers usually sit at the low end of the range." }],
};
const at = "2026-12-02T10:00:00-05:00[America/New_York]";
const plan = applyEvent(
  createPlan(input, { now: input.end }),
  { type: "offer-received", id: "o", at, offer },
  { now: at },
);

/** Every piece of text of a document, in order. */
const textOf = (doc) =>
  [
    doc.subject,
    doc.salutation,
    ...doc.blocks.flatMap((block) => (block.type === "list" ? block.items : [block.text])),
    doc.closing,
  ]
    .filter(Boolean)
    .join("\n");

let checked = 0;
const hits = [];
for (const template of listTemplates()) {
  for (const tone of TONES) {
    for (const locale of LOCALES) {
      for (const recipient of [undefined, ...input.interviewers]) {
        const doc = compose(template.id, { input, plan, tone, locale, recipient, offer, negotiation });
        checked++;
        for (const run of runs(words(textOf(doc)))) {
          if (forbidden.has(run)) hits.push(`${template.id} (${tone}, ${locale}): "${run}"`);
        }
      }
    }
  }
}

if (hits.length > 0) {
  console.error(`original wording: ${hits.length} run(s) of ${RUN} words copied from the reference article:`);
  for (const hit of [...new Set(hits)]) console.error(`  - ${hit}`);
  process.exit(1);
}
console.log(`original wording: ${checked} composed documents share no run of ${RUN} words with the reference`);
