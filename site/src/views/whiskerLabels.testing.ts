/**
 * Test helper for the ranked bar charts with interval whiskers (trends changes, weekend gaps): where each value label
 * starts against the end of its row's whisker, read from the drawn SVG.
 */
import {HALO, LINE} from "../lib/charts/index.js";

export interface WhiskerLabel {
  /** The label's text as drawn. */
  text: string;
  /** Pixels between the whisker's end and the label's near edge. */
  gap: number;
  /** The least gap that keeps the whisker's end from reading as a sign: a quarter em, the halo and a whisker's width. */
  least: number;
  /** The label's far edge, from an estimate of its width (Inter's glyphs average about 0.55 em; 0.6 errs wide). */
  far: number;
  anchor: "start" | "end";
}

/** Every value label (class value-labels) of a drawing beside its row's whisker (one per row, at its height). */
export function whiskerLabels(svg: string): WhiskerLabel[] {
  const whiskers = [
    .../<g data-mark="rule" transform="translate\(0,[\d.]+\)"[^>]*>(.*?)<\/g>/
      .exec(svg)![1]!
      .matchAll(/y1="([\d.]+)" x2="([\d.]+)" x1="([\d.]+)"/g)
  ].map((m) => ({
    y: Number(m[1]),
    from: Math.min(Number(m[2]), Number(m[3])),
    to: Math.max(Number(m[2]), Number(m[3]))
  }));
  return [
    ...svg.matchAll(
      /<g data-mark="text" transform="translate\((-?\d+),[\d.]+\)" font-size="(\d+)" text-anchor="(start|end)"[^>]*class="value-labels"[^>]*>(.*?)<\/g>/g
    )
  ].flatMap((g) =>
    [...g[4]!.matchAll(/translate\(([\d.]+),([\d.]+)\)"[^>]*>([^<]*)</g)].map((t) => {
      const x = Number(t[1]) + Number(g[1]);
      const fontSize = Number(g[2]);
      const anchor = g[3] as "start" | "end";
      const whisker = whiskers.find((w) => w.y === Number(t[2]));
      if (!whisker) throw new Error(`The label "${t[3]}" has no whisker in its row.`);
      const width = t[3]!.replace(/&#\d+;/g, " ").length * fontSize * 0.6;
      return {
        text: t[3]!,
        gap: anchor === "start" ? x - whisker.to : whisker.from - x,
        least: fontSize / 4 + HALO.strokeWidth / 2 + LINE.whisker.strokeWidth,
        far: anchor === "start" ? x + width : x - width,
        anchor
      };
    })
  );
}
