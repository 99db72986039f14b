import {describe, expect, it} from "vitest";

import {COLORS} from "./theme.js";
import {isBusiestYear, yearBarFill, yearBarLegend, yearBarTitle} from "./yearBars.js";

const rows = [
  {year: 1999, recipes: 5, complete: false},
  {year: 2000, recipes: 9, complete: true},
  {year: 2001, recipes: 9, complete: true},
  {year: 2002, recipes: 7, complete: true},
  {year: 2003, recipes: 2, complete: false}
];

describe("year bars", () => {
  it("highlights every year tied for the most recipes, mutes partial years and leaves the others observed", () => {
    const fill = yearBarFill(isBusiestYear(rows));
    expect(rows.map(fill)).toEqual([COLORS.muted, COLORS.highlight, COLORS.highlight, COLORS.observed, COLORS.muted]);
    // A partial year that is the busiest keeps the highlight the text points at.
    const partialPeak = [
      {year: 2018, recipes: 40, complete: false},
      {year: 2019, recipes: 30, complete: true}
    ];
    expect(partialPeak.map(yearBarFill(isBusiestYear(partialPeak)))).toEqual([COLORS.highlight, COLORS.observed]);
  });

  it("keys partial years in the legend only when a bar is partial", () => {
    expect(yearBarLegend(rows).map((e) => [e.label, e.color])).toEqual([
      ["legend.year", COLORS.observed],
      ["legend.peak", COLORS.highlight],
      ["legend.partial", COLORS.muted]
    ]);
    expect(yearBarLegend(rows.filter((r) => r.complete)).map((e) => e.label)).toEqual(["legend.year", "legend.peak"]);
  });

  it("names a partial year in its tooltip with the legend's words", () => {
    const title = yearBarTitle({text: (key) => `<${key}>`, format: (value) => `#${value}`});
    expect(title(rows[0]!)).toBe("1999 (<legend.partial>): #5");
    expect(title(rows[1]!)).toBe("2000: #9");
  });
});
