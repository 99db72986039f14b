/**
 * Two typographic rules of global.css that readers noticed when they were broken: headings in Michroma drew the en
 * dash of "1999–2018" as a hyphen (so Michroma must not cover U+2013 and Inter draws it), and Inter's tabular figures
 * widened the hyphen of "week-end" in every text cell (so tabular figures go on numeric cells only).
 */
import {readFileSync} from "node:fs";

import {describe, expect, it} from "vitest";

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
