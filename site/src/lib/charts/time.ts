/**
 * Monthly time axes: the ratings analyses key their series by "YYYY-MM" month and draw them on one kind of x axis.
 * Ticks and their locale format are left to renderPlot, which gives every UTC axis timeTicks (render.ts).
 */
import type * as Plot from "@observablehq/plot";
import {YEAR_INSET} from "./marks.js";

/** First day of a "YYYY-MM" month, UTC, so the date falls in the same month in every time zone. */
export function monthDate(month: string): Date {
  const [year, m] = month.split("-").map(Number);
  return new Date(Date.UTC(year!, m! - 1, 1));
}

/**
 * The x scale of a series drawn by month (positions from monthDate), labelled with the analysis' "axis.month" text:
 * `x: monthAxis(text, narrow)` in a figure's plot function. A phone drawing has room for a year tick every five
 * years; Plot's default (every two) runs the labels together there.
 */
export function monthAxis(text: (key: string) => string, narrow = false): Plot.ScaleOptions {
  // The inset keeps the first and last months' dots (sized by ratings) inside the plot area.
  return {label: text("axis.month"), type: "utc", inset: YEAR_INSET, ...(narrow ? {ticks: "5 years"} : {})};
}

/** The data attributes of a monthly mark: its month, and its year for the year-range filter. */
export function monthAttributes(row: {month: string}): {month: string; year: number} {
  return {month: row.month, year: Number(row.month.slice(0, 4))};
}
