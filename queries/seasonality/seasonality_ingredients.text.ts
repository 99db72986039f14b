/** English and French text of the seasonal ingredients analysis. */
import type {TextModule} from "../../pipeline/narrative.js";
import {WILSON_DEFINITION} from "../_shareInterval.text.js";

/** Titles, labels, method and claim templates, in English and French. */
export const text = {
  en: {
    title: "The most seasonal ingredients",
    lede: "Which ingredients rise and fall with the seasons?",
    method: `For every ingredient (lower-cased and trimmed, counted once per recipe), the share of each season's recipes that contain it; then, across the four seasons, the mean share, the standard deviation (of the population: the four seasons are described for themselves), the coefficient of variation (standard deviation over mean) and the range. Every ingredient found in at least {minMeanShare|pct|0} of recipes on average over the four seasons gets a χ² test of independence between season and presence (seasons × with or without the ingredient), with Cramér's V for its strength. All these tests form one family, adjusted together by Holm's method, the correction this site applies to every family of tests; an ingredient depends significantly on the season when its adjusted p-value is below {alpha|2}. Testing every common ingredient, and not only those that look seasonal, keeps the choice of what to test from deciding the result. Of the ingredients that move by at least {minRange|scale:100|1|unit:pct_points} (pp) of recipes between their highest and lowest season, the {topN|int} with the highest coefficient of variation are shown, each seasonal share with its {intervalLevel|pct|0} Wilson interval ${WILSON_DEFINITION.en}. The {minMeanShare|pct|0} threshold is an average over this page's four seasons; the weekend page averages over its two periods instead, so an ingredient near the threshold can be tested on one page and not on the other.`,
    "kpi.distinctItems": "Distinct ingredients",
    "kpi.testedItems": "Common enough to test (in ≥ {minMeanShare|pct|0} of recipes, mean over the seasons)",
    "kpi.keptItems": "Of these, move by ≥ {minRange|scale:100|1|unit:pct_points} between seasons",
    "kpi.shown": "Most variable, shown",
    "kpi.significantCount": "Shown and tied to the season",
    "axis.item": "Ingredient",
    "axis.season": "Season",
    "axis.season_Winter": "Winter",
    "axis.season_Spring": "Spring",
    "axis.season_Summer": "Summer",
    "axis.season_Autumn": "Autumn",
    "axis.rank": "Rank",
    "axis.recipes": "Recipes with the ingredient",
    "axis.gap": "Gap to the ingredient's mean of the four seasons",
    "axis.p": "p-value (χ²)",
    "axis.pAdjusted": "p-value (Holm)",
    "axis.above": "Above the ingredient's mean of the four seasons",
    "axis.below": "Below the ingredient's mean of the four seasons",
    "axis.shade": "Shade: faint near the mean share, stronger further from it (fixed scale)",
    "axis.peak": "Busiest season",
    "axis.trough": "Quietest season",
    "axis.cv": "Coefficient of variation",
    "axis.chi2": "χ²",
    "axis.significance_note": "* significant at α = {alpha|2} after Holm's correction for every ingredient tested",
    "axis.share": "Share of the season's recipes",
    "axis.interval": "{intervalLevel|pct|0} interval of the share",
    "axis.interval_hidden_all":
      "Each {intervalLevel|pct|0} interval is narrower than its mark: its bounds are in the heatmap's data table",
    "axis.interval_hidden_some":
      "An interval narrower than its mark is hidden by it: its bounds are in the heatmap's data table",
    "axis.lanes": "In each row, from top to bottom:",
    "axis.span": "From the lowest season to the highest",
    "axis.lower": "Lower bound of the share's interval",
    "axis.upper": "Upper bound of the share's interval",
    "figure.heatmap.caption": "Top ingredients by seasonal variability: share of each season's recipes",
    "figure.heatmap.description":
      "Heatmap with one row per ingredient, the {topN|int} most seasonal first, and one column per season; each cell prints, in bold for the peak season, the share of the season's recipes that contain the ingredient. Orange cells lie above the ingredient's own mean of the four seasons and blue ones below, deeper for larger gaps, so rare and common ingredients read alike; an asterisk marks a χ² test still significant after Holm's correction.",
    "figure.range.caption":
      "Each ingredient's share in each season, from the lowest to the highest (the highest season named at the right), with {intervalLevel|pct|0} intervals",
    "figure.range.description":
      "For each of the {topN|int} most seasonal ingredients, one mark per season on a shared axis of recipe share, each season in its own lane of the ingredient's row (winter at the top, then spring, summer and autumn) and in its own shape (winter a triangle, spring a diamond, summer a circle, autumn a square), over a grey band from the lowest share to the highest; the lowest and the highest marks lie on a line of their colour spanning the share's {intervalLevel|pct|0} interval (often hidden by the mark; the heatmap's table gives its bounds), the mark of the peak season is outlined and the season named beside it. An asterisk after the ingredient marks a χ² test still significant after Holm's correction.",
    "most_seasonal.significant":
      "The most seasonal ingredient is {item}: it appears in {peakShare|pct|1} of the recipes posted {peak|label|in} against {troughShare|pct|1} {trough|label|in} (coefficient of variation {cv|pct|0}); the link with the season is significant (χ² = {chi2|1}, {df} df; {p|p} after Holm's correction for {tested|int} tests), with a {effect|label} association by Cohen's benchmarks (Cramér's V = {cramersV|3}).",
    "most_seasonal.not_significant":
      "The most seasonal ingredient by coefficient of variation is {item}, in {peakShare|pct|1} of the recipes posted {peak|label|in} against {troughShare|pct|1} {trough|label|in}, but the link with the season is not significant (χ² = {chi2|1}, {df} df; {p|p} after Holm's correction for {tested|int} tests).",
    "most_seasonal.none":
      "None of the {distinct|int} distinct ingredients is both common enough (in at least {minMeanShare|pct|0} of recipes, on average over the four seasons) and seasonal enough (moving by at least {minRange|scale:100|1|unit:pct_points} between its highest and lowest season) to be shown.",
    filter:
      "Of {distinct|int} distinct ingredients, {tested|int} are common enough to test (found in at least {minMeanShare|pct|0} of recipes, on average over the four seasons), {kept|int} of these move by at least {minRange|scale:100|1|unit:pct_points} between their highest and lowest season, and the {shown|int} most variable are shown.",
    significant_count:
      "{significant|int|count} of these {shown|int} ingredients depend significantly on the season, after Holm's correction for the {tested|int} ingredients tested.",
    "significant_count#one":
      "{significant|int|count} of these {shown|int} ingredients depends significantly on the season, after Holm's correction for the {tested|int} ingredients tested.",
    "significant_count#all":
      "All {shown|int} of these ingredients depend significantly on the season, after Holm's correction for the {tested|int} ingredients tested.",
    peak_season: "{items|int|count} of the {shown|int} ingredients shown peak {season|label|in}.",
    "peak_season#one": "{items|int|count} of the {shown|int} ingredients shown peaks {season|label|in}.",
    "peak_season.tie":
      "The ingredients shown peak most often {season|label|in}, with {items|int|count} of the {shown|int} in each.",
    "plain.most_seasonal.significant":
      "The most seasonal ingredient is {item}: most used {peak|label|in}, least {trough|label|in}.",
    "plain.most_seasonal.not_significant": "No ingredient clearly follows the seasons.",
    "plain.most_seasonal.none": "No ingredient passes both thresholds for being shown."
  },
  fr: {
    title: "Les ingrédients les plus saisonniers",
    lede: "Quels ingrédients vont et viennent au fil des saisons ?",
    method: `Pour chaque ingrédient (en minuscules, sans espaces superflus, compté une fois par recette), la part des recettes de chaque saison qui le contiennent ; puis, sur les quatre saisons, la part moyenne, l'écart type de population (les quatre saisons sont décrites pour elles-mêmes), le coefficient de variation (écart type rapporté à la moyenne) et l'étendue. Chaque ingrédient présent dans au moins {minMeanShare|pct|0} des recettes en moyenne sur les quatre saisons reçoit un test du χ² d'indépendance entre la saison et sa présence (saisons × avec ou sans), avec le V de Cramér pour en mesurer la force. Tous ces tests forment une seule famille, ajustée par la méthode de Holm, la correction que ce site applique à toute famille de tests ; un ingrédient dépend significativement de la saison quand sa valeur p ajustée est inférieure à {alpha|2}. Tester tous les ingrédients courants, et pas seulement ceux qui semblent saisonniers, évite que le choix des tests décide du résultat. Parmi les ingrédients qui varient d'au moins {minRange|scale:100|1|unit:pct_points} (pp) de recettes entre leur saison la plus haute et la plus basse, les {topN|int} au plus fort coefficient de variation sont affichés, chaque part saisonnière avec son intervalle de Wilson à {intervalLevel|pct|0} ${WILSON_DEFINITION.fr}. Ce seuil de {minMeanShare|pct|0} est une moyenne sur les quatre saisons de cette page ; la page du week-end fait la moyenne sur ses deux périodes, si bien qu'un ingrédient proche du seuil peut être testé sur une page et pas sur l'autre.`,
    "kpi.distinctItems": "Ingrédients distincts",
    "kpi.testedItems":
      "Assez courants pour être testés (≥ {minMeanShare|pct|0} des recettes, en moyenne sur les saisons)",
    "kpi.keptItems": "Parmi eux, varient d'au moins {minRange|scale:100|1|unit:pct_points} selon la saison",
    "kpi.shown": "Les plus variables, affichés",
    "kpi.significantCount": "Affichés et liés à la saison",
    "axis.item": "Ingrédient",
    "axis.season": "Saison",
    "axis.season_Winter": "Hiver",
    "axis.season_Spring": "Printemps",
    "axis.season_Summer": "Été",
    "axis.season_Autumn": "Automne",
    "axis.rank": "Rang",
    "axis.recipes": "Recettes avec l'ingrédient",
    "axis.gap": "Écart à la moyenne des quatre saisons de l'ingrédient",
    "axis.p": "valeur p (χ²)",
    "axis.pAdjusted": "valeur p (Holm)",
    "axis.above": "Au-dessus de la moyenne des quatre saisons de l'ingrédient",
    "axis.below": "En dessous de la moyenne des quatre saisons de l'ingrédient",
    "axis.shade": "Teinte : discrète près de la part moyenne, plus marquée en s'en éloignant (échelle fixe)",
    "axis.peak": "Saison la plus forte",
    "axis.trough": "Saison la plus creuse",
    "axis.cv": "Coefficient de variation",
    "axis.chi2": "χ²",
    "axis.significance_note":
      "* significatif au seuil α = {alpha|2} après correction de Holm pour tous les ingrédients testés",
    "axis.share": "Part des recettes de la saison",
    "axis.interval": "Intervalle à {intervalLevel|pct|0} de la part",
    "axis.interval_hidden_all":
      "Chaque intervalle à {intervalLevel|pct|0} est plus étroit que sa marque : ses bornes sont dans le tableau des données de la carte de chaleur",
    "axis.interval_hidden_some":
      "Un intervalle plus étroit que sa marque est caché par elle : ses bornes sont dans le tableau des données de la carte de chaleur",
    "axis.lanes": "Dans chaque ligne, de haut en bas :",
    "axis.span": "De la saison la plus basse à la plus haute",
    "axis.lower": "Borne basse de l'intervalle de la part",
    "axis.upper": "Borne haute de l'intervalle de la part",
    "figure.heatmap.caption": "Ingrédients les plus variables selon la saison : part des recettes de chaque saison",
    "figure.heatmap.description":
      "Carte de chaleur avec une ligne par ingrédient, les {topN|int} plus saisonniers en tête, et une colonne par saison ; chaque case inscrit, en gras pour la saison la plus forte, la part des recettes de la saison qui contiennent l'ingrédient. Les cases orange sont au-dessus de la moyenne des quatre saisons de l'ingrédient, les bleues en dessous, d'autant plus foncées que l'écart est grand, si bien que les ingrédients rares et courants se lisent de la même façon ; un astérisque signale un test du χ² encore significatif après correction de Holm.",
    "figure.range.caption":
      "Part de chaque ingrédient dans chaque saison, de la plus basse à la plus haute (la saison la plus haute nommée à droite), avec les intervalles à {intervalLevel|pct|0}",
    "figure.range.description":
      "Pour chacun des {topN|int} ingrédients les plus saisonniers, une marque par saison sur un axe commun de part des recettes, chaque saison à sa propre hauteur dans la ligne de l'ingrédient (l'hiver en haut, puis le printemps, l'été et l'automne) et sous sa propre forme (l'hiver un triangle, le printemps un losange, l'été un rond, l'automne un carré), sur une bande grise de la part la plus basse à la plus haute ; les marques la plus basse et la plus haute sont posées sur un trait de leur couleur couvrant l'intervalle à {intervalLevel|pct|0} de la part (souvent caché par la marque ; le tableau de la carte de chaleur en donne les bornes), la marque de la saison la plus forte est cerclée et la saison nommée à côté. Un astérisque après l'ingrédient signale un test du χ² encore significatif après correction de Holm.",
    "most_seasonal.significant":
      "L'ingrédient le plus saisonnier est « {item} » : il figure dans {peakShare|pct|1} des recettes publiées {peak|label|in}, contre {troughShare|pct|1} {trough|label|in} (coefficient de variation {cv|pct|0}) ; le lien avec la saison est significatif (χ² = {chi2|1}, {df} ddl ; {p|p} après correction de Holm pour {tested|int} tests), avec une association d'intensité {effect|label} selon les repères de Cohen (V de Cramér = {cramersV|3}).",
    "most_seasonal.not_significant":
      "L'ingrédient le plus saisonnier selon le coefficient de variation est « {item} », présent dans {peakShare|pct|1} des recettes publiées {peak|label|in} contre {troughShare|pct|1} {trough|label|in}, mais le lien avec la saison n'est pas significatif (χ² = {chi2|1}, {df} ddl ; {p|p} après correction de Holm pour {tested|int} tests).",
    "most_seasonal.none":
      "Aucun des {distinct|int} ingrédients distincts n'est à la fois assez courant (présent dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur les quatre saisons) et assez saisonnier (variant d'au moins {minRange|scale:100|1|unit:pct_points} entre sa saison la plus haute et la plus basse) pour être affiché.",
    filter:
      "Sur {distinct|int} ingrédients distincts, {tested|int} sont assez courants pour être testés (présents dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur les quatre saisons), {kept|int} d'entre eux varient d'au moins {minRange|scale:100|1|unit:pct_points} entre leur saison la plus haute et la plus basse, et les {shown|int} plus variables sont affichés.",
    significant_count:
      "Sur ces {shown|int} ingrédients, {significant|int|count} dépendent significativement de la saison, après correction de Holm pour les {tested|int} ingrédients testés.",
    "significant_count#one":
      "Sur ces {shown|int} ingrédients, {significant|int|count} dépend significativement de la saison, après correction de Holm pour les {tested|int} ingrédients testés.",
    "significant_count#all":
      "Ces {shown|int} ingrédients dépendent tous significativement de la saison, après correction de Holm pour les {tested|int} ingrédients testés.",
    peak_season:
      "Sur les {shown|int} ingrédients affichés, {items|int|count} atteignent leur maximum {season|label|in}.",
    "peak_season#one":
      "Sur les {shown|int} ingrédients affichés, {items|int|count} atteint son maximum {season|label|in}.",
    "peak_season.tie":
      "Les ingrédients affichés atteignent le plus souvent leur maximum {season|label|in}, avec {items|int|count} des {shown|int} dans chaque saison.",
    "plain.most_seasonal.significant":
      "L'ingrédient le plus saisonnier est « {item} » : le plus utilisé {peak|label|in}, le moins {trough|label|in}.",
    "plain.most_seasonal.not_significant": "Aucun ingrédient ne suit nettement les saisons.",
    "plain.most_seasonal.none": "Aucun ingrédient n'atteint les deux seuils pour être affiché."
  }
} satisfies TextModule;
