/** English and French strings of the weekend volume analysis: labels, method and one template per claim id. */
import type {TextModule} from "../../pipeline/narrative.js";
import {WILSON_DEFINITION} from "../_shareInterval.text.js";

export const text = {
  en: {
    title: "Weekday or weekend: when are recipes posted?",
    lede: "Do contributors post more recipes on weekdays than at the weekend, and which day of the week is the busiest?",
    method: `Each recipe is dated by the day it was posted: Monday to Friday (ISO weekdays: the international standard's week, which starts on Monday) form the weekday period, Saturday and Sunday the weekend. A period's rate is its recipes divided by the number of calendar days of that period between {firstDay|date} and {lastDay|date} ({calendarDays|int} days), rather than by assuming {weekdayDays} weekdays and {weekendDays} weekend days in every week, which holds exactly only when the range is made of whole weeks. The ratio quoted is the weekday rate divided by the weekend rate. A χ² goodness-of-fit test compares the seven day counts with the counts expected if the {recipes|int} recipes were spread over the calendar evenly, each day of the week in proportion to the number of times it occurs in the range (α = {alpha|2}); Cohen's w tells how large the departure is, since with this many recipes even a tiny one is significant. Each period's share of the recipes is given with its {intervalLevel|pct|0} Wilson interval ${WILSON_DEFINITION.en}.`,
    "kpi.weekdayPerDay": "Weekday recipes per calendar day",
    "kpi.weekendPerDay": "Weekend recipes per calendar day",
    "kpi.ratio": "Weekday rate ÷ weekend rate",
    "kpi.busiestDay": "Busiest day",
    "axis.day": "Day of the week",
    "axis.recipes": "Recipes posted",
    "axis.deviation": "Gap from the mean of the seven days (%)",
    "axis.recipesPerDay": "Recipes per calendar day",
    "axis.period": "Period",
    "axis.weekday": "Weekdays (Monday–Friday)",
    "axis.weekend": "Weekend (Saturday–Sunday)",
    "axis.calendarDays": "Calendar days",
    "axis.expected": "Recipes expected from the calendar",
    "axis.share": "Share of recipes",
    "axis.lower": "Lower bound of the share's {intervalLevel|pct|0} interval",
    "axis.upper": "Upper bound of the share's {intervalLevel|pct|0} interval",
    "axis.dayMean": "Mean of the seven days",
    "figure.days.caption": "Recipes posted on each day of the week",
    "figure.days.description":
      "Bar chart of the recipes posted on each day of the week from {firstDay|date} to {lastDay|date}, Monday to Friday in blue-grey and Saturday and Sunday in orange, with each count written above its bar and a dashed line at the mean of the seven days; the table also gives the count expected in proportion to the calendar. {busiestDay|label} has the tallest bar and {quietestDay|label} the shortest.",
    "figure.deviation.caption": "Each day's gap from the mean of the seven days",
    "figure.deviation.description":
      "Bars of each day's gap from the mean of the seven days, in percent, Monday to Friday in blue-grey and the weekend in orange: above zero for days busier than average, below zero for quieter ones. {busiestDay|label} is the highest and {quietestDay|label} the lowest.",
    "figure.periods.caption": "Recipes per calendar day, weekdays and weekends",
    "figure.periods.description":
      "Two bars: the recipes posted per calendar day on weekdays (blue-grey) and at weekends (orange), each labelled with its rate. The taller bar is {ratio|2} times the shorter one.",
    "headline.weekdays_busier":
      "A weekday brings {ratio|2} times as many new recipes as a weekend day; {busiestDay|label} is the busiest day and {quietestDay|label} the quietest.",
    "headline.weekdays_busier#tie":
      "A weekday brings {ratio|2} times as many new recipes as a weekend day; busiest day of the week: {busiestDay|label|tied}; quietest: {quietestDay|label|tied}.",
    "headline.weekends_busier":
      "A weekend day brings {ratio|2} times as many new recipes as a weekday; {busiestDay|label} is the busiest day and {quietestDay|label} the quietest.",
    "headline.weekends_busier#tie":
      "A weekend day brings {ratio|2} times as many new recipes as a weekday; busiest day of the week: {busiestDay|label|tied}; quietest: {quietestDay|label|tied}.",
    "per_day.weekdays_busier":
      "On average, a weekday receives {weekdayPerDay|1} new recipes and a weekend day {weekendPerDay|1}: the weekday rate is {ratio|2} times the weekend rate, {excess|pct|0} higher.",
    "per_day.weekends_busier":
      "On average, a weekend day receives {weekendPerDay|1} new recipes and a weekday {weekdayPerDay|1}: the weekend rate is {ratio|2} times the weekday rate, {excess|pct|0} higher.",
    busiest_day:
      "{day|label} is the busiest day, with {recipes|int} recipes: {above|pct|0} above the mean of the seven days.",
    "busiest_day#tie":
      "{day|label} tie as the busiest days, with {recipes|int} recipes each: {above|pct|0} above the mean of the seven days.",
    quietest_day:
      "{day|label} is the quietest day, with {recipes|int} recipes: {below|pct|0} below the mean of the seven days.",
    "quietest_day#tie":
      "{day|label} tie as the quietest days, with {recipes|int} recipes each: {below|pct|0} below the mean of the seven days.",
    "distribution.uneven":
      "The days of the week do not get recipes in proportion to how often each occurs in the calendar (χ² = {chi2|1}, {df} df, {p|p}); the departure is {effect|label} by Cohen's benchmarks (w = {w|2}).",
    "distribution.even":
      "The seven day counts are compatible with a spread in proportion to the calendar (χ² = {chi2|1}, {df} df, {p|p})."
  },
  fr: {
    title: "Semaine ou week-end : quand les recettes sont-elles publiées ?",
    lede: "Les contributeurs publient-ils davantage de recettes en semaine que le week-end, et quel jour est le plus chargé ?",
    method: `Chaque recette est datée du jour de sa publication : du lundi au vendredi (jours ISO : la semaine de la norme internationale, qui commence le lundi) pour la semaine, samedi et dimanche pour le week-end. Le rythme d'une période est son nombre de recettes divisé par le nombre de jours calendaires de cette période entre le {firstDay|date} et le {lastDay|date} ({calendarDays|int} jours), plutôt qu'en supposant {weekdayDays} jours de semaine et {weekendDays} jours de week-end dans chaque semaine, ce qui n'est exact que si la plage compte des semaines entières. Le rapport cité est le rythme de semaine divisé par celui du week-end. Un test du χ² d'ajustement compare les effectifs des sept jours à ceux qu'on attendrait si les {recipes|int} recettes se répartissaient uniformément sur le calendrier, chaque jour de la semaine au prorata du nombre de fois qu'il revient dans la plage (α = {alpha|2}) ; le w de Cohen mesure l'ampleur de l'écart, car avec autant de recettes le moindre écart est significatif. La part des recettes de chaque période est donnée avec son intervalle de Wilson à {intervalLevel|pct|0} ${WILSON_DEFINITION.fr}.`,
    "kpi.weekdayPerDay": "Recettes par jour de semaine",
    "kpi.weekendPerDay": "Recettes par jour de week-end",
    "kpi.ratio": "Rythme semaine ÷ rythme week-end",
    "kpi.busiestDay": "Jour le plus chargé",
    "axis.day": "Jour de la semaine",
    "axis.recipes": "Recettes publiées",
    "axis.deviation": "Écart à la moyenne des sept jours (%)",
    "axis.recipesPerDay": "Recettes par jour calendaire",
    "axis.period": "Période",
    "axis.weekday": "Semaine (lundi–vendredi)",
    "axis.weekend": "Week-end (samedi–dimanche)",
    "axis.calendarDays": "Jours calendaires",
    "axis.expected": "Recettes attendues d'après le calendrier",
    "axis.share": "Part des recettes",
    "axis.lower": "Borne basse de l'intervalle à {intervalLevel|pct|0} de la part",
    "axis.upper": "Borne haute de l'intervalle à {intervalLevel|pct|0} de la part",
    "axis.dayMean": "Moyenne des sept jours",
    "figure.days.caption": "Recettes publiées chaque jour de la semaine",
    "figure.days.description":
      "Diagramme en barres des recettes publiées chaque jour de la semaine du {firstDay|date} au {lastDay|date}, du lundi au vendredi en bleu-gris et le samedi et le dimanche en orange, avec l'effectif inscrit au-dessus de chaque barre et une ligne pointillée à la moyenne des sept jours ; le tableau donne aussi l'effectif attendu au prorata du calendrier. La barre la plus haute est celle du {busiestDay|label}, la plus basse celle du {quietestDay|label}.",
    "figure.deviation.caption": "Écart de chaque jour à la moyenne des sept jours",
    "figure.deviation.description":
      "Barres de l'écart de chaque jour à la moyenne des sept jours, en pourcentage, du lundi au vendredi en bleu-gris et le week-end en orange : au-dessus de zéro pour les jours plus chargés que la moyenne, en dessous pour les plus calmes. Le plus haut est le {busiestDay|label}, le plus bas le {quietestDay|label}.",
    "figure.periods.caption": "Recettes par jour calendaire, en semaine et le week-end",
    "figure.periods.description":
      "Deux barres : les recettes publiées par jour calendaire en semaine (en bleu-gris) et le week-end (en orange), chacune avec son rythme inscrit. La plus haute vaut {ratio|2} fois la plus basse.",
    "headline.weekdays_busier":
      "Un jour de semaine apporte {ratio|2} fois autant de nouvelles recettes qu'un jour de week-end ; le jour le plus chargé est le {busiestDay|label}, le plus calme le {quietestDay|label}.",
    "headline.weekdays_busier#tie":
      "Un jour de semaine apporte {ratio|2} fois autant de nouvelles recettes qu'un jour de week-end ; jour le plus chargé : {busiestDay|label|tied} ; le plus calme : {quietestDay|label|tied}.",
    "headline.weekends_busier":
      "Un jour de week-end apporte {ratio|2} fois autant de nouvelles recettes qu'un jour de semaine ; le jour le plus chargé est le {busiestDay|label}, le plus calme le {quietestDay|label}.",
    "headline.weekends_busier#tie":
      "Un jour de week-end apporte {ratio|2} fois autant de nouvelles recettes qu'un jour de semaine ; jour le plus chargé : {busiestDay|label|tied} ; le plus calme : {quietestDay|label|tied}.",
    "per_day.weekdays_busier":
      "En moyenne, un jour de semaine reçoit {weekdayPerDay|1} nouvelles recettes et un jour de week-end {weekendPerDay|1} : le rythme de semaine vaut {ratio|2} fois celui du week-end, soit {excess|pct|0} de plus.",
    "per_day.weekends_busier":
      "En moyenne, un jour de week-end reçoit {weekendPerDay|1} nouvelles recettes et un jour de semaine {weekdayPerDay|1} : le rythme du week-end vaut {ratio|2} fois celui de la semaine, soit {excess|pct|0} de plus.",
    busiest_day:
      "Le jour le plus chargé est le {day|label}, avec {recipes|int} recettes : {above|pct|0} de plus que la moyenne des sept jours.",
    "busiest_day#tie":
      "Les jours les plus chargés, à égalité, sont {day|label}, avec {recipes|int} recettes chacun : {above|pct|0} de plus que la moyenne des sept jours.",
    quietest_day:
      "Le jour le plus calme est le {day|label}, avec {recipes|int} recettes : {below|pct|0} de moins que la moyenne des sept jours.",
    "quietest_day#tie":
      "Les jours les plus calmes, à égalité, sont {day|label}, avec {recipes|int} recettes chacun : {below|pct|0} de moins que la moyenne des sept jours.",
    "distribution.uneven":
      "Les jours de la semaine ne reçoivent pas des recettes au prorata du nombre de fois que chacun revient dans le calendrier (χ² = {chi2|1}, {df} ddl, {p|p}) ; l'écart est {effect|label} selon les repères de Cohen (w = {w|2}).",
    "distribution.even":
      "Les effectifs des sept jours sont compatibles avec une répartition au prorata du calendrier (χ² = {chi2|1}, {df} ddl, {p|p})."
  }
} satisfies TextModule;
