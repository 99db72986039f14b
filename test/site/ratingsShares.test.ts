/**
 * The numbers a reader can add agree on the built ratings page: where the text names the shares of one- and two-star
 * ratings, it names each as the bars beside it print it, never a combined share rounded on its own (1.3 % and 1.4 %
 * on the bars against "2.6 %" in the sentence).
 */
import {readFileSync} from "node:fs";
import path from "node:path";

import {parseHTML} from "linkedom";
import {beforeAll, describe, expect, it} from "vitest";

import {builtSite} from "./builtSite.js";

let dist: string;

beforeAll(async () => {
  ({dist} = await builtSite());
}, 600_000);

function page(url: string): Document {
  return parseHTML(readFileSync(path.join(dist, url, "index.html"), "utf8")).document as unknown as Document;
}

/** The percentages a text prints, as printed ("1.3", "1,3"). */
function percentages(text: string): string[] {
  return [...text.matchAll(/(\d+(?:[.,]\d+)?)[\s\u00a0\u202f]?%/gu)].map((m) => m[1]!);
}

const cells = (row: Element): string[] => [...row.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "");

describe.each([
  ["/ratings/", "en"],
  ["/fr/ratings/", "fr"]
] as const)("%s", (url, lang) => {
  it("names the shares of the stars' histogram as its bars print them", () => {
    const doc = page(url);
    const figure = doc.getElementById("fig-ratings_distribution-histogram")!;
    // The narrow drawing's labels: one share per bar, 1 to 5 stars.
    const bars = [...figure.querySelectorAll('.figure__chart--narrow g[data-mark="text"] text')].map((t) =>
      percentages(t.textContent ?? "")
    );
    expect(bars.flat()).toHaveLength(5);
    const printed = bars.flat();
    const sentence = [...doc.querySelectorAll("#ratings_distribution [data-claims] li")]
      .map((li) => li.textContent ?? "")
      .find((text) => percentages(text).length > 0)!;
    const description = doc.getElementById("fig-ratings_distribution-histogram-desc")!.textContent ?? "";
    for (const text of [sentence, description]) {
      const shares = percentages(text);
      // The five-star share and the one- and two-star shares, each one of the bars' labels.
      expect(shares.length, text).toBeGreaterThanOrEqual(3);
      for (const share of shares) expect(printed, `${share} in: ${text}`).toContain(share);
      // The one- and two-star bars are named, in the order of the stars.
      expect(shares.slice(-2), text).toEqual([printed[0], printed[1]]);
    }
  });

  it("names the low-star shares of the season it singles out as that season's bars print them", () => {
    const doc = page(url);
    const figure = doc.getElementById("fig-ratings_seasonal-stars")!;
    // The data behind the bars (season, stars, ratings, share), printed as the bars print their shares.
    const rows = [...figure.querySelectorAll("table tbody tr")].map(cells);
    const labels = [...figure.querySelectorAll('.figure__chart--narrow g[data-mark="text"] text')].map(
      (t) => t.textContent ?? ""
    );
    for (const [, stars, , share] of rows) {
      expect(labels.some((l) => l.startsWith(`${stars} ★`) && percentages(l)[0] === percentages(share!)[0])).toBe(true);
    }
    const sentence = [...doc.querySelectorAll("#ratings_seasonal [data-claims] li")]
      .map((li) => li.textContent ?? "")
      .reduce((most, text) => (percentages(text).length > percentages(most).length ? text : most), "");
    // The season singled out for low ratings is the last season the sentence names.
    const seasons = [...new Set(rows.map((r) => r[0]!))];
    const low = seasons
      .map((s) => ({s, at: sentence.toLowerCase().lastIndexOf(s.toLowerCase())}))
      .reduce((a, b) => (b.at > a.at ? b : a)).s;
    const shareOf = (stars: string) => percentages(rows.find((r) => r[0] === low && r[1] === stars)![3]!)[0];
    expect(percentages(sentence).slice(-2), `${lang}: ${sentence}`).toEqual([shareOf("1"), shareOf("2")]);
  });
});
