import type { Document } from "@afterview/templates";

/**
 * The instant stamped into a file's metadata: midnight UTC of `doc.isoDate` (already checked to
 * be a calendar date) or, without one, 1970-01-01. Never the clock, so the same document always
 * gives the same bytes.
 */
export function documentDate(doc: Document): Date {
  if (!doc.isoDate) return new Date(0);
  const [year, month, day] = doc.isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}
