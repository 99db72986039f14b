import {describe, expect, it} from "vitest";

import {chartDigits} from "./render.js";

describe("chartDigits", () => {
  it("widens the French digit-group space to a no-break space, and only between digits", () => {
    expect(chartDigits("1\u202f071\u202f520")).toBe("1\u00a0071\u00a0520");
    expect(chartDigits("Moyenne\u202f: 42,0\u202f%")).toBe("Moyenne\u202f: 42,0\u202f%");
  });
});
