/**
 * The trends_duration KPI tiles. Apart from the view (which draws with Plot) because the browser computes them again for
 * the year range a reader picks.
 */
import type {TrendsDuration} from "../../../queries/trends/trends_duration.schema.js";
import type {KpiSpec} from "../lib/views.js";

export const kpis = (s: TrendsDuration): KpiSpec[] => [
  {key: "current_mean", value: s.current.mean, format: "1"},
  {key: "current_median", value: s.current.median, format: "1"},
  {key: "mean_slope", value: s.fits.mean.slope, format: "signed|2"},
  {key: "median_slope", value: s.fits.median.slope, format: "signed|2"},
  {key: "current_dispersion", value: s.current.width, format: "1"},
  {key: "overall_mean", value: s.overallMean, format: "1"}
];
