/*
 * Inline styles that survive email clients (Gmail and Outlook drop <style> blocks and classes):
 * system fonts, px sizes, margins on each element, no external resources.
 */

/** The wrapper: a readable measure and type. */
export const WRAPPER_STYLE =
  "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:640px";
/** Paragraphs, the date, the salutation and the closing. */
export const PARAGRAPH_STYLE = "margin:0 0 16px";
/** Address blocks: upright, not italic as browsers show `<address>` by default. */
export const ADDRESS_STYLE = "font-style:normal;margin:0 0 16px";
/** A script's title. */
export const TITLE_STYLE = "font-size:22px;line-height:1.3;margin:0 0 16px";
/** Section headings. */
export const HEADING_STYLE = "font-size:18px;line-height:1.3;margin:24px 0 8px";
/** Lists. */
export const LIST_STYLE = "margin:0 0 16px;padding:0 0 0 24px";
/** List items. */
export const ITEM_STYLE = "margin:0 0 4px";
