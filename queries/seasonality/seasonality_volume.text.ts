/** English and French text of the seasonal volume analysis. */
import type {TextModule} from "../../pipeline/narrative.js";
import {WILSON_DEFINITION} from "../_shareInterval.text.js";

/** Titles, labels, method and claim templates, in English and French. */
export const text = {
  en: {
    title: "Recipes posted per season",
    lede: "Do contributors post more recipes in some seasons than in others, once each season's length is taken into account?",
    method: `Recipes are counted by the meteorological season of their posting date, all years from {firstDate|date} to {lastDate|date} pooled. A χ² goodness-of-fit test compares the counts with two expectations: an equal split, and a split in proportion to the calendar days each season covers in the period, which is the fair one because seasons differ in length and the period starts and ends mid-year. The headline uses the day-adjusted test. With counts this large almost any gap is significant at α = {alpha|2}, so Cohen's w tells whether it matters. The yearly panel repeats the comparison inside each calendar year. Each season's share of all recipes is given with its {intervalLevel|pct|0} Wilson interval ${WILSON_DEFINITION.en}.`,
    "kpi.total": "Recipes",
    "kpi.meanPerSeason": "Average per season",
    "kpi.busiest": "Busiest season for its length",
    "kpi.quietest": "Quietest season for its length",
    "axis.season": "Season",
    "axis.season_Winter": "Winter",
    "axis.season_Spring": "Spring",
    "axis.season_Summer": "Summer",
    "axis.season_Autumn": "Autumn",
    "axis.share": "Share of all recipes",
    "axis.lower": "Lower bound of the share's {intervalLevel|pct|0} interval",
    "axis.upper": "Upper bound of the share's {intervalLevel|pct|0} interval",
    "axis.days": "Calendar days in the period",
    "axis.expected": "Expected from the season's days",
    "axis.complete": "Year wholly covered by the data",
    "axis.complete_true": "Complete year",
    "axis.complete_false": "Year only partly covered by the data",
    "axis.recipes": "Recipes",
    "axis.excess": "Gap to the day-adjusted count",
    "axis.excessInterval": "{intervalLevel|pct|0} interval of the gap",
    "axis.excessLower": "Lower bound of the gap's {intervalLevel|pct|0} interval",
    "axis.excessUpper": "Upper bound of the gap's {intervalLevel|pct|0} interval",
    "axis.year": "Year",
    "axis.relativeRate": "Posting pace relative to the year's average",
    "figure.counts.caption": "Recipes per season, with the count each season's calendar days would predict",
    "figure.counts.description":
      "Bar chart of recipes per season, each labelled with its count, with a dashed tick for the day-adjusted expected count. Furthest above its expectation: {busiest|label}, by {busiestExcess|pct|1}; furthest below: {quietest|label}, by {quietestShortfall|pct|1} (χ² = {chi2|1}, {p|p}).",
    "figure.excess.caption": "Gap between each season's recipes and its day-adjusted expectation",
    "figure.excess.description":
      "Diverging bars, one per season and labelled with their value, of the relative gap to the day-adjusted count, each with a capped line spanning the gap's {intervalLevel|pct|0} interval: highest, {busiest|label}, at {busiestExcess|pct|1} above; lowest, {quietest|label}, at {quietestShortfall|pct|1} below.",
    "figure.years.caption": "Posting pace of each season, year by year",
    "figure.years.description":
      "One panel per season, with a line of dots over the calendar years showing recipes per day in the season divided by recipes per day in the year; dots above the dashed line at the year's average pace mark a season busier than the rest of that year. Years only partly inside the period are drawn as hollow, faded dots off the line.",
    "day_rate.significant":
      "For its length, {busiest|label} receives the most recipes, {busiestExcess|pct|1} more than its share of the calendar predicts ({level|pct|0} interval {busiestExcessLower|pct|1} to {busiestExcessUpper|pct|1}), and {quietest|label} the fewest, {quietestShortfall|pct|1} fewer ({quietestShortfallLower|pct|1} to {quietestShortfallUpper|pct|1}; test against each season's share of the calendar days: χ² = {chi2|1}, {df} df, {p|p}); the departure is {effect|label} by Cohen's benchmarks (w = {w|sig|2}, where {wSmall|1} marks a small effect, {wMedium|1} a medium one and {wLarge|1} a large one).",
    "day_rate.significant#tie":
      "For their length, the most recipes go to {busiest|label|tied}, {busiestExcess|pct|1} more than the share of the calendar predicts, and the fewest to {quietest|label|tied}, {quietestShortfall|pct|1} fewer (test against each season's share of the calendar days: χ² = {chi2|1}, {df} df, {p|p}); the departure is {effect|label} by Cohen's benchmarks (w = {w|sig|2}, where {wSmall|1} marks a small effect, {wMedium|1} a medium one and {wLarge|1} a large one).",
    "day_rate.not_significant":
      "For their length, the seasons receive about as many recipes as their share of the calendar predicts: the gaps, from {quietestShortfall|pct|1} below {quietest|label|in} to {busiestExcess|pct|1} above {busiest|label|in}, are within chance (χ² = {chi2|1}, {df} df, {p|p}).",
    versus_mean:
      "In raw counts, not adjusted for season length, {busiest|label} has the most recipes ({busiestRecipes|int}, {busiestDeviation|pct|1} above the average of the four seasons) and {quietest|label} the fewest ({quietestRecipes|int}, {quietestShortfall|pct|1} below).",
    "versus_mean#tie":
      "In raw counts, not adjusted for season length, the most recipes, {busiestRecipes|int} ({busiestDeviation|pct|1} above the average of the four seasons), go to {busiest|label|tied}, and the fewest, {quietestRecipes|int} ({quietestShortfall|pct|1} below), to {quietest|label|tied}.",
    "uniform.significant":
      "A second test, which expects the same number of recipes in every season whatever its length, also finds the counts differ (χ² = {chi2|1}, {df} df, {p|p}).",
    "uniform.not_significant":
      "A second test, which expects the same number of recipes in every season whatever its length, finds no significant difference in the counts (χ² = {chi2|1}, {df} df, {p|p}).",
    peak_consistency:
      "Year by year the pattern holds: posting was fastest {season|label|in} in {years|int} of the {completeYears|int} complete calendar years.",
    "peak_consistency#all":
      "Year by year the pattern holds: posting was fastest {season|label|in} in every one of the {completeYears|int} complete calendar years.",
    "plain.day_rate.significant":
      "Counted against its length, {busiest|label} gets {busiestExcess|pct|1} more recipes than its share of the calendar days predicts, and {quietest|label} {quietestShortfall|pct|1} fewer.",
    "plain.day_rate.significant#tie":
      "Most recipes for the season's length: {busiest|label}; fewest: {quietest|label}.",
    "plain.day_rate.not_significant": "Every season gets about as many recipes as its length predicts."
  },
  fr: {
    title: "Recettes publiées par saison",
    lede: "Les contributeurs publient-ils plus de recettes à certaines saisons, une fois la durée de chaque saison prise en compte ?",
    method: `Les recettes sont comptées selon la saison météorologique de leur date de publication, toutes années confondues du {firstDate|date} au {lastDate|date}. Un test du χ² d'ajustement compare ces effectifs à deux attentes : une répartition égale, et une répartition proportionnelle au nombre de jours que chaque saison couvre dans la période, la seule équitable puisque les saisons n'ont pas la même durée et que la période commence et s'achève en cours d'année. La conclusion principale s'appuie sur le test ajusté aux jours. Avec des effectifs aussi grands, presque tout écart est significatif au seuil α = {alpha|2} : c'est donc le w de Cohen qui dit s'il compte. Le panneau annuel refait la comparaison à l'intérieur de chaque année civile. La part de chaque saison dans toutes les recettes est donnée avec son intervalle de Wilson à {intervalLevel|pct|0} ${WILSON_DEFINITION.fr}.`,
    "kpi.total": "Recettes",
    "kpi.meanPerSeason": "Moyenne par saison",
    "kpi.busiest": "Saison la plus active pour sa durée",
    "kpi.quietest": "Saison la plus calme pour sa durée",
    "axis.season": "Saison",
    "axis.season_Winter": "Hiver",
    "axis.season_Spring": "Printemps",
    "axis.season_Summer": "Été",
    "axis.season_Autumn": "Automne",
    "axis.share": "Part de toutes les recettes",
    "axis.lower": "Borne basse de l'intervalle à {intervalLevel|pct|0} de la part",
    "axis.upper": "Borne haute de l'intervalle à {intervalLevel|pct|0} de la part",
    "axis.days": "Jours du calendrier dans la période",
    "axis.expected": "Attendu d'après les jours de la saison",
    "axis.complete": "Année entière dans les données",
    "axis.complete_true": "Année complète",
    "axis.complete_false": "Année incomplète dans les données",
    "axis.recipes": "Recettes",
    "axis.excess": "Écart à l'effectif ajusté aux jours",
    "axis.excessInterval": "Intervalle à {intervalLevel|pct|0} de l'écart",
    "axis.excessLower": "Borne basse de l'intervalle à {intervalLevel|pct|0} de l'écart",
    "axis.excessUpper": "Borne haute de l'intervalle à {intervalLevel|pct|0} de l'écart",
    "axis.year": "Année",
    "axis.relativeRate": "Rythme de publication rapporté à la moyenne de l'année",
    "figure.counts.caption": "Recettes par saison, avec l'effectif que prédirait le nombre de jours de chaque saison",
    "figure.counts.description":
      "Diagramme en barres des recettes par saison, chacune annotée de son effectif, avec un repère en tirets pour l'effectif attendu d'après le nombre de jours. Le plus au-dessus de son attente : {busiest|label} ({busiestExcess|pct|1} de plus) ; le plus en dessous : {quietest|label} ({quietestShortfall|pct|1} de moins) ; χ² = {chi2|1}, {p|p}.",
    "figure.excess.caption": "Écart entre les recettes de chaque saison et leur effectif attendu d'après les jours",
    "figure.excess.description":
      "Barres divergentes, une par saison et annotées de leur valeur, de l'écart relatif à l'effectif ajusté aux jours, chacune avec un trait, terminé par deux barres, couvrant l'intervalle à {intervalLevel|pct|0} de l'écart : le plus haut, {busiest|label}, de {busiestExcess|pct|1} ; le plus bas, {quietest|label}, de {quietestShortfall|pct|1}.",
    "figure.years.caption": "Rythme de publication de chaque saison, année par année",
    "figure.years.description":
      "Un panneau par saison, avec une ligne de points au fil des années civiles : recettes par jour dans la saison divisées par recettes par jour sur l'année ; un point au-dessus de la ligne en tirets du rythme moyen de l'année signale une saison plus active que le reste de cette année. Les années qui ne sont qu'en partie dans la période sont des points creux et estompés, hors de la ligne.",
    "day_rate.significant":
      "À durée égale, c'est {busiest|label} qui reçoit le plus de recettes, {busiestExcess|pct|1} de plus que ne le prédit sa part du calendrier (intervalle à {level|pct|0} de {busiestExcessLower|pct|1} à {busiestExcessUpper|pct|1}), et {quietest|label} le moins, {quietestShortfall|pct|1} de moins (de {quietestShortfallLower|pct|1} à {quietestShortfallUpper|pct|1} ; test selon la part des jours du calendrier de chaque saison : χ² = {chi2|1}, {df} ddl, {p|p}) ; l'écart est {effect|label} selon les repères de Cohen (w = {w|sig|2}, où {wSmall|1} marque un petit effet, {wMedium|1} un effet moyen et {wLarge|1} un grand effet).",
    "day_rate.significant#tie":
      "À durée égale, le plus de recettes va à {busiest|label|tied}, {busiestExcess|pct|1} de plus que ne le prédit la part du calendrier, et le moins à {quietest|label|tied}, {quietestShortfall|pct|1} de moins (test selon la part des jours du calendrier de chaque saison : χ² = {chi2|1}, {df} ddl, {p|p}) ; l'écart est {effect|label} selon les repères de Cohen (w = {w|sig|2}, où {wSmall|1} marque un petit effet, {wMedium|1} un effet moyen et {wLarge|1} un grand effet).",
    "day_rate.not_significant":
      "À durée égale, les saisons reçoivent à peu près autant de recettes que le prédit leur part du calendrier : les écarts, de {quietestShortfall|pct|1} en dessous {quietest|label|in} à {busiestExcess|pct|1} au-dessus {busiest|label|in}, restent dans les limites du hasard (χ² = {chi2|1}, {df} ddl, {p|p}).",
    versus_mean:
      "En effectifs bruts, sans tenir compte de la durée des saisons, c'est {busiest|label} qui compte le plus de recettes ({busiestRecipes|int}, {busiestDeviation|pct|1} au-dessus de la moyenne des quatre saisons) et {quietest|label} le moins ({quietestRecipes|int}, {quietestShortfall|pct|1} en dessous).",
    "versus_mean#tie":
      "En effectifs bruts, sans tenir compte de la durée des saisons, le plus grand nombre de recettes, {busiestRecipes|int} ({busiestDeviation|pct|1} au-dessus de la moyenne des quatre saisons), va à {busiest|label|tied}, et le plus petit, {quietestRecipes|int} ({quietestShortfall|pct|1} en dessous), à {quietest|label|tied}.",
    "uniform.significant":
      "Un second test, qui suppose autant de recettes à chaque saison quelle que soit sa durée, trouve aussi des effectifs différents (χ² = {chi2|1}, {df} ddl, {p|p}).",
    "uniform.not_significant":
      "Un second test, qui suppose autant de recettes à chaque saison quelle que soit sa durée, ne trouve pas d'écart significatif entre les effectifs (χ² = {chi2|1}, {df} ddl, {p|p}).",
    peak_consistency:
      "La publication a été la plus soutenue {season|label|in} dans {years|int} des {completeYears|int} années civiles complètes.",
    "peak_consistency#all":
      "La publication a été la plus soutenue {season|label|in} dans chacune des {completeYears|int} années civiles complètes.",
    "plain.day_rate.significant":
      "Rapporté à sa durée, {busiest|label} reçoit {busiestExcess|pct|1} de recettes de plus que ne le prédit sa part des jours du calendrier, et {quietest|label} {quietestShortfall|pct|1} de moins.",
    "plain.day_rate.significant#tie":
      "Le plus de recettes pour la durée de la saison : {busiest|label} ; le moins : {quietest|label}.",
    "plain.day_rate.not_significant":
      "Chaque saison reçoit à peu près autant de recettes que sa durée le laisse prévoir."
  }
} satisfies TextModule;
