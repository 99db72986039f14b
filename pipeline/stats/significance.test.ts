import {describe, expect, it} from "vitest";

import {isSignificant} from "./significance.js";

describe("isSignificant", () => {
  it("is p < alpha, strictly", () => {
    expect(isSignificant(0.049)).toBe(true);
    expect(isSignificant(0.05)).toBe(false);
    expect(isSignificant(0.009, 0.01)).toBe(true);
    expect(isSignificant(0)).toBe(true);
  });

  it("rejects p outside [0, 1] and alpha outside (0, 1)", () => {
    expect(() => isSignificant(1.2)).toThrow("invalid p");
    expect(() => isSignificant(Number.NaN)).toThrow("invalid p");
    expect(() => isSignificant(0.5, 0)).toThrow("invalid alpha");
  });
});
