/**
 * View options (ViewOptions.astro): checkboxes ("on"/"off") and selects whose state lives in the URL, like the
 * year range. Each option shows the elements of the target that carry a matching `data-when="<option>=<value>"`
 * and hides the others (an SVG group through its `display` attribute, an HTML element through `hidden`); an element
 * with `data-src` (a drawing no reader has asked for yet) is filled from that URL the first time it matches. Then
 * an `optionchange` event ({option: value}) on the target tells scripts that recompute.
 */
import {onParamsChange, readParams, writeParams} from "./urlState.js";

type Control = HTMLInputElement | HTMLSelectElement;

const isCheckbox = (c: Control): c is HTMLInputElement => c instanceof HTMLInputElement && c.type === "checkbox";
const valueOf = (c: Control): string => (isCheckbox(c) ? (c.checked ? "on" : "off") : c.value);
const accepts = (c: Control, value: string): boolean =>
  isCheckbox(c) ? value === "on" || value === "off" : [...c.options].some((o) => o.value === value);

function setValue(c: Control, value: string): void {
  if (isCheckbox(c)) c.checked = value === "on";
  else c.value = value;
}

/** Shows or hides an element for a view option. */
export function show(el: Element, shown: boolean): void {
  if (el instanceof HTMLElement) el.hidden = !shown;
  else if (shown) el.removeAttribute("display");
  else el.setAttribute("display", "none");
}

/** Fills a drawing placeholder from its `data-src` (a same-origin fragment written at build time). */
async function fill(el: HTMLElement): Promise<void> {
  const response = await fetch(el.dataset.src!);
  if (!response.ok) throw new Error(`The drawing ${el.dataset.src} could not be loaded (HTTP ${response.status}).`);
  el.innerHTML = await response.text();
}

function init(form: HTMLFormElement): void {
  const target = document.getElementById(form.dataset.target ?? "");
  const controls = [...form.querySelectorAll<Control>("[data-option]")];
  if (!target || controls.length === 0) return;
  // The state without JavaScript, written at build time, is each option's default: it stays out of the URL.
  const defaults = new Map(controls.map((c) => [c, valueOf(c)]));
  const param = (c: Control): string => c.dataset.param!;

  let latest = 0;
  const apply = async (): Promise<void> => {
    const run = ++latest;
    const state = Object.fromEntries(controls.map((c) => [c.dataset.option!, valueOf(c)]));
    const matches = (el: Element): boolean | undefined => {
      const [option, value] = el.getAttribute("data-when")!.split("=");
      return option! in state ? state[option!] === value : undefined;
    };
    const pending = [...target.querySelectorAll<HTMLElement>("[data-when][data-src]")].filter(
      (el) => matches(el) && !el.hasChildNodes()
    );
    await Promise.all(pending.map(fill));
    // A later choice may have been made while this one's drawing loaded: the later one wins.
    if (run !== latest) return;
    for (const el of target.querySelectorAll("[data-when]")) {
      const shown = matches(el);
      if (shown !== undefined) show(el, shown);
    }
    target.dispatchEvent(new CustomEvent("optionchange", {detail: state}));
  };

  const fromUrl = (): void => {
    const params = readParams(controls.map(param));
    for (const c of controls) {
      const value = params[param(c)];
      setValue(c, value !== undefined && accepts(c, value) ? value : defaults.get(c)!);
    }
    void apply();
  };

  form.addEventListener("change", () => {
    writeParams(
      Object.fromEntries(controls.map((c) => [param(c), valueOf(c) === defaults.get(c) ? undefined : valueOf(c)]))
    );
    void apply();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  onParamsChange(fromUrl);
  // A wide drawing fetched after the reader's choice (site/src/scripts/wideDrawings.ts) shows that choice too.
  target.addEventListener("drawingfill", () => void apply());
  form.hidden = false;
  fromUrl();
}

for (const form of document.querySelectorAll<HTMLFormElement>("[data-view-options]")) init(form);
