/**
 * The words that say a box scrolls sideways (data-scroll-hint, drawn by global.css on the box's scroll timeline), in
 * real headless Chromium: on a phone the navigation and a wide table show "Scroll sideways →" (« Faire défiler → »)
 * while more waits to their right, the hint goes once their end is reached and comes back when the reader scrolls
 * back; the table scrolls from the keyboard; where nothing overflows (the desktop sidebar) no hint shows and no room
 * is taken. Without JavaScript: the page under test runs none of it.
 */
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {Harness} from "./pageTesting.js";
import {startHarness} from "./pageTesting.js";

interface HintState {
  content: string;
  visible: boolean;
  height: number;
}

/** The hint of the box `scroller` (a table's ::before, or the ::after of the navigation around its list). */
async function hint(page: Page, scroller: string): Promise<HintState> {
  // The scroll timeline's animation is sampled on the frames after a scroll (the page runs no script to wait on a
  // frame with: a short pause lets a few go by).
  await page.waitForTimeout(100);
  return page.evaluate((selector) => {
    const box = document.querySelector<HTMLElement>(selector)!;
    const style = box.hasAttribute("data-scroll-hint")
      ? getComputedStyle(box, "::before")
      : getComputedStyle(box.parentElement!, "::after");
    return {content: style.content, visible: style.visibility === "visible", height: parseFloat(style.height) || 0};
  }, scroller);
}

function scrollTo(page: Page, selector: string, where: "end" | "start"): Promise<void> {
  return page.evaluate(
    ([s, w]) => {
      const box = document.querySelector<HTMLElement>(s!)!;
      box.scrollLeft = w === "end" ? box.scrollWidth : 0;
    },
    [selector, where] as const
  );
}

const NAV = ".site-nav ul";
const TABLE = ".table-wrap[data-scroll-hint]";

describe("scroll hints over boxes that scroll sideways", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it.each([
    ["/data/", "Scroll sideways →"],
    ["/fr/data/", "Faire défiler →"]
  ])("%s at 360 px: shown while there is more to the right, gone at the end", async (pathname, words) => {
    const ctx = await harness.browser.newContext({viewport: {width: 360, height: 800}, javaScriptEnabled: false});
    try {
      const page = await ctx.newPage();
      await page.goto(harness.server.url + pathname, {waitUntil: "load"});
      for (const box of [NAV, TABLE]) {
        const overflow = await page.$eval(box, (el) => el.scrollWidth - el.clientWidth);
        expect(overflow, box).toBeGreaterThan(0);
        await scrollTo(page, box, "start");
        expect(await hint(page, box), box).toEqual({content: `"${words}"`, visible: true, height: expect.any(Number)});
        expect((await hint(page, box)).height, box).toBeGreaterThan(10);
        await scrollTo(page, box, "end");
        expect((await hint(page, box)).visible, `${box} at its end`).toBe(false);
        await scrollTo(page, box, "start");
        expect((await hint(page, box)).visible, `${box} back at its start`).toBe(true);
      }
      // The table is a named region the keyboard reaches and scrolls.
      const table = page.locator(TABLE).first();
      expect(await table.getAttribute("tabindex")).toBe("0");
      expect(await table.getAttribute("aria-labelledby")).toBeTruthy();
      await table.focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      // Keyboard scrolling is animated.
      await page.waitForTimeout(400);
      expect(await table.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    } finally {
      await ctx.close();
    }
  });

  it.each([390, 360])(
    "at %i px, each page's navigation shows its own link whole and cuts no link on its left",
    async (width) => {
      const ctx = await harness.browser.newContext({viewport: {width, height: 800}});
      try {
        const page = await ctx.newPage();
        const seen: string[] = [];
        for (const home of ["/", "/fr/"]) {
          await page.goto(harness.server.url + home, {waitUntil: "load"});
          const links = await page.$$eval(`${NAV} a`, (as) => as.map((a) => a.getAttribute("href")!));
          for (const href of links) {
            await page.goto(harness.server.url + href, {waitUntil: "load"});
            const state = await page.$eval(NAV, (list) => {
              const box = list.getBoundingClientRect();
              const items = [...list.children].map((li) => li.getBoundingClientRect());
              const current = list.querySelector('[aria-current="page"]')!.getBoundingClientRect();
              return {
                currentWhole: current.left >= box.left - 0.5 && current.right <= box.right + 0.5,
                // A link straddling the left edge shows as a stray fragment of a word.
                cutOnLeft: items.filter((r) => r.left < box.left - 0.5 && r.right > box.left + 0.5).length
              };
            });
            expect(state, `${href} at ${width} px`).toEqual({currentWhole: true, cutOnLeft: 0});
            seen.push(href);
          }
        }
        expect(seen.length).toBeGreaterThanOrEqual(12);
      } finally {
        await ctx.close();
      }
    }
  );

  it("takes no room and says nothing where the navigation fits (1280 px)", async () => {
    const ctx = await harness.browser.newContext({viewport: {width: 1280, height: 800}});
    try {
      const page = await ctx.newPage();
      await page.goto(harness.server.url + "/data/", {waitUntil: "load"});
      expect(await page.$eval(NAV, (el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      const state = await hint(page, NAV);
      expect(state.visible).toBe(false);
      expect(state.height).toBe(0);
    } finally {
      await ctx.close();
    }
  });
});
