import type { DraftPosition } from "../types.js";

/** Where a finding sits in the draft; the public {@link DraftPosition}. */
export type TextPosition = DraftPosition;

/** Offsets where each line of `text` starts; the first is always 0. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 10) starts.push(i + 1);
    else if (char === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The 0-based line that holds `offset`, by binary search over `starts`. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The position of the span `start`–`end`, with its line and column. */
export function positionOf(starts: readonly number[], start: number, end: number): TextPosition {
  const line = lineIndexAt(starts, start);
  return { start, end, line: line + 1, column: start - starts[line]! + 1 };
}
