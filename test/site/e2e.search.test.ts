/**
 * Search in real Chromium with the production CSP, both languages: nothing of the engine or the index is fetched
 * until the reader types; typing a claim's words lists it with a status line; the keyboard alone reaches and follows
 * a result; the query stays in the URL; axe finds no violation with results shown, in both themes.
 */
import type {BrowserContext} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {Harness} from "./pageTesting.js";
import {axeViolations, shot, startHarness, watch} from "./pageTesting.js";

describe("search in Chromium", () => {
  let harness: Harness;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    for (const ctx of contexts) await ctx.close();
    await harness?.close();
  });

  it.each([
    ["en", "dark", "/search/", "/trends/"],
    ["fr", "light", "/fr/search/", "/fr/trends/"]
  ] as const)(
    "finds a claim by its words and follows it by keyboard (%s, %s)",
    async (_lang, theme, pathname, trends) => {
      const ctx = await harness.context(theme, true);
      contexts.push(ctx);
      const page = await ctx.newPage();
      // A claim of the trends page, as shown there.
      await page.goto(harness.server.url + trends, {waitUntil: "load"});
      const claim = (await page.locator("[data-claims] li").first().textContent())!.trim();
      const words = [...new Set(claim.match(/\p{L}{4,}/gu) ?? [])].sort((a, b) => b.length - a.length).slice(0, 3);

      const problems = watch(page);
      const before = harness.server.requests.length;
      await page.goto(harness.server.url + pathname, {waitUntil: "load"});
      const fetched = () => harness.server.requests.slice(before).map((r) => r.path);
      expect(fetched().some((p) => p.endsWith("/search/index.json"))).toBe(false);

      await page.locator("#search-q").focus();
      await page.keyboard.type(words.join(" "));
      const result = page.locator("[data-results] li", {hasText: claim}).first();
      await result.waitFor({timeout: 10_000});
      expect(fetched().some((p) => p === `${pathname}index.json`)).toBe(true);
      expect(await page.locator(".search__status").textContent()).toMatch(/\d|One|Un/);
      expect(new URL(page.url()).searchParams.get("q")).toBe(words.join(" "));
      await page.screenshot({path: shot(pathname, `${theme}-results-1280`), fullPage: true});
      expect(await axeViolations(page)).toEqual([]);

      // Keyboard only: from the field, past the button, to the first result, then Enter.
      await page.locator("#search-q").focus();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => document.activeElement?.closest("[data-results] li") !== null);
      expect(focused).toBe(true);
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute("href"));
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.pathname + url.hash === href);
      problems.stop();
      expect(problems.errors, "console errors").toEqual([]);
      expect(problems.failed, "failed requests").toEqual([]);
    }
  );
});
