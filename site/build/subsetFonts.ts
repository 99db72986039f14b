/**
 * Writes the font subsets of site/src/fonts/faces.ts into site/src/fonts/ (`npm run fonts:subset`): run it after
 * changing the faces, their characters or the @fontsource packages, and commit the files; subsetFonts.test.ts fails
 * until then. Cut with subset-font (HarfBuzz's hb-subset compiled to WebAssembly, the tool browsers' font
 * pipelines use), which gives the same bytes for the same input.
 */
import {readFile, writeFile} from "node:fs/promises";
import {createRequire} from "node:module";
import path from "node:path";
import {fileURLToPath} from "node:url";

import subsetFont from "subset-font";

import type {Face} from "../src/fonts/faces.js";
import {codePoints, FACES, KEPT_FEATURES} from "../src/fonts/faces.js";

export const FONTS_DIR = fileURLToPath(new URL("../src/fonts/", import.meta.url));

const require = createRequire(import.meta.url);

/** The subset of one face, as WOFF2 bytes. Hinting is dropped: the @fontsource Inter files carry none either. */
export async function subsetFace(face: Face): Promise<Buffer> {
  const source = await readFile(require.resolve(face.source));
  const text = String.fromCodePoint(...codePoints(face.subsetRange));
  return subsetFont(source, text, {targetFormat: "woff2", keepFeatures: KEPT_FEATURES, noHinting: true});
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const face of FACES) {
    const bytes = await subsetFace(face);
    await writeFile(path.join(FONTS_DIR, face.subset), bytes);
    console.log(`${face.subset} ← ${face.source}: ${bytes.length.toLocaleString("en")} bytes`);
  }
}
