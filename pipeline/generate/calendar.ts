/**
 * When things happen: the posting dates of recipes and the dates of ratings. Both are daily weight tables built
 * here (in JS, with integer weights so every cumulative sum in SQL is exact) and then sampled in SQL.
 *
 * Figures are the reference's published ones for the real Food.com data (reference-app.md §2.2, §3.1, §4.1, §8.2).
 */

export type Season = "Winter" | "Spring" | "Summer" | "Autumn";

/** Seasons in the reference's display order; meteorological (DJF = Winter). */
export const SEASONS: readonly Season[] = ["Winter", "Spring", "Summer", "Autumn"];

/** Meteorological season of a month (1-12). */
export function seasonOfMonth(month: number): Season {
  if (month === 12 || month <= 2) return "Winter";
  if (month <= 5) return "Spring";
  if (month <= 8) return "Summer";
  return "Autumn";
}

/** First and last recipe posting dates of the real RAW_recipes. */
export const FIRST_SUBMITTED = "1999-08-06";
export const LAST_SUBMITTED = "2018-12-04";

/** First and last rating dates of the real RAW_interactions. */
export const FIRST_RATING = "2000-01-25";
export const LAST_RATING = "2018-12-20";

/**
 * Recipes per year after the reference's cleaning (§2.2): they sum to 200,066, mean 10,003.3, median 5,455,
 * min 134, max 29,790 in 2007, std ≈ 10,070 (published 10,100). Raw counts keep the same proportions because the
 * rows the cleaning removes are spread evenly over the years.
 */
export const RECIPES_PER_YEAR: Readonly<Record<number, number>> = {
  1999: 1100,
  2000: 1500,
  2001: 3900,
  2002: 14500,
  2003: 14000,
  2004: 14200,
  2005: 20500,
  2006: 25000,
  2007: 29790,
  2008: 27600,
  2009: 20212,
  2010: 11200,
  2011: 5900,
  2012: 5010,
  2013: 3400,
  2014: 1100,
  2015: 400,
  2016: 330,
  2017: 290,
  2018: 134
};

/** Years with their cleaned recipe counts, ascending: the weights of every "share over all recipes" figure. */
export const RECIPE_YEAR_WEIGHTS: ReadonlyArray<{year: number; weight: number}> = Object.entries(RECIPES_PER_YEAR).map(
  ([year, weight]) => ({year: Number(year), weight})
);

/** Recipe-weighted mean year (≈ 2006.5): the pivot of every yearly trend, so trends leave overall means alone. */
export const MEAN_RECIPE_YEAR =
  RECIPE_YEAR_WEIGHTS.reduce((sum, y) => sum + y.year * y.weight, 0) /
  RECIPE_YEAR_WEIGHTS.reduce((s, y) => s + y.weight, 0);

/**
 * Posting volume by ISO weekday (Mon … Sun) relative to the 7-day mean, from the deviations of §4.1: Mon +45 %,
 * Tue +29 %, Wed +13 %, Sat −49 %, Sun −36 %; Thursday and Friday are not published and share the remaining −2 %.
 */
export const SUBMITTED_WEEKDAY_FACTOR: readonly number[] = [1.45, 1.29, 1.13, 1.06, 0.92, 0.51, 0.64];

/** Cleaned recipes per season (§3.1): Spring +8.7 %, Winter −3.0 %, Summer −2.1 %, Autumn −3.6 %. */
export const RECIPES_PER_SEASON: Readonly<Record<Season, number>> = {
  Winter: 48540,
  Spring: 54343,
  Summer: 48952,
  Autumn: 48231
};

/**
 * Ratings (all stars, including the 0 "review only" rows) per year of the rating date: a slow start in 2000-2001,
 * a peak in 2008-2009 and a long decay. These weights drive the ratings that are not a recipe's first one; first
 * ratings follow the recipes (see interactions.sql.ts). 2000 stays under 100 ratings a month and 2018 hovers
 * around 100, so, as in the real data, the first months and some sparse late ones fall under the reference's
 * 100-rating cut (≈ 210 of 228 months are kept; 207 of 224 in the reference's train split).
 */
export const RATING_ACTIVITY_PER_YEAR: Readonly<Record<number, number>> = {
  2000: 500,
  2001: 1300,
  2002: 6000,
  2003: 22000,
  2004: 42000,
  2005: 68000,
  2006: 88000,
  2007: 118000,
  2008: 155000,
  2009: 158000,
  2010: 110000,
  2011: 75000,
  2012: 46000,
  2013: 28000,
  2014: 13000,
  2015: 5600,
  2016: 3600,
  2017: 2100,
  2018: 1150
};

/** Ratings 1-5 per calendar month of the real RAW_interactions (§8.2), Jan … Dec: January is the busiest. */
export const RATINGS_PER_MONTH: readonly number[] = [
  104168, 87156, 92471, 89050, 85088, 92534, 86358, 83932, 84339, 90119, 86549, 89756
];

/** Ratings by ISO weekday (Mon … Sun) in the reference's train split (§5.6): Monday and Sunday lead. */
export const RATINGS_PER_WEEKDAY: readonly number[] = [111473, 101319, 95173, 91512, 83924, 88494, 110049];

/** Integer weight of one expected row in the daily weight tables (large enough that rounding never matters). */
export const WEIGHT_UNIT = 1e6;

/** One day of a weight table; `weight` is an integer so SQL sums it exactly. */
export interface WeightedDay {
  /** ISO date, e.g. "2007-03-05". */
  day: string;
  weight: number;
}

const DAY_MS = 86_400_000;

function* days(first: string, last: string): Generator<Date> {
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += DAY_MS) yield new Date(t);
}

/** ISO weekday index 0 (Monday) … 6 (Sunday). */
const isoWeekday = (d: Date): number => (d.getUTCDay() + 6) % 7;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Spreads each year's total over its days in proportion to `dayFactor`, then scales to integers. `unit` is the
 * integer weight of one expected row, large enough that rounding never matters.
 */
function spreadYears(
  first: string,
  last: string,
  perYear: Readonly<Record<number, number>>,
  dayFactor: (d: Date) => number,
  unit: number
): WeightedDay[] {
  const all = [...days(first, last)];
  const factorSum = new Map<number, number>();
  for (const d of all) factorSum.set(d.getUTCFullYear(), (factorSum.get(d.getUTCFullYear()) ?? 0) + dayFactor(d));
  return all.map((d) => {
    const year = d.getUTCFullYear();
    const expected = ((perYear[year] ?? 0) * dayFactor(d)) / (factorSum.get(year) ?? 1);
    return {day: d.toISOString().slice(0, 10), weight: Math.round(expected * unit)};
  });
}

/**
 * Daily posting weights from FIRST_SUBMITTED to LAST_SUBMITTED: `year factor × season factor × weekday factor`,
 * the year and season factors fitted by iterative proportional fitting so both the yearly counts and the seasonal
 * totals come out on target, although the first and last years are partial (1999 starts in August).
 */
export function submissionDays(): WeightedDay[] {
  submissionCache ??= fitSubmissionDays();
  return submissionCache;
}

let submissionCache: WeightedDay[] | undefined;

function fitSubmissionDays(): WeightedDay[] {
  const all = [...days(FIRST_SUBMITTED, LAST_SUBMITTED)].map((d) => ({
    day: d.toISOString().slice(0, 10),
    year: d.getUTCFullYear(),
    season: seasonOfMonth(d.getUTCMonth() + 1),
    weekday: SUBMITTED_WEEKDAY_FACTOR[isoWeekday(d)]
  }));
  const yearFactor = new Map<number, number>(RECIPE_YEAR_WEIGHTS.map((y) => [y.year, 1]));
  const seasonFactor = new Map<Season, number>(SEASONS.map((s) => [s, 1]));
  const weight = (d: (typeof all)[number]) =>
    (yearFactor.get(d.year) ?? 0) * (seasonFactor.get(d.season) ?? 0) * d.weekday;
  const seasonTotal = SEASONS.reduce((s, x) => s + RECIPES_PER_SEASON[x], 0);
  const recipeTotal = RECIPE_YEAR_WEIGHTS.reduce((s, y) => s + y.weight, 0);
  for (let round = 0; round < 30; round++) {
    const bySeason = new Map<Season, number>();
    for (const d of all) bySeason.set(d.season, (bySeason.get(d.season) ?? 0) + weight(d));
    for (const season of SEASONS) {
      const target = (RECIPES_PER_SEASON[season] * recipeTotal) / seasonTotal;
      seasonFactor.set(season, ((seasonFactor.get(season) ?? 0) * target) / (bySeason.get(season) ?? 1));
    }
    // Years last, so the yearly counts are exact and the seasons within a fraction of a percent.
    const byYear = new Map<number, number>();
    for (const d of all) byYear.set(d.year, (byYear.get(d.year) ?? 0) + weight(d));
    for (const {year, weight: count} of RECIPE_YEAR_WEIGHTS)
      yearFactor.set(year, ((yearFactor.get(year) ?? 0) * count) / (byYear.get(year) ?? 1));
  }
  return all.map((d) => ({day: d.day, weight: Math.round(weight(d) * WEIGHT_UNIT)}));
}

/** Daily rating-activity weights from FIRST_RATING to LAST_RATING: year total × month profile × weekday profile. */
export function ratingDays(): WeightedDay[] {
  const perDay = (d: Date) => {
    const month = d.getUTCMonth() + 1;
    return (RATINGS_PER_MONTH[month - 1] / daysInMonth(d.getUTCFullYear(), month)) * RATINGS_PER_WEEKDAY[isoWeekday(d)];
  };
  return spreadYears(FIRST_RATING, LAST_RATING, RATING_ACTIVITY_PER_YEAR, perDay, WEIGHT_UNIT);
}
