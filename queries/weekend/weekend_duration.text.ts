/** English and French strings of the weekend duration analysis. */
import type {TextModule} from "../../pipeline/narrative.js";

export const text = {
  en: {
    title: "Do weekend recipes take longer to make?",
    lede: "Are the recipes posted at the weekend longer to prepare than those posted on weekdays?",
    method:
      "Preparation time is the recipe's stated minutes after cleaning. For each period we give the mean, the standard deviation, the quartiles (linear interpolation) and Tukey's box-plot elements: the whiskers reach the most extreme recipes within {whiskerIqr|1} times the interquartile range of the box, and the recipes beyond are counted rather than drawn. The means are compared with Student's two-sample t-test (pooled variance), the test the reference app used and the one the headline quotes; Welch's test, which does not assume equal variances, is reported beside it. The difference is weekend minus weekday, with its {ciLevel|pct|0} confidence interval, and Cohen's d (the difference over the pooled standard deviation) measures its size; α = {alpha|2}.",
    "kpi.weekdayMean": "Weekday mean (min)",
    "kpi.weekendMean": "Weekend mean (min)",
    "kpi.difference": "Weekend − weekday (min)",
    "kpi.weekdayIqr": "Weekday interquartile range (min)",
    "axis.period": "Posting period",
    "axis.minutes": "Preparation time (minutes)",
    "figure.means.caption": "Mean preparation time, with median and quartiles",
    "figure.means.description":
      "For each period, a bar for the mean preparation time ({weekdayMean|1} minutes on weekdays, {weekendMean|1} at weekends), a dashed tick at the median and a segment from the first to the third quartile.",
    "figure.box.caption": "Distribution of preparation time",
    "figure.box.description":
      "Box plots of preparation time for weekday and weekend recipes: each box spans the first to the third quartile with a line at the median, the whiskers reach the most extreme recipes within {whiskerIqr|1} times the interquartile range of the box, and the number of recipes beyond them is written next to each whisker.",
    "difference.longer_at_weekend":
      "Weekend recipes take longer: {weekendMean|1} against {weekdayMean|1} minutes on average, {gap|1} minutes ({gapPct|pct|1}) more (Student's t = {t|2}, {p|p}); the effect is {effect|label} (Cohen's d = {d|signed|2}).",
    "difference.shorter_at_weekend":
      "Weekend recipes are quicker: {weekendMean|1} against {weekdayMean|1} minutes on average, {gap|1} minutes ({gapPct|pct|1}) less (Student's t = {t|2}, {p|p}); the effect is {effect|label} (Cohen's d = {d|signed|2}).",
    "difference.not_significant":
      "No detectable difference in preparation time: {weekendMean|1} minutes on average at weekends against {weekdayMean|1} on weekdays, a gap of {diff|signed|2} minutes that Student's t-test does not tell apart from zero (t = {t|2}, {p|p}; Cohen's d = {d|signed|3}, a {effect|label} effect).",
    interval:
      "With {level|pct|0} confidence, the weekend − weekday difference in mean time lies between {ciLow|signed|2} and {ciHigh|signed|2} minutes.",
    "welch.agrees":
      "Welch's test, which does not assume equal variances, reaches the same conclusion (t = {t|2}, df = {df|0}, {p|p}).",
    "welch.disagrees":
      "Welch's test, which does not assume equal variances, reaches the opposite conclusion at the same level (t = {t|2}, df = {df|0}, {p|p}): the result hinges on the equal-variance assumption.",
    "medians.equal": "Half of the recipes of either period take at most {median} minutes: the medians are equal.",
    "medians.differ": "The median time is {weekdayMedian} minutes on weekdays and {weekendMedian} minutes at weekends."
  },
  fr: {
    title: "Les recettes du week-end sont-elles plus longues à préparer ?",
    lede: "Les recettes publiées le week-end demandent-elles plus de temps de préparation que celles publiées en semaine ?",
    method:
      "Le temps de préparation est la durée en minutes indiquée par la recette, après nettoyage. Pour chaque période, on donne la moyenne, l'écart-type, les quartiles (interpolation linéaire) et les éléments de la boîte à moustaches de Tukey : les moustaches s'arrêtent aux recettes les plus extrêmes situées à moins de {whiskerIqr|1} fois l'écart interquartile de la boîte, et les recettes au-delà sont comptées plutôt que dessinées. Les moyennes sont comparées par le test t de Student à deux échantillons (variance commune), celui de l'application de référence et celui que cite le titre ; le test de Welch, qui ne suppose pas des variances égales, est donné à côté. L'écart est calculé week-end moins semaine, avec son intervalle de confiance à {ciLevel|pct|0}, et le d de Cohen (l'écart rapporté à l'écart-type commun) en mesure l'ampleur ; α = {alpha|2}.",
    "kpi.weekdayMean": "Moyenne en semaine (min)",
    "kpi.weekendMean": "Moyenne le week-end (min)",
    "kpi.difference": "Week-end − semaine (min)",
    "kpi.weekdayIqr": "Écart interquartile en semaine (min)",
    "axis.period": "Période de publication",
    "axis.minutes": "Temps de préparation (minutes)",
    "figure.means.caption": "Temps de préparation moyen, avec médiane et quartiles",
    "figure.means.description":
      "Pour chaque période, une barre pour le temps de préparation moyen ({weekdayMean|1} minutes en semaine, {weekendMean|1} le week-end), un trait pointillé à la médiane et un segment du premier au troisième quartile.",
    "figure.box.caption": "Distribution du temps de préparation",
    "figure.box.description":
      "Boîtes à moustaches du temps de préparation des recettes de semaine et de week-end : chaque boîte va du premier au troisième quartile, avec un trait à la médiane ; les moustaches s'arrêtent aux recettes les plus extrêmes situées à moins de {whiskerIqr|1} fois l'écart interquartile de la boîte, et le nombre de recettes au-delà est indiqué à côté de chaque moustache.",
    "difference.longer_at_weekend":
      "Les recettes du week-end demandent plus de temps : {weekendMean|1} contre {weekdayMean|1} minutes en moyenne, soit {gap|1} min ({gapPct|pct|1}) de plus (t de Student = {t|2}, {p|p}) ; l'effet est {effect|label} (d de Cohen = {d|signed|2}).",
    "difference.shorter_at_weekend":
      "Les recettes du week-end sont plus rapides : {weekendMean|1} contre {weekdayMean|1} minutes en moyenne, soit {gap|1} min ({gapPct|pct|1}) de moins (t de Student = {t|2}, {p|p}) ; l'effet est {effect|label} (d de Cohen = {d|signed|2}).",
    "difference.not_significant":
      "Aucune différence décelable de temps de préparation : {weekendMean|1} minutes en moyenne le week-end contre {weekdayMean|1} en semaine, un écart de {diff|signed|2} min que le test t de Student ne distingue pas de zéro (t = {t|2}, {p|p} ; d de Cohen = {d|signed|3}, effet {effect|label}).",
    interval:
      "Avec une confiance de {level|pct|0}, l'écart de durée moyenne entre week-end et semaine est compris entre {ciLow|signed|2} et {ciHigh|signed|2} min.",
    "welch.agrees":
      "Le test de Welch, qui ne suppose pas des variances égales, conduit à la même conclusion (t = {t|2}, ddl = {df|0}, {p|p}).",
    "welch.disagrees":
      "Le test de Welch, qui ne suppose pas des variances égales, aboutit à la conclusion inverse au même seuil (t = {t|2}, ddl = {df|0}, {p|p}) : le résultat tient à l'hypothèse d'égalité des variances.",
    "medians.equal":
      "Dans les deux périodes, la moitié des recettes demandent au plus {median} minutes : les médianes sont égales.",
    "medians.differ":
      "La durée médiane est de {weekdayMedian} minutes en semaine et de {weekendMedian} minutes le week-end."
  }
} satisfies TextModule;
