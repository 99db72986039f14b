/**
 * Strings of the sharing features (figure pages, embeds, citations, the change log, search), kept apart from the
 * shell's en.ts/fr.ts so that these pages can grow without touching the shell's strings. Same template syntax and
 * typography as `t()`; both languages have exactly the same keys (test/site/share.test.ts).
 */
import type {ClaimValues} from "../../../pipeline/narrative.js";
import {renderTemplate} from "../../../pipeline/narrative.js";
import type {Lang} from "./index.js";
import {typeset} from "./locale.js";

const en = {
  "figurePage.link": "Figure page",
  "figurePage.linkLabel": "Figure page: {caption}",
  "figurePage.back": "Back to the analysis: {title}",
  "figurePage.claims": "What the analysis finds",
  "figurePage.method": "How this was computed",
  "figurePage.asOf": "Data as of {date}, site built from commit {commit}.",
  "figurePage.cite": "Cite this figure",
  "figurePage.citeApa": "APA style",
  "figurePage.citeBibtex": "BibTeX",
  "figurePage.embed": "Embed this figure",
  "figurePage.embedIntro":
    "Paste this into a web page to show the chart, its title, its source line and a link back here. The colours follow the reader's system unless the address ends with one of these:",
  "figurePage.embedPreview": "Open the embedded version",
  "cite.kind": "Figure",
  "cite.asOf": "data as of {date}",
  "cite.commit": "commit {commit}",
  "embed.source": "Source: Food.com via Back to the Kitchen, data as of {date}",
  "embed.back": "See the figure, its data and its method on Back to the Kitchen"
} as const;

export type ShareKey = keyof typeof en;

const fr: Record<ShareKey, string> = {
  "figurePage.link": "Page de la figure",
  "figurePage.linkLabel": "Page de la figure : {caption}",
  "figurePage.back": "Retour à l’analyse : {title}",
  "figurePage.claims": "Ce que l’analyse constate",
  "figurePage.method": "Comment c’est calculé",
  "figurePage.asOf": "Données au {date}, site construit depuis le commit {commit}.",
  "figurePage.cite": "Citer cette figure",
  "figurePage.citeApa": "Style APA",
  "figurePage.citeBibtex": "BibTeX",
  "figurePage.embed": "Intégrer cette figure",
  "figurePage.embedIntro":
    "Collez ce code dans une page web pour y montrer le graphique, son titre, sa source et un lien vers cette page. Les couleurs suivent le système du lecteur, sauf si l’adresse se termine par l’un de ces suffixes :",
  "figurePage.embedPreview": "Ouvrir la version intégrable",
  "cite.kind": "Figure",
  "cite.asOf": "données au {date}",
  "cite.commit": "commit {commit}",
  "embed.source": "Source : Food.com via Back to the Kitchen, données au {date}",
  "embed.back": "Voir la figure, ses données et sa méthode sur Back to the Kitchen"
};

/** Every sharing string, per language. */
export const SHARE_STRINGS: Record<Lang, Record<ShareKey, string>> = {en, fr};

/** A sharing string in `lang`; with values, its placeholders are filled and formatted. */
export function ts(lang: Lang, key: ShareKey, values?: ClaimValues): string {
  const template = SHARE_STRINGS[lang][key];
  return typeset(values ? renderTemplate(template, values, lang) : template, lang);
}
