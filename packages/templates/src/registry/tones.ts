/**
 * The voices every template is written in: `warm` (first names, friendly and personal), `formal`
 * (full names or a courtesy title, a business-letter register) and `brief` (the shortest version
 * that still does the job).
 */
export const TONES = ["warm", "formal", "brief"] as const;
/** One of {@link TONES}. */
export type Tone = (typeof TONES)[number];
