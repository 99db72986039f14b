import {describe, expect, it} from "vitest";

import {SHARE_STRINGS} from "../i18n/share.js";
import {keepNumberWithUnit, typeset} from "../i18n/locale.js";
import {formatValue} from "./format.js";

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

  it("keep the degrees of freedom and a daily value's percentage with their number", () => {
    // Templates write "{df} df" with a plain space: "χ² = 12.3, 3" ending a line and "df" starting the next.
    expect(keepNumberWithUnit("χ² = 12.3, 3 df")).toBe("χ² = 12.3, 3\u00a0df");
    expect(keepNumberWithUnit("χ² = 12,3, 3 ddl")).toBe("χ² = 12,3, 3\u00a0ddl");
    expect(keepNumberWithUnit("4 % AJ et 5 %DV")).toBe("4\u00a0% AJ et 5\u00a0%DV");
  });

  it("join a table cell's or a KPI's number and its unit word, in both languages", () => {
    expect(formatValue(12.5, "1|unit:minutes", "en")).toBe("12.5\u00a0minutes");
    expect(formatValue(12.5, "1|unit:minutes", "fr")).toBe("12,5\u00a0minutes");
    expect(formatValue(1, "int|unit:minutes", "en")).toBe("1\u00a0minute");
    expect(formatValue(0.27, "pct|0", "fr")).toMatch(/^27\u00a0%$/);
  });

  it("keep the search page's guillemets with the narrow no-break space of the rest of the French site", () => {
    for (const key of ["search.count", "search.countOne", "search.none"] as const) {
      expect(SHARE_STRINGS.fr[key]).toContain("«\u202f{query}\u202f»");
      expect(SHARE_STRINGS.fr[key]).not.toMatch(/«\u00a0|\u00a0»/);
    }
  });
});
