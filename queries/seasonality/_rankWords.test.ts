/**
 * The seasonality page's claims say what each test tests: a gap between two seasonal means is backed by its Welch
 * interval, and the Kruskal–Wallis test is reported as a comparison of the seasons' distributions (ranks), never as
 * the significance of the mean gap printed beside it; ε² is a share of the variance of the ranks.
 */
import {describe, expect, it} from "vitest";

import type {TextModule} from "../../pipeline/narrative.js";
import {text as complexityText} from "./seasonality_complexity.text.js";
import {text as duration} from "./seasonality_duration.text.js";
import {text as nutrition} from "./seasonality_nutrition.text.js";

const complexity: TextModule = complexityText;

const MODULES: Array<[string, TextModule]> = [
  ["seasonality_duration", duration],
  ["seasonality_complexity", complexity],
  ["seasonality_nutrition", nutrition]
];

/** The claim templates (not keys of figures, tiles or axes) of a module, with their key. */
function claimTemplates(module: TextModule): Array<[string, string, string]> {
  return (["en", "fr"] as const).flatMap((locale) =>
    Object.entries(module[locale])
      .filter(([key]) => /(^|\.)(not_)?significant(#tie)?$/.test(key) && !key.startsWith("axis."))
      .map(([key, template]): [string, string, string] => [locale, key, template])
  );
}

describe.each(MODULES)("%s", (_name, module) => {
  it("never calls a Kruskal–Wallis result the significance of a gap: it speaks of the seasons' ranks", () => {
    const bad = claimTemplates(module).filter(
      ([, , t]) =>
        t.includes("H = {H") &&
        (!/\branks?\b|\brangs\b/.test(t) ||
          /significant \(|significative \(|significatif \(|difference significative|différence significative \(/.test(
            t
          ))
    );
    expect(bad.map(([locale, key]) => `${locale} ${key}`)).toEqual([]);
  });

  it("gives each mean gap its Welch interval, named as such", () => {
    const bad = claimTemplates(module).filter(([, , t]) => t.includes("{gapLower") && !t.includes("Welch"));
    expect(bad.map(([locale, key]) => `${locale} ${key}`)).toEqual([]);
  });

  it("says ε² is a share of the variance of the ranks, in the method and wherever a claim prints it", () => {
    for (const locale of ["en", "fr"] as const) {
      expect(module[locale].method).toMatch(locale === "en" ? /variance of the ranks/ : /variance des rangs/);
      for (const [l, key, t] of claimTemplates(module))
        if (l === locale && t.includes("ε²")) expect(t, `${locale} ${key}`).toMatch(/ranks|rangs/);
    }
  });
});

it("gives the complexity, steps and ingredients gaps their interval, as duration and calories have", () => {
  for (const locale of ["en", "fr"] as const)
    for (const key of ["score.significant", "steps.significant", "ingredients.significant"])
      expect(complexity[locale][key], `${locale} ${key}`).toMatch(/\{gapLower\|.*\{gapUpper\|/);
});
