/**
 * The chart design system: every colour and line style a figure uses, each with one meaning across the whole site.
 * Views take their colours and styles from here and define no colour of their own.
 *
 * Colours are roles, not hues:
 * - observed: the measured series of a figure (bars, dots, the line of a single series);
 * - highlight: the one datum the text points at (the busiest year, the busiest month), against observed;
 * - muted: what is left out of a comparison or does not pass its test (ratings of 0 set aside, partial years,
 *   differences that are not significant), and the context behind an estimate (the trends' ±1 SD spread of recipes);
 * - weighted / unweighted: the weighted estimate or fit (WLS, weighted mean) and its unweighted counterpart (OLS,
 *   plain mean), drawn together when the page compares them;
 * - secondary: a second measure drawn beside observed in the same figure (the median beside the mean, users beside
 *   recipes);
 * - above / below: the two sides of a reference (rise and fall in share, above and below the average), brown and
 *   teal (ColorBrewer BrBG): heatmaps sit next to season-coloured charts, so red/blue there read as autumn/winter;
 * - winter, spring, summer, autumn: the seasons; weekday, weekend: the two periods of the week;
 * - star1 … star5: the ordered star ratings, a diverging ramp (purple below the middle, orange above) whose key is
 *   the legend of the figure.
 * Lines: one style per concept (LINE): the observed series solid, a fitted model dashed and thicker, the
 * unweighted comparison fit dash-dotted, a reference (expectation, y = x, zero, a mean) finely dashed in the text
 * colour, the interval of a series a translucent band (LINE.band) on every trend; where a figure also shades a spread
 * (± one SD), the spread is a grey (muted) fill edged with dotted lines (LINE.spread, LINE.spreadEdge).
 * The interval of a lone value (a season's mean, an item's share) is a whisker through its mark. A legend key is drawn
 * from the mark it stands for (export.ts legendKey): a line for a line, a dot for a dot, a band for a band.
 *
 * Marks are coloured with CSS variables (`var(--chart-observed)`), so a chart follows the page's theme without being
 * redrawn; the variables are defined for both themes in site/src/styles/global.css, and PALETTE holds the same values
 * (a test keeps them equal) for the standalone SVG and PNG downloads, which cannot see the page's CSS. Colours shown
 * together (SHOWN_TOGETHER) stay apart for readers with a colour-vision deficiency: palette.test.ts simulates
 * deuteranopia, protanopia and tritanopia and requires a CIEDE2000 difference of at least 12 between every pair, in
 * both themes. Every mark colour keeps a 3:1 contrast with the figure's background (tested): the light star ramp
 * is darker in its middle than a textbook diverging ramp, whose pale centre vanishes on a white card.
 */

export type Theme = "dark" | "light";

export const CHART_TOKENS = [
  "observed",
  "highlight",
  "muted",
  "weighted",
  "unweighted",
  "secondary",
  "above",
  "below",
  "winter",
  "spring",
  "summer",
  "autumn",
  "weekday",
  "weekend",
  "star1",
  "star2",
  "star3",
  "star4",
  "star5"
] as const;

export type ChartToken = (typeof CHART_TOKENS)[number];

/** Hex value of every chart colour in each theme. */
export const PALETTE: Record<Theme, Record<ChartToken, string>> = {
  dark: {
    observed: "#ff8c00",
    highlight: "#ffe14d",
    muted: "#b8b8b8",
    weighted: "#e377c2",
    unweighted: "#a8d8ff",
    secondary: "#4fc3c3",
    above: "#bf812d",
    below: "#35978f",
    winter: "#7fb2ff",
    spring: "#2e9e5b",
    summer: "#f0e442",
    autumn: "#e8601c",
    weekday: "#9fb4cc",
    weekend: "#ff9e2c",
    star1: "#9076d4",
    star2: "#b9aac5",
    star3: "#e0e0e0",
    star4: "#fdb863",
    star5: "#e66101"
  },
  light: {
    observed: "#b35600",
    highlight: "#7b3294",
    muted: "#7e7e7e",
    weighted: "#a2337a",
    unweighted: "#3f88d6",
    secondary: "#00838f",
    above: "#8c510a",
    below: "#01665e",
    winter: "#1f4e9c",
    spring: "#2e8b57",
    summer: "#a67800",
    autumn: "#b2182b",
    weekday: "#4d6a8f",
    weekend: "#b35900",
    star1: "#402880",
    star2: "#8957d0",
    star3: "#737373",
    star4: "#b35c12",
    star5: "#712800"
  }
};

/** Seasons and the diverging pair share pages (Seasonality): the pair must not be read as two seasons. */
export const APART_FROM_SEASONS: readonly ChartToken[] = ["above", "below"];

/** Groups of colours that appear in one figure: each pair must stay distinct under every colour-vision deficiency. */
export const SHOWN_TOGETHER: readonly (readonly ChartToken[])[] = [
  ["winter", "spring", "summer", "autumn"],
  ["weekday", "weekend"],
  ["above", "below"],
  // The ranked rises and falls: a change whose interval includes zero drawn muted beside the rises and falls. The
  // grey was #8c8c8c (dark) and #767676 (light), 2.2 and 11.0 from the falls' teal under protanopia.
  ["above", "below", "muted"],
  ["observed", "highlight", "muted"],
  ["observed", "weighted", "unweighted"],
  ["observed", "secondary"],
  // The trends' ±1 SD spread (muted) beside the mean's interval (observed) and the weighted fit.
  ["observed", "weighted", "muted"],
  ["star1", "star2", "star3", "star4", "star5"]
];

/** Text drawn on a bar of the observed colour (the star ramp's darker steps too): hex per theme, and as a variable. */
export const ON_BAR: Record<Theme, string> = {dark: "#1e1e1e", light: "#ffffff"};
export const ON_BAR_COLOR = "var(--chart-on-bar)";

/** The colours of bars that carry a value label in ON_BAR's colour (overview, weekday counts, stars by season). */
export const CARRIES_TEXT: readonly ChartToken[] = [
  "observed",
  "weekday",
  "weekend",
  "star1",
  "star2",
  "star3",
  "star4",
  "star5"
];

/** Page colours the standalone downloads need: text, background, and Plot's `--plot-background`. */
export const PAGE_COLORS: Record<Theme, {text: string; background: string; muted: string}> = {
  dark: {text: "#f0f0f0", background: "#1e1e1e", muted: "#a6a6a6"},
  light: {text: "#1e1e1e", background: "#ffffff", muted: "#595959"}
};

/** CSS variable reference of a chart colour, for Plot's fill and stroke options. */
export const COLORS = Object.fromEntries(CHART_TOKENS.map((token) => [token, `var(--chart-${token})`])) as Record<
  ChartToken,
  string
>;

/** One colour per season. */
export const SEASON_COLORS: Record<"Winter" | "Spring" | "Summer" | "Autumn", string> = {
  Winter: COLORS.winter,
  Spring: COLORS.spring,
  Summer: COLORS.summer,
  Autumn: COLORS.autumn
};

/** Weekday and weekend. */
export const PERIOD_COLORS: Record<"weekday" | "weekend", string> = {
  weekday: COLORS.weekday,
  weekend: COLORS.weekend
};

/** The star ratings 1 to 5, ordered. */
export const STAR_COLORS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: COLORS.star1,
  2: COLORS.star2,
  3: COLORS.star3,
  4: COLORS.star4,
  5: COLORS.star5
};

/** Whether an interval holds zero: its estimate shows no clear change, drawn in muted (as a non-significant one). */
export const includesZero = (lower: number, upper: number): boolean => lower <= 0 && upper >= 0;

/** A significant difference in the observed colour, one that is not in muted. */
export const significanceColor = (significant: boolean): string => (significant ? COLORS.observed : COLORS.muted);

/**
 * Line styles, one per concept, as Plot options: `Plot.line(rows, {..., ...LINE.fit, stroke: COLORS.weighted})`.
 * The reference line carries its own colour (the text colour): it is not data.
 */
export const LINE = {
  observed: {strokeWidth: 2},
  // An observed series drawn as dots joined by a thin line, where a fit runs through the same points (the trends of
  // complexity and nutrition, whose fit is near perfect): the dots carry the series, the dashed fit stays visible.
  joined: {strokeWidth: 1.25},
  fit: {strokeWidth: 2.5, strokeDasharray: "7 4"},
  fitUnweighted: {strokeWidth: 2, strokeDasharray: "7 3 2 3"},
  reference: {stroke: "currentColor", strokeWidth: 2, strokeDasharray: "3 3", strokeOpacity: 0.8},
  // The class BAND_CLASS lets global.css make bands denser on the dark card, in the chart and in its legend key.
  band: {fillOpacity: 0.25, className: "chart-band"},
  // A spread (± one standard deviation) drawn behind an interval, in grey (muted): edged with dotted lines, so it
  // never reads as the interval band of the chart beside it (a fill alone did). In the observed hue both bands were
  // one dark brown on the dark card; palette.test measures the two as composited on the card.
  spread: {fillOpacity: 0.2},
  spreadEdge: {strokeWidth: 1, strokeDasharray: "2 2", strokeOpacity: 0.8},
  // The interval of a lone value (a dot, not a series): a solid whisker through its mark, darker than any band.
  whisker: {strokeWidth: 2, strokeOpacity: 0.9},
  // The segment joining a dumbbell's two ends (the weekend items' shares): the gap, in the text colour, paler than the
  // whiskers drawn over it.
  link: {strokeWidth: 2, strokeOpacity: 0.5}
} as const;

/** Class of every interval band (LINE.band) and of its legend key: global.css sets their density per theme. */
export const BAND_CLASS = LINE.band.className;

/**
 * A box plot's median: a bar in ON_BAR's colour edged with the text colour, drawn as two ticks (the edge first).
 * In the text colour alone it fell to 1.1:1 on the dark theme's summer box and under 3:1 on winter, autumn, weekday and
 * weekend boxes; ON_BAR keeps 3:1 (WCAG 1.4.11) on every box fill (CARRIES_MEDIAN, palette.test.ts), and the edge
 * keeps it visible in the legend, on the page's background.
 */
export const MEDIAN = {
  edge: {stroke: "currentColor", strokeWidth: 5},
  bar: {stroke: ON_BAR_COLOR, strokeWidth: 3}
} as const;

/** The fills of box-plot boxes, which carry a MEDIAN bar. */
export const CARRIES_MEDIAN: readonly ChartToken[] = ["winter", "spring", "summer", "autumn", "weekday", "weekend"];

/**
 * A halo in the figure's background colour behind a label drawn across lines or marks (a row's name over its
 * interval and the zero line): `Plot.text(rows, {..., ...HALO})`. The line spacing keeps a second line's halo off
 * the descenders of the first.
 */
export const HALO = {stroke: "var(--plot-background)", strokeWidth: 3, paintOrder: "stroke", lineHeight: 1.25} as const;

/**
 * Space between a whisker's end and the value written past it (px): a quarter em of its 10–11 px text, the halo's
 * half width (HALO) and a few pixels more. At 4–5 px the whisker's end read as a sign at 390 px ("−−4.9", "−+4.1").
 */
export const WHISKER_LABEL_GAP = 9;

/** Replaces every chart variable and currentColor in SVG markup by the theme's hex values. */
export function resolveColors(markup: string, theme: Theme): string {
  const page = PAGE_COLORS[theme];
  return markup
    .replace(/var\(--chart-([a-z0-9]+)\)/g, (match, token: string) => PALETTE[theme][token as ChartToken] ?? match)
    .replace(/var\(--chart-on-bar\)/g, ON_BAR[theme])
    .replace(/var\(--plot-background\)/g, page.background)
    .replace(/currentColor/g, page.text);
}
