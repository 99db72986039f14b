/**
 * Explorers: figure groups (`data-explorer="<analysis>"`) whose statistics follow the reader's year range and view
 * options. On a change, the group's explorer (site/src/scripts/explorers/<analysis>.ts) recomputes the snapshot
 * for the chosen years with the pipeline's own step and statistics, then rewrites the KPI tiles, the headline, the
 * interpretation and the fitted marks. That code, and the rows it recomputes from, load only once a reader leaves the
 * published view (or opens a URL that does), so a page read as published carries none of it.
 */
import type {AnalysisName} from "../lib/catalogue.js";
import type {Explorer, ExplorerState} from "./explorers/explorer.js";

/** The analyses that have an explorer, keyed by catalogue name (a misspelled one fails `tsc`). */
const EXPLORERS = {
  trends_volume: () => import("./explorers/trends_volume.js"),
  trends_duration: () => import("./explorers/trends_duration.js")
} satisfies {readonly [N in AnalysisName]?: () => Promise<Explorer>};

/** An analysis with an explorer: what Explorer.astro accepts as its `name`. */
export type ExplorerName = keyof typeof EXPLORERS;

function stateOf(group: HTMLElement): ExplorerState {
  const bound = (name: string) => group.querySelector<HTMLSelectElement>(`[data-range-filter] [data-bound="${name}"]`);
  const fromSelect = bound("from");
  const toSelect = bound("to");
  const years = fromSelect ? [...fromSelect.options].map((o) => Number(o.value)) : [];
  const from = Number(fromSelect?.value ?? Math.min(...years));
  const to = Number(toSelect?.value ?? Math.max(...years));
  let published = from === Math.min(...years) && to === Math.max(...years);
  const options: Record<string, string> = {};
  for (const control of group.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
    "[data-view-options] [data-option]"
  )) {
    const isBox = control instanceof HTMLInputElement && control.type === "checkbox";
    const value = isBox ? (control.checked ? "on" : "off") : control.value;
    options[control.dataset.option!] = value;
    const initial = isBox
      ? control.defaultChecked
        ? "on"
        : "off"
      : ([...(control as HTMLSelectElement).options].find((o) => o.defaultSelected)?.value ?? value);
    if (value !== initial && control.dataset.recompute !== undefined) published = false;
  }
  return {from, to, options, published};
}

/**
 * The rows the explorer recomputes from, put where readRows (explorers/explorer.ts) finds them: `perYear` of the
 * published snapshot the group's `data-rows-src` names, fetched the first time the reader leaves the published view.
 */
async function fetchRows(group: HTMLElement): Promise<void> {
  if (group.dataset.rows !== undefined) return;
  const url = group.dataset.rowsSrc ?? "";
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The yearly rows ${url} could not be loaded (HTTP ${response.status}).`);
  const snapshot = (await response.json()) as {perYear?: unknown};
  if (!Array.isArray(snapshot.perYear)) throw new Error(`The snapshot ${url} has no yearly rows (perYear).`);
  group.dataset.rows = JSON.stringify(snapshot.perYear);
}

function init(group: HTMLElement): void {
  const load = (EXPLORERS as Readonly<Record<string, () => Promise<Explorer>>>)[group.dataset.explorer ?? ""];
  // An analysis section, or a figure's own page: the KPI tiles, headline and claims the explorer rewrites.
  const section = group.closest<HTMLElement>("section.analysis, [data-explorer-scope]");
  if (!load || !section) return;
  let changed = false;
  let latest = 0;
  const update = async (): Promise<void> => {
    const state = stateOf(group);
    // Until the reader leaves the published view, the page already shows what the explorer would compute.
    if (state.published && !changed) return;
    changed = true;
    const run = ++latest;
    group.setAttribute("aria-busy", "true");
    try {
      const [explorer] = await Promise.all([load(), fetchRows(group)]);
      if (run !== latest) return;
      explorer.update(section, group, state);
      group.dataset.state = `${state.from}-${state.to}${Object.entries(state.options)
        .map(([k, v]) => ` ${k}=${v}`)
        .join("")}`;
    } catch (error) {
      // The published figures stay; the status line says why they were not recomputed.
      const status = group.querySelector("[data-explorer-status]");
      if (status) status.textContent = String((error as Error).message ?? error);
      throw error;
    } finally {
      if (run === latest) group.removeAttribute("aria-busy");
    }
  };
  group.addEventListener("rangechange", () => void update());
  group.addEventListener("optionchange", () => void update());
  void update();
}

for (const group of document.querySelectorAll<HTMLElement>("[data-explorer]")) init(group);
