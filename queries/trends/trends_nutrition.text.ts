/** English and French text of the nutrition analysis: labels, method and one template per claim. */
import type {TextModule} from "../../pipeline/narrative.js";
import {labelList, percentDailyValue} from "../../pipeline/narrative.js";
import {NUTRIENTS as SEASONAL_NUTRIENTS} from "../seasonality/seasonality_nutrition.schema.js";
import {NUTRIENTS as WEEKEND_NUTRIENTS} from "../weekend/weekend_nutrition.schema.js";
import {NUTRIENTS} from "./trends_nutrition.schema.js";

const PERCENT_DV = percentDailyValue(NUTRIENTS);

/**
 * The nutrients the seasonal and weekend pages compare and this one does not follow: the method says which, and why,
 * where a reader who has seen them on the other pages looks for them.
 */
const NOT_FOLLOWED = [...new Set([...SEASONAL_NUTRIENTS, ...WEEKEND_NUTRIENTS])].filter(
  (n) => !(NUTRIENTS as readonly string[]).includes(n)
);

import {DOT_SIZE_YEAR_RECIPES} from "../_dotSize.text.js";

export const text = {
  en: {
    title: "Nutrition over the years",
    lede: `Did recipes get lighter: did their ${labelList(NUTRIENTS, "en")} fall? The ${labelList(PERCENT_DV, "en")} are counted in percent of the daily value (%DV), so their trends are in %DV points per year.`,
    method: `For each year of posting from {firstYear} to {lastYear} we average, over that year's recipes ({recipes|int} in all), the calories (kcal per serving) and the ${labelList(PERCENT_DV, "en")}, which Food.com gives in percent of the daily value (%DV). For each of the {measures|int} measures, a weighted least-squares (WLS) line is fitted to its yearly means against the year, each year weighted by its recipes; the slope's t-test gives the p-value (significant below α = {alpha|2}) and R² is the weighted R². We speak of lighter recipes only if all {measures|int} slopes are negative and significant. The band around each yearly mean is its {intervalLevel|pct|0} confidence interval (Student t, from the year's standard deviation and number of recipes): it widens in the years with few recipes. The ${labelList(NOT_FOLLOWED, "en")} that the seasonal and weekend pages compare are not followed here: each page compares the nutrients the methodology lists for it, and says why.`,
    "kpi.calories_slope": "Calories trend (kcal per serving per year)",
    "kpi.carb_slope": "Carbohydrates trend (%DV points per year)",
    "kpi.fat_slope": "Fat trend (%DV points per year)",
    "kpi.protein_slope": "Protein trend (%DV points per year)",
    "axis.year": "Year",
    "axis.interval": "{intervalLevel|pct|0} confidence interval of the yearly mean",
    "axis.dot_area": DOT_SIZE_YEAR_RECIPES.en,
    "axis.lower": "Lower bound ({intervalLevel|pct|0} interval)",
    "axis.upper": "Upper bound ({intervalLevel|pct|0} interval)",
    "axis.calories": "Mean calories (kcal per serving)",
    "axis.recipes": "Recipes posted",
    "axis.carb_pct": "Carbohydrates (%DV)",
    "axis.total_fat_pct": "Fat (%DV)",
    "axis.protein_pct": "Protein (%DV)",
    "axis.trend": "Weighted trend",
    "axis.per_year": "per year",
    "axis.not_significant": "not significant",
    "figure.calories.caption": "Mean calories per serving, {firstYear}–{lastYear}",
    "figure.calories.description":
      "Line chart of the yearly mean calories, in kcal per serving, with dots sized by the year's recipes, a shaded band for the {intervalLevel|pct|0} confidence interval of each yearly mean and a dashed weighted trend line whose slope, p-value and weighted R² are written above the chart.",
    "figure.carb_pct.caption": "Mean carbohydrates per serving, {firstYear}–{lastYear}",
    "figure.carb_pct.description":
      "Line chart of the yearly mean carbohydrates, in percent of the daily value, with dots sized by the year's recipes, a shaded band for the {intervalLevel|pct|0} confidence interval of each yearly mean and a dashed weighted trend line whose slope, p-value and weighted R² are written above the chart.",
    "figure.total_fat_pct.caption": "Mean fat per serving, {firstYear}–{lastYear}",
    "figure.total_fat_pct.description":
      "Line chart of the yearly mean total fat, in percent of the daily value, with dots sized by the year's recipes, a shaded band for the {intervalLevel|pct|0} confidence interval of each yearly mean and a dashed weighted trend line whose slope, p-value and weighted R² are written above the chart.",
    "figure.protein_pct.caption": "Mean protein per serving, {firstYear}–{lastYear}",
    "figure.protein_pct.description":
      "Line chart of the yearly mean protein, in percent of the daily value, with dots sized by the year's recipes, a shaded band for the {intervalLevel|pct|0} confidence interval of each yearly mean and a dashed weighted trend line whose slope, p-value and weighted R² are written above the chart.",
    lighter:
      "Recipes got lighter: calories, carbohydrates, fat and protein all fell significantly from {firstYear} to {lastYear} (the weakest of the four tests gives {maxP|p}, α = {alpha|2}); along the fitted line, mean calories fell by {caloriesChange|abs|0} kcal per serving ({level|pct|0} interval {caloriesUpper|scale:-1|0} to {caloriesLower|scale:-1|0} kcal).",
    mixed:
      "The {measures|int} nutrition measures did not move together: significant falls {falling|int}, significant rises {rising|int}, no significant trend {flat|int}.",
    "calories_trend.down":
      "Mean calories fell by {slope|abs|2} kcal per serving a year (weighted least-squares fit, {p|p}, weighted R² {r2|bounded|2}), a fitted change of {change|signed|0} kcal per serving from {firstYear} to {lastYear} ({level|pct|0} interval {changeLower|signed|0} to {changeUpper|signed|0} kcal per serving).",
    "calories_trend.up":
      "Mean calories rose by {slope|abs|2} kcal per serving a year (weighted least-squares fit, {p|p}, weighted R² {r2|bounded|2}), a fitted change of {change|signed|0} kcal per serving from {firstYear} to {lastYear} ({level|pct|0} interval {changeLower|signed|0} to {changeUpper|signed|0} kcal per serving).",
    "calories_trend.flat":
      "Mean calories show no significant trend (slope {slope|signed|2} kcal per serving a year, {p|p}, weighted R² {r2|bounded|2}). Over the period, the fitted change is {change|signed|0} kcal per serving ({level|pct|0} interval {changeLower|signed|0} to {changeUpper|signed|0} kcal per serving).",
    "nutrient_trend.down":
      "Mean {nutrient|label} fell by {slope|abs|3|unit:dv_points} a year (weighted least-squares fit, {p|p}, weighted R² {r2|bounded|2}), a fitted change of {change|ssig|3|unit:dv_points} from {firstYear} to {lastYear} ({level|pct|0} interval {changeLower|ssig|3|as:change} to {changeUpper|ssig|3|as:change|unit:dv_points}).",
    "nutrient_trend.up":
      "Mean {nutrient|label} rose by {slope|abs|3|unit:dv_points} a year (weighted least-squares fit, {p|p}, weighted R² {r2|bounded|2}), a fitted change of {change|ssig|3|unit:dv_points} from {firstYear} to {lastYear} ({level|pct|0} interval {changeLower|ssig|3|as:change} to {changeUpper|ssig|3|as:change|unit:dv_points}).",
    "nutrient_trend.flat":
      "Mean {nutrient|label} shows no significant trend (slope {slope|signed|3|unit:dv_points} a year, {p|p}, weighted R² {r2|bounded|2}). Over the period, the fitted change is {change|ssig|3|unit:dv_points} ({level|pct|0} interval {changeLower|ssig|3|as:change} to {changeUpper|ssig|3|as:change|unit:dv_points}).",
    "plain.lighter": "Recipes have become lighter over the years.",
    "plain.mixed": "Recipes did not simply get lighter or richer: the nutrients moved in different ways."
  },
  fr: {
    title: "La nutrition au fil des ans",
    lede: `Les recettes se sont-elles allégées : leurs ${labelList(NUTRIENTS, "fr")} ont-ils baissé ? Les ${labelList(PERCENT_DV, "fr")} sont comptés en % des apports journaliers (AJ) : leurs tendances s'expriment donc en points de % AJ par an.`,
    method: `Pour chaque année de publication, de {firstYear} à {lastYear}, nous faisons la moyenne, sur les recettes de l'année ({recipes|int} en tout), des calories (kcal par portion) ainsi que des ${labelList(PERCENT_DV, "fr")}, que Food.com exprime en % des apports journaliers (AJ). Pour chacune des {measures|int} mesures, une droite des moindres carrés pondérés (MCP) est ajustée à ses moyennes annuelles en fonction de l'année, chaque année pesant son nombre de recettes ; le test t de la pente donne la valeur p (significative sous α = {alpha|2}) et le R² est le R² pondéré. Nous ne parlons de recettes plus légères que si les {measures|int} pentes sont négatives et significatives. La bande autour de chaque moyenne annuelle est son intervalle de confiance à {intervalLevel|pct|0} (t de Student, à partir de l'écart type et du nombre de recettes de l'année) : elle s'élargit les années pauvres en recettes. Les ${labelList(NOT_FOLLOWED, "fr")}, que comparent les pages des saisons et du week-end, ne sont pas suivis ici : chaque page compare les nutriments que la méthodologie indique pour elle, et dit pourquoi.`,
    "kpi.calories_slope": "Tendance des calories (kcal par portion par an)",
    "kpi.carb_slope": "Tendance des glucides (points de % AJ par an)",
    "kpi.fat_slope": "Tendance des lipides (points de % AJ par an)",
    "kpi.protein_slope": "Tendance des protéines (points de % AJ par an)",
    "axis.year": "Année",
    "axis.interval": "Intervalle de confiance à {intervalLevel|pct|0} de la moyenne annuelle",
    "axis.dot_area": DOT_SIZE_YEAR_RECIPES.fr,
    "axis.lower": "Borne basse (intervalle à {intervalLevel|pct|0})",
    "axis.upper": "Borne haute (intervalle à {intervalLevel|pct|0})",
    "axis.calories": "Calories moyennes (kcal par portion)",
    "axis.recipes": "Recettes publiées",
    "axis.carb_pct": "Glucides (% AJ)",
    "axis.total_fat_pct": "Lipides (% AJ)",
    "axis.protein_pct": "Protéines (% AJ)",
    "axis.trend": "Tendance pondérée",
    "axis.per_year": "par an",
    "axis.not_significant": "non significative",
    "figure.calories.caption": "Calories moyennes par portion, {firstYear}–{lastYear}",
    "figure.calories.description":
      "Graphique linéaire de la moyenne annuelle des calories, en kcal par portion, avec des points dont la taille suit le nombre de recettes de l'année, une bande ombrée pour l'intervalle de confiance à {intervalLevel|pct|0} de chaque moyenne annuelle et une droite de tendance pondérée en tirets, dont la pente, la valeur p et le R² pondéré sont indiqués au-dessus du graphique.",
    "figure.carb_pct.caption": "Glucides moyens par portion, {firstYear}–{lastYear}",
    "figure.carb_pct.description":
      "Graphique linéaire de la moyenne annuelle des glucides, en % des apports journaliers (AJ), avec des points dont la taille suit le nombre de recettes de l'année, une bande ombrée pour l'intervalle de confiance à {intervalLevel|pct|0} de chaque moyenne annuelle et une droite de tendance pondérée en tirets, dont la pente, la valeur p et le R² pondéré sont indiqués au-dessus du graphique.",
    "figure.total_fat_pct.caption": "Lipides moyens par portion, {firstYear}–{lastYear}",
    "figure.total_fat_pct.description":
      "Graphique linéaire de la moyenne annuelle des lipides, en % des apports journaliers (AJ), avec des points dont la taille suit le nombre de recettes de l'année, une bande ombrée pour l'intervalle de confiance à {intervalLevel|pct|0} de chaque moyenne annuelle et une droite de tendance pondérée en tirets, dont la pente, la valeur p et le R² pondéré sont indiqués au-dessus du graphique.",
    "figure.protein_pct.caption": "Protéines moyennes par portion, {firstYear}–{lastYear}",
    "figure.protein_pct.description":
      "Graphique linéaire de la moyenne annuelle des protéines, en % des apports journaliers (AJ), avec des points dont la taille suit le nombre de recettes de l'année, une bande ombrée pour l'intervalle de confiance à {intervalLevel|pct|0} de chaque moyenne annuelle et une droite de tendance pondérée en tirets, dont la pente, la valeur p et le R² pondéré sont indiqués au-dessus du graphique.",
    lighter:
      "Les recettes se sont allégées : calories, glucides, lipides et protéines ont tous baissé significativement de {firstYear} à {lastYear} (le moins significatif des quatre tests donne {maxP|p}, α = {alpha|2}) ; selon la droite ajustée, les calories moyennes ont baissé de {caloriesChange|abs|0} kcal par portion (intervalle à {level|pct|0} de {caloriesUpper|scale:-1|0} à {caloriesLower|scale:-1|0} kcal).",
    mixed:
      "Les {measures|int} mesures nutritionnelles n'ont pas évolué de concert : baisses significatives, {falling|int} ; hausses significatives, {rising|int} ; sans tendance significative, {flat|int}.",
    "calories_trend.down":
      "Les calories moyennes ont baissé de {slope|abs|2} kcal par portion par an (moindres carrés pondérés, {p|p}, R² pondéré {r2|bounded|2}), soit une évolution ajustée de {change|signed|0} kcal par portion de {firstYear} à {lastYear} (intervalle à {level|pct|0} de {changeLower|signed|0} à {changeUpper|signed|0} kcal par portion).",
    "calories_trend.up":
      "Les calories moyennes ont augmenté de {slope|abs|2} kcal par portion par an (moindres carrés pondérés, {p|p}, R² pondéré {r2|bounded|2}), soit une évolution ajustée de {change|signed|0} kcal par portion de {firstYear} à {lastYear} (intervalle à {level|pct|0} de {changeLower|signed|0} à {changeUpper|signed|0} kcal par portion).",
    "calories_trend.flat":
      "Les calories moyennes ne montrent pas de tendance significative (pente de {slope|signed|2} kcal par portion par an, {p|p}, R² pondéré {r2|bounded|2}). Sur la période, l'évolution ajustée vaut {change|signed|0} kcal par portion (intervalle à {level|pct|0} de {changeLower|signed|0} à {changeUpper|signed|0} kcal par portion).",
    "nutrient_trend.down":
      "La teneur moyenne en {nutrient|label} a baissé de {slope|abs|3|unit:dv_points} par an (moindres carrés pondérés, {p|p}, R² pondéré {r2|bounded|2}), soit une évolution ajustée de {change|ssig|3|unit:dv_points} de {firstYear} à {lastYear} (intervalle à {level|pct|0} de {changeLower|ssig|3|as:change} à {changeUpper|ssig|3|as:change|unit:dv_points}).",
    "nutrient_trend.up":
      "La teneur moyenne en {nutrient|label} a augmenté de {slope|abs|3|unit:dv_points} par an (moindres carrés pondérés, {p|p}, R² pondéré {r2|bounded|2}), soit une évolution ajustée de {change|ssig|3|unit:dv_points} de {firstYear} à {lastYear} (intervalle à {level|pct|0} de {changeLower|ssig|3|as:change} à {changeUpper|ssig|3|as:change|unit:dv_points}).",
    "nutrient_trend.flat":
      "La teneur moyenne en {nutrient|label} ne montre pas de tendance significative (pente de {slope|signed|3|unit:dv_points} par an, {p|p}, R² pondéré {r2|bounded|2}). Sur la période, l'évolution ajustée vaut {change|ssig|3|unit:dv_points} (intervalle à {level|pct|0} de {changeLower|ssig|3|as:change} à {changeUpper|ssig|3|as:change|unit:dv_points}).",
    "plain.lighter": "Les recettes se sont allégées au fil des ans.",
    "plain.mixed":
      "Les recettes ne se sont ni simplement allégées ni simplement enrichies : les nutriments ont évolué différemment."
  }
} satisfies TextModule;
