import {describe, expect, it} from "vitest";

import {rank, tieTerm} from "./ranks.js";

describe("rank", () => {
  it("averages tied ranks like scipy.stats.rankdata (docs example)", () => {
    // scipy docs: rankdata([0, 2, 3, 2]) → [1. , 2.5, 4. , 2.5].
    expect(rank([0, 2, 3, 2])).toEqual([1, 2.5, 4, 2.5]);
    expect(rank([10, 20, 10, 30])).toEqual([1.5, 3, 1.5, 4]);
  });

  it("handles a three-way tie, negatives, and the trivial cases", () => {
    // The tie at 5 spans positions 2..4 → (2 + 3 + 4)/3 = 3.
    expect(rank([5, -1, 5, 5, 9])).toEqual([3, 1, 3, 3, 5]);
    expect(rank([])).toEqual([]);
    expect(rank([42])).toEqual([1]);
    expect(rank([7, 7, 7])).toEqual([2, 2, 2]);
  });

  it("sums to n(n + 1)/2 whatever the ties", () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    expect(rank(values).reduce((s, r) => s + r, 0)).toBe((11 * 12) / 2);
  });

  it("rejects NaN", () => {
    expect(() => rank([1, Number.NaN])).toThrow("invalid values[1]");
  });
});

describe("tieTerm", () => {
  it("sums t³ − t over tie groups", () => {
    // Ties: 1×2 → 8 − 2 = 6; 3×3 → 27 − 3 = 24; singletons add 0.
    expect(tieTerm([1, 1, 2, 3, 3, 3])).toBe(30);
    expect(tieTerm([1, 2, 3])).toBe(0);
  });

  it("rejects NaN", () => {
    expect(() => tieTerm([Number.NaN])).toThrow("invalid values[0]");
  });
});
