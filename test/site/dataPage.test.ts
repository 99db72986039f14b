/**
 * The data page as readers found it: its chart data listed in the order the pages show the charts, the checksum
 * column saying it shows only the start of the SHA-256, and a page's name kept on one line ("Weekday / or /
 * weekend", one word per line at 390 px, read as three labels).
 */
import {readFile} from "node:fs/promises";
import path from "node:path";

import {beforeAll, describe, expect, it} from "vitest";

import {SHORT_SHA_CHARS} from "../../site/src/lib/shortSha.js";
import {builtSite} from "./builtSite.js";

const ANALYSIS_PAGES = ["", "trends/", "seasonality/", "weekend/", "ratings/"];

/** The chart data (CSV) links of a page, in document order, each once. */
function csvLinks(html: string): string[] {
  return [...new Set([...html.matchAll(/href="(\/data\/figures\/[^"]+\.csv)"/g)].map((m) => m[1]!))];
}

describe("the data page", () => {
  let dist: string;

  beforeAll(async () => {
    dist = (await builtSite()).dist;
  });

  for (const prefix of ["", "fr/"]) {
    it(`${prefix || "en/"}: lists the chart data in the order the pages show the charts`, async () => {
      const read = (page: string) => readFile(path.join(dist, prefix, page, "index.html"), "utf8");
      const shown: string[] = [];
      for (const page of ANALYSIS_PAGES)
        for (const link of csvLinks(await read(page))) if (!shown.includes(link)) shown.push(link);
      const listed = csvLinks(await read("data/"));
      expect(listed.length).toBeGreaterThan(20);
      expect(listed).toEqual(shown.filter((link) => listed.includes(link)));
    });

    it(`${prefix || "en/"}: says how many characters of the checksum its column shows, and keeps page names on one line`, async () => {
      const html = await readFile(path.join(dist, prefix, "data", "index.html"), "utf8");
      const n = SHORT_SHA_CHARS;
      expect(html).toContain(prefix ? `SHA-256 (${n} premiers caractères)` : `SHA-256 (first ${n} characters)`);
      const hashes = [...html.matchAll(/<td>\s*<code class="etag">([^<]*)<\/code>\s*<\/td>/g)].map((m) => m[1]!);
      expect(hashes.length).toBeGreaterThan(20);
      for (const hash of hashes) expect(hash).toMatch(new RegExp(`^[0-9a-f]{${n}}$`));
      const pageCells = html.match(/<td class="data__page"/g) ?? [];
      expect(pageCells.length).toBe(hashes.length);
      const css = await readFile("site/src/styles/global.css", "utf8");
      expect(css).toMatch(/\.data__page\s*\{[^}]*white-space:\s*nowrap/);
    });
  }
});
