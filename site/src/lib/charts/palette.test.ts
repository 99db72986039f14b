/**
 * The palette under colour-vision deficiencies: every pair of colours shown together (SHOWN_TOGETHER) stays at a
 * CIEDE2000 difference of at least 12 for normal vision and simulated deuteranopia, protanopia and tritanopia
 * (culori's Machado et al. filters at full severity), in both themes; neighbouring stars of the ordered ramp at 18 for
 * normal vision; every mark colour keeps a 3:1 contrast with the
 * background; no two roles share a colour; and no view defines a colour of its own.
 */
import {readdirSync, readFileSync} from "node:fs";
import path from "node:path";

import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
  type Color,
  type Rgb
} from "culori";
import {describe, expect, it} from "vitest";

import type {ChartToken, Theme} from "./theme.js";
import {
  APART_FROM_SEASONS,
  CARRIES_MEDIAN,
  CARRIES_TEXT,
  CHART_TOKENS,
  LINE,
  ON_BAR,
  PAGE_COLORS,
  PALETTE,
  SHOWN_TOGETHER
} from "./theme.js";

const MIN_DELTA_E = 12;
/**
 * Neighbouring stars of the ordered ramp sit side by side (the distribution's bars, the stacked shares) and differ by
 * one step only: told apart at a glance, not just noticeably. At 15 the dark theme's 1★ and 2★ lavenders read as one.
 */
const MIN_ADJACENT_STARS = 18;
const STARS = ["star1", "star2", "star3", "star4", "star5"] as const;
const deltaE = differenceCiede2000();
const VISIONS: Record<string, (color: Color) => Color> = {
  normal: (color) => color,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1)
};

function pairs(group: readonly ChartToken[]): Array<[ChartToken, ChartToken]> {
  return group.flatMap((a, i) => group.slice(i + 1).map((b) => [a, b] as [ChartToken, ChartToken]));
}

describe("the chart palette", () => {
  it.each(["dark", "light"] as Theme[])(
    "keeps every pair shown together distinct under each colour-vision deficiency (%s theme)",
    (theme) => {
      const tooClose: string[] = [];
      for (const group of SHOWN_TOGETHER) {
        for (const [a, b] of pairs(group)) {
          for (const [vision, simulate] of Object.entries(VISIONS)) {
            const d = deltaE(simulate(parse(PALETTE[theme][a])!), simulate(parse(PALETTE[theme][b])!));
            if (d < MIN_DELTA_E) tooClose.push(`${a}/${b} under ${vision}: ΔE2000 ${d.toFixed(1)}`);
          }
        }
      }
      expect(tooClose).toEqual([]);
    }
  );

  it.each(["dark", "light"] as Theme[])(
    "keeps neighbouring stars of the ordered ramp clearly apart, and apart under each deficiency (%s theme)",
    (theme) => {
      const tooClose: string[] = [];
      for (let i = 0; i + 1 < STARS.length; i++) {
        const [a, b] = [STARS[i]!, STARS[i + 1]!];
        for (const [vision, simulate] of Object.entries(VISIONS)) {
          const d = deltaE(simulate(parse(PALETTE[theme][a])!), simulate(parse(PALETTE[theme][b])!));
          const least = vision === "normal" ? MIN_ADJACENT_STARS : MIN_DELTA_E;
          if (d < least) tooClose.push(`${a}/${b} under ${vision}: ΔE2000 ${d.toFixed(1)} < ${least}`);
        }
      }
      expect(tooClose).toEqual([]);
    }
  );

  it("gives each role its own colour and covers every token in a group", () => {
    for (const theme of ["dark", "light"] as Theme[]) {
      const values = Object.values(PALETTE[theme]);
      expect(new Set(values).size, theme).toBe(values.length);
    }
    expect(new Set(SHOWN_TOGETHER.flat())).toEqual(new Set(CHART_TOKENS));
  });

  it.each(["dark", "light"] as Theme[])(
    "keeps the diverging pair apart from every season colour, so a heatmap never reads as seasons (%s theme)",
    (theme) => {
      const tooClose: string[] = [];
      for (const token of APART_FROM_SEASONS) {
        for (const season of ["winter", "spring", "summer", "autumn"] as const) {
          const d = deltaE(parse(PALETTE[theme][token])!, parse(PALETTE[theme][season])!);
          if (d < MIN_DELTA_E) tooClose.push(`${token}/${season}: ΔE2000 ${d.toFixed(1)}`);
        }
      }
      expect(tooClose).toEqual([]);
    }
  );

  it.each(["dark", "light"] as Theme[])(
    "gives every mark colour a 3:1 contrast with the figure's background (WCAG 1.4.11, non-text) (%s theme)",
    (theme) => {
      // Bars, dots and lines are graphics a reader must make out: a star bar that carries a value label is read by
      // its colour as much as by its label.
      const faint = CHART_TOKENS.map((token) => ({
        token,
        ratio: wcagContrast(PALETTE[theme][token], PAGE_COLORS[theme].background)
      }))
        .filter(({ratio}) => ratio < 3)
        .map(({token, ratio}) => `${token} ${PALETTE[theme][token]}: ${ratio.toFixed(2)}:1`);
      expect(faint).toEqual([]);
    }
  );

  it.each(["dark", "light"] as Theme[])(
    "keeps the text written on a bar at 4.5:1 against every colour that carries it (WCAG 1.4.3) (%s theme)",
    (theme) => {
      // Value labels sit inside bars of these colours in ON_BAR's colour: they are text, so the text ratio applies.
      const faint = CARRIES_TEXT.map((token) => ({token, ratio: wcagContrast(PALETTE[theme][token], ON_BAR[theme])}))
        .filter(({ratio}) => ratio < 4.5)
        .map(({token, ratio}) => `${token} ${PALETTE[theme][token]}: ${ratio.toFixed(2)}:1`);
      expect(faint).toEqual([]);
    }
  );

  it.each(["dark", "light"] as Theme[])(
    "keeps a box plot's median bar at 3:1 against every box fill (WCAG 1.4.11) (%s theme)",
    (theme) => {
      // The median bar is drawn in ON_BAR's colour across the box (theme.ts MEDIAN): a graphic, so 3:1 applies.
      const faint = CARRIES_MEDIAN.map((token) => ({token, ratio: wcagContrast(PALETTE[theme][token], ON_BAR[theme])}))
        .filter(({ratio}) => ratio < 3)
        .map(({token, ratio}) => `${token} ${PALETTE[theme][token]}: ${ratio.toFixed(2)}:1`);
      expect(faint).toEqual([]);
    }
  );

  it.each(["dark", "light"] as Theme[])(
    "keeps the trends' ±1 SD spread and the 95 %% interval drawn over it apart on the figure's card (%s theme)",
    (theme) => {
      // trendFigure.ts shades the spread (muted, LINE.spread) and over it the interval (observed, LINE.band at
      // the theme's --chart-band-opacity) on the card (--surface): both in the observed hue they were one dark brown.
      const css = readFileSync(path.join("site", "src", "styles", "global.css"), "utf8");
      // The stylesheet declares the dark theme first (:root), then the light one.
      const nth = (name: string): string => {
        const all = [...css.matchAll(new RegExp(`--${name}:\\s*([^;]+);`, "g"))].map((m) => m[1]!.trim());
        return all[theme === "dark" ? 0 : 1]!;
      };
      const over = (under: Rgb, color: string, alpha: number): Rgb => {
        const top = parse(color)! as Rgb;
        return {
          mode: "rgb",
          r: under.r * (1 - alpha) + top.r * alpha,
          g: under.g * (1 - alpha) + top.g * alpha,
          b: under.b * (1 - alpha) + top.b * alpha
        };
      };
      const card = parse(nth("surface"))! as Rgb;
      const spread = over(card, PALETTE[theme].muted, LINE.spread.fillOpacity);
      const interval = over(spread, PALETTE[theme].observed, Number(nth("chart-band-opacity")));
      expect(deltaE(spread, interval)).toBeGreaterThanOrEqual(MIN_DELTA_E);
      expect(deltaE(card, spread)).toBeGreaterThan(5);
    }
  );

  it("finds a pair too close when there is one", () => {
    // The reference app's summer and autumn oranges (#b35600, #c43d0e) merge under deuteranopia.
    const d = deltaE(VISIONS.deuteranopia!(parse("#b35600")!), VISIONS.deuteranopia!(parse("#c43d0e")!));
    expect(d).toBeLessThan(MIN_DELTA_E);
  });

  it("is the only source of colour: no view writes a hex value, an rgb() or a chart variable by hand", () => {
    const views = path.join("site", "src", "views");
    const found: string[] = [];
    for (const file of readdirSync(views).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(path.join(views, file), "utf8");
      for (const m of source.matchAll(/#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(|var\(--chart-/g))
        found.push(`${file}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
