import {readdirSync, readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";

import {describe, expect, it} from "vitest";

import * as stats from "./index.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const sources = readdirSync(here).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

describe("pipeline/stats barrel", () => {
  it("exports the public API as named functions", () => {
    const expected = [
      "anovaOneWay",
      "anovaOneWayFromSummary",
      "chiSquare2x2",
      "chiSquareGoodnessOfFit",
      "chiSquareIndependence",
      "chiSquareSf",
      "coefficientOfVariation",
      "fSf",
      "fitMeanInterval",
      "fiveNumber",
      "holm",
      "isSignificant",
      "kruskalWallis",
      "kruskalWallisFromRanks",
      "mean",
      "meanInterval",
      "normalCdf",
      "normalQuantile",
      "ols",
      "pearson",
      "predict",
      "proportionDifferenceInterval",
      "proportionInterval",
      "quantile",
      "rank",
      "shapiroWilk",
      "slopeInterval",
      "spearman",
      "std",
      "studentTCdf",
      "tQuantile",
      "tTest2",
      "tTest2FromSummary",
      "tTwoSidedPValue",
      "tieTerm",
      "variance",
      "weightedMean",
      "weightedMeanInterval",
      "weightedPearson",
      "weightedSpearman",
      "weightedStd",
      "weightedVariance",
      "welchDifferenceInterval",
      "wls",
      "zScores"
    ];
    expect(Object.keys(stats).sort()).toEqual(expected.sort());
    for (const name of expected) expect(typeof (stats as Record<string, unknown>)[name]).toBe("function");
  });

  it("stays browser-safe: imports only sibling modules and @stdlib, touches no Node globals", () => {
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) {
      const text = readFileSync(here + file, "utf8");
      const specifiers = [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      for (const specifier of specifiers) expect(specifier, file).toMatch(/^(\.\/[\w]+\.js|@stdlib\/[\w-]+)$/);
      expect(text, file).not.toMatch(/\b(process|Buffer|require|__dirname)\b/);
      expect(text, file).not.toMatch(/export default/);
    }
  });
});
