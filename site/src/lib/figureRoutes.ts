/**
 * Where every figure lives on its own: its page (`/figures/<analysis>/<figure>/`, `/fr/figures/…`) and its embed
 * (`/embed/<analysis>/<figure>/`, `/fr/embed/…`). The list of figures is the view catalogue (site/src/views/), so a
 * figure added to a view gets its page and its embed without another declaration.
 */
import type {Lang} from "../i18n/index.js";
import {LANGS} from "../i18n/index.js";
import type {FigureModel} from "./analysis.js";
import {analysisModel} from "./analysis.js";
import type {PageKey} from "./routes.js";
import {pageUrl, PAGES} from "./routes.js";
import {listAnalyses} from "./snapshots.js";
import {viewOf} from "./viewCatalogue.js";

/** One figure of the catalogue: the analysis it belongs to, the page showing the analysis and its figure key. */
export interface FigureRef {
  analysis: string;
  page: PageKey;
  key: string;
}

/** The props of a per-figure route: its language, which figure, and the figure drawn in that language. */
export interface FigureRouteProps {
  lang: Lang;
  ref: FigureRef;
  figure: FigureModel;
}

function prefix(lang: Lang): string {
  return lang === "en" ? "/" : `/${lang}/`;
}

/** Root-relative URL of a figure's page: `/figures/trends_volume/per_year/`, `/fr/figures/…` in French. */
export function figurePagePath(lang: Lang, analysis: string, key: string): string {
  return `${prefix(lang)}figures/${analysis}/${key}/`;
}

/** Root-relative URL of a figure's embed: `/embed/trends_volume/per_year/`, `/fr/embed/…` in French. */
export function embedPath(lang: Lang, analysis: string, key: string): string {
  return `${prefix(lang)}embed/${analysis}/${key}/`;
}

/** Root-relative URL of an analysis' section on its page: `/trends/#trends_volume`. */
export function analysisPath(lang: Lang, page: PageKey, analysis: string): string {
  return `${pageUrl(lang, page)}#${analysis}`;
}

/** Whether a manifest page name is one of the site's pages (an analysis of an unknown page has no section). */
function isPageKey(page: string): page is PageKey {
  return PAGES.some((p) => p.key === page);
}

/** Every figure of every analysis that has a view, in manifest order. */
export function figureRefs(): FigureRef[] {
  const refs: FigureRef[] = [];
  for (const entry of listAnalyses()) {
    if (!viewOf(entry.name) || !isPageKey(entry.page)) continue;
    for (const figure of analysisModel(entry.name, "en").figures)
      refs.push({analysis: entry.name, page: entry.page, key: figure.key});
  }
  return refs;
}

/**
 * getStaticPaths of both per-figure routes, the figure's page and its embed (`[...lang]/…/[analysis]/[figure]`),
 * in both languages, with the figure's model in that language.
 */
export function figurePaths(): Array<{
  params: {lang: string | undefined; analysis: string; figure: string};
  props: FigureRouteProps;
}> {
  return LANGS.flatMap((lang) =>
    figureRefs().map((ref) => ({
      params: {lang: lang === "en" ? undefined : lang, analysis: ref.analysis, figure: ref.key},
      props: {lang, ref, figure: analysisModel(ref.analysis, lang).figures.find((f) => f.key === ref.key)!}
    }))
  );
}
