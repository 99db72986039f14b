/**
 * The static search index of one language (MiniSearch, serialised at build time, fetched by the search page when a
 * reader first searches): every page's title and introduction, every analysis' title, lede and headline, every
 * claim, and every figure's caption and description, each pointing at where it is shown.
 */
import MiniSearch from "minisearch";

import type {Lang} from "../i18n/index.js";
import {t} from "../i18n/index.js";
import {ts} from "../i18n/share.js";
import {tagline} from "./aboutData.js";
import {analysisModel} from "./analysis.js";
import {analysisPath, figurePagePath} from "./figureRoutes.js";
import {ANALYSIS_PAGE_TEXT, ANALYSIS_PAGES, PAGES, pageUrl} from "./routes.js";
import type {PageKey} from "./routes.js";
import type {SearchDocument} from "./searchOptions.js";
import {INDEX_OPTIONS} from "./searchOptions.js";
import {siteContext} from "./site.js";
import {listAnalyses} from "./snapshots.js";

function pageText(lang: Lang, key: PageKey): {title: string; text: string} {
  const {period} = siteContext();
  if ((ANALYSIS_PAGES as readonly string[]).includes(key)) {
    const text = ANALYSIS_PAGE_TEXT[key as keyof typeof ANALYSIS_PAGE_TEXT];
    return {title: t(lang, text.title, period), text: t(lang, text.intro)};
  }
  switch (key) {
    case "overview":
      return {title: t(lang, "site.name"), text: `${tagline(lang)}. ${t(lang, "site.description")}`};
    case "methodology":
      return {title: t(lang, "method.title"), text: t(lang, "method.intro")};
    case "data":
      return {title: t(lang, "data.title"), text: t(lang, "data.intro")};
    case "changes":
      return {title: ts(lang, "changes.title"), text: ts(lang, "changes.intro")};
    default:
      return {title: t(lang, PAGES.find((p) => p.key === key)!.nav, period), text: ""};
  }
}

/** Every document of the language's index. */
export function searchDocuments(lang: Lang): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const page of PAGES) {
    if (page.key === "search") continue;
    docs.push({id: `page:${page.key}`, url: pageUrl(lang, page.key), kind: "page", ...pageText(lang, page.key)});
  }
  for (const entry of listAnalyses()) {
    if (!PAGES.some((p) => p.key === entry.page)) continue;
    const model = analysisModel(entry.name, lang);
    const url = analysisPath(lang, entry.page as PageKey, entry.name);
    docs.push({
      id: `analysis:${entry.name}`,
      url,
      kind: "analysis",
      title: model.title,
      text: [model.lede, model.headline].filter(Boolean).join(" ")
    });
    model.claims.forEach((claim, i) =>
      docs.push({id: `claim:${entry.name}:${i}`, url, kind: "claim", title: model.title, text: claim})
    );
    for (const figure of model.figures) {
      docs.push({
        id: `figure:${entry.name}:${figure.key}`,
        url: figurePagePath(lang, entry.name, figure.key),
        kind: "figure",
        title: figure.caption,
        text: figure.description
      });
    }
  }
  return docs;
}

/** The serialised index of a language, as the browser loads it. */
export function searchIndexJson(lang: Lang): string {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(searchDocuments(lang));
  return JSON.stringify(index);
}
