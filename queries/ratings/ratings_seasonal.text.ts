/** English and French texts of ratings_seasonal: whether ratings differ by season, and whether it matters. */
import type {TextModule} from "../../pipeline/narrative.js";

/** Templates of ratings_seasonal: structural keys (title, lede, method, kpi, axis, figure) and one per claim id. */
export const text = {
  en: {
    title: "Do ratings change with the seasons?",
    lede: "Are recipes rated more generously in some seasons and, if so, is the difference large enough to matter?",
    method:
      "Each of the {n|int} ratings is placed in the meteorological season of its date. A one-way analysis of variance (ANOVA) compares the seasons' means from each season's count, mean and variance; because ratings take only a handful of values and are far from normally distributed, a Kruskal–Wallis test on ranks makes the decision at α = {alpha|2}. Its ranks come from cumulative counts per star value: tied ratings share the mean of the ranks they span, and the statistic is corrected for ties. With this many ratings even tiny differences are significant, so effect sizes say whether they matter: ε² for Kruskal–Wallis, the share of the variance of the ranks that the season accounts for, and η² for the ANOVA, the share of the variance of the ratings, both read against Cohen's benchmarks. Each season's mean carries a {level|pct|0} Student t interval. The best and the worst season are picked from the {pairs|int} pairs of seasons, so the gap between them is given with a {level|pct|0} Welch interval that holds for all the pairs together: each pair's interval is taken at {pairLevel|pct|1} (Bonferroni's correction, the interval form of the site's multiple-testing policy).",
    "kpi.best": "Best-rated season",
    "kpi.worst": "Lowest-rated season",
    "kpi.gap": "Best vs worst season (stars)",
    "kpi.gapInterval": "{level|pct|0} interval, widened for picking best and worst: {lower|3} to {upper|3}",
    "axis.season": "Season",
    "axis.meanRating": "Mean rating (stars)",
    "axis.fromOverallMean": "Season's mean − mean of all ratings (stars)",
    "axis.overallMean": "Mean of all ratings:",
    "axis.zoom":
      "Zoomed axis: end to end, {span|sig|2|unit:stars} ({share|pct|1} of the whole scale, {lowStar|int}–{highStar|int})",
    "axis.share": "Share of the season's ratings",
    "axis.stars": "Stars",
    "axis.std": "Standard deviation of ratings (stars)",
    "axis.ratings": "Ratings",
    "axis.lower": "Lower bound (stars)",
    "axis.upper": "Upper bound (stars)",
    "axis.median": "Median rating (stars)",
    "axis.q25": "First quartile (stars)",
    "axis.q75": "Third quartile (stars)",
    "axis.shareFive": "Share of {topStars|int}-star ratings",
    "axis.shareTwoOrLess": "Share of ratings of {lowStarsMax|int} stars or fewer",
    "axis.season_Winter": "Winter",
    "axis.season_Spring": "Spring",
    "axis.season_Summer": "Summer",
    "axis.season_Autumn": "Autumn",
    "legend.interval": "{level|pct|0} confidence interval of the mean, its bounds in parentheses",
    "legend.oneStar": "One star",
    "legend.twoStar": "Two stars",
    "legend.threeStar": "Three stars",
    "legend.fourStar": "Four stars",
    "legend.fiveStar": "Five stars",
    "figure.means.caption": "Mean rating by season",
    "figure.means.description":
      "One dot per season, in the season's colour, at its mean rating's distance from the mean of all ratings (the dotted zero line), with a bar for its {level|pct|0} interval and a label giving the mean and the interval in stars; the axis spans a few hundredths of a star either side of zero, so that the intervals show, and its ticks say how small the gaps are; highest: {best|label}, at {bestMean|3} stars; lowest: {worst|label}, at {worstMean|3}; a gap of {gap|3|diff:bestMean:worstMean}.",
    "figure.stars.caption": "How each season's ratings split by stars",
    "figure.stars.description":
      "One block per season with one bar per number of stars, from {topStars|int} stars (top) down to one star (bottom), each bar as long as that star's share of the season's ratings and labelled with the star and the share, so that the few-percent shares of the lowest stars read as well as the largest.",
    "figure.spread.caption": "Spread of ratings by season",
    "figure.spread.description":
      "One dot per season, in the season's colour, at the standard deviation of its ratings, labelled with its value, on an axis that starts at zero.",
    "difference.not_significant":
      "Ratings do not differ by season: Kruskal–Wallis H = {H|1}, {pKruskal|p} at α = {alpha|2} (ANOVA F = {F|2}, {pAnova|p}).",
    "difference.significant_negligible":
      "The seasons differ significantly (Kruskal–Wallis H = {H|1}, {pKruskal|p}; ANOVA F = {F|2}, {pAnova|p}), but the effect is {label|label} by Cohen's benchmarks: the season accounts for ε² = {epsilon2|sig|2} of the variance of the ranks (Kruskal–Wallis) and η² = {eta2|sig|2} of the variance of the ratings (ANOVA); the gap between the best and the worst season is given below, with its interval. Statistically significant does not mean important.",
    "difference.significant":
      "The seasons differ (Kruskal–Wallis H = {H|1}, {pKruskal|p}; ANOVA F = {F|2}, {pAnova|p}) with a {label|label} effect by Cohen's benchmarks: the season accounts for ε² = {epsilon2|sig|2} of the variance of the ranks (Kruskal–Wallis) and η² = {eta2|sig|2} of the variance of the ratings (ANOVA); the gap between the best and the worst season is given below, with its interval.",
    "season.extremes":
      "The best-rated season is {best|label}, at {bestMean|3} stars; the lowest is {worst|label}, at {worstMean|3}: a gap of {gap|3|diff:bestMean:worstMean} stars ({level|pct|0} interval {gapLower|3} to {gapUpper|3}, widened because the two seasons were picked as the best and the worst of all).",
    "season.extremes#tie":
      "Best rated: {best|label|tied}, at {bestMean|3} stars; lowest: {worst|label|tied}, at {worstMean|3}. The gap is {gap|3|diff:bestMean:worstMean} stars ({level|pct|0} interval {gapLower|3} to {gapUpper|3}, widened because the two seasons were picked as the best and the worst of all).",
    "season.extremes_single":
      "The best-rated season is {best|label}, at {bestMean|3} stars; the lowest is {worst|label}, at {worstMean|3}: a gap of {gap|3|diff:bestMean:worstMean} stars, without an interval since one of the two seasons holds a single rating.",
    "season.extremes_single#tie":
      "Best rated: {best|label|tied}, at {bestMean|3} stars; lowest: {worst|label|tied}, at {worstMean|3}. The gap is {gap|3|diff:bestMean:worstMean} stars, without an interval since one of the two seasons holds a single rating.",
    "stars.extremes":
      "The largest share of {topStars|int}-star ratings goes to {fiveSeason|label} ({fiveShare|pct|1}), and the largest share of one- and two-star ratings to {lowSeason|label}: {lowOne|pct|1} of its ratings give one star and {lowTwo|pct|1} two.",
    "stars.extremes#tie":
      "The largest share of {topStars|int}-star ratings, {fiveShare|pct|1}, goes to {fiveSeason|label|tied}, and the largest share of one- and two-star ratings, {lowShare|pct|1} (the one-star and two-star bars added), to {lowSeason|label|tied}.",
    "plain.difference.not_significant": "Recipes are rated about the same in every season.",
    "plain.difference.significant_negligible":
      "Recipes are rated about the same in every season: the seasons' mean ratings run from {worstMean|3} to {bestMean|3|unit:stars}.",
    "plain.difference.significant":
      "Ratings change with the season: {best|label} rates highest and {worst|label} lowest.",
    "plain.difference.significant#tie":
      "Ratings change with the season: highest {best|label|in}, lowest {worst|label|in}."
  },
  fr: {
    title: "Les notes changent-elles avec les saisons ?",
    lede: "Les recettes sont-elles mieux notées à certaines saisons et, si oui, l'écart est-il assez grand pour compter ?",
    method:
      "Chacune des {n|int} notes est placée dans la saison météorologique de sa date. Une analyse de la variance (ANOVA) à un facteur compare les moyennes des saisons à partir de l'effectif, de la moyenne et de la variance de chaque saison ; comme les notes ne prennent qu'une poignée de valeurs et sont loin d'être distribuées normalement, c'est un test de Kruskal–Wallis sur les rangs qui tranche au seuil α = {alpha|2}. Ses rangs sont tirés des effectifs cumulés par nombre d'étoiles : les notes ex æquo partagent la moyenne des rangs qu'elles occupent, et la statistique est corrigée des ex æquo. Avec autant de notes, la moindre différence est significative ; les tailles d'effet disent donc si elle compte : ε² pour Kruskal–Wallis, la part de la variance des rangs attribuable à la saison, et η² pour l'ANOVA, la part de la variance des notes, toutes deux lues selon les repères de Cohen. La moyenne de chaque saison est accompagnée d'un intervalle de Student à {level|pct|0}. La meilleure et la moins bonne saison sont choisies parmi les {pairs|int} paires de saisons : l'écart entre elles est donc donné avec un intervalle de Welch à {level|pct|0} valable pour toutes les paires à la fois, l'intervalle de chaque paire étant pris à {pairLevel|pct|1} (correction de Bonferroni, la forme que prend pour les intervalles la politique de tests multiples du site).",
    "kpi.best": "Saison la mieux notée",
    "kpi.worst": "Saison la moins bien notée",
    "kpi.gap": "Écart entre la meilleure et la moins bonne saison (étoiles)",
    "kpi.gapInterval":
      "Intervalle à {level|pct|0}, élargi pour le choix de la meilleure et de la pire : {lower|3} à {upper|3}",
    "axis.season": "Saison",
    "axis.meanRating": "Note moyenne (étoiles)",
    "axis.fromOverallMean": "Moyenne de la saison − moyenne de toutes les notes (étoiles)",
    "axis.overallMean": "Moyenne de toutes les notes :",
    // « étoile » or « étoiles » by the French plural rule for the span as printed (unit:stars).
    "axis.zoom":
      "Axe agrandi : d'un bout à l'autre, {span|sig|2|unit:stars} ({share|pct|1} de l'échelle entière, {lowStar|int}–{highStar|int})",
    "axis.share": "Part des notes de la saison",
    "axis.stars": "Étoiles",
    "axis.std": "Écart type des notes (étoiles)",
    "axis.ratings": "Notes",
    "axis.lower": "Borne inférieure (étoiles)",
    "axis.upper": "Borne supérieure (étoiles)",
    "axis.median": "Note médiane (étoiles)",
    "axis.q25": "Premier quartile (étoiles)",
    "axis.q75": "Troisième quartile (étoiles)",
    "axis.shareFive": "Part des notes à {topStars|int} étoiles",
    "axis.shareTwoOrLess": "Part des notes de {lowStarsMax|int} étoiles ou moins",
    "axis.season_Winter": "Hiver",
    "axis.season_Spring": "Printemps",
    "axis.season_Summer": "Été",
    "axis.season_Autumn": "Automne",
    "legend.interval": "Intervalle de confiance à {level|pct|0} de la moyenne, bornes entre parenthèses",
    "legend.oneStar": "Une étoile",
    "legend.twoStar": "Deux étoiles",
    "legend.threeStar": "Trois étoiles",
    "legend.fourStar": "Quatre étoiles",
    "legend.fiveStar": "Cinq étoiles",
    "figure.means.caption": "Note moyenne par saison",
    "figure.means.description":
      "Un point par saison, dans la couleur de la saison, à l'écart de sa note moyenne à la moyenne de toutes les notes (la ligne pointillée du zéro), avec une barre pour son intervalle à {level|pct|0} et une étiquette donnant la moyenne et l'intervalle en étoiles ; l'axe ne couvre que quelques centièmes d'étoile de part et d'autre de zéro, pour que les intervalles se voient, et ses graduations disent combien les écarts sont petits ; en tête : {best|label}, avec {bestMean|3} étoiles ; en dernier : {worst|label}, avec {worstMean|3} ; soit un écart de {gap|3|diff:bestMean:worstMean}.",
    "figure.stars.caption": "Répartition des notes de chaque saison par étoiles",
    "figure.stars.description":
      "Un bloc par saison avec une barre par nombre d'étoiles, de {topStars|int} étoiles (en haut) à une étoile (en bas), chaque barre aussi longue que la part de ces étoiles dans les notes de la saison et étiquetée de l'étoile et de la part, pour que les parts de quelques pour cent des plus basses se lisent aussi bien que les plus grandes.",
    "figure.spread.caption": "Dispersion des notes par saison",
    "figure.spread.description":
      "Un point par saison, dans la couleur de la saison, à l'écart type de ses notes, avec sa valeur, sur un axe qui part de zéro.",
    "difference.not_significant":
      "Les notes ne diffèrent pas selon la saison : Kruskal–Wallis H = {H|1}, {pKruskal|p}, au-dessus du seuil α = {alpha|2} (ANOVA F = {F|2}, {pAnova|p}).",
    "difference.significant_negligible":
      "Les saisons diffèrent significativement (Kruskal–Wallis H = {H|1}, {pKruskal|p} ; ANOVA F = {F|2}, {pAnova|p}), mais l'effet est {label|label} selon les repères de Cohen : la saison explique ε² = {epsilon2|sig|2} de la variance des rangs (Kruskal–Wallis) et η² = {eta2|sig|2} de la variance des notes (ANOVA) ; l'écart entre la meilleure et la moins bonne saison est donné plus bas, avec son intervalle. Statistiquement significatif ne veut pas dire important.",
    "difference.significant":
      "Les saisons diffèrent (Kruskal–Wallis H = {H|1}, {pKruskal|p} ; ANOVA F = {F|2}, {pAnova|p}) avec un effet {label|label} selon les repères de Cohen : la saison explique ε² = {epsilon2|sig|2} de la variance des rangs (Kruskal–Wallis) et η² = {eta2|sig|2} de la variance des notes (ANOVA) ; l'écart entre la meilleure et la moins bonne saison est donné plus bas, avec son intervalle.",
    "season.extremes":
      "La saison la mieux notée est {best|label}, avec {bestMean|3} étoiles ; la moins bien notée est {worst|label}, avec {worstMean|3} : un écart de {gap|3|diff:bestMean:worstMean} étoile (intervalle à {level|pct|0} : {gapLower|3} à {gapUpper|3}, élargi parce que les deux saisons ont été choisies comme la meilleure et la moins bonne de toutes).",
    "season.extremes#tie":
      "En tête : {best|label|tied}, avec {bestMean|3} étoiles ; en dernier : {worst|label|tied}, avec {worstMean|3}. L'écart est de {gap|3|diff:bestMean:worstMean} étoile (intervalle à {level|pct|0} : {gapLower|3} à {gapUpper|3}, élargi parce que les deux saisons ont été choisies comme la meilleure et la moins bonne de toutes).",
    "season.extremes_single":
      "La saison la mieux notée est {best|label}, avec {bestMean|3} étoiles ; la moins bien notée est {worst|label}, avec {worstMean|3} : un écart de {gap|3|diff:bestMean:worstMean} étoile, sans intervalle, car l'une des deux saisons ne compte qu'une note.",
    "season.extremes_single#tie":
      "En tête : {best|label|tied}, avec {bestMean|3} étoiles ; en dernier : {worst|label|tied}, avec {worstMean|3}. L'écart est de {gap|3|diff:bestMean:worstMean} étoile, sans intervalle, car l'une des deux saisons ne compte qu'une note.",
    "stars.extremes":
      "C'est {fiveSeason|label} qui compte la plus forte part de notes à {topStars|int} étoiles ({fiveShare|pct|1}), et {lowSeason|label} la plus forte part de notes à une ou deux étoiles : {lowOne|pct|1} de ses notes sont à une étoile et {lowTwo|pct|1} à deux.",
    "stars.extremes#tie":
      "La plus forte part de notes à {topStars|int} étoiles, {fiveShare|pct|1}, revient à {fiveSeason|label|tied}, et la plus forte part de notes à une ou deux étoiles, {lowShare|pct|1} (les barres à une et à deux étoiles additionnées), à {lowSeason|label|tied}.",
    "plain.difference.not_significant": "Les recettes sont notées à peu près de la même façon en toute saison.",
    "plain.difference.significant_negligible":
      "Les recettes sont notées à peu près de la même façon en toute saison : les notes moyennes des saisons vont de {worstMean|3} à {bestMean|3|unit:stars}.",
    "plain.difference.significant":
      "Les notes changent avec la saison : {best|label} note le plus haut et {worst|label} le plus bas.",
    "plain.difference.significant#tie":
      "Les notes changent avec la saison : les plus hautes {best|label|in}, les plus basses {worst|label|in}."
  }
} satisfies TextModule;
