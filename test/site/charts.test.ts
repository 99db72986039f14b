import {readFileSync} from "node:fs";

import * as Plot from "@observablehq/plot";
import {describe, expect, it} from "vitest";

import {
  annotate,
  CHART_TOKENS,
  LINE,
  PALETTE,
  legendKey,
  numberTicks,
  renderPlot,
  renumberIds,
  roundNumbers,
  standaloneSvg,
  wrapWords
} from "../../site/src/lib/charts/index.js";

const rows = [
  {year: 2006, n: 24208},
  {year: 2007, n: 29790},
  {year: 2008, n: 28811}
];

function chart(lang: "en" | "fr" = "en"): string {
  return renderPlot(
    {
      width: 400,
      height: 200,
      y: {grid: true},
      marks: [
        Plot.barY(rows, {
          x: "year",
          y: "n",
          fill: "var(--chart-observed)",
          title: (d: (typeof rows)[number]) => `${d.year}: ${d.n}`,
          render: annotate(rows, (d) => ({year: d.year}))
        }),
        Plot.lineY(rows, {x: "year", y: "n", marker: "circle", clip: true})
      ]
    },
    {id: "fig-test", lang, ariaLabel: "Recipes per year", describedBy: "fig-test-desc"}
  );
}

describe("build-time chart rendering", () => {
  it("is deterministic: the same options give the same markup, whatever Plot's global id counters say", () => {
    const first = chart();
    renderPlot({marks: [Plot.lineY([1, 2, 3], {marker: true, clip: true})]}, {id: "other", lang: "en", ariaLabel: "x"});
    expect(chart()).toBe(first);
    expect(first).toContain('id="fig-test-clip-1"');
    expect(first).toContain("url(#fig-test-clip-1)");
    expect(first).toContain("url(#fig-test-marker-1)");
    expect(first).not.toMatch(/plot-(clip|marker)-\d/);
  });

  it("keeps nothing the CSP forbids and labels the image", () => {
    const svg = chart();
    expect(svg).not.toContain("<style");
    expect(svg).not.toContain("style=");
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-label="Recipes per year"');
    expect(svg).toContain('aria-describedby="fig-test-desc"');
    expect(svg).toContain('class="chart"');
  });

  it("turns mark titles into data-tip attributes and writes the annotated data attributes", () => {
    const svg = chart();
    expect(svg).not.toContain("<title>");
    expect(svg).toMatch(/<rect [^>]*data-tip="2007: 29790"/);
    expect(svg).toMatch(/<rect [^>]*data-year="2007"/);
    expect(svg.match(/data-year=/g)).toHaveLength(3);
  });

  it("formats ticks for the reader's locale and writes ordinal years without grouping", () => {
    const en = chart("en");
    const fr = chart("fr");
    expect(en).toContain(">2007</text>");
    expect(en).not.toContain("2,007");
    expect(en).toContain(">25,000</text>");
    // Chart text groups French digits with a full no-break space (render.ts chartDigits), serialised as &#160;.
    expect(fr).toContain(">25&#160;000</text>");
  });

  it("rounds coordinates to one decimal and renumbers ids in order of appearance", () => {
    expect(roundNumbers("M0,145.00000000000003L-6,12.3456")).toBe("M0,145L-6,12.3");
    expect(roundNumbers("translate(40,-0.0001)")).toBe("translate(40,0)");
    expect(renumberIds('<a id="plot-clip-9"/><b clip-path="url(#plot-clip-9)"/><c id="plot-clip-2"/>', "p")).toBe(
      '<a id="p-clip-1"/><b clip-path="url(#p-clip-1)"/><c id="p-clip-2"/>'
    );
  });

  it("refuses Plot legends, which need inline styles", () => {
    expect(() =>
      renderPlot(
        {color: {legend: true}, marks: [Plot.dot(rows, {x: "year", y: "n", fill: (d) => String(d.year)})]},
        {id: "x", lang: "en", ariaLabel: "x"}
      )
    ).toThrow("draw legends with the figure's legend option");
  });
});

describe("tick labels", () => {
  it("give every tick the decimals its step needs, so that no two labels are equal", () => {
    expect([0.9, 0.95, 1, 1.05].map(numberTicks("en", 0.05))).toEqual(["0.90", "0.95", "1.00", "1.05"]);
    expect([0, 5000, 10000].map(numberTicks("en", 5000))).toEqual(["0", "5,000", "10,000"]);
    expect(numberTicks("fr", 0.2)(-0.4)).toBe("\u22120,4");
  });

  it("draw a y axis over 0.9-1.1 with distinct labels, each with two decimals", () => {
    const svg = renderPlot(
      {height: 300, y: {domain: [0.88, 1.12]}, marks: [Plot.dotY([0.9, 1.1])]},
      {id: "ticks", lang: "en", ariaLabel: "ticks"}
    );
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!).filter((t) => /\d/.test(t));
    expect(labels.length).toBeGreaterThan(3);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^\d\.\d\d$/);
  });
});

describe("standalone SVG download", () => {
  it("has a caption, a source line, resolved colours and no page-only attributes", () => {
    const svg = standaloneSvg(chart(), {caption: "Recipes & years <test>", source: "Source: Food.com"});
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("Recipes &amp; years &lt;test&gt;");
    expect(svg).toContain("Source: Food.com");
    expect(svg).not.toMatch(/var\(--|currentColor|data-tip|role=|aria-|class=/);
    expect(svg).toContain(`fill="${PALETTE.light.observed}"`);
  });

  it("draws the figure's legend above the chart, wrapping entries to the chart's width, and moves the chart down", () => {
    const bare = standaloneSvg(chart(), {caption: "Recipes", source: "Source"});
    const labels = ["Mean", "Median", "Weighted trend of the mean", "Weighted trend of the median"];
    const legend = labels.map((label, i) => ({
      label,
      color: i % 2 ? "var(--chart-secondary)" : "var(--chart-observed)",
      shape: i < 2 ? ("swatch" as const) : ("fit" as const)
    }));
    const svg = standaloneSvg(chart(), {caption: "Recipes", source: "Source", legend});
    for (const label of labels) expect(svg).toContain(`>${label}</text>`);
    expect(svg.match(/<svg x="[\d.]+" y="[\d.]+" width="12" height="12" viewBox="0 0 14 14">/g)).toHaveLength(4);
    expect(svg.match(/<rect width="14" height="14" rx="2"/g)).toHaveLength(2);
    expect(svg.match(/stroke-dasharray="4.5 2.5"/g)).toHaveLength(2);
    expect(svg).toContain(`fill="${PALETTE.light.secondary}"`);
    // The chart sits below the legend: its y offset grows by the legend's rows, and so does the document.
    const y = (doc: string) => Number(/<svg x="0" y="([\d.]+)"/.exec(doc)![1]);
    const height = (doc: string) => Number(/^<svg[^>]* height="(\d+)"/.exec(doc)![1]);
    expect(y(svg)).toBeGreaterThan(y(bare));
    expect(height(svg) - height(bare)).toBe(Math.ceil(y(svg)) - Math.ceil(y(bare)));
    // Entries that do not fit on one row start a new one at the left edge.
    const xs = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="11">/g)].map((m) => Number(m[1]));
    expect(xs.filter((x) => x === 12 + 12 + 6).length).toBeGreaterThanOrEqual(1);
    expect(Math.max(...xs)).toBeLessThan(Number(/viewBox="0 0 ([\d.]+)/.exec(svg)![1]));
  });

  it("draws each legend key like its mark: bar, band, dots, dumbbell ends, observed line, fits, reference, box-plot glyphs", () => {
    expect(legendKey("swatch", "red")).toBe('<rect width="14" height="14" rx="2" fill="red"/>');
    expect(legendKey("band", "red")).toMatch(/^<rect class="chart-band" [^>]*fill="red" fill-opacity="0.25"\/>$/);
    // Two bands, each in its own colour (the risers' and the fallers' intervals), never grey for tinted bands.
    expect(legendKey("bands", "red blue")).toMatch(
      /^<rect class="chart-band" [^>]*fill="red" [^>]*\/><rect class="chart-band" [^>]*fill="blue" [^>]*\/>$/
    );
    expect(legendKey("line", "red")).toMatch(/^<line [^>]*stroke="red" stroke-width="2"\/>$/);
    expect(legendKey("fit", "red")).toMatch(/stroke="red" stroke-width="2.5" stroke-dasharray="4.5 2.5"/);
    expect(legendKey("fitUnweighted", "red")).toMatch(/stroke="red" stroke-width="2" stroke-dasharray="4 1.5 1 1.5"/);
    // The reference key has the drawn line's dash, so that a dashed line is not keyed as a dotted one.
    expect(legendKey("reference", "red")).toMatch(
      new RegExp(`stroke="currentColor" [^>]*stroke-dasharray="${LINE.reference.strokeDasharray}"`)
    );
    expect(legendKey("circle", "red")).toMatch(/^<circle [^>]*fill="red"/);
    expect(legendKey("hollow", "red")).toMatch(/^<circle [^>]*fill="none" stroke="red"/);
    // A dumbbell's solid ends: a dot and a square, smaller than a bar's swatch.
    expect(legendKey("disc", "red")).toBe('<circle cx="7" cy="7" r="4.5" fill="red"/>');
    expect(legendKey("square", "red")).toBe('<rect x="3" y="3" width="8" height="8" fill="red"/>');
    expect(legendKey("dot", "red")).toMatch(/^<line .*<circle /);
    // A box plot's median on a piece of box, in the boxes' direction: upright on level boxes, level on upright ones.
    expect(legendKey("median", "red blue")).toMatch(
      /^<rect [^>]*width="14" height="10" fill="blue"\/><line [^>]*stroke="currentColor" stroke-width="5"\/><line x1="7" y1="2" x2="7" y2="12" stroke="red" stroke-width="3"\/>$/
    );
    expect(legendKey("medianAcross", "red blue")).toMatch(
      /^<rect [^>]*width="10" height="14" fill="blue"\/><line [^>]*stroke="currentColor" stroke-width="5"\/><line x1="2" y1="7" x2="12" y2="7" stroke="red" stroke-width="3"\/>$/
    );
    // The axis-break sign: two slanted strokes across a piece of axis.
    expect(legendKey("axisBreakX", "red")).toMatch(/^<line x1="0" y1="7" x2="14" y2="7"[^>]*\/>.*M4 13L8 1M7 13L11 1/);
    expect(legendKey("axisBreakY", "red")).toMatch(/^<line x1="7" y1="0" x2="7" y2="14"[^>]*\/>/);
    expect(legendKey("mean", "red")).toMatch(/^<path [^>]*fill="var\(--plot-background\)" stroke="red"/);
    expect(legendKey("sizes", "red")).toMatch(
      /^<circle [^>]*r="2.5" fill="red"[^>]*\/><circle [^>]*r="4.5" fill="red"/
    );
    // The spread (± one SD): a faint fill between two dotted edges, unlike the interval band's plain fill.
    expect(legendKey("spread", "red")).toMatch(
      new RegExp(
        `^<rect [^>]*fill="red" fill-opacity="${LINE.spread.fillOpacity}"/>(<line [^>]*stroke="red"[^>]*stroke-dasharray="${LINE.spreadEdge.strokeDasharray}"[^>]*/>){2}$`
      )
    );
  });

  it("wraps long captions on word boundaries", () => {
    expect(wrapWords("one two three four", 9)).toEqual(["one two", "three", "four"]);
  });
});

describe("chart colours", () => {
  const css = readFileSync("site/src/styles/global.css", "utf8");
  const blocks = {
    dark: css.slice(css.indexOf(":root {"), css.indexOf("@media (prefers-color-scheme: light)")),
    lightSystem: css.slice(
      css.indexOf("@media (prefers-color-scheme: light)"),
      css.indexOf(':root[data-theme="light"]')
    ),
    lightChosen: css.slice(css.indexOf(':root[data-theme="light"]'), css.indexOf("/* Base. */"))
  };

  it("are the same in global.css and in PALETTE, for both themes and both ways of choosing light", () => {
    for (const token of CHART_TOKENS) {
      expect(blocks.dark, token).toContain(`--chart-${token}: ${PALETTE.dark[token]};`);
      expect(blocks.lightSystem, token).toContain(`--chart-${token}: ${PALETTE.light[token]};`);
      expect(blocks.lightChosen, token).toContain(`--chart-${token}: ${PALETTE.light[token]};`);
    }
  });

  it("keep the two light blocks identical", () => {
    const declarations = (block: string) => block.match(/--[a-z-]+: [^;]+;/g)?.sort();
    expect(declarations(blocks.lightSystem)).toEqual(declarations(blocks.lightChosen));
  });
});
