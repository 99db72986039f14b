import * as Plot from "@observablehq/plot";
import {describe, expect, it} from "vitest";

import {tickedDomain, tiesForMax} from "./marks.js";

describe("tiesForMax", () => {
  const cells = [
    {item: "seasonal", share: 0.1171},
    {item: "seasonal", share: 0.07},
    {item: "seasonal", share: 0.1168},
    {item: "pie", share: 0.3},
    {item: "pie", share: 0.2}
  ];
  const isMax = tiesForMax(
    cells,
    (c) => c.item,
    (c) => c.share,
    (v) => Math.round(v * 1000)
  );

  it("marks every cell printed like its group's largest value, not only the larger unrounded one", () => {
    expect(cells.map(isMax)).toEqual([true, false, true, true, false]);
  });

  it("marks one cell where the printed values differ", () => {
    const finer = tiesForMax(
      cells,
      (c) => c.item,
      (c) => c.share,
      (v) => Math.round(v * 10000)
    );
    expect(cells.map(finer)).toEqual([true, false, false, true, false]);
  });
});

describe("tickedDomain", () => {
  it("ends the domain on a tick of the count drawn, past the largest value, and below zero when a value is", () => {
    // Monday's 41,435 recipes × 1.1: four ticks step by 10,000 and end at 50,000, not at 40,000 under the bar.
    expect(tickedDomain(41435 * 1.1, 4)).toEqual({domain: [0, 50000], ticks: 4});
    expect(tickedDomain(54260, 6)).toEqual({domain: [0, 60000], ticks: 6});
    expect(tickedDomain(100, 5)).toEqual({domain: [0, 100], ticks: 5});
    // 17 % on four ticks: steps of 5 %, to 20 % (Plot's nice: true rounded to 18 %, past a last label of 15 %).
    expect(tickedDomain(0.17, 4).domain).toEqual([0, 0.2]);
    expect(Plot.scale({x: {domain: [0, 0.17], nice: true}}).domain).toEqual([0, 0.18]);
    // A low end below zero goes to its tick too.
    expect(tickedDomain(41, 4, -3).domain).toEqual([-20, 60]);
  });
});
