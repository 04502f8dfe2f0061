import type { Measure } from "./line-break.js";
import type { LetterGeometry } from "./measures.js";

/** A line of text placed on a page: `x` is its left edge, `baseline` its distance from the top. */
export interface PlacedText {
  type: "text";
  x: number;
  baseline: number;
  size: number;
  text: string;
  /** Set in the bold face (the subject, headings); regular when absent. */
  bold?: true;
}

/** A short horizontal mark (fold or punch mark) from the left edge of the page. */
export interface PlacedMark {
  type: "mark";
  y: number;
  length: number;
}

/** Everything drawn on one page. */
export type LaidOutPage = (PlacedText | PlacedMark)[];

/** A font size and the distance between baselines, in points. */
export interface TextStyle {
  size: number;
  leading: number;
  /** Set in the bold face. */
  bold?: boolean;
}

/** A text's width in points at a size, in the bold face when `bold` (`pieces`: see `Measure` in line-break.ts). */
export type MeasureText = (text: string, size: number, pieces?: readonly string[], bold?: boolean) => number;

/**
 * The running state of a multi-page layout: the current page and how far down it is filled.
 * Lines that would cross the bottom margin go to a new page, which starts with `header(n)`.
 */
export class PageFlow {
  readonly pages: LaidOutPage[] = [[]];
  /** Top of the next line, from the top of the current page. */
  y: number;
  private fresh = true;

  constructor(
    readonly geometry: LetterGeometry,
    /** The font's ascent as a fraction of the size (where the baseline falls below a line's top). */
    private readonly ascent: number,
    private readonly header: (pageNumber: number) => string,
    readonly measure: MeasureText,
  ) {
    this.y = geometry.margin.top;
  }

  get page(): LaidOutPage {
    return this.pages.at(-1)!;
  }

  /** Room left on this page, in points. */
  get room(): number {
    return this.geometry.height - this.geometry.margin.bottom - this.y;
  }

  /** How many more lines of `style` fit on this page. */
  linesLeft(style: TextStyle): number {
    return Math.max(0, Math.floor((this.room + style.leading - style.size) / style.leading));
  }

  /** A width measure at one size (and weight), for the line breaker. */
  measureAt(size: number, bold?: boolean): Measure {
    return (text, pieces) => this.measure(text, size, pieces, bold);
  }

  /** Starts a new page with the continuation header (the recipient, the date and the page number). */
  newPage(): void {
    this.pages.push([]);
    const style = { size: 9, leading: 11 };
    this.y = this.geometry.margin.top;
    this.placeAt(this.header(this.pages.length), this.geometry.margin.left, this.y, style.size);
    this.y += style.leading * 3;
    this.fresh = true;
  }

  /** Places one line at the cursor, moving to a new page first when it does not fit. */
  line(text: string, x: number, style: TextStyle): void {
    if (this.linesLeft(style) < 1) this.newPage();
    this.placeAt(text, x, this.y, style.size, style.bold);
    this.y += style.leading;
    this.fresh = false;
  }

  /** Places text with its line box's top at `top`, anywhere on the current page. */
  placeAt(text: string, x: number, top: number, size: number, bold?: boolean): void {
    if (text === "") return;
    const baseline = top + this.ascent * size;
    this.page.push({ type: "text", x, baseline, size, text, ...(bold ? { bold: true as const } : {}) });
  }

  /** Moves the cursor down to `top` (when it is above it); the next line counts as a page's first. */
  moveTo(top: number): void {
    this.y = Math.max(this.y, top);
    this.fresh = true;
  }

  /** Vertical space between blocks, dropped at the top of a page. */
  gap(points: number): void {
    if (!this.fresh) this.y += points;
  }
}
