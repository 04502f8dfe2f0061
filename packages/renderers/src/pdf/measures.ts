/**
 * Page and envelope geometry, in PDF points (1/72 inch), each measure with where it comes from.
 * Distances `top` are measured down from the top edge of the sheet, as the standards state them.
 * Where the recipient goes for a window envelope is worked out in `internal/envelope-window.ts`.
 */
import {
  A4_ADDRESS_WINDOW,
  A4_AT_FOLD_MARKS,
  A4_IN_THIRDS,
  A4_RIGHT_ADDRESS_WINDOW,
  type AddressWindow,
  LETTER_ADDRESS_WINDOW,
} from "../internal/envelope-window.js";
import { INCH, MM } from "../internal/units.js";
import { BODY } from "./body-spacing.js";

export { INCH, MM };

/** Where a block of lines starts and how wide it may run. */
export interface Box {
  x: number;
  top: number;
  width: number;
}

/** How a letter sits on one paper size. */
export interface LetterGeometry {
  /** Page size. */
  width: number;
  height: number;
  /** The text area of every page (`top` is where continuation pages start). */
  margin: { top: number; right: number; bottom: number; left: number };
  /** The window-envelope layout of the first page. */
  window: {
    /** The sender's address block. */
    sender: Box;
    /** The date: left-aligned at `x`, or right-aligned to `x + width`. */
    date: Box & { align: "left" | "right" };
    /** The recipient's address block: the band of the sheet that shows through the envelope's window. */
    recipient: AddressWindow;
    /** Where the body may start, at the earliest. */
    bodyTop: number;
    /** Fold and punch marks on the left edge (distances from the top). */
    marks: { y: number; length: number }[];
  };
}

/**
 * US Letter (8½ × 11 in) for a #10 window envelope (4⅛ × 9½ in), folded in thirds.
 *
 * The recipient block goes where the #10 window shows the tri-folded sheet however it rests in
 * the envelope: 2½ to 3⅙ in from the top, from the 1 in margin to 4⅜ in across
 * (`LETTER_ADDRESS_WINDOW`). 1 in margins all round, as in a block-format letter.
 */
export const US_LETTER: LetterGeometry = {
  width: 8.5 * INCH,
  height: 11 * INCH,
  margin: { top: 1 * INCH, right: 1 * INCH, bottom: 1 * INCH, left: 1 * INCH },
  window: {
    sender: { x: 1 * INCH, top: 0.5 * INCH, width: 3.75 * INCH },
    date: { x: 5 * INCH, top: 0.5 * INCH, width: 2.5 * INCH, align: "right" },
    recipient: LETTER_ADDRESS_WINDOW,
    bodyTop: 3.5 * INCH,
    marks: [],
  },
};

/**
 * US Letter for a #10 window envelope, as French-Canadian and Mexican letters are set out: the
 * sender and the recipient where `US_LETTER` has them, and the place-and-date line ("Montréal, le
 * 24 novembre 2026", "Ciudad de México, 24 de noviembre de 2026", longer than an English date) on a
 * line of its own, right-aligned to the 1 in margin, 3.35 in down (below the window band, which ends
 * at 3⅙ in); the body two lines below it.
 */
export const US_LETTER_DATE_BELOW: LetterGeometry = {
  ...US_LETTER,
  window: {
    ...US_LETTER.window,
    date: { x: 1 * INCH, top: 3.35 * INCH, width: 6.5 * INCH, align: "right" },
    bodyTop: 3.35 * INCH + 3 * BODY.leading,
  },
};

/**
 * A4 (210 × 297 mm) laid out per DIN 5008, form B ("tiefgestelltes Anschriftfeld"), for a DL
 * window envelope (`DL_ENVELOPE` in `internal/envelope-window.ts`).
 *
 * - Letterhead: the top 45 mm; the sender's block starts 15 mm down, on the 25 mm text margin.
 * - Address field: 45 mm from the top, 20 mm from the left, 85 × 45 mm; the return line just above
 *   the address zone, which runs from 62.7 mm to 90 mm and holds six lines, 25 mm to 100 mm
 *   across (the part of the field the DL window shows wherever the sheet rests; see
 *   `A4_ADDRESS_WINDOW`). (DIN 5008:2020 via din-5008-richtlinien.de, "Anschriftenfeld".)
 * - Information block (the date): 125 mm from the left, 50 mm from the top, 75 mm wide.
 * - Fold marks at 105 mm and 210 mm, punch mark at 148.5 mm.
 * - Margins: 25 mm left, 20 mm right; the body starts two lines below the address field (98.4 mm).
 */
export const A4_DIN_5008_B: LetterGeometry = {
  width: 210 * MM,
  height: 297 * MM,
  margin: { top: 20 * MM, right: 20 * MM, bottom: 20 * MM, left: 25 * MM },
  window: {
    sender: { x: 25 * MM, top: 15 * MM, width: 95 * MM },
    date: { x: 125 * MM, top: 50 * MM, width: 65 * MM, align: "left" },
    recipient: A4_ADDRESS_WINDOW,
    bodyTop: 98.4 * MM,
    marks: [
      { y: A4_AT_FOLD_MARKS.panel, length: 5 * MM },
      { y: 148.5 * MM, length: 7 * MM },
      { y: 2 * A4_AT_FOLD_MARKS.panel, length: 5 * MM },
    ],
  },
};

/**
 * A4 (210 × 297 mm) as French and Spanish letters are set out, for a DL envelope (or Spain's
 * 115 × 225 mm one) with the window on the right (`A4_RIGHT_ADDRESS_WINDOW`):
 *
 * - Margins: 20 mm left and right (AFNOR NF Z 11-001's 2 cm), 20 mm top and bottom.
 * - Sender: top left, from the 20 mm margin, 80 mm wide (clear of the window, which starts at 105 mm).
 * - Recipient: 110 mm from the left, 55 to 84 mm down, 80 mm wide, six lines at most.
 * - Place and date: one line below the window band, 92 mm down, right-aligned to the 190 mm margin
 *   ("Lyon, le 24 novembre 2026"); then, two lines below it at 108 mm, the subject ("Objet : …",
 *   "Asunto: …") and the body.
 * - Fold marks at 99 mm and 198 mm (three equal panels, which the window band assumes) and the
 *   punch mark at 148.5 mm.
 */
export const A4_RIGHT_WINDOW: LetterGeometry = {
  width: 210 * MM,
  height: 297 * MM,
  margin: { top: 20 * MM, right: 20 * MM, bottom: 20 * MM, left: 20 * MM },
  window: {
    sender: { x: 20 * MM, top: 20 * MM, width: 80 * MM },
    date: { x: 20 * MM, top: 92 * MM, width: 170 * MM, align: "right" },
    recipient: A4_RIGHT_ADDRESS_WINDOW,
    bodyTop: 108 * MM,
    marks: [
      { y: A4_IN_THIRDS.panel, length: 5 * MM },
      { y: 148.5 * MM, length: 7 * MM },
      { y: 2 * A4_IN_THIRDS.panel, length: 5 * MM },
    ],
  },
};

/** How an envelope is addressed: the sender top left, the recipient in the reading zone. */
export interface EnvelopeGeometry {
  width: number;
  height: number;
  sender: Box;
  recipient: Box;
  /** The recipient block may start no higher than this (top of the reading zone)… */
  recipientTopLimit: number;
  /** …and must end above this (bottom of the reading zone, clear of the barcode strip). */
  recipientBottomLimit: number;
}

/**
 * #10 envelope, 9½ × 4⅛ in, landscape. The return address sits in the upper-left corner; the
 * delivery address 4 in from the left and 2 in from the top, inside the USPS OCR read area (½ in
 * from the left and right edges, between ⅝ in and 2¾ in above the bottom edge; the bottom ⅝ in is
 * the barcode clear zone).
 */
export const ENVELOPE_10: EnvelopeGeometry = {
  width: 9.5 * INCH,
  height: 4.125 * INCH,
  sender: { x: 0.375 * INCH, top: 0.375 * INCH, width: 3.5 * INCH },
  recipient: { x: 4 * INCH, top: 2 * INCH, width: 5 * INCH },
  recipientTopLimit: (4.125 - 2.75) * INCH,
  recipientBottomLimit: (4.125 - 0.625) * INCH,
};

/**
 * DL envelope, 220 × 110 mm (ISO 269), landscape. The return address sits top left, 10 mm in;
 * the recipient in the right half, 105 mm from the left and 55 mm from the top, ending at least
 * 15 mm above the bottom edge (where sorting machines print their codes).
 */
export const ENVELOPE_DL: EnvelopeGeometry = {
  width: 220 * MM,
  height: 110 * MM,
  sender: { x: 10 * MM, top: 10 * MM, width: 85 * MM },
  recipient: { x: 105 * MM, top: 55 * MM, width: 105 * MM },
  recipientTopLimit: 40 * MM,
  recipientBottomLimit: 95 * MM,
};

/** A paper size: US Letter (8½ × 11 in) or A4 (210 × 297 mm). Which layout each takes: `letter-conventions.ts`. */
export type PaperSize = "letter" | "a4";
