import type { Block, Locale } from "../document/types.js";
import { respellTemplate } from "../locale/spelling.js";
import { readBlocks, readLine } from "./blocks.js";
import { splitSections, type TemplateSections } from "./sections.js";
import { renderMustache } from "./writer.js";

/** The text parts of a document, as a template renders them. */
export interface RenderedParts {
  subject?: string;
  salutation?: string;
  blocks: Block[];
  closing?: string;
}

/** Sections per template file and locale, split and respelled once. */
const prepared = new Map<string, TemplateSections>();

function prepare(name: string, source: string, locale: Locale): TemplateSections {
  const key = `${name}\u0000${locale}`;
  let sections = prepared.get(key);
  if (!sections) {
    sections = splitSections(respellTemplate(source, locale), name);
    prepared.set(key, sections);
  }
  return sections;
}

/**
 * Renders a template file for a view: each section on its own, the one-line sections joined into
 * a line and the body read into blocks. Sections that render empty are left out.
 */
export function renderParts(name: string, source: string, locale: Locale, view: object): RenderedParts {
  const sections = prepare(name, source, locale);
  const parts: RenderedParts = { blocks: readBlocks(renderMustache(sections.body, view)) };
  for (const key of ["subject", "salutation", "closing"] as const) {
    const section = sections[key];
    if (section === undefined) continue;
    const line = readLine(renderMustache(section, view));
    if (line !== undefined) parts[key] = line;
  }
  return parts;
}
