/** English and French text of the complexity analysis: labels, method and one template per claim. */
import type {TextModule} from "../../pipeline/narrative.js";
import {DOT_SIZE_YEAR_RECIPES} from "../_dotSize.text.js";

export const text = {
  en: {
    title: "Recipe complexity over the years",
    lede: "Did recipes get more elaborate, with more steps and more ingredients, as the years went by? The complexity score adds the natural logarithm of (one + preparation time in minutes), the number of steps and half the number of ingredients.",
    method:
      "For each year of posting from {firstYear} to {lastYear} we average, over that year's recipes ({recipes|int} in all), the complexity score (the natural log of one plus the minutes, plus the steps, plus half the ingredients), the number of steps and the number of ingredients. A weighted least-squares (WLS) line is fitted to each measure's yearly means against the year, each year weighted by its recipes; the slope's t-test gives the p-value (significant below α = {alpha|2}) and R² is the weighted R². The wide, light band with dotted edges on the score is plus or minus one standard deviation of the year's scores; on every chart the {intervalLevel|pct|0} confidence interval of each yearly mean is a narrower, denser band (Student t, from the year's standard deviation and number of recipes): it widens in the years with few recipes.",
    "kpi.score_slope": "Trend of the complexity score (points per year)",
    "kpi.steps_slope": "Trend of the steps (steps per year)",
    "kpi.ingredients_slope": "Trend of the ingredients (ingredients per year)",
    "axis.year": "Year",
    "axis.interval": "{intervalLevel|pct|0} confidence interval of the yearly mean",
    "axis.dot_area": DOT_SIZE_YEAR_RECIPES.en,
    "axis.lower": "Lower bound ({intervalLevel|pct|0} interval)",
    "axis.upper": "Upper bound ({intervalLevel|pct|0} interval)",
    "axis.score": "Complexity score (points)",
    "axis.steps": "Steps",
    "axis.ingredients": "Ingredients",
    "axis.recipes": "Recipes posted",
    "axis.std_score": "Standard deviation of the score",
    "axis.band": "± one standard deviation",
    "axis.trend": "Weighted trend",
    "axis.per_year": "per year",
    "axis.not_significant": "not significant",
    "figure.score.caption": "Mean complexity score per year, {firstYear}–{lastYear}",
    "figure.score.description":
      "Line chart of the mean complexity score of each year's recipes, with dots sized by the year's recipes, a narrow shaded band for the {intervalLevel|pct|0} confidence interval of the yearly mean, a wider, lighter band with dotted edges of plus or minus one standard deviation of the year's scores and a dashed weighted trend line. The trend is {slope|signed|3|unit:points} a year (weighted R² {r2|bounded|2}, {p|p}).",
    "figure.steps.caption": "Mean number of steps per year, {firstYear}–{lastYear}",
    "figure.steps.description":
      "Line chart of the mean number of steps of each year's recipes, with dots sized by the year's recipes, a shaded band for the {intervalLevel|pct|0} confidence interval of each yearly mean and a dashed weighted trend line whose slope, p-value and weighted R² are written above the chart.",
    "figure.ingredients.caption": "Mean number of ingredients per year, {firstYear}–{lastYear}",
    "figure.ingredients.description":
      "Line chart of the mean number of ingredients of each year's recipes, with dots sized by the year's recipes, a shaded band for the {intervalLevel|pct|0} confidence interval of each yearly mean and a dashed weighted trend line whose slope, p-value and weighted R² are written above the chart.",
    "score_trend.up":
      "Recipes grew more complex: the mean complexity score rose by {slope|abs|3|unit:points} a year (weighted least-squares fit, {p|p}, weighted R² {r2|bounded|2}), a fitted change of {change|ssig|2|unit:points} from {firstYear} to {lastYear} ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:points}).",
    "score_trend.down":
      "Recipes grew simpler: the mean complexity score fell by {slope|abs|3|unit:points} a year (weighted least-squares fit, {p|p}, weighted R² {r2|bounded|2}), a fitted change of {change|ssig|2|unit:points} from {firstYear} to {lastYear} ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:points}).",
    "score_trend.flat":
      "The mean complexity score shows no significant trend from {firstYear} to {lastYear} (slope {slope|signed|3|unit:points} a year, {p|p}, weighted R² {r2|bounded|2}). Over the period, the fitted change is {change|ssig|2|unit:points} ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:points}).",
    "steps_trend.up":
      "Recipes gained {change|sig|2|unit:steps} on average over the period: the yearly mean rose by {slope|abs|3|unit:steps} a year (weighted least-squares fit, {p|p}, weighted R² {r2|bounded|2}), a fitted change of {change|ssig|2|unit:steps} over the period ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:steps}).",
    "steps_trend.down":
      "Recipes lost {change|scale:-1|sig|2|unit:steps} on average over the period: the yearly mean fell by {slope|abs|3|unit:steps} a year (weighted least-squares fit, {p|p}, weighted R² {r2|bounded|2}), a fitted change of {change|ssig|2|unit:steps} over the period ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:steps}).",
    "steps_trend.flat":
      "The mean number of steps shows no significant trend (slope {slope|signed|3|unit:steps} a year, {p|p}, weighted R² {r2|bounded|2}). Over the period, the fitted change is {change|ssig|2|unit:steps} ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:steps}).",
    "ingredients_trend.up":
      "Recipes gained {change|sig|2|unit:ingredients} on average over the period: the yearly mean rose by {slope|abs|3|unit:ingredients} a year (weighted least-squares fit, {p|p}, weighted R² {r2|bounded|2}), a fitted change of {change|ssig|2|unit:ingredients} over the period ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:ingredients}).",
    "ingredients_trend.down":
      "Recipes lost {change|scale:-1|sig|2|unit:ingredients} on average over the period: the yearly mean fell by {slope|abs|3|unit:ingredients} a year (weighted least-squares fit, {p|p}, weighted R² {r2|bounded|2}), a fitted change of {change|ssig|2|unit:ingredients} over the period ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:ingredients}).",
    "ingredients_trend.flat":
      "The mean number of ingredients shows no significant trend (slope {slope|signed|3|unit:ingredients} a year, {p|p}, weighted R² {r2|bounded|2}). Over the period, the fitted change is {change|ssig|2|unit:ingredients} ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:ingredients}).",
    "plain.score_trend.up": "Recipes have grown more complex over the years.",
    "plain.score_trend.down": "Recipes have grown simpler over the years.",
    "plain.score_trend.flat": "Recipes are about as complex as they were."
  },
  fr: {
    title: "La complexité des recettes au fil des ans",
    lede: "Les recettes sont-elles devenues plus élaborées, avec plus d'étapes et plus d'ingrédients, au fil des années ? Le score de complexité additionne le logarithme népérien du temps de préparation en minutes augmenté de un, le nombre d'étapes et la moitié du nombre d'ingrédients.",
    method:
      "Pour chaque année de publication, de {firstYear} à {lastYear}, nous faisons la moyenne, sur les recettes de l'année ({recipes|int} en tout), du score de complexité (le logarithme népérien des minutes augmentées de un, plus le nombre d'étapes, plus la moitié du nombre d'ingrédients), du nombre d'étapes et du nombre d'ingrédients. Une droite des moindres carrés pondérés (MCP) est ajustée aux moyennes annuelles de chaque mesure en fonction de l'année, chaque année pesant son nombre de recettes ; le test t de la pente donne la valeur p (significative sous α = {alpha|2}) et le R² est le R² pondéré. La large bande claire aux bords pointillés autour du score couvre plus ou moins un écart type des scores de l'année ; sur chaque graphique, l'intervalle de confiance à {intervalLevel|pct|0} de chaque moyenne annuelle est une bande plus étroite et plus dense (t de Student, à partir de l'écart type et du nombre de recettes de l'année) : il s'élargit les années pauvres en recettes.",
    "kpi.score_slope": "Tendance du score de complexité (points par an)",
    "kpi.steps_slope": "Tendance des étapes (étapes par an)",
    "kpi.ingredients_slope": "Tendance des ingrédients (ingrédients par an)",
    "axis.year": "Année",
    "axis.interval": "Intervalle de confiance à {intervalLevel|pct|0} de la moyenne annuelle",
    "axis.dot_area": DOT_SIZE_YEAR_RECIPES.fr,
    "axis.lower": "Borne basse (intervalle à {intervalLevel|pct|0})",
    "axis.upper": "Borne haute (intervalle à {intervalLevel|pct|0})",
    "axis.score": "Score de complexité (points)",
    "axis.steps": "Étapes",
    "axis.ingredients": "Ingrédients",
    "axis.recipes": "Recettes publiées",
    "axis.std_score": "Écart type du score",
    "axis.band": "± un écart type",
    "axis.trend": "Tendance pondérée",
    "axis.per_year": "par an",
    "axis.not_significant": "non significative",
    "figure.score.caption": "Score de complexité moyen par année, {firstYear}–{lastYear}",
    "figure.score.description":
      "Graphique linéaire du score de complexité moyen des recettes de chaque année, avec des points dont la taille suit le nombre de recettes de l'année, une bande ombrée étroite pour l'intervalle de confiance à {intervalLevel|pct|0} de la moyenne annuelle, une bande plus large et plus claire, aux bords pointillés, de plus ou moins un écart type des scores de l'année et une droite de tendance pondérée en tirets. La tendance est de {slope|signed|3|unit:points} par an (R² pondéré {r2|bounded|2}, {p|p}).",
    "figure.steps.caption": "Nombre moyen d'étapes par année, {firstYear}–{lastYear}",
    "figure.steps.description":
      "Graphique linéaire du nombre moyen d'étapes des recettes de chaque année, avec des points dont la taille suit le nombre de recettes de l'année, une bande ombrée pour l'intervalle de confiance à {intervalLevel|pct|0} de chaque moyenne annuelle et une droite de tendance pondérée en tirets, dont la pente, la valeur p et le R² pondéré sont indiqués au-dessus du graphique.",
    "figure.ingredients.caption": "Nombre moyen d'ingrédients par année, {firstYear}–{lastYear}",
    "figure.ingredients.description":
      "Graphique linéaire du nombre moyen d'ingrédients des recettes de chaque année, avec des points dont la taille suit le nombre de recettes de l'année, une bande ombrée pour l'intervalle de confiance à {intervalLevel|pct|0} de chaque moyenne annuelle et une droite de tendance pondérée en tirets, dont la pente, la valeur p et le R² pondéré sont indiqués au-dessus du graphique.",
    "score_trend.up":
      "Les recettes se sont complexifiées : le score de complexité moyen a augmenté de {slope|abs|3|unit:points} par an (moindres carrés pondérés, {p|p}, R² pondéré {r2|bounded|2}), soit une évolution ajustée de {change|ssig|2|unit:points} de {firstYear} à {lastYear} (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:points}).",
    "score_trend.down":
      "Les recettes se sont simplifiées : le score de complexité moyen a baissé de {slope|abs|3|unit:points} par an (moindres carrés pondérés, {p|p}, R² pondéré {r2|bounded|2}), soit une évolution ajustée de {change|ssig|2|unit:points} de {firstYear} à {lastYear} (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:points}).",
    "score_trend.flat":
      "Le score de complexité moyen ne montre pas de tendance significative de {firstYear} à {lastYear} (pente de {slope|signed|3|unit:points} par an, {p|p}, R² pondéré {r2|bounded|2}). Sur la période, l'évolution ajustée vaut {change|ssig|2|unit:points} (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:points}).",
    "steps_trend.up":
      "Les recettes ont gagné {change|sig|2|unit:steps} en moyenne sur la période : la moyenne annuelle a augmenté de {slope|abs|3|unit:steps} par an (moindres carrés pondérés, {p|p}, R² pondéré {r2|bounded|2}), soit une évolution ajustée de {change|ssig|2|unit:steps} sur la période (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:steps}).",
    "steps_trend.down":
      "Les recettes ont perdu {change|scale:-1|sig|2|unit:steps} en moyenne sur la période : la moyenne annuelle a baissé de {slope|abs|3|unit:steps} par an (moindres carrés pondérés, {p|p}, R² pondéré {r2|bounded|2}), soit une évolution ajustée de {change|ssig|2|unit:steps} sur la période (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:steps}).",
    "steps_trend.flat":
      "Le nombre moyen d'étapes ne montre pas de tendance significative (pente de {slope|signed|3|unit:steps} par an, {p|p}, R² pondéré {r2|bounded|2}). Sur la période, l'évolution ajustée vaut {change|ssig|2|unit:steps} (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:steps}).",
    "ingredients_trend.up":
      "Les recettes ont gagné {change|sig|2|unit:ingredients} en moyenne sur la période : la moyenne annuelle a augmenté de {slope|abs|3|unit:ingredients} par an (moindres carrés pondérés, {p|p}, R² pondéré {r2|bounded|2}), soit une évolution ajustée de {change|ssig|2|unit:ingredients} sur la période (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:ingredients}).",
    "ingredients_trend.down":
      "Les recettes ont perdu {change|scale:-1|sig|2|unit:ingredients} en moyenne sur la période : la moyenne annuelle a baissé de {slope|abs|3|unit:ingredients} par an (moindres carrés pondérés, {p|p}, R² pondéré {r2|bounded|2}), soit une évolution ajustée de {change|ssig|2|unit:ingredients} sur la période (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:ingredients}).",
    "ingredients_trend.flat":
      "Le nombre moyen d'ingrédients ne montre pas de tendance significative (pente de {slope|signed|3|unit:ingredients} par an, {p|p}, R² pondéré {r2|bounded|2}). Sur la période, l'évolution ajustée vaut {change|ssig|2|unit:ingredients} (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:ingredients}).",
    "plain.score_trend.up": "Les recettes sont devenues plus élaborées au fil des ans.",
    "plain.score_trend.down": "Les recettes sont devenues plus simples au fil des ans.",
    "plain.score_trend.flat": "Les recettes sont à peu près aussi élaborées qu'avant."
  }
} satisfies TextModule;
