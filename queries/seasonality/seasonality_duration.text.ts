/** English and French text of the preparation-time-by-season analysis. */
import {PICKED_GAP_CLAIM, PICKED_GAP_METHOD, PICKED_GAP_TILE} from "../_meanInterval.text.js";
import type {TextModule} from "../../pipeline/narrative.js";

/** Titles, labels, method and claim templates, in English and French. */
export const text = {
  en: {
    title: "Preparation time by season",
    lede: "Do recipes posted in some seasons take longer to make?",
    method: `For each season of the posting date: the mean, the median and the quartiles of the preparation time in minutes (quartiles interpolated linearly between the two nearest recipes), and box-plot whiskers that reach the most extreme recipe within {whiskerIqr|1} times the interquartile range of the quartiles; recipes beyond are counted, not drawn one by one. Preparation times are skewed and heavily tied on round values, so the seasons' distributions are compared with a Kruskal–Wallis rank test (average ranks for ties, with the tie correction) rather than an ANOVA, at α = {alpha|2}: it tests whether the seasons' ranks differ, not whether their means do, and its effect size ε² is the share of the variance of the ranks that the season explains. ${PICKED_GAP_METHOD.en("preparation time")} Each season's mean is drawn with its {intervalLevel|pct|0} Student t interval.`,
    "kpi.longest": "Longest season (mean)",
    "kpi.shortest": "Shortest season (mean)",
    "kpi.gap": "Gap between seasons (min)",
    "kpi.gapInterval": PICKED_GAP_TILE.en(1),
    "kpi.overallMean": "Mean over all recipes (min)",
    "axis.season": "Season",
    "axis.season_Winter": "Winter",
    "axis.season_Spring": "Spring",
    "axis.season_Summer": "Summer",
    "axis.season_Autumn": "Autumn",
    "axis.recipes": "Recipes",
    "axis.mean": "Mean (minutes)",
    "axis.median": "Median (minutes)",
    "axis.overall_mean": "Mean over all recipes",
    "axis.q25": "First quartile",
    "axis.q75": "Third quartile",
    "axis.whisker_low": "Lower whisker",
    "axis.whisker_high": "Upper whisker",
    "axis.outliers": "Recipes beyond the upper whisker",
    "axis.max": "Longest (minutes)",
    "axis.outliers_note": "+n: recipes beyond the upper whisker",
    "axis.not_significant": "not significant",
    "axis.minutes": "Preparation time (minutes)",
    "axis.interval": "{intervalLevel|pct|0} confidence interval of the mean",
    "axis.interval_hidden_all":
      "Each {intervalLevel|pct|0} interval is narrower than its dot: its bounds are in the data table",
    "axis.interval_hidden_some": "An interval narrower than its dot is hidden by it: its bounds are in the data table",
    "axis.lower": "Lower bound of the mean's interval",
    "axis.upper": "Upper bound of the mean's interval",
    "figure.means.caption":
      "Mean preparation time per season with its {intervalLevel|pct|0} interval, against the mean over all recipes",
    "figure.means.description":
      "Dot plot of the mean preparation time per season, each dot labelled with its value and drawn on a line spanning its {intervalLevel|pct|0} confidence interval, on an axis that starts at zero, with a dashed line at the mean over all recipes and the Kruskal–Wallis result above the chart. The longest mean is {longest|label|in}, {longestMean|1} minutes, and the shortest {shortest|label|in}, {shortestMean|1} minutes.",
    "figure.boxes.caption": "Distribution of preparation time per season",
    "figure.boxes.description":
      "One box per season from the first to the third quartile with a thick line at the median and a diamond at the mean; whiskers reach the most extreme recipe within {whiskerIqr|1} times the interquartile range of the box, and the number of recipes beyond is written above the whisker's end (+n).",
    "duration.significant": `Recipes posted {longest|label|in} take longest, {longestMean|1} minutes on average, and those posted {shortest|label|in} the shortest, {shortestMean|1} minutes: a gap of {gap|1|diff:longestMean:shortestMean} minutes between the means ({intervalLevel|pct|0} Welch interval {gapLower|1} to {gapUpper|1}${PICKED_GAP_CLAIM.en}). A Kruskal–Wallis test on the ranks finds that the seasons' distributions differ (H = {H|1}, {df} df, {p|p}), with a {effect|label} effect on the ranks by Cohen's benchmarks (ε² = {epsilonSquared|sig|2}, the share of the ranks' variance the season explains).`,
    "duration.significant#tie": `The longest mean preparation time, {longestMean|1} minutes, is {longest|label|in|tied}, and the shortest, {shortestMean|1} minutes, {shortest|label|in|tied}. The gap between the means is {gap|1|diff:longestMean:shortestMean} minutes ({intervalLevel|pct|0} Welch interval {gapLower|1} to {gapUpper|1}${PICKED_GAP_CLAIM.en}). A Kruskal–Wallis test on the ranks finds that the seasons' distributions differ (H = {H|1}, {df} df, {p|p}), with a {effect|label} effect on the ranks by Cohen's benchmarks (ε² = {epsilonSquared|sig|2}, the share of the ranks' variance the season explains).`,
    "duration.not_significant":
      "A Kruskal–Wallis test on the ranks finds no significant difference between the seasons' distributions of preparation time (H = {H|1}, {df} df, {p|p}): the means range from {shortestMean|1} minutes {shortest|label|in} to {longestMean|1} minutes {longest|label|in}.",
    "medians.equal":
      "Every season has the same median, {median|1} minutes: the gap comes from the longer recipes, not the typical one.",
    "medians.differ":
      "The medians also differ, from {lowestMedian|1} minutes {lowest|label|in} to {highestMedian|1} minutes {highest|label|in}.",
    long_tail:
      "Recipes beyond the upper whisker are most frequent {season|label|in}: {share|pct|1} of that season's recipes take longer than {whiskerHigh|int} minutes.",
    "long_tail#tie":
      "Recipes beyond the upper whisker are most frequent {season|label|in|tied}, {share|pct|1} of each season's recipes, each past its own whisker.",
    "long_tail.even":
      "Recipes beyond the upper whisker are as frequent in every season: {share|pct|1} of each season's recipes lie past its own whisker.",
    "plain.duration.significant":
      "Recipes posted {longest|label|in} take {gap|1|diff:longestMean:shortestMean} minutes more on average than those posted {shortest|label|in} ({longestMean|1} against {shortestMean|1} minutes).",
    "plain.duration.significant#tie":
      "The longest mean preparation time is {longest|label|in}, {gap|1|diff:longestMean:shortestMean} minutes above the shortest, {shortest|label|in} ({longestMean|1} against {shortestMean|1} minutes).",
    "plain.duration.not_significant": "Recipes take about as long to prepare whatever the season."
  },
  fr: {
    title: "Temps de préparation selon la saison",
    lede: "Les recettes publiées à certaines saisons demandent-elles plus de temps ?",
    method: `Pour chaque saison de publication : la moyenne, la médiane et les quartiles du temps de préparation en minutes (quartiles interpolés linéairement entre les deux recettes les plus proches), et des moustaches qui s'arrêtent à la recette la plus extrême située à moins de {whiskerIqr|1} fois l'écart interquartile des quartiles ; les recettes au-delà sont comptées, pas dessinées une à une. Les temps de préparation sont asymétriques et très souvent arrondis, d'où de nombreux ex æquo : les distributions des saisons sont donc comparées par un test de Kruskal–Wallis sur les rangs (rangs moyens pour les ex æquo, avec la correction associée) plutôt que par une ANOVA, au seuil α = {alpha|2} : il teste si les rangs des saisons diffèrent, pas si leurs moyennes diffèrent, et sa taille d'effet ε² est la part de la variance des rangs qu'explique la saison. ${PICKED_GAP_METHOD.fr("du temps de préparation")} La moyenne de chaque saison est tracée avec son intervalle de Student à {intervalLevel|pct|0}.`,
    "kpi.longest": "Saison la plus longue (moyenne)",
    "kpi.shortest": "Saison la plus courte (moyenne)",
    "kpi.gap": "Écart entre saisons (min)",
    "kpi.gapInterval": PICKED_GAP_TILE.fr(1),
    "kpi.overallMean": "Moyenne sur toutes les recettes (min)",
    "axis.season": "Saison",
    "axis.season_Winter": "Hiver",
    "axis.season_Spring": "Printemps",
    "axis.season_Summer": "Été",
    "axis.season_Autumn": "Automne",
    "axis.recipes": "Recettes",
    "axis.mean": "Moyenne (minutes)",
    "axis.median": "Médiane (minutes)",
    "axis.overall_mean": "Moyenne sur toutes les recettes",
    "axis.q25": "Premier quartile",
    "axis.q75": "Troisième quartile",
    "axis.whisker_low": "Moustache basse",
    "axis.whisker_high": "Moustache haute",
    "axis.outliers": "Recettes au-delà de la moustache haute",
    "axis.max": "Plus long (minutes)",
    "axis.outliers_note": "+n : recettes au-delà de la moustache haute",
    "axis.not_significant": "non significatif",
    "axis.minutes": "Temps de préparation (minutes)",
    "axis.interval": "Intervalle de confiance à {intervalLevel|pct|0} de la moyenne",
    "axis.interval_hidden_all":
      "Chaque intervalle à {intervalLevel|pct|0} est plus étroit que son point : ses bornes sont dans le tableau des données",
    "axis.interval_hidden_some":
      "Un intervalle plus étroit que son point est caché par lui : ses bornes sont dans le tableau des données",
    "axis.lower": "Borne basse de l'intervalle de la moyenne",
    "axis.upper": "Borne haute de l'intervalle de la moyenne",
    "figure.means.caption":
      "Temps de préparation moyen par saison avec son intervalle à {intervalLevel|pct|0}, face à la moyenne sur toutes les recettes",
    "figure.means.description":
      "Diagramme en points du temps de préparation moyen par saison, chaque point annoté de sa valeur et posé sur un trait couvrant son intervalle de confiance à {intervalLevel|pct|0}, sur un axe qui part de zéro, avec une ligne en tirets à la moyenne sur toutes les recettes et le résultat du test de Kruskal–Wallis au-dessus du graphique. La moyenne la plus longue s'observe {longest|label|in}, {longestMean|1} minutes, la plus courte {shortest|label|in}, {shortestMean|1} minutes.",
    "figure.boxes.caption": "Distribution du temps de préparation par saison",
    "figure.boxes.description":
      "Une boîte par saison, du premier au troisième quartile, avec un trait épais à la médiane et un losange à la moyenne ; les moustaches s'arrêtent à la recette la plus extrême située à moins de {whiskerIqr|1} fois l'écart interquartile de la boîte, et le nombre de recettes au-delà est inscrit au-dessus du bout de la moustache (+n).",
    "duration.significant": `Les recettes publiées {longest|label|in} sont les plus longues, {longestMean|1} minutes en moyenne, et celles publiées {shortest|label|in} les plus courtes, {shortestMean|1} minutes : un écart de {gap|1|diff:longestMean:shortestMean} minutes entre les moyennes (intervalle de Welch à {intervalLevel|pct|0} : {gapLower|1} à {gapUpper|1}${PICKED_GAP_CLAIM.fr}). Un test de Kruskal–Wallis sur les rangs conclut que les distributions des saisons diffèrent (H = {H|1}, {df} ddl, {p|p}), avec un effet {effect|label} sur les rangs selon les repères de Cohen (ε² = {epsilonSquared|sig|2}, part de la variance des rangs qu'explique la saison).`,
    "duration.significant#tie": `Le temps de préparation moyen le plus long, {longestMean|1} minutes, s'observe {longest|label|in|tied}, et le plus court, {shortestMean|1} minutes, {shortest|label|in|tied}. L'écart entre les moyennes est de {gap|1|diff:longestMean:shortestMean} minutes (intervalle de Welch à {intervalLevel|pct|0} : {gapLower|1} à {gapUpper|1}${PICKED_GAP_CLAIM.fr}). Un test de Kruskal–Wallis sur les rangs conclut que les distributions des saisons diffèrent (H = {H|1}, {df} ddl, {p|p}), avec un effet {effect|label} sur les rangs selon les repères de Cohen (ε² = {epsilonSquared|sig|2}, part de la variance des rangs qu'explique la saison).`,
    "duration.not_significant":
      "Un test de Kruskal–Wallis sur les rangs ne trouve pas de différence significative entre les distributions du temps de préparation des saisons (H = {H|1}, {df} ddl, {p|p}) : les moyennes vont de {shortestMean|1} minutes {shortest|label|in} à {longestMean|1} minutes {longest|label|in}.",
    "medians.equal":
      "Toutes les saisons ont la même médiane, {median|1} minutes : l'écart vient des recettes les plus longues, pas de la recette type.",
    "medians.differ":
      "Les médianes diffèrent aussi, de {lowestMedian|1} minutes {lowest|label|in} à {highestMedian|1} minutes {highest|label|in}.",
    long_tail:
      "C'est {season|label|in} que le plus de recettes dépassent la moustache haute : {share|pct|1} des recettes de la saison demandent plus de {whiskerHigh|int} minutes.",
    "long_tail#tie":
      "C'est {season|label|in|tied} que le plus de recettes dépassent la moustache haute, {share|pct|1} des recettes de chacune de ces saisons, chacune au-delà de sa propre moustache.",
    "long_tail.even":
      "Les recettes au-delà de la moustache haute sont aussi fréquentes à chaque saison : {share|pct|1} des recettes de chaque saison dépassent sa propre moustache.",
    "plain.duration.significant":
      "Les recettes publiées {longest|label|in} demandent {gap|1|diff:longestMean:shortestMean} minutes de plus en moyenne que celles publiées {shortest|label|in} ({longestMean|1} contre {shortestMean|1} minutes).",
    "plain.duration.significant#tie":
      "Le temps de préparation moyen le plus long s'observe {longest|label|in}, {gap|1|diff:longestMean:shortestMean} minutes au-dessus du plus court, {shortest|label|in} ({longestMean|1} contre {shortestMean|1} minutes).",
    "plain.duration.not_significant": "Les recettes prennent à peu près autant de temps quelle que soit la saison."
  }
} satisfies TextModule;
