/** Lengths in PDF points (1/72 in), the unit every layout in this package is worked out in. */

/** Points per inch. */
export const INCH = 72;
/** Points per millimetre. */
export const MM = 72 / 25.4;

/** Points to twentieths of a point ("twips"), the unit Word stores lengths in, rounded to whole twips. */
export function twips(points: number): number {
  return Math.round(points * 20);
}
