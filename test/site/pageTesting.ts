/**
 * Shared pieces of the site's browser tests: the built site served with the production CSP, Chromium, the page
 * list, a watcher of console errors and failed requests, screenshots, chart sizes and axe-core.
 */
import {mkdir, readFile} from "node:fs/promises";
import path from "node:path";

import type {Browser, BrowserContext, Page} from "playwright-core";

import type {StaticServer} from "../staticServer.js";
import {startStaticServer} from "../staticServer.js";
import {launchChromium} from "./browser.js";
import {builtSite} from "./builtSite.js";

export const SCREENSHOTS = path.join("test-artifacts", "screenshots");
const AXE_SOURCE = path.join("node_modules", "axe-core", "axe.min.js");

/** Page paths after the language prefix. */
export const SLUGS = [
  "",
  "trends/",
  "seasonality/",
  "weekend/",
  "ratings/",
  "methodology/",
  "data/",
  "changes/",
  "search/"
];
/** Every page in both languages. */
export const PAGES = [...SLUGS.map((s) => `/${s}`), ...SLUGS.map((s) => `/fr/${s}`)];

export type Theme = "dark" | "light";

export interface Harness {
  server: StaticServer;
  browser: Browser;
  /** A context at 1280 × 900 in a colour scheme; with `axe`, axe-core is injected into every page. */
  context: (theme: Theme, axe?: boolean) => Promise<BrowserContext>;
  close: () => Promise<void>;
}

/** Builds (or reuses) the site at `scale` (default: the small test scale), serves it and launches Chromium. */
export async function startHarness(scale?: string): Promise<Harness> {
  const site = await builtSite(scale);
  const server = await startStaticServer(site.dist);
  const browser = await launchChromium();
  const axeSource = await readFile(AXE_SOURCE, "utf8");
  await mkdir(SCREENSHOTS, {recursive: true});
  return {
    server,
    browser,
    context: async (theme, axe = false) => {
      const ctx = await browser.newContext({
        viewport: {width: 1280, height: 900},
        colorScheme: theme,
        acceptDownloads: true
      });
      // Injected through the DevTools protocol, which the page's CSP does not govern.
      if (axe) await ctx.addInitScript({content: axeSource});
      return ctx;
    },
    close: async () => {
      await browser.close();
      await server.close();
    }
  };
}

export interface PageProblems {
  errors: string[];
  failed: string[];
}

/** Collects console errors, page errors, failed requests and error responses of a page until `stop` is called. */
export function watch(page: Page): PageProblems & {stop: () => void} {
  const problems: PageProblems = {errors: [], failed: []};
  const onConsole = (message: {type: () => string; text: () => string}) => {
    if (message.type() === "error") problems.errors.push(message.text());
  };
  const onPageError = (error: Error) => problems.errors.push(String(error));
  const onFailed = (request: {url: () => string; failure: () => {errorText: string} | null}) => {
    // Chromium fetches the favicon on its own and abandons it when a test navigates on; budget.test.ts checks
    // that the file exists.
    if (request.url().endsWith("/favicon.svg") && request.failure()?.errorText === "net::ERR_ABORTED") return;
    // A desktop drawing is fetched as its figure nears the screen; a test that navigates on abandons the fetch (as a
    // reader who leaves does). e2e.wideDrawings.test.ts checks that every one of them loads.
    if (/-wide\.html$/.test(request.url()) && request.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.failed.push(`${request.url()}: ${request.failure()?.errorText}`);
  };
  const onResponse = (response: {url: () => string; status: () => number}) => {
    if (response.status() >= 400) problems.failed.push(`${response.url()}: ${response.status()}`);
  };
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  page.on("requestfailed", onFailed);
  page.on("response", onResponse);
  return {
    ...problems,
    stop: () => {
      page.off("console", onConsole);
      page.off("pageerror", onPageError);
      page.off("requestfailed", onFailed);
      page.off("response", onResponse);
    }
  };
}

/** Screenshot file of a page: "/" → test-artifacts/screenshots/en-overview-<suffix>.png, "/fr/trends/" → fr-trends-…. */
export function shot(pathname: string, suffix: string): string {
  const lang = pathname.startsWith("/fr/") ? "fr" : "en";
  const slug =
    pathname
      .replace(/^\/(fr\/)?/, "")
      .replace(/\/$/, "")
      .replace(/\//g, "-") || "overview";
  return path.join(SCREENSHOTS, `${lang}-${slug}-${suffix}.png`);
}

/**
 * Lays out and paints every section now. Sections off screen skip rendering (`content-visibility: auto`), which a
 * full-page screenshot would show as blank and axe could not measure (contrast, target size); a reader scrolling
 * gets them rendered anyway. Set through the CSSOM, which the page's CSP allows.
 */
export async function renderAll(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>(".analysis")) el.style.contentVisibility = "visible";
  });
}

/**
 * Brings in every wide drawing the page shows at its current width (site/src/scripts/wideDrawings.ts fills one as it
 * nears the viewport): scrolls to each shown box in turn and waits for its `data-filled`, then back to the top.
 * Fails naming the fragment if one fails to load or is not there within 10 s.
 */
export async function fillWideDrawings(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const boxes = [...document.querySelectorAll<HTMLElement>("[data-wide-src]")].filter(
      (box) => box.getBoundingClientRect().width > 0
    );
    for (const box of boxes) {
      box.scrollIntoView({block: "center"});
      await new Promise<void>((resolve, reject) => {
        const check = (): boolean => {
          if (box.hasAttribute("data-wide-failed")) reject(new Error(`${box.dataset.wideSrc} failed to load`));
          else if (box.hasAttribute("data-filled")) resolve();
          else return false;
          return true;
        };
        if (check()) return;
        const timer = setTimeout(() => reject(new Error(`${box.dataset.wideSrc} was not filled within 10 s`)), 10_000);
        const observer = new MutationObserver(() => {
          if (!check()) return;
          observer.disconnect();
          clearTimeout(timer);
        });
        observer.observe(box, {attributes: true});
      });
    }
    window.scrollTo(0, 0);
  });
}

/** Width and height of every element matching `selector`, in one round trip. */
export function sizes(page: Page, selector: string): Promise<Array<[number, number]>> {
  return page.$$eval(selector, (elements) =>
    elements.map((el) => {
      const rect = el.getBoundingClientRect();
      return [rect.width, rect.height] as [number, number];
    })
  );
}

interface AxeResult {
  violations: Array<{id: string; impact: string; help: string; nodes: Array<{target: string[]}>}>;
}

/**
 * Runs axe-core on the page and returns one line per violation. The marks inside each chart are removed first:
 * they are presentational children of the chart's role="img" (whose name and description stay), and walking
 * thousands of them makes axe slow without checking anything. `rules` restricts the run to some rules.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  await renderAll(page);
  await page.evaluate(() => {
    for (const svg of document.querySelectorAll(".figure__chart svg.chart")) svg.replaceChildren();
  });
  const result = (await page.evaluate(async (only) => {
    const w = window as unknown as {axe: {run: (context: Document, options: object) => Promise<unknown>}};
    return w.axe.run(document, {
      resultTypes: ["violations"],
      // Target size (WCAG 2.2, 2.5.8) is off by default in axe; Lighthouse checks it, so do we.
      rules: {"target-size": {enabled: true}},
      ...(only ? {runOnly: {type: "rule", values: only}} : {})
    });
  }, rules)) as AxeResult;
  return result.violations.map((v) => {
    const targets = v.nodes.map((n) => n.target.join(" ")).slice(0, 5);
    return `${page.url()}: ${v.id} (${v.impact}) ${v.help}: ${targets.join(", ")}`;
  });
}
