/** English and French text of the recipe-volume analysis: labels, method and one template per claim. */
import type {TextModule} from "../../pipeline/narrative.js";

export const text = {
  en: {
    title: "Recipes posted per year",
    lede: "How many recipes did contributors post each year in the data set, and did the pace rise, peak and fade?",
    method:
      "We count the cleaned recipes by the year they were posted, from {firstYear} to {lastYear} ({recipes|int} recipes over {years|int} years; a year without any recipe counts as zero). The summary treats each year as one value: quartiles by linear interpolation and a sample standard deviation (dividing by the number of years minus one). The page reads no normality test: yearly counts form a time series, not draws from one distribution, and the page asks how the volume changed, not whether it is normally distributed. The series counts as rising then falling when its peak is an inner year and, on each side of it (at least {minSideYears|int} years, peak included), Spearman's ρ between year and count is at least {monotoneRho|1} up to the peak and at most −{monotoneRho|1} after it. The shape, and the counts its sentence starts and ends on, are read over whole calendar years only, and so are the fewest and most recipes in a year: a year the data cover for a few months (the first or the last) has a count that reflects where the data start or stop, not the pace of posting. The other summary figures count every year as it is.",
    "option.labels": "Show the values",
    "kpi.years": "Years",
    "kpi.total": "Recipes",
    "kpi.mean": "Mean per year",
    "kpi.median": "Median per year",
    "kpi.min": "Fewest in a whole year",
    "kpi.max": "Most in a whole year",
    "kpi.q1": "First quartile",
    "kpi.q3": "Third quartile",
    "kpi.std": "Typical gap from the yearly mean (standard deviation)",
    "kpi.cv": "That gap as a share of the mean (coefficient of variation)",
    "kpi.peak": "Peak year",
    "axis.year": "Year",
    "axis.recipes": "Recipes posted",
    "legend.year": "Recipes posted in the year",
    "legend.peak": "Busiest year",
    "legend.partial": "Year only partly covered by the data",
    "axis.complete": "Year wholly covered by the data",
    "axis.complete_true": "Complete year",
    "axis.complete_false": "Year only partly covered by the data",
    "figure.per_year.caption": "Recipes posted per year, {firstYear}–{lastYear}",
    "figure.per_year.description":
      "Bar chart with one bar per year from {firstYear} to {lastYear}; each bar's height is the number of recipes posted that year. Highlighted as the busiest: {peakYear|label}, with {peakRecipes|int} recipes. A grey bar is a year only partly inside the period the data cover: its count spans fewer days than a full year, so it is no drop in posting.",
    "shape.rise_fall":
      "Posting rose from {fromRecipes|int} recipes in {fromYear}, the first whole year of data, to a peak of {peakRecipes|int} in {peakYear}, then fell back to {toRecipes|int} in {toYear}, the last whole year (Spearman ρ {riseRho|2} up to the peak, {fallRho|2} after it).",
    "shape.rise_fall#tie":
      "Posting rose from {fromRecipes|int} recipes in {fromYear}, the first whole year of data, to a peak of {peakRecipes|int}, reached in {peakYear|label}, then fell back to {toRecipes|int} in {toYear}, the last whole year (Spearman ρ {riseRho|2} up to the first peak year, {fallRho|2} after it).",
    peak: "{peakYear} was the busiest year, with {peakRecipes|int} recipes: {share|pct|1} of all the recipes posted.",
    "peak#tie":
      "{peakYear|label} tie as the busiest years, with {peakRecipes|int} recipes each: {share|pct|1} of all the recipes posted, each.",
    spread:
      "Yearly volume varied widely: {mean|int} recipes a year on average, with a standard deviation of {std|int} recipes, {cv|pct|0} of the average itself.",
    "partial.both":
      "The data start during {firstYear} and end during {lastYear}: those two years are only partly covered, and their counts, spanning fewer days than a full year, understate the yearly pace. The summary counts them as they are; the shape of the series and the fewest and most in a year leave them out.",
    "partial.first":
      "The data start during {firstYear}: that year is only partly covered, and its count, spanning fewer days than a full year, understates the yearly pace. The summary counts it as it is; the shape of the series and the fewest and most in a year leave it out.",
    "partial.last":
      "The data end during {lastYear}: that year is only partly covered, and its count, spanning fewer days than a full year, understates the yearly pace. The summary counts it as it is; the shape of the series and the fewest and most in a year leave it out.",
    "plain.shape.rise_fall": "Recipe posting rose to a peak in {peakYear}, then fell back.",
    "plain.shape.rise_fall#tie": "Recipe posting rose to a peak, reached in {peakYear|label}, then fell back."
  },
  fr: {
    title: "Recettes publiées par année",
    lede: "Combien de recettes les contributeurs ont-ils publiées chaque année dans le jeu de données, et le rythme a-t-il grimpé, culminé puis décliné ?",
    method:
      "Nous comptons les recettes nettoyées selon leur année de publication, de {firstYear} à {lastYear} ({recipes|int} recettes sur {years|int} ans ; une année sans recette compte pour zéro). Le résumé traite chaque année comme une seule valeur : quartiles par interpolation linéaire et écart type d'échantillon (divisé par le nombre d'années moins un). La page ne lit aucun test de normalité : les effectifs annuels forment une série chronologique, pas des tirages d'une même loi, et la page demande comment le volume a évolué, pas s'il suit une loi normale. La série est dite en hausse puis en baisse quand son pic tombe sur une année intérieure et que, de chaque côté (au moins {minSideYears|int} ans, pic compris), le ρ de Spearman entre l'année et l'effectif vaut au moins {monotoneRho|1} jusqu'au pic et au plus −{monotoneRho|1} ensuite. La forme, et les effectifs par lesquels sa phrase commence et finit, ne portent que sur les années civiles entières, de même que le minimum et le maximum annuels : une année que les données ne couvrent que quelques mois (la première ou la dernière) a un effectif qui tient au début ou à la fin des données, pas au rythme des publications. Les autres chiffres du résumé comptent chaque année telle quelle.",
    "option.labels": "Afficher les valeurs",
    "kpi.years": "Années",
    "kpi.total": "Recettes",
    "kpi.mean": "Moyenne par an",
    "kpi.median": "Médiane par an",
    "kpi.min": "Minimum sur une année entière",
    "kpi.max": "Maximum sur une année entière",
    "kpi.q1": "Premier quartile",
    "kpi.q3": "Troisième quartile",
    "kpi.std": "Écart type du nombre de recettes par an",
    "kpi.cv": "Cet écart rapporté à la moyenne (coefficient de variation)",
    "kpi.peak": "Année record",
    "axis.year": "Année",
    "axis.recipes": "Recettes publiées",
    "legend.year": "Recettes publiées dans l'année",
    "legend.peak": "Année la plus active",
    "legend.partial": "Année incomplète dans les données",
    "axis.complete": "Année entière dans les données",
    "axis.complete_true": "Année complète",
    "axis.complete_false": "Année incomplète dans les données",
    "figure.per_year.caption": "Recettes publiées par année, {firstYear}–{lastYear}",
    "figure.per_year.description":
      "Diagramme en barres avec une barre par année de {firstYear} à {lastYear} ; la hauteur de chaque barre est le nombre de recettes publiées cette année-là. Mise en évidence comme la plus active : {peakYear|label}, avec {peakRecipes|int} recettes. Une barre grise est une année qui n'est qu'en partie dans la période couverte par les données : son effectif porte sur moins de jours qu'une année entière, ce n'est pas une baisse des publications.",
    "shape.rise_fall":
      "Les publications sont passées de {fromRecipes|int} recettes en {fromYear}, première année entière des données, à un pic de {peakRecipes|int} en {peakYear}, avant de retomber à {toRecipes|int} en {toYear}, dernière année entière (ρ de Spearman de {riseRho|2} jusqu'au pic, de {fallRho|2} ensuite).",
    "shape.rise_fall#tie":
      "Les publications sont passées de {fromRecipes|int} recettes en {fromYear}, première année entière des données, à un pic de {peakRecipes|int} (années {peakYear|label}), avant de retomber à {toRecipes|int} en {toYear}, dernière année entière (ρ de Spearman de {riseRho|2} jusqu'à la première année du pic, de {fallRho|2} ensuite).",
    peak: "{peakYear} a été l'année la plus active, avec {peakRecipes|int} recettes, soit {share|pct|1} de toutes les recettes publiées.",
    "peak#tie":
      "{peakYear|label} sont à égalité comme années les plus actives, avec {peakRecipes|int} recettes chacune, soit {share|pct|1} de toutes les recettes publiées pour chacune.",
    spread:
      "Le volume annuel a beaucoup varié : {mean|int} recettes par an en moyenne, avec un écart type de {std|int} recettes, soit {cv|pct|0} de la moyenne elle-même.",
    "partial.both":
      "Les données commencent en cours d'année, en {firstYear}, et s'arrêtent en cours d'année, en {lastYear} : ces deux années ne sont couvertes qu'en partie, et leurs effectifs portent sur moins de jours qu'une année entière, ce qui sous-estime leur rythme. Le résumé les compte telles quelles ; la forme de la série et les minimum et maximum annuels les laissent de côté.",
    "partial.first":
      "Les données commencent en cours d'année, en {firstYear} : cette année n'est couverte qu'en partie, et son effectif porte sur moins de jours qu'une année entière, ce qui sous-estime son rythme. Le résumé la compte telle quelle ; la forme de la série et les minimum et maximum annuels la laissent de côté.",
    "partial.last":
      "Les données s'arrêtent en cours d'année, en {lastYear} : cette année n'est couverte qu'en partie, et son effectif porte sur moins de jours qu'une année entière, ce qui sous-estime son rythme. Le résumé la compte telle quelle ; la forme de la série et les minimum et maximum annuels la laissent de côté.",
    "plain.shape.rise_fall": "La publication de recettes a culminé en {peakYear}, puis a reculé.",
    "plain.shape.rise_fall#tie": "La publication de recettes a culminé (années {peakYear|label}), puis a reculé."
  }
} satisfies TextModule;
