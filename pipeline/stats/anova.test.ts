import anova1 from "@stdlib/stats-anova1";
import {describe, expect, it} from "vitest";

import {anovaOneWay, anovaOneWayFromSummary} from "./anova.js";
import {tTest2} from "./tTest.js";
import {expectClose} from "./testing/close.js";

// Mussel shell (AAM) measurements from McDonald et al. (1991), the scipy.stats.f_oneway docs example.
const TILLAMOOK = [0.0571, 0.0813, 0.0831, 0.0976, 0.0817, 0.0859, 0.0735, 0.0659, 0.0923, 0.0836];
const NEWPORT = [0.0873, 0.0662, 0.0672, 0.0819, 0.0749, 0.0649, 0.0835, 0.0725];
const PETERSBURG = [0.0974, 0.1352, 0.0817, 0.1016, 0.0968, 0.1064, 0.105];
const MAGADAN = [0.1033, 0.0915, 0.0781, 0.0685, 0.0677, 0.0697, 0.0764, 0.0689];
const TVARMINNE = [0.0703, 0.1026, 0.0956, 0.0973, 0.1039, 0.1045];
const MUSSELS = [TILLAMOOK, NEWPORT, PETERSBURG, MAGADAN, TVARMINNE];

describe("anovaOneWayFromSummary", () => {
  it("matches a hand computation", () => {
    // [1, 2, 3] vs [4, 5, 6]: means 2 and 5, variances 1 and 1, grand mean 3.5.
    // SSB = 3·1.5² + 3·1.5² = 13.5; SSW = 2·1 + 2·1 = 4; F = (13.5/1)/(4/4) = 13.5 on (1, 4) df.
    // η² = 13.5/17.5; ω² = (13.5 − 1·1)/(17.5 + 1) = 12.5/18.5. scipy f_oneway → p 0.021311641128756713.
    const result = anovaOneWayFromSummary([
      {n: 3, mean: 2, variance: 1},
      {n: 3, mean: 5, variance: 1}
    ]);
    expectClose(result.F, 13.5, 1e-14);
    expect(result.dfBetween).toBe(1);
    expect(result.dfWithin).toBe(4);
    expectClose(result.ssBetween, 13.5, 1e-14);
    expectClose(result.ssWithin, 4, 1e-14);
    expectClose(result.etaSquared, 13.5 / 17.5, 1e-14);
    expectClose(result.omegaSquared, 12.5 / 18.5, 1e-14);
    expectClose(result.p, 0.021311641128756713, 1e-10);
  });

  it("is the Student t-test squared for two groups", () => {
    const anova = anovaOneWay([TILLAMOOK, NEWPORT]);
    const t = tTest2(TILLAMOOK, NEWPORT);
    expectClose(anova.F, t.t ** 2, 1e-12);
    expectClose(anova.p, t.p, 1e-10);
  });

  it("rejects < 2 groups, bad sizes or variances, N − k < 1 and zero within variance", () => {
    expect(() => anovaOneWayFromSummary([{n: 3, mean: 1, variance: 1}])).toThrow("invalid groups: length 1");
    expect(() =>
      anovaOneWayFromSummary([
        {n: 2.5, mean: 1, variance: 1},
        {n: 3, mean: 1, variance: 1}
      ])
    ).toThrow("invalid groups[0].n");
    expect(() =>
      anovaOneWayFromSummary([
        {n: 3, mean: 1, variance: -1},
        {n: 3, mean: 1, variance: 1}
      ])
    ).toThrow("invalid groups[0].variance");
    expect(() =>
      anovaOneWayFromSummary([
        {n: 3, mean: 1, variance: 1},
        {n: 3, mean: Infinity, variance: 1}
      ])
    ).toThrow("invalid groups[1].mean");
    expect(() =>
      anovaOneWayFromSummary([
        {n: 1, mean: 1, variance: 0},
        {n: 1, mean: 2, variance: 0}
      ])
    ).toThrow("N − k = 0");
    expect(() =>
      anovaOneWayFromSummary([
        {n: 3, mean: 1, variance: 0},
        {n: 3, mean: 2, variance: 0}
      ])
    ).toThrow("zero within-group variance");
  });
});

describe("anovaOneWay", () => {
  it("matches the scipy.stats.f_oneway docs example", () => {
    // f_oneway(tillamook, newport, petersburg, magadan, tvarminne) → F 7.121019471642447, p 0.0002812242314534544.
    const result = anovaOneWay(MUSSELS);
    expectClose(result.F, 7.121019471642447, 1e-12);
    expectClose(result.p, 0.0002812242314534544, 1e-9);
    expect(result.dfBetween).toBe(4);
    expect(result.dfWithin).toBe(34);
  });

  it("agrees with @stdlib/stats-anova1 on raw arrays", () => {
    const x = MUSSELS.flat();
    const factor = MUSSELS.flatMap((group, i) => group.map(() => `site${i}`));
    const theirs = anova1(x, factor);
    const ours = anovaOneWay(MUSSELS);
    expectClose(ours.F, theirs.statistic, 1e-10);
    expectClose(ours.p, theirs.pValue, 1e-8);
    expectClose(ours.ssBetween, theirs.treatment.ss, 1e-10);
    expectClose(ours.ssWithin, theirs.error.ss, 1e-10);
  });

  it("accepts a group of one (it adds nothing within)", () => {
    const result = anovaOneWay([[1, 2, 3], [10], [4, 5, 6]]);
    expect(result.dfWithin).toBe(4);
    expectClose(result.ssWithin, 4, 1e-14);
  });
});
