/**
 * The vertical rhythm of a letter's body, in points, shared by the PDF layout and the .docx style
 * sheet so that a letter printed from either is spaced the same.
 */
import type { TextStyle } from "./page-flow.js";

/** Body text: 11 pt on 14.5 pt. */
export const BODY: TextStyle = { size: 11, leading: 14.5 };
/** The subject line: body size, in bold, so it reads as what the letter is about. */
export const SUBJECT: TextStyle = { ...BODY, bold: true };
/** Headings inside the body, in bold. */
export const HEADING: TextStyle = { size: 12.5, leading: 16, bold: true };

/** After a paragraph, and after a whole list. */
export const PARAGRAPH_GAP = 10;
/** Between two items of a list (the last item is followed by `PARAGRAPH_GAP`). */
export const LIST_ITEM_GAP = 3;
/** Below a heading, before what it heads (nothing is added above it: the block before ends with its gap). */
export const HEADING_GAP = 4;
/** How far a list item's text is indented; its bullet or number hangs at the margin. */
export const LIST_INDENT = 16;
