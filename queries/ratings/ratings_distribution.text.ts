/** English and French texts of ratings_distribution: the mean rating, its intervals, and its stability. */
import type {TextModule} from "../../pipeline/narrative.js";

/** Templates of ratings_distribution: structural keys (title, lede, method, kpi, axis, figure) and one per claim id. */
export const text = {
  en: {
    title: "How high and how stable are ratings?",
    lede: "What rating does a recipe in the data set get on average, how precisely do we know it, and does it hold from month to month?",
    method:
      "The mean rating is summarised twice. Per month: the mean of the monthly means weighted by √n, over the {months|int} months with at least {minRatingsPerMonth|int} ratings. Its {level|pct|0} interval treats months as the independent units: the weighted standard deviation of the monthly means over the square root of the Kish effective number of months (Σw)²/Σw², which is how many equally weighted months would carry as much information as these unequally weighted ones, times a Student t quantile with that number minus one degrees of freedom. Per rating: the plain mean of all {n|int} ratings with its Student t interval, which treats every rating as independent. For stability, a one-way ANOVA of ratings across the kept months, computed from each month's count, mean and variance, tests at α = {alpha|2} whether monthly means differ by more than sampling noise alone; η² is the share of the variance of ratings that the month explains, labelled with Cohen's benchmarks.",
    "kpi.weightedMean": "Weighted mean rating",
    "kpi.interval": "Margin of error ({level|pct|0}, over months)",
    "kpi.rowMean": "Mean of all ratings",
    "kpi.range": "Range of monthly means",
    "kpi.shareFive": "Share of {topStars|int}-star ratings",
    "kpi.shareTwoOrLess": "Share of ratings of {lowStarsMax|int} stars or fewer",
    "axis.month": "Month",
    "axis.meanRating": "Mean rating (stars)",
    "axis.stars": "Stars",
    "axis.share": "Share of ratings",
    "axis.estimate": "Estimate",
    "axis.volume": "Ratings per month",
    "axis.ratings": "Ratings",
    "axis.lower": "Lower bound (stars)",
    "axis.upper": "Upper bound (stars)",
    "axis.binFrom": "From (mean rating)",
    "axis.binTo": "To (mean rating)",
    "axis.monthCount": "Months",
    "axis.monthsUnit": "months",
    "legend.weightedMean": "Weighted mean of monthly means",
    "legend.rowMean": "Mean of all ratings",
    "legend.interval": "{level|pct|0} interval",
    "legend.intervalUnderLine": "{level|pct|0} interval, so narrow that the dashed line all but covers it",
    "legend.month": "Months, by mean rating",
    "legend.axisBreak": "Axis does not start at zero",
    "figure.series.caption": "Monthly mean rating around its weighted mean",
    "figure.series.description":
      "Histogram of the mean rating of the {months|int} kept months from {firstMonth|month} to {lastMonth|month}, between {min|3} and {max|3}, with a dashed vertical line at the weighted mean, {mean|3}, and a band for its {level|pct|0} interval, {lower|3} to {upper|3}. The means month by month are drawn in the figure “Monthly mean rating and its weighted trend”.",
    "figure.intervals.caption": "Two intervals for the mean rating",
    "figure.intervals.description":
      "One row per estimate, a dot with its interval: the weighted mean of monthly means, {mean|3} ({lower|3} to {upper|3}); the mean of all ratings, {rowMean|3} ({rowLower|3} to {rowUpper|3}).",
    "figure.histogram.caption": "Ratings by number of stars",
    "figure.histogram.description":
      "Bars of the share of ratings at each number of stars up to {topStars|int}, each labelled with its share; {shareFive|pct|1} give {topStars|int} stars, {shareOne|pct|1} one star and {shareTwo|pct|1} two.",
    "mean.interval":
      "Weighting each month by the square root of its number of ratings, the mean of the monthly mean ratings is {mean|3} stars ({level|pct|0} interval {lower|3} to {upper|3}, each month counting as one observation); the mean of all {n|int} ratings is {rowMean|3} ({rowLower|3} to {rowUpper|3}).",
    "stability.beyond_noise":
      "Monthly means range from {min|3} ({minMonth|month}) to {max|3} ({maxMonth|month}), a spread of {range|3|diff:max:min} stars. They differ by more than sampling noise alone (ANOVA F = {F|2}, {p|p}), yet the month explains a {label|label} share of the variance of ratings by Cohen's benchmarks (η² = {eta2|sig|2}).",
    "stability.within_noise":
      "Monthly means range from {min|3} ({minMonth|month}) to {max|3} ({maxMonth|month}), a spread of {range|3|diff:max:min} stars that sampling noise alone can explain (ANOVA F = {F|2}, {p|p} at α = {alpha|2}; η² = {eta2|sig|2}, {label|label} by Cohen's benchmarks).",
    "histogram.shares":
      "{shareFive|pct|1} of ratings give {topStars|int} stars; {shareOne|pct|1} give one star and {shareTwo|pct|1} two.",
    "plain.mean.interval": "Ratings in this data set average {mean|3} stars."
  },
  fr: {
    title: "Les notes sont-elles hautes et stables ?",
    lede: "Quelle note reçoit en moyenne une recette du jeu de données, avec quelle précision la connaît-on, et tient-elle d'un mois à l'autre ?",
    method:
      "La note moyenne est résumée de deux façons. Par mois : la moyenne des moyennes mensuelles pondérée par √n, sur les {months|int} mois comptant au moins {minRatingsPerMonth|int} notes. Son intervalle à {level|pct|0} prend les mois pour unités indépendantes : l'écart type pondéré des moyennes mensuelles divisé par la racine du nombre effectif de mois de Kish (Σw)²/Σw², soit le nombre de mois de même poids qui porteraient autant d'information que ces mois de poids inégaux, multiplié par un quantile de Student dont le nombre de degrés de liberté est ce nombre de mois diminué de un. Par note : la moyenne simple des {n|int} notes avec son intervalle de Student, qui tient chaque note pour indépendante. Pour la stabilité, une ANOVA à un facteur des notes entre les mois retenus, calculée à partir de l'effectif, de la moyenne et de la variance de chaque mois, teste au seuil α = {alpha|2} si les moyennes mensuelles diffèrent plus que le seul bruit d'échantillonnage ne l'expliquerait ; η² est la part de la variance des notes expliquée par le mois, qualifiée selon les repères de Cohen.",
    "kpi.weightedMean": "Note moyenne pondérée",
    "kpi.interval": "Marge d'erreur (à {level|pct|0}, sur les mois)",
    "kpi.rowMean": "Moyenne de toutes les notes",
    "kpi.range": "Étendue des moyennes mensuelles",
    "kpi.shareFive": "Part des notes à {topStars|int} étoiles",
    "kpi.shareTwoOrLess": "Part des notes de {lowStarsMax|int} étoiles ou moins",
    "axis.month": "Mois",
    "axis.meanRating": "Note moyenne (étoiles)",
    "axis.stars": "Étoiles",
    "axis.share": "Part des notes",
    "axis.estimate": "Estimation",
    "axis.volume": "Notes par mois",
    "axis.ratings": "Notes",
    "axis.lower": "Borne inférieure (étoiles)",
    "axis.upper": "Borne supérieure (étoiles)",
    "axis.binFrom": "De (note moyenne)",
    "axis.binTo": "À (note moyenne)",
    "axis.monthCount": "Nombre de mois",
    "axis.monthsUnit": "mois",
    "legend.weightedMean": "Moyenne pondérée des moyennes mensuelles",
    "legend.rowMean": "Moyenne de toutes les notes",
    "legend.interval": "Intervalle à {level|pct|0}",
    "legend.intervalUnderLine": "Intervalle à {level|pct|0}, si étroit que la ligne pointillée le couvre presque",
    "legend.month": "Mois, selon leur note moyenne",
    "legend.axisBreak": "L'axe ne part pas de zéro",
    "figure.series.caption": "Note moyenne mensuelle autour de sa moyenne pondérée",
    "figure.series.description":
      "Histogramme de la note moyenne des {months|int} mois retenus de {firstMonth|month} à {lastMonth|month}, entre {min|3} et {max|3}, avec une ligne verticale en tirets à la moyenne pondérée, {mean|3}, et une bande pour son intervalle à {level|pct|0}, de {lower|3} à {upper|3}. Les moyennes mois par mois sont tracées dans la figure « Note moyenne mensuelle et sa tendance pondérée ».",
    "figure.intervals.caption": "Deux intervalles pour la note moyenne",
    "figure.intervals.description":
      "Une ligne par estimation, un point avec son intervalle : la moyenne pondérée des moyennes mensuelles, {mean|3} (de {lower|3} à {upper|3}) ; la moyenne de toutes les notes, {rowMean|3} (de {rowLower|3} à {rowUpper|3}).",
    "figure.histogram.caption": "Répartition des notes par nombre d'étoiles",
    "figure.histogram.description":
      "Barres de la part des notes pour chaque nombre d'étoiles jusqu'à {topStars|int}, chacune avec sa part inscrite ; {shareFive|pct|1} des notes sont à {topStars|int} étoiles, {shareOne|pct|1} à une étoile et {shareTwo|pct|1} à deux.",
    "mean.interval":
      "En pondérant chaque mois par la racine carrée de son nombre de notes, la moyenne des notes moyennes mensuelles est de {mean|3} étoiles (intervalle à {level|pct|0} de {lower|3} à {upper|3}, chaque mois comptant pour une observation) ; la moyenne des {n|int} notes est de {rowMean|3} (de {rowLower|3} à {rowUpper|3}).",
    "stability.beyond_noise":
      "Les moyennes mensuelles vont de {min|3} ({minMonth|month}) à {max|3} ({maxMonth|month}), soit un écart de {range|3|diff:max:min} étoile. Elles diffèrent plus que le seul bruit d'échantillonnage ne l'expliquerait (ANOVA F = {F|2}, {p|p}), mais le mois n'explique qu'une part {label|label} de la variance des notes selon les repères de Cohen (η² = {eta2|sig|2}).",
    "stability.within_noise":
      "Les moyennes mensuelles vont de {min|3} ({minMonth|month}) à {max|3} ({maxMonth|month}), un écart de {range|3|diff:max:min} étoile que le seul bruit d'échantillonnage suffit à expliquer (ANOVA F = {F|2}, {p|p}, au-dessus du seuil α = {alpha|2} ; η² = {eta2|sig|2}, effet {label|label} selon les repères de Cohen).",
    "histogram.shares":
      "{shareFive|pct|1} des notes sont à {topStars|int} étoiles ; {shareOne|pct|1} sont à une étoile et {shareTwo|pct|1} à deux.",
    "plain.mean.interval": "Les notes de ce jeu de données valent en moyenne {mean|3} étoiles."
  }
} satisfies TextModule;
