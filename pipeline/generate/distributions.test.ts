import {describe, expect, it} from "vitest";

import {
  FIRST_RATING,
  LAST_RATING,
  MEAN_RECIPE_YEAR,
  RECIPES_PER_SEASON,
  RECIPES_PER_YEAR,
  ratingDays,
  seasonOfMonth,
  submissionDays
} from "./calendar.js";
import {
  latentThresholds,
  logistic,
  normalCdf,
  normalQuantile,
  probabilities,
  shiftedMean,
  solveDrift,
  solveShift
} from "./distributions.js";
import {MODELLED_INGREDIENTS, tailIngredients} from "./ingredients.js";
import {INGREDIENTS_PMF, measureShifts, minutesPmf, STEPS_PMF} from "./measures.js";
import {interactionCounts, monthRatingShifts, ratingSensitivity, userActivityScale} from "./ratings.js";
import {pythonRepr, saltConstant, sqlNumber, valuesTable} from "./sql.js";
import {MODELLED_TAGS, tailTags} from "./tags.js";
import {modelledRows} from "./vocabulary.js";

describe("normal distribution", () => {
  it("has the textbook CDF and quantiles", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-3)).toBeCloseTo(0.0013499, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
    for (const p of [0.01, 0.2, 0.5, 0.9, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
    expect(() => normalQuantile(1)).toThrow("invalid probability");
  });
});

describe("latent shifts", () => {
  it("cut a standard normal into the pmf's probabilities", () => {
    const cuts = latentThresholds(STEPS_PMF);
    const probs = probabilities(STEPS_PMF);
    expect(cuts).toHaveLength(STEPS_PMF.values.length);
    expect(normalCdf(cuts[1].lower)).toBeCloseTo(probs[0], 7);
    expect(shiftedMean(STEPS_PMF, 0)).toBeCloseTo(
      STEPS_PMF.values.reduce((s, v, i) => s + v * probs[i], 0),
      6
    );
  });

  it("solve for a target mean", () => {
    for (const target of [8, 9.2, 11])
      expect(shiftedMean(STEPS_PMF, solveShift(STEPS_PMF, target))).toBeCloseTo(target, 6);
    expect(() => solveShift(STEPS_PMF, 30)).toThrow("invalid target mean");
  });

  it("give falling yearly minutes and Autumn longer than Summer", () => {
    const shifts = measureShifts("minutes");
    const at = (year: number, season: string) =>
      shifts.find((s) => s.year === year && s.season === season)?.shift ?? NaN;
    expect(at(2003, "Summer")).toBeGreaterThan(at(2013, "Summer"));
    expect(at(2007, "Autumn")).toBeGreaterThan(at(2007, "Summer"));
  });

  it("keep enough mass on the cleaning bounds to pin the 2.5-97.5 % quantiles", () => {
    const minutes = probabilities(minutesPmf());
    const steps = probabilities(STEPS_PMF);
    const ingredients = probabilities(INGREDIENTS_PMF);
    expect(minutes.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
    expect(
      Math.min(steps[0], steps[steps.length - 1], ingredients[0], ingredients[ingredients.length - 1])
    ).toBeGreaterThan(0.01);
  });
});

describe("logit drifts", () => {
  const years = [
    {year: 1999, weight: 1000},
    {year: 2007, weight: 30000},
    {year: 2018, weight: 150}
  ];
  const mean = (a: number, b: number) =>
    years.reduce((s, y) => s + y.weight * logistic(a + b * (y.year - 2007)), 0) / 31150;

  it("hit the overall share and the first-to-last change", () => {
    const {intercept, slope} = solveDrift(years, 2007, 0.3, -0.4);
    expect(mean(intercept, slope)).toBeCloseTo(0.3, 6);
    expect(logistic(intercept + slope * 11) - logistic(intercept - slope * 8)).toBeCloseTo(-0.4, 4);
  });

  it("fit a steep fall like the dietary tag's (share 0.717, −0.596)", () => {
    const {intercept, slope} = solveDrift(years, 2007, 0.717, -0.596);
    expect(mean(intercept, slope)).toBeCloseTo(0.717, 6);
    expect(logistic(intercept + slope * 11) - logistic(intercept - slope * 8)).toBeCloseTo(-0.596, 4);
  });
});

describe("SQL text", () => {
  it("quotes list items the Python way", () => {
    expect(pythonRepr("butter")).toBe("'butter'");
    expect(pythonRepr("confectioners' sugar")).toBe(`"confectioners' sugar"`);
    expect(() => pythonRepr(`it's "odd"`)).toThrow("invalid list item");
  });

  it("writes doubles DuckDB reads back as doubles, and rejects what it cannot write", () => {
    expect(sqlNumber(0.25)).toBe("2.5000000000000000e-1");
    expect(sqlNumber(42)).toBe("42");
    expect(() => sqlNumber(Number.NaN)).toThrow("invalid SQL number");
    expect(valuesTable("t", ["a", "b"], [{a: "x'y", b: 1}])).toContain("('x''y', 1)");
    expect(() => valuesTable("t", ["a"], [])).toThrow("no rows");
    expect(() => valuesTable("t", ["a"], [{a: true}])).toThrow("invalid value");
  });

  it("derives unrelated constants from close salts and seeds", () => {
    const constants = new Set([
      saltConstant(1, "a:r"),
      saltConstant(1, "a:a"),
      saltConstant(2, "a:r"),
      saltConstant(1, "b:r")
    ]);
    expect(constants.size).toBe(4);
    for (const c of constants) expect(c < 1n << 64n && c >= 0n).toBe(true);
  });
});

describe("vocabularies", () => {
  it("reach every published 1999→2018 change", () => {
    let checked = 0;
    for (const items of [MODELLED_INGREDIENTS, MODELLED_TAGS]) {
      const rows = modelledRows(items);
      items.forEach((item, k) => {
        if (!item.drift) return;
        const p = (year: number) => logistic(rows[k].intercept + rows[k].slope * (year - MEAN_RECIPE_YEAR));
        expect(p(2018) - p(1999)).toBeCloseTo(item.drift, 3);
        checked += 1;
      });
    }
    // The reference publishes twenty movers per vocabulary (the top ten rises and falls): all of them are checked.
    expect(checked).toBe(40);
  });

  it("are lowercase, quotable, and the tails never repeat a head item", () => {
    for (const [head, tail] of [
      [MODELLED_INGREDIENTS, tailIngredients()],
      [MODELLED_TAGS, tailTags()]
    ] as const) {
      const names = [...head.map((i) => i.name), ...tail.map((i) => i.name)];
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) {
        expect(name).toBe(name.toLowerCase());
        expect(name).not.toContain(", ");
        expect(() => pythonRepr(name)).not.toThrow();
      }
    }
    expect(tailIngredients().length).toBeGreaterThan(15_000);
    expect(tailTags().length).toBeGreaterThan(400);
    expect(MODELLED_INGREDIENTS.some((i) => i.name.includes("'"))).toBe(true);
    expect(tailIngredients().some((i) => /[^ -~]/.test(i.name))).toBe(true);
  });
});

describe("calendar", () => {
  it("spreads the yearly recipe counts exactly and the seasons nearly so", () => {
    const days = submissionDays();
    const byYear = new Map<number, number>();
    const bySeason = new Map<string, number>();
    for (const d of days) {
      byYear.set(Number(d.day.slice(0, 4)), (byYear.get(Number(d.day.slice(0, 4))) ?? 0) + d.weight / 1e6);
      const season = seasonOfMonth(Number(d.day.slice(5, 7)));
      bySeason.set(season, (bySeason.get(season) ?? 0) + d.weight / 1e6);
    }
    for (const [year, count] of Object.entries(RECIPES_PER_YEAR))
      expect(byYear.get(Number(year))).toBeCloseTo(count, 0);
    for (const [season, count] of Object.entries(RECIPES_PER_SEASON))
      expect((bySeason.get(season) ?? 0) / count).toBeCloseTo(1, 2);
  });

  it("rates from the first to the last real rating day", () => {
    const days = ratingDays();
    expect(days[0].day).toBe(FIRST_RATING);
    expect(days[days.length - 1].day).toBe(LAST_RATING);
    expect(days.every((d) => Number.isInteger(d.weight) && d.weight > 0)).toBe(true);
  });
});

describe("rating model", () => {
  it("keeps the published histogram at any scale", () => {
    const counts = interactionCounts(1, 231_637);
    expect([...counts.stars.slice(0, 5), counts.stars[5] + counts.duplicates]).toEqual([
      60_847, 12_818, 14_123, 40_855, 187_360, 816_364
    ]);
    expect(counts.users).toBe(226_570);
    const small = interactionCounts(0.01, 2_316);
    expect(small.stars.reduce((s, c) => s + c, 0)).toBe(small.rows - small.duplicates);
  });

  it("turns monthly mean ratings into centred latent shifts", () => {
    expect(ratingSensitivity()).toBeCloseTo(0.277, 3);
    const shifts = monthRatingShifts();
    expect(shifts.indexOf(Math.max(...shifts))).toBe(5);
    expect(shifts.indexOf(Math.min(...shifts))).toBe(0);
  });

  it("sizes the user-activity law to the row count", () => {
    const a = userActivityScale(226_570, 1_132_017, 1);
    expect(Math.floor(a / 16)).toBeGreaterThan(7_000);
    expect(Math.floor(a / 16)).toBeLessThan(8_000);
  });
});
