import chiSquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";
import normalCdfStdlib from "@stdlib/stats-base-dists-normal-cdf";
import {describe, expect, it} from "vitest";

import {chiSquareSf, fSf, normalCdf, normalQuantile, studentTCdf, tQuantile, tTwoSidedPValue} from "./distributions.js";
import {expectClose} from "./testing/close.js";

// Critical values below are the usual table values (10 significant digits), so they hit α = 0.05 only to ~1e-9.
describe("p-values at tabulated critical values", () => {
  it("t(10) at 2.228138852 is p = 0.05 two-sided", () => {
    expectClose(tTwoSidedPValue(2.228138852, 10), 0.05, 1e-8);
    expectClose(tTwoSidedPValue(-2.228138852, 10), 0.05, 1e-8);
  });

  it("χ²(1) at 3.841458821 is p = 0.05", () => {
    expectClose(chiSquareSf(3.841458821, 1), 0.05, 1e-8);
  });

  it("F(2, 12) at 3.885293835 is p = 0.05", () => {
    expectClose(fSf(3.885293835, 2, 12), 0.05, 1e-8);
  });

  it("normal 1.959963984540054 is the 97.5 % point", () => {
    expectClose(normalCdf(1.959963984540054), 0.975, 1e-12);
    expectClose(normalQuantile(0.975), 1.959963984540054, 1e-12);
  });
});

describe("tTwoSidedPValue and studentTCdf", () => {
  it("match the closed forms for df = 1 (Cauchy) and df = 3", () => {
    // df = 1: P(|T| ≥ t) = 1 − (2/π)·atan(t).
    for (const t of [0.1, 1, 3.5, 40]) expectClose(tTwoSidedPValue(t, 1), 1 - (2 / Math.PI) * Math.atan(t), 1e-12);
    // df = 3: F(t) = 1/2 + (1/π)·(u/(1 + u²) + atan u), u = t/√3; at t = √3, p = 2(1 − F) = 1/2 − 1/π.
    expectClose(tTwoSidedPValue(Math.sqrt(3), 3), 0.5 - 1 / Math.PI, 1e-12);
    expectClose(studentTCdf(Math.sqrt(3), 3), 0.75 + 1 / (2 * Math.PI), 1e-12);
  });

  it("keeps digits far in the tail", () => {
    // df = 1 tail: 1 − (2/π)atan(t) = (2/π)·atan(1/t), evaluated without cancellation.
    expectClose(tTwoSidedPValue(1e8, 1), (2 / Math.PI) * Math.atan(1e-8), 1e-9);
    expect(tTwoSidedPValue(0, 5)).toBe(1);
  });

  it("rejects bad arguments", () => {
    expect(() => tTwoSidedPValue(1, 0)).toThrow("invalid df");
    expect(() => tTwoSidedPValue(Number.NaN, 3)).toThrow("invalid t");
    expect(() => studentTCdf(1, -1)).toThrow("invalid df");
  });
});

describe("tQuantile", () => {
  it("matches table values (scipy.stats.t.ppf, scipy 1.17.1)", () => {
    expectClose(tQuantile(0.975, 10), 2.228138851986274, 1e-12);
    expectClose(tQuantile(0.975, 9), 2.262157162798205, 1e-12);
    expectClose(tQuantile(0.975, 5 / 3), 5.2422651305838315, 1e-11);
    expectClose(tQuantile(0.995, 4.5), 4.272823993011293, 1e-11);
    expectClose(tQuantile(0.001, 30), -3.385184866829305, 1e-11);
    expectClose(tQuantile(0.9, 1e6), 1.281552412129939, 1e-9);
  });

  it("inverts the closed forms for df = 1 and df = 2", () => {
    // df = 1: tan(π(p − ½)); df = 2: (2p − 1)/√(2p(1 − p)).
    for (const p of [0.01, 0.3, 0.9, 0.999]) {
      expectClose(tQuantile(p, 1), Math.tan(Math.PI * (p - 0.5)), 1e-12);
      expectClose(tQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-12);
    }
    expect(tQuantile(0.5, 7)).toBe(0);
  });

  it("round-trips through the CDF", () => {
    for (const df of [1.5, 4, 30]) {
      for (const p of [1e-6, 0.05, 0.6, 0.99]) expectClose(studentTCdf(tQuantile(p, df), df), p, 1e-11);
    }
  });

  it("rejects p outside (0, 1) and df ≤ 0", () => {
    expect(() => tQuantile(0, 5)).toThrow("invalid p");
    expect(() => tQuantile(1, 5)).toThrow("invalid p");
    expect(() => tQuantile(0.5, 0)).toThrow("invalid df");
    expect(() => normalQuantile(1)).toThrow("invalid p");
  });
});

describe("chiSquareSf", () => {
  it("matches closed forms, including far tails where 1 − CDF would be 0", () => {
    // df = 2: e^(−x/2); df = 4: e^(−x/2)(1 + x/2); df = 1: 2Φ(−√x) (stdlib normal CDF, an independent path).
    for (const x of [0.5, 3, 10, 60, 500]) {
      expectClose(chiSquareSf(x, 2), Math.exp(-x / 2), 1e-12);
      expectClose(chiSquareSf(x, 4), Math.exp(-x / 2) * (1 + x / 2), 1e-12);
      expectClose(chiSquareSf(x, 1), 2 * normalCdfStdlib(-Math.sqrt(x), 0, 1), 1e-11);
    }
  });

  it("agrees with 1 − stdlib CDF wherever that is accurate", () => {
    for (const df of [1, 2, 3, 5, 8, 20, 57]) {
      for (const x of [0.2, 1, df, df + 2, 2 * df + 3, 3 * df + 10]) {
        const reference = 1 - chiSquareCdf(x, df);
        if (reference > 1e-4) expectClose(chiSquareSf(x, df), reference, 1e-10);
      }
    }
  });

  it("reproduces the reference's Kruskal-Wallis p-value and scipy's tails (scipy 1.17.1 chi2.sf)", () => {
    // Reference §3.3: complexity score H = 173.357 on 3 df, "p 2.4e-37".
    expectClose(chiSquareSf(173.357, 3), 2.398282738413779e-37, 1e-10);
    expectClose(chiSquareSf(346.926, 3), 6.906869326535582e-75, 1e-10);
    expectClose(chiSquareSf(150, 57), 2.672346749772305e-10, 1e-10);
    expectClose(chiSquareSf(60.5, 57), 0.35067281220169033, 1e-10);
    expectClose(chiSquareSf(1000, 3), 1.7994208765314067e-216, 1e-10);
  });

  it("handles the edges and rejects bad arguments", () => {
    expect(chiSquareSf(0, 3)).toBe(1);
    expect(chiSquareSf(Infinity, 3)).toBe(0);
    expect(() => chiSquareSf(1, 1.5)).toThrow("invalid df");
    expect(() => chiSquareSf(1, 0)).toThrow("invalid df");
    expect(() => chiSquareSf(Number.NaN, 2)).toThrow("invalid x");
  });
});

describe("fSf", () => {
  it("matches the closed form for d1 = 2: (1 + 2x/d2)^(−d2/2)", () => {
    for (const [x, d2] of [
      [7.3, 9],
      [0.4, 3],
      [50, 20]
    ]) {
      expectClose(fSf(x, 2, d2), (1 + (2 * x) / d2) ** (-d2 / 2), 1e-12);
    }
  });

  it("equals the two-sided t p-value at F = t² with d1 = 1", () => {
    expectClose(fSf(13.5, 1, 4), tTwoSidedPValue(Math.sqrt(13.5), 4), 1e-12);
  });

  it("handles the edges and rejects bad arguments", () => {
    expect(fSf(0, 2, 3)).toBe(1);
    expect(fSf(Infinity, 2, 3)).toBe(0);
    expect(() => fSf(1, 0, 3)).toThrow("invalid d1");
    expect(() => fSf(1, 2, Number.NaN)).toThrow("invalid d2");
    expect(() => fSf(Number.NaN, 2, 3)).toThrow("invalid x");
  });
});
