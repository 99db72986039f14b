/**
 * Wide drawings on demand. An analysis page inlines each chart's narrow drawing only; in place of the wide one it has
 * an empty `<svg viewBox>` of the same size and a `data-wide-src` fragment (drawingMarkup, site/src/lib/analysis.ts).
 * global.css shows that box only where the figure is at least 720 px wide and scripting runs, so the observer below
 * sees it only there: it fills the box from the fragment as it comes near the viewport, once per URL. A phone never
 * shows the box, so it never downloads a wide drawing.
 *
 * Once filled, the box carries `data-filled` and a bubbling `drawingfill` event tells the range filter, the view
 * options and the explorers to draw the reader's current state on it. If the fragment cannot be loaded, the box
 * gets `data-wide-failed` and global.css shows the narrow drawing instead: never an empty frame.
 */

const fragments = new Map<string, Promise<string>>();

function fragment(url: string): Promise<string> {
  let pending = fragments.get(url);
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`The wide drawing ${url} could not be loaded (HTTP ${response.status}).`);
      return response.text();
    });
    // A failed load is retried by the next box that asks for it, not remembered.
    pending.catch(() => fragments.delete(url));
    fragments.set(url, pending);
  }
  return pending;
}

async function fill(box: HTMLElement): Promise<void> {
  try {
    box.innerHTML = await fragment(box.dataset.wideSrc!);
    box.setAttribute("data-filled", "");
    box.dispatchEvent(new CustomEvent("drawingfill", {bubbles: true}));
  } catch (error) {
    box.setAttribute("data-wide-failed", "");
    console.warn(String(error));
  }
}

// A display:none box never intersects: the observer fires only for boxes the stylesheet shows, as they come within
// a screen's height of the viewport, so the drawing is there when the reader scrolls to it.
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void fill(entry.target as HTMLElement);
    }
  },
  {rootMargin: "100% 0px"}
);

for (const box of document.querySelectorAll<HTMLElement>("[data-wide-src]:not([data-filled])")) observer.observe(box);
