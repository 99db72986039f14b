/** English and French strings of the weekend ingredients analysis. */
import type {TextModule} from "../../pipeline/narrative.js";
import {WILSON_DEFINITION} from "../_shareInterval.text.js";
import {INTERVAL_HIDDEN_ALL, INTERVAL_HIDDEN_SOME} from "./_hiddenIntervals.text.js";

export const text = {
  en: {
    title: "Which ingredients lean to the weekend?",
    lede: "Are some ingredients listed more often in the recipes posted at the weekend, and others in those posted on weekdays? Gaps between the two shares are in percentage points (pp).",
    method: `For every ingredient whose mean share over the two periods is at least {minMeanShare|pct|0}, a two-by-two table counts the weekday and weekend recipes that list it and those that do not, and a χ² test of independence with Yates' continuity correction (the usual correction for a two-by-two table) compares them. Every such ingredient is tested, whatever its gap, so that no ingredient is chosen for its gap before being tested. The p-values of these tests form one family and are adjusted together by Holm's method, the correction this site applies to every family of tests. An ingredient is said to differ when its adjusted p-value is below {alpha|2} and its weekend − weekday gap is at least {minAbsDeltaPp|1|unit:pct_points} either way; the phi coefficient φ, positive when the ingredient leans to the weekend, measures the strength of the association. Of the ingredients that differ, at most {topN|int} are shown on each side, the strongest first, each share with its {intervalLevel|pct|0} Wilson interval ${WILSON_DEFINITION.en}, and each gap with its {intervalLevel|pct|0} interval by Newcombe's method, built from the two shares' Wilson intervals: that interval is one ingredient's, not widened for the {tested|int} tests, so it is read beside the adjusted p-value, which alone decides which ingredients are shown. The {minMeanShare|pct|0} threshold is an average over weekdays and the weekend; the seasonal page averages over the four seasons instead, so an ingredient near the threshold can be tested on one page and not on the other.`,
    "kpi.distinct": "Distinct ingredients",
    "kpi.passing": "Ingredients that differ",
    "kpi.passing#one": "Ingredient that differs",
    "kpi.moreAtWeekend": "More frequent at weekends",
    "kpi.moreAtWeekend#one": "More frequent at weekends",
    "kpi.moreOnWeekdays": "More frequent on weekdays",
    "kpi.moreOnWeekdays#one": "More frequent on weekdays",
    "axis.item": "Ingredient",
    "axis.delta": "Weekend − weekday share (percentage points, pp)",
    "axis.share": "Share of recipes (%)",
    "axis.fromWeekday": "Gap to the weekday share (pp)",
    "axis.weekday": "Weekday recipes",
    "axis.weekend": "Weekend recipes",
    "axis.weekdayWith": "Weekday recipes listing it",
    "axis.weekendWith": "Weekend recipes listing it",
    "axis.weekdayShare": "Share of weekday recipes",
    "axis.weekendShare": "Share of weekend recipes",
    "axis.interval": "{intervalLevel|pct|0} interval of the share",
    "axis.interval_hidden_all": INTERVAL_HIDDEN_ALL.en,
    "axis.interval_hidden_some": INTERVAL_HIDDEN_SOME.en,
    "axis.weekdayLower": "Weekday share: lower bound of its interval",
    "axis.weekdayUpper": "Weekday share: upper bound of its interval",
    "axis.weekendLower": "Weekend share: lower bound of its interval",
    "axis.weekendUpper": "Weekend share: upper bound of its interval",
    "axis.deltaLower": "Gap: lower bound of its interval (pp)",
    "axis.deltaUpper": "Gap: upper bound of its interval (pp)",
    "axis.gapInterval": "{intervalLevel|pct|0} interval of the gap (per ingredient, not adjusted for multiple tests)",
    "axis.gapSegment": "Gap between the two shares",
    "axis.no_clear_gap": "Interval includes zero: no clear gap",
    "axis.chi2": "χ² (Yates)",
    "axis.p": "p-value",
    "axis.pAdjusted": "p-value (Holm)",
    "axis.phi": "Phi coefficient (φ)",
    "figure.gaps.caption": "Ingredients with the largest weekend − weekday gaps",
    "figure.gaps.caption#one": "The only ingredient with a clear weekend − weekday gap",
    "figure.gaps.description":
      "Horizontal bars of the gap in share between weekend and weekday recipes for the ingredients that pass the filters, up to {topN|int} on each side: bars to the right, in orange, for ingredients more frequent at weekends, bars to the left, in blue-grey, for those more frequent on weekdays. Each bar carries its name, a line in the text colour spanning the gap's {intervalLevel|pct|0} interval (for that ingredient alone, not adjusted for the {tested|int} tests) and, beyond the interval, its gap in percentage points (pp).",
    "figure.gaps.description#one":
      "A horizontal bar of the gap in share between weekend and weekday recipes for the only ingredient that passes the filters: to the right, in orange, for an ingredient more frequent at weekends, to the left, in blue-grey, for one more frequent on weekdays. The bar carries the ingredient's name, a line in the text colour spanning the gap's {intervalLevel|pct|0} interval (for that ingredient alone, not adjusted for the {tested|int} tests) and, beyond the interval, its gap in percentage points (pp).",
    "figure.shares.caption": "Each ingredient's weekend share set against its weekday share",
    "figure.shares.caption#one": "The ingredient's weekend share set against its weekday share",
    "figure.shares.description":
      "For each ingredient of the previous chart, drawn from its share of weekday recipes, set at zero on the axis: an open blue-grey ring at the weekday share and a smaller solid orange square at the weekend share, as many percentage points away as the two shares differ, joined by a grey segment, the gap; each mark on a line of its colour spanning the share's {intervalLevel|pct|0} interval, hidden by the mark where narrower than it, as a note above the chart then says (the table gives its bounds); both shares are written beside their marks, and the name of each ingredient above its row.",
    "figure.shares.description#one":
      "For the ingredient of the previous chart, drawn from its share of weekday recipes, set at zero on the axis: an open blue-grey ring at the weekday share and a smaller solid orange square at the weekend share, as many percentage points away as the two shares differ, joined by a grey segment, the gap; each mark on a line of its colour spanning the share's {intervalLevel|pct|0} interval, hidden by the mark where narrower than it, as a note above the chart then says (the table gives its bounds); both shares are written beside their marks, and the ingredient's name above its row.",
    "passing.some":
      "{passing|int|count} of the {tested|int} ingredients common enough to compare (found in at least {minMeanShare|pct|0} of recipes, on average over weekdays and the weekend) appear more often on weekdays or more often at the weekend: {moreAtWeekend|int} at the weekend, {moreOnWeekdays|int} on weekdays (Holm's correction for {tested|int} tests; {distinct|int} distinct ingredients in all).",
    // Kept for What's new, which words an earlier set's claim (one item, before the one-sided ids) with it.
    "passing.some#one":
      "{passing|int|count} of the {tested|int} ingredients common enough to compare (found in at least {minMeanShare|pct|0} of recipes, on average over weekdays and the weekend) appears more often on weekdays or more often at the weekend: {moreAtWeekend|int} at the weekend, {moreOnWeekdays|int} on weekdays (Holm's correction for {tested|int} tests; {distinct|int} distinct ingredients in all).",
    "passing.weekend":
      "{passing|int|count} of the {tested|int} ingredients common enough to compare (found in at least {minMeanShare|pct|0} of recipes, on average over weekdays and the weekend) appear more often at the weekend, and none more often on weekdays (Holm's correction for {tested|int} tests; {distinct|int} distinct ingredients in all).",
    "passing.weekend#one":
      "{passing|int|count} of the {tested|int} ingredients common enough to compare (found in at least {minMeanShare|pct|0} of recipes, on average over weekdays and the weekend) appears more often at the weekend, and none more often on weekdays (Holm's correction for {tested|int} tests; {distinct|int} distinct ingredients in all).",
    "passing.weekday":
      "{passing|int|count} of the {tested|int} ingredients common enough to compare (found in at least {minMeanShare|pct|0} of recipes, on average over weekdays and the weekend) appear more often on weekdays, and none more often at the weekend (Holm's correction for {tested|int} tests; {distinct|int} distinct ingredients in all).",
    "passing.weekday#one":
      "{passing|int|count} of the {tested|int} ingredients common enough to compare (found in at least {minMeanShare|pct|0} of recipes, on average over weekdays and the weekend) appears more often on weekdays, and none more often at the weekend (Holm's correction for {tested|int} tests; {distinct|int} distinct ingredients in all).",
    "passing.none":
      "Weekend and weekday recipes list the same ingredients: none of the {tested|int} ingredients common enough to compare (found in at least {minMeanShare|pct|0} of recipes, on average over weekdays and the weekend) differs clearly once the {tested|int} tests are accounted for (Holm's correction; {distinct|int} distinct ingredients in all).",
    "strongest.weekend":
      "The ingredient that leans most to the weekend is “{item}”: listed in {weekendShare|pct|2} of weekend recipes against {weekdayShare|pct|2} of weekday ones ({deltaPp|signed|2|diff:weekendShare:weekdayShare|unit:pct_points}, {intervalLevel|pct|0} interval {deltaLowerPp|signed|2} to {deltaUpperPp|signed|2|unit:pct_points}; {pAdjusted|p} after Holm's correction for {tested|int} tests), a {effect|label} association by Cohen's benchmarks (φ = {phi|3}: the phi coefficient, the strength of the link between the ingredient and the period, positive when it leans to the weekend).",
    "strongest.weekday":
      "The ingredient that leans most to weekdays is “{item}”: listed in {weekdayShare|pct|2} of weekday recipes against {weekendShare|pct|2} of weekend ones ({deltaPp|signed|2|diff:weekendShare:weekdayShare|unit:pct_points}, {intervalLevel|pct|0} interval {deltaLowerPp|signed|2} to {deltaUpperPp|signed|2|unit:pct_points}; {pAdjusted|p} after Holm's correction for {tested|int} tests), a {effect|label} association by Cohen's benchmarks (φ = {phi|3}: the phi coefficient, the strength of the link between the ingredient and the period, positive when it leans to the weekend).",
    "plain.passing.some":
      "Weekday and weekend recipes differ on {passing|int|count} of the {tested|int} ingredients compared, and the largest gap is {largestGapPp|2|unit:pct_points} of recipes.",
    "plain.passing.weekend":
      "Weekday and weekend recipes differ on {passing|int|count} of the {tested|int} ingredients compared, and the largest gap is {largestGapPp|2|unit:pct_points} of recipes.",
    "plain.passing.weekday":
      "Weekday and weekend recipes differ on {passing|int|count} of the {tested|int} ingredients compared, and the largest gap is {largestGapPp|2|unit:pct_points} of recipes.",
    "plain.passing.none": "Weekend and weekday recipes use much the same ingredients."
  },
  fr: {
    title: "Quels ingrédients penchent vers le week-end ?",
    lede: "Certains ingrédients figurent-ils plus souvent dans les recettes publiées le week-end, et d'autres dans celles publiées en semaine ? Les écarts entre les deux parts sont en points de pourcentage (pp).",
    method: `Pour chaque ingrédient dont la part moyenne sur les deux périodes atteint au moins {minMeanShare|pct|0}, un tableau deux par deux compte les recettes de semaine et de week-end qui le contiennent et celles qui ne le contiennent pas, et un test du χ² d'indépendance avec la correction de continuité de Yates (la correction habituelle pour un tableau deux par deux) les compare. Chaque ingrédient de ce type est testé, quel que soit son écart, pour qu'aucun ne soit choisi pour son écart avant d'être testé. Les valeurs p de ces tests forment une seule famille, ajustée par la méthode de Holm, la correction que ce site applique à toute famille de tests. Un ingrédient est dit différent quand sa valeur p ajustée est inférieure à {alpha|2} et que l'écart week-end − semaine atteint au moins {minAbsDeltaPp|1|unit:pct_points} dans un sens ou dans l'autre ; le coefficient φ, positif quand l'ingrédient penche vers le week-end, mesure la force de l'association. Parmi les ingrédients qui diffèrent, au plus {topN|int} sont montrés de chaque côté, les plus marqués d'abord, chaque part avec son intervalle de Wilson à {intervalLevel|pct|0} ${WILSON_DEFINITION.fr}, et chaque écart avec son intervalle à {intervalLevel|pct|0} par la méthode de Newcombe, construit à partir des intervalles de Wilson des deux parts : c'est l'intervalle d'un seul ingrédient, non élargi pour les {tested|int} tests, qui se lit donc à côté de la valeur p ajustée, seule à décider des ingrédients montrés. Ce seuil de {minMeanShare|pct|0} est une moyenne sur la semaine et le week-end ; la page des saisons fait la moyenne sur les quatre saisons, si bien qu'un ingrédient proche du seuil peut être testé sur une page et pas sur l'autre.`,
    "kpi.distinct": "Ingrédients distincts",
    "kpi.passing": "Ingrédients qui diffèrent",
    "kpi.passing#one": "Ingrédient qui diffère",
    "kpi.moreAtWeekend": "Plus fréquents le week-end",
    "kpi.moreAtWeekend#one": "Plus fréquent le week-end",
    "kpi.moreOnWeekdays": "Plus fréquents en semaine",
    "kpi.moreOnWeekdays#one": "Plus fréquent en semaine",
    "axis.item": "Ingrédient",
    "axis.delta": "Part week-end − part semaine (points de pourcentage, pp)",
    "axis.share": "Part des recettes (%)",
    "axis.fromWeekday": "Écart à la part en semaine (pp)",
    "axis.weekday": "Recettes de semaine",
    "axis.weekend": "Recettes du week-end",
    "axis.weekdayWith": "Recettes de semaine qui le contiennent",
    "axis.weekendWith": "Recettes du week-end qui le contiennent",
    "axis.weekdayShare": "Part des recettes de semaine",
    "axis.weekendShare": "Part des recettes du week-end",
    "axis.interval": "Intervalle à {intervalLevel|pct|0} de la part",
    "axis.interval_hidden_all": INTERVAL_HIDDEN_ALL.fr,
    "axis.interval_hidden_some": INTERVAL_HIDDEN_SOME.fr,
    "axis.weekdayLower": "Part en semaine : borne basse de son intervalle",
    "axis.weekdayUpper": "Part en semaine : borne haute de son intervalle",
    "axis.weekendLower": "Part le week-end : borne basse de son intervalle",
    "axis.weekendUpper": "Part le week-end : borne haute de son intervalle",
    "axis.deltaLower": "Écart : borne basse de son intervalle (pp)",
    "axis.deltaUpper": "Écart : borne haute de son intervalle (pp)",
    "axis.gapInterval":
      "Intervalle à {intervalLevel|pct|0} de l'écart (par ingrédient, non ajusté pour les tests multiples)",
    "axis.gapSegment": "Écart entre les deux parts",
    "axis.no_clear_gap": "L'intervalle contient zéro : pas d'écart net",
    "axis.chi2": "χ² (Yates)",
    "axis.p": "valeur p",
    "axis.pAdjusted": "valeur p (Holm)",
    "axis.phi": "Coefficient φ",
    "figure.gaps.caption": "Ingrédients aux plus grands écarts entre week-end et semaine",
    "figure.gaps.caption#one": "Le seul ingrédient dont la part diffère nettement entre le week-end et la semaine",
    "figure.gaps.description":
      "Barres horizontales de l'écart de part entre recettes du week-end et de semaine pour les ingrédients qui passent les filtres, jusqu'à {topN|int} de chaque côté : à droite, en orange, les ingrédients plus fréquents le week-end ; à gauche, en bleu-gris, ceux plus fréquents en semaine. Chaque barre porte son nom, un trait de la couleur du texte couvrant l'intervalle à {intervalLevel|pct|0} de l'écart (pour cet ingrédient seul, non ajusté pour les {tested|int} tests) et, au-delà de l'intervalle, son écart en points de pourcentage (pp).",
    "figure.gaps.description#one":
      "Une barre horizontale de l'écart de part entre recettes du week-end et de semaine pour le seul ingrédient qui passe les filtres : à droite, en orange, s'il est plus fréquent le week-end ; à gauche, en bleu-gris, s'il est plus fréquent en semaine. La barre porte le nom de l'ingrédient, un trait de la couleur du texte couvrant l'intervalle à {intervalLevel|pct|0} de l'écart (pour cet ingrédient seul, non ajusté pour les {tested|int} tests) et, au-delà de l'intervalle, son écart en points de pourcentage (pp).",
    "figure.shares.caption": "Part de chaque ingrédient le week-end face à sa part en semaine",
    "figure.shares.caption#one": "Part de l'ingrédient le week-end face à sa part en semaine",
    "figure.shares.description":
      "Pour chaque ingrédient du graphique précédent, tracé depuis sa part des recettes de semaine, placée à zéro sur l'axe : un anneau bleu-gris à la part en semaine et un carré orange plein, plus petit, à la part du week-end, à autant de points de pourcentage que les deux parts diffèrent, reliés par un segment gris, l'écart ; chaque marque posée sur un trait de sa couleur couvrant l'intervalle à {intervalLevel|pct|0} de la part, caché par la marque là où il est plus étroit qu'elle, ce que dit alors une note au-dessus du graphique (le tableau en donne les bornes) ; les deux parts sont écrites à côté de leurs marques, et le nom de chaque ingrédient au-dessus de sa ligne.",
    "figure.shares.description#one":
      "Pour l'ingrédient du graphique précédent, tracé depuis sa part des recettes de semaine, placée à zéro sur l'axe : un anneau bleu-gris à la part en semaine et un carré orange plein, plus petit, à la part du week-end, à autant de points de pourcentage que les deux parts diffèrent, reliés par un segment gris, l'écart ; chaque marque posée sur un trait de sa couleur couvrant l'intervalle à {intervalLevel|pct|0} de la part, caché par la marque là où il est plus étroit qu'elle, ce que dit alors une note au-dessus du graphique (le tableau en donne les bornes) ; les deux parts sont écrites à côté de leurs marques, et le nom de l'ingrédient au-dessus de sa ligne.",
    "passing.some":
      "Sur les {tested|int} ingrédients assez fréquents pour être comparés (présents dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur la semaine et le week-end), {passing|int|count} apparaissent plus souvent en semaine ou plus souvent le week-end : {moreAtWeekend|int} le week-end, {moreOnWeekdays|int} en semaine (correction de Holm pour {tested|int} tests ; {distinct|int} ingrédients distincts en tout).",
    "passing.some#one":
      "Sur les {tested|int} ingrédients assez fréquents pour être comparés (présents dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur la semaine et le week-end), {passing|int|count} apparaît plus souvent en semaine ou plus souvent le week-end : {moreAtWeekend|int} le week-end, {moreOnWeekdays|int} en semaine (correction de Holm pour {tested|int} tests ; {distinct|int} ingrédients distincts en tout).",
    "passing.weekend":
      "Sur les {tested|int} ingrédients assez fréquents pour être comparés (présents dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur la semaine et le week-end), {passing|int|count} apparaissent plus souvent le week-end, et aucun plus souvent en semaine (correction de Holm pour {tested|int} tests ; {distinct|int} ingrédients distincts en tout).",
    "passing.weekend#one":
      "Sur les {tested|int} ingrédients assez fréquents pour être comparés (présents dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur la semaine et le week-end), {passing|int|count} apparaît plus souvent le week-end, et aucun plus souvent en semaine (correction de Holm pour {tested|int} tests ; {distinct|int} ingrédients distincts en tout).",
    "passing.weekday":
      "Sur les {tested|int} ingrédients assez fréquents pour être comparés (présents dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur la semaine et le week-end), {passing|int|count} apparaissent plus souvent en semaine, et aucun plus souvent le week-end (correction de Holm pour {tested|int} tests ; {distinct|int} ingrédients distincts en tout).",
    "passing.weekday#one":
      "Sur les {tested|int} ingrédients assez fréquents pour être comparés (présents dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur la semaine et le week-end), {passing|int|count} apparaît plus souvent en semaine, et aucun plus souvent le week-end (correction de Holm pour {tested|int} tests ; {distinct|int} ingrédients distincts en tout).",
    "passing.none":
      "Les recettes du week-end et de semaine contiennent les mêmes ingrédients : aucun des {tested|int} ingrédients assez fréquents pour être comparés (présents dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur la semaine et le week-end) ne diffère nettement une fois les {tested|int} tests pris en compte (correction de Holm ; {distinct|int} ingrédients distincts en tout).",
    "strongest.weekend":
      "L'ingrédient qui penche le plus vers le week-end est « {item} » : présent dans {weekendShare|pct|2} des recettes du week-end contre {weekdayShare|pct|2} de celles de la semaine ({deltaPp|signed|2|diff:weekendShare:weekdayShare|unit:pct_points}, intervalle à {intervalLevel|pct|0} de {deltaLowerPp|signed|2} à {deltaUpperPp|signed|2|unit:pct_points} ; {pAdjusted|p} après correction de Holm pour {tested|int} tests), soit un effet {effect|label} selon les repères de Cohen (φ = {phi|3} : le coefficient φ, qui mesure la force du lien entre l'ingrédient et la période, positif quand il penche vers le week-end).",
    "strongest.weekday":
      "L'ingrédient qui penche le plus vers la semaine est « {item} » : présent dans {weekdayShare|pct|2} des recettes de semaine contre {weekendShare|pct|2} de celles du week-end ({deltaPp|signed|2|diff:weekendShare:weekdayShare|unit:pct_points}, intervalle à {intervalLevel|pct|0} de {deltaLowerPp|signed|2} à {deltaUpperPp|signed|2|unit:pct_points} ; {pAdjusted|p} après correction de Holm pour {tested|int} tests), soit un effet {effect|label} selon les repères de Cohen (φ = {phi|3} : le coefficient φ, qui mesure la force du lien entre l'ingrédient et la période, positif quand il penche vers le week-end).",
    "plain.passing.some":
      "Les recettes de semaine et du week-end diffèrent sur {passing|int|count} des {tested|int} ingrédients comparés, et le plus grand écart est de {largestGapPp|2|unit:pct_points} des recettes.",
    "plain.passing.weekend":
      "Les recettes de semaine et du week-end diffèrent sur {passing|int|count} des {tested|int} ingrédients comparés, et le plus grand écart est de {largestGapPp|2|unit:pct_points} des recettes.",
    "plain.passing.weekday":
      "Les recettes de semaine et du week-end diffèrent sur {passing|int|count} des {tested|int} ingrédients comparés, et le plus grand écart est de {largestGapPp|2|unit:pct_points} des recettes.",
    "plain.passing.none": "Les recettes du week-end et de la semaine utilisent à peu près les mêmes ingrédients."
  }
} satisfies TextModule;
