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
    "Paste this into a web page to show the chart, its title, its source line and a link back here; its small script fits the frame's height to the figure. The colours follow the light or dark theme set on the reader's system unless the address ends with one of these:",
  "figurePage.embedPreview": "Open the embedded version",
  "figurePage.noScript":
    "Without JavaScript, this figure is drawn as published: over all years, with the default options. The years and options of a shared link apply only with JavaScript.",
  "cite.kind": "Figure",
  "cite.generated": "generated data, seed {seed}, scale {scale}",
  "cite.asOf": "data as of {date}",
  "cite.commit": "commit {commit}",
  "embed.back": "See the figure, its data and its method on Back to the Kitchen",
  "changes.title": "What's new",
  "changes.intro":
    "Every update of the site, newest first: new data, or the same data with analyses computed anew. Each update lists the analyses that changed and, when a statement's figures moved, what it said before and what it says now.",
  "changes.feed": "Follow the updates in a feed reader (Atom feed)",
  "changes.unitPp": "Changes in a share of recipes are in percentage points (pp).",
  "changes.unitDv":
    "Nutrients other than calories are counted in percent of the daily value (%DV), so their changes are in %DV points.",
  "changes.empty": "No data update has been recorded yet.",
  "changes.update": "Update of {date}: new data",
  "changes.updateFirst": "Update of {date}: first published set",
  "changes.updateSame": "Update of {date}: same data, analyses revised",
  "changes.updateWords": "Update of {date}: same data, wording revised",
  "changes.updateUnknown": "Update of {date}: analyses revised",
  "changes.first":
    "This is the first published set: {count|int} analyses, with data as of {asOf}. Later updates will be listed here with the statements whose figures moved.",
  "changes.summary": "{count|int} analyses changed; the data is now as of {asOf} (previously {previous}).",
  "changes.summaryOne": "One analysis changed; the data is now as of {asOf} (previously {previous}).",
  "changes.summarySame":
    "The data did not change: it still runs to {asOf}. What changed is how the site analyses it, in {count|int} analyses.",
  "changes.summarySameOne":
    "The data did not change: it still runs to {asOf}. What changed is how the site analyses it, in one analysis.",
  "changes.summaryWords":
    "The data did not change: it still runs to {asOf}. Only the wording of {count|int} analyses changed; every finding is as before.",
  "changes.summaryWordsOne":
    "The data did not change: it still runs to {asOf}. Only the wording of one analysis changed; every finding is as before.",
  "changes.summaryFiles": "New data files, still running to {asOf}: {count|int} analyses changed.",
  "changes.summaryFilesOne": "New data files, still running to {asOf}: one analysis changed.",
  "changes.summaryUnknown":
    "{count|int} analyses changed; the data still runs to {asOf}. This early entry did not record whether the data files changed.",
  "changes.summaryUnknownOne":
    "One analysis changed; the data still runs to {asOf}. This early entry did not record whether the data files changed.",
  "changes.firstOne":
    "This is the first published set: one analysis, with data as of {asOf}. Later updates will be listed here with the statements whose figures moved.",
  "changes.firstEarlier": "This was the first published set: {count|int} analyses, with data as of {asOf}.",
  "changes.firstEarlierOne": "This was the first published set: one analysis, with data as of {asOf}.",
  "changes.added": "new",
  "changes.removed": "removed",
  "changes.figuresOnly": "Figures also updated, every statement reading as before:",
  "changes.figuresOnlyAll": "No statement reads differently; only figures or tables changed in:",
  "changes.before": "Before:",
  "changes.after": "Now:",
  // The word stays with its value: "(previously" ending a line and "1,070)" starting the next read as two things.
  "changes.was": "(previously\u00a0{value})",
  "changes.gone": "This statement no longer holds.",
  "changes.new": "New statement.",
  "changes.reworded": "Reworded; the finding is unchanged.",
  "changes.unrecorded":
    "{count|int} statements now quote figures the site did not record before this update, so their earlier wording cannot be shown. Here they are as they now read:",
  "changes.unrecordedOne":
    "One statement now quotes figures the site did not record before this update, so its earlier wording cannot be shown. Here it is as it now reads:",
  "changes.feedTitle": "Back to the Kitchen: data updates",
  "changes.feedSubtitle": "Each entry is one update of the site: new data, or analyses computed anew.",
  "download.license": "Licence: {license}",
  "download.licenseNone": "Licence: none declared for this build",
  "download.metadata":
    "Column descriptions and citation (CSVW metadata: the W3C's standard description of a CSV's columns)",
  "search.title": "Search",
  "search.intro": "Search the pages, the figures' titles and captions, and every statement the analyses make.",
  "search.label": "Words to search for",
  "search.submit": "Search",
  "search.noScript": "Search runs in your browser and needs JavaScript. Every page is listed in the navigation.",
  "search.loading": "Loading the index…",
  "search.count": "{count|int} results for “{query}”.",
  "search.countOne": "One result for “{query}”.",
  "search.none": "No result for “{query}”.",
  "search.kind.page": "Page",
  "search.kind.analysis": "Analysis",
  "search.kind.claim": "Statement",
  "search.kind.figure": "Figure"
} as const;

export type ShareKey = keyof typeof en;

const fr: Record<ShareKey, string> = {
  "figurePage.link": "Page de la figure",
  "figurePage.linkLabel": "Page de la figure : {caption}",
  "figurePage.back": "Retour à l’analyse : {title}",
  "figurePage.claims": "Ce que l’analyse constate",
  "figurePage.method": "Comment c’est calculé",
  "figurePage.asOf": "Données au {date}, site construit à partir du commit {commit}.",
  "figurePage.cite": "Citer cette figure",
  "figurePage.citeApa": "Style APA",
  "figurePage.citeBibtex": "BibTeX",
  "figurePage.embed": "Intégrer cette figure",
  "figurePage.embedIntro":
    "Collez ce code dans une page web pour y montrer le graphique, son titre, sa source et un lien vers cette page ; son petit script ajuste la hauteur du cadre à la figure. Les couleurs suivent le thème clair ou sombre choisi dans le système du lecteur, sauf si l’adresse se termine par l’un de ces suffixes :",
  "figurePage.embedPreview": "Ouvrir la version intégrable",
  "figurePage.noScript":
    "Sans JavaScript, cette figure est tracée telle que publiée : sur toutes les années, avec les options par défaut. Les années et options d’un lien partagé ne s’appliquent qu’avec JavaScript.",
  "cite.kind": "Figure",
  "cite.generated": "données générées, graine {seed}, échelle {scale}",
  "cite.asOf": "données au {date}",
  "cite.commit": "commit {commit}",
  "embed.back": "Voir la figure, ses données et sa méthode sur Back to the Kitchen",
  "changes.title": "Nouveautés",
  "changes.intro":
    "Chaque mise à jour du site, de la plus récente à la plus ancienne : de nouvelles données, ou les mêmes données avec des analyses recalculées. Chaque mise à jour donne les analyses qui ont changé et, quand les chiffres d’une affirmation ont bougé, ce qu’elle disait avant et ce qu’elle dit maintenant.",
  "changes.feed": "Suivre les mises à jour dans un lecteur de flux (flux Atom)",
  "changes.unitPp": "Les évolutions d'une part de recettes sont en points de pourcentage (pp).",
  "changes.unitDv":
    "Les nutriments autres que les calories sont comptés en % des apports journaliers (AJ) : leurs évolutions sont donc en points de % AJ.",
  "changes.empty": "Aucune mise à jour des données n’a encore été enregistrée.",
  "changes.update": "Mise à jour du {date} : nouvelles données",
  "changes.updateFirst": "Mise à jour du {date} : premier jeu publié",
  "changes.updateSame": "Mise à jour du {date} : mêmes données, analyses revues",
  "changes.updateWords": "Mise à jour du {date} : mêmes données, formulation revue",
  "changes.updateUnknown": "Mise à jour du {date} : analyses revues",
  "changes.first":
    "C’est le premier jeu de données publié : {count|int} analyses, données au {asOf}. Les prochaines mises à jour seront listées ici avec les affirmations dont les chiffres ont bougé.",
  "changes.summary":
    "{count|int} analyses ont changé ; les données vont désormais jusqu’au {asOf} (auparavant {previous}).",
  "changes.summaryOne": "Une analyse a changé ; les données vont désormais jusqu’au {asOf} (auparavant {previous}).",
  "changes.summarySame":
    "Les données n’ont pas changé : elles vont toujours jusqu’au {asOf}. C’est la façon dont le site les analyse qui a changé, dans {count|int} analyses.",
  "changes.summarySameOne":
    "Les données n’ont pas changé : elles vont toujours jusqu’au {asOf}. C’est la façon dont le site les analyse qui a changé, dans une analyse.",
  "changes.summaryWords":
    "Les données n’ont pas changé : elles vont toujours jusqu’au {asOf}. Seule la formulation de {count|int} analyses a changé ; chaque résultat reste le même.",
  "changes.summaryWordsOne":
    "Les données n’ont pas changé : elles vont toujours jusqu’au {asOf}. Seule la formulation d’une analyse a changé ; chaque résultat reste le même.",
  "changes.summaryFiles":
    "Nouveaux fichiers de données, qui vont toujours jusqu’au {asOf} : {count|int} analyses ont changé.",
  "changes.summaryFilesOne": "Nouveaux fichiers de données, qui vont toujours jusqu’au {asOf} : une analyse a changé.",
  "changes.summaryUnknown":
    "{count|int} analyses ont changé ; les données vont toujours jusqu’au {asOf}. Cette entrée ancienne n’enregistrait pas si les fichiers de données avaient changé.",
  "changes.summaryUnknownOne":
    "Une analyse a changé ; les données vont toujours jusqu’au {asOf}. Cette entrée ancienne n’enregistrait pas si les fichiers de données avaient changé.",
  "changes.firstOne":
    "C’est le premier jeu de données publié : une analyse, données au {asOf}. Les prochaines mises à jour seront listées ici avec les affirmations dont les chiffres ont bougé.",
  "changes.firstEarlier": "C’était le premier jeu de données publié : {count|int} analyses, données au {asOf}.",
  "changes.firstEarlierOne": "C’était le premier jeu de données publié : une analyse, données au {asOf}.",
  "changes.added": "nouvelle",
  "changes.removed": "retirée",
  "changes.figuresOnly": "Chiffres aussi mis à jour, toutes les affirmations restant les mêmes :",
  "changes.figuresOnlyAll": "Aucune affirmation ne change ; seuls des chiffres ou des tableaux ont changé dans :",
  "changes.before": "Avant :",
  "changes.after": "Maintenant :",
  "changes.was": "(auparavant\u00a0{value})",
  "changes.gone": "Cette affirmation ne tient plus.",
  "changes.new": "Nouvelle affirmation.",
  "changes.reworded": "Reformulée ; le résultat n’a pas changé.",
  "changes.unrecorded":
    "{count|int} affirmations citent désormais des chiffres que le site n’enregistrait pas avant cette mise à jour, si bien que leur formulation précédente ne peut pas être montrée. Les voici telles qu’elles se lisent maintenant :",
  "changes.unrecordedOne":
    "Une affirmation cite désormais des chiffres que le site n’enregistrait pas avant cette mise à jour, si bien que sa formulation précédente ne peut pas être montrée. La voici telle qu’elle se lit maintenant :",
  "changes.feedTitle": "Back to the Kitchen : mises à jour des données",
  "changes.feedSubtitle":
    "Chaque entrée est une mise à jour du site : de nouvelles données, ou des analyses recalculées.",
  "download.license": "Licence : {license}",
  "download.licenseNone": "Licence : aucune déclarée pour cette version",
  "download.metadata":
    "Description des colonnes et citation (métadonnées CSVW : description standard des colonnes d'un CSV, W3C)",
  "search.title": "Rechercher",
  "search.intro": "Cherchez dans les pages, les titres et légendes des figures, et chaque affirmation des analyses.",
  "search.label": "Mots à rechercher",
  "search.submit": "Rechercher",
  "search.noScript":
    "La recherche s’exécute dans votre navigateur et demande JavaScript. Toutes les pages sont dans la navigation.",
  "search.loading": "Chargement de l’index…",
  "search.count": "{count|int} résultats pour «\u202f{query}\u202f».",
  "search.countOne": "Un résultat pour «\u202f{query}\u202f».",
  "search.none": "Aucun résultat pour «\u202f{query}\u202f».",
  "search.kind.page": "Page",
  "search.kind.analysis": "Analyse",
  "search.kind.claim": "Affirmation",
  "search.kind.figure": "Figure"
};

/** Every sharing string, per language. */
export const SHARE_STRINGS: Record<Lang, Record<ShareKey, string>> = {en, fr};

/** A sharing string in `lang`; with values, its placeholders are filled and formatted. */
export function ts(lang: Lang, key: ShareKey, values?: ClaimValues): string {
  const template = SHARE_STRINGS[lang][key];
  return typeset(values ? renderTemplate(template, values, lang) : template, lang);
}
