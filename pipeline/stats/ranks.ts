/**
 * Ranks with ties, the input of Spearman's correlation and the Kruskal–Wallis test.
 */
import {assertFiniteArray} from "./validate.js";

/**
 * Average ranks, 1-based, in input order: tied values share the mean of the ranks they span, exactly
 * `scipy.stats.rankdata(values, method="average")` and pandas `rank(method="average")`.
 *
 * @example rank([10, 20, 10, 30]) // [1.5, 3, 1.5, 4]
 */
export function rank(values: readonly number[]): number[] {
  assertFiniteArray(values, "values");
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && values[order[end]] === values[order[start]]) end++;
    // Positions start..end−1 (0-based) hold ranks start+1..end; their mean is (start + 1 + end) / 2.
    const average = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]] = average;
    start = end;
  }
  return ranks;
}

/**
 * The tie term Σ(t³ − t) over groups of t equal values (0 without ties), the numerator of the Kruskal–Wallis
 * correction C = 1 − Σ(t³ − t)/(N³ − N). In SQL: `sum(t*t*t - t)` over `count(*) as t ... group by value`.
 *
 * @example tieTerm([1, 1, 2, 3, 3, 3]) // (8 − 2) + (27 − 3) = 30
 */
export function tieTerm(values: readonly number[]): number {
  assertFiniteArray(values, "values");
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let term = 0;
  for (const t of counts.values()) term += t ** 3 - t;
  return term;
}
