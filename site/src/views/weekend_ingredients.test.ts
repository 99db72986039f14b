import {describe, expect, it} from "vitest";

import type {PeriodItems} from "../../../queries/weekend/_items.schema.js";
import {view} from "./weekend_ingredients.js";

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
});
