/**
 * The trends_volume KPI tiles. Apart from the view (which draws with Plot) because the browser computes them again for
 * the year range a reader picks.
 */
import type {TrendsVolume} from "../../../queries/trends/trends_volume.schema.js";
import type {KpiSpec} from "../lib/views.js";

/**
 * The fewest and most recipes in a whole calendar year: a partial end year's count reflects where the data start or
 * stop, not a year's pace. A range of partial years only keeps the summary's extremes.
 */
function wholeYearExtreme(s: TrendsVolume, pick: (...values: number[]) => number, fallback: number): number {
  const whole = s.perYear.filter((r) => r.complete).map((r) => r.recipes);
  return whole.length > 0 ? pick(...whole) : fallback;
}

export const kpis = (s: TrendsVolume): KpiSpec[] => [
  {key: "years", value: s.params.years, format: "int"},
  {key: "total", value: s.params.recipes, format: "int"},
  {key: "peak", value: s.peak.year, format: "year"},
  {key: "mean", value: s.summary.mean, format: "int"},
  {key: "median", value: s.summary.median, format: "int"},
  {key: "min", value: wholeYearExtreme(s, Math.min, s.summary.min), format: "int"},
  {key: "max", value: wholeYearExtreme(s, Math.max, s.summary.max), format: "int"},
  {key: "q1", value: s.summary.q1, format: "int"},
  {key: "q3", value: s.summary.q3, format: "int"},
  {key: "std", value: s.summary.std, format: "int"},
  {key: "cv", value: s.summary.cv, format: "pct|0"}
];
