import type { Plan, PlanAction } from "@afterview/core";
import { renderEml, renderIcs, renderMarkdown, renderPlanMarkdown, renderText } from "@afterview/renderers";
import { renderDocx } from "@afterview/renderers/docx";
import { renderEnvelopePdf, renderPdf } from "@afterview/renderers/pdf";
import type { Document, DocumentKind } from "@afterview/templates";
import type { PdfFonts } from "../fonts/pdf-fonts.js";
import type { DirectoryEntry } from "../io/write-directory.js";
import { contentHash } from "./content-hash.js";
import type { NamedDraft } from "./draft-names.js";
import type { KitFormat } from "./formats.js";
import { planMarkdownLinks, stepLinks } from "./links.js";
import type { SkippedFile } from "./manifest.js";
import type { RenderedFile } from "./refresh.js";
import { type PdfRefusal, type PdfResult, renderPdfFile } from "./render-pdf-file.js";
import { envelopeFields, letterFields } from "./right-to-left.js";
import { skipReason } from "./skip-reason.js";

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
  /** The id of the plan action it was written for. */
  action: string;
  /** When the draft was first made (the `Date:` of its email). */
  madeAt: string;
  /** `03-thank-you-letter-marek-szczepanski`. */
  base: string;
  /** The files, best to open first. */
  files: string[];
}

/** What {@link buildKit} made: every file but `kit.json`, rendered and hashed, and the index of documents. */
export interface Kit {
  /** Every file but `kit.json`: the plan's files, START-HERE.txt, then the drafts in order. */
  files: RenderedFile[];
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
  /** From `composePlan(plan, input, …)`, in plan order, named by `nameDrafts` (each `madeAt` is the `Date:` of its email). */
  drafts: readonly NamedDraft[];
  /** Actions the plan no longer has, kept in plan.ics as cancelled (see `KitManifest.retired`). */
  retired: readonly PlanAction[];
  formats: ReadonlySet<KitFormat>;
  /** The PDFs' fallback fonts: the `--font` files, and the machine's fonts as characters need them. */
  pdfFonts: PdfFonts;
  /** The lines of START-HERE.txt (what to do first), given the documents' files. */
  startHere: (kit: Pick<Kit, "documents" | "planFiles" | "skipped">) => string[];
}

/**
 * Renders a kit: for each document the formats that suit its kind (`.eml` for emails, `.pdf` and
 * `.docx` for letters and notes, plus an envelope for a letter with a postal address; `.txt` and
 * `.md` for all), the plan as `plan.json` (always), `plan.md` (with links that hand each step to a
 * web calendar or the mail app) and `plan.ics`, and START-HERE.txt.
 * The caller adds `kit.json`, which records each file's hash.
 *
 * Everything is rendered here, before anything is written, so a renderer that fails leaves the
 * folder untouched. A PDF may not be possible (a character that no font has, right-to-left text):
 * it is left out and listed in `skipped` with the reason, and the index and START-HERE.txt name
 * only the files that exist.
 */
export async function buildKit(source: KitSource): Promise<Kit> {
  const { plan, formats, pdfFonts } = source;
  const notes: string[] = [];
  const entries: DirectoryEntry[] = [];
  const documents: KitDocument[] = [];
  const refused: { file: string; refusal: PdfRefusal }[] = [];

  for (const { doc, action, base, madeAt } of source.drafts) {
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
          if (doc.from?.email) add(`${base}.eml`, () => renderEml(doc, { date: madeAt }));
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
    documents.push({ doc, action, base, madeAt, files });
  }
  // Worded once all PDFs are done: whether fontconfig could be asked is known only then.
  const context = { fontconfig: pdfFonts.fontconfig, docx: formats.has("docx") };
  const skipped = refused.map(({ file, refusal }) => ({ file, reason: skipReason(refusal, context) }));

  const planFiles = ["plan.json"];
  const planEntries: DirectoryEntry[] = [{ path: "plan.json", content: `${JSON.stringify(plan, null, 2)}\n` }];
  if (formats.has("md")) {
    planFiles.push("plan.md");
    planEntries.push({
      path: "plan.md",
      content: () => `${renderPlanMarkdown(plan)}${planMarkdownLinks(stepLinks(plan, documents))}`,
    });
  }
  if (formats.has("ics")) {
    planFiles.push("plan.ics");
    planEntries.push({ path: "plan.ics", content: () => renderIcs(calendarPlan(plan, source.retired)) });
  }

  const startHere = `${source.startHere({ documents, planFiles, skipped }).join("\n")}\n`;
  const all = [...planEntries, { path: "START-HERE.txt", content: startHere }, ...entries];
  const files: RenderedFile[] = [];
  for (const entry of all) {
    const content = typeof entry.content === "function" ? await entry.content() : entry.content;
    files.push({ path: entry.path, content, hash: contentHash(content) });
  }
  return { files, planFiles, documents, notes, skipped };
}

/**
 * The plan as plan.ics shows it: its own actions, then those an event removed from it, as skipped,
 * so that each keeps its event (same UID) and calendars that imported it mark it cancelled instead
 * of keeping a step that no longer exists.
 */
export function calendarPlan(plan: Plan, retired: readonly PlanAction[]): Plan {
  if (retired.length === 0) return plan;
  const gone = retired.map(({ overdue: _, ...action }) => ({ ...action, status: "skipped" as const }));
  return { ...plan, actions: [...plan.actions, ...gone] };
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
