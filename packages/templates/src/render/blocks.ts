import type { Block } from "../document/types.js";

const HEADING = /^#(?:\s+(.*))?$/u;
const BULLET = /^-(?:\s+(.*))?$/u;
const NUMBERED = /^\d+\.(?:\s+(.*))?$/u;
// Lines split at "\n": the trim each line gets removes a "\r" before it.
const LINE_BREAK = "\n";
const [HASH, DASH, DIGIT_0, DIGIT_9] = [0x23, 0x2d, 0x30, 0x39];

/**
 * Reads a rendered body into blocks. Blank lines separate blocks; consecutive lines of prose join
 * into one paragraph with single spaces (so a template keeps each optional sentence on its own
 * line); `# ` starts a heading, `- ` an item of a list and `1. ` an item of a numbered list.
 * Blocks left empty by missing data are dropped.
 *
 * Values filled into a template never start a line with one of these marks: view builders pass
 * every value through `clean`, which folds line breaks and strips leading bullets.
 */
export function readBlocks(rendered: string): Block[] {
  const blocks: Block[] = [];
  const prose: string[] = [];
  let items: string[] = [];
  let ordered = false;
  const lines = rendered.split(LINE_BREAK);
  // One pass past the end (an empty line) flushes what is still open.
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length ? lines[i]!.trim() : "";
    // Most lines are prose: only a line starting with a mark's first character is tried against it.
    const first = line.charCodeAt(0);
    const heading = first === HASH ? HEADING.exec(line) : null;
    const bullet = first === DASH ? BULLET.exec(line) : null;
    const item = bullet ?? (first >= DIGIT_0 && first <= DIGIT_9 ? NUMBERED.exec(line) : null);
    const isProse = line !== "" && !heading && !item;
    if (!isProse && prose.length > 0) {
      blocks.push({ type: "paragraph", text: prose.join(" ") });
      prose.length = 0;
    }
    // A list ends at anything but an item of its own kind.
    if (items.length > 0 && !(item && (bullet === null) === ordered)) {
      blocks.push(ordered ? { type: "list", items, ordered: true } : { type: "list", items });
      items = [];
    }
    if (heading) {
      const text = (heading[1] ?? "").trim();
      if (text) blocks.push({ type: "heading", text });
    } else if (item) {
      ordered = bullet === null;
      const text = (item[1] ?? "").trim();
      if (text) items.push(text);
    } else if (isProse) {
      prose.push(line);
    }
  }
  return blocks;
}

/** A one-line section (subject, salutation, closing): its lines joined by spaces, or undefined when empty. */
export function readLine(rendered: string): string | undefined {
  const line = rendered
    .split(LINE_BREAK)
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" ");
  return line === "" ? undefined : line;
}
