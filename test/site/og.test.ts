/**
 * Link previews of the built site: every page (embeds aside, which are not shared) has Open Graph and Twitter card
 * tags with its language's og:locale and an og:image given as an absolute URL built from SITE_URL; every image
 * exists and is a 1200 × 630 PNG; every figure has its own image in both languages.
 */
import {existsSync} from "node:fs";
import {readdir, readFile} from "node:fs/promises";
import path from "node:path";

import {beforeAll, describe, expect, it} from "vitest";

import {builtSite} from "./builtSite.js";

const SITE_URL = "http://localhost:4321";

function meta(html: string, key: string): string[] {
  const re = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, "\\$&")}" content="([^"]*)"`, "g");
  return [...html.matchAll(re)].map((m) => m[1]!);
}

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
function pngSize(png: Buffer): [number, number] {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    throw new Error("not a PNG");
  if (png.toString("latin1", 12, 16) !== "IHDR") throw new Error("PNG without IHDR first");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe("link previews", () => {
  let dist: string;
  let pages: string[];

  beforeAll(async () => {
    dist = (await builtSite()).dist;
    pages = (await readdir(dist, {recursive: true}))
      .filter((f) => /(^|\/)(index|404)\.html$/.test(f) && !/(^|\/)embed\//.test(f))
      .sort();
  });

  it("tag every page with its title, locale and an absolute 1200 × 630 PNG from SITE_URL", async () => {
    expect(pages.length).toBeGreaterThan(100);
    const images = new Set<string>();
    for (const page of pages) {
      const html = await readFile(path.join(dist, page), "utf8");
      const lang = page.startsWith("fr/") ? "fr" : "en";
      expect(meta(html, "og:locale"), page).toEqual([lang === "en" ? "en_US" : "fr_FR"]);
      expect(meta(html, "og:locale:alternate"), page).toEqual([lang === "en" ? "fr_FR" : "en_US"]);
      expect(meta(html, "twitter:card"), page).toEqual(["summary_large_image"]);
      expect(meta(html, "og:title")[0], page).toBeTruthy();
      const [image] = meta(html, "og:image");
      expect(image, page).toMatch(new RegExp(`^${SITE_URL}/og/${lang}/.+\\.png$`));
      expect(meta(html, "twitter:image"), page).toEqual([image]);
      expect(meta(html, "og:image:width"), page).toEqual(["1200"]);
      expect(meta(html, "og:image:height"), page).toEqual(["630"]);
      images.add(image!.slice(SITE_URL.length));
    }
    for (const image of images) {
      const file = path.join(dist, image);
      expect(existsSync(file), image).toBe(true);
      expect(pngSize(await readFile(file)), image).toEqual([1200, 630]);
    }
  });

  it("give every figure page its own image, and each analysis page its own", async () => {
    for (const page of pages.filter((p) => /^(fr\/)?(figures\/|trends\/|seasonality\/|weekend\/|ratings\/)/.test(p))) {
      const html = await readFile(path.join(dist, page), "utf8");
      const lang = page.startsWith("fr/") ? "fr" : "en";
      const bare = page.replace(/^fr\//, "").replace(/\/index\.html$/, "");
      expect(meta(html, "og:image"), page).toEqual([`${SITE_URL}/og/${lang}/${bare}.png`]);
    }
    const figures = pages.filter((p) => p.startsWith("figures/")).length;
    expect(figures).toBeGreaterThan(20);
    for (const lang of ["en", "fr"]) {
      const pngs = (await readdir(path.join(dist, "og", lang, "figures"), {recursive: true})).filter((f) =>
        f.endsWith(".png")
      );
      expect(pngs.length, lang).toBe(figures);
    }
  });
});
