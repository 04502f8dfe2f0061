/** The parts of a template file, each a mustache template of its own. */
export interface TemplateSections {
  subject?: string;
  salutation?: string;
  body: string;
  closing?: string;
}

const SECTION_NAMES = new Set(["subject", "salutation", "body", "closing"]);

/**
 * Splits a template file into its sections. A section starts at a line `--- name` (subject,
 * salutation, body, closing) and runs to the next one; text before the first marker (a
 * `{{! comment }}`) is ignored. A file must have a body.
 */
export function splitSections(source: string, name: string): TemplateSections {
  const parts = source.split(/^--- ([a-z]+)[ \t]*\r?\n/mu);
  const sections: Record<string, string> = {};
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    if (!SECTION_NAMES.has(key)) throw new Error(`${name}: unknown section "${key}"`);
    if (key in sections) throw new Error(`${name}: section "${key}" appears twice`);
    sections[key] = parts[i + 1] ?? "";
  }
  if (sections.body === undefined) throw new Error(`${name}: no body section`);
  return sections as unknown as TemplateSections;
}
