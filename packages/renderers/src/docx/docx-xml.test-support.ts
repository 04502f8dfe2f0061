/*
 * Test support: reads a .docx's main part with docx's own XML parser, through its public
 * `patchDocument`, which hands a page-number estimator the parsed parts (an empty patch changes
 * nothing). Gives elements and attributes, so tests read the XML as Word does, not with patterns.
 */
import { patchDocument, type XmlElement } from "docx";

/** The parsed `word/document.xml` of a .docx. */
export async function documentXml(bytes: Uint8Array): Promise<XmlElement> {
  return packagePart(bytes, "word/document.xml");
}

/** One parsed XML part of a .docx (`word/styles.xml`). */
export async function packagePart(bytes: Uint8Array, path: string): Promise<XmlElement> {
  let part: XmlElement | undefined;
  await patchDocument({
    outputType: "uint8array",
    data: bytes,
    patches: {},
    pageNumbers: (template) => {
      part = template.parts.get(path);
      return { bookmarks: new Map() };
    },
  });
  if (!part) throw new Error(`no ${path} in the package`);
  return part;
}

/**
 * A paragraph style's spacing as Word applies it (`w:before`, `w:after`, `w:line`, `w:lineRule`):
 * each attribute from the style, else from the style it is based on, and so on, else from the
 * document defaults. Read from a parsed `word/styles.xml`.
 */
export function styleSpacing(styles: XmlElement, styleId: string): Record<string, string> {
  const all = descendants(styles, "w:style");
  const spacingOf = (element: XmlElement | undefined) =>
    (child(child(element, "w:pPr"), "w:spacing")?.attributes ?? {}) as Record<string, string>;
  const chain: Record<string, string>[] = [];
  const seen = new Set<string>();
  for (let id: string | undefined = styleId; id && !seen.has(id); ) {
    seen.add(id);
    const style = all.find((s) => s.attributes?.["w:styleId"] === id);
    if (!style) throw new Error(`no style ${id}`);
    chain.push(spacingOf(style));
    const basedOn = child(style, "w:basedOn")?.attributes?.["w:val"];
    id = basedOn === undefined ? undefined : String(basedOn);
  }
  const defaults = child(descendants(styles, "w:docDefaults")[0], "w:pPrDefault");
  return Object.assign({}, spacingOf(defaults), ...chain.reverse());
}

/** Every element named `name` under `element`, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  return (element.elements ?? []).flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...descendants(child, name),
  ]);
}

/** The first child element named `name`, or undefined. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.elements?.find((e) => e.name === name);
}

/** An attribute as a number (twips, half-points), or NaN when it is missing. */
export function numberAttribute(element: XmlElement | undefined, name: string): number {
  return Number(element?.attributes?.[name] ?? Number.NaN);
}

/** The text of a paragraph (`w:p`): its `w:t` elements joined. */
export function paragraphText(paragraph: XmlElement): string {
  return descendants(paragraph, "w:t")
    .flatMap((t) => (t.elements ?? []).map((e) => String(e.text ?? "")))
    .join("");
}

/** A paragraph's style id. */
export function paragraphStyle(paragraph: XmlElement): string | undefined {
  const value = child(child(paragraph, "w:pPr"), "w:pStyle")?.attributes?.["w:val"];
  return value === undefined ? undefined : String(value);
}
