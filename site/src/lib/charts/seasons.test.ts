import {readFileSync} from "node:fs";
import path from "node:path";

import * as Plot from "@observablehq/plot";
import type {Rgb} from "culori";
import {differenceCiede2000, formatHex, parse, wcagContrast} from "culori";
import {describe, expect, it} from "vitest";

import type {SeasonalItems} from "../../../../queries/seasonality/_items.schema.js";
import type {Season} from "../../../../queries/seasonality/_seasons.js";
import {view as seasonalIngredients} from "../../views/seasonality_ingredients.js";
import type {PlotContext} from "../views.js";
import {NARROW_WIDTH, WIDE_WIDTH} from "../views.js";
import {legendKey, symbolPath} from "./export.js";
import {renderPlot} from "./render.js";
import type {DrawnIntervals} from "./seasons.js";
import {DUMBBELL, HEAT, heatShade, hiddenIntervals, INTERVAL_DOT, INTERVAL_DOT_LEGEND} from "./seasons.js";
import {intervalAwareText, QUARTILES_CLASS, SPAN_EDGE, spanHeight} from "./seasons.js";
import {LINE, PAGE_COLORS, PALETTE} from "./theme.js";

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
        `^<line class="${QUARTILES_CLASS}" x1="0" y1="7" x2="14" y2="7" [^>]*stroke-width="${INTERVAL_DOT.quartiles.strokeWidth}" stroke-opacity="${INTERVAL_DOT.quartiles.strokeOpacity}"/>$`
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
    // Level and without caps, as the whiskers are drawn across each season's row.
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

/** The y of every point a symbol's outline passes (the M, L, h, v and Z commands Plot's symbols use). */
function pathYs(d: string): number[] {
  const ys: number[] = [];
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLhvZ])([^MLhvZ]*)/g)) {
    const numbers = (args!.match(/-?[\d.]+/g) ?? []).map(Number);
    if (command === "M" || command === "L") y = numbers[1]!;
    else if (command === "v") y += numbers[0]!;
    ys.push(y);
  }
  return ys;
}

/** The most render.ts's rounding of coordinates to a tenth of a pixel moves a point (px). */
const ROUNDED = 0.05 + 1e-9;

describe("the seasonal dumbbells", () => {
  const figure = seasonalIngredients.figures(items()).find((f) => f.key === "range")!;
  const draw = (narrow: boolean): string =>
    renderPlot(figure.plot(context(narrow)), {id: "r", lang: "en", ariaLabel: "r"});
  /** Each season's mark group: its symbols' season (data-period) and vertical offset (Plot writes dy as a translation). */
  const groups = (svg: string): Array<{seasons: string[]; dy: string; marks: number; shapes: string[]}> =>
    [...svg.matchAll(/<g[^>]*data-mark="dot"[^>]*>(.*?)<\/g>/g)].map((m) => {
      const group = m[0];
      const marks = [...m[1]!.matchAll(/<(path|circle)[^>]*data-period="(\w+)"[^>]*>/g)];
      return {
        seasons: [...new Set(marks.map((k) => k[2]!))],
        dy: /transform="translate\(([^)]*)\)"/.exec(group)?.[1]?.split(",")[1] ?? "0",
        marks: marks.length,
        shapes: [...new Set(marks.map((k) => (k[1] === "circle" ? "circle" : / d="([^"]*)"/.exec(k[0])![1]!)))]
      };
    });

  it.each([true, false])(
    "draws the four seasons of every item in four lanes, each in its own symbol (phone: %s)",
    (narrow) => {
      const svg = draw(narrow);
      const drawn = groups(svg).filter((g) => g.marks > 0);
      expect(drawn.reduce((n, g) => n + g.marks, 0)).toBe(12);
      // One season per group, each season's groups (peak and others) in one lane, four lanes, four shapes.
      expect(drawn.every((g) => g.seasons.length === 1)).toBe(true);
      const laneOf = new Map(drawn.map((g) => [g.seasons[0]!, g.dy]));
      expect(drawn.every((g) => laneOf.get(g.seasons[0]!) === g.dy)).toBe(true);
      expect(new Set(laneOf.values()).size).toBe(4);
      expect(new Set(drawn.flatMap((g) => g.shapes)).size).toBe(4);
      // Winter at the top, autumn at the bottom, as the note says (the note wraps, a tspan per line).
      const dy = (season: string) => Number(laneOf.get(season));
      expect(dy("Winter") < dy("Spring") && dy("Spring") < dy("Summer") && dy("Summer") < dy("Autumn")).toBe(true);
      const note = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(" ");
      expect(note).toContain(
        "From the top: axis.season_winter, axis.season_spring, axis.season_summer, axis.season_autumn"
      );
    }
  );

  it.each([true, false])(
    "keeps an item's four marks apart when its seasons' shares are equal (phone: %s)",
    (narrow) => {
      const equal = items();
      equal.items = [equal.items[0]!];
      equal.items[0]!.shares = equal.items[0]!.shares.map((share) => ({...share, share: 0.02}));
      // The ringed peak is the tallest mark of its lane: put it on each season in turn.
      for (const peak of ["Winter", "Spring", "Summer", "Autumn"] as const) {
        equal.items[0]!.peak = peak;
        const svg = renderPlot(
          seasonalIngredients
            .figures(equal)
            .find((f) => f.key === "range")!
            .plot(context(narrow)),
          {id: "e", lang: "en", ariaLabel: "e"}
        );
        // Each mark's vertical reach on the drawing: its group's dy, its own place, its outline's extent and half its
        // stroke (Plot draws the stroke across the outline).
        const reach = [...svg.matchAll(/<g[^>]*data-mark="dot"[^>]*>(.*?)<\/g>/g)].flatMap((g) => {
          const dy = Number(/transform="translate\([^,]*,([^)]*)\)"/.exec(g[0].slice(0, g[0].indexOf(">")))?.[1] ?? 0);
          const stroke = Number(/stroke-width="([\d.]+)"/.exec(g[0].slice(0, g[0].indexOf(">")))?.[1] ?? 1) / 2;
          return [...g[1]!.matchAll(/<(path|circle)[^>]*>/g)].map((m) => {
            const y = Number(/translate\([^,]*,([^)]*)\)/.exec(m[0])?.[1] ?? /cy="([^"]*)"/.exec(m[0])?.[1]);
            const ys =
              m[1] === "circle"
                ? [-Number(/ r="([^"]*)"/.exec(m[0])![1]), Number(/ r="([^"]*)"/.exec(m[0])![1])]
                : pathYs(/ d="([^"]*)"/.exec(m[0])![1]!);
            return {top: dy + y + Math.min(...ys) - stroke, bottom: dy + y + Math.max(...ys) + stroke};
          });
        });
        expect(reach).toHaveLength(4);
        reach.sort((a, b) => a.top - b.top);
        for (let i = 0; i + 1 < reach.length; i++) {
          // Touching is allowed, as in legibility.ts's marks-overlap check (half a pixel).
          expect(reach[i]!.bottom - reach[i + 1]!.top, `${peak} ringed, lanes ${i} and ${i + 1}`).toBeLessThanOrEqual(
            0.5
          );
        }
      }
    }
  );

  it.each([true, false])(
    "draws a band from each item's lowest share to its highest, with the x grid across it (beside it too on a phone) (phone: %s)",
    (narrow) => {
      const options = figure.plot(context(narrow));
      const svg = renderPlot(options, {id: "r", lang: "en", ariaLabel: "r"});
      const band = /<g data-mark="rule"[^>]*stroke-width="([\d.]+)"[^>]*>(.*?)<\/g>/.exec(svg)!;
      expect(Number(band[1])).toBe(spanHeight(DUMBBELL[narrow ? "narrow" : "wide"]));
      const at = (attribute: string, line: string) => Number(new RegExp(`${attribute}="([\\d.]+)"`).exec(line)![1]);
      const lines = band[2]!.match(/<line[^>]*>/g)!;
      expect(lines).toHaveLength(3);
      // Each band's ends where the drawing's x scale puts the item's lowest and highest shares: the scale from the
      // chart's options (its domain onto the plot area, past the left inset), to the twentieth of a pixel that
      // render.ts's rounding to a tenth leaves.
      const x = options.x as {domain: [number, number]; insetLeft: number};
      const [left, right] = [options.marginLeft! + x.insetLeft, options.width! - options.marginRight!];
      const px = (share: number): number =>
        left + ((share - x.domain[0]) / (x.domain[1] - x.domain[0])) * (right - left);
      const shares = items().items.map((item) => item.shares.map((share) => share.share));
      const ends = lines.map((line) => [at("x1", line), at("x2", line)].sort((a, b) => a - b));
      shares.forEach((row, i) => {
        expect(Math.abs(ends[i]![0] - px(Math.min(...row))), `item ${i}'s lowest share`).toBeLessThanOrEqual(ROUNDED);
        expect(Math.abs(ends[i]![1] - px(Math.max(...row))), `item ${i}'s highest share`).toBeLessThanOrEqual(ROUNDED);
      });
      // The tolerance fails a band drawn from the next season's share: the closest shares of one item ("seasonal"'s
      // 11.68 and 11.71 %, a third of a pixel apart on the phone) lie more than twice the tolerance apart.
      const closest = Math.min(
        ...shares.flatMap((row) => {
          const sorted = [...row].sort((a, b) => a - b);
          return sorted.slice(1).map((v, k) => px(v) - px(sorted[k]!));
        })
      );
      expect(closest).toBeGreaterThan(2 * ROUNDED);
      // Plot's grid gives way to pieces across the bands, in the card's colour.
      expect(svg).not.toContain('data-mark="x-grid"');
      expect(svg).toMatch(
        /data-mark="span-grid"[^>]*>(<g stroke-opacity[^>]*>.*?<\/g>)?<g stroke="var\(--plot-background\)">/
      );
      // On a phone, whose labels are off the rows, the grid runs beside the bands too, in the grid's own style.
      expect(/data-mark="span-grid"[^>]*><g stroke-opacity="0.1"/.test(svg)).toBe(narrow);
    }
  );

  it.each([true, false])(
    "ends its x axis on a labelled tick at both ends, past every share and interval (phone: %s)",
    (narrow) => {
      const options = figure.plot(context(narrow));
      const svg = renderPlot(options, {id: "r", lang: "en", ariaLabel: "r"});
      const labels = /<g[^>]*data-mark="x-axis tick label"[^>]*>(.*?)<\/g>/.exec(svg)![1]!;
      const ticks = [...labels.matchAll(/translate\(([\d.]+),[^)]*\)"[^>]*>([^<]*)</g)].map((m) => ({
        x: Number(m[1]),
        value: Number(m[2])
      }));
      const x = options.x as {domain: [number, number]; insetLeft: number};
      // The axis' ends are its first and last labels (Plot draws ticks on the half pixel).
      expect(ticks[0]!.value).toBe(x.domain[0]);
      expect(ticks.at(-1)!.value).toBe(x.domain[1]);
      expect(Math.abs(ticks.at(-1)!.x - (options.width! - options.marginRight!))).toBeLessThanOrEqual(0.5);
      expect(Math.abs(ticks[0]!.x - (options.marginLeft! + x.insetLeft))).toBeLessThanOrEqual(0.5);
      const upper = Math.max(...items().items.flatMap((item) => item.shares.map((share) => share.interval.upper)));
      expect(x.domain[1]).toBeGreaterThanOrEqual(upper);
    }
  );

  it("keys each season with its symbol, as Plot draws it, and the band", () => {
    const keys = figure.legend!.filter((e) => e.label.startsWith("axis.season_")).map((e) => e.shape);
    expect(keys).toEqual(["triangle", "diamond", "disc", "square"]);
    expect(figure.legend!.map((e) => e.shape)).toContain("span");
    // The key's outline is the one Plot draws for the symbol at the key's radius.
    for (const [shape, symbol] of [
      ["triangle", "triangle"],
      ["diamond", "diamond2"]
    ] as const) {
      const svg = renderPlot(
        {
          width: 100,
          height: 100,
          x: {domain: [0, 1]},
          y: {domain: [0, 1]},
          marks: [Plot.dot([0], {x: 0.5, y: 0.5, r: 4.5, symbol})]
        },
        {id: "k", lang: "en", ariaLabel: "k"}
      );
      const drawn = /<path[^>]*d="(M[^"]*)"/.exec(svg.slice(svg.indexOf('data-mark="dot"')))![1]!;
      const numbers = (d: string) => d.match(/-?[\d.]+/g)!.map((n) => Math.round(Number(n) * 10) / 10);
      expect(numbers(symbolPath(shape, 4.5))).toEqual(numbers(drawn));
      expect(legendKey(shape, "red")).toContain(symbolPath(shape, 4.5));
    }
  });
});

describe("the seasonal charts in the dark theme", () => {
  /** The dark theme's value of a CSS variable (global.css's first :root block). */
  const css = readFileSync(path.join(import.meta.dirname, "../../styles/global.css"), "utf8");
  const dark = css.slice(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
  const light = css.slice(css.indexOf(':root[data-theme="light"]'));
  const value = (block: string, name: string): string => new RegExp(`--${name}:\\s*([^;]+);`).exec(block)![1]!.trim();
  const over = (color: string, background: string, alpha: number): string => {
    const [c, b] = [parse(color)!, parse(background)!] as [Rgb, Rgb];
    return formatHex({
      mode: "rgb",
      r: c.r * alpha + b.r * (1 - alpha),
      g: c.g * alpha + b.g * (1 - alpha),
      b: c.b * alpha + b.b * (1 - alpha)
    });
  };

  it("draws every season's quartile band at 3:1 against the dark card, the light theme's as before", () => {
    const card = value(dark, "surface");
    const alpha = Number(value(dark, "chart-quartiles-opacity"));
    const faint = (["winter", "spring", "summer", "autumn"] as const)
      .map((season) => ({season, ratio: wcagContrast(over(PALETTE.dark[season], card, alpha), card)}))
      .filter(({ratio}) => ratio < 3);
    expect(faint).toEqual([]);
    expect(Number(value(light, "chart-quartiles-opacity"))).toBe(INTERVAL_DOT.quartiles.strokeOpacity);
  });

  it("keeps a heatmap cell at its row's mean 12 ΔE2000 from the dark card; the light floor is the cells' own", () => {
    const card = value(dark, "surface");
    const floor = Number(value(dark, "chart-heat-floor"));
    const deltaE = differenceCiede2000();
    for (const side of ["above", "below"] as const) {
      expect(deltaE(over(PALETTE.dark[side], card, floor), card), side).toBeGreaterThanOrEqual(12);
    }
    expect(Number(value(light, "chart-heat-floor"))).toBe(HEAT.floor);
    // Over the light floor, the shade layer gives the single layer's opacity from the floor to the full shade.
    for (const shade of [0, 0.3, 1]) {
      expect(1 - (1 - HEAT.floor) * (1 - heatShade(shade))).toBeCloseTo(
        HEAT.floor + (HEAT.full - HEAT.floor) * shade,
        10
      );
    }
  });
});

describe("the heatmaps' text and the dumbbells' bands in both themes", () => {
  const css = readFileSync(path.join(import.meta.dirname, "../../styles/global.css"), "utf8");
  const dark = css.slice(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
  const value = (name: string): string => new RegExp(`--${name}:\\s*([^;]+);`).exec(dark)![1]!.trim();
  const over = (color: string, background: string, alpha: number): string => {
    const [c, b] = [parse(color)!, parse(background)!] as [Rgb, Rgb];
    return formatHex({
      mode: "rgb",
      r: c.r * alpha + b.r * (1 - alpha),
      g: c.g * alpha + b.g * (1 - alpha),
      b: c.b * alpha + b.b * (1 - alpha)
    });
  };
  const themes = [
    {theme: "dark", card: value("surface"), floor: Number(value("chart-heat-floor"))},
    {theme: "light", card: "#ffffff", floor: HEAT.floor}
  ] as const;

  it.each(themes)("keeps a value written in the fullest heatmap cell at 4.5:1 (WCAG 1.4.3) ($theme theme)", (t) => {
    // The cell's two layers (heatCells): the floor over the card, then the full shade over the floor; at a full of
    // 0.68 the dark theme's "above" cell (#96692b) held its 11 px text at 4.2:1.
    const faint = (["above", "below"] as const)
      .map((side) => {
        const color = PALETTE[t.theme][side];
        const cell = over(color, over(color, t.card, t.floor), heatShade(1));
        return {side, cell, ratio: wcagContrast(cell, PAGE_COLORS[t.theme].text)};
      })
      .filter(({ratio}) => ratio < 4.5)
      .map(({side, cell, ratio}) => `${side} ${cell}: ${ratio.toFixed(2)}:1`);
    expect(faint).toEqual([]);
  });

  it.each(themes)("edges a dumbbell's grey band at 3:1 against the card (WCAG 1.4.11) ($theme theme)", (t) => {
    // The band's fill alone (SPAN) is about 1.4:1 on the dark card; its edges (SPAN_EDGE) carry it.
    const edge = over(PAGE_COLORS[t.theme].text, t.card, SPAN_EDGE.strokeOpacity);
    expect(wcagContrast(edge, t.card)).toBeGreaterThanOrEqual(3);
  });
});

describe("the ratings' seasonal means legend", () => {
  it("keys the interval as drawn: a level whisker with an end cap at each bound", () => {
    const key = legendKey("whiskerCapped", "currentColor");
    expect(key).toMatch(/^<line x1="1" y1="7" x2="13" y2="7" [^>]*stroke-width="2"/);
    expect(key).toContain('<line x1="1" y1="2" x2="1" y2="12"');
    expect(key).toContain('<line x1="13" y1="2" x2="13" y2="12"');
  });

  it("keys an upright interval (a bar's) as the same whisker turned upright", () => {
    expect(legendKey("whiskerCappedUpright", "currentColor")).toBe(
      `<g transform="rotate(90 7 7)">${legendKey("whiskerCapped", "currentColor")}</g>`
    );
  });
});
