/**
 * Two typographic rules of global.css that readers noticed when they were broken: headings in Michroma drew the en
 * dash of "1999–2018" as a hyphen (so Michroma must not cover U+2013 and Inter draws it), and Inter's tabular figures
 * widened the hyphen of "week-end" in every text cell (so tabular figures go on numeric cells only).
 */
import {readFileSync} from "node:fs";

import {describe, expect, it} from "vitest";

import {headingParts} from "../../site/src/lib/displayHeading.js";

const css = readFileSync("site/src/styles/global.css", "utf8");

/** Whether some @font-face of `family` (a subset or the whole file behind it) covers a code point. */
function covers(family: string, codePoint: number): boolean {
  const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]!);
  const own = faces.filter((f) => new RegExp(`font-family:\\s*"${family}"`).test(f));
  if (own.length === 0) throw new Error(`no @font-face for ${family} in global.css`);
  const ranges = own.flatMap((face) => /unicode-range:([^;]*);/.exec(face)![1]!.split(","));
  return ranges.some((part) => {
    const [lo, hi = lo] = part.trim().replace(/^U\+/i, "").split("-");
    return codePoint >= parseInt(lo!, 16) && codePoint <= parseInt(hi!, 16);
  });
}

/** The declarations of the rule whose selector is exactly `selector`. */
function rule(selector: string): string {
  const match = new RegExp(
    `(?:^|\\})\\s*${selector.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\{([^}]*)\\}`,
    "m"
  ).exec(css);
  if (!match) throw new Error(`no rule for ${selector} in global.css`);
  return match[1]!;
}

describe("global.css typography", () => {
  it("draws the en dash of headings in Inter, not in Michroma, and the hyphen in Michroma", () => {
    expect(covers("Michroma", 0x2013)).toBe(false);
    expect(covers("Michroma", 0x2d)).toBe(true);
    expect(covers("Inter", 0x2013)).toBe(true);
    expect(css).toMatch(/--font-heading:\s*"Michroma",\s*"Inter"/);
  });

  it("sets tabular figures on numeric cells only, not on whole tables", () => {
    expect(rule("table")).not.toMatch(/tabular-nums/);
    expect(rule(".num")).toMatch(/font-variant-numeric:\s*tabular-nums/);
  });
});

describe("display headings", () => {
  it("cut a year span out of the text as a range, the French word joiner kept, and leave the rest as it is", () => {
    expect(headingParts("Trends 1999–2018")).toEqual([{text: "Trends "}, {from: "1999", to: "2018"}]);
    expect(headingParts("Tendances 1999–\u20602018")).toEqual([{text: "Tendances "}, {from: "1999", to: "\u20602018"}]);
    expect(headingParts("Preparation time per year, 1999–2018: mean")).toEqual([
      {text: "Preparation time per year, "},
      {from: "1999", to: "2018"},
      {text: ": mean"}
    ]);
    // Only between digits: a range of words keeps its plain dash, and a heading without a span is one text.
    expect(headingParts("Weekdays (Monday–Friday)")).toEqual([{text: "Weekdays (Monday–Friday)"}]);
    expect(headingParts("Ratings")).toEqual([{text: "Ratings"}]);
  });

  it("draw the range's dash wider and set apart, the span on one line, in every component that writes an h1 title", () => {
    expect(rule(".year-range")).toMatch(/white-space:\s*nowrap/);
    const dash = rule(".year-range__dash");
    expect(dash).toMatch(/margin-inline:\s*0\.\d+em/);
    expect(Number(/scaleX\(([\d.]+)\)/.exec(dash)![1])).toBeGreaterThan(1);
    for (const file of ["AnalysisPage", "FigureHome", "EmbedFigure"]) {
      const source = readFileSync(`site/src/components/${file}.astro`, "utf8");
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(source)![1]!.trim();
      expect(h1, file).toMatch(/^<DisplayHeading text=\{/);
    }
  });
});
