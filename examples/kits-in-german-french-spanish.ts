// Three thank-you kits written in the employer's language: a data engineer interviewing in Berlin,
// a project lead in Lyon and a data lead in Madrid. Each interview says `language`, so the plan reads
// the employer's own words about their timeline in it, and every letter, email and script is written
// in it, greeting people as they asked (`formOfAddress`) or, without that, by their full name.
// Each kit goes to a folder of its own: the drafts as text and .eml, the posted letters as PDF, the
// plan as .ics. Run after `pnpm build`: `pnpm exec tsx examples/kits-in-german-french-spanish.ts`.
// It checks its own output.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPlan, parseInterviewInput, reviewDrafts } from "@afterview/core";
import { renderEml, renderIcs, renderText } from "@afterview/renderers";
import { renderPdf } from "@afterview/renderers/pdf";
import { composePlan } from "@afterview/templates";

/** What each kit must show: the locale, a greeting in its language, and the words of its date line. */
const KITS = [
  { file: "interview-de.json", locale: "de-DE", greeting: /^Sehr geehrte Frau Dr\. Vogel,$/, neutral: "Jonas Becker" },
  { file: "interview-fr.json", locale: "fr-FR", greeting: /Madame/, neutral: "Karim Benali" },
  { file: "interview-es.json", locale: "es-ES", greeting: /^Estimada Sra\. Fernández/, neutral: "Andrés Molina" },
] as const;

const out = mkdtempSync(join(tmpdir(), "afterview-kits-"));

for (const kit of KITS) {
  const input = parseInterviewInput(JSON.parse(readFileSync(new URL(`./data/${kit.file}`, import.meta.url), "utf8")));
  const plan = createPlan(input, { now: input.end });
  // The formal tone: a first letter to an employer in these countries is usually written in it.
  const documents = composePlan(plan, input, { tone: "formal" });
  const folder = join(out, kit.locale);
  mkdirSync(folder);

  // The employer's sentence was read in their language: the wait is theirs, not the default.
  assert.equal(plan.decision.source, "stated", `${kit.locale}: the stated timeline is read`);

  for (const [index, doc] of documents.entries()) {
    assert.equal(doc.locale, kit.locale);
    const name = `${String(index + 1).padStart(2, "0")}-${doc.templateId.replace("/", "-")}`;
    writeFileSync(join(folder, `${name}.txt`), renderText(doc));
    if (doc.kind === "email") writeFileSync(join(folder, `${name}.eml`), renderEml(doc, { date: input.end }));
    if (doc.kind === "letter") writeFileSync(join(folder, `${name}.pdf`), await renderPdf(doc));
  }
  writeFileSync(join(folder, "plan.ics"), renderIcs(plan));

  const letters = documents.filter((doc) => doc.templateId.startsWith("thank-you/"));
  const greetings = letters.map((doc) => doc.salutation ?? "");
  console.log(`=== ${kit.locale}: ${documents.length} documents in ${folder}`);
  for (const doc of letters)
    console.log(`${doc.salutation}\n${doc.blocks[0]?.type === "paragraph" ? doc.blocks[0].text : ""}\n`);

  // Greeted as asked; the interviewer who gave no form of address, by full name and without gender.
  assert.ok(
    greetings.some((line) => kit.greeting.test(line)),
    `${kit.locale}: ${greetings.join(" | ")}`,
  );
  assert.ok(
    greetings.some((line) => line.includes(kit.neutral)),
    `${kit.locale}: ${greetings.join(" | ")}`,
  );

  // The mail and the calendar say which language they are in.
  const eml = renderEml(letters.find((doc) => doc.kind === "email") ?? documents.find((doc) => doc.kind === "email")!, {
    date: input.end,
  });
  assert.match(eml, new RegExp(`^Content-Language: ${kit.locale}\\r$`, "m"));
  assert.match(renderIcs(plan), /SUMMARY;LANGUAGE=en:/);

  // Each letter passes review in its own language: thanks, interest, the missed example, what sets the candidate apart.
  const review = reviewDrafts(
    letters.map((doc) => ({
      recipient: input.interviewers.find((person) => person.name === doc.to?.name)!,
      text: renderText(doc),
    })),
    { input },
  );
  assert.equal(review.ok, true, JSON.stringify(review.reviews.flatMap((each) => each.findings)));
}
console.log(`three kits, in German, French and Spanish, all passing review, in ${out}`);
