import type { Plan, PlanAction } from "@afterview/core";
import { renderEml, renderIcs, renderMarkdown, renderPlanMarkdown, renderText } from "@afterview/renderers";
import { renderDocx } from "@afterview/renderers/docx";
import { renderEnvelopePdf, renderPdf } from "@afterview/renderers/pdf";
import type { Document, DocumentKind } from "@afterview/templates";
import type { PdfFonts } from "../fonts/pdf-fonts.js";
import type { DirectoryEntry } from "../io/write-directory.js";
import { documentBaseName } from "./file-names.js";
import type { KitFormat } from "./formats.js";
import { type PdfRefusal, type PdfResult, renderPdfFile } from "./render-pdf-file.js";
import { envelopeFields, letterFields } from "./right-to-left.js";
import { skipReason } from "./skip-reason.js";

/** The file in every kit that marks a folder as one (so a later run may replace it). */
export const KIT_MARKER = "kit.json";

/** Which formats suit which kind of document, in the order a person would open them. */
const FORMATS_BY_KIND: Readonly<Record<DocumentKind, readonly KitFormat[]>> = {
  letter: ["pdf", "docx", "txt", "md"],
  note: ["pdf", "docx", "txt", "md"],
  email: ["eml", "txt", "md"],
  script: ["txt", "md"],
};

/** One composed document and the files the kit writes for it. */
export interface KitDocument {
  doc: Document;
  /** `03-thank-you-letter-marek-szczepanski`. */
  base: string;
  /** The files, best to open first. */
  files: string[];
}

/** A file of the kit that could not be made, and why, with the fix. */
export interface SkippedFile {
  /** `03-thank-you-letter-shan-tian-tai-lang.pdf`. */
  file: string;
  /** `no font here has "山" (U+5C71, in to.lines[0]); pass --font FILE, …`. */
  reason: string;
}

/** What {@link buildKit} plans to write: the entries (PDFs made, the rest rendered when written) and the index of documents. */
export interface Kit {
  /** Every file, the marker first. */
  entries: DirectoryEntry[];
  /** The plan's own files: `plan.json`, and `plan.md`, `plan.ics` when asked for. */
  planFiles: string[];
  documents: KitDocument[];
  /** Formats left out for a document, with the reason, e.g. no sender address for an .eml. */
  notes: string[];
  /** Files asked for that could not be made (a PDF with a character no font has); the rest of the kit is whole without them. */
  skipped: SkippedFile[];
}

/** What a kit is made from. */
export interface KitSource {
  plan: Plan;
  /** From `composePlan(plan, input, …)`, in plan order. */
  documents: readonly Document[];
  formats: ReadonlySet<KitFormat>;
  /** The instant the kit is made: the `Date:` of email drafts. */
  now: string;
  /** The PDFs' fallback fonts: the `--font` files, and the machine's fonts as characters need them. */
  pdfFonts: PdfFonts;
  /** The lines of START-HERE.txt (what to do first), given the documents' files. */
  startHere: (kit: Pick<Kit, "documents" | "planFiles" | "skipped">) => string[];
}

/**
 * Lays out a kit: for each document the formats that suit its kind (`.eml` for emails, `.pdf` and
 * `.docx` for letters and notes, plus an envelope for a letter with a postal address; `.txt` and
 * `.md` for all), the plan as `plan.json` (always), `plan.md` and `plan.ics`, START-HERE.txt, and
 * the `kit.json` marker listing everything.
 *
 * PDFs are rendered here, before anything is written, because one may not be possible (a character
 * that no font has, right-to-left text): such a PDF is left out and listed in `skipped` with the
 * reason, and the index, START-HERE.txt and `kit.json` name only the files that exist. Every other
 * file is rendered when written.
 */
export async function buildKit(source: KitSource): Promise<Kit> {
  const { plan, formats, now, pdfFonts } = source;
  const notes: string[] = [];
  const entries: DirectoryEntry[] = [];
  const documents: KitDocument[] = [];
  const refused: { file: string; refusal: PdfRefusal }[] = [];

  for (const [index, doc] of source.documents.entries()) {
    const base = documentBaseName(index + 1, doc.templateId, doc.to?.name);
    const files: string[] = [];
    const add = (path: string, content: DirectoryEntry["content"]) => {
      files.push(path);
      entries.push({ path, content });
    };
    const addPdf = (path: string, result: PdfResult) => {
      if ("bytes" in result) add(path, result.bytes);
      else refused.push({ file: path, refusal: result.refusal });
    };
    for (const format of FORMATS_BY_KIND[doc.kind]) {
      if (!formats.has(format)) continue;
      switch (format) {
        case "pdf":
          addPdf(`${base}.pdf`, await renderPdfFile((fonts) => renderPdf(doc, { fonts }), letterFields(doc), pdfFonts));
          if (hasPostalAddress(doc)) {
            addPdf(
              `${base}-envelope.pdf`,
              await renderPdfFile((fonts) => renderEnvelopePdf(doc, { fonts }), envelopeFields(doc), pdfFonts),
            );
          }
          break;
        case "docx":
          add(`${base}.docx`, () => renderDocx(doc));
          break;
        case "eml":
          if (doc.from?.email) add(`${base}.eml`, () => renderEml(doc, { date: now }));
          else notes.push(`${base}: no .eml, because the interview has no candidate.email to send from`);
          break;
        case "txt":
          add(`${base}.txt`, () => renderText(doc));
          break;
        case "md":
          add(`${base}.md`, () => renderMarkdown(doc));
          break;
        case "ics":
          break;
      }
    }
    documents.push({ doc, base, files });
  }
  // Worded once all PDFs are done: whether fontconfig could be asked is known only then.
  const context = { fontconfig: pdfFonts.fontconfig, docx: formats.has("docx") };
  const skipped = refused.map(({ file, refusal }) => ({ file, reason: skipReason(refusal, context) }));

  const planFiles = ["plan.json"];
  const planEntries: DirectoryEntry[] = [{ path: "plan.json", content: `${JSON.stringify(plan, null, 2)}\n` }];
  if (formats.has("md")) {
    planFiles.push("plan.md");
    planEntries.push({ path: "plan.md", content: () => renderPlanMarkdown(plan) });
  }
  if (formats.has("ics")) {
    planFiles.push("plan.ics");
    planEntries.push({ path: "plan.ics", content: () => renderIcs(plan) });
  }

  const startHere = `${source.startHere({ documents, planFiles, skipped }).join("\n")}\n`;
  const all = [...planEntries, { path: "START-HERE.txt", content: startHere }, ...entries];
  const manifest = {
    afterviewKit: 1,
    interviewId: plan.interviewId,
    madeAt: now,
    formats: [...formats],
    files: all.map((entry) => entry.path),
    // Only when there are some, so that a whole kit's kit.json is as it always was.
    ...(skipped.length > 0 ? { skipped } : {}),
  };
  return {
    entries: [{ path: KIT_MARKER, content: `${JSON.stringify(manifest, null, 2)}\n` }, ...all],
    planFiles,
    documents,
    notes,
    skipped,
  };
}

/** A letter goes in an envelope when its recipient has more than a name: an address block. */
function hasPostalAddress(doc: Document): boolean {
  return doc.kind === "letter" && (doc.to?.lines.length ?? 0) > 1;
}

/**
 * Pairs each pending action that has a template with its document: the first unused document of
 * the same template and person, else (a `send-thank-you` repeating its `write-thank-you` letter) the
 * one already used. This mirrors `composePlan`, which composes one document per such action, in order.
 */
export function documentsByAction(plan: Plan, documents: readonly KitDocument[]): Map<PlanAction, KitDocument> {
  const used = new Set<KitDocument>();
  const byAction = new Map<PlanAction, KitDocument>();
  for (const action of plan.actions) {
    if (action.status !== "pending" || action.templateId === undefined) continue;
    const same = (entry: KitDocument) =>
      entry.doc.templateId === action.templateId && entry.doc.to?.name === action.to?.name;
    const match = documents.find((entry) => same(entry) && !used.has(entry)) ?? documents.find(same);
    if (!match) continue;
    used.add(match);
    byAction.set(action, match);
  }
  return byAction;
}
