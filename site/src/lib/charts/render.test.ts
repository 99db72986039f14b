import {describe, expect, it} from "vitest";

import {chartDigits, percentTicks} from "./render.js";

describe("chartDigits", () => {
  it("widens the French digit-group space to a no-break space, and only between digits", () => {
    expect(chartDigits("1\u202f071\u202f520")).toBe("1\u00a0071\u00a0520");
    expect(chartDigits("Moyenne\u202f: 42,0\u202f%")).toBe("Moyenne\u202f: 42,0\u202f%");
  });
});

describe("percentTicks", () => {
  it("writes the percent sign on every tick, with French spacing and a true minus", () => {
    expect([0, 50, 100].map(percentTicks("en", 20))).toEqual(["0%", "50%", "100%"]);
    expect([-60, 0, 2.5].map(percentTicks("fr", 0.5))).toEqual(["\u221260,0\u202f%", "0,0\u202f%", "2,5\u202f%"]);
  });
});
