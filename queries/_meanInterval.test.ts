import {describe, expect, it} from "vitest";

import {expectClose} from "../pipeline/stats/testing/close.js";
import {pairwiseLevel} from "./_meanInterval.js";

describe("pairwiseLevel", () => {
  it("shares the error rate among the k(k − 1)/2 pairs (Bonferroni)", () => {
    // Four seasons: 6 pairs, each at 1 − 0.05/6; two groups are one pair, at the family's own level.
    expectClose(pairwiseLevel(0.95, 4), 1 - 0.05 / 6);
    expectClose(pairwiseLevel(0.95, 7), 1 - 0.05 / 21);
    expectClose(pairwiseLevel(0.95, 2), 0.95);
  });

  it("refuses a family of fewer than two groups, which has no pair", () => {
    expect(() => pairwiseLevel(0.95, 1)).toThrow(/need at least 2/);
    expect(() => pairwiseLevel(0.95, 2.5)).toThrow(/invalid groups/);
  });
});
