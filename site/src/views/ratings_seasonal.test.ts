import {describe, expect, it} from "vitest";

import type {RatingsSeasonal} from "../../../queries/ratings/ratings_seasonal.schema.js";
import {text as texts} from "../../../queries/ratings/ratings_seasonal.text.js";
import {renderPlot} from "../lib/charts/render.js";
import {formatValue} from "../lib/format.js";
import {kpiModels, renderText, templateValues} from "../lib/narration.js";
import type {PlotContext} from "../lib/views.js";
import {NARROW_WIDTH, WIDE_WIDTH} from "../lib/views.js";
import {view} from "./ratings_seasonal.js";

type Lang = "en" | "fr";

/** Four seasons whose means lie within a few hundredths of a star, each with its interval, and five stars. */
function snapshot(): RatingsSeasonal {
  const seasons = (
    [
      ["Winter", 4.6474, 0.0027],
      ["Spring", 4.6668, 0.0026],
      ["Summer", 4.6772, 0.0027],
      ["Autumn", 4.6549, 0.0028]
    ] as const
  ).map(([season, mean, half]) => ({season, n: 250_000, mean, lower: mean - half, upper: mean + half, std: 0.73}));
  const distribution = seasons.flatMap(({season}) =>
    [0.012, 0.013, 0.04, 0.18, 0.755].map((share, i) => ({season, rating: i + 1, count: share * 250_000, share}))
  );
  return {seasons, distribution} as unknown as RatingsSeasonal;
}

const context = (lang: Lang, narrow: boolean): PlotContext => ({
  lang,
  width: narrow ? NARROW_WIDTH : WIDE_WIDTH,
  narrow,
  // Rendered as the site renders them, with the values a figure gives a string of its own.
  text: (key, values) => renderText({file: "ratings_seasonal.text.ts", text: texts}, lang, key, values ?? {}),
  format: (value, spec) => formatValue(value, spec, lang)
});

/** The x axis' tick labels of a drawing, as printed, with their positions. */
function ticks(svg: string): Array<{x: number; label: string}> {
  const labels = /<g[^>]*data-mark="x-axis tick label"[^>]*>(.*?)<\/g>/.exec(svg)![1]!;
  return [...labels.matchAll(/translate\(([\d.]+),[^)]*\)"[^>]*>([^<]*)</g)].map((m) => ({
    x: Number(m[1]),
    label: m[2]!
  }));
}

describe("the ratings' seasonal means", () => {
  const means = view.figures(snapshot()).find((f) => f.key === "means")!;

  it.each([
    ["en", true],
    ["en", false],
    ["fr", true],
    ["fr", false]
  ] as const)(
    "ends its zoomed axis on labelled ticks and says the zoom on the figure (%s, phone: %s)",
    (lang, narrow) => {
      const options = means.plot(context(lang, narrow));
      const svg = renderPlot(options, {id: "m", lang, ariaLabel: "m"});
      const drawn = ticks(svg);
      // Both ends of the axis are labelled ticks, symmetric about zero: the axis ran half a step past its last label.
      const domain = (options.x as {domain: [number, number]}).domain;
      expect(domain[0]).toBe(-domain[1]);
      expect(Math.abs(drawn[0]!.x - options.marginLeft!)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(drawn.at(-1)!.x - (options.width! - options.marginRight!))).toBeLessThanOrEqual(0.5);
      // Labelled with as many decimals as the step between ticks has.
      const step = (options.x as {ticks: number[]}).ticks[1]! - (options.x as {ticks: number[]}).ticks[0]!;
      const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
      expect(drawn.at(-1)!.label).toBe(formatValue(domain[1], `signed|${decimals}`, lang));
      // The zoom written on the figure in the reader's language: the axis' span in stars, and its share of the 1–5
      // scale, both as the axis' own numbers give them.
      const span = domain[1] - domain[0];
      const written = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>|<text[^>]*>([^<]*)<\/text>/g)]
        .map((m) => (m[1] ?? m[2])!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))))
        .join(" ");
      // Compared as words: the drawing sets French apostrophes and the spaces before ":" and "%" typographically.
      const plain = (t: string): string =>
        t
          .replaceAll("\u2019", "'")
          .replace(/[\u00a0\u202f]/g, " ")
          .replaceAll("\u2060", "");
      // One sentence, its unit agreeing with the span as printed: "0.12 stars", « 0,12 étoile » (French singular
      // under two).
      const stars = snapshot().distribution.map((c) => c.rating);
      const [lowStar, highStar] = [Math.min(...stars), Math.max(...stars)];
      const unit = {en: "stars", fr: span < 2 ? "étoile" : "étoiles"}[lang];
      const sentence = renderText({file: "ratings_seasonal.text.ts", text: texts}, lang, "axis.zoom", {
        span,
        share: span / (highStar - lowStar),
        lowStar,
        highStar
      });
      expect(plain(written)).toContain(plain(sentence));
      expect(plain(sentence)).toContain(`${plain(formatValue(span, "sig|2", lang))} ${unit} (`);
      expect(plain(sentence)).toContain(plain(formatValue(span / (highStar - lowStar), "pct|1", lang)));
      expect(plain(sentence)).toContain(`${lowStar}–${highStar})`);
    }
  );
});

describe("the ratings' seasonal tiles", () => {
  /** The snapshot with a headline that ties winter and spring as the best, and the gap's interval. */
  function withHeadline(): RatingsSeasonal {
    return {
      ...snapshot(),
      params: {alpha: 0.05, level: 0.95, pairs: 6, pairLevel: 1 - 0.05 / 6, topStars: 5, lowStarsMax: 2},
      gapInterval: {lower: 0.0102, upper: 0.0286},
      narrative: {
        headline: {
          id: "difference.significant_negligible",
          values: {best: "Winter+Spring", bestMean: 4.6668, worst: "Autumn", worstMean: 4.6474, gap: 0.0194}
        },
        claims: []
      }
    } as unknown as RatingsSeasonal;
  }

  // The gap as the claim prints it, the difference of the means as printed: 4.667 − 4.647, not the exact 0.0194.
  it.each([
    ["en", "winter and spring", "0.020", "95% interval, widened for picking best and worst: 0.010 to 0.029"],
    [
      "fr",
      "hiver et printemps",
      "0,020",
      "Intervalle à 95\u00a0%, élargi pour le choix de la meilleure et de la pire\u202f: 0,010 à 0,029"
    ]
  ] as const)(
    "name every tied season and give the gap its interval, widened for the pick (%s)",
    (lang, best, gap, interval) => {
      const s = withHeadline();
      const tiles = kpiModels({file: "ratings_seasonal.text.ts", text: texts}, view.kpis!(s), templateValues(s), lang);
      // Named on its own, as a tile's value: capitalised, without the French article a sentence needs.
      expect(tiles.find((t) => t.key === "best")!.value).toBe(best.charAt(0).toUpperCase() + best.slice(1));
      expect(tiles.find((t) => t.key === "gap")).toMatchObject({value: gap, interval});
    }
  );

  it("give the gap no interval when the snapshot has none", () => {
    const s = {...withHeadline(), gapInterval: null};
    const tiles = kpiModels({file: "ratings_seasonal.text.ts", text: texts}, view.kpis!(s), templateValues(s), "en");
    expect(tiles.find((t) => t.key === "gap")!.interval).toBeUndefined();
  });
});
