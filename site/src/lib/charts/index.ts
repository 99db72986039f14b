/** Chart helpers: build-time rendering, colours, mark helpers, monthly time axes and the standalone SVG export. */
export {annotate, shownWhen, tagGroup, yearTicks, yearTicksEvery} from "./marks.js";
export {escapeXml, legendKey, standaloneSvg, wrapWords} from "./export.js";
export {CHART_CLASS, numberTicks, renderPlot, renumberIds, roundNumbers, timeTicks} from "./render.js";
export type {RenderOptions} from "./render.js";
export {meanRatingDomain, meanRatingFrame, monthlyMeanDots} from "./monthlyMeans.js";
export type {MonthlyMean} from "./monthlyMeans.js";
export {monthAttributes, monthAxis, monthDate} from "./time.js";
export {
  CATEGORY_COLORS,
  CHART_TOKENS,
  COLORS,
  PAGE_COLORS,
  PALETTE,
  PERIOD_COLORS,
  resolveColors,
  SEASON_COLORS
} from "./theme.js";
export type {ChartToken, Theme} from "./theme.js";
