/**
 * Test kit of the ratings page (imported only by its tests): builds interaction fixtures from star counts, and
 * states the rules of the page's text modules.
 */
import type {TextRules} from "../../../pipeline/narrative.check.js";
import type {Narrative} from "../../../pipeline/narrative.js";
import {mean, variance} from "../../../pipeline/stats/index.js";

/** Counts of 1, 2, 3, 4 and 5 stars. */
export type StarCounts = readonly [number, number, number, number, number];

/** A fixture interaction row: [user_id, recipe_id, date, rating]. */
export type InteractionRow = [number, number, string, number];

/** The ratings of a star-count vector, in star order (for the independent computations of the tests). */
export function expand(stars: StarCounts): number[] {
  return stars.flatMap((count, i) => new Array<number>(count).fill(i + 1));
}

/**
 * Interaction rows for one month "YYYY-MM": the month's ratings spread over its days 1–28, each from a new user
 * (so no two rows are exact duplicates the cleaning would drop).
 */
export function monthRows(month: string, stars: StarCounts, firstUser: number): InteractionRow[] {
  return expand(stars).map((rating, i) => [
    firstUser + i,
    (i % 7) + 1,
    `${month}-${String((i % 28) + 1).padStart(2, "0")}`,
    rating
  ]);
}

/** Rows for several months, with user ids that never repeat across months. */
export function monthsRows(months: ReadonlyArray<readonly [string, StarCounts]>): InteractionRow[] {
  const rows: InteractionRow[] = [];
  for (const [month, stars] of months) rows.push(...monthRows(month, stars, rows.length + 1));
  return rows;
}

/** A month's summary computed in JavaScript from the raw ratings: the independent path the SQL is checked against. */
export interface RawMonth {
  key: string;
  ratings: number[];
  n: number;
  mean: number;
  variance: number;
}

/** Summaries of the months of a fixture with at least `threshold` ratings, in the fixture's (calendar) order. */
export function rawMonths(months: ReadonlyArray<readonly [string, StarCounts]>, threshold: number): RawMonth[] {
  return months
    .map(([key, stars]) => {
      const ratings = expand(stars);
      return {key, ratings, n: ratings.length, mean: mean(ratings), variance: variance(ratings, 1)};
    })
    .filter((m) => m.n >= threshold);
}

/** The ratings charts' legends are text keys too: `legend.weightedMean`, `legend.ols`. */
export const RATINGS_TEXT: TextRules = {extraKeys: [/legend\.[A-Za-z0-9_]+/]};

/** Ids of a narrative's headline and claims, in order. */
export function claimIds(narrative: Narrative): string[] {
  return [narrative.headline.id, ...narrative.claims.map((c) => c.id)];
}
