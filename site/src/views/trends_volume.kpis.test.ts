import {describe, expect, it} from "vitest";

import {summarize} from "../../../queries/trends/trends_volume.step.js";
import {kpis} from "./trends_volume.kpis.js";

/** The value of one tile. */
const tile = (specs: ReturnType<typeof kpis>, key: string) => specs.find((k) => k.key === key)?.value;

describe("trends_volume tiles", () => {
  // 2000 and 2004 partial (5 and 2 recipes over a few months), 2001–2003 whole: 50, 80, 40.
  const rows = [5, 50, 80, 40, 2].map((recipes, i) => ({year: 2000 + i, recipes, complete: i > 0 && i < 4}));

  it("gives the fewest and most recipes of a whole year, never a partial end year's count", () => {
    const s = summarize(rows);
    // The summary keeps every year (its minimum is the partial 2004's 2); the tiles read the whole years only.
    expect(s.summary.min).toBe(2);
    expect(tile(kpis(s), "min")).toBe(40);
    expect(tile(kpis(s), "max")).toBe(80);
  });

  it("keeps the summary's extremes for a range without any whole year", () => {
    const partialOnly = rows.map((r) => ({...r, complete: false}));
    const s = summarize(partialOnly);
    expect(tile(kpis(s), "min")).toBe(2);
    expect(tile(kpis(s), "max")).toBe(80);
  });
});
