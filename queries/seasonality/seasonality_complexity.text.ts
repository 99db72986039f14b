/** English and French text of the complexity-by-season analysis. */
import {PICKED_GAP_CLAIM, PICKED_GAP_METHOD} from "../_meanInterval.text.js";
import type {TextModule} from "../../pipeline/narrative.js";

/** Titles, labels, method and claim templates, in English and French. */
export const text = {
  en: {
    title: "Recipe complexity by season",
    lede: "Are the recipes posted in some seasons more elaborate than others? The complexity score, in points, adds the natural logarithm of (one + preparation time in minutes), the number of steps and half the number of ingredients.",
    method: `Three measures per recipe: the complexity score, in points (the natural logarithm of (one + minutes), plus the number of steps, plus half the number of ingredients), the number of steps and the number of ingredients. For each season of the posting date we report means, medians and, for the score, the standard deviation and quartiles. Steps and ingredients are small whole numbers with many ties and the score is skewed, so each measure's seasonal distributions are compared with a Kruskal–Wallis rank test (average ranks for ties, tie-corrected) at α = {alpha|2}: it tests whether the seasons' ranks differ, not whether their means do, and its effect size ε² is the share of the variance of the ranks that the season explains. ${PICKED_GAP_METHOD.en("score, number of steps or number of ingredients")} Each season's mean is drawn with its {intervalLevel|pct|0} Student t interval.`,
    "kpi.score": "Most complex season (mean score)",
    "kpi.steps": "Most steps (mean)",
    "kpi.ingredients": "Most ingredients (mean)",
    "axis.season": "Season",
    "axis.season_Winter": "Winter",
    "axis.season_Spring": "Spring",
    "axis.season_Summer": "Summer",
    "axis.season_Autumn": "Autumn",
    "axis.recipes": "Recipes",
    "axis.mean": "Mean",
    "axis.median": "Median",
    "axis.q25": "First quartile",
    "axis.q75": "Third quartile",
    "axis.std": "Standard deviation",
    "axis.iqr": "Interquartile range",
    "axis.measure": "Measure",
    "axis.per_recipe": "Mean per recipe",
    "axis.not_significant": "not significant",
    "axis.score": "Complexity score",
    "axis.steps": "Steps per recipe",
    "axis.ingredients": "Ingredients per recipe",
    "axis.interval": "{intervalLevel|pct|0} confidence interval of the mean",
    "axis.interval_hidden_all":
      "Each {intervalLevel|pct|0} interval is narrower than its dot: its bounds are in the data table",
    "axis.interval_hidden_some": "An interval narrower than its dot is hidden by it: its bounds are in the data table",
    "axis.lower": "Lower bound of the mean's interval",
    "axis.upper": "Upper bound of the mean's interval",
    "figure.score.caption":
      "Complexity score per season: mean with its {intervalLevel|pct|0} interval, median and interquartile range",
    "figure.score.description":
      "For each season a dot at the mean complexity score, labelled with its value, on a dark line spanning its {intervalLevel|pct|0} confidence interval, a tick at the median and a band from the first to the third quartile, with the Kruskal–Wallis result above the chart. The highest mean is {highest|label|in}, {highestMean|2}, and the lowest {lowest|label|in}, {lowestMean|2}.",
    "figure.counts.caption": "Mean number of steps and of ingredients per season, with {intervalLevel|pct|0} intervals",
    "figure.counts.description":
      "Two panels, one for the mean number of steps and one for the mean number of ingredients per recipe, with a dot per season joined to zero, labelled with its value and drawn on a dark line spanning its {intervalLevel|pct|0} confidence interval, on axes that start at zero so that gaps keep their true size; each panel states its Kruskal–Wallis result.",
    "score.significant": `Recipes posted {highest|label|in} are the most complex (mean score {highestMean|2} points) and those posted {lowest|label|in} the simplest ({lowestMean|2}): a gap of {gap|2|diff:highestMean:lowestMean|unit:points} ({intervalLevel|pct|0} Welch interval of the gap {gapLower|2} to {gapUpper|2}${PICKED_GAP_CLAIM.en}). A Kruskal–Wallis test on the ranks finds that the seasons' distributions differ (H = {H|1}, {df} df, {p|p}), with a {effect|label} effect on the ranks by Cohen's benchmarks (ε² = {epsilonSquared|sig|2}).`,
    "score.significant#tie": `The most complex recipes, with a mean score of {highestMean|2} points, are those posted {highest|label|in|tied}, and the simplest, at {lowestMean|2}, those posted {lowest|label|in|tied}. The gap is {gap|2|diff:highestMean:lowestMean|unit:points} ({intervalLevel|pct|0} Welch interval of the gap {gapLower|2} to {gapUpper|2}${PICKED_GAP_CLAIM.en}). A Kruskal–Wallis test on the ranks finds that the seasons' distributions differ (H = {H|1}, {df} df, {p|p}), with a {effect|label} effect on the ranks by Cohen's benchmarks (ε² = {epsilonSquared|sig|2}).`,
    "score.not_significant":
      "A Kruskal–Wallis test on the ranks finds no significant difference between the seasons' distributions of the complexity score (H = {H|1}, {df} df, {p|p}); its mean ranges from {lowestMean|2} {lowest|label|in} to {highestMean|2} {highest|label|in}.",
    "score.not_significant#tie":
      "A Kruskal–Wallis test on the ranks finds no significant difference between the seasons' distributions of the complexity score (H = {H|1}, {df} df, {p|p}); its mean ranges from {lowestMean|2} {lowest|label|in|tied} to {highestMean|2} {highest|label|in|tied}.",
    "steps.significant": `Recipes have the most steps {highest|label|in}, {highestMean|2} on average, and the fewest {lowest|label|in}, {lowestMean|2}: a gap of {gap|2|diff:highestMean:lowestMean|unit:steps} ({intervalLevel|pct|0} Welch interval of the gap {gapLower|2} to {gapUpper|2}${PICKED_GAP_CLAIM.en}). A Kruskal–Wallis test on the ranks finds that the seasons' distributions differ (H = {H|1}, {df} df, {p|p}), with a {effect|label} effect on the ranks by Cohen's benchmarks (ε² = {epsilonSquared|sig|2}).`,
    "steps.significant#tie": `Recipes have the most steps, {highestMean|2} on average, {highest|label|in|tied}, and the fewest, {lowestMean|2}, {lowest|label|in|tied}. The gap is {gap|2|diff:highestMean:lowestMean|unit:steps} ({intervalLevel|pct|0} Welch interval of the gap {gapLower|2} to {gapUpper|2}${PICKED_GAP_CLAIM.en}). A Kruskal–Wallis test on the ranks finds that the seasons' distributions differ (H = {H|1}, {df} df, {p|p}), with a {effect|label} effect on the ranks by Cohen's benchmarks (ε² = {epsilonSquared|sig|2}).`,
    "steps.not_significant":
      "A Kruskal–Wallis test on the ranks finds no significant difference between the seasons' distributions of the number of steps (H = {H|1}, {p|p}): the means range from {lowestMean|2} {lowest|label|in} to {highestMean|2} {highest|label|in}.",
    "steps.not_significant#tie":
      "A Kruskal–Wallis test on the ranks finds no significant difference between the seasons' distributions of the number of steps (H = {H|1}, {p|p}): the means range from {lowestMean|2} {lowest|label|in|tied} to {highestMean|2} {highest|label|in|tied}.",
    "ingredients.significant": `Recipes have the most ingredients {highest|label|in}, {highestMean|2} on average, and the fewest {lowest|label|in}, {lowestMean|2}: a gap of {gap|2|diff:highestMean:lowestMean|unit:ingredients} ({intervalLevel|pct|0} Welch interval of the gap {gapLower|2} to {gapUpper|2}${PICKED_GAP_CLAIM.en}). A Kruskal–Wallis test on the ranks finds that the seasons' distributions differ (H = {H|1}, {df} df, {p|p}), with a {effect|label} effect on the ranks by Cohen's benchmarks (ε² = {epsilonSquared|sig|2}).`,
    "ingredients.significant#tie": `Recipes have the most ingredients, {highestMean|2} on average, {highest|label|in|tied}, and the fewest, {lowestMean|2}, {lowest|label|in|tied}. The gap is {gap|2|diff:highestMean:lowestMean|unit:ingredients} ({intervalLevel|pct|0} Welch interval of the gap {gapLower|2} to {gapUpper|2}${PICKED_GAP_CLAIM.en}). A Kruskal–Wallis test on the ranks finds that the seasons' distributions differ (H = {H|1}, {df} df, {p|p}), with a {effect|label} effect on the ranks by Cohen's benchmarks (ε² = {epsilonSquared|sig|2}).`,
    "ingredients.not_significant":
      "A Kruskal–Wallis test on the ranks finds no significant difference between the seasons' distributions of the number of ingredients (H = {H|1}, {p|p}): the means range from {lowestMean|2} {lowest|label|in} to {highestMean|2} {highest|label|in}.",
    "ingredients.not_significant#tie":
      "A Kruskal–Wallis test on the ranks finds no significant difference between the seasons' distributions of the number of ingredients (H = {H|1}, {p|p}): the means range from {lowestMean|2} {lowest|label|in|tied} to {highestMean|2} {highest|label|in|tied}.",
    "plain.score.significant":
      "Recipes posted {highest|label|in} score {highestMean|2} on complexity against {lowestMean|2} for those posted {lowest|label|in}, a gap of {gap|2|diff:highestMean:lowestMean|unit:points}.",
    "plain.score.significant#tie":
      "Recipes posted {highest|label|in|tied} score {highestMean|2} on complexity against {lowestMean|2} for those posted {lowest|label|in|tied}, a gap of {gap|2|diff:highestMean:lowestMean|unit:points}.",
    "plain.score.not_significant": "Recipes are about as complex whatever the season."
  },
  fr: {
    title: "Complexité des recettes selon la saison",
    lede: "Les recettes publiées à certaines saisons sont-elles plus élaborées que les autres ? Le score de complexité, en points, additionne le logarithme népérien du temps de préparation en minutes augmenté de un, le nombre d'étapes et la moitié du nombre d'ingrédients.",
    method: `Trois mesures par recette : le score de complexité, en points (logarithme népérien des minutes augmentées de un, plus le nombre d'étapes, plus la moitié du nombre d'ingrédients), le nombre d'étapes et le nombre d'ingrédients. Pour chaque saison de publication, on donne moyennes et médianes, ainsi que l'écart type et les quartiles du score. Étapes et ingrédients sont de petits entiers, avec beaucoup d'ex æquo, et le score est asymétrique : les distributions saisonnières de chaque mesure sont donc comparées par un test de Kruskal–Wallis sur les rangs (rangs moyens pour les ex æquo, avec correction), au seuil α = {alpha|2} : il teste si les rangs des saisons diffèrent, pas si leurs moyennes diffèrent, et sa taille d'effet ε² est la part de la variance des rangs qu'explique la saison. ${PICKED_GAP_METHOD.fr("du score, du nombre d'étapes ou du nombre d'ingrédients")} La moyenne de chaque saison est tracée avec son intervalle de Student à {intervalLevel|pct|0}.`,
    "kpi.score": "Saison la plus complexe (score moyen)",
    "kpi.steps": "Le plus d'étapes (moyenne)",
    "kpi.ingredients": "Le plus d'ingrédients (moyenne)",
    "axis.season": "Saison",
    "axis.season_Winter": "Hiver",
    "axis.season_Spring": "Printemps",
    "axis.season_Summer": "Été",
    "axis.season_Autumn": "Automne",
    "axis.recipes": "Recettes",
    "axis.mean": "Moyenne",
    "axis.median": "Médiane",
    "axis.q25": "Premier quartile",
    "axis.q75": "Troisième quartile",
    "axis.std": "Écart-type",
    "axis.iqr": "Écart interquartile",
    "axis.measure": "Mesure",
    "axis.per_recipe": "Moyenne par recette",
    "axis.not_significant": "non significatif",
    "axis.score": "Score de complexité",
    "axis.steps": "Étapes par recette",
    "axis.ingredients": "Ingrédients par recette",
    "axis.interval": "Intervalle de confiance à {intervalLevel|pct|0} de la moyenne",
    "axis.interval_hidden_all":
      "Chaque intervalle à {intervalLevel|pct|0} est plus étroit que son point : ses bornes sont dans le tableau des données",
    "axis.interval_hidden_some":
      "Un intervalle plus étroit que son point est caché par lui : ses bornes sont dans le tableau des données",
    "axis.lower": "Borne basse de l'intervalle de la moyenne",
    "axis.upper": "Borne haute de l'intervalle de la moyenne",
    "figure.score.caption":
      "Score de complexité par saison : moyenne avec son intervalle à {intervalLevel|pct|0}, médiane et écart interquartile",
    "figure.score.description":
      "Pour chaque saison, un point à la moyenne du score de complexité, annoté de sa valeur et posé sur un trait sombre couvrant son intervalle de confiance à {intervalLevel|pct|0}, un trait à la médiane et une bande du premier au troisième quartile, avec le résultat du test de Kruskal–Wallis au-dessus du graphique. La moyenne la plus haute s'observe {highest|label|in}, {highestMean|2}, la plus basse {lowest|label|in}, {lowestMean|2}.",
    "figure.counts.caption":
      "Nombre moyen d'étapes et d'ingrédients par saison, avec les intervalles à {intervalLevel|pct|0}",
    "figure.counts.description":
      "Deux panneaux, l'un pour le nombre moyen d'étapes, l'autre pour le nombre moyen d'ingrédients par recette, avec un point par saison relié à zéro, annoté de sa valeur et posé sur un trait sombre couvrant son intervalle de confiance à {intervalLevel|pct|0}, sur des axes qui partent de zéro pour que les écarts gardent leur vraie taille ; chaque panneau indique le résultat de son test de Kruskal–Wallis.",
    "score.significant": `Les recettes publiées {highest|label|in} sont les plus complexes (score moyen {highestMean|2} points) et celles publiées {lowest|label|in} les plus simples ({lowestMean|2}) : un écart de {gap|2|diff:highestMean:lowestMean|unit:points} (intervalle de Welch à {intervalLevel|pct|0} de l'écart : {gapLower|2} à {gapUpper|2}${PICKED_GAP_CLAIM.fr}). Un test de Kruskal–Wallis sur les rangs conclut que les distributions des saisons diffèrent (H = {H|1}, {df} ddl, {p|p}), avec un effet {effect|label} sur les rangs selon les repères de Cohen (ε² = {epsilonSquared|sig|2}).`,
    "score.significant#tie": `Les recettes les plus complexes, avec un score moyen de {highestMean|2} points, sont celles publiées {highest|label|in|tied}, et les plus simples, à {lowestMean|2}, celles publiées {lowest|label|in|tied}. L'écart est de {gap|2|diff:highestMean:lowestMean|unit:points} (intervalle de Welch à {intervalLevel|pct|0} de l'écart : {gapLower|2} à {gapUpper|2}${PICKED_GAP_CLAIM.fr}). Un test de Kruskal–Wallis sur les rangs conclut que les distributions des saisons diffèrent (H = {H|1}, {df} ddl, {p|p}), avec un effet {effect|label} sur les rangs selon les repères de Cohen (ε² = {epsilonSquared|sig|2}).`,
    "score.not_significant":
      "Un test de Kruskal–Wallis sur les rangs ne trouve pas de différence significative entre les distributions du score de complexité des saisons (H = {H|1}, {df} ddl, {p|p}) ; sa moyenne va de {lowestMean|2} {lowest|label|in} à {highestMean|2} {highest|label|in}.",
    "score.not_significant#tie":
      "Un test de Kruskal–Wallis sur les rangs ne trouve pas de différence significative entre les distributions du score de complexité des saisons (H = {H|1}, {df} ddl, {p|p}) ; sa moyenne va de {lowestMean|2} {lowest|label|in|tied} à {highestMean|2} {highest|label|in|tied}.",
    "steps.significant": `Les recettes comptent le plus d'étapes {highest|label|in}, {highestMean|2} en moyenne, et le moins {lowest|label|in}, {lowestMean|2} : un écart de {gap|2|diff:highestMean:lowestMean|unit:steps} (intervalle de Welch à {intervalLevel|pct|0} de l'écart : {gapLower|2} à {gapUpper|2}${PICKED_GAP_CLAIM.fr}). Un test de Kruskal–Wallis sur les rangs conclut que les distributions des saisons diffèrent (H = {H|1}, {df} ddl, {p|p}), avec un effet {effect|label} sur les rangs selon les repères de Cohen (ε² = {epsilonSquared|sig|2}).`,
    "steps.significant#tie": `Les recettes comptent le plus d'étapes, {highestMean|2} en moyenne, {highest|label|in|tied}, et le moins, {lowestMean|2}, {lowest|label|in|tied}. L'écart est de {gap|2|diff:highestMean:lowestMean|unit:steps} (intervalle de Welch à {intervalLevel|pct|0} de l'écart : {gapLower|2} à {gapUpper|2}${PICKED_GAP_CLAIM.fr}). Un test de Kruskal–Wallis sur les rangs conclut que les distributions des saisons diffèrent (H = {H|1}, {df} ddl, {p|p}), avec un effet {effect|label} sur les rangs selon les repères de Cohen (ε² = {epsilonSquared|sig|2}).`,
    "steps.not_significant":
      "Un test de Kruskal–Wallis sur les rangs ne trouve pas de différence significative entre les distributions du nombre d'étapes des saisons (H = {H|1}, {p|p}) : les moyennes vont de {lowestMean|2} {lowest|label|in} à {highestMean|2} {highest|label|in}.",
    "steps.not_significant#tie":
      "Un test de Kruskal–Wallis sur les rangs ne trouve pas de différence significative entre les distributions du nombre d'étapes des saisons (H = {H|1}, {p|p}) : les moyennes vont de {lowestMean|2} {lowest|label|in|tied} à {highestMean|2} {highest|label|in|tied}.",
    "ingredients.significant": `Les recettes comptent le plus d'ingrédients {highest|label|in}, {highestMean|2} en moyenne, et le moins {lowest|label|in}, {lowestMean|2} : un écart de {gap|2|diff:highestMean:lowestMean|unit:ingredients} (intervalle de Welch à {intervalLevel|pct|0} de l'écart : {gapLower|2} à {gapUpper|2}${PICKED_GAP_CLAIM.fr}). Un test de Kruskal–Wallis sur les rangs conclut que les distributions des saisons diffèrent (H = {H|1}, {df} ddl, {p|p}), avec un effet {effect|label} sur les rangs selon les repères de Cohen (ε² = {epsilonSquared|sig|2}).`,
    "ingredients.significant#tie": `Les recettes comptent le plus d'ingrédients, {highestMean|2} en moyenne, {highest|label|in|tied}, et le moins, {lowestMean|2}, {lowest|label|in|tied}. L'écart est de {gap|2|diff:highestMean:lowestMean|unit:ingredients} (intervalle de Welch à {intervalLevel|pct|0} de l'écart : {gapLower|2} à {gapUpper|2}${PICKED_GAP_CLAIM.fr}). Un test de Kruskal–Wallis sur les rangs conclut que les distributions des saisons diffèrent (H = {H|1}, {df} ddl, {p|p}), avec un effet {effect|label} sur les rangs selon les repères de Cohen (ε² = {epsilonSquared|sig|2}).`,
    "ingredients.not_significant":
      "Un test de Kruskal–Wallis sur les rangs ne trouve pas de différence significative entre les distributions du nombre d'ingrédients des saisons (H = {H|1}, {p|p}) : les moyennes vont de {lowestMean|2} {lowest|label|in} à {highestMean|2} {highest|label|in}.",
    "ingredients.not_significant#tie":
      "Un test de Kruskal–Wallis sur les rangs ne trouve pas de différence significative entre les distributions du nombre d'ingrédients des saisons (H = {H|1}, {p|p}) : les moyennes vont de {lowestMean|2} {lowest|label|in|tied} à {highestMean|2} {highest|label|in|tied}.",
    "plain.score.significant":
      "Les recettes publiées {highest|label|in} obtiennent un score de complexité de {highestMean|2}, contre {lowestMean|2} pour celles publiées {lowest|label|in}, soit un écart de {gap|2|diff:highestMean:lowestMean|unit:points}.",
    "plain.score.significant#tie":
      "Les recettes publiées {highest|label|in|tied} obtiennent un score de complexité de {highestMean|2}, contre {lowestMean|2} pour celles publiées {lowest|label|in|tied}, soit un écart de {gap|2|diff:highestMean:lowestMean|unit:points}.",
    "plain.score.not_significant": "Les recettes sont à peu près aussi élaborées quelle que soit la saison."
  }
} satisfies TextModule;
