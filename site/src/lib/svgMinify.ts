/**
 * Build-time minification of the charts a page inlines (and of the wide drawings it fetches), with svgo: the same
 * drawing in fewer bytes. Only passes that keep every element, id, class, aria, role and data attribute the scripts,
 * the stylesheet and the tests select on:
 * - `convertPathData` writes path data relative and without redundant commands (coordinates are already rounded to
 *   a tenth of a pixel by render.ts; svgo's default precision of 3 decimals keeps them as they are);
 * - `removeUnknownsAndDefaults` drops attributes that restate a default or the value the element inherits anyway,
 *   keeping data, aria and role attributes;
 * - `sortAttrs` writes attributes in one order, so gzip finds longer repeats.
 * Left out on purpose: `convertTransform` (the trends explorer edits `translate(x,y)` with a regular expression),
 * `cleanupNumericValues` (it would round the data attributes the explorers refit from), `cleanupAttrs` (it
 * would join the lines of a multi-line tooltip), and every pass that moves
 * attributes between elements or merges, collapses or converts elements (the legibility checks and the explorers
 * select marks by element and by `data-mark` group).
 */
import type {Config} from "svgo";
import {optimize} from "svgo";

const CONFIG: Config = {
  multipass: false,
  plugins: [
    "convertPathData",
    {
      name: "removeUnknownsAndDefaults",
      params: {keepDataAttrs: true, keepAriaAttrs: true, keepRoleAttr: true}
    },
    "sortAttrs"
  ]
};

// Each drawing is inlined on its analysis page, its figure page and its embed: minify it once.
const cache = new Map<string, string>();

/** The drawing `svg` (one `<svg>` element's markup) minified; the same drawing as rendered. */
export function minifySvg(svg: string): string {
  let out = cache.get(svg);
  if (out === undefined) {
    out = optimize(svg, CONFIG).data;
    cache.set(svg, out);
  }
  return out;
}
