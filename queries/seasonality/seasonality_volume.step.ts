/** Seasonal volume: shares, deviations and the two χ² goodness-of-fit tests (uniform, and in proportion to days). */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim, extremeKeys, PHI_BANDS, phiLabel} from "../../pipeline/narrative.js";
import {chiSquareGoodnessOfFit, coefficientOfVariation, isSignificant, mean, std} from "../../pipeline/stats/index.js";
import {ALPHA} from "./_significance.js";
import {excessInterval} from "./_excessInterval.js";
import {extremes, SEASONS, seasonRows, toSeason} from "./_seasons.js";
import type {Season} from "./_seasons.js";
import type {SeasonalityVolume} from "./seasonality_volume.schema.js";
import {SHARE_INTERVAL_LEVEL, shareInterval} from "../_shareInterval.js";

/** Every claim id the step can emit (the text module has a template for each, and no other claim keys). */
export const CLAIM_IDS = [
  "day_rate.significant",
  "day_rate.not_significant",
  "versus_mean",
  "uniform.significant",
  "uniform.not_significant",
  "peak_consistency"
] as const;

type GoodnessOfFit = SeasonalityVolume["uniform"];

function goodnessOfFit(observed: number[], proportions?: number[]): GoodnessOfFit {
  const result = chiSquareGoodnessOfFit(observed, proportions);
  const total = observed.reduce((sum, v) => sum + v, 0);
  // Cohen's w for a goodness-of-fit test: its bands are the phi bands (0.1 / 0.3 / 0.5).
  const w = Math.sqrt(result.chi2 / total);
  return {...result, w, effect: phiLabel(w), significant: isSignificant(result.p, ALPHA)};
}

function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

function byYear(rows: QueryResults[string]): SeasonalityVolume["byYear"] {
  const parsed = rows.map((row) => ({
    year: Number(row.year),
    season: toSeason(row.season),
    recipes: Number(row.recipes),
    days: Number(row.days)
  }));
  const years = new Map<number, {recipes: number; days: number}>();
  for (const row of parsed) {
    const year = years.get(row.year) ?? {recipes: 0, days: 0};
    years.set(row.year, {recipes: year.recipes + row.recipes, days: year.days + row.days});
  }
  return parsed.map((row) => {
    const year = years.get(row.year)!;
    return {
      ...row,
      relativeRate: year.recipes === 0 ? null : row.recipes / row.days / (year.recipes / year.days),
      complete: year.days === daysInYear(row.year)
    };
  });
}

/** In how many complete years the given season had the highest relative posting rate. */
function peakYears(rows: SeasonalityVolume["byYear"], season: Season): {years: number; completeYears: number} {
  const complete = rows.filter((row) => row.complete && row.relativeRate !== null);
  const yearKeys = [...new Set(complete.map((row) => row.year))];
  const years = yearKeys.filter((year) => {
    const {highest} = extremes(
      complete.filter((row) => row.year === year),
      (row) => row.relativeRate!
    );
    return highest.season === season;
  }).length;
  return {years, completeYears: yearKeys.length};
}

/** Turns the seasonal counts and day counts into the snapshot. */
export function step(results: QueryResults): SeasonalityVolume {
  const rows = seasonRows(results.seasons!);
  if (rows.length !== SEASONS.length) throw new Error(`invalid seasons: ${rows.length} rows`);
  const recipes = rows.map((row) => Number(row.recipes));
  const days = rows.map((row) => Number(row.days));
  const total = recipes.reduce((sum, v) => sum + v, 0);
  const totalDays = days.reduce((sum, v) => sum + v, 0);
  if (days.some((d) => d === 0)) {
    throw new Error("invalid period: it must cover every season for the day-adjusted test");
  }
  const meanPerSeason = mean(recipes);
  const seasons = rows.map((row, i) => {
    const dayShare = days[i]! / totalDays;
    const expected = total * dayShare;
    return {
      season: row.season,
      recipes: recipes[i]!,
      share: recipes[i]! / total,
      shareInterval: shareInterval(recipes[i]!, total),
      deviation: recipes[i]! / meanPerSeason - 1,
      days: days[i]!,
      dayShare,
      expected,
      excess: recipes[i]! / expected - 1,
      perDay: recipes[i]! / days[i]!
    };
  });
  const uniform = goodnessOfFit(recipes);
  const dayAdjusted = goodnessOfFit(
    recipes,
    days.map((d) => d / totalDays)
  );
  const years = byYear(results.by_year!);

  const byExcess = extremes(seasons, (s) => s.excess);
  const byCount = extremes(seasons, (s) => s.recipes);
  // Seasons that print alike are named together ("Winter+Summer+Autumn"), never the first of them alone: the gaps
  // as the claims print them (0.1 %), the counts as integers.
  const season = (s: (typeof seasons)[number]) => s.season;
  const excessTies = {
    busiest: extremeKeys(seasons, (s) => s.excess, season, "pct|1", "highest"),
    quietest: extremeKeys(seasons, (s) => s.excess, season, "pct|1", "lowest")
  };
  const {chi2, df, p, w, effect} = dayAdjusted;
  // A gap to the calendar's share carries the Wilson interval of the season's share, divided by its share of days:
  // the headline compares an estimate with what the calendar predicts.
  const headline = claim(dayAdjusted.significant ? "day_rate.significant" : "day_rate.not_significant", {
    busiest: excessTies.busiest,
    busiestExcess: byExcess.highest.excess,
    busiestExcessLower: excessInterval(byExcess.highest).lower,
    busiestExcessUpper: excessInterval(byExcess.highest).upper,
    quietest: excessTies.quietest,
    quietestShortfall: -byExcess.lowest.excess,
    quietestShortfallLower: -excessInterval(byExcess.lowest).upper,
    quietestShortfallUpper: -excessInterval(byExcess.lowest).lower,
    level: SHARE_INTERVAL_LEVEL,
    chi2,
    df,
    p,
    w,
    effect,
    // Cohen's scale for w, quoted beside the effect's word: "negligible" alone does not say against what.
    wSmall: PHI_BANDS.small,
    wMedium: PHI_BANDS.medium,
    wLarge: PHI_BANDS.large
  });
  const claims: Claim[] = [
    claim("versus_mean", {
      busiest: extremeKeys(seasons, (s) => s.recipes, season, "int", "highest"),
      busiestRecipes: byCount.highest.recipes,
      busiestDeviation: byCount.highest.deviation,
      quietest: extremeKeys(seasons, (s) => s.recipes, season, "int", "lowest"),
      quietestRecipes: byCount.lowest.recipes,
      quietestShortfall: -byCount.lowest.deviation
    }),
    claim(uniform.significant ? "uniform.significant" : "uniform.not_significant", {
      chi2: uniform.chi2,
      df: uniform.df,
      p: uniform.p
    })
  ];
  const peak = peakYears(years, byExcess.highest.season);
  if (peak.completeYears > 0)
    claims.push(
      claim("peak_consistency", {
        count: peak.years,
        countOf: peak.completeYears,
        season: byExcess.highest.season,
        ...peak
      })
    );

  return {
    params: {
      alpha: ALPHA,
      intervalLevel: SHARE_INTERVAL_LEVEL,
      firstDate: String(rows[0]!.first_day),
      lastDate: String(rows[0]!.last_day)
    },
    total,
    meanPerSeason,
    // The population standard deviation: the four seasons are described for themselves (the site's rule).
    stdPerSeason: std(recipes, 0),
    cv: coefficientOfVariation(recipes, 0),
    seasons,
    uniform,
    dayAdjusted,
    byYear: years,
    narrative: {headline, claims}
  };
}
