/** English and French text of the complexity analysis: labels, method and one template per claim. */
import type {TextModule} from "../../pipeline/narrative.js";

export const text = {
  en: {
    title: "Recipe complexity over the years",
    lede: "Did recipes get more elaborate, with more steps and more ingredients, as the years went by?",
    method:
      "For each year of posting from {firstYear} to {lastYear} we average, over that year's recipes ({recipes|int} in all), the complexity score (the reference's definition: the natural log of one plus the minutes, plus the steps, plus half the ingredients), the number of steps and the number of ingredients. Each yearly mean gets a weighted least-squares (WLS) line against the year, each year weighted by its recipes; the slope's t-test gives the p-value (significant below α = {alpha|2}) and R² is the weighted R² of the reference app. The shaded band on the score is plus or minus one standard deviation of the year's scores.",
    "kpi.score_slope": "Trend of the complexity score",
    "kpi.steps_slope": "Trend of the steps",
    "kpi.ingredients_slope": "Trend of the ingredients",
    "axis.year": "Year",
    "axis.score": "Complexity score (points)",
    "axis.steps": "Steps",
    "axis.ingredients": "Ingredients",
    "axis.recipes": "Recipes posted",
    "axis.std_score": "Standard deviation of the score",
    "axis.trend": "Weighted trend (WLS)",
    "figure.panels.caption": "Complexity score, steps and ingredients per year, {firstYear}–{lastYear}",
    "figure.panels.description":
      "Three line charts side by side sharing the year axis: the mean complexity score with a band of plus or minus one standard deviation, the mean number of steps and the mean number of ingredients, with dots sized by the year's recipes and a dashed weighted trend line in each. The score's trend is {slope|signed|3} points a year (weighted R² {r2|2}, {p|p}).",
    "score_trend.up":
      "Recipes grew more complex: the mean complexity score rose by {slope|abs|3} points a year (WLS, {p|p}, weighted R² {r2|2}), about {change|abs|2} points from {firstYear} to {lastYear}.",
    "score_trend.down":
      "Recipes grew simpler: the mean complexity score fell by {slope|abs|3} points a year (WLS, {p|p}, weighted R² {r2|2}), about {change|abs|2} points from {firstYear} to {lastYear}.",
    "score_trend.flat":
      "The mean complexity score shows no significant trend from {firstYear} to {lastYear} (slope {slope|signed|3} points a year, {p|p}, weighted R² {r2|2}).",
    "steps_trend.up":
      "Recipes gained steps: the yearly mean rose by {slope|abs|3} steps a year (WLS, {p|p}, weighted R² {r2|2}), about {change|abs|2} steps over the period.",
    "steps_trend.down":
      "Recipes lost steps: the yearly mean fell by {slope|abs|3} steps a year (WLS, {p|p}, weighted R² {r2|2}), about {change|abs|2} steps over the period.",
    "steps_trend.flat":
      "The mean number of steps shows no significant trend (slope {slope|signed|3} steps a year, {p|p}, weighted R² {r2|2}).",
    "ingredients_trend.up":
      "Recipes gained ingredients: the yearly mean rose by {slope|abs|3} ingredients a year (WLS, {p|p}, weighted R² {r2|2}), about {change|abs|2} over the period.",
    "ingredients_trend.down":
      "Recipes lost ingredients: the yearly mean fell by {slope|abs|3} ingredients a year (WLS, {p|p}, weighted R² {r2|2}), about {change|abs|2} over the period.",
    "ingredients_trend.flat":
      "The mean number of ingredients shows no significant trend (slope {slope|signed|3} ingredients a year, {p|p}, weighted R² {r2|2})."
  },
  fr: {
    title: "La complexité des recettes au fil des ans",
    lede: "Les recettes sont-elles devenues plus élaborées, avec plus d'étapes et plus d'ingrédients, au fil des années ?",
    method:
      "Pour chaque année de publication, de {firstYear} à {lastYear}, nous faisons la moyenne, sur les recettes de l'année ({recipes|int} en tout), du score de complexité (la définition de la référence : le logarithme népérien de un plus les minutes, plus le nombre d'étapes, plus la moitié du nombre d'ingrédients), du nombre d'étapes et du nombre d'ingrédients. Chaque moyenne annuelle reçoit une droite des moindres carrés pondérés (WLS) en fonction de l'année, chaque année pesant son nombre de recettes ; le test t de la pente donne la p-valeur (significative sous α = {alpha|2}) et le R² est le R² pondéré de l'application de référence. La bande ombrée autour du score couvre plus ou moins un écart-type des scores de l'année.",
    "kpi.score_slope": "Tendance du score de complexité",
    "kpi.steps_slope": "Tendance des étapes",
    "kpi.ingredients_slope": "Tendance des ingrédients",
    "axis.year": "Année",
    "axis.score": "Score de complexité (points)",
    "axis.steps": "Étapes",
    "axis.ingredients": "Ingrédients",
    "axis.recipes": "Recettes publiées",
    "axis.std_score": "Écart-type du score",
    "axis.trend": "Tendance pondérée (WLS)",
    "figure.panels.caption": "Score de complexité, étapes et ingrédients par année, {firstYear}-{lastYear}",
    "figure.panels.description":
      "Trois graphiques linéaires côte à côte partageant l'axe des années : le score de complexité moyen avec une bande de plus ou moins un écart-type, le nombre moyen d'étapes et le nombre moyen d'ingrédients, avec des points dont la taille suit le nombre de recettes de l'année et une droite de tendance pondérée en tirets dans chacun. La tendance du score est de {slope|signed|3} point par an (R² pondéré {r2|2}, {p|p}).",
    "score_trend.up":
      "Les recettes se sont complexifiées : le score de complexité moyen a augmenté de {slope|abs|3} point par an (WLS, {p|p}, R² pondéré {r2|2}), soit environ {change|abs|2} points de {firstYear} à {lastYear}.",
    "score_trend.down":
      "Les recettes se sont simplifiées : le score de complexité moyen a baissé de {slope|abs|3} point par an (WLS, {p|p}, R² pondéré {r2|2}), soit environ {change|abs|2} points de {firstYear} à {lastYear}.",
    "score_trend.flat":
      "Le score de complexité moyen ne montre pas de tendance significative de {firstYear} à {lastYear} (pente de {slope|signed|3} point par an, {p|p}, R² pondéré {r2|2}).",
    "steps_trend.up":
      "Les recettes ont gagné des étapes : la moyenne annuelle a augmenté de {slope|abs|3} étape par an (WLS, {p|p}, R² pondéré {r2|2}), soit environ {change|abs|2} étapes sur la période.",
    "steps_trend.down":
      "Les recettes ont perdu des étapes : la moyenne annuelle a baissé de {slope|abs|3} étape par an (WLS, {p|p}, R² pondéré {r2|2}), soit environ {change|abs|2} étapes sur la période.",
    "steps_trend.flat":
      "Le nombre moyen d'étapes ne montre pas de tendance significative (pente de {slope|signed|3} étape par an, {p|p}, R² pondéré {r2|2}).",
    "ingredients_trend.up":
      "Les recettes ont gagné des ingrédients : la moyenne annuelle a augmenté de {slope|abs|3} ingrédient par an (WLS, {p|p}, R² pondéré {r2|2}), soit environ {change|abs|2} sur la période.",
    "ingredients_trend.down":
      "Les recettes ont perdu des ingrédients : la moyenne annuelle a baissé de {slope|abs|3} ingrédient par an (WLS, {p|p}, R² pondéré {r2|2}), soit environ {change|abs|2} sur la période.",
    "ingredients_trend.flat":
      "Le nombre moyen d'ingrédients ne montre pas de tendance significative (pente de {slope|signed|3} ingrédient par an, {p|p}, R² pondéré {r2|2})."
  }
} satisfies TextModule;
