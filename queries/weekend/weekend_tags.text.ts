/** English and French strings of the weekend tags analysis. */
import type {TextModule} from "../../pipeline/narrative.js";
import {WILSON_DEFINITION} from "../_shareInterval.text.js";
import {INTERVAL_HIDDEN_ALL, INTERVAL_HIDDEN_SOME} from "./_hiddenIntervals.text.js";

export const text = {
  en: {
    title: "Which tags lean to the weekend?",
    lede: "Are some tags, such as occasions, diets or courses, used more often on the recipes posted at the weekend, and others on those posted on weekdays? Gaps between the two shares are in percentage points (pp).",
    method: `For every tag whose mean share over the two periods is at least {minMeanShare|pct|0}, a two-by-two table counts the weekday and weekend recipes that carry it and those that do not, and a χ² test of independence with Yates' continuity correction (the usual correction for a two-by-two table) compares them. Every such tag is tested, whatever its gap, so that no tag is chosen for its gap before being tested. The p-values of these tests form one family and are adjusted together by Holm's method, the correction this site applies to every family of tests. A tag is said to differ when its adjusted p-value is below {alpha|2} and its weekend − weekday gap is at least {minAbsDeltaPp|1|unit:pct_points} either way; the phi coefficient φ, positive when the tag leans to the weekend, measures the strength of the association. Of the tags that differ, at most {topN|int} are shown on each side, the strongest first, each share with its {intervalLevel|pct|0} Wilson interval ${WILSON_DEFINITION.en}, and each gap with its {intervalLevel|pct|0} interval by Newcombe's method, built from the two shares' Wilson intervals: that interval is one tag's, not widened for the {tested|int} tests, so it is read beside the adjusted p-value, which alone decides which tags are shown. The {minMeanShare|pct|0} threshold is an average over weekdays and the weekend; the seasonal page averages over the four seasons instead, so a tag near the threshold can be tested on one page and not on the other.`,
    "kpi.distinct": "Distinct tags",
    "kpi.passing": "Tags that differ",
    "kpi.passing#one": "Tag that differs",
    "kpi.moreAtWeekend": "More frequent at weekends",
    "kpi.moreAtWeekend#one": "More frequent at weekends",
    "kpi.moreOnWeekdays": "More frequent on weekdays",
    "kpi.moreOnWeekdays#one": "More frequent on weekdays",
    "axis.item": "Tag",
    "axis.delta": "Weekend − weekday share (percentage points, pp)",
    "axis.share": "Share of recipes (%)",
    "axis.fromWeekday": "Gap to the weekday share (pp)",
    "axis.weekday": "Weekday recipes",
    "axis.weekend": "Weekend recipes",
    "axis.weekdayWith": "Weekday recipes carrying it",
    "axis.weekendWith": "Weekend recipes carrying it",
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
    "axis.gapInterval": "{intervalLevel|pct|0} interval of the gap (per tag, not adjusted for multiple tests)",
    "axis.gapSegment": "Gap between the two shares",
    "axis.no_clear_gap": "Interval includes zero: no clear gap",
    "axis.chi2": "χ² (Yates)",
    "axis.p": "p-value",
    "axis.pAdjusted": "p-value (Holm)",
    "axis.phi": "Phi coefficient (φ)",
    "figure.gaps.caption": "Tags with the largest weekend − weekday gaps",
    "figure.gaps.caption#one": "The only tag with a clear weekend − weekday gap",
    "figure.gaps.description":
      "Horizontal bars of the gap in share between weekend and weekday recipes for the tags that pass the filters, up to {topN|int} on each side: bars to the right, in orange, for tags more frequent at weekends, bars to the left, in blue-grey, for those more frequent on weekdays. Each bar carries its name, a line in the text colour spanning the gap's {intervalLevel|pct|0} interval (for that tag alone, not adjusted for the {tested|int} tests) and, beyond the interval, its gap in percentage points (pp).",
    "figure.gaps.description#one":
      "A horizontal bar of the gap in share between weekend and weekday recipes for the only tag that passes the filters: to the right, in orange, for a tag more frequent at weekends, to the left, in blue-grey, for one more frequent on weekdays. The bar carries the tag's name, a line in the text colour spanning the gap's {intervalLevel|pct|0} interval (for that tag alone, not adjusted for the {tested|int} tests) and, beyond the interval, its gap in percentage points (pp).",
    "figure.shares.caption": "Each tag's weekend share set against its weekday share",
    "figure.shares.caption#one": "The tag's weekend share set against its weekday share",
    "figure.shares.description":
      "For each tag of the previous chart, drawn from its share of weekday recipes, set at zero on the axis: an open blue-grey ring at the weekday share and a smaller solid orange square at the weekend share, as many percentage points away as the two shares differ, joined by a grey segment, the gap; each mark on a line of its colour spanning the share's {intervalLevel|pct|0} interval, hidden by the mark where narrower than it, as a note above the chart then says (the table gives its bounds); both shares are written beside their marks, and the name of each tag above its row.",
    "figure.shares.description#one":
      "For the tag of the previous chart, drawn from its share of weekday recipes, set at zero on the axis: an open blue-grey ring at the weekday share and a smaller solid orange square at the weekend share, as many percentage points away as the two shares differ, joined by a grey segment, the gap; each mark on a line of its colour spanning the share's {intervalLevel|pct|0} interval, hidden by the mark where narrower than it, as a note above the chart then says (the table gives its bounds); both shares are written beside their marks, and the tag's name above its row.",
    "passing.some":
      "{passing|int|count} of the {tested|int} tags common enough to compare (found in at least {minMeanShare|pct|0} of recipes, on average over weekdays and the weekend) appear more often on weekdays or more often at the weekend: {moreAtWeekend|int} at the weekend, {moreOnWeekdays|int} on weekdays (Holm's correction for {tested|int} tests; {distinct|int} distinct tags in all).",
    // Kept for What's new, which words an earlier set's claim (one item, before the one-sided ids) with it.
    "passing.some#one":
      "{passing|int|count} of the {tested|int} tags common enough to compare (found in at least {minMeanShare|pct|0} of recipes, on average over weekdays and the weekend) appears more often on weekdays or more often at the weekend: {moreAtWeekend|int} at the weekend, {moreOnWeekdays|int} on weekdays (Holm's correction for {tested|int} tests; {distinct|int} distinct tags in all).",
    "passing.weekend":
      "{passing|int|count} of the {tested|int} tags common enough to compare (found in at least {minMeanShare|pct|0} of recipes, on average over weekdays and the weekend) appear more often at the weekend, and none more often on weekdays (Holm's correction for {tested|int} tests; {distinct|int} distinct tags in all).",
    "passing.weekend#one":
      "{passing|int|count} of the {tested|int} tags common enough to compare (found in at least {minMeanShare|pct|0} of recipes, on average over weekdays and the weekend) appears more often at the weekend, and none more often on weekdays (Holm's correction for {tested|int} tests; {distinct|int} distinct tags in all).",
    "passing.weekday":
      "{passing|int|count} of the {tested|int} tags common enough to compare (found in at least {minMeanShare|pct|0} of recipes, on average over weekdays and the weekend) appear more often on weekdays, and none more often at the weekend (Holm's correction for {tested|int} tests; {distinct|int} distinct tags in all).",
    "passing.weekday#one":
      "{passing|int|count} of the {tested|int} tags common enough to compare (found in at least {minMeanShare|pct|0} of recipes, on average over weekdays and the weekend) appears more often on weekdays, and none more often at the weekend (Holm's correction for {tested|int} tests; {distinct|int} distinct tags in all).",
    "passing.none":
      "Weekend and weekday recipes carry the same tags: none of the {tested|int} tags common enough to compare (found in at least {minMeanShare|pct|0} of recipes, on average over weekdays and the weekend) differs clearly once the {tested|int} tests are accounted for (Holm's correction; {distinct|int} distinct tags in all).",
    "strongest.weekend":
      "The tag that leans most to the weekend is “{item}”: carried by {weekendShare|pct|2} of weekend recipes against {weekdayShare|pct|2} of weekday ones ({deltaPp|signed|2|diff:weekendShare:weekdayShare|unit:pct_points}, {intervalLevel|pct|0} interval {deltaLowerPp|signed|2} to {deltaUpperPp|signed|2|unit:pct_points}; {pAdjusted|p} after Holm's correction for {tested|int} tests), a {effect|label} association by Cohen's benchmarks (φ = {phi|3}: the phi coefficient, the strength of the link between the tag and the period, positive when it leans to the weekend).",
    "strongest.weekday":
      "The tag that leans most to weekdays is “{item}”: carried by {weekdayShare|pct|2} of weekday recipes against {weekendShare|pct|2} of weekend ones ({deltaPp|signed|2|diff:weekendShare:weekdayShare|unit:pct_points}, {intervalLevel|pct|0} interval {deltaLowerPp|signed|2} to {deltaUpperPp|signed|2|unit:pct_points}; {pAdjusted|p} after Holm's correction for {tested|int} tests), a {effect|label} association by Cohen's benchmarks (φ = {phi|3}: the phi coefficient, the strength of the link between the tag and the period, positive when it leans to the weekend).",
    "plain.passing.some":
      "Weekday and weekend recipes differ on {passing|int|count} of the {tested|int} tags compared, and the largest gap is {largestGapPp|2|unit:pct_points} of recipes.",
    "plain.passing.weekend":
      "Weekday and weekend recipes differ on {passing|int|count} of the {tested|int} tags compared, and the largest gap is {largestGapPp|2|unit:pct_points} of recipes.",
    "plain.passing.weekday":
      "Weekday and weekend recipes differ on {passing|int|count} of the {tested|int} tags compared, and the largest gap is {largestGapPp|2|unit:pct_points} of recipes.",
    "plain.passing.none": "Weekend and weekday recipes carry much the same tags."
  },
  fr: {
    title: "Quelles étiquettes penchent vers le week-end ?",
    lede: "Certaines étiquettes, comme les occasions, les régimes ou les types de plat, sont-elles plus souvent attribuées aux recettes publiées le week-end, et d'autres à celles publiées en semaine ? Les écarts entre les deux parts sont en points de pourcentage (pp).",
    method: `Pour chaque étiquette dont la part moyenne sur les deux périodes atteint au moins {minMeanShare|pct|0}, un tableau deux par deux compte les recettes de semaine et de week-end qui la portent et celles qui ne la portent pas, et un test du χ² d'indépendance avec la correction de continuité de Yates (la correction habituelle pour un tableau deux par deux) les compare. Chaque étiquette de ce type est testée, quel que soit son écart, pour qu'aucune ne soit choisie pour son écart avant d'être testée. Les valeurs p de ces tests forment une seule famille, ajustée par la méthode de Holm, la correction que ce site applique à toute famille de tests. Une étiquette est dite différente quand sa valeur p ajustée est inférieure à {alpha|2} et que l'écart week-end − semaine atteint au moins {minAbsDeltaPp|1|unit:pct_points} dans un sens ou dans l'autre ; le coefficient φ, positif quand l'étiquette penche vers le week-end, mesure la force de l'association. Parmi les étiquettes qui diffèrent, au plus {topN|int} sont montrées de chaque côté, les plus marquées d'abord, chaque part avec son intervalle de Wilson à {intervalLevel|pct|0} ${WILSON_DEFINITION.fr}, et chaque écart avec son intervalle à {intervalLevel|pct|0} par la méthode de Newcombe, construit à partir des intervalles de Wilson des deux parts : c'est l'intervalle d'une seule étiquette, non élargi pour les {tested|int} tests, qui se lit donc à côté de la valeur p ajustée, seule à décider des étiquettes montrées. Ce seuil de {minMeanShare|pct|0} est une moyenne sur la semaine et le week-end ; la page des saisons fait la moyenne sur les quatre saisons, si bien qu'une étiquette proche du seuil peut être testée sur une page et pas sur l'autre.`,
    "kpi.distinct": "Étiquettes distinctes",
    "kpi.passing": "Étiquettes qui diffèrent",
    "kpi.passing#one": "Étiquette qui diffère",
    "kpi.moreAtWeekend": "Plus fréquentes le week-end",
    "kpi.moreAtWeekend#one": "Plus fréquente le week-end",
    "kpi.moreOnWeekdays": "Plus fréquentes en semaine",
    "kpi.moreOnWeekdays#one": "Plus fréquente en semaine",
    "axis.item": "Étiquette",
    "axis.delta": "Part week-end − part semaine (points de pourcentage, pp)",
    "axis.share": "Part des recettes (%)",
    "axis.fromWeekday": "Écart à la part en semaine (pp)",
    "axis.weekday": "Recettes de semaine",
    "axis.weekend": "Recettes du week-end",
    "axis.weekdayWith": "Recettes de semaine qui la portent",
    "axis.weekendWith": "Recettes du week-end qui la portent",
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
      "Intervalle à {intervalLevel|pct|0} de l'écart (par étiquette, non ajusté pour les tests multiples)",
    "axis.gapSegment": "Écart entre les deux parts",
    "axis.no_clear_gap": "L'intervalle contient zéro : pas d'écart net",
    "axis.chi2": "χ² (Yates)",
    "axis.p": "valeur p",
    "axis.pAdjusted": "valeur p (Holm)",
    "axis.phi": "Coefficient φ",
    "figure.gaps.caption": "Étiquettes aux plus grands écarts entre week-end et semaine",
    "figure.gaps.caption#one": "La seule étiquette dont la part diffère nettement entre le week-end et la semaine",
    "figure.gaps.description":
      "Barres horizontales de l'écart de part entre recettes du week-end et de semaine pour les étiquettes qui passent les filtres, jusqu'à {topN|int} de chaque côté : à droite, en orange, les étiquettes plus fréquentes le week-end ; à gauche, en bleu-gris, celles plus fréquentes en semaine. Chaque barre porte son nom, un trait de la couleur du texte couvrant l'intervalle à {intervalLevel|pct|0} de l'écart (pour cette étiquette seule, non ajusté pour les {tested|int} tests) et, au-delà de l'intervalle, son écart en points de pourcentage (pp).",
    "figure.gaps.description#one":
      "Une barre horizontale de l'écart de part entre recettes du week-end et de semaine pour la seule étiquette qui passe les filtres : à droite, en orange, si elle est plus fréquente le week-end ; à gauche, en bleu-gris, si elle est plus fréquente en semaine. La barre porte le nom de l'étiquette, un trait de la couleur du texte couvrant l'intervalle à {intervalLevel|pct|0} de l'écart (pour cette étiquette seule, non ajusté pour les {tested|int} tests) et, au-delà de l'intervalle, son écart en points de pourcentage (pp).",
    "figure.shares.caption": "Part de chaque étiquette le week-end face à sa part en semaine",
    "figure.shares.caption#one": "Part de l'étiquette le week-end face à sa part en semaine",
    "figure.shares.description":
      "Pour chaque étiquette du graphique précédent, tracée depuis sa part des recettes de semaine, placée à zéro sur l'axe : un anneau bleu-gris à la part en semaine et un carré orange plein, plus petit, à la part du week-end, à autant de points de pourcentage que les deux parts diffèrent, reliés par un segment gris, l'écart ; chaque marque posée sur un trait de sa couleur couvrant l'intervalle à {intervalLevel|pct|0} de la part, caché par la marque là où il est plus étroit qu'elle, ce que dit alors une note au-dessus du graphique (le tableau en donne les bornes) ; les deux parts sont écrites à côté de leurs marques, et le nom de chaque étiquette au-dessus de sa ligne.",
    "figure.shares.description#one":
      "Pour l'étiquette du graphique précédent, tracée depuis sa part des recettes de semaine, placée à zéro sur l'axe : un anneau bleu-gris à la part en semaine et un carré orange plein, plus petit, à la part du week-end, à autant de points de pourcentage que les deux parts diffèrent, reliés par un segment gris, l'écart ; chaque marque posée sur un trait de sa couleur couvrant l'intervalle à {intervalLevel|pct|0} de la part, caché par la marque là où il est plus étroit qu'elle, ce que dit alors une note au-dessus du graphique (le tableau en donne les bornes) ; les deux parts sont écrites à côté de leurs marques, et le nom de l'étiquette au-dessus de sa ligne.",
    "passing.some":
      "Sur les {tested|int} étiquettes assez fréquentes pour être comparées (présentes dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur la semaine et le week-end), {passing|int|count} apparaissent plus souvent en semaine ou plus souvent le week-end : {moreAtWeekend|int} le week-end, {moreOnWeekdays|int} en semaine (correction de Holm pour {tested|int} tests ; {distinct|int} étiquettes distinctes en tout).",
    "passing.some#one":
      "Sur les {tested|int} étiquettes assez fréquentes pour être comparées (présentes dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur la semaine et le week-end), {passing|int|count} apparaît plus souvent en semaine ou plus souvent le week-end : {moreAtWeekend|int} le week-end, {moreOnWeekdays|int} en semaine (correction de Holm pour {tested|int} tests ; {distinct|int} étiquettes distinctes en tout).",
    "passing.weekend":
      "Sur les {tested|int} étiquettes assez fréquentes pour être comparées (présentes dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur la semaine et le week-end), {passing|int|count} apparaissent plus souvent le week-end, et aucune plus souvent en semaine (correction de Holm pour {tested|int} tests ; {distinct|int} étiquettes distinctes en tout).",
    "passing.weekend#one":
      "Sur les {tested|int} étiquettes assez fréquentes pour être comparées (présentes dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur la semaine et le week-end), {passing|int|count} apparaît plus souvent le week-end, et aucune plus souvent en semaine (correction de Holm pour {tested|int} tests ; {distinct|int} étiquettes distinctes en tout).",
    "passing.weekday":
      "Sur les {tested|int} étiquettes assez fréquentes pour être comparées (présentes dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur la semaine et le week-end), {passing|int|count} apparaissent plus souvent en semaine, et aucune plus souvent le week-end (correction de Holm pour {tested|int} tests ; {distinct|int} étiquettes distinctes en tout).",
    "passing.weekday#one":
      "Sur les {tested|int} étiquettes assez fréquentes pour être comparées (présentes dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur la semaine et le week-end), {passing|int|count} apparaît plus souvent en semaine, et aucune plus souvent le week-end (correction de Holm pour {tested|int} tests ; {distinct|int} étiquettes distinctes en tout).",
    "passing.none":
      "Les recettes du week-end et de semaine portent les mêmes étiquettes : aucune des {tested|int} étiquettes assez fréquentes pour être comparées (présentes dans au moins {minMeanShare|pct|0} des recettes, en moyenne sur la semaine et le week-end) ne diffère nettement une fois les {tested|int} tests pris en compte (correction de Holm ; {distinct|int} étiquettes distinctes en tout).",
    "strongest.weekend":
      "L'étiquette qui penche le plus vers le week-end est « {item} » : portée par {weekendShare|pct|2} des recettes du week-end contre {weekdayShare|pct|2} de celles de la semaine ({deltaPp|signed|2|diff:weekendShare:weekdayShare|unit:pct_points}, intervalle à {intervalLevel|pct|0} de {deltaLowerPp|signed|2} à {deltaUpperPp|signed|2|unit:pct_points} ; {pAdjusted|p} après correction de Holm pour {tested|int} tests), soit un effet {effect|label} selon les repères de Cohen (φ = {phi|3} : le coefficient φ, qui mesure la force du lien entre l'étiquette et la période, positif quand elle penche vers le week-end).",
    "strongest.weekday":
      "L'étiquette qui penche le plus vers la semaine est « {item} » : portée par {weekdayShare|pct|2} des recettes de semaine contre {weekendShare|pct|2} de celles du week-end ({deltaPp|signed|2|diff:weekendShare:weekdayShare|unit:pct_points}, intervalle à {intervalLevel|pct|0} de {deltaLowerPp|signed|2} à {deltaUpperPp|signed|2|unit:pct_points} ; {pAdjusted|p} après correction de Holm pour {tested|int} tests), soit un effet {effect|label} selon les repères de Cohen (φ = {phi|3} : le coefficient φ, qui mesure la force du lien entre l'étiquette et la période, positif quand elle penche vers le week-end).",
    "plain.passing.some":
      "Les recettes de semaine et du week-end diffèrent sur {passing|int|count} des {tested|int} étiquettes comparées, et le plus grand écart est de {largestGapPp|2|unit:pct_points} des recettes.",
    "plain.passing.weekend":
      "Les recettes de semaine et du week-end diffèrent sur {passing|int|count} des {tested|int} étiquettes comparées, et le plus grand écart est de {largestGapPp|2|unit:pct_points} des recettes.",
    "plain.passing.weekday":
      "Les recettes de semaine et du week-end diffèrent sur {passing|int|count} des {tested|int} étiquettes comparées, et le plus grand écart est de {largestGapPp|2|unit:pct_points} des recettes.",
    "plain.passing.none": "Les recettes du week-end et de la semaine portent à peu près les mêmes étiquettes."
  }
} satisfies TextModule;
