/**
 * Figure enhancements, loaded only on pages with charts: tooltips on marks that carry a `data-tip` (written at
 * build time from Plot's title channel), and the PNG download, converted in the browser from the figure's SVG file.
 *
 * Tooltips open for every reader: on pointer hover; on touch, by tapping a mark (tapping elsewhere closes it); from
 * the keyboard, by focusing the chart (Tab) and stepping through its marks with the arrow keys (Home, End, Escape).
 * What the tooltip shows is announced through a polite live region, and each chart says under it that its values
 * can be read this way. The "show the data" table stays the complete fallback, and the only one without JavaScript.
 */

const tip = document.createElement("div");
tip.className = "chart-tip";
// The live region below speaks for the tooltip; the floating box itself is for the eye.
tip.setAttribute("aria-hidden", "true");
tip.hidden = true;
document.body.append(tip);
const live = document.createElement("div");
live.className = "sr-only";
live.setAttribute("role", "status");
live.setAttribute("aria-live", "polite");
document.body.append(live);
let active: Element | null = null;

function markAt(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null;
  const mark = target.closest("[data-tip]");
  return mark && mark.closest(".figure__chart") ? mark : null;
}

/** Puts the tooltip at a point, flipped to stay inside the window. */
function placeAt(clientX: number, clientY: number): void {
  const pad = 12;
  const {innerWidth, innerHeight} = window;
  const rect = tip.getBoundingClientRect();
  let x = clientX + pad;
  let y = clientY + pad;
  if (x + rect.width > innerWidth - 4) x = clientX - rect.width - pad;
  if (y + rect.height > innerHeight - 4) y = clientY - rect.height - pad;
  tip.style.left = `${Math.max(4, x)}px`;
  tip.style.top = `${Math.max(4, y)}px`;
}

function show(mark: Element, announce: boolean): void {
  active?.classList.remove("is-active");
  active = mark;
  mark.classList.add("is-active");
  tip.textContent = mark.getAttribute("data-tip");
  tip.hidden = false;
  if (announce) live.textContent = tip.textContent;
}

/** Shows a mark's tooltip beside the mark itself (keyboard and touch, where there is no pointer to follow). */
function showBeside(mark: Element, announce: boolean): void {
  show(mark, announce);
  const rect = mark.getBoundingClientRect();
  placeAt(rect.right, rect.top);
}

function hide(): void {
  active?.classList.remove("is-active");
  active = null;
  tip.hidden = true;
}

document.addEventListener("pointerover", (event) => {
  if (event.pointerType !== "mouse") return;
  const mark = markAt(event.target);
  if (!mark) return;
  show(mark, false);
  placeAt(event.clientX, event.clientY);
});
document.addEventListener("pointermove", (event) => {
  if (event.pointerType === "mouse" && active && markAt(event.target) === active) placeAt(event.clientX, event.clientY);
});
document.addEventListener("pointerout", (event) => {
  if (event.pointerType !== "mouse") return;
  if (active && markAt(event.target) === active && markAt(event.relatedTarget) !== active) hide();
});
// Touch and pen: a tap on a mark shows its values until the next tap elsewhere.
document.addEventListener("pointerup", (event) => {
  if (event.pointerType === "mouse") return;
  const mark = markAt(event.target);
  if (mark) showBeside(mark, true);
  else if (active) hide();
});

/** The marks of a chart that carry values and are drawn now, left to right, then top to bottom. */
function marksOf(chart: Element): Element[] {
  return [...chart.querySelectorAll("[data-tip]")]
    .map((mark) => [mark, mark.getBoundingClientRect()] as const)
    .filter(([mark, rect]) => rect.width + rect.height > 0 && !mark.classList.contains("is-filtered-out"))
    .sort(([, a], [, b]) => a.left - b.left || a.top - b.top)
    .map(([mark]) => mark);
}

const STEPS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1
};

for (const figure of document.querySelectorAll<HTMLElement>("[data-figure]")) {
  const hint = figure.querySelector<HTMLElement>(".figure__hint");
  if (!figure.querySelector("[data-tip]") || !hint) continue;
  hint.hidden = false;
  for (const chart of figure.querySelectorAll<HTMLElement>(".figure__chart")) {
    chart.tabIndex = 0;
    chart.setAttribute("role", "group");
    chart.setAttribute("aria-describedby", hint.id);
    chart.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        hide();
        return;
      }
      const step = STEPS[event.key];
      if (!step) return;
      const marks = marksOf(chart);
      if (!marks.length) return;
      event.preventDefault();
      const current = active ? marks.indexOf(active) : -1;
      showBeside(marks[current < 0 ? 0 : step(current, marks.length)]!, true);
    });
    chart.addEventListener("blur", hide);
  }
}

// PNG: draw the published SVG on a canvas at twice its size. The conversion starts as soon as the pointer or the
// focus reaches the button, so that the click saves at once: a download started long after the click no longer
// counts as the reader's and the browser may block it.
async function renderPng(svgHref: string): Promise<Blob> {
  const response = await fetch(svgHref);
  if (!response.ok) throw new Error(`GET ${svgHref}: ${response.status}`);
  const svgUrl = URL.createObjectURL(new Blob([await response.text()], {type: "image/svg+xml"}));
  try {
    const image = new Image();
    image.decoding = "async";
    image.src = svgUrl;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d canvas");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!png) throw new Error("canvas.toBlob returned nothing");
    return png;
  } finally {
    URL.revokeObjectURL(svgUrl);
  }
}

function save(blob: Blob, fileName: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

for (const figure of document.querySelectorAll<HTMLElement>("[data-figure]")) {
  const button = figure.querySelector<HTMLButtonElement>('[data-download="png"]');
  const href = figure.dataset.svgHref;
  const name = figure.dataset.pngName;
  if (!button || !href || !name) continue;
  let pending: Promise<Blob> | undefined;
  const prepare = (): Promise<Blob> => {
    if (!pending) {
      pending = renderPng(href);
      pending.then(
        () => button.setAttribute("data-ready", ""),
        () => (pending = undefined)
      );
    }
    return pending;
  };
  button.hidden = false;
  button.addEventListener("pointerenter", () => void prepare().catch(() => undefined));
  button.addEventListener("focus", () => void prepare().catch(() => undefined));
  button.addEventListener("click", () => {
    button.disabled = true;
    prepare()
      .then((png) => save(png, name))
      .catch((error: unknown) => console.warn(`PNG download failed: ${String(error)}`))
      .finally(() => (button.disabled = false));
  });
}
