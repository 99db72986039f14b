/**
 * The marked values of "What's new" in real headless Chromium, in both themes: a value that moved is marked by its
 * background and weight alone, so the text around it sits where it would unmarked. Its padding once widened the
 * narrow spaces inside French guillemets until « 12 » read with word spaces. The built test set has one update and
 * no moved value: the test sets a marked sentence into the page, with the page's own class and style sheet.
 */
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {Harness, Theme} from "./pageTesting.js";
import {startHarness} from "./pageTesting.js";

interface Gaps {
  /** From the end of the opening « and its narrow space to the first glyph of the value, in px. */
  before: number;
  /** From the last glyph of the value to the start of the narrow space and its closing ». */
  after: number;
  background: string;
}

/** The gaps around a value inside « », marked as the page marks a moved value, or unmarked in the same weight. */
function gaps(page: Page, marked: boolean): Promise<Gaps> {
  return page.evaluate((mark) => {
    const p = document.createElement("p");
    const value = document.createElement("mark");
    value.textContent = "12";
    if (mark) value.className = "change__moved";
    else {
      // The same glyphs without the mark: only the spacing may differ.
      value.style.fontWeight = "600";
      value.style.background = "none";
    }
    const sentence = document.createElement("span");
    sentence.className = "change__sentence";
    sentence.append("«\u202f", value, "\u202f»");
    p.append(sentence);
    document.querySelector(".change")!.append(p);
    const rect = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect();
    };
    const [open, inner, close] = [sentence.childNodes[0]!, value.firstChild!, sentence.childNodes[2]!];
    const result = {
      before: rect(inner).left - rect(open).right,
      after: rect(close).left - rect(inner).right,
      background: getComputedStyle(value).backgroundColor
    };
    p.remove();
    return result;
  }, marked);
}

describe("What's new in Chromium: marked values", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it.each(["light", "dark"] as Theme[])("keep their neighbours' spacing in the %s theme", async (theme) => {
    const ctx = await harness.context(theme);
    try {
      const page = await ctx.newPage();
      await page.goto(`${harness.server.url}/fr/changes/`, {waitUntil: "load"});
      await page.evaluate(() => document.fonts.ready);
      const plain = await gaps(page, false);
      const marked = await gaps(page, true);
      expect(marked.before).toBeCloseTo(plain.before, 1);
      expect(marked.after).toBeCloseTo(plain.after, 1);
      // Still marked: a background of its own, the theme's.
      expect(marked.background).not.toBe(plain.background);
      expect(marked.background).not.toBe("rgba(0, 0, 0, 0)");
    } finally {
      await ctx.close();
    }
  });
});
