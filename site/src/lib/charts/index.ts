/** Chart helpers: build-time rendering, the design system (theme.ts: colours, line styles), mark helpers, monthly time axes and the standalone SVG export. */
export {
  annotate,
  axisBreak,
  labelWidth,
  tickedDomain,
  laneGridX,
  laneRuleX,
  logAxis,
  medianTicks,
  shownWhen,
  tagGroup,
  tiesForMax,
  unbroken,
  YEAR_INSET,
  yearAxis,
  yearTicks,
  yearTicksEvery
} from "./marks.js";
export {escapeXml, legendKey, standaloneSvg, wrapWords} from "./export.js";
export {CHART_CLASS, numberTicks, renderPlot, renumberIds, roundNumbers, timeTicks} from "./render.js";
export type {RenderOptions} from "./render.js";
export {
  meanRatingDomain,
  meanRatingFrame,
  MONTH_BIN_COLUMNS,
  monthBins,
  histogramPixels,
  monthHistogram,
  monthlyMeanDots
} from "./monthlyMeans.js";
export type {MonthBin, MonthlyMean} from "./monthlyMeans.js";
export {monthAttributes, monthAxis, monthDate} from "./time.js";
export {
  CHART_TOKENS,
  COLORS,
  HALO,
  includesZero,
  LINE,
  MEDIAN,
  ON_BAR_COLOR,
  PAGE_COLORS,
  PALETTE,
  PERIOD_COLORS,
  resolveColors,
  SEASON_COLORS,
  SHOWN_TOGETHER,
  significanceColor,
  STAR_COLORS,
  WHISKER_LABEL_GAP
} from "./theme.js";
export type {ChartToken, Theme} from "./theme.js";
export {
  isBusiestYear,
  partialYearDots,
  YEAR_BAR_COLUMNS,
  yearBarFill,
  yearBarLegend,
  yearBarTitle
} from "./yearBars.js";
export type {YearBarRow} from "./yearBars.js";
