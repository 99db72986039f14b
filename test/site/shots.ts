/**
 * `npm run shots`: full-page screenshots of every page of an already built site, for people to look at. It builds
 * nothing: it serves `dist/` (or the folder given as first argument) with the static server of the tests, and writes
 * into `test-artifacts/shots/` (git-ignored) each page at 1280 and 390 px in English and French in the light theme,
 * and the dark theme at 390 px: `en-trends-1280-light.png`, `fr-ratings-390-dark.png`.
 */
import {existsSync} from "node:fs";
import {mkdir} from "node:fs/promises";
import path from "node:path";

import {startStaticServer} from "../staticServer.js";
import {launchChromium} from "./browser.js";
import {fillWideDrawings, PAGES} from "./pageTesting.js";

const OUT = path.join("test-artifacts", "shots");
/** One per-figure page and one embed in each language stand for the 250 built from the same two templates. */
const SAMPLES = [
  "/figures/trends_volume/per_year/",
  "/fr/figures/trends_volume/per_year/",
  "/embed/trends_volume/per_year/",
  "/fr/embed/trends_volume/per_year/"
];
const SHOTS: ReadonlyArray<{width: number; theme: "light" | "dark"}> = [
  {width: 1280, theme: "light"},
  {width: 390, theme: "light"},
  {width: 390, theme: "dark"}
];

/** File name of a page's screenshot: "/fr/trends/" at 390 px, dark → fr-trends-390-dark.png. */
function fileName(pathname: string, width: number, theme: string): string {
  const lang = pathname.startsWith("/fr/") ? "fr" : "en";
  const slug =
    pathname
      .replace(/^\/(fr\/)?/, "")
      .replace(/\/$/, "")
      .replace(/\//g, "-") || "overview";
  return `${lang}-${slug}-${width}-${theme}.png`;
}

async function main(): Promise<void> {
  const dist = process.argv[2] ?? "dist";
  if (!existsSync(path.join(dist, "index.html"))) {
    throw new Error(`${dist}/index.html does not exist: build the site first (npm run build), or pass its folder.`);
  }
  await mkdir(OUT, {recursive: true});
  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  try {
    for (const {width, theme} of SHOTS) {
      const context = await browser.newContext({viewport: {width, height: 900}, colorScheme: theme});
      // tsx keeps function names with an `__name` helper that the page does not have (fillWideDrawings' callbacks).
      await context.addInitScript({content: "window.__name = (f) => f;"});
      const page = await context.newPage();
      for (const pathname of [...PAGES, ...SAMPLES]) {
        await page.goto(server.url + pathname, {waitUntil: "load"});
        await page.evaluate(() => document.fonts.ready);
        // Sections off screen are not painted (content-visibility: auto); a full-page shot would show them blank.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll<HTMLElement>(".analysis")) el.style.contentVisibility = "visible";
        });
        // Desktop drawings are fetched as a reader scrolls to them: fetch them all, as a reader who read to the end.
        await fillWideDrawings(page);
        const file = path.join(OUT, fileName(pathname, width, theme));
        // An embed is shown in a frame as tall as its content (the snippet's resizer sets it to the height the embed
        // reports): shot in a 900 px window, a phone embed had 350 px of blank page under its card.
        const embed = pathname.includes("/embed/");
        if (embed) {
          const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          await page.setViewportSize({width, height});
        }
        await page.screenshot({path: file, fullPage: true});
        if (embed) await page.setViewportSize({width, height: 900});
        console.log(file);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
