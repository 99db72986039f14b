/**
 * Figure titles on the built site: a figure page or an embed stands alone, so its title must say which figure it is.
 * No two figures of the site share a title in either language (the ingredient and tag trends once both showed
 * "Largest rises and falls in share" and "Yearly share of the biggest movers", without saying of what).
 */
import {readdir, readFile} from "node:fs/promises";
import path from "node:path";

import {beforeAll, describe, expect, it} from "vitest";

import {builtSite} from "./builtSite.js";

describe("figure titles", () => {
  let dist: string;

  beforeAll(async () => {
    dist = (await builtSite()).dist;
  });

  it("differ from figure to figure, in both languages", async () => {
    for (const root of ["figures", "fr/figures"]) {
      const dir = path.join(dist, root);
      const pages = (await readdir(dir, {recursive: true})).filter((e) => e.endsWith("index.html")).sort();
      expect(pages.length, root).toBeGreaterThan(20);
      const byTitle = new Map<string, string[]>();
      for (const page of pages) {
        const html = await readFile(path.join(dir, page), "utf8");
        const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
        expect(title, `${root}/${page} has a title`).toBeTruthy();
        byTitle.set(title!, [...(byTitle.get(title!) ?? []), page]);
      }
      const shared = [...byTitle].filter(([, p]) => p.length > 1).map(([title, p]) => `${title}: ${p.join(", ")}`);
      expect(shared, root).toEqual([]);
    }
  });
});
