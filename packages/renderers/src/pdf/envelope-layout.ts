import type { Document } from "@afterview/templates";
import { wrapText } from "./line-break.js";
import type { EnvelopeGeometry } from "./measures.js";
import type { LaidOutPage } from "./page-flow.js";

/** The sender's return address: 9 pt on 11 pt. */
export const RETURN_ADDRESS = { size: 9, leading: 11 };
/** The delivery address: 11 pt on 13.5 pt. */
export const DELIVERY_ADDRESS = { size: 11, leading: 13.5 };

/**
 * Lays out an envelope: the sender's address in the upper-left corner, the recipient's in the
 * reading zone, moved up when a long address would run into the barcode strip at the bottom.
 */
export function layoutEnvelope(
  doc: Document,
  geometry: EnvelopeGeometry,
  ascent: number,
  measure: (text: string, size: number, pieces?: readonly string[]) => number,
): LaidOutPage {
  const page: LaidOutPage = [];
  const block = (lines: string[], box: { x: number; width: number }, style: typeof RETURN_ADDRESS, top: number) => {
    lines.forEach((text, index) => {
      const baseline = top + index * style.leading + ascent * style.size;
      if (text !== "") page.push({ type: "text", x: box.x, baseline, size: style.size, text });
    });
  };
  const wrapAll = (lines: string[], width: number, size: number) =>
    lines.flatMap((text) => wrapText(text, width, (s, pieces) => measure(s, size, pieces)));

  block(
    wrapAll(doc.from?.lines ?? [], geometry.sender.width, RETURN_ADDRESS.size),
    geometry.sender,
    RETURN_ADDRESS,
    geometry.sender.top,
  );
  const recipient = wrapAll(doc.to?.lines ?? [], geometry.recipient.width, DELIVERY_ADDRESS.size);
  const height = recipient.length * DELIVERY_ADDRESS.leading;
  const top = Math.max(
    Math.min(geometry.recipient.top, geometry.recipientBottomLimit - height),
    Math.min(geometry.recipientTopLimit, geometry.recipient.top),
  );
  block(recipient, geometry.recipient, DELIVERY_ADDRESS, top);
  return page;
}
