/**
 * The label of a weekend − weekday difference row: the quantity's name, the difference in the quantity's own unit,
 * then the same difference as a share of the weekday mean, named as such ("Steps — −0.024 steps (−0.3% of the
 * weekday mean) · p = 0.34"). A unit in brackets after the name would read as the unit of the percentage beside it.
 */
import type {PlotContext} from "./views.js";

export interface Difference {
  /** Weekend mean − weekday mean, in the quantity's unit. */
  meanDiff: number;
  /** The same difference over the weekday mean, a fraction. */
  diffPct: number;
}

/** A share with an explicit sign (+0.7%, −3.5 %); one that rounds to zero has none (0.0%, never +0.0%). */
export function signedPct(value: number, format: PlotContext["format"], digits = 1): string {
  const text = format(value, `pct|${digits}`);
  return value > 0 && Number((value * 100).toFixed(digits)) !== 0 ? `+${text}` : text;
}

/**
 * `name` is the text key of the quantity's name without a unit, `unit` a UNITS key of pipeline/narrative.ts; the
 * share is written "of the weekday mean" (text key `axis.ofWeekdayMean`) on the wide drawing, bare on the narrow one
 * where the axis under the rows says what it is a share of.
 */
export function differenceLabel(
  difference: Difference,
  {name, unit}: {name: string; unit: string},
  {text, format, narrow}: Pick<PlotContext, "text" | "format" | "narrow">
): {name: string; value: string} {
  const share = signedPct(difference.diffPct, format);
  return {
    name: text(name),
    value: `${format(difference.meanDiff, `ssig|2|unit:${unit}`)} (${narrow ? share : `${share} ${text("axis.ofWeekdayMean")}`})`
  };
}
