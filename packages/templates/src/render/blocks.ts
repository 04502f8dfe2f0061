import type { Block } from "../document/types.js";

const HEADING = /^#(?:\s+(.*))?$/u;
const BULLET = /^-(?:\s+(.*))?$/u;
const NUMBERED = /^\d+\.(?:\s+(.*))?$/u;

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
  let prose: string[] = [];
  let list: { items: string[]; ordered: boolean } | null = null;

  const flushProse = () => {
    if (prose.length > 0) blocks.push({ type: "paragraph", text: prose.join(" ") });
    prose = [];
  };
  const flushList = () => {
    if (list && list.items.length > 0) {
      blocks.push(
        list.ordered ? { type: "list", items: list.items, ordered: true } : { type: "list", items: list.items },
      );
    }
    list = null;
  };

  for (const raw of rendered.split(/\r?\n/u)) {
    const line = raw.trim();
    if (line === "") {
      flushProse();
      flushList();
      continue;
    }
    const heading = HEADING.exec(line);
    const item = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (heading) {
      flushProse();
      flushList();
      const text = (heading[1] ?? "").trim();
      if (text) blocks.push({ type: "heading", text });
    } else if (item) {
      flushProse();
      const ordered = !BULLET.test(line);
      if (list && list.ordered !== ordered) flushList();
      list ??= { items: [], ordered };
      const text = (item[1] ?? "").trim();
      if (text) list.items.push(text);
    } else {
      flushList();
      prose.push(line);
    }
  }
  flushProse();
  flushList();
  return blocks;
}

/** A one-line section (subject, salutation, closing): its lines joined by spaces, or undefined when empty. */
export function readLine(rendered: string): string | undefined {
  const line = rendered
    .split(/\r?\n/u)
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" ");
  return line === "" ? undefined : line;
}
