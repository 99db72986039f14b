/**
 * Preparation time for the reader's years and band: the pipeline's own `summarize` (two WLS fits weighted by
 * recipes per year, the last year's figures for the chosen band, the claims), then the KPI tiles, the words and
 * both fitted lines of every drawing redrawn over the chosen years.
 */
import type {DurationYear} from "../../../../queries/trends/trends_duration.step.js";
import {summarize} from "../../../../queries/trends/trends_duration.step.js";
import {text} from "../../../../queries/trends/trends_duration.text.js";
import {kpis} from "../../views/trends_duration.kpis.js";
import type {ExplorerState} from "./explorer.js";
import {drawLine, readRows, rewriteSection, setStatus} from "./explorer.js";

const source = {file: "queries/trends/trends_duration.text.ts", text};

export function update(section: HTMLElement, group: HTMLElement, state: ExplorerState): void {
  const rows = readRows<DurationYear>(group).filter((r) => r.year >= state.from && r.year <= state.to);
  const snapshot = summarize(rows, state.options.band);
  rewriteSection(section, source, snapshot, kpis);
  setStatus(group, state, rows.length);

  const first = rows[0]!.year;
  const last = rows[rows.length - 1]!.year;
  for (const line of group.querySelectorAll<SVGElement>('[data-role="fit"]')) {
    const fit = snapshot.fits[line.dataset.series === "median" ? "median" : "mean"];
    drawLine(line, fit.slope, fit.intercept, first, last);
  }
}
