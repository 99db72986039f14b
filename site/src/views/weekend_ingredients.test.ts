import {describe, expect, it} from "vitest";

import type {PeriodItems} from "../../../queries/weekend/_items.schema.js";
import {hiddenShareIntervals, view} from "./weekend_ingredients.js";

type Item = PeriodItems["moreOnWeekdays"][number];

const item = (name: string, deltaPp: number): Item =>
  ({
    item: name,
    deltaPp,
    weekdayShare: 0.05,
    weekendShare: 0.05 + deltaPp / 100,
    weekdayShareInterval: {lower: 0.04, upper: 0.06},
    weekendShareInterval: {lower: 0.04, upper: 0.06},
    pAdjusted: 0.01
  }) as unknown as Item;

const snapshot = (moreAtWeekend: Item[], moreOnWeekdays: Item[]): PeriodItems =>
  ({
    moreAtWeekend,
    moreOnWeekdays,
    counts: {distinct: 10, passing: 1, moreAtWeekend: 0, moreOnWeekdays: 1}
  }) as PeriodItems;

describe("weekend items view", () => {
  it("keys only the sides the gap chart draws: a side without a bar has no legend entry", () => {
    const gaps = (s: PeriodItems) => view.figures(s).find((f) => f.key === "gaps")!;
    expect(gaps(snapshot([], [item("chicken", -0.34)])).legend?.map((e) => e.label)).toEqual(["kpi.moreOnWeekdays"]);
    expect(gaps(snapshot([item("butter", 0.2)], [])).legend?.map((e) => e.label)).toEqual(["kpi.moreAtWeekend"]);
    expect(gaps(snapshot([item("butter", 0.2)], [item("chicken", -0.34)])).legend?.map((e) => e.label)).toEqual([
      "kpi.moreAtWeekend",
      "kpi.moreOnWeekdays"
    ]);
  });

  it("counts the intervals the marks hide on the drawn scale: under the ring, under the square, or under the ring beside it", () => {
    const row = (weekday: [number, number, number], weekend: [number, number, number]): Item =>
      ({
        item: "x",
        weekdayShare: weekday[1],
        weekdayShareInterval: {lower: weekday[0], upper: weekday[2]},
        weekendShare: weekend[1],
        weekendShareInterval: {lower: weekend[0], upper: weekend[2]}
      }) as unknown as Item;
    // 1 px per 0.1 percentage point: the ring reaches 7 px from its centre, the square about 3.1 px.
    const x = (share: number) => share * 1000;
    const far = row([0.01, 0.05, 0.09], [0.11, 0.15, 0.19]);
    const hidden = row([0.0496, 0.05, 0.0504], [0.1497, 0.15, 0.1503]);
    // The weekend whisker reaches 5 px either side, past its square but inside the ring 1 px away.
    const underRing = row([0.0496, 0.05, 0.0504], [0.0461, 0.0511, 0.0561]);
    expect(hiddenShareIntervals([far], x)).toBe("none");
    expect(hiddenShareIntervals([hidden], x)).toBe("all");
    expect(hiddenShareIntervals([underRing], x)).toBe("all");
    expect(hiddenShareIntervals([far, hidden], x)).toBe("some");
    // The same whisker beside a ring 10 px away shows past its square.
    expect(hiddenShareIntervals([row([0.0396, 0.04, 0.0404], [0.0461, 0.0511, 0.0561])], x)).toBe("some");
  });
});
