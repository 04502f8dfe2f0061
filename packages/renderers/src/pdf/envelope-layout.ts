import type { Document } from "@afterview/templates";
import { recipientSteps, senderLines } from "../internal/address-block.js";
import { fitAddress } from "../internal/address-fit.js";
import { wrapText } from "./line-break.js";
import type { EnvelopeGeometry } from "./measures.js";
import type { LaidOutPage } from "./page-flow.js";

/** The sender's return address: 9 pt on 11 pt. */
export const RETURN_ADDRESS = { size: 9, leading: 11 };
/** The delivery address: 11 pt on 13.5 pt. */
export const DELIVERY_ADDRESS = { size: 11, leading: 13.5 };
/** The delivery address when it is too long for the reading zone in its usual size. */
export const DELIVERY_ADDRESS_COMPACT = { size: 9, leading: 11 };

/**
 * Lays out an envelope: the sender's address in the upper-left corner, the recipient's in the
 * reading zone, moved up when a long address would run into the barcode strip at the bottom. The
 * address lines are the letter's (set out for the recipient's country, the country line for mail
 * abroad); one too long for the reading zone is shortened in the letter's order.
 */
export function layoutEnvelope(
  doc: Document,
  geometry: EnvelopeGeometry,
  font: { ascent: number; descent: number },
  measure: (text: string, size: number, pieces?: readonly string[]) => number,
): LaidOutPage {
  const page: LaidOutPage = [];
  const block = (lines: string[], box: { x: number; width: number }, style: typeof RETURN_ADDRESS, top: number) => {
    lines.forEach((text, index) => {
      const baseline = top + index * style.leading + font.ascent * style.size;
      if (text !== "") page.push({ type: "text", x: box.x, baseline, size: style.size, text });
    });
  };
  const wrap = (text: string, width: number, size: number) =>
    wrapText(text, width, (s, pieces) => measure(s, size, pieces));

  block(
    senderLines(doc).flatMap((text) => wrap(text, geometry.sender.width, RETURN_ADDRESS.size)),
    geometry.sender,
    RETURN_ADDRESS,
    geometry.sender.top,
  );
  const recipient = fitAddress(recipientSteps(doc), {
    height: geometry.recipientBottomLimit - geometry.recipientTopLimit,
    maxLines: Number.POSITIVE_INFINITY,
    styles: { regular: DELIVERY_ADDRESS, compact: DELIVERY_ADDRESS_COMPACT },
    wrap: (text, size) => wrap(text, geometry.recipient.width, size),
    extent: font.ascent + font.descent,
  });
  const height = recipient.lines.length * recipient.style.leading;
  const top = Math.max(
    Math.min(geometry.recipient.top, geometry.recipientBottomLimit - height),
    Math.min(geometry.recipientTopLimit, geometry.recipient.top),
  );
  block(recipient.lines, geometry.recipient, recipient.style, top);
  return page;
}
