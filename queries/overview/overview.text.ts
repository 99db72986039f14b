/**
 * English and French text of the overview: labels, method, one template per claim, and the name and rule of each
 * cleaning step (`rule.<key>` and `rule.<key>.detail`, keyed by the staging funnel's rule names). Fixed keys render
 * with the headline's values; rule details with the overview's `bounds`.
 */
import type {TextModule} from "../../pipeline/narrative.js";

export const text = {
  en: {
    title: "The data at a glance",
    lede: "What was analysed: every recipe and rating in the data set that survives the cleaning, from {firstYear} to {lastYear}. Contributors are the members who post recipes; the members who rated gave at least one rating, and may never have posted a recipe. Each interaction is one member's review of one recipe: with one to five stars it is a rating, the unit of every rating analysis; without stars it is set aside.",
    method:
      "The raw recipes and interactions are loaded into a database and cleaned by the rules of the methodology's cleaning table, in order; each rule's count is the number of rows it removed. The figures on this site are computed from what remains, never typed by hand: {recipes|int} recipes posted by {contributors|int} contributors, and {ratings|int} ratings by {users|int} members.",
    "kpi.recipes": "Recipes analysed",
    "kpi.ratings": "Ratings analysed",
    "kpi.users": "Members who rated",
    "kpi.contributors": "Contributors",
    "kpi.period": "Years covered",
    "kpi.mean_rating": "Mean rating",
    "axis.year": "Year",
    "axis.recipes": "Recipes posted",
    "axis.rating": "Stars",
    "axis.count": "Interactions",
    "axis.rule": "Cleaning step",
    "axis.rows": "Rows left",
    "axis.removed": "Rows removed",
    "legend.year": "Recipes posted in the year",
    "legend.peak": "Busiest year",
    "legend.partial": "Year only partly covered by the data",
    "axis.complete": "Year wholly covered by the data",
    "axis.complete_true": "Complete year",
    "axis.complete_false": "Year only partly covered by the data",
    "legend.kept": "Rated one to five stars",
    "legend.excluded": "Set aside: interaction without stars",
    "figure.recipes_per_year.caption": "Recipes analysed, by year posted, {firstYear}–{lastYear}",
    "figure.recipes_per_year.description":
      "Bar chart with one bar per year from {firstYear} to {lastYear}; each bar is the number of cleaned recipes posted that year. Highlighted as the busiest: {peakYear|label}, with {peakRecipes|int} recipes. A grey bar is a year only partly inside the period the data cover ({firstRecipe|date} to {lastRecipe|date}): its count spans fewer days than a full year, so it is no drop in posting.",
    "figure.rating_histogram.caption": "Raw interactions by number of stars",
    "figure.rating_histogram.description":
      "Bar chart of the raw interactions for each star value from zero to five. Zero marks an interaction without stars; the cleaning keeps one to five stars only, as ratings. Most interactions give five stars.",
    "figure.funnel_recipes.caption": "Recipes left after each cleaning step",
    "figure.funnel_recipes.description":
      "Horizontal bars, one per cleaning step in order, giving the recipes left after the step; the last bar is the {recipes|int} recipes analysed.",
    "figure.funnel_ratings.caption": "Interactions left after each cleaning step",
    "figure.funnel_ratings.description":
      "Horizontal bars, one per cleaning step in order, giving the interactions left after the step; the last bar is the {ratings|int} ratings analysed.",
    "rule.raw": "Raw file",
    "rule.raw.detail": "Every row of the input file, before any rule.",
    "rule.duplicate_id": "Duplicate recipe id",
    "rule.duplicate_id.detail": "A recipe id that appears more than once keeps a single row.",
    "rule.minutes_out_of_range": "Preparation time out of range",
    "rule.minutes_out_of_range.detail": "Recipes announcing less than a minute or more than three hours are set aside.",
    "rule.steps_or_ingredients_outlier": "Steps or ingredients outlier",
    "rule.steps_or_ingredients_outlier.detail":
      "Recipes outside the central ninety-five percent of steps ({stepsLow} to {stepsHigh}) or ingredients ({ingredientsLow} to {ingredientsHigh}) are set aside.",
    "rule.missing_name_or_date": "Missing name or date",
    "rule.missing_name_or_date.detail": "Recipes without a name or a submission date are set aside.",
    "rule.invalid_nutrition": "Invalid nutrition",
    "rule.invalid_nutrition.detail":
      "Recipes whose nutrition list does not hold seven finite values, or has a negative one, are set aside.",
    "rule.missing_id": "Missing id",
    "rule.missing_id.detail": "Rows without an id cannot be told apart or linked, and are set aside.",
    "rule.date_out_of_range": "Implausible date",
    "rule.date_out_of_range.detail":
      "Dates before the platform opened or after the day of the build are errors, and their rows are set aside.",
    "rule.malformed_list": "Malformed tag or ingredient list",
    "rule.malformed_list.detail":
      "Recipes whose tags or ingredients are not a well-formed list of quoted names are set aside.",
    "rule.rating_not_1_to_5": "Interaction without stars, or off the scale",
    "rule.rating_not_1_to_5.detail":
      "Interactions without stars (recorded as zero) and values off the one-to-five scale are set aside.",
    "rule.missing_date": "Missing date",
    "rule.missing_date.detail": "Interactions without a date cannot be placed in time and are set aside.",
    "rule.exact_duplicate": "Exact duplicate",
    "rule.exact_duplicate.detail": "An interaction repeated identically in every column keeps a single row.",
    headline:
      "{recipes|int} recipes posted from {firstYear} to {lastYear}, and {ratings|int} ratings given by {users|int} members, in the data set analysed here.",
    "cleaning.recipes":
      "The cleaning keeps {kept|int} of the {raw|int} raw recipes ({share|pct|1}); the charts of the cleaning steps show what each rule removed.",
    "cleaning.ratings": "Of the {raw|int} raw interactions, {kept|int} ratings remain ({share|pct|1}).",
    unrated:
      "{unrated|int} interactions have no stars (a comment without a rating): with no rating to count, the cleaning sets them aside.",
    peak: "{year} was the busiest year, with {recipes|int} recipes posted: {share|pct|1} of all the recipes analysed.",
    "peak#tie":
      "{year|label} tie as the busiest years, with {recipes|int} recipes posted in each: {share|pct|1} of all the recipes analysed, each.",
    "ratings.removed_recipes":
      "Ratings are kept whatever became of their recipe, since the rating analyses do not read it: of the {ratings|int} ratings, {ofRecipes|int} for recipes analysed here and {ofRemoved|int} for recipes the cleaning removed ({ratedRecipes|int} distinct recipes rated in all).",
    "ratings.unknown_recipes":
      "Kept as well, and counted in every rating analysis: {count|int} ratings of recipe ids that the recipes file does not hold.",
    "ratings.unknown_recipes#one":
      "Kept as well, and counted in every rating analysis: {count|int} rating of a recipe id that the recipes file does not hold.",
    "rating.mean": "The {ratings|int} ratings average {mean|2} stars."
  },
  fr: {
    title: "Les données en un coup d'œil",
    lede: "Ce qui a été analysé : chaque recette et chaque note du jeu de données qui passe le nettoyage, de {firstYear} à {lastYear}. Les contributeurs sont les membres qui publient des recettes ; les membres ayant noté ont donné au moins une note, sans forcément avoir publié de recette. Chaque interaction est l'avis d'un membre sur une recette : avec une à cinq étoiles, c'est une note, l'unité de toutes les analyses des notes ; sans étoiles, elle est écartée.",
    method:
      "Les recettes et interactions brutes sont chargées dans une base de données puis nettoyées par les règles du tableau de nettoyage de la méthodologie, dans l'ordre ; le compte de chaque règle est le nombre de lignes qu'elle retire. Les chiffres de ce site sont calculés sur ce qui reste, jamais saisis à la main : {recipes|int} recettes publiées par {contributors|int} contributeurs, et {ratings|int} notes attribuées par {users|int} membres.",
    "kpi.recipes": "Recettes analysées",
    "kpi.ratings": "Notes analysées",
    "kpi.users": "Membres ayant noté",
    "kpi.contributors": "Contributeurs",
    "kpi.period": "Années couvertes",
    "kpi.mean_rating": "Note moyenne",
    "axis.year": "Année",
    "axis.recipes": "Recettes publiées",
    "axis.rating": "Étoiles",
    "axis.count": "Interactions",
    "axis.rule": "Étape du nettoyage",
    "axis.rows": "Lignes restantes",
    "axis.removed": "Lignes retirées",
    "legend.year": "Recettes publiées dans l'année",
    "legend.peak": "Année la plus active",
    "legend.partial": "Année incomplète dans les données",
    "axis.complete": "Année entière dans les données",
    "axis.complete_true": "Année complète",
    "axis.complete_false": "Année incomplète dans les données",
    "legend.kept": "Notée d'une à cinq étoiles",
    "legend.excluded": "Écartée : interaction sans étoiles",
    "figure.recipes_per_year.caption": "Recettes analysées, par année de publication, {firstYear}–{lastYear}",
    "figure.recipes_per_year.description":
      "Diagramme en barres avec une barre par année de {firstYear} à {lastYear} ; chaque barre est le nombre de recettes nettoyées publiées cette année-là. Mise en évidence comme la plus active : {peakYear|label}, avec {peakRecipes|int} recettes. Une barre grise est une année qui n'est qu'en partie dans la période couverte par les données (du {firstRecipe|date} au {lastRecipe|date}) : son effectif porte sur moins de jours qu'une année entière, ce n'est pas une baisse des publications.",
    "figure.rating_histogram.caption": "Interactions brutes selon le nombre d'étoiles",
    "figure.rating_histogram.description":
      "Diagramme en barres des interactions brutes pour chaque nombre d'étoiles, de zéro à cinq. Zéro désigne une interaction sans étoiles ; le nettoyage ne garde, comme notes, que celles d'une à cinq étoiles. La plupart des interactions donnent cinq étoiles.",
    "figure.funnel_recipes.caption": "Recettes restantes après chaque étape du nettoyage",
    "figure.funnel_recipes.description":
      "Barres horizontales, une par étape du nettoyage dans l'ordre, donnant les recettes restantes après l'étape ; la dernière barre correspond aux {recipes|int} recettes analysées.",
    "figure.funnel_ratings.caption": "Interactions restantes après chaque étape du nettoyage",
    "figure.funnel_ratings.description":
      "Barres horizontales, une par étape du nettoyage dans l'ordre, donnant les interactions restantes après l'étape ; la dernière barre correspond aux {ratings|int} notes analysées.",
    "rule.raw": "Fichier brut",
    "rule.raw.detail": "Toutes les lignes du fichier d'entrée, avant toute règle.",
    "rule.duplicate_id": "Identifiant de recette en double",
    "rule.duplicate_id.detail": "Un identifiant de recette présent plusieurs fois ne garde qu'une ligne.",
    "rule.minutes_out_of_range": "Temps de préparation hors limites",
    "rule.minutes_out_of_range.detail":
      "Les recettes annonçant moins d'une minute ou plus de trois heures sont écartées.",
    "rule.steps_or_ingredients_outlier": "Étapes ou ingrédients atypiques",
    "rule.steps_or_ingredients_outlier.detail":
      "Les recettes hors des quatre-vingt-quinze pour cent centraux pour les étapes ({stepsLow} à {stepsHigh}) ou les ingrédients ({ingredientsLow} à {ingredientsHigh}) sont écartées.",
    "rule.missing_name_or_date": "Nom ou date manquant",
    "rule.missing_name_or_date.detail": "Les recettes sans nom ou sans date de publication sont écartées.",
    "rule.invalid_nutrition": "Nutrition invalide",
    "rule.invalid_nutrition.detail":
      "Les recettes dont la liste nutritionnelle ne compte pas sept valeurs finies, ou en compte une négative, sont écartées.",
    "rule.missing_id": "Identifiant manquant",
    "rule.missing_id.detail":
      "Les lignes sans identifiant ne peuvent être ni distinguées ni reliées : elles sont écartées.",
    "rule.date_out_of_range": "Date invraisemblable",
    "rule.date_out_of_range.detail":
      "Les dates antérieures à l'ouverture de la plateforme ou postérieures au jour de la construction sont des erreurs : leurs lignes sont écartées.",
    "rule.malformed_list": "Liste d'étiquettes ou d'ingrédients mal formée",
    "rule.malformed_list.detail":
      "Les recettes dont les étiquettes ou les ingrédients ne forment pas une liste correcte de noms entre guillemets sont écartées.",
    "rule.rating_not_1_to_5": "Interaction sans étoiles ou hors échelle",
    "rule.rating_not_1_to_5.detail":
      "Les interactions sans étoiles (notées zéro) et les valeurs hors de l'échelle d'une à cinq sont écartées.",
    "rule.missing_date": "Date manquante",
    "rule.missing_date.detail": "Une interaction sans date ne peut pas être placée dans le temps : elle est écartée.",
    "rule.exact_duplicate": "Doublon exact",
    "rule.exact_duplicate.detail":
      "Une interaction répétée à l'identique dans toutes ses colonnes ne garde qu'une ligne.",
    headline:
      "{recipes|int} recettes publiées de {firstYear} à {lastYear}, et {ratings|int} notes attribuées par {users|int} membres, dans le jeu de données analysé ici.",
    "cleaning.recipes":
      "Le nettoyage garde {kept|int} des {raw|int} recettes brutes ({share|pct|1}) ; les graphiques des étapes du nettoyage montrent ce que chaque règle a retiré.",
    "cleaning.ratings": "Sur les {raw|int} interactions brutes, il reste {kept|int} notes ({share|pct|1}).",
    unrated:
      "{unrated|int} interactions n'ont pas d'étoiles (un commentaire sans note) : sans note à compter, le nettoyage les met de côté.",
    peak: "{year} a été l'année la plus active, avec {recipes|int} recettes publiées, soit {share|pct|1} de toutes les recettes analysées.",
    "peak#tie":
      "{year|label} sont à égalité comme années les plus actives, avec {recipes|int} recettes publiées chacune, soit {share|pct|1} de toutes les recettes analysées pour chacune.",
    "ratings.removed_recipes":
      "Les notes sont gardées quel que soit le sort de leur recette, que les analyses des notes ne lisent pas : sur les {ratings|int} notes, {ofRecipes|int} pour des recettes analysées ici et {ofRemoved|int} pour des recettes retirées par le nettoyage ({ratedRecipes|int} recettes distinctes notées en tout).",
    "ratings.unknown_recipes":
      "Gardées elles aussi, et comptées dans toutes les analyses des notes : {count|int} notes de recettes dont l'identifiant est absent du fichier des recettes.",
    "ratings.unknown_recipes#one":
      "Gardée elle aussi, et comptée dans toutes les analyses des notes : {count|int} note d'une recette dont l'identifiant est absent du fichier des recettes.",
    "rating.mean": "Les {ratings|int} notes valent en moyenne {mean|2} étoiles."
  }
} satisfies TextModule;
