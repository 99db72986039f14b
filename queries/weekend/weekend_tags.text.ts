/** English and French strings of the weekend tags analysis. */
import type {TextModule} from "../../pipeline/narrative.js";

export const text = {
  en: {
    title: "Which tags lean to the weekend?",
    lede: "Are some Food.com tags, such as occasions, diets or courses, used more often on the recipes posted at the weekend, and others on those posted on weekdays?",
    method:
      "For every tag, a two-by-two table counts the weekday and weekend recipes that carry it and those that do not. A tag is kept when its mean share over the two periods is at least {minMeanShare|pct|0}, its weekend − weekday gap is at least {minAbsDeltaPp|1} percentage points either way, and a χ² test of independence with Yates' continuity correction (scipy's default) gives p < {alpha|2}; the phi coefficient, positive when the tag leans to the weekend, measures the strength of the association. The {topN|int} strongest tags on each side are shown.",
    "kpi.distinct": "Distinct tags",
    "kpi.passing": "Tags that differ",
    "kpi.moreAtWeekend": "More frequent at weekends",
    "kpi.moreOnWeekdays": "More frequent on weekdays",
    "axis.item": "Tag",
    "axis.delta": "Weekend − weekday share (percentage points)",
    "axis.share": "Share of recipes (%)",
    "axis.weekday": "Weekday recipes",
    "axis.weekend": "Weekend recipes",
    "axis.weekdayWith": "Weekday recipes carrying it",
    "axis.weekendWith": "Weekend recipes carrying it",
    "axis.weekdayShare": "Share of weekday recipes",
    "axis.weekendShare": "Share of weekend recipes",
    "axis.chi2": "χ² (Yates)",
    "axis.p": "p-value",
    "axis.phi": "Phi coefficient",
    "figure.gaps.caption": "Tags with the largest weekend − weekday gaps",
    "figure.gaps.description":
      "Horizontal bars of the gap in share between weekend and weekday recipes for the tags that pass the filters, up to {topN|int} on each side: bars to the right, in orange, for tags more frequent at weekends, bars to the left, in gold, for those more frequent on weekdays. Each bar carries its name and its gap in percentage points.",
    "figure.shares.caption": "Weekday and weekend shares of the same tags",
    "figure.shares.description":
      "For each tag of the previous chart, a gold circle at the share of weekday recipes that carry it and an orange square at the share of weekend recipes, joined by a line; the name of each tag is written above its row.",
    "passing.some":
      "Tags whose frequency differs between weekend and weekday recipes: {passing|int} of {distinct|int}, with {moreAtWeekend|int} leaning to the weekend and {moreOnWeekdays|int} to weekdays.",
    "passing.none":
      "No tag passes the filters: of {distinct|int} distinct tags, {frequent|int} common enough to compare, none differs clearly between weekend and weekday recipes.",
    "strongest.weekend":
      "The tag that leans most to the weekend is “{item}”: carried by {weekendShare|pct|1} of weekend recipes against {weekdayShare|pct|1} of weekday ones ({deltaPp|pp|2}, {p|p}), a {effect|label} association (phi = {phi|3}).",
    "strongest.weekday":
      "The tag that leans most to weekdays is “{item}”: carried by {weekdayShare|pct|1} of weekday recipes against {weekendShare|pct|1} of weekend ones ({deltaPp|pp|2}, {p|p}), a {effect|label} association (phi = {phi|3})."
  },
  fr: {
    title: "Quels tags penchent vers le week-end ?",
    lede: "Certains tags de Food.com, comme les occasions, les régimes ou les types de plat, sont-ils plus souvent attribués aux recettes publiées le week-end, et d'autres à celles publiées en semaine ?",
    method:
      "Pour chaque tag, un tableau deux par deux compte les recettes de semaine et de week-end qui le portent et celles qui ne le portent pas. Un tag est retenu si sa part moyenne sur les deux périodes atteint au moins {minMeanShare|pct|0}, si l'écart week-end − semaine atteint au moins {minAbsDeltaPp|1} point de pourcentage dans un sens ou dans l'autre, et si un test du χ² d'indépendance avec la correction de continuité de Yates (le réglage par défaut de scipy) donne p < {alpha|2} ; le coefficient phi, positif quand le tag penche vers le week-end, mesure la force de l'association. Les {topN|int} tags les plus marqués de chaque côté sont montrés.",
    "kpi.distinct": "Tags distincts",
    "kpi.passing": "Tags qui diffèrent",
    "kpi.moreAtWeekend": "Plus fréquents le week-end",
    "kpi.moreOnWeekdays": "Plus fréquents en semaine",
    "axis.item": "Tag",
    "axis.delta": "Part week-end − part semaine (points de pourcentage)",
    "axis.share": "Part des recettes (%)",
    "axis.weekday": "Recettes de semaine",
    "axis.weekend": "Recettes du week-end",
    "axis.weekdayWith": "Recettes de semaine qui le portent",
    "axis.weekendWith": "Recettes du week-end qui le portent",
    "axis.weekdayShare": "Part des recettes de semaine",
    "axis.weekendShare": "Part des recettes du week-end",
    "axis.chi2": "χ² (Yates)",
    "axis.p": "p-valeur",
    "axis.phi": "Coefficient phi",
    "figure.gaps.caption": "Tags aux plus grands écarts entre week-end et semaine",
    "figure.gaps.description":
      "Barres horizontales de l'écart de part entre recettes du week-end et de semaine pour les tags qui passent les filtres, jusqu'à {topN|int} de chaque côté : à droite, en orange, les tags plus fréquents le week-end ; à gauche, en or, ceux plus fréquents en semaine. Chaque barre porte son nom et son écart en points de pourcentage.",
    "figure.shares.caption": "Parts en semaine et le week-end des mêmes tags",
    "figure.shares.description":
      "Pour chaque tag du graphique précédent, un cercle or à la part des recettes de semaine qui le portent et un carré orange à la part des recettes du week-end, reliés par un trait ; le nom de chaque tag est écrit au-dessus de sa ligne.",
    "passing.some":
      "Tags dont la fréquence diffère entre recettes du week-end et de semaine : {passing|int} sur {distinct|int}, dont {moreAtWeekend|int} du côté du week-end et {moreOnWeekdays|int} du côté de la semaine.",
    "passing.none":
      "Aucun tag ne passe les filtres : sur {distinct|int} tags distincts, dont {frequent|int} assez fréquents pour être comparés, aucun ne diffère nettement entre recettes du week-end et de semaine.",
    "strongest.weekend":
      "Le tag le plus tourné vers le week-end est « {item} » : porté par {weekendShare|pct|1} des recettes du week-end contre {weekdayShare|pct|1} de celles de la semaine ({deltaPp|pp|2}, {p|p}), soit un effet {effect|label} (phi = {phi|3}).",
    "strongest.weekday":
      "Le tag le plus tourné vers la semaine est « {item} » : porté par {weekdayShare|pct|1} des recettes de semaine contre {weekendShare|pct|1} de celles du week-end ({deltaPp|pp|2}, {p|p}), soit un effet {effect|label} (phi = {phi|3})."
  }
} satisfies TextModule;
