/** English and French texts of ratings_trend: the monthly mean rating over time and against volume. */
import type {TextModule} from "../../pipeline/narrative.js";
import {DOT_SIZE_MONTH_RATINGS} from "../_dotSize.text.js";

/** Templates of ratings_trend: structural keys (title, lede, method, kpi, axis, figure) and one per claim id. */
export const text = {
  en: {
    title: "Has the mean rating moved over time?",
    lede: "Month after month, do members rate the recipes of the data set more or less generously, and do ratings given in busy months differ?",
    method:
      "Each kept month (at least {minRatingsPerMonth|int} ratings; {monthsExcluded|int} months set aside) contributes its mean rating, weighted by √n. The trend is a weighted least-squares (WLS) line of the monthly mean on calendar time, counted in months since the first kept month, {firstMonth|month}, so that gaps between kept months keep their length; its slope is tested against zero with a t test at α = {alpha|2}, and R² is the weighted share of variance explained. That test treats months as independent, so the lag-one autocorrelation of the weighted residuals (how much each month's gap to the line resembles the previous month's) is tested against zero with a normal approximation. The volume–quality link uses a weighted Spearman correlation: months are ranked by volume and by mean rating without weights (ties share their average rank), then the ranks are correlated with the weights √n; its strength follows Cohen's benchmarks for a correlation. Its direction is tested with a WLS line of the monthly mean on the month's volume, and is claimed only when that test and the correlation agree.",
    "kpi.slopePerYear": "Trend (stars per decade)",
    "kpi.spearman": "Correlation of volume and mean rating",
    "kpi.weightedMeanStd": "Typical spread within a month (stars)",
    "axis.month": "Month",
    "axis.meanRating": "Mean rating (stars)",
    "axis.volume": "Ratings per month",
    "axis.volumeLog": "Ratings per month (log scale)",
    "axis.std": "Standard deviation of ratings (stars)",
    "axis.median": "Median rating (stars)",
    "legend.mean": "Monthly mean",
    "legend.dotArea": DOT_SIZE_MONTH_RATINGS.en,
    "legend.trend": "Weighted least-squares (WLS) trend",
    "legend.std": "Months, by standard deviation",
    "axis.binFrom": "From (stars)",
    "axis.binTo": "To (stars)",
    "axis.monthCount": "Months",
    "axis.monthsUnit": "months",
    "legend.weightedMeanStd": "Weighted mean of the monthly standard deviations",
    "legend.volumeFit": "Weighted least-squares (WLS) line of mean rating on volume",
    "legend.axisBreak": "Axis does not start at zero",
    "figure.series.caption": "Monthly mean rating and its weighted trend",
    "figure.series.description":
      "Dots of the mean rating of the {months|int} kept months from {firstMonth|month} to {lastMonth|month}, each sized by the month's number of ratings, with the dashed WLS trend changing by {slopePerYear|scale:10|ssig|2|unit:stars} per decade.",
    "figure.spread.caption": "Spread of ratings within each month",
    "figure.spread.description":
      "Histogram of the standard deviation of each kept month's ratings, with a dotted vertical line at their weighted mean, {weightedMeanStd|3} stars.",
    "figure.volume_quality.caption": "Volume against mean rating",
    "figure.volume_quality.description":
      "Scatter of the {months|int} kept months, volume (on a logarithmic axis) against mean rating, with the dashed WLS line of mean rating on volume; weighted Spearman ρ = {spearman|signed|3}.",
    "trend.up":
      "The mean rating rises by {slopePerYear|scale:10|abs|3|unit:stars} per decade ({level|pct|0} interval {slopeLowerPerYear|scale:10|ssig|2|as:slopePerYear} to {slopeUpperPerYear|scale:10|ssig|2|as:slopePerYear|unit:stars}) from {firstMonth|month} to {lastMonth|month} (the months with at least {minRatingsPerMonth|int} ratings; {monthsExcluded|int} set aside) ({p|p}, weighted R² {r2|bounded|2}).",
    "trend.down":
      "The mean rating falls by {slopePerYear|scale:10|abs|3|unit:stars} per decade ({level|pct|0} interval {slopeLowerPerYear|scale:10|ssig|2|as:slopePerYear} to {slopeUpperPerYear|scale:10|ssig|2|as:slopePerYear|unit:stars}) from {firstMonth|month} to {lastMonth|month} (the months with at least {minRatingsPerMonth|int} ratings; {monthsExcluded|int} set aside) ({p|p}, weighted R² {r2|bounded|2}).",
    "trend.flat":
      "The mean rating shows no significant trend from {firstMonth|month} to {lastMonth|month} (the months with at least {minRatingsPerMonth|int} ratings; {monthsExcluded|int} set aside): {slopePerYear|scale:10|ssig|2|unit:stars} per decade ({level|pct|0} interval {slopeLowerPerYear|scale:10|ssig|2|as:slopePerYear} to {slopeUpperPerYear|scale:10|ssig|2|as:slopePerYear|unit:stars}), {p|p} at α = {alpha|2}, weighted R² {r2|bounded|2}.",
    "residuals.autocorrelated":
      "The residuals of consecutive months are correlated (lag-one autocorrelation {lag1|signed|2}, {p|p}): months are not independent, so the trend's p-value should be read with caution.",
    "residuals.independent":
      "The residuals of consecutive months show no significant autocorrelation ({lag1|signed|2}, {p|p}), as the trend test assumes.",
    "volume_quality.positive":
      "Busier months get higher mean ratings: weighted Spearman ρ = {rho|signed|3}, a {label|label} association by Cohen's benchmarks. From the quietest kept month ({volumeLow|int} ratings) to the busiest ({volumeHigh|int}), the weighted line of mean rating on volume changes the mean rating by {change|ssig|2|unit:stars} ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:stars}; {p|p}).",
    "volume_quality.negative":
      "Busier months get lower mean ratings: weighted Spearman ρ = {rho|signed|3}, a {label|label} association by Cohen's benchmarks. From the quietest kept month ({volumeLow|int} ratings) to the busiest ({volumeHigh|int}), the weighted line of mean rating on volume changes the mean rating by {change|ssig|2|unit:stars} ({level|pct|0} interval {changeLower|ssig|2|as:change} to {changeUpper|ssig|2|as:change|unit:stars}; {p|p}).",
    "volume_quality.none":
      "A month's volume says nothing reliable about its mean rating: weighted Spearman ρ = {rho|signed|3} ({label|label} by Cohen's benchmarks), and the weighted line of mean rating on volume cannot be told from a flat one ({p|p} at α = {alpha|2}). From the quietest kept month ({volumeLow|int} ratings) to the busiest ({volumeHigh|int}), the change in mean rating along it lies, with {level|pct|0} confidence, between {changeLower|ssig|2} and {changeUpper|ssig|2|unit:stars}.",
    "plain.trend.up": "Ratings have risen slowly over the years.",
    "plain.trend.down": "Ratings have fallen slowly over the years.",
    "plain.trend.flat": "Ratings show no clear trend over the years."
  },
  fr: {
    title: "La note moyenne a-t-elle bougé au fil du temps ?",
    lede: "Mois après mois, les membres notent-ils les recettes du jeu de données plus ou moins généreusement, et les notes données pendant les mois chargés diffèrent-elles ?",
    method:
      "Chaque mois retenu (au moins {minRatingsPerMonth|int} notes ; {monthsExcluded|int} mois écartés) apporte sa note moyenne, pondérée par √n. La tendance est une droite des moindres carrés pondérés (MCP) de la moyenne mensuelle sur le temps calendaire, compté en mois depuis le premier mois retenu, {firstMonth|month}, pour que les trous entre mois retenus gardent leur durée ; sa pente est testée contre zéro par un test t au seuil α = {alpha|2}, et le R² est la part pondérée de variance expliquée. Ce test suppose les mois indépendants : l'autocorrélation d'ordre un des résidus pondérés (à quel point l'écart d'un mois à la droite ressemble à celui du mois précédent) est donc testée contre zéro par une approximation normale. Le lien entre volume et qualité repose sur une corrélation de Spearman pondérée : les mois sont classés par volume et par note moyenne sans pondération (les ex æquo partagent leur rang moyen), puis les rangs sont corrélés avec les poids √n ; sa force suit les repères de Cohen pour une corrélation. Son sens est testé par une droite des MCP de la moyenne mensuelle sur le volume du mois, et n'est affirmé que si ce test et la corrélation concordent.",
    "kpi.slopePerYear": "Tendance (étoiles par décennie)",
    "kpi.spearman": "Corrélation du volume et de la note moyenne",
    "kpi.weightedMeanStd": "Dispersion typique dans un mois (étoiles)",
    "axis.month": "Mois",
    "axis.meanRating": "Note moyenne (étoiles)",
    "axis.volume": "Notes par mois",
    "axis.volumeLog": "Notes par mois (échelle logarithmique)",
    "axis.std": "Écart type des notes (étoiles)",
    "axis.median": "Note médiane (étoiles)",
    "legend.mean": "Moyenne mensuelle",
    "legend.dotArea": DOT_SIZE_MONTH_RATINGS.fr,
    "legend.trend": "Tendance par moindres carrés pondérés",
    "legend.std": "Mois, selon leur écart type",
    "axis.binFrom": "De (étoiles)",
    "axis.binTo": "À (étoiles)",
    "axis.monthCount": "Nombre de mois",
    "axis.monthsUnit": "mois",
    "legend.weightedMeanStd": "Moyenne pondérée des écarts types mensuels",
    "legend.volumeFit": "Droite des moindres carrés pondérés de la note moyenne sur le volume",
    "legend.axisBreak": "L'axe ne part pas de zéro",
    "figure.series.caption": "Note moyenne mensuelle et sa tendance pondérée",
    "figure.series.description":
      "Points de la note moyenne des {months|int} mois retenus de {firstMonth|month} à {lastMonth|month}, chacun de taille proportionnelle au nombre de notes du mois, avec en tirets la tendance MCP, qui varie de {slopePerYear|scale:10|ssig|2|unit:stars} par décennie.",
    "figure.spread.caption": "Dispersion des notes au sein de chaque mois",
    "figure.spread.description":
      "Histogramme de l'écart type des notes de chaque mois retenu, avec une ligne verticale en pointillés à leur moyenne pondérée, {weightedMeanStd|3} étoile.",
    "figure.volume_quality.caption": "Volume et note moyenne",
    "figure.volume_quality.description":
      "Nuage des {months|int} mois retenus, volume en abscisse (sur une échelle logarithmique) et note moyenne en ordonnée, avec en tirets la droite des MCP de la note moyenne sur le volume ; ρ de Spearman pondéré = {spearman|signed|3}.",
    "trend.up":
      "La note moyenne augmente de {slopePerYear|scale:10|abs|3|unit:stars} par décennie (intervalle à {level|pct|0} de {slopeLowerPerYear|scale:10|ssig|2|as:slopePerYear} à {slopeUpperPerYear|scale:10|ssig|2|as:slopePerYear|unit:stars}) de {firstMonth|month} à {lastMonth|month} (les mois d'au moins {minRatingsPerMonth|int} notes ; {monthsExcluded|int} écartés) ({p|p}, R² pondéré {r2|bounded|2}).",
    "trend.down":
      "La note moyenne baisse de {slopePerYear|scale:10|abs|3|unit:stars} par décennie (intervalle à {level|pct|0} de {slopeLowerPerYear|scale:10|ssig|2|as:slopePerYear} à {slopeUpperPerYear|scale:10|ssig|2|as:slopePerYear|unit:stars}) de {firstMonth|month} à {lastMonth|month} (les mois d'au moins {minRatingsPerMonth|int} notes ; {monthsExcluded|int} écartés) ({p|p}, R² pondéré {r2|bounded|2}).",
    "trend.flat":
      "La note moyenne ne montre aucune tendance significative de {firstMonth|month} à {lastMonth|month} (les mois d'au moins {minRatingsPerMonth|int} notes ; {monthsExcluded|int} écartés) : {slopePerYear|scale:10|ssig|2|unit:stars} par décennie (intervalle à {level|pct|0} de {slopeLowerPerYear|scale:10|ssig|2|as:slopePerYear} à {slopeUpperPerYear|scale:10|ssig|2|as:slopePerYear|unit:stars}), {p|p}, au-dessus du seuil α = {alpha|2}, R² pondéré {r2|bounded|2}.",
    "residuals.autocorrelated":
      "Les résidus de mois consécutifs sont corrélés (autocorrélation d'ordre un {lag1|signed|2}, {p|p}) : les mois ne sont pas indépendants, et la valeur p de la tendance est à lire avec prudence.",
    "residuals.independent":
      "Les résidus de mois consécutifs ne montrent pas d'autocorrélation significative ({lag1|signed|2}, {p|p}), comme le suppose le test de tendance.",
    "volume_quality.positive":
      "Les mois les plus chargés obtiennent de meilleures notes moyennes : ρ de Spearman pondéré = {rho|signed|3}, soit un lien {label|label} selon les repères de Cohen. Du mois le plus calme retenu ({volumeLow|int} notes) au plus chargé ({volumeHigh|int}), la droite pondérée de la note moyenne selon le volume fait varier la note moyenne de {change|ssig|2|unit:stars} (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:stars} ; {p|p}).",
    "volume_quality.negative":
      "Les mois les plus chargés obtiennent des notes moyennes plus basses : ρ de Spearman pondéré = {rho|signed|3}, soit un lien {label|label} selon les repères de Cohen. Du mois le plus calme retenu ({volumeLow|int} notes) au plus chargé ({volumeHigh|int}), la droite pondérée de la note moyenne selon le volume fait varier la note moyenne de {change|ssig|2|unit:stars} (intervalle à {level|pct|0} de {changeLower|ssig|2|as:change} à {changeUpper|ssig|2|as:change|unit:stars} ; {p|p}).",
    "volume_quality.none":
      "Le volume d'un mois ne dit rien de fiable sur sa note moyenne : ρ de Spearman pondéré = {rho|signed|3} (lien {label|label} selon les repères de Cohen), et la droite pondérée de la note moyenne selon le volume ne se distingue pas d'une droite plate ({p|p}, au-dessus du seuil α = {alpha|2}). Du mois le plus calme retenu ({volumeLow|int} notes) au plus chargé ({volumeHigh|int}), la variation de la note moyenne le long de cette droite se situe, avec une confiance de {level|pct|0}, entre {changeLower|ssig|2} et {changeUpper|ssig|2|unit:stars}.",
    "plain.trend.up": "Les notes ont lentement monté au fil des ans.",
    "plain.trend.down": "Les notes ont lentement baissé au fil des ans.",
    "plain.trend.flat": "Les notes ne montrent pas de tendance nette au fil des ans."
  }
} satisfies TextModule;
