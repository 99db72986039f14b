/** English and French text of the nutrition-by-season analysis. */
import {PICKED_GAP_CLAIM, PICKED_GAP_METHOD, PICKED_GAP_TILE} from "../_meanInterval.text.js";
import type {TextModule} from "../../pipeline/narrative.js";
import {labelList, percentDailyValue} from "../../pipeline/narrative.js";
import {NUTRIENTS} from "./seasonality_nutrition.schema.js";

const PERCENT_DV = percentDailyValue(NUTRIENTS);

/** Titles, labels, method and claim templates, in English and French. */
export const text = {
  en: {
    title: "Nutrition by season",
    lede: `Are the recipes posted in some seasons richer in ${labelList(NUTRIENTS, "en", "disjunction")}?`,
    method: `For each season of the posting date: the mean and median calories (kcal per serving) and the mean and median ${labelList(PERCENT_DV, "en")}, in percent of the daily value as Food.com reports them. The heatmap shades each cell by the season's relative gap to the mean of the four seasons (the mean of their four means) for the same nutrient, on a scale fixed for every nutrient, and also prints the season's z-score among those four means (the standard deviation of the four means, taken as a whole population); the shade does not follow the z-score, because a z-score always spreads four values over the same range however small their gaps. Nutrient values are strongly skewed, so each nutrient's seasonal distributions are compared with a Kruskal–Wallis rank test (tie-corrected) at α = {alpha|2}: it tests whether the seasons' ranks differ, not whether their means do, and its effect size ε² is the share of the variance of the ranks that the season explains. ${PICKED_GAP_METHOD.en("calories")} Each season's mean calories are drawn with their {intervalLevel|pct|0} Student t interval.`,
    "kpi.highest": "Most caloric season (mean)",
    "kpi.lowest": "Lightest season (mean)",
    "kpi.gap": "Caloric gap between seasons (kcal per serving)",
    "kpi.gapInterval": PICKED_GAP_TILE.en(1),
    "kpi.significantCount": "Nutrients that differ by season",
    "axis.season": "Season",
    "axis.season_Winter": "Winter",
    "axis.season_Spring": "Spring",
    "axis.season_Summer": "Summer",
    "axis.season_Autumn": "Autumn",
    "axis.ns": "n.s.",
    "axis.recipes": "Recipes",
    "axis.mean": "Mean",
    "axis.median": "Median",
    "axis.q25": "First quartile",
    "axis.q75": "Third quartile",
    "axis.iqr": "Interquartile range",
    "axis.deviation": "Gap to the mean of the four seasons",
    "axis.p": "p-value (Kruskal–Wallis)",
    "axis.above": "Above the nutrient's mean of the four seasons",
    "axis.below": "Below the nutrient's mean of the four seasons",
    "axis.shade": "Shade: faint near the mean, stronger further from it (fixed scale)",
    "axis.not_significant": "not significant",
    "axis.nutrient": "Nutrient",
    "axis.z": "z-score across seasons",
    "axis.calories": "Calories (kcal per serving)",
    "axis.interval": "{intervalLevel|pct|0} confidence interval of the mean",
    "axis.interval_hidden_all":
      "Each {intervalLevel|pct|0} interval is narrower than its dot: its bounds are in the data table",
    "axis.interval_hidden_some": "An interval narrower than its dot is hidden by it: its bounds are in the data table",
    "axis.lower": "Lower bound of the mean's interval",
    "axis.upper": "Upper bound of the mean's interval",
    "figure.heatmap.caption":
      "Nutritional profile by season: each season's gap to the mean of the four seasons, with its z-score among the four seasons",
    "figure.heatmap.description":
      "Heatmap with a row per nutrient and a column per season; each cell prints the gap to the nutrient's mean of the four seasons and the z-score of the season's mean among the four seasons; cells above the mean and cells below it have two different colours, deeper for larger gaps, and nutrients whose seasons do not differ significantly are marked n.s. For calories, highest: {highest|label}, at {highestMean|1} kcal per serving; lowest: {lowest|label}, at {lowestMean|1} kcal per serving.",
    "figure.calories.caption":
      "Calories per season: mean with its {intervalLevel|pct|0} interval, median and interquartile range",
    "figure.calories.description":
      "For each season a dot at the mean calories per serving, labelled with its value and drawn on a dark line spanning its {intervalLevel|pct|0} confidence interval (a few kcal, so the dot mostly hides it; the table gives its bounds), a tick at the median and a band from the first to the third quartile, on an axis from zero: the gap of {gap|1|diff:highestMean:lowestMean} kcal per serving between the highest and the lowest season ({intervalLevel|pct|0} interval over all {pairs|int} pairs of seasons: {gapLower|1} to {gapUpper|1}) is small beside the spread of recipes. The Kruskal–Wallis result is written above the chart.",
    "calories.significant": `Recipes posted {highest|label|in} are the most caloric, {highestMean|1} kcal per serving on average, and those posted {lowest|label|in} the lightest, {lowestMean|1} kcal per serving: a gap of {gap|1|diff:highestMean:lowestMean} kcal per serving between the means ({intervalLevel|pct|0} Welch interval {gapLower|1} to {gapUpper|1}${PICKED_GAP_CLAIM.en}). A Kruskal–Wallis test on the ranks finds that the seasons' distributions differ (H = {H|1}, {df} df, {p|p}), with a {effect|label} effect on the ranks by Cohen's benchmarks (ε² = {epsilonSquared|sig|2}, the share of the ranks' variance the season explains).`,
    "calories.significant#tie": `The highest mean calories, {highestMean|1} kcal per serving, are {highest|label|in|tied}, and the lowest, {lowestMean|1} kcal per serving, {lowest|label|in|tied}. The gap between the means is {gap|1|diff:highestMean:lowestMean} kcal per serving ({intervalLevel|pct|0} Welch interval {gapLower|1} to {gapUpper|1}${PICKED_GAP_CLAIM.en}). A Kruskal–Wallis test on the ranks finds that the seasons' distributions differ (H = {H|1}, {df} df, {p|p}), with a {effect|label} effect on the ranks by Cohen's benchmarks (ε² = {epsilonSquared|sig|2}, the share of the ranks' variance the season explains).`,
    "calories.not_significant":
      "A Kruskal–Wallis test on the ranks finds no significant difference between the seasons' distributions of calories (H = {H|1}, {df} df, {p|p}): the means range from {lowestMean|1} kcal per serving {lowest|label|in} to {highestMean|1} kcal per serving {highest|label|in}.",
    significant_count: "{significant|int|count} of the {total|int} nutrients differ significantly between seasons.",
    "significant_count#one":
      "{significant|int|count} of the {total|int} nutrients differs significantly between seasons.",
    "significant_count#all": "All {total|int} nutrients differ significantly between seasons.",
    "nutrient.significant":
      "The {nutrient|label} content is highest {highest|label|in} ({highestShare|pct|1} of the daily value on average) and lowest {lowest|label|in} ({lowestShare|pct|1}); the seasons' distributions differ by the rank test (H = {H|1}, {p|p}), with a {effect|label} effect on the ranks by Cohen's benchmarks (ε² = {epsilonSquared|sig|2}).",
    "nutrient.significant#tie":
      "The {nutrient|label} content is highest {highest|label|in|tied} ({highestShare|pct|1} of the daily value on average) and lowest {lowest|label|in|tied} ({lowestShare|pct|1}); the seasons' distributions differ by the rank test (H = {H|1}, {p|p}), with a {effect|label} effect on the ranks by Cohen's benchmarks (ε² = {epsilonSquared|sig|2}).",
    "nutrient.not_significant":
      "The rank test finds no significant difference between the seasons' distributions of {nutrient|label} ({lowestShare|pct|1} to {highestShare|pct|1} of the daily value on average; H = {H|1}, {p|p}).",
    "plain.calories.significant":
      "Recipes posted {highest|label|in} have {gap|1|diff:highestMean:lowestMean} kcal per serving more on average than those posted {lowest|label|in} ({highestMean|1} against {lowestMean|1} kcal).",
    "plain.calories.significant#tie":
      "The highest mean calories are {highest|label|in}, {gap|1|diff:highestMean:lowestMean} kcal per serving above the lowest, {lowest|label|in} ({highestMean|1} against {lowestMean|1} kcal).",
    "plain.calories.not_significant": "Recipes are about as rich in calories whatever the season."
  },
  fr: {
    title: "Valeurs nutritionnelles selon la saison",
    lede: `Les recettes publiées à certaines saisons sont-elles plus riches en ${labelList(NUTRIENTS, "fr", "disjunction")} ?`,
    method: `Pour chaque saison de publication : la moyenne et la médiane des calories (kcal par portion) et celles des ${labelList(PERCENT_DV, "fr")}, en pourcentage des apports journaliers comme les publie Food.com. La carte de chaleur teinte chaque case selon l'écart relatif de la saison à la moyenne des quatre saisons (la moyenne de leurs quatre moyennes) pour le même nutriment, sur une échelle fixe pour tous les nutriments, et affiche aussi le score z de la saison parmi ces quatre moyennes (l'écart type des quatre moyennes, prises comme une population entière) ; la teinte ne suit pas le score z, car un score z étale toujours quatre valeurs sur la même plage, si petits que soient leurs écarts. Les valeurs nutritionnelles sont très asymétriques : les distributions saisonnières de chaque nutriment sont donc comparées par un test de Kruskal–Wallis sur les rangs (avec correction des ex æquo) au seuil α = {alpha|2} : il teste si les rangs des saisons diffèrent, pas si leurs moyennes diffèrent, et sa taille d'effet ε² est la part de la variance des rangs qu'explique la saison. ${PICKED_GAP_METHOD.fr("des calories")} La moyenne des calories de chaque saison est tracée avec son intervalle de Student à {intervalLevel|pct|0}.`,
    "kpi.highest": "Saison la plus calorique (moyenne)",
    "kpi.lowest": "Saison la plus légère (moyenne)",
    "kpi.gap": "Écart de calories entre saisons (kcal par portion)",
    "kpi.gapInterval": PICKED_GAP_TILE.fr(1),
    "kpi.significantCount": "Nutriments qui varient selon la saison",
    "axis.season": "Saison",
    "axis.season_Winter": "Hiver",
    "axis.season_Spring": "Printemps",
    "axis.season_Summer": "Été",
    "axis.season_Autumn": "Automne",
    "axis.ns": "n.s.",
    "axis.recipes": "Recettes",
    "axis.mean": "Moyenne",
    "axis.median": "Médiane",
    "axis.q25": "Premier quartile",
    "axis.q75": "Troisième quartile",
    "axis.iqr": "Écart interquartile",
    "axis.deviation": "Écart à la moyenne des quatre saisons",
    "axis.p": "valeur p (Kruskal–Wallis)",
    "axis.above": "Au-dessus de la moyenne des quatre saisons du nutriment",
    "axis.below": "En dessous de la moyenne des quatre saisons du nutriment",
    "axis.shade": "Teinte : discrète près de la moyenne, plus marquée en s'en éloignant (échelle fixe)",
    "axis.not_significant": "non significatif",
    "axis.nutrient": "Nutriment",
    "axis.z": "Score z entre saisons",
    "axis.calories": "Calories (kcal par portion)",
    "axis.interval": "Intervalle de confiance à {intervalLevel|pct|0} de la moyenne",
    "axis.interval_hidden_all":
      "Chaque intervalle à {intervalLevel|pct|0} est plus étroit que son point : ses bornes sont dans le tableau des données",
    "axis.interval_hidden_some":
      "Un intervalle plus étroit que son point est caché par lui : ses bornes sont dans le tableau des données",
    "axis.lower": "Borne basse de l'intervalle de la moyenne",
    "axis.upper": "Borne haute de l'intervalle de la moyenne",
    "figure.heatmap.caption":
      "Profil nutritionnel par saison : l'écart de chaque saison à la moyenne des quatre saisons, avec son score z parmi les quatre saisons",
    "figure.heatmap.description":
      "Carte de chaleur avec une ligne par nutriment et une colonne par saison ; chaque case affiche l'écart à la moyenne des quatre saisons du nutriment et le score z de la moyenne de la saison parmi les quatre saisons ; les cases au-dessus de la moyenne et celles en dessous ont deux couleurs différentes, d'autant plus foncées que l'écart est grand, et les nutriments dont les saisons ne diffèrent pas significativement sont marqués n.s. Pour les calories, en tête : {highest|label}, avec {highestMean|1} kcal par portion ; en dernier : {lowest|label}, avec {lowestMean|1} kcal par portion.",
    "figure.calories.caption":
      "Calories par saison : moyenne avec son intervalle à {intervalLevel|pct|0}, médiane et écart interquartile",
    "figure.calories.description":
      "Pour chaque saison, un point à la moyenne des calories par portion, annoté de sa valeur et posé sur un trait sombre couvrant son intervalle de confiance à {intervalLevel|pct|0} (quelques kcal, que le point cache presque ; le tableau en donne les bornes), un trait à la médiane et une bande du premier au troisième quartile, sur un axe partant de zéro : l'écart de {gap|1|diff:highestMean:lowestMean} kcal par portion entre la saison la plus haute et la plus basse (intervalle à {intervalLevel|pct|0} sur les {pairs|int} paires de saisons : {gapLower|1} à {gapUpper|1}) est faible au regard de la dispersion des recettes. Le résultat du test de Kruskal–Wallis figure au-dessus du graphique.",
    "calories.significant": `Les recettes publiées {highest|label|in} sont les plus caloriques, {highestMean|1} kcal par portion en moyenne, et celles publiées {lowest|label|in} les plus légères, {lowestMean|1} kcal par portion : un écart de {gap|1|diff:highestMean:lowestMean} kcal par portion entre les moyennes (intervalle de Welch à {intervalLevel|pct|0} : {gapLower|1} à {gapUpper|1}${PICKED_GAP_CLAIM.fr}). Un test de Kruskal–Wallis sur les rangs conclut que les distributions des saisons diffèrent (H = {H|1}, {df} ddl, {p|p}), avec un effet {effect|label} sur les rangs selon les repères de Cohen (ε² = {epsilonSquared|sig|2}, part de la variance des rangs qu'explique la saison).`,
    "calories.significant#tie": `La moyenne des calories la plus haute, {highestMean|1} kcal par portion, s'observe {highest|label|in|tied}, et la plus basse, {lowestMean|1} kcal par portion, {lowest|label|in|tied}. L'écart entre les moyennes est de {gap|1|diff:highestMean:lowestMean} kcal par portion (intervalle de Welch à {intervalLevel|pct|0} : {gapLower|1} à {gapUpper|1}${PICKED_GAP_CLAIM.fr}). Un test de Kruskal–Wallis sur les rangs conclut que les distributions des saisons diffèrent (H = {H|1}, {df} ddl, {p|p}), avec un effet {effect|label} sur les rangs selon les repères de Cohen (ε² = {epsilonSquared|sig|2}, part de la variance des rangs qu'explique la saison).`,
    "calories.not_significant":
      "Un test de Kruskal–Wallis sur les rangs ne trouve pas de différence significative entre les distributions des calories des saisons (H = {H|1}, {df} ddl, {p|p}) : les moyennes vont de {lowestMean|1} kcal par portion {lowest|label|in} à {highestMean|1} kcal par portion {highest|label|in}.",
    significant_count:
      "Sur les {total|int} nutriments, {significant|int|count} diffèrent significativement d'une saison à l'autre.",
    "significant_count#one":
      "Sur les {total|int} nutriments, {significant|int|count} diffère significativement d'une saison à l'autre.",
    "significant_count#all": "Les {total|int} nutriments diffèrent tous significativement d'une saison à l'autre.",
    "nutrient.significant":
      "La teneur en {nutrient|label} est la plus élevée {highest|label|in} ({highestShare|pct|1} des apports journaliers en moyenne) et la plus basse {lowest|label|in} ({lowestShare|pct|1}) ; le test sur les rangs conclut que les distributions des saisons diffèrent (H = {H|1}, {p|p}), avec un effet {effect|label} sur les rangs selon les repères de Cohen (ε² = {epsilonSquared|sig|2}).",
    "nutrient.significant#tie":
      "La teneur en {nutrient|label} est la plus élevée {highest|label|in|tied} ({highestShare|pct|1} des apports journaliers en moyenne) et la plus basse {lowest|label|in|tied} ({lowestShare|pct|1}) ; le test sur les rangs conclut que les distributions des saisons diffèrent (H = {H|1}, {p|p}), avec un effet {effect|label} sur les rangs selon les repères de Cohen (ε² = {epsilonSquared|sig|2}).",
    "nutrient.not_significant":
      "Le test sur les rangs ne trouve pas de différence significative entre les distributions de la teneur en {nutrient|label} des saisons ({lowestShare|pct|1} à {highestShare|pct|1} des apports journaliers en moyenne ; H = {H|1}, {p|p}).",
    "plain.calories.significant":
      "Les recettes publiées {highest|label|in} apportent en moyenne {gap|1|diff:highestMean:lowestMean} kcal par portion de plus que celles publiées {lowest|label|in} ({highestMean|1} contre {lowestMean|1} kcal).",
    "plain.calories.significant#tie":
      "La moyenne des calories la plus haute s'observe {highest|label|in}, {gap|1|diff:highestMean:lowestMean} kcal par portion au-dessus de la plus basse, {lowest|label|in} ({highestMean|1} contre {lowestMean|1} kcal).",
    "plain.calories.not_significant": "Les recettes sont à peu près aussi caloriques quelle que soit la saison."
  }
} satisfies TextModule;
