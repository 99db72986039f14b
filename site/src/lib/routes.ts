/**
 * The site's pages, in navigation order, and their URLs in each language. An analysis page shows every analysis
 * whose manifest entry has that `page` (the folder under queries/).
 */
import type {Lang, ShellKey} from "../i18n/index.js";

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

/**
 * Reading order of analyses within a page, by the topic after the page prefix (`trends_duration` → duration): the
 * reference's order (§2–§5), except on the ratings page, which opens with the answer a reader comes for (how high
 * and how stable ratings are) and ends with why months are weighted, a question of method. Topics not listed
 * follow, alphabetically. Anchors are analysis names, so reordering never breaks a link.
 */
export const TOPIC_ORDER = [
  "distribution",
  "volume",
  "duration",
  "trend",
  "complexity",
  "nutrition",
  "ingredients",
  "tags",
  "season",
  "validation"
] as const;

/** Sorts analysis names of one page into reading order. */
export function orderAnalyses(page: string, names: readonly string[]): string[] {
  const rank = (name: string): number => {
    const topic = name.startsWith(`${page}_`) ? name.slice(page.length + 1) : name;
    const i = TOPIC_ORDER.findIndex((t) => topic.startsWith(t));
    return i === -1 ? TOPIC_ORDER.length : i;
  };
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
