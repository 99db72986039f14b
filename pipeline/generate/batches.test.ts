import {describe, expect, it} from "vitest";

import {recipeBatches, type Span} from "./batches.js";
import {SMALL_YEAR} from "./lists.sql.js";

/** Consecutive year spans of the given sizes, from id 0. */
function years(...sizes: number[]): Span[] {
  let lo = 0;
  return sizes.map((n) => ({lo, hi: (lo += n)}));
}

/** Whether the batches cover [0, total) in order without gaps or overlaps. */
function covers(batches: Span[], total: number): boolean {
  return (
    batches.every((b, k) => b.lo === (k === 0 ? 0 : batches[k - 1].hi) && b.hi > b.lo) && batches.at(-1)?.hi === total
  );
}

describe("recipeBatches", () => {
  it("cuts large years into batches of the given size and keeps the remainder as the last batch", () => {
    const batches = recipeBatches(years(10_000, 25_000), 8000);
    expect(batches).toEqual([
      {lo: 0, hi: 8000},
      {lo: 8000, hi: 16_000},
      {lo: 16_000, hi: 24_000},
      {lo: 24_000, hi: 32_000},
      {lo: 32_000, hi: 35_000}
    ]);
  });

  it("never cuts a small year, so its systematic sampling sees the whole year", () => {
    const small = SMALL_YEAR - 1;
    const spans = years(small, small, 50_000, small);
    const batches = recipeBatches(spans, 1000);
    expect(covers(batches, spans.at(-1)!.hi)).toBe(true);
    for (const year of [spans[0], spans[1], spans[3]])
      expect(batches.some((b) => b.lo <= year.lo && year.hi <= b.hi)).toBe(true);
    // The large year is cut at the batch size.
    expect(batches.filter((b) => b.lo >= spans[2].lo && b.hi <= spans[2].hi).every((b) => b.hi - b.lo <= 1000)).toBe(
      true
    );
  });

  it("groups small years up to the batch size and starts a new batch rather than overfill one", () => {
    expect(recipeBatches(years(100, 200, 300, 400), 350)).toEqual([
      {lo: 0, hi: 300},
      {lo: 300, hi: 600},
      {lo: 600, hi: 1000}
    ]);
    // One batch when everything fits.
    expect(recipeBatches(years(100, 200, 300, 400), 5000)).toEqual([{lo: 0, hi: 1000}]);
  });

  it("refuses years that are not consecutive id ranges from 0, and a batch size below 1", () => {
    expect(() =>
      recipeBatches(
        [
          {lo: 0, hi: 10},
          {lo: 11, hi: 20}
        ],
        5
      )
    ).toThrow(/contiguous/);
    expect(() => recipeBatches([{lo: 5, hi: 10}], 5)).toThrow(/contiguous/);
    expect(() => recipeBatches([{lo: 0, hi: 0}], 5)).toThrow(/contiguous/);
    expect(() => recipeBatches(years(10), 0)).toThrow(/batch size/);
  });
});
