/**
 * Figure enhancements, loaded only on pages with charts: tooltips on marks that carry a `data-tip` (written at
 * build time from Plot's title channel), and the PNG download, converted in the browser from the figure's SVG file.
 */

// Tooltips: one element for the page, positioned next to the pointer; the data table holds the same values for
// keyboard and screen-reader users, so the tooltip is hidden from assistive technology.
const tip = document.createElement("div");
tip.className = "chart-tip";
tip.setAttribute("aria-hidden", "true");
tip.hidden = true;
document.body.append(tip);
let active: Element | null = null;

function markAt(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null;
  const mark = target.closest("[data-tip]");
  return mark && mark.closest(".figure__chart") ? mark : null;
}

function place(event: PointerEvent): void {
  const pad = 12;
  const {innerWidth, innerHeight} = window;
  const rect = tip.getBoundingClientRect();
  let x = event.clientX + pad;
  let y = event.clientY + pad;
  if (x + rect.width > innerWidth - 4) x = event.clientX - rect.width - pad;
  if (y + rect.height > innerHeight - 4) y = event.clientY - rect.height - pad;
  tip.style.left = `${Math.max(4, x)}px`;
  tip.style.top = `${Math.max(4, y)}px`;
}

function hide(): void {
  active?.classList.remove("is-active");
  active = null;
  tip.hidden = true;
}

document.addEventListener("pointerover", (event) => {
  const mark = markAt(event.target);
  if (!mark) return;
  active?.classList.remove("is-active");
  active = mark;
  mark.classList.add("is-active");
  tip.textContent = mark.getAttribute("data-tip");
  tip.hidden = false;
  place(event);
});
document.addEventListener("pointermove", (event) => {
  if (active && markAt(event.target) === active) place(event);
});
document.addEventListener("pointerout", (event) => {
  if (active && markAt(event.target) === active && markAt(event.relatedTarget) !== active) hide();
});

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
