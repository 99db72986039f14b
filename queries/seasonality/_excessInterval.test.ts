import {describe, expect, it} from "vitest";

import {expectClose} from "../../pipeline/stats/testing/close.js";
import {excessInterval} from "./_excessInterval.js";

describe("excessInterval", () => {
  it("scales the share's bounds by the season's share of days, as the gap itself is scaled", () => {
    // A season of a quarter of the days holding 26 % to 27.5 % of the recipes gets 4 % to 10 % more than its days.
    const bounds = excessInterval({shareInterval: {lower: 0.26, upper: 0.275}, dayShare: 0.25});
    expectClose(bounds.lower, 0.04);
    expectClose(bounds.upper, 0.1);
  });

  it("holds the gap when the share's interval holds the share", () => {
    const share = 0.2;
    const dayShare = 92 / 365;
    const {lower, upper} = excessInterval({shareInterval: {lower: 0.19, upper: 0.21}, dayShare});
    expect(lower).toBeLessThan(share / dayShare - 1);
    expect(upper).toBeGreaterThan(share / dayShare - 1);
  });
});
