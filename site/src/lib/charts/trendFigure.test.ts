import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";

import type {TrendFit} from "../../../../queries/trends/_schema.js";
import {formatValue} from "../format.js";
import {legendKey} from "./export.js";
import {renderPlot} from "./render.js";
import {COLORS, LINE} from "./theme.js";
import {fitLabelPlace, fitNote, trendFigure} from "./trendFigure.js";

type Row = {year: number; recipes: number; mean: number; std: number};
const ROWS: Row[] = [1999, 2000, 2001, 2002].map((year, i) => ({
  year,
  recipes: 100 + i * 50,
  mean: 17 + i / 4,
  std: 5
}));
const FIT: TrendFit = {
  slope: 0.25,
  intercept: -482.75,
  slopeStdErr: 0.01,
  p: 0.001,
  r2: 0.9,
  df: 2,
  direction: "up",
  change: 0.75
};

function drawn(withBand: boolean) {
  const spec = trendFigure<Row>({
    key: "score",
    rows: ROWS,
    value: (d) => d.mean,
    label: "axis.score",
    fit: FIT,
    digits: "2",
    slopeFormat: "signed|3",
    interval: (d) => ({lower: d.mean - 0.4, upper: d.mean + 0.4}),
    ...(withBand ? {band: {low: (d) => d.mean - d.std, high: (d) => d.mean + d.std, label: "axis.std_score"}} : {}),
    bandLabel: withBand ? "axis.band" : undefined
  });
  const options = spec.plot({
    lang: "en",
    width: 640,
    narrow: false,
    text: (k) => k,
    format: (value, spec) => formatValue(value, spec, "en")
  });
  const svg = renderPlot(options, {id: "t", lang: "en", ariaLabel: "t"});
  return {spec, doc: parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document};
}

describe("trendFigure", () => {
  it("draws the interval as a band over a lighter, dotted-edged grey ±1 SD spread, both in the legend", () => {
    const {spec, doc} = drawn(true);
    const interval = doc.querySelector('[data-role="interval"]')!;
    // One style per concept: the interval is the band every trend draws (the score drew a whisker per year).
    expect(interval.querySelectorAll("line")).toHaveLength(0);
    expect(interval.querySelectorAll("path").length).toBeGreaterThan(0);
    expect(Number(interval.getAttribute("fill-opacity"))).toBe(LINE.band.fillOpacity);
    const band = doc.querySelector('[data-role="band"]')!;
    expect(Number(band.getAttribute("fill-opacity"))).toBe(LINE.spread.fillOpacity);
    expect(LINE.spread.fillOpacity).toBeLessThan(LINE.band.fillOpacity);
    // Two hues: both in the observed one they were one dark brown on the dark card (palette.test measures them).
    expect(interval.getAttribute("fill")).toBe(COLORS.observed);
    expect(band.getAttribute("fill")).toBe(COLORS.muted);
    expect(spec.legend!.find((e) => e.shape === "spread")!.color).toBe(COLORS.muted);
    // Edged with dotted lines, so the spread never reads as an interval band.
    const edges = [...doc.querySelectorAll('[data-role="band"]')].filter((g) => g.getAttribute("stroke-dasharray"));
    expect(edges.map((g) => g.getAttribute("stroke-dasharray"))).toEqual([
      LINE.spreadEdge.strokeDasharray,
      LINE.spreadEdge.strokeDasharray
    ]);
    expect(spec.legend!.map((e) => [e.label, e.shape])).toEqual([
      ["axis.score", "joinedDots"],
      ["axis.dot_area", "sizes"],
      ["axis.interval", "band"],
      ["axis.band", "spread"],
      ["axis.trend", "fit"]
    ]);
    // Each key as its mark is drawn: the interval's at the drawn interval's opacity, the spread's at the drawn
    // spread's, edged with its dots.
    expect(legendKey("band", "red")).toContain(`fill-opacity="${interval.getAttribute("fill-opacity")}"`);
    expect(legendKey("spread", "red")).toContain(`fill-opacity="${band.getAttribute("fill-opacity")}"`);
    expect(legendKey("spread", "red")).toContain(`stroke-dasharray="${edges[0]!.getAttribute("stroke-dasharray")}"`);
  });

  it("draws the interval as a band without a spread band too", () => {
    const {spec, doc} = drawn(false);
    expect(doc.querySelector('[data-role="interval"]')!.querySelectorAll("path").length).toBeGreaterThan(0);
    expect(spec.legend!.map((e) => e.shape)).toEqual(["joinedDots", "sizes", "band", "fit"]);
    // The band carries the class global.css thickens on the dark card.
    expect(doc.querySelector('[data-role="interval"]')!.getAttribute("class")).toContain("chart-band");
  });

  it("tells the observed series from a fit lying on it: a thin joining line and the dots under the dashed fit, named", () => {
    const {doc} = drawn(false);
    const series = doc.querySelector('[data-role="series"]')!;
    const fit = doc.querySelector('[data-role="fit"]')!;
    expect(Number(series.getAttribute("stroke-width"))).toBe(LINE.joined.strokeWidth);
    expect(Number(series.getAttribute("stroke-width"))).toBeLessThan(LINE.fit.strokeWidth);
    expect(fit.getAttribute("stroke-dasharray")).toBe(LINE.fit.strokeDasharray);
    // Drawn after the series line, so the dash shows where the two coincide, and after the dots: under them the
    // dashed fit was mostly hidden on the dark card.
    const order = [...doc.querySelectorAll("[data-role], [data-mark='dot']")].map(
      (g) => g.getAttribute("data-role") ?? "dots"
    );
    expect(order.indexOf("series")).toBeLessThan(order.indexOf("fit"));
    expect(order.indexOf("dots")).toBeGreaterThan(-1);
    expect(order.indexOf("dots")).toBeLessThan(order.indexOf("fit"));
    const labels = [...doc.querySelectorAll('[data-mark="text"] text')].map((t) => t.textContent);
    expect(labels).toContain("axis.trend");
  });
});

describe("fitNote", () => {
  const ctx = {
    lang: "en" as const,
    width: 640,
    narrow: false,
    text: (k: string) => ({"axis.trend": "Weighted trend (WLS)", "axis.per_year": "per year"})[k] ?? k,
    format: (value: number | string, spec?: string) => formatValue(value, spec, "en")
  };

  it("names the slope's unit and prints a near-perfect R² with the digits it carries, never 1.00", () => {
    const note = fitNote({...FIT, slope: -0.5461, r2: 0.9962}, "signed|3|unit:dv_points", ctx);
    expect(note).toBe("Weighted trend (WLS): −0.546\u00a0%DV points per year · p = 0.001 · R² 0.996");
  });

  it("gives the slope a line of its own on a phone, where it does not fit beside the fit's name", () => {
    const note = fitNote({...FIT, slope: -0.5461, r2: 0.9962}, "signed|3|unit:dv_points", {...ctx, narrow: true});
    expect(note.split("\n")).toEqual([
      "Weighted trend (WLS):",
      "−0.546\u00a0%DV points per year",
      "p = 0.001 · R² 0.996"
    ]);
  });
});

describe("fitLabelPlace", () => {
  // A 400 × 300 drawing with 40 px margins: years 2000–2010 across, values 0–100 up.
  const scales = {
    x: (year: number) => 40 + (year - 2000) * 32,
    y: (value: number) => 260 - value * 2.2,
    r: () => 4
  };
  const dimensions = {width: 400, height: 300, marginTop: 40, marginRight: 40, marginBottom: 40, marginLeft: 40};
  const years = Array.from({length: 11}, (_, i) => 2000 + i);
  const flat: TrendFit = {...FIT, slope: 0, intercept: 50};
  const size = {width: 120, height: 14};
  const line = years.map((year) => ({year, low: 50, high: 50}));

  it("writes the fit's name under the end of its line where nothing is drawn there", () => {
    const place = fitLabelPlace({
      scales,
      dimensions,
      fit: flat,
      years,
      size,
      obstacles: {dots: [], spans: [line]}
    });
    expect(place).toEqual({x: scales.x(2010) - 4, y: scales.y(50) + 6 + 7, anchor: "end"});
  });

  it("moves it over the line, then to the line's start, when dots lie under the end", () => {
    const dots = years.filter((y) => y >= 2007).map((year) => ({year, value: 45, recipes: 1}));
    const over = fitLabelPlace({
      scales,
      dimensions,
      fit: flat,
      years,
      size,
      obstacles: {dots, spans: []}
    });
    expect(over).toEqual({x: scales.x(2010) - 4, y: scales.y(50) - 6 - 7, anchor: "end"});
    const band = [
      {year: 2006, low: 20, high: 80},
      {year: 2010, low: 20, high: 80}
    ];
    const start = fitLabelPlace({
      scales,
      dimensions,
      fit: flat,
      years,
      size,
      obstacles: {dots, spans: [band]}
    });
    expect(start?.anchor).toBe("start");
  });

  it("gives up where a band covers the whole line: the legend alone keys the fit", () => {
    const band = years.map((year) => ({year, low: 10, high: 90}));
    expect(
      fitLabelPlace({scales, dimensions, fit: flat, years, size, obstacles: {dots: [], spans: [band]}})
    ).toBeUndefined();
  });
});
