/**
 * Year-range filters (RangeFilter.astro): the range lives in the URL, marks of the target figure whose `data-year`
 * is outside it are dimmed (on a drawing filled later too: `drawingfill`), and a `rangechange` event ({from, to})
 * tells chart components to recompute. With `data-min-span`, a range is widened to that many years (statistics such
 * as a fit need three points).
 */
import {onParamsChange, readParams, writeParams} from "./urlState.js";

interface Range {
  from: number;
  to: number;
}

function init(form: HTMLFormElement): void {
  const target = document.getElementById(form.dataset.target ?? "");
  const fromSelect = form.querySelector<HTMLSelectElement>('[data-bound="from"]');
  const toSelect = form.querySelector<HTMLSelectElement>('[data-bound="to"]');
  if (!target || !fromSelect || !toSelect) return;
  const fromParam = form.dataset.paramFrom ?? "from";
  const toParam = form.dataset.paramTo ?? "to";
  const years = [...fromSelect.options].map((o) => Number(o.value));
  const min = Math.min(...years);
  const max = Math.max(...years);
  const span = Math.min(Number(form.dataset.minSpan ?? 1), max - min + 1);

  const clamp = (value: string | undefined, fallback: number): number => {
    const n = Number(value);
    return value !== undefined && Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
  };
  // Ordered, then widened to the least span: forward from `from` when possible, else back from the last year.
  const ordered = (a: number, b: number): Range => {
    const from = Math.min(a, b);
    const to = Math.max(a, b, Math.min(max, from + span - 1));
    return {from: Math.min(from, to - span + 1), to};
  };

  const fromUrl = (): Range => {
    const params = readParams([fromParam, toParam]);
    return ordered(clamp(params[fromParam], min), clamp(params[toParam], max));
  };

  const apply = ({from, to}: Range): void => {
    fromSelect.value = String(from);
    toSelect.value = String(to);
    for (const el of target.querySelectorAll<SVGElement>("[data-year]")) {
      const year = Number(el.dataset.year);
      el.classList.toggle("is-filtered-out", year < from || year > to);
    }
    target.dispatchEvent(new CustomEvent<Range>("rangechange", {detail: {from, to}}));
  };

  const write = ({from, to}: Range): void => {
    writeParams({[fromParam]: from === min ? undefined : String(from), [toParam]: to === max ? undefined : String(to)});
    apply({from, to});
  };

  form.addEventListener("change", () => write(ordered(Number(fromSelect.value), Number(toSelect.value))));
  form.addEventListener("submit", (event) => event.preventDefault());
  form.querySelector("[data-range-reset]")?.addEventListener("click", () => write({from: min, to: max}));
  onParamsChange(() => apply(fromUrl()));
  // A wide drawing fetched after the reader chose a range (site/src/scripts/wideDrawings.ts) gets that range too.
  target.addEventListener("drawingfill", () => apply(fromUrl()));
  form.hidden = false;
  apply(fromUrl());
}

for (const form of document.querySelectorAll<HTMLFormElement>("[data-range-filter]")) init(form);
