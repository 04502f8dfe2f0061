/**
 * Page and envelope geometry, in PDF points (1/72 inch), each measure with where it comes from.
 * Distances `top` are measured down from the top edge of the sheet, as the standards state them.
 */

/** Points per inch. */
export const INCH = 72;
/** Points per millimetre. */
export const MM = 72 / 25.4;

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
    /** The recipient's address block: the part that shows through the envelope window. */
    recipient: Box;
    /** Lines the recipient block may take and still fit the window. */
    recipientLines: number;
    /** A one-line return address just above the recipient, read through the window (DIN 5008); none in the US. */
    returnLine?: Box;
    /** Where the body may start, at the earliest. */
    bodyTop: number;
    /** Fold and punch marks on the left edge (distances from the top). */
    marks: { y: number; length: number }[];
  };
}

/**
 * US Letter (8½ × 11 in) for a #10 window envelope (4⅛ × 9½ in), folded in thirds.
 *
 * The standard #10 window is 1⅛ × 4½ in, ⅞ in from the envelope's left edge and ½ in from its
 * bottom edge (the commercial-envelope window position; sizes are given height first, position
 * left first then bottom, as envelope makers specify them). A tri-folded letter's top panel is
 * 11 ÷ 3 ≈ 3.67 in tall and may slide in the 4⅛ in envelope, which puts the window between about
 * 1.6 and 3.2 in from the top of the sheet; the recipient block therefore starts 2 in from the
 * top, 1 in from the left, no wider than 3¼ in (the letter may also slide 1 in sideways in the
 * 9½ in envelope), and five lines long. 1 in margins all round, as in a block-format letter.
 */
export const US_LETTER: LetterGeometry = {
  width: 8.5 * INCH,
  height: 11 * INCH,
  margin: { top: 1 * INCH, right: 1 * INCH, bottom: 1 * INCH, left: 1 * INCH },
  window: {
    sender: { x: 1 * INCH, top: 0.5 * INCH, width: 3.75 * INCH },
    date: { x: 5 * INCH, top: 0.5 * INCH, width: 2.5 * INCH, align: "right" },
    recipient: { x: 1 * INCH, top: 2 * INCH, width: 3.25 * INCH },
    recipientLines: 5,
    bodyTop: 3.5 * INCH,
    marks: [],
  },
};

/**
 * A4 (210 × 297 mm) laid out per DIN 5008, form B ("tiefgestelltes Anschriftfeld"), for a DL
 * window envelope (110 × 220 mm, window 90 × 45 mm, 20 mm from the left and 15 mm from the bottom,
 * DIN 680).
 *
 * - Letterhead: the top 45 mm; the sender's block starts 15 mm down, on the 25 mm text margin.
 * - Address field: 45 mm from the top, 20 mm from the left, 85 × 45 mm. Its upper 17.7 mm is the
 *   return-address and postal-notes zone (five lines, 8 pt recommended, filled bottom up); the
 *   address zone below starts at 62.7 mm and holds six lines in 27.3 mm. Text starts 5 mm inside
 *   the field, on the 25 mm margin. (DIN 5008:2020 via din-5008-richtlinien.de, "Anschriftenfeld".)
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
    recipient: { x: 25 * MM, top: 62.7 * MM, width: 80 * MM },
    recipientLines: 6,
    returnLine: { x: 25 * MM, top: 62.7 * MM, width: 80 * MM },
    bodyTop: 98.4 * MM,
    marks: [
      { y: 105 * MM, length: 5 * MM },
      { y: 148.5 * MM, length: 7 * MM },
      { y: 210 * MM, length: 5 * MM },
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
