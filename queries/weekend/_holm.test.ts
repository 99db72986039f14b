import {describe, expect, it} from "vitest";

import {expectAllClose} from "../../pipeline/stats/testing/close.js";
import {holm} from "./_holm.js";

describe("holm", () => {
  it("matches a hand computation (R: p.adjust(c(0.01, 0.04, 0.03, 0.005), 'holm'))", () => {
    // Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → running max keeps 0.06.
    expectAllClose(holm([0.01, 0.04, 0.03, 0.005]), [0.03, 0.06, 0.06, 0.02], 1e-12);
  });

  it("caps at 1, keeps ties in input order and accepts an empty family", () => {
    // 0.3·3 = 0.9, 0.3·2 = 0.6 → 0.9 (running max), 0.5·1 = 0.5 → 0.9.
    expectAllClose(holm([0.5, 0.3, 0.3]), [0.9, 0.9, 0.9], 1e-12);
    expect(holm([0.6, 0.7])).toEqual([1, 1]);
    expect(holm([])).toEqual([]);
  });

  it("rejects values that are not probabilities", () => {
    expect(() => holm([0.1, 1.5])).toThrow("invalid pValues[1]: 1.5");
    expect(() => holm([Number.NaN])).toThrow("invalid pValues[0]");
  });
});
