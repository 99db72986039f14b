/** English and French texts of ratings_validation: why monthly means are weighted by √n. */
import type {TextModule} from "../../pipeline/narrative.js";

/** Templates of ratings_validation: structural keys (title, lede, method, kpi, axis, figure) and one per claim id. */
export const text = {
  en: {
    title: "Why weight months by their volume?",
    lede: "Months hold very different numbers of ratings. Does treating them alike distort the trend of the mean rating?",
    method:
      "Ratings are grouped by calendar month, and months with fewer than {minRatingsPerMonth|int} ratings are set aside ({monthsExcluded|int} of {monthsTotal|int}). Each kept month gets the weight √n, n being its number of ratings: the standard error of a monthly mean shrinks like one over √n, and √n rather than n keeps the busiest months from drowning out the others. The spread of volumes is summarised by the coefficient of variation, with the population standard deviation because it describes the kept months themselves, not a wider set of months they would be drawn from; volumes count as uneven from a coefficient of variation (standard deviation over mean) of {cvHeterogeneous|pct|0}. The monthly mean is regressed on calendar time (months elapsed since {firstMonth|month}, so gaps count) by ordinary least squares (OLS) and by weighted least squares (WLS); the slope bias is the gap between the two slopes divided by the size of the OLS slope, given only when the OLS slope's interval excludes zero and both slopes have the same sign; otherwise both slopes are given with their intervals. Each slope is tested against zero with a t test at α = {alpha|2}. The spread of the monthly means is compared as the sample variance and as the weighted variance with the reliability denominator Σw − Σw²/Σw (the weighted counterpart of dividing by the number of months minus one); the two coincide when all weights are equal.",
    "kpi.ratio": "Busiest / quietest month",
    "kpi.slopeBias": "How far weighting moves the trend",
    "kpi.months": "Months kept",
    "axis.month": "Month",
    "axis.volume": "Ratings per month",
    "axis.monthCount": "Months",
    "axis.weightShare": "Share of the total weight (%)",
    "axis.binFrom": "From (ratings per month)",
    "axis.binTo": "To (ratings per month)",
    "axis.monthsUnit": "months",
    "axis.estimate": "Weighting",
    "axis.meanRating": "Mean rating (stars)",
    "axis.variance": "Variance of monthly means (stars²)",
    "axis.weight": "Weight √n",
    "legend.ols": "Ordinary least squares (OLS), unweighted",
    "legend.wls": "Weighted least squares (WLS), weights √n",
    "legend.olsShort": "OLS fit",
    "legend.wlsShort": "WLS fit",
    "legend.olsBand": "{bandLevel|pct|0} confidence band of the unweighted fit",
    "legend.wlsBand": "{bandLevel|pct|0} confidence band of the weighted fit",
    "axis.bandLower": "Lower bound of the fit's {bandLevel|pct|0} band",
    "axis.bandUpper": "Upper bound of the fit's {bandLevel|pct|0} band",
    "legend.unweighted": "Unweighted",
    "legend.weighted": "Weighted by √n",
    "legend.month": "Kept month",
    "legend.busiest": "Busiest month",
    "legend.axisBreak": "Axis does not start at zero",
    "figure.volumes.caption": "How many ratings a month holds",
    "figure.volumes.description":
      "Histogram of the number of ratings in each of the {months|int} kept months, in {histogramBins|int} equal bins from {min|int} to {max|int} ratings. Bars start at zero, so each bar's height is its number of months.",
    "figure.weights.caption": "Weight of each month",
    "figure.weights.description":
      "One bar per kept month for its share of the total weight √n, from {firstMonth|month} to {lastMonth|month}, with gaps where months were set aside; the busiest month, {maxMonth|month}, weighs the most and is marked with a dot and its name.",
    "figure.fits.caption": "Unweighted and weighted trends of the monthly mean rating",
    "figure.fits.description":
      "The two trend lines fitted to the mean rating of the {months|int} kept months (drawn month by month in the figure “Monthly mean rating and its weighted trend”), each named at its end: the OLS fit dash-dotted, the WLS fit dashed, each in a translucent band of its colour spanning the {bandLevel|pct|0} confidence interval of the fitted mean. The vertical axis is zoomed so that the two can be told apart; the bands show how little the two slopes are pinned down.",
    "figure.spread.caption": "Spread of the monthly means",
    "figure.spread.description":
      "Two bars, each named and labelled with its value, compare the variance of the monthly means computed without weights and with the weights √n.",
    "volumes.heterogeneous":
      "Monthly volumes are very uneven: their standard deviation is {cv|pct|0} of their mean, at or above the {cvThreshold|pct|0} at which this site starts calling volumes uneven, and the busiest month ({maxMonth|month}, {max|int} ratings) holds {ratio|1} times as many ratings as the quietest ({minMonth|month}, {min|int}).",
    "volumes.homogeneous":
      "Monthly volumes are fairly even: their standard deviation is {cv|pct|0} of their mean, below the {cvThreshold|pct|0} at which this site starts calling volumes uneven, and the busiest month ({maxMonth|month}, {max|int} ratings) holds {ratio|1} times as many ratings as the quietest ({minMonth|month}, {min|int}).",
    slope_bias:
      "Weighting moves the trend slope by {slopeBias|pct|1}: {olsSlopePerYear|scale:10|ssig|2|unit:stars} per decade unweighted ({level|pct|0} interval {olsLowerPerYear|scale:10|ssig|2|as:olsSlopePerYear} to {olsUpperPerYear|scale:10|ssig|2|as:olsSlopePerYear}) against {wlsSlopePerYear|scale:10|ssig|2} weighted ({wlsLowerPerYear|scale:10|ssig|2|as:wlsSlopePerYear} to {wlsUpperPerYear|scale:10|ssig|2|as:wlsSlopePerYear}).",
    slopes:
      "Weighting changes the trend from {olsSlopePerYear|scale:10|ssig|2|unit:stars} per decade unweighted ({level|pct|0} interval {olsLowerPerYear|scale:10|ssig|2|as:olsSlopePerYear} to {olsUpperPerYear|scale:10|ssig|2|as:olsSlopePerYear}) to {wlsSlopePerYear|scale:10|ssig|2|unit:stars} per decade weighted ({wlsLowerPerYear|scale:10|ssig|2|as:wlsSlopePerYear} to {wlsUpperPerYear|scale:10|ssig|2|as:wlsSlopePerYear}).",
    "slope_base.zero":
      "The unweighted slope cannot be told apart from zero: its {level|pct|0} interval, {olsLowerPerYear|scale:10|ssig|2|as:olsSlopePerYear} to {olsUpperPerYear|scale:10|ssig|2|unit:stars|as:olsSlopePerYear} per decade, contains zero.",
    "slope_base.opposite":
      "The two slopes point in opposite directions, {olsSlopePerYear|scale:10|ssig|2} per decade unweighted against {wlsSlopePerYear|scale:10|ssig|2|unit:stars} weighted, although the unweighted one is clearly away from zero ({level|pct|0} interval {olsLowerPerYear|scale:10|ssig|2|as:olsSlopePerYear} to {olsUpperPerYear|scale:10|ssig|2|as:olsSlopePerYear}). No relative change between them is given: a change across a sign means nothing.",
    "slope_base.clear":
      "The unweighted slope is clearly away from zero (its {level|pct|0} interval, {olsLowerPerYear|scale:10|ssig|2|as:olsSlopePerYear} to {olsUpperPerYear|scale:10|ssig|2|unit:stars|as:olsSlopePerYear} per decade, excludes zero) and has the same sign as the weighted one ({olsSlopePerYear|scale:10|ssig|2} against {wlsSlopePerYear|scale:10|ssig|2}), so the relative change between them means something.",
    "decision.same":
      "Both fits reach the same conclusion at α = {alpha|2}: unweighted fit {olsP|p}, weighted fit {wlsP|p} (weighted R² {wlsR2|bounded|2}).",
    "decision.changed":
      "Weighting changes the conclusion at α = {alpha|2}: the unweighted fit gives {olsP|p}, the weighted fit {wlsP|p} (weighted R² {wlsR2|bounded|2}).",
    "spread.lower":
      "Weighting lowers the variance of the monthly means from {unweighted|sig|3} to {weighted|sig|3} stars² ({change|pct|0}): the quiet months are the noisy ones.",
    "spread.not_lower":
      "Weighting does not lower the variance of the monthly means: {weighted|sig|3} stars² weighted against {unweighted|sig|3} unweighted.",
    "plain.volumes.heterogeneous":
      "The busiest month holds {ratio|1} times as many ratings as the quietest. Each month is weighted by the square root of its number of ratings: a busier month's mean is more precise, and the square root keeps the busiest months from drowning out the others.",
    "plain.volumes.homogeneous": "Months hold similar numbers of ratings."
  },
  fr: {
    title: "Pourquoi pondérer les mois par leur volume ?",
    lede: "Les mois réunissent des nombres de notes très différents. Les traiter à égalité fausse-t-il la tendance de la note moyenne ?",
    method:
      "Les notes sont regroupées par mois civil, et les mois comptant moins de {minRatingsPerMonth|int} notes sont écartés ({monthsExcluded|int} sur {monthsTotal|int}). Chaque mois retenu reçoit le poids √n, où n est son nombre de notes : l'erreur type d'une moyenne mensuelle décroît comme l'inverse de √n, et √n plutôt que n évite que les mois les plus chargés n'écrasent les autres. La dispersion des volumes est résumée par le coefficient de variation, avec l'écart type de population, car elle décrit les mois retenus eux-mêmes, et non un ensemble plus vaste dont ils seraient tirés ; les volumes sont jugés inégaux à partir d'un coefficient de variation (écart type rapporté à la moyenne) de {cvHeterogeneous|pct|0}. La moyenne mensuelle est régressée sur le temps calendaire (mois écoulés depuis {firstMonth|month}, de sorte que les trous comptent) par moindres carrés ordinaires (MCO) et par moindres carrés pondérés (MCP) ; le biais de pente vaut l'écart entre les deux pentes rapporté à la taille de la pente MCO, donné seulement quand l'intervalle de la pente MCO exclut zéro et que les deux pentes ont le même signe ; sinon, les deux pentes sont données avec leurs intervalles. Chaque pente est testée contre zéro par un test t au seuil α = {alpha|2}. La dispersion des moyennes mensuelles est comparée par la variance d'échantillon et par la variance pondérée de dénominateur Σw − Σw²/Σw (l'équivalent pondéré d'une division par le nombre de mois moins un) ; les deux coïncident quand tous les poids sont égaux.",
    "kpi.ratio": "Mois le plus chargé / le plus creux",
    "kpi.slopeBias": "Effet de la pondération sur la tendance",
    "kpi.months": "Mois retenus",
    "axis.month": "Mois",
    "axis.volume": "Notes par mois",
    "axis.monthCount": "Nombre de mois",
    "axis.weightShare": "Part du poids total (%)",
    "axis.binFrom": "De (notes par mois)",
    "axis.binTo": "À (notes par mois)",
    "axis.monthsUnit": "mois",
    "axis.estimate": "Pondération",
    "axis.meanRating": "Note moyenne (étoiles)",
    "axis.variance": "Variance des moyennes mensuelles (étoiles²)",
    "axis.weight": "Poids √n",
    "legend.ols": "Moindres carrés ordinaires (MCO), non pondérés",
    "legend.wls": "Moindres carrés pondérés (MCP), poids √n",
    "legend.olsShort": "Ajustement MCO",
    "legend.wlsShort": "Ajustement MCP",
    "legend.olsBand": "Bande de confiance à {bandLevel|pct|0} de l'ajustement non pondéré",
    "legend.wlsBand": "Bande de confiance à {bandLevel|pct|0} de l'ajustement pondéré",
    "axis.bandLower": "Borne basse de la bande à {bandLevel|pct|0} de l'ajustement",
    "axis.bandUpper": "Borne haute de la bande à {bandLevel|pct|0} de l'ajustement",
    "legend.unweighted": "Non pondérée",
    "legend.weighted": "Pondérée par √n",
    "legend.month": "Mois retenu",
    "legend.busiest": "Mois le plus chargé",
    "legend.axisBreak": "L'axe ne part pas de zéro",
    "figure.volumes.caption": "Combien de notes compte un mois",
    "figure.volumes.description":
      "Histogramme du nombre de notes de chacun des {months|int} mois retenus, en {histogramBins|int} classes égales de {min|int} à {max|int} notes. Les barres partent de zéro : la hauteur de chacune est son nombre de mois.",
    "figure.weights.caption": "Poids de chaque mois",
    "figure.weights.description":
      "Une barre par mois retenu pour sa part du poids total √n, de {firstMonth|month} à {lastMonth|month}, avec des trous là où des mois ont été écartés ; le mois le plus chargé, {maxMonth|month}, pèse le plus et est signalé par un point et son nom.",
    "figure.fits.caption": "Tendances non pondérée et pondérée de la note moyenne mensuelle",
    "figure.fits.description":
      "Les deux droites de tendance ajustées sur la note moyenne des {months|int} mois retenus (tracée mois par mois dans la figure « Note moyenne mensuelle et sa tendance pondérée »), chacune nommée à son extrémité : l'ajustement MCO en traits mixtes, l'ajustement MCP en tirets, chacun dans une bande translucide de sa couleur couvrant l'intervalle de confiance à {bandLevel|pct|0} de la moyenne ajustée. L'axe vertical est resserré pour que les deux se distinguent ; les bandes montrent combien les deux pentes sont peu déterminées.",
    "figure.spread.caption": "Dispersion des moyennes mensuelles",
    "figure.spread.description":
      "Deux barres, chacune nommée et accompagnée de sa valeur, comparent la variance des moyennes mensuelles calculée sans pondération et avec les poids √n.",
    "volumes.heterogeneous":
      "Les volumes mensuels sont très inégaux : leur écart type vaut {cv|pct|0} de leur moyenne, soit au moins les {cvThreshold|pct|0} à partir desquels ce site parle de volumes inégaux, et le mois le plus chargé ({maxMonth|month}, {max|int} notes) compte {ratio|1} fois autant de notes que le plus creux ({minMonth|month}, {min|int}).",
    "volumes.homogeneous":
      "Les volumes mensuels sont assez réguliers : leur écart type vaut {cv|pct|0} de leur moyenne, sous le seuil de {cvThreshold|pct|0} à partir duquel ce site parle de volumes inégaux, et le mois le plus chargé ({maxMonth|month}, {max|int} notes) compte {ratio|1} fois autant de notes que le plus creux ({minMonth|month}, {min|int}).",
    slope_bias:
      "La pondération déplace la pente de la tendance de {slopeBias|pct|1} : {olsSlopePerYear|scale:10|ssig|2|unit:stars} par décennie sans pondération (intervalle à {level|pct|0} de {olsLowerPerYear|scale:10|ssig|2|as:olsSlopePerYear} à {olsUpperPerYear|scale:10|ssig|2|as:olsSlopePerYear}) contre {wlsSlopePerYear|scale:10|ssig|2} avec pondération (de {wlsLowerPerYear|scale:10|ssig|2|as:wlsSlopePerYear} à {wlsUpperPerYear|scale:10|ssig|2|as:wlsSlopePerYear}).",
    slopes:
      "La pondération fait passer la tendance de {olsSlopePerYear|scale:10|ssig|2|unit:stars} par décennie sans pondération (intervalle à {level|pct|0} de {olsLowerPerYear|scale:10|ssig|2|as:olsSlopePerYear} à {olsUpperPerYear|scale:10|ssig|2|as:olsSlopePerYear}) à {wlsSlopePerYear|scale:10|ssig|2|unit:stars} par décennie avec pondération (de {wlsLowerPerYear|scale:10|ssig|2|as:wlsSlopePerYear} à {wlsUpperPerYear|scale:10|ssig|2|as:wlsSlopePerYear}).",
    "slope_base.zero":
      "La pente sans pondération ne se distingue pas de zéro : son intervalle à {level|pct|0}, de {olsLowerPerYear|scale:10|ssig|2|as:olsSlopePerYear} à {olsUpperPerYear|scale:10|ssig|2|unit:stars|as:olsSlopePerYear} par décennie, contient zéro.",
    "slope_base.opposite":
      "Les deux pentes vont en sens contraires, {olsSlopePerYear|scale:10|ssig|2} par décennie sans pondération contre {wlsSlopePerYear|scale:10|ssig|2|unit:stars} avec pondération, bien que la première se distingue nettement de zéro (intervalle à {level|pct|0} de {olsLowerPerYear|scale:10|ssig|2|as:olsSlopePerYear} à {olsUpperPerYear|scale:10|ssig|2|as:olsSlopePerYear}). Aucune évolution relative entre elles n'est donnée : une évolution qui change de signe ne veut rien dire.",
    "slope_base.clear":
      "La pente sans pondération se distingue nettement de zéro (son intervalle à {level|pct|0}, de {olsLowerPerYear|scale:10|ssig|2|as:olsSlopePerYear} à {olsUpperPerYear|scale:10|ssig|2|unit:stars|as:olsSlopePerYear} par décennie, exclut zéro) et a le même signe que la pente pondérée ({olsSlopePerYear|scale:10|ssig|2} contre {wlsSlopePerYear|scale:10|ssig|2}) : l'évolution relative entre les deux a donc un sens.",
    "decision.same":
      "Les deux ajustements concluent de la même façon au seuil α = {alpha|2} : moindres carrés ordinaires (MCO) {olsP|p}, moindres carrés pondérés (MCP) {wlsP|p} (R² pondéré {wlsR2|bounded|2}).",
    "decision.changed":
      "La pondération change la conclusion au seuil α = {alpha|2} : les moindres carrés ordinaires (MCO) donnent {olsP|p}, les moindres carrés pondérés (MCP) {wlsP|p} (R² pondéré {wlsR2|bounded|2}).",
    "spread.lower":
      "La pondération fait baisser la variance des moyennes mensuelles de {unweighted|sig|3} à {weighted|sig|3} étoile² ({change|pct|0}) : ce sont les mois creux qui sont bruités.",
    "spread.not_lower":
      "La pondération ne réduit pas la variance des moyennes mensuelles : {weighted|sig|3} étoile² avec pondération contre {unweighted|sig|3} sans.",
    "plain.volumes.heterogeneous":
      "Le mois le plus chargé compte {ratio|1} fois autant de notes que le plus creux. Chaque mois est pondéré par la racine carrée de son nombre de notes : la moyenne d'un mois plus chargé est plus précise, et la racine carrée évite que les mois les plus chargés n'écrasent les autres.",
    "plain.volumes.homogeneous": "Les mois comptent des nombres de notes comparables."
  }
} satisfies TextModule;
