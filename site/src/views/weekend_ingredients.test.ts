import {describe, expect, it} from "vitest";

import type {PeriodItems} from "../../../queries/weekend/_items.schema.js";
import {text as ingredientsText} from "../../../queries/weekend/weekend_ingredients.text.js";
import {text as tagsText} from "../../../queries/weekend/weekend_tags.text.js";
import {COLORS, PERIOD_COLORS} from "../lib/charts/index.js";
import {renderPlot} from "../lib/charts/render.js";
import {formatValue} from "../lib/format.js";
import {kpiModels, renderText, templateValues} from "../lib/narration.js";
import type {PlotContext} from "../lib/views.js";
import {NARROW_WIDTH, WIDE_WIDTH} from "../lib/views.js";
import {hiddenShareIntervals, outerEnd, view} from "./weekend_ingredients.js";
import {whiskerLabels} from "./whiskerLabels.testing.js";

type Item = PeriodItems["moreOnWeekdays"][number];

const item = (name: string, deltaPp: number): Item =>
  ({
    item: name,
    deltaPp,
    weekdayShare: 0.05,
    weekendShare: 0.05 + deltaPp / 100,
    weekdayShareInterval: {lower: 0.04, upper: 0.06},
    weekendShareInterval: {lower: 0.04, upper: 0.06},
    deltaLowerPp: deltaPp - 0.1,
    deltaUpperPp: deltaPp + 0.1,
    pAdjusted: 0.01
  }) as unknown as Item;

const snapshot = (moreAtWeekend: Item[], moreOnWeekdays: Item[]): PeriodItems =>
  ({
    moreAtWeekend,
    moreOnWeekdays,
    counts: {distinct: 10, passing: 1, moreAtWeekend: 0, moreOnWeekdays: 1},
    params: {intervalLevel: 0.95, topN: 10},
    narrative: {headline: {id: "passing.weekday", values: {tested: 125}}, claims: []}
  }) as unknown as PeriodItems;

const ctxOf = (lang: "en" | "fr", narrow: boolean): PlotContext => ({
  lang,
  width: narrow ? NARROW_WIDTH : WIDE_WIDTH,
  narrow,
  text: (key, values) => renderText({file: "weekend items", text: tagsText}, lang, key, values ?? {}),
  format: (value, spec) => formatValue(value, spec, lang)
});

/** A string as typed in the text modules: without the French typesetting's curly apostrophes and word joiners. */
const typed = (s: string): string => s.replace(/\u2060/g, "").replace(/’/g, "'");

describe("weekend items view", () => {
  it("keys only the sides the gap chart draws (a side without a bar has no legend entry), and the gaps' interval", () => {
    const gaps = (s: PeriodItems) => view.figures(s).find((f) => f.key === "gaps")!;
    expect(gaps(snapshot([], [item("chicken", -0.34)])).legend?.map((e) => e.label)).toEqual([
      "kpi.moreOnWeekdays",
      "axis.gapInterval"
    ]);
    expect(gaps(snapshot([item("butter", 0.2)], [])).legend?.map((e) => e.label)).toEqual([
      "kpi.moreAtWeekend",
      "axis.gapInterval"
    ]);
    expect(gaps(snapshot([item("butter", 0.2)], [item("chicken", -0.34)])).legend?.map((e) => e.label)).toEqual([
      "kpi.moreAtWeekend",
      "kpi.moreOnWeekdays",
      "axis.gapInterval"
    ]);
  });

  it("draws a gap whose interval holds zero in muted, with its key", () => {
    const unclear = {...item("chicken", -0.34), deltaLowerPp: -0.6, deltaUpperPp: 0.05} as Item;
    const gaps = view.figures(snapshot([item("butter", 0.2)], [unclear])).find((f) => f.key === "gaps")!;
    expect(gaps.legend?.map((e) => [e.label, e.color])).toContainEqual(["axis.no_clear_gap", COLORS.muted]);
    const svg = renderPlot(gaps.plot(ctxOf("en", false)), {id: "g", lang: "en", ariaLabel: "g"});
    expect(/<g data-mark="bar"[^>]*>([\s\S]*?)<\/g>/.exec(svg)![1]!.match(/fill="[^"]+"/g)).toEqual([
      `fill="${PERIOD_COLORS.weekend}"`,
      `fill="${COLORS.muted}"`
    ]);
  });

  it("keys every mark of the shares chart, the grey segment between the two shares too", () => {
    const shares = view.figures(snapshot([], [item("chicken", -0.34)])).find((f) => f.key === "shares")!;
    expect(shares.legend?.map((e) => [e.label, e.shape])).toEqual([
      ["axis.weekday", "ring"],
      ["axis.weekend", "square"],
      ["axis.gapSegment", "link"],
      ["axis.interval", "whiskerLevel"]
    ]);
  });

  it("writes each gap's value past the end of its interval away from zero, where the whisker ends", () => {
    expect(outerEnd({deltaPp: 0.86, deltaLowerPp: 0.64, deltaUpperPp: 1.08})).toBe(1.08);
    expect(outerEnd({deltaPp: -0.34, deltaLowerPp: -0.47, deltaUpperPp: -0.2})).toBe(-0.47);
  });

  it.each([
    ["en", true],
    ["fr", true],
    ["en", false],
    ["fr", false]
  ] as const)("draws each value clear of its whisker and inside the drawing (%s, phone: %s)", (lang, narrow) => {
    // The tags' gaps and intervals of the generated data (pp), the widest interval at the largest gap.
    const gap = (name: string, deltaPp: number, lower: number, upper: number): Item =>
      ({...item(name, deltaPp), deltaLowerPp: lower, deltaUpperPp: upper}) as Item;
    const s = snapshot(
      [gap("from-scratch", 0.858, 0.641, 1.084), gap("canadian", 0.351, 0.197, 0.514)],
      [gap("berries", -0.461, -0.65, -0.262), gap("main-dish", -1.217, -1.752, -0.677)]
    );
    const figure = view.figures(s).find((f) => f.key === "gaps")!;
    const ctx = ctxOf(lang, narrow);
    const width = ctx.width;
    const svg = renderPlot(figure.plot(ctx), {id: "g", lang, ariaLabel: "g"});
    const values = whiskerLabels(svg);
    expect(values).toHaveLength(4);
    for (const v of values) {
      expect(v.gap).toBeGreaterThanOrEqual(v.least);
      if (v.anchor === "start") expect(v.far).toBeLessThanOrEqual(width);
      else expect(v.far).toBeGreaterThanOrEqual(0);
    }
  });

  it("titles the figures in the singular over one item and in the plural over more, in both languages", () => {
    const captions = (s: PeriodItems, textModule: typeof ingredientsText, lang: "en" | "fr") => {
      const values = templateValues(s, view.values!(s));
      const source = {file: "weekend items", text: textModule};
      return ["gaps", "shares"].map((key) => typed(renderText(source, lang, `figure.${key}.caption`, values)));
    };
    const one = snapshot([], [item("boneless skinless chicken breasts", -0.34)]);
    const two = snapshot([item("butter", 0.2)], [item("chicken", -0.34)]);
    expect(captions(one, ingredientsText, "en")).toEqual([
      "The only ingredient with a clear weekend − weekday gap",
      "The ingredient's weekend share set against its weekday share"
    ]);
    expect(captions(one, ingredientsText, "fr")).toEqual([
      "Le seul ingrédient dont la part diffère nettement entre le week-end et la semaine",
      "Part de l'ingrédient le week-end face à sa part en semaine"
    ]);
    expect(captions(one, tagsText, "en")).toEqual([
      "The only tag with a clear weekend − weekday gap",
      "The tag's weekend share set against its weekday share"
    ]);
    expect(captions(one, tagsText, "fr")).toEqual([
      "La seule étiquette dont la part diffère nettement entre le week-end et la semaine",
      "Part de l'étiquette le week-end face à sa part en semaine"
    ]);
    expect(captions(two, ingredientsText, "en")).toEqual([
      "Ingredients with the largest weekend − weekday gaps",
      "Each ingredient's weekend share set against its weekday share"
    ]);
    expect(captions(two, tagsText, "fr")).toEqual([
      "Étiquettes aux plus grands écarts entre week-end et semaine",
      "Part de chaque étiquette le week-end face à sa part en semaine"
    ]);
    // The descriptions follow: one bar, said in the singular.
    const values = templateValues(one, view.values!(one));
    const source = {file: "weekend items", text: ingredientsText};
    expect(renderText(source, "en", "figure.gaps.description", values)).toMatch(
      /^A horizontal bar .* the only ingredient/
    );
    expect(renderText(source, "fr", "figure.shares.description", values)).toMatch(/^Pour l.ingrédient du graphique/);
  });

  it("names each count's tile in agreement with its own value", () => {
    const labels = (s: PeriodItems, lang: "en" | "fr") =>
      kpiModels({file: "weekend items", text: ingredientsText}, view.kpis!(s), templateValues(s, view.values!(s)), lang)
        .map((k) => typed(k.label))
        .slice(1);
    const one = snapshot([], [item("chicken", -0.34)]);
    // 1 passing, 0 at the weekend, 1 on weekdays: French puts 0 and 1 in the singular.
    expect(labels(one, "fr")).toEqual([
      "Ingrédient qui diffère",
      "Plus fréquent le week-end",
      "Plus fréquent en semaine"
    ]);
    expect(labels(one, "en")).toEqual([
      "Ingredient that differs",
      "More frequent at weekends",
      "More frequent on weekdays"
    ]);
    const many = {...one, counts: {distinct: 10, passing: 3, moreAtWeekend: 2, moreOnWeekdays: 1}} as PeriodItems;
    expect(labels(many, "fr")).toEqual([
      "Ingrédients qui diffèrent",
      "Plus fréquents le week-end",
      "Plus fréquent en semaine"
    ]);
    expect(labels(many, "en")[0]).toBe("Ingredients that differ");
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
