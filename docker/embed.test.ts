/**
 * Embeds framed from another origin, in real Chromium against docker/nginx.conf in the real nginx: the embed pages
 * (/embed/…, /fr/embed/…) show their chart inside another site's iframe, in the theme `?theme=` asks for, while
 * every other page (an analysis page, a figure page, the home page) is refused by the browser. The snippet a figure
 * page offers, pasted as it is into the other site, sizes its iframe to the embed's content at every column width
 * and ignores height messages from anywhere but the site; without its script, the iframe's own height still shows
 * the whole figure.
 */
import type {Server} from "node:http";
import {createServer} from "node:http";
import type {AddressInfo} from "node:net";
import {mkdir, readFile, rm} from "node:fs/promises";
import path from "node:path";

import type {Browser, Frame, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {launchChromium} from "../test/site/browser.js";
import {SCREENSHOTS} from "../test/site/pageTesting.js";
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
    await mkdir(SCREENSHOTS, {recursive: true});
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

  /** The snippet a figure page offers, as a reader copies it, pointed at the site under test instead of SITE_URL. */
  async function snippetOf(figurePath: string): Promise<string> {
    const html = await readFile(path.join(site.dist, figurePath, "index.html"), "utf8");
    const code = /<code data-embed-snippet>([^]*?)<\/code>/.exec(html)![1]!;
    const text = code
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
    const siteUrl = /src="(https?:\/\/[^/"]+)\//.exec(text)![1]!;
    return text.split(siteUrl).join(nginx.url);
  }

  /** Another site's page with `snippet` in a column of `width` pixels; resolves once the embed has loaded. */
  async function host(snippet: string, width: number): Promise<{page: Page; frame: Frame; close: () => Promise<void>}> {
    html =
      `<!doctype html><html lang="en"><head><title>Another site</title></head><body style="margin:0">` +
      `<div id="column" style="width:${width}px">${snippet}</div></body></html>`;
    const ctx = await browser.newContext({viewport: {width: 1400, height: 900}, colorScheme: "light"});
    const page = await ctx.newPage();
    await page.goto(otherUrl, {waitUntil: "load"});
    const frame = (await (await page.$("iframe"))!.contentFrame())!;
    await frame.waitForLoadState("load");
    return {page, frame, close: () => ctx.close()};
  }

  /** The embed's content height, measured inside it, and the iframe's height on the host page. */
  async function heights(page: Page, frame: Frame): Promise<{content: number; iframe: number}> {
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const iframe = await page.$eval("iframe", (f) => f.getBoundingClientRect().height);
    return {content, iframe};
  }

  it("sizes the iframe to the embed's content at every column width, from another origin", async () => {
    for (const figurePath of ["figures/trends_volume/per_year", "fr/figures/trends_duration/trend"]) {
      const snippet = await snippetOf(figurePath);
      expect(snippet).toContain(`${nginx.url}/`);
      expect(snippet).toContain("<script>");
      const {page, frame, close} = await host(snippet, 1000);
      try {
        const seen: number[] = [];
        for (const width of [1000, 700, 380]) {
          await page.$eval("#column", (c, w) => ((c as HTMLElement).style.width = `${w}px`), width);
          await expect
            .poll(
              async () => {
                const h = await heights(page, frame);
                return h.iframe === h.content;
              },
              {timeout: 10_000}
            )
            .toBe(true);
          const h = await heights(page, frame);
          seen.push(h.iframe);
          // The whole embed shows: nothing scrolls inside the frame, the source line is in it.
          expect(await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBe(0);
          const source = await frame.$eval(".embed__source", (el) => el.getBoundingClientRect().bottom);
          expect(source, `${figurePath} at ${width} px`).toBeLessThanOrEqual(h.iframe);
          await page.screenshot({
            path: path.join(SCREENSHOTS, `host-${figurePath.replace(/\//g, "-")}-${width}.png`),
            fullPage: true
          });
        }
        // The wide drawing at 1000 px, the narrow one scaled to the column below: the height follows.
        expect(new Set(seen).size, `${figurePath}: ${seen.join(", ")}`).toBeGreaterThan(1);

        // The same frame navigated to a page of another origin that posts a height: the resizer ignores it.
        const before = (await heights(page, frame)).iframe;
        html =
          `<!doctype html><html lang="en"><head><title>Not the site</title></head><body><script>` +
          `parent.postMessage({type: "btk:embed-height", height: 1234}, "*"); document.title = "posted";` +
          `</script></body></html>`;
        await page.$eval("iframe", (f, url) => ((f as HTMLIFrameElement).src = url), `${otherUrl}impostor`);
        await expect.poll(() => frame.title()).toBe("posted");
        await page.waitForTimeout(300);
        expect(await page.$eval("iframe", (f) => f.getBoundingClientRect().height)).toBe(before);
      } finally {
        await close();
      }
    }
  });

  it("keeps a height that shows the whole figure in a column up to 800 px when the host runs no script", async () => {
    const figures = site.paths.html.filter((p) => /^\/(fr\/)?figures\//.test(p));
    expect(figures.length).toBeGreaterThan(40);
    const ctx = await browser.newContext({viewport: {width: 1400, height: 900}});
    const page = await ctx.newPage();
    try {
      for (const figure of figures) {
        const snippet = (await snippetOf(figure.slice(1, -1))).replace(/<script>[^]*<\/script>/, "");
        expect(snippet).not.toContain("script");
        const attribute = Number(/height="(\d+)"/.exec(snippet)![1]);
        html =
          `<!doctype html><html lang="en"><head><title>No script</title></head><body style="margin:0">` +
          `<div id="column">${snippet}</div></body></html>`;
        await page.goto(otherUrl, {waitUntil: "load"});
        const frame = (await (await page.$("iframe"))!.contentFrame())!;
        await frame.waitForLoadState("load");
        const contents: number[] = [];
        for (const width of [360, 600, 800]) {
          await page.$eval("#column", (c, w) => ((c as HTMLElement).style.width = `${w}px`), width);
          await frame.waitForFunction((w) => window.innerWidth === w, width);
          const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
          expect(content, `${figure} at ${width} px, iframe ${attribute}`).toBeLessThanOrEqual(attribute);
          contents.push(content);
        }
        // Sensible: the frame is fitted to the figure, not one tall height for all.
        expect(attribute, `${figure}: ${contents.join(", ")}`).toBeLessThanOrEqual(Math.max(...contents) * 1.2);
      }
    } finally {
      await ctx.close();
    }
  });
});
