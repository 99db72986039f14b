import * as Plot from "@observablehq/plot";
import {describe, expect, it} from "vitest";

import type {SeasonalItems} from "../../../../queries/seasonality/_items.schema.js";
import type {Season} from "../../../../queries/seasonality/_seasons.js";
import {view as seasonalIngredients} from "../../views/seasonality_ingredients.js";
import type {PlotContext} from "../views.js";
import {NARROW_WIDTH, WIDE_WIDTH} from "../views.js";
import {legendKey} from "./export.js";
import {renderPlot} from "./render.js";
import type {DrawnIntervals} from "./seasons.js";
import {hiddenIntervals, INTERVAL_DOT, INTERVAL_DOT_LEGEND, intervalAwareText} from "./seasons.js";
import {LINE} from "./theme.js";

interface Row {
  season: Season;
  mean: number;
  interval: {lower: number; upper: number} | null;
}

const drawnOf = (rows: Row[]): DrawnIntervals<Row> => ({
  rows,
  x: (d) => d.mean,
  interval: (d) => d.interval,
  r: () => 6
});

describe("hiddenIntervals", () => {
  // 10 px per unit: ±0.1 is ±1 px, inside a dot of radius 6; ±1 is ±10 px, past it.
  const x = (v: number): number => v * 10;
  const narrow: Row = {season: "Winter", mean: 10, interval: {lower: 9.9, upper: 10.1}};
  const wide: Row = {season: "Spring", mean: 10, interval: {lower: 9, upper: 11}};
  // Past the dot's edge on one side only (a Wilson interval is not symmetric): it shows.
  const lopsided: Row = {season: "Summer", mean: 10, interval: {lower: 9.95, upper: 10.8}};
  const none: Row = {season: "Autumn", mean: 10, interval: null};

  it("tells whether the dots hide none, some or all of the intervals, skipping rows without one", () => {
    expect(hiddenIntervals(drawnOf([narrow, none]), x)).toBe("all");
    expect(hiddenIntervals(drawnOf([narrow, wide, none]), x)).toBe("some");
    expect(hiddenIntervals(drawnOf([wide, lopsided]), x)).toBe("none");
  });
});

describe("intervalAwareText", () => {
  const rows: Row[] = [
    {season: "Winter", mean: 10, interval: {lower: 9.8, upper: 10.2}},
    {season: "Spring", mean: 12, interval: {lower: 11.8, upper: 12.2}}
  ];
  const draw = (width: number): string =>
    renderPlot(
      {
        width,
        height: 120,
        x: {domain: [0, 20]},
        y: {domain: ["Winter", "Spring"]},
        marks: [
          Plot.dot(rows, {x: "mean", y: "season", r: 6}),
          ...intervalAwareText(drawnOf(rows), (hidden) => (hidden === "none" ? "" : `NOTE-${hidden}`), {
            frameAnchor: "top-left"
          })
        ]
      },
      {id: "t", lang: "en", ariaLabel: "t"}
    );

  it("draws the note of the case the drawn scale gives: hidden on a narrow drawing, none on a wide one", () => {
    // ±0.2 on [0, 20]: about ±2 px at 200 px, past a 6 px dot's edge at 4,000 px.
    expect(draw(200)).toContain("NOTE-all");
    expect(draw(200)).not.toContain("NOTE-some");
    expect(draw(4000)).not.toContain("NOTE-");
  });
});

describe("the interval dot plots' legend", () => {
  it("draws each key from its mark's spec: a pale band, a tick across it, a level whisker", () => {
    const keys = Object.fromEntries(INTERVAL_DOT_LEGEND.map((e) => [e.shape, legendKey(e.shape!, e.color)]));
    expect(keys.quartiles).toMatch(
      new RegExp(
        `^<line x1="0" y1="7" x2="14" y2="7" [^>]*stroke-width="${INTERVAL_DOT.quartiles.strokeWidth}" stroke-opacity="${INTERVAL_DOT.quartiles.strokeOpacity}"/>$`
      )
    );
    // The tick across a piece of the band, both in the text colour: the marks take every season's colour, and a key
    // in one season's colour read as that season's only.
    expect(keys.medianTick).toContain(`stroke="currentColor" stroke-width="${INTERVAL_DOT.quartiles.strokeWidth}"`);
    expect(keys.medianTick).toMatch(
      new RegExp(
        `<line x1="7" y1="1" x2="7" y2="13" stroke="currentColor" stroke-width="${INTERVAL_DOT.median.strokeWidth}"/>`
      )
    );
    // Level, as the whiskers are drawn across each season's row, not the trends' upright whisker with caps.
    expect(keys.whiskerLevel).toMatch(
      new RegExp(`^<line x1="0" y1="7" x2="14" y2="7" stroke="currentColor" stroke-width="${LINE.whisker.strokeWidth}"`)
    );
    expect(keys.disc).toContain('fill="currentColor"');
    expect(Object.values(keys).join("")).not.toMatch(/--chart-(winter|spring|summer|autumn)/);
  });
});

/** Two items whose four seasonal shares lie within a few pixels of each other on a phone. */
function items(): SeasonalItems {
  const share = (season: Season, value: number) => ({
    season,
    recipes: Math.round(value * 1000),
    share: value,
    interval: {lower: value - 0.0005, upper: value + 0.0005}
  });
  const item = (rank: number, name: string, values: [number, number, number, number]) => ({
    rank,
    item: name,
    meanShare: values.reduce((a, b) => a + b) / 4,
    std: 0.001,
    cv: 0.1,
    range: Math.max(...values) - Math.min(...values),
    peak: (["Winter", "Spring", "Summer", "Autumn"] as const)[values.indexOf(Math.max(...values))]!,
    trough: (["Winter", "Spring", "Summer", "Autumn"] as const)[values.indexOf(Math.min(...values))]!,
    shares: (["Winter", "Spring", "Summer", "Autumn"] as const).map((s, i) => share(s, values[i]!)),
    chi2: 12,
    p: 0.001,
    pAdjusted: 0.01,
    significant: true
  });
  return {
    params: {alpha: 0.05, minMeanShare: 0.005, minRange: 0.005, topN: 2, correction: "holm", intervalLevel: 0.95},
    seasons: (["Winter", "Spring", "Summer", "Autumn"] as const).map((season) => ({season, recipes: 1000})),
    distinctItems: 10,
    keptItems: 2,
    testedItems: 5,
    significantCount: 2,
    items: [
      item(1, "zucchini", [0.01, 0.012, 0.02, 0.011]),
      item(2, "cinnamon", [0.03, 0.031, 0.029, 0.04]),
      // Two seasons equal once printed to a tenth of a percent.
      item(3, "seasonal", [0.07, 0.1171, 0.111, 0.1168])
    ]
  } as unknown as SeasonalItems;
}

/** A context like the site's, shares printed as percentages to a tenth. */
const context = (narrow: boolean): PlotContext => ({
  lang: "en",
  width: narrow ? NARROW_WIDTH : WIDE_WIDTH,
  narrow,
  text: (key) => (key === "axis.lanes" ? "From the top:" : key),
  format: (value, spec) => (spec === "pct|1" ? `${(Number(value) * 100).toFixed(1)}%` : String(value))
});

describe("the seasonal items' heatmap", () => {
  const figure = seasonalIngredients.figures(items()).find((f) => f.key === "heatmap")!;

  it("prints in bold every share equal to the peak's as printed, not the peak's cell only", () => {
    const svg = renderPlot(figure.plot(context(false)), {id: "h", lang: "en", ariaLabel: "h"});
    const bold = svg.match(/<g[^>]*font-weight="700"[^>]*>(.*?)<\/g>/)![1]!;
    const printed = [...bold.matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(printed.sort()).toEqual(["11.7%", "11.7%", "2.0%", "4.0%"]);
  });
});

describe("the seasonal dumbbells", () => {
  const figure = seasonalIngredients.figures(items()).find((f) => f.key === "range")!;
  const draw = (narrow: boolean): string =>
    renderPlot(figure.plot(context(narrow)), {id: "r", lang: "en", ariaLabel: "r"});
  /** The vertical offset of each season's dots (Plot writes a mark's dy as its group's translation). */
  const offsets = (svg: string): string[] =>
    [...svg.matchAll(/<g[^>]*data-mark="dot"[^>]*transform="translate\(([^)]*)\)"/g)].map((m) => m[1]!);
  const circles = (svg: string): number => (svg.match(/<circle /g) ?? []).length;

  it("draws all four seasons of every item on a phone, each season in its own lane, and says so on the figure", () => {
    const svg = draw(true);
    expect(circles(svg)).toBe(12);
    expect(new Set(offsets(svg).map((t) => t.split(",")[1])).size).toBe(4);
    // The lanes' order, the legend's (the note wraps, a tspan per line).
    const note = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(" ");
    expect(note).toContain(
      "From the top: axis.season_winter, axis.season_spring, axis.season_summer, axis.season_autumn"
    );
  });

  it("keeps the four seasons on the dumbbell's line on the wide drawing", () => {
    const svg = draw(false);
    expect(circles(svg)).toBe(12);
    expect(new Set(offsets(svg).map((t) => t.split(",")[1])).size).toBeLessThanOrEqual(1);
    expect(svg).not.toContain("From the top:");
  });

  it("keys the seasons with dots, as drawn", () => {
    expect(figure.legend!.filter((e) => e.label.startsWith("axis.season_")).map((e) => e.shape)).toEqual([
      "disc",
      "disc",
      "disc",
      "disc"
    ]);
  });
});

describe("the ratings' seasonal means legend", () => {
  it("keys the interval as drawn: a level whisker with an end cap at each bound", () => {
    const key = legendKey("whiskerCapped", "currentColor");
    expect(key).toMatch(/^<line x1="1" y1="7" x2="13" y2="7" [^>]*stroke-width="2"/);
    expect(key).toContain('<line x1="1" y1="2" x2="1" y2="12"');
    expect(key).toContain('<line x1="13" y1="2" x2="13" y2="12"');
  });
});
