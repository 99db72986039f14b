/**
 * How the generator splits the recipes into batches for their wide columns (lists and texts): contiguous id ranges
 * of about a given size, cut between years or inside a large year, never inside a small one, whose modelled items
 * are drawn by a walk over the whole year (lists.sql.ts).
 */
import {SMALL_YEAR} from "./lists.sql.js";

/** The recipes of one posting year: `lo` ≤ i < `hi`. */
export interface Span {
  lo: number;
  hi: number;
}

/**
 * Batches of about `size` recipes covering the years' spans in order. A small year (fewer than SMALL_YEAR recipes)
 * stays whole, so a batch can pass `size` by less than SMALL_YEAR; a large one is cut anywhere.
 */
export function recipeBatches(years: readonly Span[], size: number): Span[] {
  if (!Number.isSafeInteger(size) || size < 1) throw new Error(`invalid batch size: ${size}`);
  const batches: Span[] = [];
  let start = 0;
  let expected = 0;
  for (const {lo, hi} of years) {
    // Ids grow with posting dates, so each year is one range and the years follow each other.
    if (lo !== expected || hi <= lo) throw new Error(`recipe years are not contiguous id ranges at ${lo}-${hi}`);
    expected = hi;
    if (hi - lo < SMALL_YEAR) {
      if (hi - start > size && lo > start) {
        batches.push({lo: start, hi: lo});
        start = lo;
      }
      if (hi - start >= size) {
        batches.push({lo: start, hi});
        start = hi;
      }
    } else {
      while (start + size <= hi) {
        batches.push({lo: start, hi: start + size});
        start += size;
      }
    }
  }
  if (start < expected) batches.push({lo: start, hi: expected});
  return batches;
}
