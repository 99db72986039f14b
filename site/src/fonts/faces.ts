/**
 * The site's font faces and the characters their subsets hold. Each @fontsource latin file (24 KB for an Inter
 * weight) is cut to the characters the site's text is made of (English and French prose, figures, typographic
 * punctuation), without the OpenType features no browser turns on by default: the three files a page preloads
 * weigh 38 KB instead of 66 KB, and they are on the way to the first paint of a phone on a slow network (Lighthouse's
 * largest paint waited for them). A character outside a subset is still drawn in the site's font: global.css gives
 * each face a second @font-face, the whole @fontsource file, for the rest of its range, which a browser fetches only
 * for a page that uses one of those characters.
 *
 * The subsets are files in this folder (`npm run fonts:subset` writes them, subsetFonts.test.ts checks they are
 * what it writes), so Vite names each by its content's hash: a changed subset gets a new name, which the immutable
 * caching of /_astro/ needs.
 */

/** An inclusive range of code points. */
export type CodeRange = readonly [number, number];

export interface Face {
  family: "Inter" | "Michroma";
  weight: 400 | 600;
  /** The whole latin file, in node_modules. */
  source: string;
  /** The subset's file name, in site/src/fonts/. */
  subset: string;
  /** Every code point the @fontsource file is declared for (its unicode-range). */
  range: readonly CodeRange[];
  /** The code points of that range the subset holds. */
  subsetRange: readonly CodeRange[];
}

/** @fontsource's latin unicode-range, as its own CSS declares it. */
const LATIN: readonly CodeRange[] = [
  [0x0000, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x0304, 0x0304],
  [0x0308, 0x0308],
  [0x0329, 0x0329],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd]
];

/**
 * The site's characters: ASCII (with the control characters, which have no glyph, so that a newline in a text node
 * never makes a browser fetch the whole file), the no-break space, « », °, ±, ², ³, ·, every Latin-1 letter (French
 * accents and any Western European name in the data), × and ÷, Œ œ, the spaces, hyphens and dashes from the thin
 * space to the em dash (the non-breaking hyphen keeps tag names whole), curly quotes, …, the narrow no-break space
 * of French punctuation, the word joiner, €, ↑ ↓ and the minus sign.
 */
const SITE: readonly CodeRange[] = [
  [0x0000, 0x00a0],
  [0x00ab, 0x00ab],
  [0x00b0, 0x00b3],
  [0x00b7, 0x00b7],
  [0x00bb, 0x00bb],
  [0x00c0, 0x00ff],
  [0x0152, 0x0153],
  [0x2009, 0x2014],
  [0x2018, 0x201e],
  [0x2026, 0x2026],
  [0x202f, 0x202f],
  [0x2060, 0x2060],
  [0x20ac, 0x20ac],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0xfeff, 0xfeff]
];

/** `ranges` without the code point `cp`. */
function without(ranges: readonly CodeRange[], cp: number): CodeRange[] {
  return ranges.flatMap(([lo, hi]): CodeRange[] =>
    cp < lo || cp > hi
      ? [[lo, hi]]
      : (
          [
            [lo, cp - 1],
            [cp + 1, hi]
          ] as CodeRange[]
        ).filter(([a, b]) => a <= b)
  );
}

/** Michroma draws the en dash as short as its hyphen ("1999–2018" read "1999-2018"): Inter draws that one. */
const EN_DASH = 0x2013;

export const FACES: readonly Face[] = [
  {
    family: "Inter",
    weight: 400,
    source: "@fontsource/inter/files/inter-latin-400-normal.woff2",
    subset: "inter-400.woff2",
    range: LATIN,
    subsetRange: SITE
  },
  {
    family: "Inter",
    weight: 600,
    source: "@fontsource/inter/files/inter-latin-600-normal.woff2",
    subset: "inter-600.woff2",
    range: LATIN,
    subsetRange: SITE
  },
  {
    family: "Michroma",
    weight: 400,
    source: "@fontsource/michroma/files/michroma-latin-400-normal.woff2",
    subset: "michroma-400.woff2",
    range: without(LATIN, EN_DASH),
    subsetRange: without(SITE, EN_DASH)
  }
];

/**
 * The OpenType features a subset keeps: those browsers apply by default (kerning, ligatures, contextual forms,
 * marks, localised forms) and tabular figures, which the site's numeric cells ask for. The others (Inter's stylistic
 * sets, fractions, case forms) are never switched on by global.css.
 */
export const KEPT_FEATURES = ["ccmp", "locl", "mark", "mkmk", "kern", "liga", "clig", "calt", "rlig", "rvrn", "tnum"];

/** Every code point of `ranges`. */
export function codePoints(ranges: readonly CodeRange[]): number[] {
  return ranges.flatMap(([lo, hi]) => Array.from({length: hi - lo + 1}, (_, i) => lo + i));
}

/** The code points of `ranges` that `minus` does not hold, as ranges. */
export function rest(ranges: readonly CodeRange[], minus: readonly CodeRange[]): CodeRange[] {
  const taken = new Set(codePoints(minus));
  const out: Array<[number, number]> = [];
  for (const cp of codePoints(ranges)) {
    if (taken.has(cp)) continue;
    const last = out.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  return out;
}

/** A CSS unicode-range value. */
export function unicodeRange(ranges: readonly CodeRange[]): string {
  const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, "0");
  return ranges.map(([lo, hi]) => (lo === hi ? `U+${hex(lo)}` : `U+${hex(lo)}-${hex(hi)}`)).join(", ");
}
