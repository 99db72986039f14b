import {describe, expect, it} from "vitest";

import type {TrendsItems} from "../../../queries/trends/_items.schema.js";
import {text as tagsText} from "../../../queries/trends/trends_tags.text.js";
import {COLORS} from "../lib/charts/index.js";
import {renderPlot} from "../lib/charts/render.js";
import {formatValue} from "../lib/format.js";
import {renderText} from "../lib/narration.js";
import type {PlotContext} from "../lib/views.js";
import {NARROW_WIDTH, WIDE_WIDTH} from "../lib/views.js";
import {changeColor, itemsView} from "./trends_ingredients.js";
import {whiskerLabels} from "./whiskerLabels.testing.js";

type Change = TrendsItems["risers"][number];

/** A change in share with its interval, in percentage points as printed. */
const change = (item: string, delta: number, lower: number, upper: number): Change =>
  ({
    item,
    occurrences: 100,
    firstShare: 0.1,
    lastShare: 0.1 + delta / 100,
    delta: delta / 100,
    deltaLower: lower / 100,
    deltaUpper: upper / 100
  }) as Change;

// The tags' and ingredients' changes of the generated data (pp) named in issue #9: a fall of −47.1 pp beside small
// ones, labels that read "−−4.9" and "−+4.1" at 390 px, and intervals that cross zero.
const risers = [
  change("main-dish", 6.63, 2.85, 10.41),
  change("breakfast", 4.07, 1.9, 6.24),
  change("main-dish-chicken", 2.16, -1.44, 5.76)
];
const fallers = [
  change("oven", -47.09, -50.43, -43.75),
  change("sugar", -10.09, -13.29, -6.89),
  change("butter", -4.93, -8.45, -1.41),
  change("chicken", -1.62, -4.08, 0.85)
];

const snapshot = (r: Change[], f: Change[]): TrendsItems =>
  ({
    params: {
      firstWindow: "1999",
      lastWindow: "2015–2018",
      intervalLevel: 0.95,
      distinctItems: 1,
      eligibleItems: 1,
      occurrences: 1
    },
    top: [{item: "salt", occurrences: 10, share: 0.1}],
    diversity: [{year: 1999, recipes: 10, distinctItems: 5}],
    risers: r,
    fallers: f,
    lines: []
  }) as unknown as TrendsItems;

const changes = (s: TrendsItems) =>
  itemsView()
    .figures(s)
    .find((f) => f.key === "changes")!;

describe("item trends view", () => {
  it.each([
    ["en", true],
    ["fr", true],
    ["en", false],
    ["fr", false]
  ] as const)("writes each change clear of its whisker and inside the drawing (%s, phone: %s)", (lang, narrow) => {
    const width = narrow ? NARROW_WIDTH : WIDE_WIDTH;
    const s = snapshot(risers, fallers);
    const ctx: PlotContext = {
      lang,
      width,
      narrow,
      text: (key, values) => renderText({file: "trends items", text: tagsText}, lang, key, {...s.params, ...values}),
      format: (value, spec) => formatValue(value, spec, lang)
    };
    const labels = whiskerLabels(renderPlot(changes(s).plot(ctx), {id: "c", lang, ariaLabel: "c"}));
    expect(labels).toHaveLength(risers.length + fallers.length);
    for (const v of labels) {
      expect(v.gap, v.text).toBeGreaterThanOrEqual(v.least);
      if (v.anchor === "start") expect(v.far, v.text).toBeLessThanOrEqual(width);
    }
  });

  it("draws a change whose interval holds zero in muted, and keys it only where one is drawn", () => {
    expect(changeColor({movement: "riser", deltaLower: -0.0144, deltaUpper: 0.0576})).toBe(COLORS.muted);
    expect(changeColor({movement: "faller", deltaLower: -0.0408, deltaUpper: 0.0085})).toBe(COLORS.muted);
    expect(changeColor({movement: "riser", deltaLower: 0.019, deltaUpper: 0.0624})).toBe(COLORS.above);
    expect(changeColor({movement: "faller", deltaLower: -0.0845, deltaUpper: -0.0141})).toBe(COLORS.below);
    const keys = (s: TrendsItems) => (changes(s).legend ?? []).map((e) => [e.label, e.color]);
    expect(keys(snapshot(risers, fallers))).toContainEqual(["axis.no_clear_change", COLORS.muted]);
    expect(keys(snapshot(risers.slice(0, 2), fallers.slice(0, 3))).map((k) => k[0])).not.toContain(
      "axis.no_clear_change"
    );
  });
});
