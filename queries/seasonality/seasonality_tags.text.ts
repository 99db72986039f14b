/** English and French text of the seasonal tags analysis. */
import type {TextModule} from "../../pipeline/narrative.js";
import {WILSON_DEFINITION} from "../_shareInterval.text.js";

/** Titles, labels, method and claim templates, in English and French. */
export const text = {
  en: {
    title: "The most seasonal tags",
    lede: "Which recipe tags (occasions, dishes, cuisines) rise and fall with the seasons?",
    method: `For every tag (lower-cased and trimmed, counted once per recipe), the share of each season's recipes that carry it; then, across the four seasons, the mean share, the standard deviation (of the population: the four seasons are described for themselves), the coefficient of variation (standard deviation over mean) and the range. Every tag found in at least {minMeanShare|pct|0} of recipes on average over the four seasons gets a χ² test of independence between season and presence (seasons × with or without the tag), with Cramér's V for its strength. All these tests form one family, adjusted together by Holm's method, the correction this site applies to every family of tests; a tag depends significantly on the season when its adjusted p-value is below {alpha|2}. Testing every common tag, and not only those that look seasonal, keeps the choice of what to test from deciding the result. Of the tags that move by at least {minRange|scale:100|1|unit:pct_points} (pp) of recipes between their highest and lowest season, the {topN|int} with the highest coefficient of variation are shown, each seasonal share with its {intervalLevel|pct|0} Wilson interval ${WILSON_DEFINITION.en}. The {minMeanShare|pct|0} threshold is an average over this page's four seasons; the weekend page averages over its two periods instead, so a tag near the threshold can be tested on one page and not on the other.`,
    "kpi.distinctItems": "Distinct tags",
    "kpi.testedItems": "Common enough to test (in ≥ {minMeanShare|pct|0} of recipes, mean over the seasons)",
    "kpi.keptItems": "Of these, move by ≥ {minRange|scale:100|1|unit:pct_points} between seasons",
    "kpi.shown": "Most variable, shown",
    "kpi.significantCount": "Shown and tied to the season",
    "axis.item": "Tag",
    "axis.season": "Season",
    "axis.season_Winter": "Winter",
    "axis.season_Spring": "Spring",
    "axis.season_Summer": "Summer",
    "axis.season_Autumn": "Autumn",
    "axis.rank": "Rank",
    "axis.recipes": "Recipes with the tag",
    "axis.gap": "Gap to the tag's mean of the four seasons",
    "axis.p": "p-value (χ²)",
    "axis.pAdjusted": "p-value (Holm)",
    "axis.above": "Above the tag's mean of the four seasons",
    "axis.below": "Below the tag's mean of the four seasons",
    "axis.shade": "Shade: faint near the mean share, stronger further from it (fixed scale)",
    "axis.peak": "Busiest season",
    "axis.trough": "Quietest season",
    "axis.cv": "Coefficient of variation",
    "axis.chi2": "χ²",
    "axis.significance_note": "* significant at α = {alpha|2} after Holm's correction for every tag tested",
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
    "figure.heatmap.caption": "Top tags by seasonal variability: share of each season's recipes",
    "figure.heatmap.description":
      "Heatmap with one row per tag, the {topN|int} most seasonal first, and one column per season; each cell prints, in bold for the peak season, the share of the season's recipes that carry the tag. Orange cells lie above the tag's own mean of the four seasons and blue ones below, deeper for larger gaps, so rare and common tags read alike; an asterisk marks a χ² test still significant after Holm's correction.",
    "figure.range.caption":
      "Each tag's share in each season, from the lowest to the highest (the highest season named at the right), with {intervalLevel|pct|0} intervals",
    "figure.range.description":
      "For each of the {topN|int} most seasonal tags, one mark per season on a shared axis of recipe share, each season in its own lane of the tag's row (winter at the top, then spring, summer and autumn) and in its own shape (winter a triangle, spring a diamond, summer a circle, autumn a square), over a grey band from the lowest share to the highest; the lowest and the highest marks lie on a line of their colour spanning the share's {intervalLevel|pct|0} interval (often hidden by the mark; the heatmap's table gives its bounds), the mark of the peak season is outlined and the season named beside it. An asterisk after the tag marks a χ² test still significant after Holm's correction.",
    "most_seasonal.significant":
      "The most seasonal tag is {item}: it appears on {peakShare|pct|1} of the recipes posted {peak|label|in} against {troughShare|pct|1} {trough|label|in} (coefficient of variation {cv|pct|0}); the link with the season is significant (χ² = {chi2|1}, {df} df; {p|p} after Holm's correction for {tested|int} tests), with a {effect|label} association by Cohen's benchmarks (Cramér's V = {cramersV|3}).",
    "most_seasonal.not_significant":
      "The most seasonal tag by coefficient of variation is {item}, on {peakShare|pct|1} of the recipes posted {peak|label|in} against {troughShare|pct|1} {trough|label|in}, but the link with the season is not significant (χ² = {chi2|1}, {df} df; {p|p} after Holm's correction for {tested|int} tests).",
    "most_seasonal.none":
      "None of the {distinct|int} distinct tags is both common enough (in at least {minMeanShare|pct|0} of recipes, on average over the four seasons) and seasonal enough (moving by at least {minRange|scale:100|1|unit:pct_points} between its highest and lowest season) to be shown.",
    filter:
      "Of {distinct|int} distinct tags, {tested|int} are common enough to test (found in at least {minMeanShare|pct|0} of recipes, on average over the four seasons), {kept|int} of these move by at least {minRange|scale:100|1|unit:pct_points} between their highest and lowest season, and the {shown|int} most variable are shown.",
    significant_count:
      "{significant|int|count} of these {shown|int} tags depend significantly on the season, after Holm's correction for the {tested|int} tags tested.",
    "significant_count#one":
      "{significant|int|count} of these {shown|int} tags depends significantly on the season, after Holm's correction for the {tested|int} tags tested.",
    "significant_count#all":
      "All {shown|int} of these tags depend significantly on the season, after Holm's correction for the {tested|int} tags tested.",
    peak_season: "{items|int|count} of the {shown|int} tags shown peak {season|label|in}.",
    "peak_season#one": "{items|int|count} of the {shown|int} tags shown peaks {season|label|in}.",
    "peak_season.tie":
      "The tags shown peak most often {season|label|in}, with {items|int|count} of the {shown|int} in each.",
    "plain.most_seasonal.significant":
      "The most seasonal tag is {item}: most used {peak|label|in}, least {trough|label|in}.",
    "plain.most_seasonal.not_significant": "No tag clearly follows the seasons.",
    "plain.most_seasonal.none": "No tag passes both thresholds for being shown."
  },
  fr: {
    title: "Les étiquettes les plus saisonnières",
    lede: "Quelles étiquettes de recettes (occasions, plats, cuisines) vont et viennent au fil des saisons ?",
    method: `Pour chaque étiquette (en minuscules, sans espaces superflus, comptée une fois par recette), la part des recettes de chaque saison qui la portent ; puis, sur les quatre saisons, la part moyenne, l'écart type de population (les quatre saisons sont décrites pour elles-mêmes), le coefficient de variation (écart type rapporté à la moyenne) et l'étendue. Chaque étiquette présente dans au moins {minMeanShare|pct|0} des recettes en moyenne sur les quatre saisons reçoit un test du χ² d'indépendance entre la saison et sa présence (saisons × avec ou sans), avec le V de Cramér pour en mesurer la force. Tous ces tests forment une seule famille, ajustée par la méthode de Holm, la correction que ce site applique à toute famille de tests ; une étiquette dépend significativement de la saison quand sa valeur p ajustée est inférieure à {alpha|2}. Tester toutes les étiquettes courantes, et pas seulement celles qui semblent saisonnières, évite que le choix des tests décide du résultat. Parmi les étiquettes qui varient d'au moins {minRange|scale:100|1|unit:pct_points} (pp) de recettes entre leur saison la plus haute et la plus basse, les {topN|int} au plus fort coefficient de variation sont affichées, chaque part saisonnière avec son intervalle de Wilson à {intervalLevel|pct|0} ${WILSON_DEFINITION.fr}. Ce seuil de {minMeanShare|pct|0} est une moyenne sur les quatre saisons de cette page ; la page du week-end fait la moyenne sur ses deux périodes, si bien qu'une étiquette proche du seuil peut être testée sur une page et pas sur l'autre.`,
    "kpi.distinctItems": "Étiquettes distinctes",
    "kpi.testedItems":
      "Assez courantes pour être testées (≥ {minMeanShare|pct|0} des recettes, en moyenne sur les saisons)",
    "kpi.keptItems": "Parmi elles, varient d'au moins {minRange|scale:100|1|unit:pct_points} selon la saison",
    "kpi.shown": "Les plus variables, affichées",
    "kpi.significantCount": "Affichées et liées à la saison",
    "axis.item": "Étiquette",
    "axis.season": "Saison",
    "axis.season_Winter": "Hiver",
    "axis.season_Spring": "Printemps",
    "axis.season_Summer": "Été",
    "axis.season_Autumn": "Automne",
    "axis.rank": "Rang",
    "axis.recipes": "Recettes avec l'étiquette",
    "axis.gap": "Écart à la moyenne des quatre saisons de l'étiquette",
    "axis.p": "valeur p (χ²)",
    "axis.pAdjusted": "valeur p (Holm)",
    "axis.above": "Au-dessus de la moyenne des quatre saisons de l'étiquette",
    "axis.below": "En dessous de la moyenne des quatre saisons de l'étiquette",
    "axis.shade": "Teinte : discrète près de la part moyenne, plus marquée en s'en éloignant (échelle fixe)",
    "axis.peak": "Saison la plus forte",
    "axis.trough": "Saison la plus creuse",
    "axis.cv": "Coefficient de variation",
    "axis.chi2": "χ²",
    "axis.significance_note":
      "* significative au seuil α = {alpha|2} après correction de Holm pour toutes les étiquettes testées",
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
    "figure.heatmap.caption": "Étiquettes les plus variables selon la saison : part des recettes de chaque saison",
    "figure.heatmap.description":
      "Carte de chaleur avec une ligne par étiquette, les {topN|int} plus saisonnières en tête, et une colonne par saison ; chaque case inscrit, en gras pour la saison la plus forte, la part des recettes de la saison qui portent l'étiquette. Les cases orange sont au-dessus de la moyenne des quatre saisons de l'étiquette, les bleues en dessous, d'autant plus foncées que l'écart est grand, si bien que les étiquettes rares et courantes se lisent de la même façon ; un astérisque signale un test du χ² encore significatif après correction de Holm.",
    "figure.range.caption":
      "Part de chaque étiquette dans chaque saison, de la plus basse à la plus haute (la saison la plus haute nommée à droite), avec les intervalles à {intervalLevel|pct|0}",
    "figure.range.description":
      "Pour chacune des {topN|int} étiquettes les plus saisonnières, une marque par saison sur un axe commun de part des recettes, chaque saison à sa propre hauteur dans la ligne de l'étiquette (l'hiver en haut, puis le printemps, l'été et l'automne) et sous sa propre forme (l'hiver un triangle, le printemps un losange, l'été un rond, l'automne un carré), sur une bande grise de la part la plus basse à la plus haute ; les marques la plus basse et la plus haute sont posées sur un trait de leur couleur couvrant l'intervalle à {intervalLevel|pct|0} de la part (souvent caché par la marque ; le tableau de la carte de chaleur en donne les bornes), la marque de la saison la plus forte est cerclée et la saison nommée à côté. Un astérisque après l'étiquette signale un test du χ² encore significatif après correction de Holm.",
    "most_seasonal.significant":
      "L'étiquette la plus saisonnière est « {item} » : elle figure sur {peakShare|pct|1} des recettes publiées {peak|label|in}, contre {troughShare|pct|1} {trough|label|in} (coefficient de variation {cv|pct|0}) ; le lien avec la saison est significatif (χ² = {chi2|1}, {df} ddl ; {p|p} après correction de Holm pour {tested|int} tests), avec une association d'intensité {effect|label} selon les repères de Cohen (V de Cramér = {cramersV|3}).",
    "most_seasonal.not_significant":
      "L'étiquette la plus saisonnière selon le coefficient de variation est « {item} », présente sur {peakShare|pct|1} des recettes publiées {peak|label|in} contre {troughShare|pct|1} {trough|label|in}, mais le lien avec la saison n'est pas significatif (χ² = {chi2|1}, {df} ddl ; {p|p} après correction de Holm pour {tested|int} tests).",
    "most_seasonal.none":
      "Aucune des {distinct|int} étiquettes distinctes n'est à la fois assez courante (présente dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur les quatre saisons) et assez saisonnière (variant d'au moins {minRange|scale:100|1|unit:pct_points} entre sa saison la plus haute et la plus basse) pour être affichée.",
    filter:
      "Sur {distinct|int} étiquettes distinctes, {tested|int} sont assez courantes pour être testées (présentes dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur les quatre saisons), {kept|int} d'entre elles varient d'au moins {minRange|scale:100|1|unit:pct_points} entre leur saison la plus haute et la plus basse, et les {shown|int} plus variables sont affichées.",
    significant_count:
      "Sur ces {shown|int} étiquettes, {significant|int|count} dépendent significativement de la saison, après correction de Holm pour les {tested|int} étiquettes testées.",
    "significant_count#one":
      "Sur ces {shown|int} étiquettes, {significant|int|count} dépend significativement de la saison, après correction de Holm pour les {tested|int} étiquettes testées.",
    "significant_count#all":
      "Ces {shown|int} étiquettes dépendent toutes significativement de la saison, après correction de Holm pour les {tested|int} étiquettes testées.",
    peak_season:
      "Sur les {shown|int} étiquettes affichées, {items|int|count} atteignent leur maximum {season|label|in}.",
    "peak_season#one":
      "Sur les {shown|int} étiquettes affichées, {items|int|count} atteint son maximum {season|label|in}.",
    "peak_season.tie":
      "Les étiquettes affichées atteignent le plus souvent leur maximum {season|label|in}, avec {items|int|count} des {shown|int} dans chaque saison.",
    "plain.most_seasonal.significant":
      "L'étiquette la plus saisonnière est « {item} » : la plus utilisée {peak|label|in}, la moins {trough|label|in}.",
    "plain.most_seasonal.not_significant": "Aucune étiquette ne suit nettement les saisons.",
    "plain.most_seasonal.none": "Aucune étiquette n'atteint les deux seuils pour être affichée."
  }
} satisfies TextModule;
