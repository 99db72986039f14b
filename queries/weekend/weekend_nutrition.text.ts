/** English and French strings of the weekend nutrition analysis. */
import type {TextModule} from "../../pipeline/narrative.js";
import {labelList} from "../../pipeline/narrative.js";
import {NUTRIENTS} from "./weekend_nutrition.schema.js";

export const text = {
  en: {
    title: "Is weekend food richer?",
    lede: `Do the recipes posted at the weekend differ in ${labelList(NUTRIENTS, "en", "disjunction")} from those posted on weekdays? Calories are counted in kcal per serving, the other nutrients in percent of the daily value (%DV) per serving, so their gaps are in %DV points.`,
    method: `Nutrition comes from each recipe's Food.com nutrition list: calories in kcal per serving, the other nutrients in percent of the daily value per serving. For each of the {tests|int} nutrients (${labelList(NUTRIENTS, "en")}: the methodology says why each page compares the nutrients it does), the weekday and weekend means are compared with Student's two-sample t-test (pooled variance); the difference is weekend minus weekday, given relative to the weekday mean, with its {ciLevel|pct|0} confidence interval and Cohen's d. Running {tests|int} tests at once raises the chance that one of them comes out significant by luck, so the p-values are also adjusted with Holm's step-down method, which holds the chance of any false alarm to α = {alpha|2}; only the differences whose adjusted p-value stays below α are called significant.`,
    "kpi.tested": "Nutrients compared",
    "kpi.significant": "Significant after Holm's correction",
    "kpi.largestGap": "Nutrient with the largest gap",
    "kpi.largestGapSize": "Its gap (% of the weekday mean)",
    "axis.nutrient": "Nutrient",
    "axis.calories": "Calories (kcal per serving)",
    "axis.protein_pct": "Protein (% daily value)",
    "axis.total_fat_pct": "Fat (% daily value)",
    "axis.sat_fat_pct": "Saturated fat (% daily value)",
    "axis.sugar_pct": "Sugar (% daily value)",
    "axis.sodium_pct": "Sodium (% daily value)",
    "axis.name_calories": "Calories",
    "axis.name_protein_pct": "Protein",
    "axis.name_total_fat_pct": "Fat",
    "axis.name_sat_fat_pct": "Saturated fat",
    "axis.name_sugar_pct": "Sugar",
    "axis.name_sodium_pct": "Sodium",
    "axis.ofWeekdayMean": "of the weekday mean",
    "axis.weekdayMean": "Weekday mean",
    "axis.weekendMean": "Weekend mean",
    "axis.ciLowPct": "Lower bound of the interval (% of the weekday mean)",
    "axis.ciHighPct": "Upper bound of the interval (% of the weekday mean)",
    "axis.p": "Student's p-value",
    "axis.pHolm": "p-value after Holm's correction",
    "axis.afterHolm": "after Holm",
    "axis.significantHolm": "Significant after Holm's correction",
    "axis.significant_true": "Yes",
    "axis.significant_false": "No",
    "axis.significantYes": "Significant after Holm's correction (filled dot, ✱)",
    "axis.significantNo": "Not significant after correction (hollow dot)",
    "axis.cohenD": "Cohen's d",
    "axis.difference": "Weekend − weekday (% of the weekday mean)",
    "figure.differences.caption": "Nutritional gaps between weekend and weekday recipes",
    "figure.differences.description":
      "For each of the {tests|int} nutrients, a dot at the weekend − weekday difference in mean, as a percentage of the weekday mean, with a bar spanning its {ciLevel|pct|0} confidence interval and a dashed vertical line at zero. Each row is labelled with the difference in the nutrient's own unit (kcal for calories, %DV points for the nutrients counted in percent of the daily value), then as a share of the weekday mean, and with its p-value after Holm's correction; the differences that stay significant after the correction have a filled orange dot and a star, the others a hollow grey dot.",
    "summary.some_differ":
      "The largest gap that survives Holm's correction for {tested|int} tests is in {nutrient|label}: Cohen's d = {d|signed|2} ({pHolm|p} after the correction).",
    "summary.none_differ":
      "None of the {tested|int} nutrients differs significantly between weekend and weekday recipes once Holm's correction for multiple tests is applied.",
    "nutrient.higher_at_weekend":
      "Weekend recipes are higher in {nutrient|label}: {gapPct|pct|1} above the weekday mean ({level|pct|0} interval {gapLowPct|pct|1} to {gapHighPct|pct|1}; {p|p}; after Holm's correction, {pHolm|p}); the effect is {effect|label} by Cohen's benchmarks (Cohen's d = {d|signed|2}).",
    "nutrient.lower_at_weekend":
      "Weekend recipes are lower in {nutrient|label}: {gapPct|pct|1} below the weekday mean ({level|pct|0} interval {gapLowPct|pct|1} to {gapHighPct|pct|1}; {p|p}; after Holm's correction, {pHolm|p}); the effect is {effect|label} by Cohen's benchmarks (Cohen's d = {d|signed|2}).",
    "nutrient.not_robust":
      "The {gapPct|pct|1} gap in {nutrient|label} is significant on its own ({p|p}) but not once Holm's correction is applied ({pHolm|p}).",
    "plain.summary.some_differ":
      "Weekend and weekday recipes differ in {significant|int} of {tested|int} nutrients, and the largest gap is {gapPct|pct|1} of the weekday mean ({nutrient|label}).",
    "plain.summary.none_differ": "Weekend recipes are no richer or lighter than weekday ones."
  },
  fr: {
    title: "Les recettes du week-end sont-elles plus riches ?",
    lede: `Les recettes publiées le week-end diffèrent-elles de celles de la semaine en ${labelList(NUTRIENTS, "fr", "disjunction")} ? Les calories sont comptées en kcal par portion, les autres nutriments en % des apports journaliers (AJ) par portion : leurs écarts sont donc en points de % AJ.`,
    method: `Les valeurs nutritionnelles viennent de la liste nutritionnelle de chaque recette Food.com : les calories en kcal par portion, les autres nutriments en pourcentage des apports journaliers recommandés par portion. Pour chacun des {tests|int} nutriments (${labelList(NUTRIENTS, "fr")} : la méthodologie dit pourquoi chaque page compare ces nutriments), les moyennes de semaine et de week-end sont comparées par le test t de Student à deux échantillons (variance commune) ; l'écart est calculé week-end moins semaine, rapporté à la moyenne de semaine, avec son intervalle de confiance à {ciLevel|pct|0} et le d de Cohen. Mener {tests|int} tests à la fois augmente le risque que l'un d'eux ressorte significatif par hasard : les valeurs p sont donc aussi ajustées par la méthode séquentielle de Holm, qui maintient le risque de toute fausse alerte à α = {alpha|2} ; seuls les écarts dont la valeur p ajustée reste sous α sont déclarés significatifs.`,
    "kpi.tested": "Nutriments comparés",
    "kpi.significant": "Significatifs après correction de Holm",
    "kpi.largestGap": "Nutriment au plus grand écart",
    "kpi.largestGapSize": "Son écart (% de la moyenne de semaine)",
    "axis.nutrient": "Nutriment",
    "axis.calories": "Calories (kcal par portion)",
    "axis.protein_pct": "Protéines (% des apports journaliers)",
    "axis.total_fat_pct": "Lipides (% des apports journaliers)",
    "axis.sat_fat_pct": "Acides gras saturés (% des apports journaliers)",
    "axis.sugar_pct": "Sucres (% des apports journaliers)",
    "axis.sodium_pct": "Sodium (% des apports journaliers)",
    "axis.name_calories": "Calories",
    "axis.name_protein_pct": "Protéines",
    "axis.name_total_fat_pct": "Lipides",
    "axis.name_sat_fat_pct": "Acides gras saturés",
    "axis.name_sugar_pct": "Sucres",
    "axis.name_sodium_pct": "Sodium",
    "axis.ofWeekdayMean": "de la moyenne de semaine",
    "axis.weekdayMean": "Moyenne en semaine",
    "axis.weekendMean": "Moyenne le week-end",
    "axis.ciLowPct": "Borne basse de l'intervalle (% de la moyenne de semaine)",
    "axis.ciHighPct": "Borne haute de l'intervalle (% de la moyenne de semaine)",
    "axis.p": "valeur p de Student",
    "axis.pHolm": "valeur p après correction de Holm",
    "axis.afterHolm": "après Holm",
    "axis.significantHolm": "Significatif après correction de Holm",
    "axis.significant_true": "Oui",
    "axis.significant_false": "Non",
    "axis.significantYes": "Significatif après correction de Holm (point plein, ✱)",
    "axis.significantNo": "Non significatif après correction (point creux)",
    "axis.cohenD": "d de Cohen",
    "axis.difference": "Week-end − semaine (% de la moyenne de semaine)",
    "figure.differences.caption": "Écarts nutritionnels entre recettes du week-end et de semaine",
    "figure.differences.description":
      "Pour chacun des {tests|int} nutriments, un point à l'écart de moyenne week-end − semaine, en pourcentage de la moyenne de semaine, avec une barre couvrant son intervalle de confiance à {ciLevel|pct|0} et une ligne verticale pointillée à zéro. Chaque ligne porte l'écart dans l'unité du nutriment (kcal pour les calories, points de % AJ pour les nutriments comptés en % des apports journaliers), puis en part de la moyenne de semaine, et sa valeur p après correction de Holm ; les écarts qui restent significatifs après correction ont un point orange plein et une étoile, les autres un point creux gris.",
    "summary.some_differ":
      "Le plus grand écart qui résiste à la correction de Holm pour {tested|int} tests concerne la teneur en {nutrient|label} : d de Cohen = {d|signed|2} ({pHolm|p} après correction).",
    "summary.none_differ":
      "Aucun des {tested|int} nutriments ne diffère significativement entre recettes du week-end et de semaine une fois appliquée la correction de Holm pour tests multiples.",
    "nutrient.higher_at_weekend":
      "Les recettes du week-end ont une teneur en {nutrient|label} supérieure de {gapPct|pct|1} à celle des recettes de semaine (intervalle à {level|pct|0} de {gapLowPct|pct|1} à {gapHighPct|pct|1} ; {p|p} ; après correction de Holm, {pHolm|p}) ; l'effet est {effect|label} selon les repères de Cohen (d de Cohen = {d|signed|2}).",
    "nutrient.lower_at_weekend":
      "Les recettes du week-end ont une teneur en {nutrient|label} inférieure de {gapPct|pct|1} à celle des recettes de semaine (intervalle à {level|pct|0} de {gapLowPct|pct|1} à {gapHighPct|pct|1} ; {p|p} ; après correction de Holm, {pHolm|p}) ; l'effet est {effect|label} selon les repères de Cohen (d de Cohen = {d|signed|2}).",
    "nutrient.not_robust":
      "L'écart de teneur en {nutrient|label} ({gapPct|pct|1}) est significatif isolément ({p|p}) mais ne résiste pas à la correction de Holm ({pHolm|p}).",
    "plain.summary.some_differ":
      "Les recettes du week-end et de la semaine diffèrent sur {significant|int} des {tested|int} nutriments, et le plus grand écart vaut {gapPct|pct|1} de la moyenne de semaine ({nutrient|label}).",
    "plain.summary.none_differ":
      "Les recettes du week-end ne sont ni plus riches ni plus légères que celles de la semaine."
  }
} satisfies TextModule;
