/**
 * What an explorer gets and the DOM edits every explorer shares: rows from the group's `data-rows` (the snapshot's
 * yearly rows as JSON, put there by site/src/scripts/explorer.ts from the published snapshot before any update), linear scales from a mark's `data-x-domain`/`-range` attributes, and the section's KPI
 * tiles, headline, claims and status line rewritten from a recomputed snapshot with the same renderers the build
 * used (site/src/lib/narration.ts). The status line's template comes in `data-status`, in the page's language, so
 * the shell's strings stay out of the browser's code.
 */
import {renderTemplate} from "../../../../pipeline/narrative.js";
import type {Lang} from "../../i18n/index.js";
import {typeset} from "../../i18n/locale.js";
import type {AnalysisText, NarratedSnapshot} from "../../lib/narration.js";
import {kpiModels, renderNarrative, templateValues} from "../../lib/narration.js";
import type {KpiSpec} from "../../lib/views.js";

/** The reader's choice: the year range (inclusive) and the view options by name ("band" → "q10_q90"). */
export interface ExplorerState {
  from: number;
  to: number;
  options: Record<string, string>;
  /** Whether the choice is the published one: all years and every option that recomputes at its default. */
  published: boolean;
}

export interface Explorer {
  /** Recomputes `section`'s statistics for `state` and redraws what depends on them inside `group`. */
  update(section: HTMLElement, group: HTMLElement, state: ExplorerState): void;
}

/** The rows the group's explorer recomputes from. */
export function readRows<Row>(group: HTMLElement): Row[] {
  return JSON.parse(group.dataset.rows ?? "[]") as Row[];
}

/** The page's language, from `<html lang>`. */
export function pageLang(): Lang {
  return document.documentElement.lang === "fr" ? "fr" : "en";
}

/** A linear scale from a mark group's `data-<axis>-domain` and `data-<axis>-range` attributes. */
function scaleOf(g: Element, axis: "x" | "y"): (value: number) => number {
  const [d0, d1] = (g.getAttribute(`data-${axis}-domain`) ?? "0,1").split(",").map(Number) as [number, number];
  const [r0, r1] = (g.getAttribute(`data-${axis}-range`) ?? "0,1").split(",").map(Number) as [number, number];
  return (value) => Math.round((r0 + ((value - d0) / (d1 - d0)) * (r1 - r0)) * 100) / 100;
}

/** Redraws a straight fitted line (`intercept + slope·x` from x0 to x1) in its group's coordinates. */
export function drawLine(g: Element, slope: number, intercept: number, x0: number, x1: number): void {
  const x = scaleOf(g, "x");
  const y = scaleOf(g, "y");
  g.querySelector("path")?.setAttribute(
    "d",
    `M${x(x0)},${y(intercept + slope * x0)}L${x(x1)},${y(intercept + slope * x1)}`
  );
  g.setAttribute("data-slope", String(slope));
  g.setAttribute("data-intercept", String(intercept));
}

/** Rewrites the section's KPI tiles, headline and interpretation from a recomputed snapshot. */
export function rewriteSection<S extends NarratedSnapshot>(
  section: HTMLElement,
  source: AnalysisText,
  snapshot: S,
  kpis: (s: S) => KpiSpec[]
): void {
  const lang = pageLang();
  const values = templateValues(snapshot);
  for (const kpi of kpiModels(source, kpis(snapshot), values, lang)) {
    const tile = section.querySelector(`[data-kpi="${kpi.key}"]`);
    if (!tile) continue;
    tile.querySelector("dt")!.textContent = kpi.label;
    tile.querySelector("dd")!.textContent = kpi.value;
    const interval = tile.querySelector(".kpi__interval");
    if (interval && kpi.interval !== undefined) interval.textContent = kpi.interval;
  }
  const narrative = renderNarrative(source, snapshot.narrative, lang);
  const headline = section.querySelector("[data-headline]");
  if (headline) headline.textContent = narrative.headline;
  const detail = section.querySelector<HTMLElement>("[data-headline-detail]");
  if (detail) {
    detail.textContent = narrative.detail ?? "";
    detail.hidden = narrative.detail === undefined;
  }
  const claims = section.querySelector("[data-claims]");
  claims?.replaceChildren(
    ...narrative.claims.map((claim) => {
      const li = document.createElement("li");
      li.textContent = claim;
      return li;
    })
  );
}

/** The group's status line: which years the figures now describe, or nothing for the published view. */
export function setStatus(group: HTMLElement, state: ExplorerState, years: number): void {
  const status = group.querySelector("[data-explorer-status]");
  if (!status) return;
  const lang = pageLang();
  const values = {from: String(state.from), to: String(state.to), years};
  status.textContent = state.published ? "" : typeset(renderTemplate(group.dataset.status ?? "", values, lang), lang);
}
