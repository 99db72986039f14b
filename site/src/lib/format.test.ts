import {describe, expect, it} from "vitest";

import {SHARE_STRINGS} from "../i18n/share.js";
import {keepNumberWithUnit, typeset} from "../i18n/locale.js";

describe("numbers and their units", () => {
  it("are joined by a no-break space in prose and chart text, in both languages", () => {
    // "0,27" ending a line and "min" starting the next read as a bare number.
    expect(typeset("a baissé de 0,27 min par an", "fr")).toBe("a baissé de 0,27\u00a0min par an");
    expect(typeset("fell by 0.27 min a year and 12 kcal, +1.2 pp", "en")).toBe(
      "fell by 0.27\u00a0min a year and 12\u00a0kcal, +1.2\u00a0pp"
    );
    expect(typeset("Hiver : 43,6 min (1\u202f078 recettes)", "fr")).toBe(
      "Hiver\u202f: 43,6\u00a0min (1\u202f078 recettes)"
    );
    // Words that only start like a unit are left alone, and so is a number before an ordinary word.
    expect(keepNumberWithUnit("5 minutes, 3 grams, 2 hours, 4 recipes")).toBe("5 minutes, 3 grams, 2 hours, 4 recipes");
  });

  it("keep the search page's guillemets with the narrow no-break space of the rest of the French site", () => {
    for (const key of ["search.count", "search.countOne", "search.none"] as const) {
      expect(SHARE_STRINGS.fr[key]).toContain("«\u202f{query}\u202f»");
      expect(SHARE_STRINGS.fr[key]).not.toMatch(/«\u00a0|\u00a0»/);
    }
  });
});
