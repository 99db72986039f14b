import {describe, expect, it} from "vitest";

import type {WeekendVolume} from "../../../queries/weekend/weekend_volume.schema.js";
import {renderPlot} from "../lib/charts/render.js";
import {formatValue} from "../lib/format.js";
import {NARROW_WIDTH, WIDE_WIDTH} from "../lib/views.js";
import {view} from "./weekend_volume.js";

// The day counts of the generated data (issue #9: the mean line was said to strike Monday to Thursday's counts), and
// counts placed just above and just below their mean, where a count is most likely to be crossed.
const KEYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const CASES = [
  [41435, 37021, 32297, 30288, 26209, 14529, 18287],
  [30500, 29600, 29100, 28700, 27900, 27000, 26000]
];

const snapshot = (recipes: number[]): WeekendVolume =>
  ({
    days: recipes.map((r, i) => ({key: KEYS[i], period: i < 5 ? "weekday" : "weekend", recipes: r})),
    dayMean: recipes.reduce((a, b) => a + b, 0) / recipes.length,
    periods: [{recipesPerDay: 1}, {recipesPerDay: 1}]
  }) as unknown as WeekendVolume;

describe("weekend volume view", () => {
  it.each(CASES.flatMap((recipes) => [true, false].map((narrow) => [recipes, narrow] as const)))(
    "keeps every count clear of the mean line (%j, phone: %s)",
    (recipes, narrow) => {
      const s = snapshot(recipes);
      const figure = view.figures(s).find((f) => f.key === "days")!;
      const svg = renderPlot(
        figure.plot({
          lang: "en",
          width: narrow ? NARROW_WIDTH : WIDE_WIDTH,
          narrow,
          text: (key) => key,
          format: (value, spec) => formatValue(value, spec, "en")
        }),
        {id: "d", lang: "en", ariaLabel: "d"}
      );
      const mean = Number(/stroke-dasharray="3 3"[^>]*><line y2="([\d.]+)"/.exec(svg)![1]);
      const group =
        /<g data-mark="text" transform="translate\([\d.]+,([\d.]+)\)" font-size="(\d+)"[^>]*>(.*?)<\/g>/.exec(svg)!;
      const [dy, fontSize] = [Number(group[1]), Number(group[2])];
      const counts = [...group[3]!.matchAll(/translate\([\d.]+,([\d.]+)\)[^"]*"[^>]*>([^<]*)</g)];
      expect(counts).toHaveLength(7);
      for (const [, y, digits] of counts) {
        const at = Number(y) + dy;
        // Upright, the count runs down from its anchor by its length (about 0.6 em a glyph); level, it is an em tall
        // around its anchor. The halo (1.5 px) and the line's half width (1 px) must stay off it.
        const [top, bottom] = narrow
          ? [at, at + digits!.length * fontSize * 0.6]
          : [at - fontSize / 2, at + fontSize / 2];
        const clear = mean < top - 2.5 || mean > bottom + 2.5;
        expect(clear, `${digits} spans ${top.toFixed(1)}–${bottom.toFixed(1)}, the mean line is at ${mean}`).toBe(true);
      }
    }
  );
});
