/**
 * The site's pages, in navigation order, and their URLs in each language. An analysis page shows every analysis
 * whose manifest entry has that `page` (the folder under queries/), in the order of the page's catalogue.
 */
import type {Lang, ShellKey} from "../i18n/index.js";
import {readingOrder} from "./catalogue.js";

export type PageKey =
  "overview" | "trends" | "seasonality" | "weekend" | "ratings" | "methodology" | "data" | "changes" | "search";
export type AnalysisPageKey = "trends" | "seasonality" | "weekend" | "ratings";

export interface PageInfo {
  key: PageKey;
  /** Path segment after the language prefix; "" for the home page. */
  slug: string;
  nav: ShellKey;
}

export const PAGES: readonly PageInfo[] = [
  {key: "overview", slug: "", nav: "nav.overview"},
  {key: "trends", slug: "trends", nav: "nav.trends"},
  {key: "seasonality", slug: "seasonality", nav: "nav.seasonality"},
  {key: "weekend", slug: "weekend", nav: "nav.weekend"},
  {key: "ratings", slug: "ratings", nav: "nav.ratings"},
  {key: "methodology", slug: "methodology", nav: "nav.methodology"},
  {key: "data", slug: "data", nav: "nav.data"},
  {key: "changes", slug: "changes", nav: "nav.changes"},
  {key: "search", slug: "search", nav: "nav.search"}
];

export const ANALYSIS_PAGES: readonly AnalysisPageKey[] = ["trends", "seasonality", "weekend", "ratings"];

/** The title (rendered with the data's period) and the introduction of each analysis page. */
export const ANALYSIS_PAGE_TEXT: Record<AnalysisPageKey, {title: ShellKey; intro: ShellKey}> = {
  trends: {title: "page.trends.title", intro: "page.trends.intro"},
  seasonality: {title: "page.seasonality.title", intro: "page.seasonality.intro"},
  weekend: {title: "page.weekend.title", intro: "page.weekend.intro"},
  ratings: {title: "page.ratings.title", intro: "page.ratings.intro"}
};

/** Root-relative URL of a page: `/trends/` in English, `/fr/trends/` in French. */
export function pageUrl(lang: Lang, key: PageKey): string {
  const page = PAGES.find((p) => p.key === key);
  if (!page) throw new Error(`unknown page: ${key}`);
  const prefix = lang === "en" ? "/" : `/${lang}/`;
  return page.slug ? `${prefix}${page.slug}/` : prefix;
}

/** The same path in the other language; `path` is root-relative (`/fr/trends/` ↔ `/trends/`). */
export function switchLangPath(path: string, to: Lang): string {
  const bare = path.replace(/^\/fr(\/|$)/, "/");
  return to === "en" ? bare : `/fr${bare}`;
}

/** Sorts analysis names of one page into reading order: the order of the page's catalogue, queries/<page>/page.ts. */
export function orderAnalyses(page: string, names: readonly string[]): string[] {
  return readingOrder(page, names);
}
