/**
 * What the explorers' browser tests share (e2e.explorers.test.ts on the analysis pages, e2e.figurePages.test.ts on
 * the figures' own pages): the expected slope worked out from the snapshot's rows by plain arithmetic, and waits and
 * reads on the page.
 */
import type {Page} from "playwright-core";

/** Slope of the weighted least-squares line of y on x, from the normal equations. */
export function wlsSlope(x: number[], y: number[], w: number[]): number {
  const sw = w.reduce((a, b) => a + b, 0);
  const mx = x.reduce((a, xi, i) => a + w[i]! * xi, 0) / sw;
  const my = y.reduce((a, yi, i) => a + w[i]! * yi, 0) / sw;
  const sxy = x.reduce((a, xi, i) => a + w[i]! * (xi - mx) * (y[i]! - my), 0);
  const sxx = x.reduce((a, xi, i) => a + w[i]! * (xi - mx) ** 2, 0);
  return sxy / sxx;
}

/** Waits until the explorer has applied a state (`data-state`, e.g. "2003-2010 labels=on"). */
export async function settled(page: Page, explorer: string, state: string): Promise<void> {
  await page.waitForFunction(
    ([id, expected]) => {
      const group = document.getElementById(id!);
      return group?.getAttribute("data-state") === expected && !group.hasAttribute("aria-busy");
    },
    [explorer, state]
  );
}

/** The slopes drawn in an explorer, as the lines' `data-slope` attributes. */
export function slopes(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(selector, (lines) => lines.map((l) => Number(l.getAttribute("data-slope"))));
}
