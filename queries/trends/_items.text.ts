/**
 * The English and French text shared by the ingredient and tag trends, written once with the item's noun. French
 * agrees adjectives with the noun's gender (un ingrédient présent, une étiquette présente).
 */
import type {TextModule} from "../../pipeline/narrative.js";
import {DOT_SIZE_YEAR_RECIPES} from "../_dotSize.text.js";
import {WILSON_DEFINITION} from "../_shareInterval.text.js";

/** The words that differ between the item analyses, per language. */
export interface ItemWords {
  /** Singular noun, lower case: "ingredient". */
  one: string;
  /** Plural noun, lower case: "ingredients". */
  many: string;
  /** Singular noun with its indefinite article: "an ingredient", "a tag" (French: "un ingrédient"). */
  aOne: string;
  /** Singular noun with its definite article: "the ingredient" (French: "l'ingrédient", "le tag"). */
  theOne: string;
  /** Singular noun, capitalised: "Ingredient". */
  One: string;
  /** Plural noun, capitalised: "Ingredients". */
  Many: string;
  /** The question the analysis answers. */
  lede: string;
  /** What the analysis leaves out, as a sentence closing the method (empty when nothing is). */
  excluded: string;
  /** The UNITS key (pipeline/narrative.ts) of the noun, so that a count agrees with it: "1 tag", « 2 étiquettes ». */
  unit: "ingredients" | "tags";
}

/** French adds "de" + the plural noun, elided where needed ("d'ingrédients", "d'étiquettes"), and agrees in gender. */
export interface FrenchItemWords extends ItemWords {
  ofMany: string;
  /** "" for a masculine noun (ingrédient), "e" for a feminine one (étiquette): added to adjectives and participles. */
  e: "" | "e";
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The text module of an item analysis, from its words in each language. */
export function itemsText(en: ItemWords, fr: FrenchItemWords): TextModule {
  return {
    en: {
      title: `${en.Many} over the years`,
      lede: en.lede,
      method: `${capitalise(en.aOne)} counts once per recipe: its frequency is the number of recipes that list it ({occurrences|int} recipe–${en.one} pairs, {distinctItems|int} distinct ${en.many}). Its share in a year is the number of that year's recipes listing it divided by all the year's recipes. Rises and falls compare two windows of complete calendar years only: a year the data cover for a few months (the first or the last, when the data start or end within it) holds mostly one season, so its shares would measure the season, not the year. The first window starts at the first complete year, {firstYear}, and the last ends at the last complete year, {lastYear}; because the end years hold few recipes, each window is the fewest complete years at its end that hold at least {minWindowRecipes|int} recipes, here {firstWindow} ({firstYearRecipes|int} recipes) and {lastWindow} ({lastYearRecipes|int} recipes). Each change comes with a {intervalLevel|pct|0} interval (Wald, the two windows' recipes being distinct). ${capitalise(en.aOne)} absent from a window has a share of zero there. Only the {eligibleItems|int} ${en.many} found in at least {minOccurrences|int} recipes are ranked, the top {topN|int} each way, ties broken alphabetically; the {linesN|int} biggest movers each way are followed year by year, each yearly share with its {intervalLevel|pct|0} Wilson interval ${WILSON_DEFINITION.en}. Diversity is the number of distinct ${en.many} used in a year; it grows with the number of recipes, so read it together with the volume.${en.excluded ? ` ${en.excluded}` : ""}`,
      "kpi.distinct": `Distinct ${en.many}`,
      "kpi.eligible": `${en.Many} ranked by change (in ≥ {minOccurrences|int} recipes)`,
      "kpi.occurrences": `Recipe–${en.one} pairs`,
      "axis.year": "Year",
      "axis.interval": "{intervalLevel|pct|0} confidence interval of the yearly share",
      "axis.complete": "Year wholly covered by the data",
      "axis.complete_true": "Complete year",
      "axis.complete_false": "Year only partly covered by the data",
      "axis.dot_area": DOT_SIZE_YEAR_RECIPES.en,
      "axis.lower": "Lower bound ({intervalLevel|pct|0} interval)",
      "axis.upper": "Upper bound ({intervalLevel|pct|0} interval)",
      "axis.item": en.One,
      "axis.occurrences": "Recipes listing it",
      "axis.recipes": "Recipes posted",
      "axis.first_share": "Share in {firstWindow}",
      "axis.last_share": "Share in {lastWindow}",
      "axis.distinct": `Distinct ${en.many}`,
      "axis.delta": "Change in share (percentage points, pp)",
      "axis.delta_interval": "{intervalLevel|pct|0} confidence interval of the change",
      "axis.delta_lower": "Lower bound of the change ({intervalLevel|pct|0} interval)",
      "axis.delta_upper": "Upper bound of the change ({intervalLevel|pct|0} interval)",
      "axis.no_clear_change": "Interval includes zero: no clear change",
      "axis.clear_change": "Clear change (interval excludes zero)",
      "axis.yes": "Yes",
      "axis.no": "No",
      "axis.share": "Share of the year's recipes",
      "axis.share_all": "Share of all recipes",
      "axis.movement": "Direction",
      "axis.riser": "Rise in share",
      "axis.faller": "Drop in share",
      "axis.rank": "Rank",
      "figure.top.caption": `The {topN|int} most frequent ${en.many}`,
      "figure.top.description": `Horizontal bar chart of the {topN|int} ${en.many} found in the most recipes, most frequent first; each bar's length is the number of recipes listing it, out of {recipes|int}.`,
      "figure.diversity.caption": `Distinct ${en.many} per year, {dataFirstYear}–{dataLastYear}`,
      "figure.diversity.description": `Line chart of the number of distinct ${en.many} used each year, with dots sized by the year's recipes: a year with few recipes necessarily shows fewer distinct ${en.many}.`,
      "figure.changes.caption": `${en.Many} with the largest rises and falls in share, {firstWindow} to {lastWindow}`,
      "figure.changes.description": `Diverging horizontal bars, labelled with their value: to the right, the {topN|int} ${en.many} whose share of recipes rose most between {firstWindow} ({firstYearRecipes|int} recipes) and {lastWindow} ({lastYearRecipes|int} recipes), and to the left the {topN|int} whose share fell most, in percentage points, among ${en.many} found in at least {minOccurrences|int} recipes. A window holds complete calendar years only; written as a span of years, it pools years that each hold too few recipes. A line in the text colour through each bar's end spans its change's {intervalLevel|pct|0} interval; where the next bars end inside the first bar's interval, the data cannot say which rose or fell most. A bar drawn in grey, not in its side's colour, has an interval that includes zero: its change is not clear.`,
      "figure.lines.caption": `Yearly share of the ${en.many} that moved most`,
      "figure.lines.description": `Small multiples, one panel per ${en.one} named in its corner, on a shared scale: the share of each year's recipes listing the {linesN|int} ${en.many} that rose most (brown) and the {linesN|int} that fell most (teal), from {dataFirstYear} to {dataLastYear}, each with a shaded band: its {intervalLevel|pct|0} confidence interval. A hollow dot is a year only partly covered by the data: its share is of a few months' recipes, not a whole year's. Years with few recipes make the lines jump and the bands widen.`,
      // The windows' notation ("2015–2018" pools years) is explained in the method and the figure's description.
      shift: `Between {firstWindow} and {lastWindow}, “{riser}” shows the largest estimated rise in share of recipes, {riserDeltaPp|signed|1|unit:pct_points} (pp) with a {level|pct|0} interval of {riserLowerPp|signed|1} to {riserUpperPp|signed|1}, and “{faller}” the largest estimated fall, {fallerDeltaPp|pp|1} ({fallerLowerPp|signed|1} to {fallerUpperPp|signed|1}).`,
      "shift.among": `Between {firstWindow} and {lastWindow}, “{riser}” is among the largest estimated rises in share of recipes, {riserDeltaPp|signed|1|unit:pct_points} (pp) with a {level|pct|0} interval of {riserLowerPp|signed|1} to {riserUpperPp|signed|1}, and “{faller}” among the largest estimated falls, {fallerDeltaPp|pp|1} ({fallerLowerPp|signed|1} to {fallerUpperPp|signed|1}); with {riserOthers|int|unit:${en.unit}} besides “{riser}” estimated inside the rise's interval and {fallerOthers|int|unit:${en.unit}} besides “{faller}” inside the fall's, the data cannot say which rises or falls most.`,
      "shift.among_rise": `Between {firstWindow} and {lastWindow}, “{riser}” is among the largest estimated rises in share of recipes, {riserDeltaPp|signed|1|unit:pct_points} (pp) with a {level|pct|0} interval of {riserLowerPp|signed|1} to {riserUpperPp|signed|1}, and “{faller}” shows the largest estimated fall, {fallerDeltaPp|pp|1} ({fallerLowerPp|signed|1} to {fallerUpperPp|signed|1}); with {riserOthers|int|unit:${en.unit}} besides “{riser}” estimated inside the rise's interval, the data cannot say which rises most.`,
      "shift.among_fall": `Between {firstWindow} and {lastWindow}, “{riser}” shows the largest estimated rise in share of recipes, {riserDeltaPp|signed|1|unit:pct_points} (pp) with a {level|pct|0} interval of {riserLowerPp|signed|1} to {riserUpperPp|signed|1}, and “{faller}” is among the largest estimated falls, {fallerDeltaPp|pp|1} ({fallerLowerPp|signed|1} to {fallerUpperPp|signed|1}); with {fallerOthers|int|unit:${en.unit}} besides “{faller}” estimated inside the fall's interval, the data cannot say which falls most.`,
      // The finding in plain words above the statistics: "most" where the data tells the leader apart, and the count
      // of items it cannot tell from it where it does not.
      "plain.shift": `Between {firstWindow} and {lastWindow}, “{riser}” rose most in share of recipes and “{faller}” fell most.`,
      "plain.shift.among": `The largest rises in share of recipes between {firstWindow} and {lastWindow}: “{riser}” and {riserOthers|int|unit:other_${en.unit}}, too close to rank; the largest falls: “{faller}” and {fallerOthers|int|unit:other_${en.unit}}, likewise.`,
      "plain.shift.among_rise": `The largest rises in share of recipes between {firstWindow} and {lastWindow}: “{riser}” and {riserOthers|int|unit:other_${en.unit}}, too close to rank; the largest fall: “{faller}”.`,
      "plain.shift.among_fall": `The largest rise in share of recipes between {firstWindow} and {lastWindow}: “{riser}”; the largest falls: “{faller}” and {fallerOthers|int|unit:other_${en.unit}}, too close to rank.`,
      riser:
        "“{item}” was found in {firstShare|pct|1} of the {firstRecipes|int} recipes of {firstWindow} and {lastShare|pct|1} of the {lastRecipes|int} of {lastWindow}: the largest rise ({deltaPp|pp|1|diff:lastShare:firstShare}; {level|pct|0} interval {deltaLowerPp|pp|1} to {deltaUpperPp|pp|1}).",
      "riser.among": `“{item}” was found in {firstShare|pct|1} of the {firstRecipes|int} recipes of {firstWindow} and {lastShare|pct|1} of the {lastRecipes|int} of {lastWindow}: among the largest rises ({deltaPp|pp|1|diff:lastShare:firstShare}; {level|pct|0} interval {deltaLowerPp|pp|1} to {deltaUpperPp|pp|1}), with {count|int} other ${en.many} shown whose estimates lie inside that interval, “{next}” first ({nextDeltaPp|pp|1}).`,
      "riser.among#one": `“{item}” was found in {firstShare|pct|1} of the {firstRecipes|int} recipes of {firstWindow} and {lastShare|pct|1} of the {lastRecipes|int} of {lastWindow}: among the largest rises ({deltaPp|pp|1|diff:lastShare:firstShare}; {level|pct|0} interval {deltaLowerPp|pp|1} to {deltaUpperPp|pp|1}), with “{next}” ({nextDeltaPp|pp|1}), whose estimate lies inside that interval.`,
      faller:
        "“{item}” was found in {firstShare|pct|1} of the {firstRecipes|int} recipes of {firstWindow} and {lastShare|pct|1} of the {lastRecipes|int} of {lastWindow}: the largest fall ({deltaPp|pp|1|diff:lastShare:firstShare}; {level|pct|0} interval {deltaLowerPp|pp|1} to {deltaUpperPp|pp|1}).",
      "faller.among": `“{item}” was found in {firstShare|pct|1} of the {firstRecipes|int} recipes of {firstWindow} and {lastShare|pct|1} of the {lastRecipes|int} of {lastWindow}: among the largest falls ({deltaPp|pp|1|diff:lastShare:firstShare}; {level|pct|0} interval {deltaLowerPp|pp|1} to {deltaUpperPp|pp|1}), with {count|int} other ${en.many} shown whose estimates lie inside that interval, “{next}” first ({nextDeltaPp|pp|1}).`,
      "faller.among#one": `“{item}” was found in {firstShare|pct|1} of the {firstRecipes|int} recipes of {firstWindow} and {lastShare|pct|1} of the {lastRecipes|int} of {lastWindow}: among the largest falls ({deltaPp|pp|1|diff:lastShare:firstShare}; {level|pct|0} interval {deltaLowerPp|pp|1} to {deltaUpperPp|pp|1}), with “{next}” ({nextDeltaPp|pp|1}), whose estimate lies inside that interval.`,
      top_item: `“{item}” is ${en.theOne} found most often, in {occurrences|int} recipes ({share|pct|1} of all).`,
      "diversity.rise_fall": `The number of distinct ${en.many} went from {firstDistinct|int} in {firstYear} ({firstRecipes|int} recipes) to a peak of {peakDistinct|int} in {peakYear} ({peakRecipes|int} recipes), and stood at {lastDistinct|int} in {lastYear} ({lastRecipes|int} recipes).`,
      "diversity.rise_fall#tie": `The number of distinct ${en.many} went from {firstDistinct|int} in {firstYear} ({firstRecipes|int} recipes) to a peak of {peakDistinct|int}, reached in {peakYear|label}, and stood at {lastDistinct|int} in {lastYear} ({lastRecipes|int} recipes).`,
      "diversity.rise": `The number of distinct ${en.many} grew from {firstDistinct|int} in {firstYear} ({firstRecipes|int} recipes) to {lastDistinct|int} in {lastYear} ({lastRecipes|int} recipes), its highest.`,
      "diversity.fall": `The number of distinct ${en.many} was highest in {firstYear}, at {firstDistinct|int} ({firstRecipes|int} recipes), and stood at {lastDistinct|int} in {lastYear} ({lastRecipes|int} recipes).`
    },
    fr: {
      title: `Les ${fr.many} au fil des ans`,
      lede: fr.lede,
      method: `${capitalise(fr.aOne)} compte une fois par recette : sa fréquence est le nombre de recettes qui ${fr.e ? "la" : "le"} citent ({occurrences|int} couples recette-${fr.one}, {distinctItems|int} ${fr.many} distinct${fr.e}s). Sa part une année donnée est le nombre de recettes de l'année qui ${fr.e ? "la" : "le"} citent, divisé par toutes les recettes de l'année. Les hausses et les baisses comparent deux fenêtres d'années civiles complètes seulement : une année que les données ne couvrent que quelques mois (la première ou la dernière, quand les données commencent ou s'arrêtent en cours d'année) tient surtout d'une saison, et ses parts mesureraient la saison, pas l'année. La première fenêtre commence à la première année complète, {firstYear}, et la dernière s'achève à la dernière année complète, {lastYear} ; comme les années des extrémités comptent peu de recettes, chaque fenêtre réunit le moins d'années complètes possible, à son bout, pour atteindre au moins {minWindowRecipes|int} recettes, ici {firstWindow} ({firstYearRecipes|int} recettes) et {lastWindow} ({lastYearRecipes|int} recettes). Chaque évolution est donnée avec un intervalle à {intervalLevel|pct|0} (de Wald, les recettes des deux fenêtres étant distinctes). ${capitalise(fr.aOne)} absent${fr.e} d'une fenêtre y a une part nulle. Seul${fr.e}s les {eligibleItems|int} ${fr.many} présent${fr.e}s dans au moins {minOccurrences|int} recettes sont classé${fr.e}s, les {topN|int} premi${fr.e ? "ères" : "ers"} dans chaque sens, les ex æquo départagés par ordre alphabétique ; les {linesN|int} plus fortes évolutions de chaque sens sont suivies année par année, chaque part annuelle avec son intervalle de Wilson à {intervalLevel|pct|0} ${WILSON_DEFINITION.fr}. La diversité est le nombre ${fr.ofMany} distinct${fr.e}s utilisé${fr.e}s dans l'année ; elle croît avec le nombre de recettes et se lit donc avec le volume.${fr.excluded ? ` ${fr.excluded}` : ""}`,
      "kpi.distinct": `${fr.Many} distinct${fr.e}s`,
      "kpi.eligible": `${fr.Many} classé${fr.e}s par évolution (dans ≥ {minOccurrences|int} recettes)`,
      "kpi.occurrences": `Couples recette-${fr.one}`,
      "axis.year": "Année",
      "axis.interval": "Intervalle de confiance à {intervalLevel|pct|0} de la part annuelle",
      "axis.complete": "Année entière dans les données",
      "axis.complete_true": "Année complète",
      "axis.complete_false": "Année incomplète dans les données",
      "axis.dot_area": DOT_SIZE_YEAR_RECIPES.fr,
      "axis.lower": "Borne basse (intervalle à {intervalLevel|pct|0})",
      "axis.upper": "Borne haute (intervalle à {intervalLevel|pct|0})",
      "axis.item": fr.One,
      "axis.occurrences": fr.e ? "Recettes qui la citent" : "Recettes qui le citent",
      "axis.recipes": "Recettes publiées",
      "axis.first_share": "Part en {firstWindow}",
      "axis.last_share": "Part en {lastWindow}",
      "axis.distinct": `${fr.Many} distinct${fr.e}s`,
      "axis.delta": "Évolution de la part (points de pourcentage, pp)",
      "axis.delta_interval": "Intervalle de confiance à {intervalLevel|pct|0} de l'évolution",
      "axis.delta_lower": "Borne basse de l'évolution (intervalle à {intervalLevel|pct|0})",
      "axis.delta_upper": "Borne haute de l'évolution (intervalle à {intervalLevel|pct|0})",
      "axis.no_clear_change": "L'intervalle contient zéro : pas d'évolution nette",
      "axis.clear_change": "Évolution nette (intervalle sans zéro)",
      "axis.yes": "Oui",
      "axis.no": "Non",
      "axis.share": "Part des recettes de l'année",
      "axis.share_all": "Part de toutes les recettes",
      "axis.movement": "Sens",
      "axis.riser": "Part en hausse",
      "axis.faller": "Part en baisse",
      "axis.rank": "Rang",
      "figure.top.caption": `Les {topN|int} ${fr.many} les plus fréquent${fr.e}s`,
      "figure.top.description": `Diagramme en barres horizontales des {topN|int} ${fr.many} présent${fr.e}s dans le plus de recettes, ${fr.e ? "de la plus fréquente à la moins fréquente" : "du plus fréquent au moins fréquent"} ; la longueur de chaque barre est le nombre de recettes qui ${fr.e ? "la" : "le"} citent, sur {recipes|int}.`,
      "figure.diversity.caption": `${fr.Many} distinct${fr.e}s par année, {dataFirstYear}–{dataLastYear}`,
      "figure.diversity.description": `Graphique linéaire du nombre ${fr.ofMany} distinct${fr.e}s utilisé${fr.e}s chaque année, avec des points dont la taille suit le nombre de recettes de l'année : une année pauvre en recettes compte forcément moins ${fr.ofMany} distinct${fr.e}s.`,
      "figure.changes.caption": `${fr.Many} aux plus fortes hausses et baisses de part, de {firstWindow} à {lastWindow}`,
      "figure.changes.description": `Barres horizontales divergentes, annotées de leur valeur : à droite, les {topN|int} ${fr.many} dont la part des recettes a le plus augmenté entre {firstWindow} ({firstYearRecipes|int} recettes) et {lastWindow} ({lastYearRecipes|int} recettes), et à gauche les {topN|int} dont elle a le plus baissé, en points de pourcentage, parmi les ${fr.many} présent${fr.e}s dans au moins {minOccurrences|int} recettes. Une fenêtre ne réunit que des années civiles complètes ; écrite comme une plage d'années, elle regroupe des années qui comptent chacune trop peu de recettes. Un trait de la couleur du texte, au bout de chaque barre, couvre l'intervalle à {intervalLevel|pct|0} de son évolution ; quand les barres suivantes s'arrêtent dans l'intervalle de la première, les données ne disent pas laquelle a le plus monté ou baissé. Une barre grise, et non de la couleur de son côté, a un intervalle qui contient zéro : son évolution n'est pas nette.`,
      "figure.lines.caption": `Part annuelle des ${fr.many} aux plus fortes évolutions`,
      "figure.lines.description": `Petits multiples, un panneau par ${fr.one} nommé${fr.e} dans son coin, sur une échelle commune : la part des recettes de chaque année qui citent les {linesN|int} ${fr.many} en plus forte hausse (en brun) et les {linesN|int} en plus forte baisse (en bleu-vert), de {dataFirstYear} à {dataLastYear}, chacune dans une bande ombrée : son intervalle de confiance à {intervalLevel|pct|0}. Un point creux est une année que les données ne couvrent qu'en partie : sa part porte sur quelques mois de recettes, pas sur une année entière. Les années pauvres en recettes font sauter les courbes et élargissent les bandes.`,
      shift: `Entre {firstWindow} et {lastWindow}, « {riser} » montre la plus forte hausse estimée de sa part des recettes, de {riserDeltaPp|signed|1|unit:pct_points} (pp) avec un intervalle à {level|pct|0} de {riserLowerPp|signed|1} à {riserUpperPp|signed|1}, et « {faller} » la plus forte baisse estimée, de {fallerDeltaPp|pp|1} (de {fallerLowerPp|signed|1} à {fallerUpperPp|signed|1}).`,
      "shift.among": `Entre {firstWindow} et {lastWindow}, « {riser} » compte parmi les plus fortes hausses estimées de la part des recettes, de {riserDeltaPp|signed|1|unit:pct_points} (pp) avec un intervalle à {level|pct|0} de {riserLowerPp|signed|1} à {riserUpperPp|signed|1}, et « {faller} » parmi les plus fortes baisses estimées, de {fallerDeltaPp|pp|1} (de {fallerLowerPp|signed|1} à {fallerUpperPp|signed|1}) ; l'intervalle de la hausse contient l'estimation de {riserOthers|int|unit:${fr.unit}} en plus de « {riser} », celui de la baisse celle de {fallerOthers|int|unit:${fr.unit}} en plus de « {faller} » : les données ne disent donc pas ${fr.e ? "lesquelles" : "lesquels"} montent ou baissent le plus.`,
      "shift.among_rise": `Entre {firstWindow} et {lastWindow}, « {riser} » compte parmi les plus fortes hausses estimées de la part des recettes, de {riserDeltaPp|signed|1|unit:pct_points} (pp) avec un intervalle à {level|pct|0} de {riserLowerPp|signed|1} à {riserUpperPp|signed|1}, et « {faller} » montre la plus forte baisse estimée, de {fallerDeltaPp|pp|1} (de {fallerLowerPp|signed|1} à {fallerUpperPp|signed|1}) ; l'intervalle de la hausse contient l'estimation de {riserOthers|int|unit:${fr.unit}} en plus de « {riser} » : les données ne disent donc pas ${fr.e ? "laquelle" : "lequel"} monte le plus.`,
      "shift.among_fall": `Entre {firstWindow} et {lastWindow}, « {riser} » montre la plus forte hausse estimée de sa part des recettes, de {riserDeltaPp|signed|1|unit:pct_points} (pp) avec un intervalle à {level|pct|0} de {riserLowerPp|signed|1} à {riserUpperPp|signed|1}, et « {faller} » compte parmi les plus fortes baisses estimées, de {fallerDeltaPp|pp|1} (de {fallerLowerPp|signed|1} à {fallerUpperPp|signed|1}) ; l'intervalle de la baisse contient l'estimation de {fallerOthers|int|unit:${fr.unit}} en plus de « {faller} » : les données ne disent donc pas ${fr.e ? "laquelle" : "lequel"} baisse le plus.`,
      "plain.shift": `Entre {firstWindow} et {lastWindow}, « {riser} » a le plus gagné en part des recettes et « {faller} » le plus perdu.`,
      "plain.shift.among": `Entre {firstWindow} et {lastWindow}, les plus fortes hausses de part des recettes reviennent à « {riser} » et à {riserOthers|int|unit:other_${fr.unit}}, impossibles à départager ; les plus fortes baisses, à « {faller} » et à {fallerOthers|int|unit:other_${fr.unit}}, de même.`,
      "plain.shift.among_rise": `Entre {firstWindow} et {lastWindow}, les plus fortes hausses de part des recettes reviennent à « {riser} » et à {riserOthers|int|unit:other_${fr.unit}}, impossibles à départager ; la plus forte baisse, à « {faller} ».`,
      "plain.shift.among_fall": `Entre {firstWindow} et {lastWindow}, la plus forte hausse de part des recettes revient à « {riser} » ; les plus fortes baisses, à « {faller} » et à {fallerOthers|int|unit:other_${fr.unit}}, impossibles à départager.`,
      riser:
        "« {item} » figurait dans {firstShare|pct|1} des {firstRecipes|int} recettes de {firstWindow} et dans {lastShare|pct|1} des {lastRecipes|int} recettes de {lastWindow} : la plus forte hausse ({deltaPp|pp|1|diff:lastShare:firstShare} ; intervalle à {level|pct|0} de {deltaLowerPp|pp|1} à {deltaUpperPp|pp|1}).",
      "riser.among": `« {item} » figurait dans {firstShare|pct|1} des {firstRecipes|int} recettes de {firstWindow} et dans {lastShare|pct|1} des {lastRecipes|int} recettes de {lastWindow} : parmi les plus fortes hausses ({deltaPp|pp|1|diff:lastShare:firstShare} ; intervalle à {level|pct|0} de {deltaLowerPp|pp|1} à {deltaUpperPp|pp|1}), avec {count|int} autres ${fr.many} affiché${fr.e}s dont l'estimation tombe dans cet intervalle, « {next} » en tête ({nextDeltaPp|pp|1}).`,
      "riser.among#one": `« {item} » figurait dans {firstShare|pct|1} des {firstRecipes|int} recettes de {firstWindow} et dans {lastShare|pct|1} des {lastRecipes|int} recettes de {lastWindow} : parmi les plus fortes hausses ({deltaPp|pp|1|diff:lastShare:firstShare} ; intervalle à {level|pct|0} de {deltaLowerPp|pp|1} à {deltaUpperPp|pp|1}), avec « {next} » ({nextDeltaPp|pp|1}), dont l'estimation tombe dans cet intervalle.`,
      faller:
        "« {item} » figurait dans {firstShare|pct|1} des {firstRecipes|int} recettes de {firstWindow} et dans {lastShare|pct|1} des {lastRecipes|int} recettes de {lastWindow} : la plus forte baisse ({deltaPp|pp|1|diff:lastShare:firstShare} ; intervalle à {level|pct|0} de {deltaLowerPp|pp|1} à {deltaUpperPp|pp|1}).",
      "faller.among": `« {item} » figurait dans {firstShare|pct|1} des {firstRecipes|int} recettes de {firstWindow} et dans {lastShare|pct|1} des {lastRecipes|int} recettes de {lastWindow} : parmi les plus fortes baisses ({deltaPp|pp|1|diff:lastShare:firstShare} ; intervalle à {level|pct|0} de {deltaLowerPp|pp|1} à {deltaUpperPp|pp|1}), avec {count|int} autres ${fr.many} affiché${fr.e}s dont l'estimation tombe dans cet intervalle, « {next} » en tête ({nextDeltaPp|pp|1}).`,
      "faller.among#one": `« {item} » figurait dans {firstShare|pct|1} des {firstRecipes|int} recettes de {firstWindow} et dans {lastShare|pct|1} des {lastRecipes|int} recettes de {lastWindow} : parmi les plus fortes baisses ({deltaPp|pp|1|diff:lastShare:firstShare} ; intervalle à {level|pct|0} de {deltaLowerPp|pp|1} à {deltaUpperPp|pp|1}), avec « {next} » ({nextDeltaPp|pp|1}), dont l'estimation tombe dans cet intervalle.`,
      top_item: `« {item} » est ${fr.theOne} ${fr.e ? "la plus fréquente, présente" : "le plus fréquent, présent"} dans {occurrences|int} recettes ({share|pct|1} du total).`,
      "diversity.rise_fall": `Le nombre ${fr.ofMany} distinct${fr.e}s est passé de {firstDistinct|int} en {firstYear} ({firstRecipes|int} recettes) à un pic de {peakDistinct|int} en {peakYear} ({peakRecipes|int} recettes), pour s'établir à {lastDistinct|int} en {lastYear} ({lastRecipes|int} recettes).`,
      "diversity.rise_fall#tie": `Le nombre ${fr.ofMany} distinct${fr.e}s est passé de {firstDistinct|int} en {firstYear} ({firstRecipes|int} recettes) à un pic de {peakDistinct|int} (années {peakYear|label}), pour s'établir à {lastDistinct|int} en {lastYear} ({lastRecipes|int} recettes).`,
      "diversity.rise": `Le nombre ${fr.ofMany} distinct${fr.e}s est passé de {firstDistinct|int} en {firstYear} ({firstRecipes|int} recettes) à {lastDistinct|int} en {lastYear} ({lastRecipes|int} recettes), son plus haut niveau.`,
      "diversity.fall": `Le nombre ${fr.ofMany} distinct${fr.e}s était au plus haut en {firstYear}, à {firstDistinct|int} ({firstRecipes|int} recettes), et s'établissait à {lastDistinct|int} en {lastYear} ({lastRecipes|int} recettes).`
    }
  };
}
