/** English and French strings of the weekend duration analysis. */
import type {TextModule} from "../../pipeline/narrative.js";

export const text = {
  en: {
    title: "Do weekend recipes take longer to make?",
    lede: "Are the recipes posted at the weekend longer to prepare than those posted on weekdays?",
    method:
      "Preparation time is the recipe's stated minutes after cleaning. For each period we give the mean, the standard deviation, the quartiles (linear interpolation) and Tukey's box-plot elements: the whiskers reach the most extreme recipes within {whiskerIqr|1} times the interquartile range of the box, and the recipes beyond are counted rather than drawn. The means are compared with Student's two-sample t-test (pooled variance), the one the headline quotes; Welch's test, which does not assume equal variances, is reported beside it. The difference is weekend minus weekday, with its {ciLevel|pct|0} confidence interval, and Cohen's d (the difference over the pooled standard deviation) measures its size; α = {alpha|2}. Each period's mean is drawn with its {intervalLevel|pct|0} Student t interval. Why a t-test here when the seasonality page compares preparation times by rank: this page asks whether the mean time differs between two large groups, where the comparison of means holds despite the skew (central limit theorem); the seasonality page compares the whole distributions of four seasons, which a rank test does, and backs its gap of means with a Welch interval.",
    "kpi.weekdayMean": "Weekday mean (min)",
    "kpi.weekendMean": "Weekend mean (min)",
    "kpi.difference": "Weekend − weekday (min)",
    "kpi.weekdayIqr": "Weekday interquartile range (min)",
    "axis.period": "Posting period",
    "axis.minutes": "Preparation time (minutes)",
    "axis.weekday": "Weekdays (Monday–Friday)",
    "axis.weekend": "Weekend (Saturday–Sunday)",
    "axis.n": "Recipes",
    "axis.mean": "Mean (min)",
    "axis.std": "Standard deviation (min)",
    "axis.min": "Shortest (min)",
    "axis.max": "Longest (min)",
    "axis.whiskerLow": "Lower whisker end (min)",
    "axis.whiskerHigh": "Upper whisker end (min)",
    "axis.q25": "First quartile (min)",
    "axis.median": "Median (min)",
    "axis.q75": "Third quartile (min)",
    "axis.quartiles": "First to third quartile (min)",
    "axis.outliersBelow": "Recipes below the lower whisker",
    "axis.outliersAbove": "Recipes beyond the upper whisker",
    "axis.beyond": "beyond the whisker",
    "axis.difference": "Weekend − weekday mean time (minutes)",
    "axis.ciLow": "Lower bound of the interval (min)",
    "axis.ciHigh": "Upper bound of the interval (min)",
    "axis.diffPct": "Difference (% of the weekday mean)",
    "axis.t": "Student's t",
    "axis.p": "Student's p-value",
    "axis.cohenD": "Cohen's d",
    "axis.interval": "{intervalLevel|pct|0} confidence interval of the mean",
    "axis.lower": "Lower bound of the mean's interval (min)",
    "axis.upper": "Upper bound of the mean's interval (min)",
    "figure.box.caption": "Distribution of preparation time, with each mean's {intervalLevel|pct|0} interval",
    "figure.box.description":
      "Horizontal box plots of preparation time for weekday recipes (blue-grey) and weekend recipes (orange): each box spans the first to the third quartile with a thick line at the median and a diamond at the mean ({weekdayMean|2} minutes on weekdays, {weekendMean|2} at weekends), drawn on a dark line spanning the mean's {intervalLevel|pct|0} confidence interval, so narrow that the diamond mostly hides it (the table gives its bounds); the whiskers reach the most extreme recipes within {whiskerIqr|1} times the interquartile range of the box, and a dotted line carries on to the longest recipe, labelled with the number of recipes beyond the whisker.",
    "figure.difference.caption": "Weekend − weekday difference in mean preparation time",
    "figure.difference.description":
      "A dot at the weekend − weekday difference in mean preparation time, in minutes, with a bar spanning its {ciLevel|pct|0} confidence interval and a dashed vertical line at zero; the dot is hollow when Student's t-test finds no significant difference ({p|p} here), filled when it does. An interval that crosses zero means the data cannot tell the two periods apart.",
    "difference.longer_at_weekend":
      "Weekend recipes take longer: {weekendMean|2} against {weekdayMean|2} minutes on average, {gap|2|diff:weekendMean:weekdayMean} minutes ({gapPct|pct|1}) more (Student's t = {t|2}, {p|p}); the effect is {effect|label} by Cohen's benchmarks (Cohen's d = {d|signed|2}).",
    "difference.shorter_at_weekend":
      "Weekend recipes are quicker: {weekendMean|2} against {weekdayMean|2} minutes on average, {gap|2|diff:weekdayMean:weekendMean} minutes ({gapPct|pct|1}) less (Student's t = {t|2}, {p|p}); the effect is {effect|label} by Cohen's benchmarks (Cohen's d = {d|signed|2}).",
    "difference.not_significant":
      "No detectable difference in preparation time: {weekendMean|2} minutes on average at weekends against {weekdayMean|2} on weekdays, a gap of {diff|signed|2|diff:weekendMean:weekdayMean} minutes that Student's t-test does not tell apart from zero (t = {t|2}, {p|p}; Cohen's d = {d|signed|3}, a {effect|label} effect by Cohen's benchmarks).",
    interval:
      "With {level|pct|0} confidence, the weekend − weekday difference in mean time lies between {ciLow|signed|2} and {ciHigh|signed|2} minutes.",
    "welch.agrees":
      "Welch's test, which does not assume equal variances, reaches the same conclusion (t = {t|2}, {df|0} df, {p|p}).",
    "welch.disagrees":
      "Welch's test, which does not assume equal variances, reaches the opposite conclusion at the same level (t = {t|2}, {df|0} df, {p|p}): the result hinges on the equal-variance assumption.",
    "medians.equal": "Half of the recipes of either period take at most {median} minutes: the medians are equal.",
    "medians.differ": "The median time is {weekdayMedian} minutes on weekdays and {weekendMedian} minutes at weekends.",
    "plain.difference.longer_at_weekend": "Recipes posted at the weekend take a little longer than weekday ones.",
    "plain.difference.shorter_at_weekend": "Recipes posted at the weekend are a little quicker than weekday ones.",
    "plain.difference.not_significant": "Recipes posted at the weekend take about as long as weekday ones."
  },
  fr: {
    title: "Les recettes du week-end sont-elles plus longues à préparer ?",
    lede: "Les recettes publiées le week-end demandent-elles plus de temps de préparation que celles publiées en semaine ?",
    method:
      "Le temps de préparation est la durée en minutes indiquée par la recette, après nettoyage. Pour chaque période, on donne la moyenne, l'écart type, les quartiles (interpolation linéaire) et les éléments de la boîte à moustaches de Tukey : les moustaches s'arrêtent aux recettes les plus extrêmes situées à moins de {whiskerIqr|1} fois l'écart interquartile de la boîte, et les recettes au-delà sont comptées plutôt que dessinées. Les moyennes sont comparées par le test t de Student à deux échantillons (variance commune), celui dont le titre donne le résultat ; le test de Welch, qui ne suppose pas l'égalité des variances, est donné à côté. L'écart est calculé week-end moins semaine, avec son intervalle de confiance à {ciLevel|pct|0}, et le d de Cohen (l'écart rapporté à l'écart type commun) en mesure l'ampleur ; α = {alpha|2}. La moyenne de chaque période est tracée avec son intervalle de Student à {intervalLevel|pct|0}. Pourquoi un test t ici, quand la page des saisons compare les temps de préparation par les rangs : cette page demande si le temps moyen diffère entre deux grands groupes, où la comparaison des moyennes tient malgré l'asymétrie (théorème central limite) ; la page des saisons compare les distributions entières de quatre saisons, ce que fait un test sur les rangs, et appuie son écart de moyennes sur un intervalle de Welch.",
    "kpi.weekdayMean": "Moyenne en semaine (min)",
    "kpi.weekendMean": "Moyenne le week-end (min)",
    "kpi.difference": "Week-end − semaine (min)",
    "kpi.weekdayIqr": "Écart interquartile en semaine (min)",
    "axis.period": "Période de publication",
    "axis.minutes": "Temps de préparation (minutes)",
    "axis.weekday": "Semaine (lundi–vendredi)",
    "axis.weekend": "Week-end (samedi–dimanche)",
    "axis.n": "Recettes",
    "axis.mean": "Moyenne (min)",
    "axis.std": "Écart-type (min)",
    "axis.min": "Plus courte (min)",
    "axis.max": "Plus longue (min)",
    "axis.whiskerLow": "Fin de la moustache basse (min)",
    "axis.whiskerHigh": "Fin de la moustache haute (min)",
    "axis.q25": "Premier quartile (min)",
    "axis.median": "Médiane (min)",
    "axis.q75": "Troisième quartile (min)",
    "axis.quartiles": "Du premier au troisième quartile (min)",
    "axis.outliersBelow": "Recettes sous la moustache basse",
    "axis.outliersAbove": "Recettes au-delà de la moustache haute",
    "axis.beyond": "au-delà de la moustache",
    "axis.difference": "Écart de durée moyenne week-end − semaine (minutes)",
    "axis.ciLow": "Borne basse de l'intervalle (min)",
    "axis.ciHigh": "Borne haute de l'intervalle (min)",
    "axis.diffPct": "Écart (% de la moyenne de semaine)",
    "axis.t": "t de Student",
    "axis.p": "valeur p de Student",
    "axis.cohenD": "d de Cohen",
    "axis.interval": "Intervalle de confiance à {intervalLevel|pct|0} de la moyenne",
    "axis.lower": "Borne basse de l'intervalle de la moyenne (min)",
    "axis.upper": "Borne haute de l'intervalle de la moyenne (min)",
    "figure.box.caption":
      "Distribution du temps de préparation, avec l'intervalle à {intervalLevel|pct|0} de chaque moyenne",
    "figure.box.description":
      "Boîtes à moustaches horizontales du temps de préparation des recettes de semaine (en bleu-gris) et de week-end (en orange) : chaque boîte va du premier au troisième quartile, avec un trait épais à la médiane et un losange à la moyenne ({weekdayMean|2} minutes en semaine, {weekendMean|2} le week-end), posé sur un trait sombre couvrant l'intervalle de confiance à {intervalLevel|pct|0} de la moyenne, si étroit que le losange le cache presque (le tableau en donne les bornes) ; les moustaches s'arrêtent aux recettes les plus extrêmes situées à moins de {whiskerIqr|1} fois l'écart interquartile de la boîte, et une ligne pointillée se prolonge jusqu'à la recette la plus longue, avec le nombre de recettes au-delà de la moustache.",
    "figure.difference.caption": "Écart de temps de préparation moyen entre week-end et semaine",
    "figure.difference.description":
      "Un point à l'écart de temps de préparation moyen week-end − semaine, en minutes, avec une barre couvrant son intervalle de confiance à {ciLevel|pct|0} et une ligne verticale pointillée à zéro ; le point est creux quand le test t de Student ne trouve pas d'écart significatif ({p|p} ici), plein quand il en trouve un. Un intervalle qui passe par zéro signifie que les données ne permettent pas de distinguer les deux périodes.",
    "difference.longer_at_weekend":
      "Les recettes du week-end demandent plus de temps : {weekendMean|2} contre {weekdayMean|2} minutes en moyenne, soit {gap|2|diff:weekendMean:weekdayMean} min ({gapPct|pct|1}) de plus (t de Student = {t|2}, {p|p}) ; l'effet est {effect|label} selon les repères de Cohen (d de Cohen = {d|signed|2}).",
    "difference.shorter_at_weekend":
      "Les recettes du week-end sont plus rapides : {weekendMean|2} contre {weekdayMean|2} minutes en moyenne, soit {gap|2|diff:weekdayMean:weekendMean} min ({gapPct|pct|1}) de moins (t de Student = {t|2}, {p|p}) ; l'effet est {effect|label} selon les repères de Cohen (d de Cohen = {d|signed|2}).",
    "difference.not_significant":
      "Aucune différence décelable de temps de préparation : {weekendMean|2} minutes en moyenne le week-end contre {weekdayMean|2} en semaine, un écart de {diff|signed|2|diff:weekendMean:weekdayMean} min que le test t de Student ne distingue pas de zéro (t = {t|2}, {p|p} ; d de Cohen = {d|signed|3}, effet {effect|label} selon les repères de Cohen).",
    interval:
      "L'intervalle de confiance à {level|pct|0} de l'écart de durée moyenne entre week-end et semaine va de {ciLow|signed|2} à {ciHigh|signed|2} min.",
    "welch.agrees":
      "Le test de Welch, qui ne suppose pas l'égalité des variances, conduit à la même conclusion (t = {t|2}, {df|0} ddl, {p|p}).",
    "welch.disagrees":
      "Le test de Welch, qui ne suppose pas l'égalité des variances, aboutit à la conclusion inverse au même seuil (t = {t|2}, {df|0} ddl, {p|p}) : le résultat tient à l'hypothèse d'égalité des variances.",
    "medians.equal":
      "Dans les deux périodes, la moitié des recettes demandent au plus {median} minutes : les médianes sont égales.",
    "medians.differ":
      "La durée médiane est de {weekdayMedian} minutes en semaine et de {weekendMedian} minutes le week-end.",
    "plain.difference.longer_at_weekend":
      "Les recettes publiées le week-end prennent un peu plus de temps que celles de la semaine.",
    "plain.difference.shorter_at_weekend":
      "Les recettes publiées le week-end sont un peu plus rapides que celles de la semaine.",
    "plain.difference.not_significant":
      "Les recettes publiées le week-end prennent à peu près autant de temps que celles de la semaine."
  }
} satisfies TextModule;
