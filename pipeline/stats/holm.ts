/**
 * Holm's step-down adjustment of a family of p-values, for analyses that run several tests at once (the weekend
 * nutrition comparison tests six nutrients) and must not call a difference significant by multiplicity alone.
 */

/**
 * Holm-adjusted p-values, in the order given: sort ascending, multiply the i-th smallest (0-based) by m − i, carry
 * the running maximum so the adjusted values keep the order of the raw ones, and cap at 1. Equal p-values keep their
 * input order. Identical to R's `p.adjust(p, "holm")` and statsmodels' `multipletests(p, method="holm")`.
 *
 * @example holm([0.01, 0.04, 0.03, 0.005]) // [0.03, 0.06, 0.06, 0.02]
 */
export function holm(pValues: readonly number[]): number[] {
  for (let i = 0; i < pValues.length; i++) {
    const p = pValues[i]!;
    if (!(p >= 0 && p <= 1)) throw new Error(`invalid pValues[${i}]: ${p}`);
  }
  const m = pValues.length;
  const order = pValues.map((p, i) => ({p, i})).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({p, i}, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
