import type { Block, Locale } from "../document/types.js";
import { readBlocks, readLine } from "./blocks.js";
import { splitSections } from "./sections.js";
import { type CompiledTemplate, compileMustache, renderCompiled, renderView } from "./writer.js";

/** The text parts of a document, as a template renders them. */
export interface RenderedParts {
  subject?: string;
  salutation?: string;
  blocks: Block[];
  closing?: string;
}

/** A template file for one locale: each section respelled, split and parsed. */
interface CompiledSections {
  subject?: CompiledTemplate;
  salutation?: CompiledTemplate;
  body: CompiledTemplate;
  closing?: CompiledTemplate;
}

const LINES = ["subject", "salutation", "closing"] as const;

/** A language pack's `adapt`: the template's literal text made right for the locale (spelling, spacing). */
type Adapt = (source: string, locale: Locale) => string;
const keep: Adapt = (source) => source;

/*
 * The one cache in this package: each template file is respelled, split and parsed once per locale,
 * on first use, not all ninety versions at import, which would slow the import of every app.
 */
const prepared = new Map<string, CompiledSections>();

function prepare(name: string, source: string, locale: Locale, adapt: Adapt): CompiledSections {
  const key = `${name}\u0000${locale}`;
  let compiled = prepared.get(key);
  if (!compiled) {
    const sections = splitSections(adapt(source, locale), name);
    compiled = { body: compileMustache(sections.body) };
    for (const line of LINES) {
      const section = sections[line];
      if (section !== undefined) compiled[line] = compileMustache(section);
    }
    prepared.set(key, compiled);
  }
  return compiled;
}

/**
 * Renders a template file for a view: each section on its own, the one-line sections joined into
 * a line and the body read into blocks. Sections that render empty are left out.
 */
export function renderParts(
  name: string,
  source: string,
  locale: Locale,
  view: object,
  adapt: Adapt = keep,
): RenderedParts {
  const sections = prepare(name, source, locale, adapt);
  const context = renderView(view);
  const parts: RenderedParts = { blocks: readBlocks(renderCompiled(sections.body, context)) };
  for (const key of LINES) {
    const section = sections[key];
    if (section === undefined) continue;
    const line = readLine(renderCompiled(section, context));
    if (line !== undefined) parts[key] = line;
  }
  return parts;
}
