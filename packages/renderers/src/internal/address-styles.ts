import type { AddressSize } from "./address-block.js";

/** A type size and the distance between baselines, in points. */
export interface AddressStyle {
  size: number;
  leading: number;
}

/**
 * The recipient's sizes in a window-envelope letter, PDF and Word alike: 10 pt on 12 pt (six
 * lines fill DIN 5008's 27.3 mm address zone, four the #10 window band), and for a crowded window
 * 8 pt on 9.6 pt (five lines in the #10 band). DIN 5008 puts 8 pt as the least for an address;
 * DejaVu Sans's capitals are then 2.1 mm tall, above the 2 mm Royal Mail asks of machine-read ones.
 */
export const ADDRESS_STYLES: Readonly<Record<AddressSize, AddressStyle>> = {
  regular: { size: 10, leading: 12 },
  compact: { size: 8, leading: 9.6 },
};

/** The one-line return address of DIN 5008 (8 pt, the size it recommends), `gap` points above the recipient. */
export const RETURN_LINE = { size: 8, leading: 10, gap: 2 } as const;
