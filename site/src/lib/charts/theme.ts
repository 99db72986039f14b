/**
 * Chart colours. Marks are coloured with CSS variables (`var(--chart-orange)`), so a chart follows the page's theme
 * without being redrawn; the variables are defined for both themes in site/src/styles/global.css, and PALETTE holds
 * the same values (a test keeps them equal) for the standalone SVG and PNG downloads, which cannot see the page's
 * CSS. The dark values are the reference app's CHART_COLORS (§9); the light ones are darker shades that keep a 3:1
 * contrast against a white background.
 */

export type Theme = "dark" | "light";

export const CHART_TOKENS = [
  "orange",
  "gold",
  "red",
  "blue",
  "cyan",
  "salmon",
  "powder",
  "goldenrod",
  "reference"
] as const;

export type ChartToken = (typeof CHART_TOKENS)[number];

/** Hex value of every chart colour in each theme. */
export const PALETTE: Record<Theme, Record<ChartToken, string>> = {
  dark: {
    orange: "#ff8c00",
    gold: "#ffd700",
    red: "#e24e1b",
    blue: "#1e90ff",
    cyan: "#00ced1",
    salmon: "#ffa07a",
    powder: "#b0e0e6",
    goldenrod: "#daa520",
    reference: "#ff6b6b"
  },
  light: {
    orange: "#b35600",
    gold: "#b8860b",
    red: "#c43d0e",
    blue: "#1565c0",
    cyan: "#00838f",
    salmon: "#c8552b",
    powder: "#3f7f93",
    goldenrod: "#8a6500",
    reference: "#b3261e"
  }
};

/** Text drawn on a bar of the main (orange) colour. */
export const ON_BAR: Record<Theme, string> = {dark: "#1e1e1e", light: "#ffffff"};

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

/** The reference's colourway in its index order (CHART_COLORS 0–7), for ordinal scales. */
export const CATEGORY_COLORS: readonly string[] = [
  COLORS.orange,
  COLORS.gold,
  COLORS.red,
  COLORS.blue,
  COLORS.cyan,
  COLORS.salmon,
  COLORS.powder,
  COLORS.goldenrod
];

/**
 * One colour per season, each distinct (the reference gave spring and autumn the same red, §12.7): cold blue for
 * winter, fresh cyan for spring, sunny gold for summer, orange for autumn.
 */
export const SEASON_COLORS: Record<"Winter" | "Spring" | "Summer" | "Autumn", string> = {
  Winter: COLORS.blue,
  Spring: COLORS.gold,
  Summer: COLORS.orange,
  Autumn: COLORS.red
};

/** Weekday and weekend, as in the reference (§4): gold and orange. */
export const PERIOD_COLORS: Record<"weekday" | "weekend", string> = {weekday: COLORS.gold, weekend: COLORS.orange};

/** Replaces every chart variable and currentColor in SVG markup by the theme's hex values. */
export function resolveColors(markup: string, theme: Theme): string {
  const page = PAGE_COLORS[theme];
  return markup
    .replace(/var\(--chart-([a-z]+)\)/g, (match, token: string) => PALETTE[theme][token as ChartToken] ?? match)
    .replace(/var\(--chart-on-bar\)/g, ON_BAR[theme])
    .replace(/var\(--plot-background\)/g, page.background)
    .replace(/currentColor/g, page.text);
}
