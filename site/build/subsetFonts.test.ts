import {readFileSync} from "node:fs";
import path from "node:path";

import {describe, expect, it} from "vitest";

import {codePoints, FACES, rest, unicodeRange} from "../src/fonts/faces.js";
import {FONTS_DIR, subsetFace} from "./subsetFonts.js";

const css = readFileSync("site/src/styles/global.css", "utf8");
const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => ({
  family: /font-family:\s*"([^"]+)"/.exec(m[1]!)![1],
  weight: Number(/font-weight:\s*(\d+)/.exec(m[1]!)![1]),
  src: /src:\s*url\("([^"]+)"\)/.exec(m[1]!)![1]!,
  range: /unicode-range:([^;]*);/.exec(m[1]!)![1]!.replace(/\s+/g, " ").trim()
}));

describe("the font subsets", () => {
  it.each(FACES.map((face) => [face.subset, face] as const))(
    "%s is what npm run fonts:subset writes from the installed @fontsource file",
    async (_, face) => {
      const committed = readFileSync(path.join(FONTS_DIR, face.subset));
      expect(Buffer.compare(await subsetFace(face), committed), "run npm run fonts:subset and commit the files").toBe(
        0
      );
      expect(committed.length).toBeLessThan(readFileSync(path.join("node_modules", face.source)).length * 0.7);
    }
  );

  it("are declared in global.css for their characters, and the whole files for every other one of their range", () => {
    for (const face of FACES) {
      const declared = faces.filter((f) => f.family === face.family && f.weight === face.weight);
      expect(declared.map((f) => path.basename(f.src))).toEqual([face.subset, path.basename(face.source)]);
      expect(declared[0]!.range).toBe(unicodeRange(face.subsetRange));
      expect(declared[1]!.range).toBe(unicodeRange(rest(face.range, face.subsetRange)));
    }
    expect(faces).toHaveLength(2 * FACES.length);
  });

  it("split each face's range in two without overlap", () => {
    for (const face of FACES) {
      const subset = codePoints(face.subsetRange);
      const others = codePoints(rest(face.range, face.subsetRange));
      expect(subset.filter((cp) => others.includes(cp))).toEqual([]);
      expect([...subset, ...others].sort((a, b) => a - b)).toEqual(codePoints(face.range));
    }
  });
});
