/*
 * Where a window envelope shows a folded letter. The figures come from the envelope and letter
 * standards named beside them; the band the address must fit in is worked out from them, not
 * typed in. Lengths in points; on the sheet, `top` and `bottom` are measured down from its top edge.
 */
import { INCH, MM } from "./units.js";

/**
 * A window envelope, flap up. Envelope makers give the window's size height first and its place
 * from the envelope's left edge first, then from its bottom edge.
 */
export interface WindowEnvelope {
  width: number;
  height: number;
  window: { left: number; bottom: number; width: number; height: number };
}

/** A sheet folded for an envelope: its width, and the height of the panel that faces the window (the top one, upright). */
export interface FoldedSheet {
  width: number;
  panel: number;
}

/** A rectangle on the sheet, from its top-left corner. */
export interface SheetArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the recipient's block goes on the first page, so that it shows through the window. */
export interface AddressWindow {
  /** Left edge of the text. */
  x: number;
  /** Top of the first line's glyphs, at the earliest. */
  top: number;
  /** Bottom of the last line's glyphs, at the latest. */
  bottom: number;
  /** Widest a line may run. */
  width: number;
  /** Most lines the standard allows, however small the type. */
  maxLines: number;
  /** Where a one-line return address goes, just above `top` (DIN 5008); none in the US. */
  returnLine?: { x: number; width: number; height: number };
}

/**
 * The part of the sheet that is inside the window wherever the folded sheet rests: it may sit
 * anywhere from the envelope's top edge down to its bottom edge, and anywhere from side to side.
 *
 * @throws RangeError when the folded sheet is larger than the envelope.
 * @example
 * ```ts
 * const band = windowBand(US_10_ENVELOPE, LETTER_IN_THIRDS);
 * [band.top / INCH, band.bottom / INCH].map((n) => n.toFixed(3));
 * //=> ["2.500", "3.167"]
 * ```
 */
export function windowBand(envelope: WindowEnvelope, sheet: FoldedSheet): SheetArea {
  const slideDown = envelope.height - sheet.panel;
  const slideAcross = envelope.width - sheet.width;
  if (slideDown < 0 || slideAcross < 0) throw new RangeError("The folded sheet is larger than the envelope");
  const { window } = envelope;
  const windowTop = envelope.height - window.bottom - window.height;
  return {
    // Sheet against the envelope's top and left edges: the window starts lowest and furthest right on it...
    top: windowTop,
    left: window.left,
    // ...and against the bottom and right edges, the window ends highest and furthest left.
    bottom: windowTop + window.height - slideDown,
    right: window.left + window.width - slideAcross,
  };
}

/**
 * The US #10 window envelope: 4⅛ × 9½ in (the "commercial #10"), window 1⅛ × 4½ in, ⅞ in from
 * the left and ½ in from the bottom edge (the standard #10 window position).
 */
export const US_10_ENVELOPE: WindowEnvelope = {
  width: 9.5 * INCH,
  height: 4.125 * INCH,
  window: { left: 0.875 * INCH, bottom: 0.5 * INCH, width: 4.5 * INCH, height: 1.125 * INCH },
};

/** US Letter (8½ × 11 in) folded in thirds: the top panel is 11 ÷ 3 = 3⅔ in tall. */
export const LETTER_IN_THIRDS: FoldedSheet = { width: 8.5 * INCH, panel: (11 / 3) * INCH };

/**
 * The DL window envelope, 110 × 220 mm (ISO 269), window 45 × 90 mm, 20 mm from the left and
 * 15 mm from the bottom edge (DIN 678-1 / DIN 680).
 */
export const DL_ENVELOPE: WindowEnvelope = {
  width: 220 * MM,
  height: 110 * MM,
  window: { left: 20 * MM, bottom: 15 * MM, width: 90 * MM, height: 45 * MM },
};

/** A4 (210 × 297 mm) folded at DIN 5008's fold marks, 105 and 210 mm: the top panel is 105 mm tall. */
export const A4_AT_FOLD_MARKS: FoldedSheet = { width: 210 * MM, panel: 105 * MM };

/** What of a US Letter shows through a #10 window wherever it rests: 2½ to 3⅙ in down, ⅞ to 4⅜ in across. */
export const LETTER_WINDOW_BAND: SheetArea = windowBand(US_10_ENVELOPE, LETTER_IN_THIRDS);

/** What of an A4 sheet shows through a DL window wherever it rests: 50 to 90 mm down, 20 to 100 mm across. */
export const A4_WINDOW_BAND: SheetArea = windowBand(DL_ENVELOPE, A4_AT_FOLD_MARKS);

/**
 * DIN 5008:2020, form B ("tiefgestelltes Anschriftfeld"): the address field is 85 × 45 mm,
 * 45 mm from the top and 20 mm from the left edge. Its top 17.7 mm are the notes zone (return
 * address and postal notes, 8 pt recommended); the address zone below starts at 62.7 mm and holds
 * at most six lines. Text starts 5 mm inside the field, on the 25 mm margin.
 */
export const DIN_5008_B = {
  field: { left: 20 * MM, top: 45 * MM, width: 85 * MM, height: 45 * MM },
  addressZoneTop: 62.7 * MM,
  textLeft: 25 * MM,
  maxAddressLines: 6,
  /** The return line's glyphs stay within the 5 mm above the address zone. */
  returnLineHeight: 5 * MM,
} as const;

/** The recipient on US Letter: on the 1 in margin, inside the #10 window band. The USPS sets no line limit. */
export const LETTER_ADDRESS_WINDOW: AddressWindow = {
  x: 1 * INCH,
  top: LETTER_WINDOW_BAND.top,
  bottom: LETTER_WINDOW_BAND.bottom,
  width: LETTER_WINDOW_BAND.right - 1 * INCH,
  maxLines: Number.POSITIVE_INFINITY,
};

/** The recipient on A4: DIN 5008 form B's address zone, cut to the DL window band (its right 5 mm may hide). */
export const A4_ADDRESS_WINDOW: AddressWindow = {
  x: DIN_5008_B.textLeft,
  top: Math.max(DIN_5008_B.addressZoneTop, A4_WINDOW_BAND.top),
  bottom: Math.min(DIN_5008_B.field.top + DIN_5008_B.field.height, A4_WINDOW_BAND.bottom),
  width: Math.min(DIN_5008_B.field.left + DIN_5008_B.field.width, A4_WINDOW_BAND.right) - DIN_5008_B.textLeft,
  maxLines: DIN_5008_B.maxAddressLines,
  returnLine: {
    x: DIN_5008_B.textLeft,
    width: Math.min(DIN_5008_B.field.left + DIN_5008_B.field.width, A4_WINDOW_BAND.right) - DIN_5008_B.textLeft,
    height: DIN_5008_B.returnLineHeight,
  },
};

/*
 * The right-hand window of French and Spanish letters. La Poste and Correos sort by machine and
 * set no window position of their own; the window envelopes sold in both countries for A4 folded in
 * three carry a 45 × 100 mm window on the right, 20 mm from the right edge and 15 mm from the
 * bottom (DIN 680's left window, mirrored), on the DL size (110 × 220 mm, ISO 269) and, in Spain,
 * also on the "sobre americano" of 115 × 225 mm. The address goes where both show it.
 */

/** The DL window envelope with the window on the right: 110 × 220 mm, window 45 × 100 mm, 20 mm from the right and 15 mm from the bottom edge. */
export const DL_RIGHT_WINDOW_ENVELOPE: WindowEnvelope = {
  width: 220 * MM,
  height: 110 * MM,
  window: { left: (220 - 20 - 100) * MM, bottom: 15 * MM, width: 100 * MM, height: 45 * MM },
};

/** Spain's "sobre americano", 115 × 225 mm, with the same right-hand window (45 × 100 mm, 20 mm from the right, 15 mm from the bottom). */
export const AMERICANO_RIGHT_WINDOW_ENVELOPE: WindowEnvelope = {
  width: 225 * MM,
  height: 115 * MM,
  window: { left: (225 - 20 - 100) * MM, bottom: 15 * MM, width: 100 * MM, height: 45 * MM },
};

/** A4 folded in three equal panels (297 ÷ 3 = 99 mm), as French and Spanish letters are folded for a DL envelope. */
export const A4_IN_THIRDS: FoldedSheet = { width: 210 * MM, panel: 99 * MM };

/** The part of the sheet two bands both show: what shows through either envelope wherever the sheet rests. */
export function commonBand(a: SheetArea, b: SheetArea): SheetArea {
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

/**
 * What of an A4 sheet in thirds shows through a right-hand window wherever it rests, in the DL
 * envelope (50 to 84 mm down, 100 to 190 mm across) and in the 115 × 225 mm one (55 to 84 mm down,
 * 105 to 190 mm across): 55 to 84 mm down, 105 to 190 mm across.
 */
export const A4_RIGHT_WINDOW_BAND: SheetArea = commonBand(
  windowBand(DL_RIGHT_WINDOW_ENVELOPE, A4_IN_THIRDS),
  windowBand(AMERICANO_RIGHT_WINDOW_ENVELOPE, A4_IN_THIRDS),
);

/**
 * The recipient on A4 in France and Spain: 5 mm inside the right-hand window band (110 mm from the
 * left edge, as French mailing houses place the address frame), from its top at 55 mm down to its
 * bottom at 84 mm, 80 mm wide, up to the text margin at 190 mm; six lines at most (La Poste's rule
 * for an address, AFNOR XP Z10-011). No return line: the sender's block is on the left.
 */
export const A4_RIGHT_ADDRESS_WINDOW: AddressWindow = {
  x: A4_RIGHT_WINDOW_BAND.left + 5 * MM,
  top: A4_RIGHT_WINDOW_BAND.top,
  bottom: A4_RIGHT_WINDOW_BAND.bottom,
  width: A4_RIGHT_WINDOW_BAND.right - (A4_RIGHT_WINDOW_BAND.left + 5 * MM),
  maxLines: 6,
};
