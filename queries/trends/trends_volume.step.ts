/**
 * Turns the recipes per year into summary statistics, a Shapiro–Wilk test and the claims about the series' shape.
 * Pure: the site calls the same functions to recompute them for a chosen year range.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim, extremeKeys} from "../../pipeline/narrative.js";
import {fiveNumber, isSignificant, mean, shapiroWilk, spearman, std} from "../../pipeline/stats/index.js";
import {ALPHA, assertYears, num} from "./_trend.js";
import type {TrendsVolume} from "./trends_volume.schema.js";

/** Least |ρ| on each side of the peak: 0.8 means the counts climb (then drop) year after year with few reversals. */
export const MONOTONE_RHO = 0.8;

/** Least years per side, the peak included: a Spearman ρ on two points is always ±1 and says nothing. */
export const MIN_SIDE_YEARS = 3;

/** Every claim id the step can emit, so the text modules can be checked for completeness. */
export const CLAIM_IDS = ["shape.rise_fall", "peak", "spread", "partial.both", "partial.first", "partial.last"];

/** Recipes posted in one year, and whether the data's window covers the whole year. */
export interface YearCount {
  year: number;
  recipes: number;
  complete: boolean;
}

/**
 * The claim that the series' end years are only partly covered, when they are: their counts span fewer days than a
 * year, so the reader is told, while every statistic keeps them as they are (a range of whole years leaves none).
 */
function partialClaim(first: YearCount, last: YearCount): Claim | undefined {
  const values = {firstYear: String(first.year), lastYear: String(last.year)};
  if (!first.complete && !last.complete) return claim("partial.both", values);
  if (!first.complete) return claim("partial.first", values);
  if (!last.complete) return claim("partial.last", values);
  return undefined;
}

/**
 * Spearman ρ of year against recipes over `side`, or null when the side is too short or its counts are all
 * equal (ρ is undefined then).
 */
function sideRho(side: ReadonlyArray<Omit<YearCount, "complete">>): number | null {
  if (side.length < MIN_SIDE_YEARS) return null;
  if (side.every((r) => r.recipes === side[0].recipes)) return null;
  return spearman(
    side.map((r) => r.year),
    side.map((r) => r.recipes)
  );
}

/**
 * The rise-then-fall test: the peak is an interior year, the counts up to it rise (ρ ≥ `MONOTONE_RHO`) and the
 * counts from it fall (ρ ≤ −`MONOTONE_RHO`), each side spanning at least `MIN_SIDE_YEARS` years.
 */
export function riseThenFall(
  perYear: ReadonlyArray<Omit<YearCount, "complete">>,
  peakIndex: number
): TrendsVolume["shape"] {
  const riseRho = sideRho(perYear.slice(0, peakIndex + 1));
  const fallRho = sideRho(perYear.slice(peakIndex));
  const riseFall = riseRho !== null && fallRho !== null && riseRho >= MONOTONE_RHO && fallRho <= -MONOTONE_RHO;
  return {riseRho, fallRho, riseFall};
}

/** Builds the volume snapshot from the `per_year` query (every year of the span, ascending). */
export function step(results: QueryResults): TrendsVolume {
  return summarize(
    results.per_year!.map((r) => ({year: num(r, "year"), recipes: num(r, "recipes"), complete: Boolean(r.complete)}))
  );
}

/** The volume snapshot of `perYear` (consecutive years, ascending, at least three). */
export function summarize(perYear: readonly YearCount[]): TrendsVolume {
  assertYears(perYear.length);
  const counts = perYear.map((r) => r.recipes);
  const total = counts.reduce((a, b) => a + b, 0);
  const first = perYear[0];
  const last = perYear[perYear.length - 1];

  // Summary of the yearly counts; the standard deviation is the sample one (ddof = 1), as the reference's notebook.
  const five = fiveNumber(counts);
  const m = mean(counts);
  const s = std(counts, 1);
  const summary = {
    min: five.min,
    q1: five.q1,
    median: five.median,
    mean: m,
    q3: five.q3,
    max: five.max,
    std: s,
    cv: s / m
  };

  const sw = shapiroWilk(counts);
  const shapiro = {W: sw.W, p: sw.p, normal: !isSignificant(sw.p, ALPHA)};

  // The peak is the earliest year with the most recipes, so a tie gives a stable claim.
  const peakIndex = counts.indexOf(five.max);
  const peakRow = perYear[peakIndex];
  const peak = {year: peakRow.year, recipes: peakRow.recipes, share: peakRow.recipes / total};
  // The shape is read over the whole years only: a partial end year's count spans a few months, so starting the
  // rise at it or ending the fall on it would measure the data's cut-off, not the pace. When the peak itself is a
  // partial year (never on this data) there is no whole-year shape around it, and the series is read as it is.
  const wholeFrom = perYear.findIndex((r) => r.complete);
  const wholeTo = perYear.findLastIndex((r) => r.complete);
  const peakInWhole = wholeFrom >= 0 && peakIndex >= wholeFrom && peakIndex <= wholeTo;
  const shapeYears = peakInWhole ? perYear.slice(wholeFrom, wholeTo + 1) : perYear;
  const shape = riseThenFall(shapeYears, peakInWhole ? peakIndex - wholeFrom : peakIndex);
  const shapeFirst = shapeYears[0];
  const shapeLast = shapeYears[shapeYears.length - 1];

  // Every year at the busiest count is named ("2006+2007"), never the earliest alone.
  const peakYears = extremeKeys(
    perYear,
    (r) => r.recipes,
    (r) => String(r.year),
    "int",
    "highest"
  );
  const peakValues = {peakYear: peakYears, peakRecipes: peak.recipes};
  const claims: Claim[] = [];
  if (shape.riseFall) {
    claims.push(
      claim("shape.rise_fall", {
        ...peakValues,
        // Named apart from the period's firstYear/lastYear, which the captions read: the shape's ends are whole years.
        fromYear: String(shapeFirst.year),
        fromRecipes: shapeFirst.recipes,
        toYear: String(shapeLast.year),
        toRecipes: shapeLast.recipes,
        riseRho: shape.riseRho!,
        fallRho: shape.fallRho!
      })
    );
  }
  claims.push(claim("peak", {...peakValues, share: peak.share}));
  claims.push(claim("spread", {mean: m, std: s, cv: summary.cv}));
  const partial = partialClaim(first, last);
  if (partial) claims.push(partial);
  // No normality claim: the counts trend (they rise then fall), so they are not draws from one distribution and a
  // normality test answers no question this page asks. W stays in the data as a description.
  // The headline is the strongest statement that holds: the shape if it does, else the peak.
  const [headline, ...rest] = claims;

  return {
    params: {
      alpha: ALPHA,
      firstYear: String(first.year),
      lastYear: String(last.year),
      years: perYear.length,
      recipes: total,
      ddof: 1,
      monotoneRho: MONOTONE_RHO,
      minSideYears: MIN_SIDE_YEARS
    },
    perYear: [...perYear],
    summary,
    shapiro,
    peak,
    shape,
    narrative: {headline, claims: rest}
  };
}
