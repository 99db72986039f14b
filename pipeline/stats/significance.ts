/**
 * The significance decision shared by every test: formatting p-values is the site's job, not this module's.
 */

/**
 * Whether a p-value is below the significance level: p < alpha (strict, as the reference's `p < 0.05`).
 *
 * @example isSignificant(0.049) // true
 */
export function isSignificant(p: number, alpha = 0.05): boolean {
  if (!(p >= 0 && p <= 1)) throw new Error(`invalid p: ${p}`);
  if (!(alpha > 0 && alpha < 1)) throw new Error(`invalid alpha: ${alpha}`);
  return p < alpha;
}
