import type { Document } from "@afterview/templates";
import { outline, type Section } from "../internal/outline.js";
import { escapeMarkdownLine } from "./escape-markdown.js";

/**
 * Renders a document as Markdown (CommonMark, safe under GitHub Flavored Markdown too). Every piece
 * of user text is escaped so a parser shows it as text: it can never become a link, an image, a
 * heading, HTML, emphasis, a list or code. A script's subject is the `#` title and its headings are
 * `##`; an email's subject is a bold `Subject:` line; address blocks and signatures keep one entry
 * per line (hard line breaks). Paragraphs are not wrapped. The result ends with one newline.
 *
 * Takes the document as `compose` returned it (or `parseDocument`'s copy of stored JSON) and does not check it again.
 *
 * @example
 * ```ts
 * renderMarkdown({
 *   templateId: "follow-up/call-script", kind: "script", locale: "en-US", subject: "Call Priya",
 *   blocks: [{ type: "list", items: ["Say who you are", "Ask about [the timeline](x)"] }],
 * });
 * //=> "# Call Priya\n\n- Say who you are\n- Ask about \\[the timeline\\](x)\n"
 * ```
 */
export function renderMarkdown(doc: Document): string {
  const sections = outline(doc, { emailSubject: true });
  // Two lists in a row with the same marker would merge into one: alternate `-`/`*` and `.`/`)`.
  let previous: Section | undefined;
  let alternate = false;
  const parts = sections.map((section) => {
    if (section.type === "list") {
      alternate = previous?.type === "list" && previous.ordered === section.ordered ? !alternate : false;
    }
    previous = section;
    return sectionMarkdown(section, alternate);
  });
  return parts.length ? `${parts.join("\n\n")}\n` : "";
}

/** Joins lines with a CommonMark hard line break (a trailing backslash would be ambiguous after escaping). */
function hardLines(lines: string[]): string {
  return lines.map(escapeMarkdownLine).join("  \n");
}

function sectionMarkdown(section: Section, alternate: boolean): string {
  switch (section.type) {
    case "address":
      return hardLines(section.lines);
    case "title":
      return `# ${escapeMarkdownLine(section.text)}`;
    case "heading":
      return `## ${escapeMarkdownLine(section.text)}`;
    case "subject":
      return `**Subject:** ${escapeMarkdownLine(section.text)}`;
    case "list":
      return section.items
        .map((item, i) => `${listMarker(section.ordered, i, alternate)} ${escapeMarkdownLine(item)}`)
        .join("\n");
    case "closing":
      return hardLines(section.text ? [section.text, ...section.signature] : section.signature);
    default:
      return escapeMarkdownLine(section.text);
  }
}

function listMarker(ordered: boolean, index: number, alternate: boolean): string {
  if (ordered) return `${index + 1}${alternate ? ")" : "."}`;
  return alternate ? "*" : "-";
}
