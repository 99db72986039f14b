/** English and French strings of the weekend complexity analysis. */
import type {TextModule} from "../../pipeline/narrative.js";

export const text = {
  en: {
    title: "Are weekend recipes more elaborate?",
    lede: "Do the recipes posted at the weekend have a higher complexity score, more steps or more ingredients than those posted on weekdays? The complexity score adds the natural logarithm of (one + preparation time in minutes), the number of steps and half the number of ingredients.",
    method:
      "The complexity score is the natural logarithm of (one + minutes), plus the number of steps, plus half the number of ingredients. For the score and for its two main parts, the weekday and weekend means are compared with Student's two-sample t-test (pooled variance; Welch's test is reported beside it), at α = {alpha|2}. Each difference is weekend minus weekday, with its {ciLevel|pct|0} confidence interval and Cohen's d, which says whether a difference that the large samples make significant is also large enough to matter. Each period's mean is drawn with its {intervalLevel|pct|0} Student t interval.",
    "kpi.weekdayScore": "Weekday complexity score (mean)",
    "kpi.weekendScore": "Weekend complexity score (mean)",
    "kpi.difference": "Weekend − weekday (% of the weekday mean)",
    "axis.period": "Posting period",
    "axis.complexity_score": "Complexity score (points)",
    "axis.n_steps": "Steps",
    "axis.n_ingredients": "Ingredients",
    "axis.name_complexity_score": "Complexity score",
    "axis.name_n_steps": "Steps",
    "axis.name_n_ingredients": "Ingredients",
    "axis.ofWeekdayMean": "of the weekday mean",
    "axis.difference": "Weekend − weekday (% of the weekday mean)",
    "axis.metric": "Metric",
    "axis.weekday": "Weekdays (Monday–Friday)",
    "axis.weekend": "Weekend (Saturday–Sunday)",
    "axis.n": "Recipes",
    "axis.mean": "Mean",
    "axis.median": "Median",
    "axis.std": "Standard deviation",
    "axis.meanValue": "Mean (score points, steps or ingredients)",
    "axis.meanDiff": "Weekend − weekday (metric's unit)",
    "axis.ciLowPct": "Lower bound of the interval (% of the weekday mean)",
    "axis.ciHighPct": "Upper bound of the interval (% of the weekday mean)",
    "axis.t": "Student's t",
    "axis.p": "Student's p-value",
    "axis.cohenD": "Cohen's d",
    "axis.significant": "Significant",
    "axis.significant_true": "Yes",
    "axis.significant_false": "No",
    "axis.significantYes": "Significant at α = {alpha|2} (filled dot)",
    "axis.significantNo": "Not significant (hollow dot)",
    "axis.interval": "{intervalLevel|pct|0} confidence interval of the mean",
    "axis.lower": "Lower bound of the mean's interval",
    "axis.upper": "Upper bound of the mean's interval",
    "figure.means.caption":
      "Complexity score, steps and ingredients by period: means with their {intervalLevel|pct|0} intervals",
    "figure.means.description":
      "Three panels of two horizontal bars, weekdays in blue-grey and the weekend in orange, for the mean complexity score ({weekdayMean|2} on weekdays, {weekendMean|2} at weekends), the mean number of steps and the mean number of ingredients, each bar labelled with its mean, ending in a dark line spanning the mean's {intervalLevel|pct|0} confidence interval and carrying a hollow square at the median.",
    "figure.differences.caption": "Weekend − weekday differences with their confidence intervals",
    "figure.differences.description":
      "For each metric, a dot at the weekend − weekday difference as a percentage of the weekday mean, with a bar spanning its {ciLevel|pct|0} confidence interval and a dashed vertical line at zero; each row is labelled with the difference in the metric's own unit, then as a share of the weekday mean, and with Student's p-value, and the dot is filled when the difference is significant, hollow when it is not. An interval that crosses zero means no significant difference.",
    "complexity_score.higher_at_weekend":
      "Weekend recipes are more complex: a mean score of {weekendMean|2} against {weekdayMean|2} on weekdays, {gapPct|pct|1} higher (Student's t = {t|2}, {p|p}); the effect is {effect|label} by Cohen's benchmarks (Cohen's d = {d|signed|2}).",
    "complexity_score.lower_at_weekend":
      "Weekend recipes are simpler: a mean score of {weekendMean|2} against {weekdayMean|2} on weekdays, {gapPct|pct|1} lower (Student's t = {t|2}, {p|p}); the effect is {effect|label} by Cohen's benchmarks (Cohen's d = {d|signed|2}).",
    "complexity_score.not_significant":
      "The complexity score does not differ detectably between periods: {weekendMean|2} at weekends against {weekdayMean|2} on weekdays (Student's t = {t|2}, {p|p}; Cohen's d = {d|signed|3}, a {effect|label} effect by Cohen's benchmarks).",
    "n_steps.higher_at_weekend":
      "Weekend recipes have more steps: {weekendMean|2} against {weekdayMean|2} on average, {gapPct|pct|1} more (Student's t = {t|2}, {p|p}); the effect is {effect|label} by Cohen's benchmarks (Cohen's d = {d|signed|2}).",
    "n_steps.lower_at_weekend":
      "Weekend recipes have fewer steps: {weekendMean|2} against {weekdayMean|2} on average, {gapPct|pct|1} fewer (Student's t = {t|2}, {p|p}); the effect is {effect|label} by Cohen's benchmarks (Cohen's d = {d|signed|2}).",
    "n_steps.not_significant":
      "The number of steps does not differ detectably: {weekendMean|2} at weekends against {weekdayMean|2} on weekdays (Student's t = {t|2}, {p|p}; Cohen's d = {d|signed|3}, a {effect|label} effect by Cohen's benchmarks).",
    "n_ingredients.higher_at_weekend":
      "Weekend recipes use more ingredients: {weekendMean|2} against {weekdayMean|2} on average, {gapPct|pct|1} more (Student's t = {t|2}, {p|p}); the effect is {effect|label} by Cohen's benchmarks (Cohen's d = {d|signed|2}).",
    "n_ingredients.lower_at_weekend":
      "Weekend recipes use fewer ingredients: {weekendMean|2} against {weekdayMean|2} on average, {gapPct|pct|1} fewer (Student's t = {t|2}, {p|p}); the effect is {effect|label} by Cohen's benchmarks (Cohen's d = {d|signed|2}).",
    "n_ingredients.not_significant":
      "The number of ingredients does not differ detectably: {weekendMean|2} at weekends against {weekdayMean|2} on weekdays (Student's t = {t|2}, {p|p}; Cohen's d = {d|signed|3}, a {effect|label} effect by Cohen's benchmarks).",
    "plain.complexity_score.higher_at_weekend":
      "Recipes posted at the weekend are a little more complex than weekday ones.",
    "plain.complexity_score.lower_at_weekend": "Recipes posted at the weekend are a little simpler than weekday ones.",
    "plain.complexity_score.not_significant": "Recipes posted at the weekend are about as complex as weekday ones."
  },
  fr: {
    title: "Les recettes du week-end sont-elles plus élaborées ?",
    lede: "Les recettes publiées le week-end ont-elles un score de complexité plus élevé, plus d'étapes ou plus d'ingrédients que celles publiées en semaine ? Le score de complexité additionne le logarithme népérien du temps de préparation en minutes augmenté de un, le nombre d'étapes et la moitié du nombre d'ingrédients.",
    method:
      "Le score de complexité est le logarithme népérien de la durée en minutes augmentée de un, plus le nombre d'étapes, plus la moitié du nombre d'ingrédients. Pour le score et ses deux principales composantes, les moyennes de semaine et de week-end sont comparées par le test t de Student à deux échantillons (variance commune ; le test de Welch est donné à côté), au seuil α = {alpha|2}. Chaque écart est calculé week-end moins semaine, avec son intervalle de confiance à {ciLevel|pct|0} et le d de Cohen, qui dit si un écart rendu significatif par la taille des échantillons est aussi assez grand pour compter. La moyenne de chaque période est tracée avec son intervalle de Student à {intervalLevel|pct|0}.",
    "kpi.weekdayScore": "Score de complexité moyen en semaine",
    "kpi.weekendScore": "Score de complexité moyen le week-end",
    "kpi.difference": "Week-end − semaine (% de la moyenne de semaine)",
    "axis.period": "Période de publication",
    "axis.complexity_score": "Score de complexité (points)",
    "axis.n_steps": "Étapes",
    "axis.n_ingredients": "Ingrédients",
    "axis.name_complexity_score": "Score de complexité",
    "axis.name_n_steps": "Étapes",
    "axis.name_n_ingredients": "Ingrédients",
    "axis.ofWeekdayMean": "de la moyenne de semaine",
    "axis.difference": "Week-end − semaine (% de la moyenne de semaine)",
    "axis.metric": "Indicateur",
    "axis.weekday": "Semaine (lundi–vendredi)",
    "axis.weekend": "Week-end (samedi–dimanche)",
    "axis.n": "Recettes",
    "axis.mean": "Moyenne",
    "axis.median": "Médiane",
    "axis.std": "Écart-type",
    "axis.meanValue": "Moyenne (points de score, étapes ou ingrédients)",
    "axis.meanDiff": "Week-end − semaine (unité de l'indicateur)",
    "axis.ciLowPct": "Borne basse de l'intervalle (% de la moyenne de semaine)",
    "axis.ciHighPct": "Borne haute de l'intervalle (% de la moyenne de semaine)",
    "axis.t": "t de Student",
    "axis.p": "valeur p de Student",
    "axis.cohenD": "d de Cohen",
    "axis.significant": "Significatif",
    "axis.significant_true": "Oui",
    "axis.significant_false": "Non",
    "axis.significantYes": "Significatif au seuil α = {alpha|2} (point plein)",
    "axis.significantNo": "Non significatif (point creux)",
    "axis.interval": "Intervalle de confiance à {intervalLevel|pct|0} de la moyenne",
    "axis.lower": "Borne basse de l'intervalle de la moyenne",
    "axis.upper": "Borne haute de l'intervalle de la moyenne",
    "figure.means.caption":
      "Score de complexité, étapes et ingrédients par période : moyennes et leurs intervalles à {intervalLevel|pct|0}",
    "figure.means.description":
      "Trois panneaux de deux barres horizontales, la semaine en bleu-gris et le week-end en orange, pour le score de complexité moyen ({weekdayMean|2} en semaine, {weekendMean|2} le week-end), le nombre moyen d'étapes et le nombre moyen d'ingrédients ; chaque barre porte sa moyenne, se termine par un trait sombre couvrant l'intervalle de confiance à {intervalLevel|pct|0} de la moyenne et porte un carré creux à la médiane.",
    "figure.differences.caption": "Écarts week-end − semaine et leurs intervalles de confiance",
    "figure.differences.description":
      "Pour chaque indicateur, un point à l'écart week-end − semaine exprimé en pourcentage de la moyenne de semaine, une barre couvrant son intervalle de confiance à {ciLevel|pct|0} et une ligne verticale pointillée à zéro ; chaque ligne porte l'écart dans l'unité de l'indicateur, puis en part de la moyenne de semaine, et la valeur p de Student, et le point est plein quand l'écart est significatif, creux sinon. Un intervalle qui coupe zéro signale un écart non significatif.",
    "complexity_score.higher_at_weekend":
      "Les recettes du week-end sont plus complexes : un score moyen de {weekendMean|2} contre {weekdayMean|2} en semaine, soit {gapPct|pct|1} de plus (t de Student = {t|2}, {p|p}) ; l'effet est {effect|label} selon les repères de Cohen (d de Cohen = {d|signed|2}).",
    "complexity_score.lower_at_weekend":
      "Les recettes du week-end sont plus simples : un score moyen de {weekendMean|2} contre {weekdayMean|2} en semaine, soit {gapPct|pct|1} de moins (t de Student = {t|2}, {p|p}) ; l'effet est {effect|label} selon les repères de Cohen (d de Cohen = {d|signed|2}).",
    "complexity_score.not_significant":
      "Le score de complexité ne diffère pas de façon décelable entre les périodes : {weekendMean|2} le week-end contre {weekdayMean|2} en semaine (t de Student = {t|2}, {p|p} ; d de Cohen = {d|signed|3}, effet {effect|label} selon les repères de Cohen).",
    "n_steps.higher_at_weekend":
      "Les recettes du week-end comptent plus d'étapes : {weekendMean|2} contre {weekdayMean|2} en moyenne, soit {gapPct|pct|1} de plus (t de Student = {t|2}, {p|p}) ; l'effet est {effect|label} selon les repères de Cohen (d de Cohen = {d|signed|2}).",
    "n_steps.lower_at_weekend":
      "Les recettes du week-end comptent moins d'étapes : {weekendMean|2} contre {weekdayMean|2} en moyenne, soit {gapPct|pct|1} de moins (t de Student = {t|2}, {p|p}) ; l'effet est {effect|label} selon les repères de Cohen (d de Cohen = {d|signed|2}).",
    "n_steps.not_significant":
      "Le nombre d'étapes ne diffère pas de façon décelable : {weekendMean|2} le week-end contre {weekdayMean|2} en semaine (t de Student = {t|2}, {p|p} ; d de Cohen = {d|signed|3}, effet {effect|label} selon les repères de Cohen).",
    "n_ingredients.higher_at_weekend":
      "Les recettes du week-end utilisent plus d'ingrédients : {weekendMean|2} contre {weekdayMean|2} en moyenne, soit {gapPct|pct|1} de plus (t de Student = {t|2}, {p|p}) ; l'effet est {effect|label} selon les repères de Cohen (d de Cohen = {d|signed|2}).",
    "n_ingredients.lower_at_weekend":
      "Les recettes du week-end utilisent moins d'ingrédients : {weekendMean|2} contre {weekdayMean|2} en moyenne, soit {gapPct|pct|1} de moins (t de Student = {t|2}, {p|p}) ; l'effet est {effect|label} selon les repères de Cohen (d de Cohen = {d|signed|2}).",
    "n_ingredients.not_significant":
      "Le nombre d'ingrédients ne diffère pas de façon décelable : {weekendMean|2} le week-end contre {weekdayMean|2} en semaine (t de Student = {t|2}, {p|p} ; d de Cohen = {d|signed|3}, effet {effect|label} selon les repères de Cohen).",
    "plain.complexity_score.higher_at_weekend":
      "Les recettes publiées le week-end sont un peu plus élaborées que celles de la semaine.",
    "plain.complexity_score.lower_at_weekend":
      "Les recettes publiées le week-end sont un peu plus simples que celles de la semaine.",
    "plain.complexity_score.not_significant":
      "Les recettes publiées le week-end sont à peu près aussi élaborées que celles de la semaine."
  }
} satisfies TextModule;
