/** English and French text of the preparation-time analysis: labels, method and one template per claim. */
import type {TextModule} from "../../pipeline/narrative.js";
import {DOT_SIZE_YEAR_RECIPES} from "../_dotSize.text.js";

export const text = {
  en: {
    title: "Preparation time over the years",
    lede: "Did recipes take less time to make as the years went by?",
    method:
      "For each year of posting from {firstYear} to {lastYear} we take the mean and the median preparation time of that year's recipes ({recipes|int} recipes in all), and the percentiles that bound the shaded band, by linear interpolation between the two nearest values. A weighted least-squares (WLS) line is fitted to the yearly means and another to the yearly medians, each year weighted by its number of recipes so that the thin first and last years count less; the slope's t-test gives the p-value (significant below α = {alpha|2}) and R² is the weighted R². Each year is one point, so the test asks whether yearly averages drift, not whether single recipes got quicker. The default band is the {defaultLowPercent|ord}–{defaultHighPercent|ord} percentile. The narrow band around the mean is its {intervalLevel|pct|0} confidence interval (Student t, from the year's standard deviation and number of recipes): it widens in the years with few recipes.",
    "option.bubbles": "Dots sized by recipes",
    "axis.dot_area": DOT_SIZE_YEAR_RECIPES.en,
    "option.band": "Percentile band",
    "option.band.q25_q75": "middle half of recipes",
    "option.band.q10_q90": "middle four-fifths of recipes",
    "option.band.q05_q95": "middle nine-tenths of recipes",
    "option.band.q33_q66": "middle third of recipes",
    "option.band.range": "{lowPercent|ord}–{highPercent|ord} percentile",
    "kpi.current_mean": "Mean, {lastYear} (min)",
    "kpi.current_median": "Median, {lastYear} (min)",
    "kpi.mean_slope": "Trend of the mean (min per year)",
    "kpi.median_slope": "Trend of the median (min per year)",
    "kpi.current_dispersion":
      "Width of the {defaultLowPercent|ord}–{defaultHighPercent|ord} percentile band, {lastYear} (min)",
    "kpi.overall_mean": "Mean over all recipes (min)",
    "axis.year": "Year",
    "axis.interval": "{intervalLevel|pct|0} confidence interval of the yearly mean",
    "axis.lower": "Lower bound ({intervalLevel|pct|0} interval)",
    "axis.upper": "Upper bound ({intervalLevel|pct|0} interval)",
    "axis.minutes": "Preparation time (minutes)",
    "axis.band": "Percentile band",
    "axis.recipes": "Recipes posted",
    "axis.mean": "Mean",
    "axis.median": "Median",
    "axis.low": "Lower edge of the percentile band",
    "axis.high": "Upper edge of the percentile band",
    "axis.mean_trend": "Weighted trend of the mean",
    "axis.median_trend": "Weighted trend of the median",
    "figure.trend.caption": "Preparation time per year, {firstYear}–{lastYear}: mean, median and weighted trends",
    "figure.trend.description":
      "Line chart of minutes against year. A shaded band spans the chosen percentiles of each year (by default the {defaultLowPercent|ord}–{defaultHighPercent|ord} percentile band); an orange line with round dots sized by the year's recipes shows the mean (the narrow band around it is its {intervalLevel|pct|0} confidence interval), a teal one with square dots the median, each named at its right end, and a dashed straight line of the same colour its weighted trend. The mean's trend changes by {slope|signed|2} minutes a year (weighted R² {r2|bounded|2}).",
    "mean_trend.down":
      "The yearly mean preparation time fell by {slope|abs|2} min a year (weighted least-squares fit, {p|p}, weighted R² {r2|bounded|2}): along the fitted line, {lastYear}'s recipes took about {change|abs|1} minutes less than {firstYear}'s (a fitted change of {change|signed|1|unit:minutes}, {level|pct|0} interval {changeLower|signed|1} to {changeUpper|signed|1|unit:minutes}).",
    "mean_trend.up":
      "The yearly mean preparation time rose by {slope|abs|2} min a year (weighted least-squares fit, {p|p}, weighted R² {r2|bounded|2}): along the fitted line, {lastYear}'s recipes took about {change|abs|1} minutes more than {firstYear}'s (a fitted change of {change|signed|1|unit:minutes}, {level|pct|0} interval {changeLower|signed|1} to {changeUpper|signed|1|unit:minutes}).",
    "mean_trend.flat":
      "The yearly mean preparation time shows no significant trend from {firstYear} to {lastYear} (slope {slope|signed|2} min a year, {p|p}, weighted R² {r2|bounded|2}). Over the period, the fitted change is {change|ssig|2|unit:minutes} ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:minutes}).",
    "median_trend.down":
      "The yearly median fell by {slope|abs|2} min a year (weighted least-squares fit, {p|p}, weighted R² {r2|bounded|2}), a fitted change of {change|ssig|2|unit:minutes} over the period ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:minutes}).",
    "median_trend.up":
      "The yearly median rose by {slope|abs|2} min a year (weighted least-squares fit, {p|p}, weighted R² {r2|bounded|2}), a fitted change of {change|ssig|2|unit:minutes} over the period ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:minutes}).",
    "median_trend.flat":
      "The yearly median shows no significant trend (slope {slope|signed|2} min a year, {p|p}, weighted R² {r2|bounded|2}). Over the period, the fitted change is {change|ssig|2|unit:minutes} ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:minutes}).",
    dispersion:
      "In {lastYear}, the {lowPercent|ord}–{highPercent|ord} percentile band of preparation times ran from {low|0} to {high|0} minutes, a width of {width|0|diff:high:low} minutes ({lastRecipes|int} recipes), against {firstWidth|0} minutes in {firstYear} ({firstRecipes|int} recipes).",
    "plain.mean_trend.down": "Recipes have become quicker to make over the years.",
    "plain.mean_trend.up": "Recipes have become longer to make over the years.",
    "plain.mean_trend.flat": "Recipes take about as long to make as they used to."
  },
  fr: {
    title: "Le temps de préparation au fil des ans",
    lede: "Les recettes demandent-elles moins de temps à préparer au fil des années ?",
    method:
      "Pour chaque année de publication, de {firstYear} à {lastYear}, nous calculons la moyenne et la médiane du temps de préparation des recettes de l'année ({recipes|int} recettes en tout), ainsi que les centiles qui bornent la bande ombrée, par interpolation linéaire entre les deux valeurs les plus proches. Une droite des moindres carrés pondérés (MCP) est ajustée aux moyennes annuelles, une autre aux médianes annuelles, chaque année pesant son nombre de recettes pour que les premières et dernières années, peu fournies, comptent moins ; le test t de la pente donne la valeur p (significative sous α = {alpha|2}) et le R² est le R² pondéré. Chaque année est un point : le test porte sur la dérive des moyennes annuelles, pas sur la rapidité de chaque recette. La bande par défaut est la bande {defaultLowPercent|ord}–{defaultHighPercent|ord} centile. La bande étroite autour de la moyenne est son intervalle de confiance à {intervalLevel|pct|0} (t de Student, à partir de l'écart type et du nombre de recettes de l'année) : elle s'élargit les années pauvres en recettes.",
    "option.bubbles": "Points proportionnels aux recettes",
    "axis.dot_area": DOT_SIZE_YEAR_RECIPES.fr,
    "option.band": "Bande de centiles",
    "option.band.q25_q75": "moitié centrale des recettes",
    "option.band.q10_q90": "quatre cinquièmes centraux des recettes",
    "option.band.q05_q95": "neuf dixièmes centraux des recettes",
    "option.band.q33_q66": "tiers central des recettes",
    "option.band.range": "{lowPercent|ord}–{highPercent|ord} centile",
    "kpi.current_mean": "Moyenne, {lastYear} (min)",
    "kpi.current_median": "Médiane, {lastYear} (min)",
    "kpi.mean_slope": "Tendance de la moyenne (min par an)",
    "kpi.median_slope": "Tendance de la médiane (min par an)",
    "kpi.current_dispersion":
      "Largeur de la bande {defaultLowPercent|ord}–{defaultHighPercent|ord} centile, {lastYear} (min)",
    "kpi.overall_mean": "Moyenne sur toutes les recettes (min)",
    "axis.year": "Année",
    "axis.interval": "Intervalle de confiance à {intervalLevel|pct|0} de la moyenne annuelle",
    "axis.lower": "Borne basse (intervalle à {intervalLevel|pct|0})",
    "axis.upper": "Borne haute (intervalle à {intervalLevel|pct|0})",
    "axis.minutes": "Temps de préparation (minutes)",
    "axis.band": "Bande de centiles",
    "axis.recipes": "Recettes publiées",
    "axis.mean": "Moyenne",
    "axis.median": "Médiane",
    "axis.low": "Bord bas de la bande de centiles",
    "axis.high": "Bord haut de la bande de centiles",
    "axis.mean_trend": "Tendance pondérée de la moyenne",
    "axis.median_trend": "Tendance pondérée de la médiane",
    "figure.trend.caption":
      "Temps de préparation par année, {firstYear}–{lastYear} : moyenne, médiane et tendances pondérées",
    "figure.trend.description":
      "Graphique linéaire des minutes en fonction de l'année. Une bande ombrée couvre les centiles choisis de chaque année (par défaut la bande {defaultLowPercent|ord}–{defaultHighPercent|ord} centile) ; une ligne orange, avec des points ronds dont la taille suit le nombre de recettes de l'année, montre la moyenne (la bande étroite qui l'entoure est son intervalle de confiance à {intervalLevel|pct|0}), une ligne bleu-vert à points carrés la médiane, chacune nommée à son extrémité droite, et une droite en tirets de la même couleur sa tendance pondérée. La tendance de la moyenne est de {slope|signed|2} min par an (R² pondéré {r2|bounded|2}).",
    "mean_trend.down":
      "Le temps de préparation moyen annuel a baissé de {slope|abs|2} min par an (moindres carrés pondérés, {p|p}, R² pondéré {r2|bounded|2}) : selon la droite ajustée, les recettes de {lastYear} demandaient environ {change|abs|1} minutes de moins que celles de {firstYear} (évolution ajustée de {change|signed|1|unit:minutes}, intervalle à {level|pct|0} de {changeLower|signed|1} à {changeUpper|signed|1|unit:minutes}).",
    "mean_trend.up":
      "Le temps de préparation moyen annuel a augmenté de {slope|abs|2} min par an (moindres carrés pondérés, {p|p}, R² pondéré {r2|bounded|2}) : selon la droite ajustée, les recettes de {lastYear} demandaient environ {change|abs|1} minutes de plus que celles de {firstYear} (évolution ajustée de {change|signed|1|unit:minutes}, intervalle à {level|pct|0} de {changeLower|signed|1} à {changeUpper|signed|1|unit:minutes}).",
    "mean_trend.flat":
      "Le temps de préparation moyen annuel ne montre pas de tendance significative de {firstYear} à {lastYear} (pente de {slope|signed|2} min par an, {p|p}, R² pondéré {r2|bounded|2}). Sur la période, l'évolution ajustée vaut {change|ssig|2|unit:minutes} (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:minutes}).",
    "median_trend.down":
      "La médiane annuelle a baissé de {slope|abs|2} min par an (moindres carrés pondérés, {p|p}, R² pondéré {r2|bounded|2}), soit une évolution ajustée de {change|ssig|2|unit:minutes} sur la période (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:minutes}).",
    "median_trend.up":
      "La médiane annuelle a augmenté de {slope|abs|2} min par an (moindres carrés pondérés, {p|p}, R² pondéré {r2|bounded|2}), soit une évolution ajustée de {change|ssig|2|unit:minutes} sur la période (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:minutes}).",
    "median_trend.flat":
      "La médiane annuelle ne montre pas de tendance significative (pente de {slope|signed|2} min par an, {p|p}, R² pondéré {r2|bounded|2}). Sur la période, l'évolution ajustée vaut {change|ssig|2|unit:minutes} (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:minutes}).",
    dispersion:
      "En {lastYear}, la bande {lowPercent|ord}–{highPercent|ord} centile des temps de préparation allait de {low|0} à {high|0} minutes, soit une largeur de {width|0|diff:high:low} minutes ({lastRecipes|int} recettes), contre {firstWidth|0} minutes en {firstYear} ({firstRecipes|int} recettes).",
    "plain.mean_trend.down": "Les recettes sont devenues plus rapides à préparer au fil des ans.",
    "plain.mean_trend.up": "Les recettes sont devenues plus longues à préparer au fil des ans.",
    "plain.mean_trend.flat": "Les recettes prennent à peu près autant de temps qu'avant."
  }
} satisfies TextModule;
