import {describe, expect, it} from "vitest";

import {extremes, seasonRows, toSeason} from "./_seasons.js";
import {seasonOf} from "./testing/fixture.js";

describe("season helpers", () => {
  it("orders rows Winter → Autumn and refuses unknown or repeated seasons", () => {
    const rows = seasonRows([{season: "Autumn"}, {season: "Winter"}, {season: "Summer"}]);
    expect(rows.map((r) => r.season)).toEqual(["Winter", "Summer", "Autumn"]);
    expect(() => toSeason("Fall")).toThrow("invalid season: Fall");
    expect(() => seasonRows([{season: "Spring"}, {season: "Spring"}])).toThrow("Spring twice");
  });

  it("picks the highest and lowest, ties to the earlier season, and refuses an empty list", () => {
    const items = [
      {season: "Winter" as const, v: 2},
      {season: "Spring" as const, v: 5},
      {season: "Summer" as const, v: 5},
      {season: "Autumn" as const, v: 2}
    ];
    expect(extremes(items, (i) => i.v)).toEqual({highest: items[1], lowest: items[0]});
    expect(() => extremes([], () => 0)).toThrow("length 0");
  });

  it("agrees with the fixture's independent month → season rule", () => {
    expect(["2001-12-01", "2001-02-28", "2001-03-01", "2001-08-31", "2001-09-01", "2001-11-30"].map(seasonOf)).toEqual([
      "Winter",
      "Winter",
      "Spring",
      "Summer",
      "Autumn",
      "Autumn"
    ]);
  });
});
