/**
 * Free-text search that ignores case and accents, so "sian" finds "Siân" and "ffion" finds
 * "FFION". Matching and highlighting use the same folding, so every entry that matches
 * shows where, and nothing is highlighted in an entry that does not match.
 */

const NON_ASCII = /[^\t\n\r -~]/;
const isAscii = (text: string) => !NON_ASCII.test(text);
const MARKS = /\p{M}/gu;

/** Lower-cases and strips accents. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Final sigma is the one context-dependent lower case; one form keeps whole-text and per-character folding equal.
  return isAscii(lower) ? lower : lower.normalize('NFD').replace(MARKS, '').replace(/ς/g, 'σ');
}

/** The words of a query, folded; empty when the query is blank. */
export function searchTerms(query: unknown): string[] {
  if (typeof query !== 'string') return [];
  const terms = fold(query).split(/\s+/).filter(Boolean);
  return [...new Set(terms)];
}

/** Every term occurs somewhere in the folded text. */
export function matchesTerms(folded: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!folded.includes(term)) return false;
  return true;
}

/** The folded text and, for each of its code units, where it came from in the original. */
function foldWithMap(text: string): { folded: string; starts: number[]; ends: number[] } {
  const lower = text.toLowerCase();
  if (isAscii(text)) {
    const starts = Array.from({ length: text.length }, (_, i) => i);
    return { folded: lower, starts, ends: starts.map((i) => i + 1) };
  }
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let position = 0;
  for (const char of text) {
    const part = fold(char);
    for (let i = 0; i < part.length; i++) {
      starts.push(position);
      ends.push(position + char.length);
    }
    folded += part;
    position += char.length;
  }
  return { folded, starts, ends };
}

/** A piece of text, marked when it is part of a match. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/** Splits text into plain and matching pieces for highlighting; the pieces join back to the text. */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  if (!terms.length || !text) return [{ text, match: false }];
  const { folded, starts, ends } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at !== -1) {
      ranges.push([starts[at]!, ends[at + term.length - 1]!]);
      at = folded.indexOf(term, at + term.length);
    }
  }
  if (!ranges.length) return [{ text, match: false }];
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: TextSegment[] = [];
  let cursor = 0;
  let [start, end] = ranges[0]!;
  const flush = () => {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    cursor = end;
  };
  for (const [nextStart, nextEnd] of ranges.slice(1)) {
    if (nextStart <= end) end = Math.max(end, nextEnd);
    else {
      flush();
      [start, end] = [nextStart, nextEnd];
    }
  }
  flush();
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
