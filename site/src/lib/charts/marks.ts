/**
 * Helpers for chart authors, in Plot's style (data first, then options). `annotate` writes data attributes on
 * each mark element at build time, for the client scripts: `data-year` for the year-range filter, anything else a
 * widget needs. Tooltips need no helper: Plot's `title` channel becomes a `data-tip` attribute (render.ts).
 */
import type * as Plot from "@observablehq/plot";

type Attributes = Record<string, string | number>;

/**
 * A mark `render` option that sets `data-<name>` attributes on each element of a mark drawn one element per datum
 * (bars, dots, cells, ticks, text): `Plot.barY(rows, {x: "year", y: "n", render: annotate(rows, (d) => ({year:
 * d.year}))})`. Marks drawn as one path per series (lines, areas) are left untouched.
 */
export function annotate<T>(data: readonly T[], attributes: (datum: T, i: number) => Attributes): Plot.RenderFunction {
  return function render(index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context) as SVGElement;
    const elements = [...g.children];
    if (elements.length === index.length) {
      elements.forEach((el, j) => {
        const i = index[j]!;
        for (const [name, value] of Object.entries(attributes(data[i]!, i)))
          el.setAttribute(`data-${name}`, String(value));
      });
    }
    return g;
  };
}

/** Tick format that writes years as they are (2007, not 2,007). */
export const yearTicks = (value: number): string => String(value);
