/** English and French texts of ratings_seasonal_volume: how ratings spread over the seasons. */
import type {TextModule} from "../../pipeline/narrative.js";

/** Templates of ratings_seasonal_volume: structural keys (title, lede, method, kpi, axis, figure) and one per claim id. */
export const text = {
  en: {
    title: "Are ratings spread evenly over the seasons?",
    lede: "Before comparing seasons, check that each holds enough ratings, and as many as its length predicts.",
    method:
      "Each of the {total|int} ratings is assigned to the meteorological season of its date (winter runs from December to February, and so on). The coefficient of variation of the season counts uses the population standard deviation, since the four seasons are the whole population. Seasons do not all have the same number of days, and the rated period need not cover whole years, so a χ² goodness-of-fit test compares the counts with those expected if ratings arrived at a constant daily rate: the total times each season's share of the days in the period. With this many ratings almost any deviation is significant at α = {alpha|2}, so Cohen's effect size w = √(χ²/N), read against Cohen's benchmarks, says whether it matters.",
    "kpi.ratio": "Busiest / quietest season, ratings per day",
    "kpi.total": "Ratings",
    "axis.season": "Season",
    "axis.ratings": "Ratings",
    "axis.distinct": "Members who rated, or recipes rated",
    "axis.days": "Days in the period",
    "axis.share": "Share of ratings (%)",
    "axis.expectedShare": "Share of days",
    "axis.ratingsPerDay": "Ratings per day",
    "axis.season_Winter": "Winter",
    "axis.season_Spring": "Spring",
    "axis.season_Summer": "Summer",
    "axis.season_Autumn": "Autumn",
    "axis.users": "Members who rated",
    "axis.recipes": "Recipes rated",
    "legend.expected": "Expected from the season's days",
    "legend.users": "Members who rated",
    "legend.recipes": "Recipes rated",
    "figure.counts.caption": "Each season's share of ratings and of days",
    "figure.counts.description":
      "Bars of each season's share of ratings, labelled with that share, each with a dashed tick at the season's share of the days in the period, the share a constant daily rate would give; {maxSeason|label} holds the most, {maxShare|pct|1} of ratings, and {minSeason|label} the fewest, {minShare|pct|1}.",
    "figure.audience.caption": "Who rates, and what, in each season",
    "figure.audience.description":
      "Grouped bars of the distinct members who rated (teal) and the distinct recipes rated (orange) in each season.",
    "balance.consistent":
      "Ratings follow the calendar: the season counts match what each season's length predicts (χ² = {chi2|1}, {p|p} at α = {alpha|2}; Cohen's w = {w|3}).",
    "balance.negligible_deviation":
      "The seasons are balanced in practice: the counts depart from what each season's length predicts by a detectable (χ² = {chi2|1}, {p|p}) but {label|label} amount by Cohen's benchmarks (w = {w|3}); {maxSeason|label} holds {maxShare|pct|1} of ratings and {minSeason|label} {minShare|pct|1}.",
    "balance.unbalanced":
      "The seasons are not balanced: the counts depart from what each season's length predicts (χ² = {chi2|1}, {p|p}) with a {label|label} effect by Cohen's benchmarks (w = {w|3}); {maxSeason|label} holds {maxShare|pct|1} of ratings and {minSeason|label} only {minShare|pct|1}.",
    "volume.extremes":
      "The busiest season, {maxSeason|label}, holds {maxShare|pct|1} of ratings for {maxExpected|pct|1} of the days; the quietest, {minSeason|label}, holds {minShare|pct|1} for {minExpected|pct|1}: in all, the busiest holds {ratio|2} times as many ratings as the quietest; per day, the busiest season gets {perDayRatio|2} times as many as the quietest (the seasons differ in length). The season counts vary by {cv|pct|1} around their mean (coefficient of variation).",
    "plain.balance.consistent": "Members rate as much in every season, for its length.",
    "plain.balance.negligible_deviation":
      "Per day, {rateMaxSeason|label} gets {perDayRatio|2} times as many ratings as {rateMinSeason|label}, the quietest season.",
    "plain.balance.unbalanced":
      "Members rate more {maxSeason|label|in} than {minSeason|label|in}, even for the seasons' lengths."
  },
  fr: {
    title: "Les notes se répartissent-elles de façon égale entre les saisons ?",
    lede: "Avant de comparer les saisons, vérifions que chacune réunit assez de notes, et autant que sa durée le laisse prévoir.",
    method:
      "Chacune des {total|int} notes est rattachée à la saison météorologique de sa date (l'hiver va de décembre à février, et ainsi de suite). Le coefficient de variation des effectifs saisonniers utilise l'écart type de population, puisque les quatre saisons forment toute la population. Les saisons n'ont pas toutes le même nombre de jours, et la période notée ne couvre pas forcément des années entières : un test d'ajustement du χ² compare donc les effectifs à ceux qu'on attendrait si les notes arrivaient à un rythme quotidien constant, soit le total multiplié par la part de chaque saison dans les jours de la période. Avec autant de notes, presque tout écart est significatif au seuil α = {alpha|2} ; la taille d'effet w = √(χ²/N) de Cohen, lue selon ses repères, dit donc s'il compte.",
    "kpi.ratio": "Saison la plus chargée / la plus creuse, notes par jour",
    "kpi.total": "Notes",
    "axis.season": "Saison",
    "axis.ratings": "Notes",
    "axis.distinct": "Membres ayant noté, ou recettes notées",
    "axis.days": "Jours de la période",
    "axis.share": "Part des notes (%)",
    "axis.expectedShare": "Part des jours",
    "axis.ratingsPerDay": "Notes par jour",
    "axis.season_Winter": "Hiver",
    "axis.season_Spring": "Printemps",
    "axis.season_Summer": "Été",
    "axis.season_Autumn": "Automne",
    "axis.users": "Membres ayant noté",
    "axis.recipes": "Recettes notées",
    "legend.expected": "Attendu d'après les jours de la saison",
    "legend.users": "Membres ayant noté",
    "legend.recipes": "Recettes notées",
    "figure.counts.caption": "Part des notes et part des jours de chaque saison",
    "figure.counts.description":
      "Barres de la part des notes de chaque saison, avec cette part inscrite et un repère en tirets à la part des jours de la période qui revient à la saison, celle que donnerait un rythme quotidien constant ; {maxSeason|label} en réunit le plus, {maxShare|pct|1} des notes, et {minSeason|label} le moins, {minShare|pct|1}.",
    "figure.audience.caption": "Qui note, et quoi, à chaque saison",
    "figure.audience.description":
      "Barres groupées des membres distincts ayant noté (en bleu-vert) et des recettes distinctes notées (en orange) à chaque saison.",
    "balance.consistent":
      "Les notes suivent le calendrier : les effectifs saisonniers correspondent à ce que laisse prévoir la durée de chaque saison (χ² = {chi2|1}, {p|p}, au-dessus du seuil α = {alpha|2} ; w de Cohen = {w|3}).",
    "balance.negligible_deviation":
      "Les saisons sont équilibrées en pratique : les effectifs s'écartent de façon détectable de ce que laisse prévoir la durée de chaque saison (χ² = {chi2|1}, {p|p}), mais l'écart est {label|label} selon les repères de Cohen (w = {w|3}) ; {maxSeason|label} réunit {maxShare|pct|1} des notes et {minSeason|label} {minShare|pct|1}.",
    "balance.unbalanced":
      "Les saisons ne sont pas équilibrées : les effectifs s'écartent de ce que laisse prévoir la durée de chaque saison (χ² = {chi2|1}, {p|p}) avec un effet {label|label} selon les repères de Cohen (w = {w|3}) ; {maxSeason|label} réunit {maxShare|pct|1} des notes et {minSeason|label} seulement {minShare|pct|1}.",
    "volume.extremes":
      "La saison la plus chargée, {maxSeason|label}, réunit {maxShare|pct|1} des notes pour {maxExpected|pct|1} des jours ; la plus creuse, {minSeason|label}, en réunit {minShare|pct|1} pour {minExpected|pct|1} : en tout, la plus chargée réunit {ratio|2} fois autant de notes que la plus creuse ; par jour, la saison la plus chargée en reçoit {perDayRatio|2} fois autant que la plus creuse (les saisons n'ont pas la même durée). Les effectifs des saisons varient de {cv|pct|1} autour de leur moyenne (coefficient de variation).",
    "plain.balance.consistent": "Les membres notent autant en toute saison, compte tenu de la durée de chacune.",
    "plain.balance.negligible_deviation":
      "Par jour, {rateMaxSeason|label} reçoit {perDayRatio|2} fois autant de notes que {rateMinSeason|label}, la saison la plus creuse.",
    "plain.balance.unbalanced":
      "Les membres notent plus {maxSeason|label|in} que {minSeason|label|in}, même compte tenu de la durée des saisons."
  }
} satisfies TextModule;
