/**
 * Recipes per year for the reader's years: the pipeline's own `summarize` (summary, Q-Q plot, Shapiro–Wilk, peak,
 * shape and claims), then the KPI tiles, the words and the Q-Q plot redrawn. A Q-Q plot of a subset has its own
 * theoretical quantiles, so its dots move along x (their counts, on y, do not) and its least-squares line is new.
 */
import type {YearCount} from "../../../../queries/trends/trends_volume.step.js";
import {summarize} from "../../../../queries/trends/trends_volume.step.js";
import {text} from "../../../../queries/trends/trends_volume.text.js";
import {kpis} from "../../views/trends_volume.kpis.js";
import {qqLineStart} from "../../views/trends_volume.qqLine.js";
import type {ExplorerState} from "./explorer.js";
import {drawLine, readRows, rewriteSection, scaleOf, setStatus} from "./explorer.js";

const source = {file: "queries/trends/trends_volume.text.ts", text};

export function update(section: HTMLElement, group: HTMLElement, state: ExplorerState): void {
  const rows = readRows<YearCount>(group).filter((r) => r.year >= state.from && r.year <= state.to);
  const snapshot = summarize(rows);
  rewriteSection(section, source, snapshot, kpis);
  setStatus(group, state, rows.length);

  const theoretical = new Map(snapshot.qq.points.map((p) => [p.year, p.theoretical]));
  const zs = snapshot.qq.points.map((p) => p.theoretical);
  for (const line of group.querySelectorAll('[data-role="qq-line"]')) {
    const svg = line.closest("svg")!;
    const x = scaleOf(line, "x");
    drawLine(
      line,
      snapshot.qq.slope,
      snapshot.qq.intercept,
      qqLineStart(snapshot.qq, Math.min(...zs)),
      Math.max(...zs)
    );
    for (const mark of svg.querySelectorAll<SVGElement>("circle[data-year], text[data-year]")) {
      const z = theoretical.get(Number(mark.dataset.year));
      if (z === undefined) {
        mark.setAttribute("display", "none");
        continue;
      }
      mark.removeAttribute("display");
      if (mark instanceof SVGCircleElement) mark.setAttribute("cx", String(x(z)));
      else
        mark.setAttribute(
          "transform",
          (mark.getAttribute("transform") ?? "").replace(/translate\([^,]+,/, `translate(${x(z)},`)
        );
    }
  }
}
