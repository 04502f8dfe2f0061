import type { Document } from "@afterview/templates";
import { documentDate } from "../internal/document-date.js";
import type { PdfMetadata } from "./draw-pdf.js";

/**
 * The PDF's metadata for a document. The dates are the document's own date (`isoDate`, midnight
 * UTC) or, without one, the Unix epoch: never the clock, so the bytes do not change between runs.
 */
export function pdfMetadata(doc: Document, fallbackTitle: string): PdfMetadata {
  const title = doc.subject || fallbackTitle;
  const author = doc.from?.name || doc.from?.lines[0];
  return {
    title,
    ...(author ? { author } : {}),
    ...(doc.subject ? { subject: doc.subject } : {}),
    language: doc.locale,
    date: documentDate(doc),
  };
}
