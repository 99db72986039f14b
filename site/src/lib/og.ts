/**
 * Which link-preview image each page gets (site/src/lib/ogImage.ts draws them): an analysis page shows its first
 * figure, the home page the overview's first figure, a figure page its own figure; methodology, data and "What's
 * new" a text card with their description. Images live at `/og/<lang>/<page path>.png`
 * (`/og/en/index.png`, `/og/fr/figures/trends_volume/per_year.png`).
 */
import type {Lang} from "../i18n/index.js";
import {formatDate, LANGS, t} from "../i18n/index.js";
import {ts} from "../i18n/share.js";
import {tagline} from "./aboutData.js";
import {analysisModel} from "./analysis.js";
import {figurePagePath, figureRefs} from "./figureRoutes.js";
import type {OgCard} from "./ogImage.js";
import {ANALYSIS_PAGE_TEXT, ANALYSIS_PAGES, orderAnalyses, pageUrl} from "./routes.js";
import {siteContext} from "./site.js";
import {listAnalyses} from "./snapshots.js";

/** `og:locale` of each language. */
export const OG_LOCALE: Record<Lang, string> = {en: "en_US", fr: "fr_FR"};

/** Root-relative URL of the preview image of a page path (`/fr/trends/` → `/og/fr/trends.png`). */
export function ogImagePath(lang: Lang, pagePath: string): string {
  const bare = pagePath.replace(/^\/fr(\/|$)/, "/").replace(/^\/|\/$/g, "");
  return `/og/${lang}/${bare || "index"}.png`;
}

function firstFigureSvg(name: string, lang: Lang): string | undefined {
  return analysisModel(name, lang).figures[0]?.svg;
}

let cards: Map<string, OgCard> | undefined;

/** Every preview card of the site, by image path. */
export function ogCards(): Map<string, OgCard> {
  if (cards) return cards;
  cards = new Map();
  const {manifest, period} = siteContext();
  for (const lang of LANGS) {
    const base = {
      siteName: t(lang, "site.name"),
      // A preview travels without the page's banner: on generated data it says so itself.
      asOf:
        t(lang, "footer.dataAsOf") +
        " " +
        formatDate(manifest.dataAsOf, lang) +
        (manifest.provenance.kind === "generated" ? ` · ${t(lang, "banner.generated.title")}` : "")
    };
    const add = (pagePath: string, card: Omit<OgCard, "siteName" | "asOf">) =>
      // The word joiners of French typesetting are for the browser's line breaking: an image needs none.
      cards!.set(ogImagePath(lang, pagePath), {
        ...base,
        ...card,
        title: card.title.replace(/\u2060/g, ""),
        ...(card.subtitle === undefined ? {} : {subtitle: card.subtitle.replace(/\u2060/g, "")})
      });
    const overview = listAnalyses("overview")[0];
    add(pageUrl(lang, "overview"), {
      title: tagline(lang),
      ...(overview ? {chart: firstFigureSvg(overview.name, lang)} : {subtitle: t(lang, "site.description")})
    });
    for (const page of ANALYSIS_PAGES) {
      const first = orderAnalyses(
        page,
        listAnalyses(page).map((a) => a.name)
      ).find((name) => analysisModel(name, lang).figures.length > 0);
      const title = t(lang, ANALYSIS_PAGE_TEXT[page].title, period);
      add(
        pageUrl(lang, page),
        first ? {title, chart: firstFigureSvg(first, lang)} : {title, subtitle: t(lang, ANALYSIS_PAGE_TEXT[page].intro)}
      );
    }
    add(pageUrl(lang, "methodology"), {title: t(lang, "method.title"), subtitle: t(lang, "method.intro")});
    add(pageUrl(lang, "data"), {title: t(lang, "data.title"), subtitle: t(lang, "data.intro")});
    add(pageUrl(lang, "changes"), {title: ts(lang, "changes.title"), subtitle: ts(lang, "changes.intro")});
    for (const ref of figureRefs()) {
      const figure = analysisModel(ref.analysis, lang).figures.find((f) => f.key === ref.key)!;
      add(figurePagePath(lang, ref.analysis, ref.key), {title: figure.caption, chart: figure.svg});
    }
  }
  return cards;
}

/** The preview image of a page: its own card, else its language's home card (404 pages). */
export function ogImageFor(lang: Lang, pagePath: string): string {
  const own = ogImagePath(lang, pagePath);
  return ogCards().has(own) ? own : ogImagePath(lang, "/");
}
