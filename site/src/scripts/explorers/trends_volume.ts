/**
 * Recipes per year for the reader's years: the pipeline's own `summarize` (summary, peak, shape and claims), then
 * the KPI tiles and the words rewritten (site/src/scripts/rangeFilter.ts dims the bars outside the range).
 */
import type {YearCount} from "../../../../queries/trends/trends_volume.step.js";
import {summarize} from "../../../../queries/trends/trends_volume.step.js";
import {text} from "../../../../queries/trends/trends_volume.text.js";
import {kpis} from "../../views/trends_volume.kpis.js";
import type {ExplorerState} from "./explorer.js";
import {readRows, rewriteSection, setStatus} from "./explorer.js";

const source = {file: "queries/trends/trends_volume.text.ts", text};

export function update(section: HTMLElement, group: HTMLElement, state: ExplorerState): void {
  const rows = readRows<YearCount>(group).filter((r) => r.year >= state.from && r.year <= state.to);
  rewriteSection(section, source, summarize(rows), kpis);
  setStatus(group, state, rows.length);
}
