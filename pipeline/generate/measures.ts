/**
 * The numeric columns of a recipe (minutes, n_steps, n_ingredients, nutrition) and the dirt the reference's
 * cleaning removes. Clean values come from fixed base distributions shifted per (year, season) so the yearly and
 * seasonal means land on the published figures (reference-app.md §2.3-§2.5, §3.2-§3.4, §4.2-§4.4, §7.3).
 */
import {MEAN_RECIPE_YEAR, RECIPE_YEAR_WEIGHTS, RECIPES_PER_SEASON, SEASONS, type Season} from "./calendar.js";
import {type Pmf, solveShift} from "./distributions.js";

/** Recipes in the real RAW_recipes, and how many each cleaning step of §7.3 removes. */
export const RAW_RECIPES = 231_637;
export const MINUTES_OUTLIERS = 18_482;
export const STEP_INGREDIENT_OUTLIERS = 13_088;

/**
 * How the 13,088 step/ingredient outliers split. Each kind stays well under 2.5 % of the rows the quantiles are
 * taken on (1.3-1.8 %), and the clean distributions put enough mass on the bounds themselves (≥ 1 %), so the
 * reference's 2.5-97.5 % bounds come out at exactly [2, 24] steps and [3, 17] ingredients even at small scales.
 */
export const OUTLIER_KINDS = [
  {kind: "few_steps", share: 0.22},
  {kind: "many_steps", share: 0.28},
  {kind: "few_ingredients", share: 0.22},
  {kind: "many_ingredients", share: 0.28}
] as const;

/** Minutes a clean recipe can take: a log-normal (median ≈ 35) on 1-180, heaped on multiples of 5 and 15 like real entries. */
export function minutesPmf(): Pmf {
  const mu = 3.55;
  const sigma = 0.72;
  const values = Array.from({length: 180}, (_, i) => i + 1);
  const raw = values.map((v) => Math.exp(-((Math.log(v) - mu) ** 2) / (2 * sigma * sigma)) / v);
  const heaped = new Array<number>(181).fill(0);
  for (const v of values) {
    const p = raw[v - 1];
    if (v <= 10) {
      heaped[v] += p;
      continue;
    }
    // People type round numbers: 80 % of the mass moves to the nearest 5, and above an hour most of that to the nearest 15.
    const to5 = Math.min(180, Math.round(v / 5) * 5);
    heaped[v] += 0.2 * p;
    if (to5 > 60) {
      heaped[Math.min(180, Math.round(v / 15) * 15)] += 0.8 * 0.6 * p;
      heaped[to5] += 0.8 * 0.4 * p;
    } else heaped[to5] += 0.8 * p;
  }
  return {values, weights: values.map((v) => heaped[v])};
}

/** A discretised bell (normal, or log-normal when `log`) on consecutive integers, mixed with a flat share. */
function bellPmf(first: number, last: number, centre: number, spread: number, flat: number, log = false): Pmf {
  const values = Array.from({length: last - first + 1}, (_, i) => first + i);
  const density = (v: number) =>
    log
      ? Math.exp(-((Math.log(v) - Math.log(centre)) ** 2) / (2 * spread ** 2)) / v
      : Math.exp(-((v - centre) ** 2) / (2 * spread ** 2));
  const bell = values.map(density);
  const total = bell.reduce((s, b) => s + b, 0);
  return {values, weights: bell.map((b) => (1 - flat) * (b / total) + flat / values.length)};
}

/**
 * Steps of a clean recipe (2-24): log-normal around 7.5 plus a flat fifth, i.e. median 8 with the long right tail
 * of real recipes, and ≥ 1 % on each bound so the quantile bounds hold.
 */
export const STEPS_PMF: Pmf = bellPmf(2, 24, 7.5, 0.5, 0.2, true);

/** Ingredients of a clean recipe (3-17): normal around 8.4 plus a flat fifth: median 9, mean ≈ 8.8, fat ends. */
export const INGREDIENTS_PMF: Pmf = bellPmf(3, 17, 8.4, 2.8, 0.2);

/** Seasonal offsets, re-centred so they leave the recipe-weighted overall mean alone. */
function centred(offsets: Readonly<Record<Season, number>>): Record<Season, number> {
  const total = SEASONS.reduce((s, season) => s + RECIPES_PER_SEASON[season], 0);
  const mean = SEASONS.reduce((s, season) => s + offsets[season] * RECIPES_PER_SEASON[season], 0) / total;
  return Object.fromEntries(SEASONS.map((s) => [s, offsets[s] - mean])) as Record<Season, number>;
}

/** A yearly and seasonal mean target for one clean measure. */
interface MeanTarget {
  pmf: Pmf;
  /** Mean for a year, before the seasonal offset. */
  yearly: (year: number) => number;
  season: Record<Season, number>;
}

/**
 * Minutes: mean 42.4 falling 0.42 min/yr on the line, which with the rounding of real entries comes out at the
 * published WLS slope of −0.464 min/yr (§2.3), the first years a little above the line (49.7 in 1999) and
 * the last one too (38.1 in 2018); Autumn and Winter longest, Summer shortest (§3.2).
 */
const MINUTES_TARGET: MeanTarget = {
  pmf: minutesPmf(),
  yearly: (year) => 42.4 - 0.42 * (year - MEAN_RECIPE_YEAR) + ({1999: 3.9, 2000: 2.0, 2001: 1.0, 2018: 1.1}[year] ?? 0),
  season: centred({Winter: 0.7, Spring: -0.5, Summer: -1.4, Autumn: 1.5})
};

/** Steps: mean 9.2 rising ≈ 0.105/yr, which with the ingredients drives the complexity slope of +0.10/yr (§2.4, §3.3). */
const STEPS_TARGET: MeanTarget = {
  pmf: STEPS_PMF,
  yearly: (year) => 9.2 + 0.105 * (year - MEAN_RECIPE_YEAR),
  season: centred({Winter: 0.1, Spring: -0.02, Summer: -0.21, Autumn: 0.14})
};

/** Ingredients: mean 8.8, nearly flat, Summer slightly lighter (§3.3). */
const INGREDIENTS_TARGET: MeanTarget = {
  pmf: INGREDIENTS_PMF,
  yearly: (year) => 8.8 + 0.025 * (year - MEAN_RECIPE_YEAR),
  season: centred({Winter: 0.03, Spring: 0.0, Summer: -0.06, Autumn: 0.04})
};

export const MEASURES = {minutes: MINUTES_TARGET, steps: STEPS_TARGET, ingredients: INGREDIENTS_TARGET} as const;
export type Measure = keyof typeof MEASURES;

/** The latent shift of every (year, season) for one measure, for the SQL `shifts` table. */
export function measureShifts(measure: Measure): {year: number; season: Season; shift: number}[] {
  const target = MEASURES[measure];
  return RECIPE_YEAR_WEIGHTS.flatMap(({year}) =>
    SEASONS.map((season) => ({
      year,
      season,
      shift: solveShift(target.pmf, target.yearly(year) + target.season[season])
    }))
  );
}

/** Nutrition columns in the Kaggle order; `calories` is kcal, the others are % of daily value. */
export const NUTRIENTS = [
  "calories",
  "total_fat",
  "sugar",
  "sodium",
  "protein",
  "saturated_fat",
  "carbohydrates"
] as const;
export type Nutrient = (typeof NUTRIENTS)[number];

export interface NutrientModel {
  /** Mean over clean recipes (§3.4, §4.4). */
  mean: number;
  /** Log-normal spread of the value around its expectation (for calories), or of its ratio to calories. */
  sigma: number;
  /** Yearly log-trend of the ratio to calories (calories: of the value itself), so the WLS slopes of §2.5 come out. */
  trend: number;
  /** Seasonal means (§3.4); the model keeps their ratios. */
  season: Record<Season, number>;
  /** Multiplier on Saturday and Sunday (§4.4: only protein differs significantly, −3 %). */
  weekend: number;
}

const CALORIES_SEASON = {Winter: 455.5, Spring: 446.9, Summer: 445.5, Autumn: 472.1};
const CALORIES_MEAN = 455;

/**
 * Calories fall 12.66 kcal/yr (≈ −2.8 %/yr at the mean); fat follows calories (−0.976/yr), carbohydrates fall a
 * little faster (−0.5455/yr) and protein a little slower (−0.3695/yr), so their ratios to calories drift.
 */
export const NUTRITION: Readonly<Record<Nutrient, NutrientModel>> = {
  calories: {mean: CALORIES_MEAN, sigma: 0.85, trend: -12.66 / CALORIES_MEAN, season: CALORIES_SEASON, weekend: 0.995},
  total_fat: {
    mean: 34.7,
    sigma: 0.45,
    trend: 0,
    season: {Winter: 34.91, Spring: 34.43, Summer: 34.01, Autumn: 35.43},
    weekend: 1
  },
  sugar: {
    mean: 80,
    sigma: 0.95,
    trend: 0,
    season: {Winter: 79.09, Spring: 75.54, Summer: 79.94, Autumn: 92.23},
    weekend: 1
  },
  sodium: {
    mean: 27.6,
    sigma: 0.8,
    trend: 0,
    season: {Winter: 27.13, Spring: 28.04, Summer: 27.87, Autumn: 27.34},
    weekend: 1
  },
  protein: {
    mean: 32.5,
    sigma: 0.6,
    trend: 0.0165,
    season: {Winter: 32.8, Spring: 32.66, Summer: 31.85, Autumn: 32.65},
    weekend: 0.975
  },
  saturated_fat: {
    mean: 43.8,
    sigma: 0.55,
    trend: 0,
    season: {Winter: 44.0, Spring: 43.5, Summer: 43.2, Autumn: 44.6},
    weekend: 1
  },
  carbohydrates: {mean: 15.5, sigma: 0.5, trend: -0.0074, season: CALORIES_SEASON, weekend: 1}
};

/**
 * Recipes whose nutrition is wildly off (a typo'd serving size): every value multiplied by exp(U(logMin, logMax)),
 * i.e. × 3-30. Real data has such rows (calories in the hundreds of thousands); they fatten the tails the
 * t-tests see, which is why calories differ by weekend in the real data yet not significantly.
 */
export const NUTRITION_TYPO = {share: 0.0004, logMin: 1.1, logMax: 3.4} as const;

/**
 * The multiplier of each nutrient for one season and weekend flag: for calories the seasonal level itself, for the
 * others the seasonal ratio to calories, both relative to the overall mean.
 */
export function nutrientSeasonFactor(nutrient: Nutrient, season: Season): number {
  const model = NUTRITION[nutrient];
  const meanOf = (table: Record<Season, number>) =>
    SEASONS.reduce((s, x) => s + table[x] * RECIPES_PER_SEASON[x], 0) /
    SEASONS.reduce((s, x) => s + RECIPES_PER_SEASON[x], 0);
  const level = model.season[season] / meanOf(model.season);
  if (nutrient === "calories") return level;
  return level / (CALORIES_SEASON[season] / meanOf(CALORIES_SEASON));
}
