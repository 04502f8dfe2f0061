import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat, LineRuleType } from "docx";
import { ADDRESS_STYLES, RETURN_LINE } from "../internal/address-styles.js";
import { twips } from "../internal/units.js";
import {
  BODY,
  HEADING,
  HEADING_GAP,
  LIST_ITEM_GAP,
  PARAGRAPH_GAP,
  LIST_INDENT as PDF_LIST_INDENT,
} from "../pdf/body-spacing.js";

/** Paragraph style ids: every paragraph of the letter names one; none is formatted by hand. */
export const STYLE = {
  sender: "AfterviewSender",
  date: "AfterviewDate",
  recipient: "AfterviewRecipient",
  recipientCompact: "AfterviewRecipientCompact",
  returnLine: "AfterviewReturnLine",
  windowDate: "AfterviewWindowDate",
  subject: "AfterviewSubject",
  salutation: "AfterviewSalutation",
  body: "AfterviewBody",
  heading: "AfterviewHeading",
  listBullet: "AfterviewListBullet",
  listNumber: "AfterviewListNumber",
  listBulletLast: "AfterviewListBulletLast",
  listNumberLast: "AfterviewListNumberLast",
  closing: "AfterviewClosing",
  signature: "AfterviewSignature",
} as const;

/** Numbering definitions for the two kinds of list. */
export const LIST = { bullet: "afterview-bullet", number: "afterview-number" } as const;

// Sizes in half-points and spacing in twentieths of a point, as Word stores them; the PDF's.
const BODY_SIZE = BODY.size * 2;
const HEADING_SIZE = HEADING.size * 2;
const ADDRESS_SIZE = 20; // 10 pt
// At least the PDF's pitch: exactly it for Calibri (whose single spacing is less), more for a taller font, never clipped.
const LINE = { line: twips(BODY.leading), lineRule: LineRuleType.AT_LEAST };
const PARAGRAPH_AFTER = twips(PARAGRAPH_GAP);
const LIST_ITEM_AFTER = twips(LIST_ITEM_GAP);
const LIST_INDENT = twips(PDF_LIST_INDENT);
const SIGNATURE_SPACE = 900; // 45 pt to sign in

/** The space above the subject line, in points. */
export const SUBJECT_SPACE_BEFORE = (PARAGRAPH_AFTER * 2) / 20;

/**
 * The letter's style sheet, defined once in the document: a base font and size, and one named
 * paragraph style per part of a letter, so the person editing it restyles a part in one place.
 * The recipient's lines have exact heights, the PDF's, so they fill the envelope window as there.
 *
 * @param dateAlignment where the date sits in its box at the head of a window-envelope letter.
 */
export function letterStyles(dateAlignment: "left" | "right"): IStylesOptions {
  return {
    default: {
      document: { run: { font: "Calibri", size: BODY_SIZE }, paragraph: { spacing: { after: 0, ...LINE } } },
    },
    paragraphStyles: [
      {
        id: STYLE.body,
        name: "Letter Body",
        basedOn: "Normal",
        next: STYLE.body,
        quickFormat: true,
        paragraph: { spacing: { after: PARAGRAPH_AFTER } },
      },
      {
        id: STYLE.sender,
        name: "Letter Sender",
        basedOn: "Normal",
        next: STYLE.sender,
        quickFormat: true,
        run: { size: ADDRESS_SIZE },
        paragraph: { spacing: { line: 240 } },
      },
      {
        id: STYLE.date,
        name: "Letter Date",
        basedOn: "Normal",
        next: STYLE.recipient,
        quickFormat: true,
        paragraph: { spacing: { before: PARAGRAPH_AFTER * 2, after: PARAGRAPH_AFTER * 2 } },
      },
      {
        id: STYLE.windowDate,
        name: "Letter Date (window envelope)",
        basedOn: STYLE.date,
        next: STYLE.windowDate,
        quickFormat: true,
        paragraph: {
          alignment: dateAlignment === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { before: 0, after: 0 },
        },
      },
      {
        id: STYLE.recipient,
        name: "Letter Recipient",
        basedOn: STYLE.sender,
        next: STYLE.recipient,
        quickFormat: true,
        paragraph: { spacing: { line: twips(ADDRESS_STYLES.regular.leading), lineRule: LineRuleType.EXACT } },
      },
      {
        id: STYLE.recipientCompact,
        name: "Letter Recipient (compact)",
        basedOn: STYLE.recipient,
        next: STYLE.recipientCompact,
        quickFormat: true,
        run: { size: ADDRESS_STYLES.compact.size * 2 },
        paragraph: { spacing: { line: twips(ADDRESS_STYLES.compact.leading), lineRule: LineRuleType.EXACT } },
      },
      {
        id: STYLE.returnLine,
        name: "Letter Return Line",
        basedOn: "Normal",
        next: STYLE.recipient,
        quickFormat: true,
        run: { size: RETURN_LINE.size * 2 },
        paragraph: {
          spacing: { line: twips(RETURN_LINE.leading), lineRule: LineRuleType.EXACT, after: twips(RETURN_LINE.gap) },
        },
      },
      {
        id: STYLE.subject,
        name: "Letter Subject",
        basedOn: STYLE.body,
        next: STYLE.salutation,
        quickFormat: true,
        run: { bold: true },
        paragraph: { spacing: { before: PARAGRAPH_AFTER * 2 } },
      },
      { id: STYLE.salutation, name: "Letter Salutation", basedOn: STYLE.body, next: STYLE.body, quickFormat: true },
      {
        id: STYLE.heading,
        name: "Letter Heading",
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: { bold: true, size: HEADING_SIZE },
        // Nothing above: the paragraph or list before ends with its own space, as in the PDF.
        paragraph: {
          keepNext: true,
          spacing: {
            before: 0,
            after: twips(HEADING_GAP),
            line: twips(HEADING.leading),
            lineRule: LineRuleType.AT_LEAST,
          },
        },
      },
      {
        id: STYLE.listBullet,
        name: "Letter List Bullet",
        basedOn: STYLE.body,
        next: STYLE.listBullet,
        quickFormat: true,
        paragraph: { spacing: { after: LIST_ITEM_AFTER } },
      },
      {
        id: STYLE.listNumber,
        name: "Letter List Number",
        basedOn: STYLE.body,
        next: STYLE.listNumber,
        quickFormat: true,
        paragraph: { spacing: { after: LIST_ITEM_AFTER } },
      },
      // A list's last item is followed by a paragraph's space, as in the PDF: a style of its own, as
      // no paragraph is formatted by hand. Enter after it starts another item.
      {
        id: STYLE.listBulletLast,
        name: "Letter List Bullet (last item)",
        basedOn: STYLE.listBullet,
        next: STYLE.listBullet,
        quickFormat: true,
        paragraph: { spacing: { after: PARAGRAPH_AFTER } },
      },
      {
        id: STYLE.listNumberLast,
        name: "Letter List Number (last item)",
        basedOn: STYLE.listNumber,
        next: STYLE.listNumber,
        quickFormat: true,
        paragraph: { spacing: { after: PARAGRAPH_AFTER } },
      },
      {
        id: STYLE.closing,
        name: "Letter Closing",
        basedOn: STYLE.body,
        next: STYLE.signature,
        quickFormat: true,
        paragraph: { keepNext: true, keepLines: true, spacing: { after: SIGNATURE_SPACE } },
      },
      {
        id: STYLE.signature,
        name: "Letter Signature",
        basedOn: "Normal",
        next: STYLE.signature,
        quickFormat: true,
        paragraph: { keepNext: true },
      },
    ],
  };
}

/** The style sheet of a US Letter, whose date is right-aligned at the head. */
export const LETTER_STYLES: IStylesOptions = letterStyles("right");

/** Bulleted and numbered lists, indented as in the PDF (16 pt) with a hanging marker. */
export const LETTER_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: LIST.bullet,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: "\u2022",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: LIST_INDENT, hanging: LIST_INDENT } } },
        },
      ],
    },
    {
      reference: LIST.number,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: "%1.",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: LIST_INDENT, hanging: LIST_INDENT } } },
        },
      ],
    },
  ],
};
