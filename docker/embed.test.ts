/**
 * Embeds framed from another origin, in real Chromium against docker/nginx.conf in the real nginx: the embed pages
 * (/embed/…, /fr/embed/…) show their chart inside another site's iframe, in the theme `?theme=` asks for, while
 * every other page (an analysis page, a figure page, the home page) is refused by the browser.
 */
import type {Server} from "node:http";
import {createServer} from "node:http";
import type {AddressInfo} from "node:net";
import {rm} from "node:fs/promises";

import type {Browser, Frame} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {launchChromium} from "../test/site/browser.js";
import type {NginxServer} from "../test/nginx.js";
import {startNginx} from "../test/nginx.js";
import type {SiteUnderTest} from "./testing/site.js";
import {builtSiteUnderTest} from "./testing/site.js";

/** A page on another origin (another port of loopback) framing each of `srcs`. */
function parentPage(srcs: readonly string[]): string {
  const frames = srcs.map((src, i) => `<iframe id="f${i}" src="${src}" width="640" height="480"></iframe>`).join("");
  return `<!doctype html><html lang="en"><head><title>Another site</title></head><body>${frames}</body></html>`;
}

describe("embeds framed by another site, real nginx and Chromium", () => {
  let site: SiteUnderTest;
  let nginx: NginxServer;
  let other: Server;
  let otherUrl: string;
  let browser: Browser;
  let html = "";

  beforeAll(async () => {
    site = await builtSiteUnderTest();
    nginx = await startNginx({root: site.dist});
    other = createServer((_req, res) => {
      res.writeHead(200, {"Content-Type": "text/html; charset=utf-8"});
      res.end(html);
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => other?.close(resolve));
    await nginx?.stop();
    if (site) await rm(site.dir, {recursive: true, force: true});
  });

  /** Loads the parent page framing `paths` of the site; returns each frame and the console's messages. */
  async function frame(
    paths: readonly string[]
  ): Promise<{frames: Frame[]; console: string[]; close: () => Promise<void>}> {
    html = parentPage(paths.map((p) => nginx.url + p));
    const ctx = await browser.newContext({viewport: {width: 1400, height: 1200}, colorScheme: "dark"});
    const page = await ctx.newPage();
    const console: string[] = [];
    page.on("console", (m) => console.push(m.text()));
    await page.goto(otherUrl, {waitUntil: "load"});
    const frames = await Promise.all(paths.map(async (_p, i) => (await (await page.$(`#f${i}`))!.contentFrame())!));
    return {frames, console, close: () => ctx.close()};
  }

  it("shows an embed in both languages and both themes inside another origin's iframe", async () => {
    const embeds = site.paths.html.filter((p) => /^\/(fr\/)?embed\//.test(p));
    expect(embeds.length).toBeGreaterThan(0);
    const en = embeds.find((p) => p.startsWith("/embed/"))!;
    const fr = embeds.find((p) => p.startsWith("/fr/embed/"))!;
    const {frames, close} = await frame([`${en}?theme=light`, `${fr}?theme=dark`, en]);
    try {
      const [light, dark, plain] = frames as [Frame, Frame, Frame];
      for (const [f, lang] of [
        [light, "en"],
        [dark, "fr"],
        [plain, "en"]
      ] as const) {
        expect(f.url()).toContain("/embed/");
        expect(await f.getAttribute("html", "lang")).toBe(lang);
        // A 640 px frame shows the phone drawing (a figure picks its drawing by its own width): the one displayed.
        const [width, height] = await f.$$eval(
          ".figure__drawing .figure__chart svg.chart",
          (svgs) =>
            svgs
              .map((svg) => svg.getBoundingClientRect())
              .filter((r) => r.width > 0)
              .map((r) => [r.width, r.height])
              .concat([[0, 0]])[0]!
        );
        expect(width > 200 && height > 80, `chart ${width}×${height}`).toBe(true);
        expect(await f.getAttribute("a[data-embed-home]", "target")).toBe("_top");
      }
      expect(await light.getAttribute("html", "data-theme")).toBe("light");
      expect(await dark.getAttribute("html", "data-theme")).toBe("dark");
      // The two themes really paint differently: the page background follows the theme.
      const background = (f: Frame) => f.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await background(light)).not.toBe(await background(dark));
    } finally {
      await close();
    }
  });

  it("refuses to be framed everywhere else: home, analysis page, figure page, in both languages", async () => {
    const figure = site.paths.html.find((p) => p.startsWith("/figures/"))!;
    const refused = ["/", "/trends/", figure, "/fr/", `/fr${figure}`];
    const {frames, console, close} = await frame(refused);
    try {
      for (const [i, f] of frames.entries()) {
        // Chromium replaces a refused frame with its error page: the site's content never loads in it.
        const content = await f.evaluate(() => document.querySelector("main")?.textContent ?? "").catch(() => "");
        expect(content, `${refused[i]} framed`).toBe("");
        expect(f.url(), refused[i]).not.toBe(nginx.url + refused[i]);
      }
      const refusals = console.filter((m) => m.includes("frame-ancestors 'none'"));
      expect(refusals.length, console.join("\n")).toBe(refused.length);
    } finally {
      await close();
    }
  });
});
