/**
 * Argument checks shared by the statistics functions. These are invariant failures (a caller bug or a broken
 * aggregate), so they throw a plain `Error` with a terse `invalid <thing>: <value>` message, never a
 * `PipelineError`. Internal to `pipeline/stats/`: the barrel does not re-export it.
 */

/** Throws unless `value` is a finite number. */
export function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new Error(`invalid ${what}: ${value}`);
}

/** Throws unless every element of `values` is a finite number. */
export function assertFiniteArray(values: readonly number[], what: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new Error(`invalid ${what}[${i}]: ${values[i]}`);
  }
}

/** Throws unless `values` has at least `min` elements. */
export function assertMinLength(values: readonly unknown[], min: number, what: string): void {
  if (values.length < min) throw new Error(`invalid ${what}: length ${values.length}, need at least ${min}`);
}

/** Throws unless the two arrays have the same length. */
export function assertSameLength(a: readonly unknown[], b: readonly unknown[], what: string): void {
  if (a.length !== b.length) throw new Error(`invalid ${what}: lengths ${a.length} and ${b.length} differ`);
}

/**
 * Throws unless every weight is finite and non-negative (strictly positive when `strict`) and their sum is
 * positive.
 */
export function assertWeights(weights: readonly number[], strict = false): void {
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (!Number.isFinite(w) || w < 0 || (strict && w === 0)) throw new Error(`invalid weights[${i}]: ${w}`);
    total += w;
  }
  if (!(total > 0)) throw new Error(`invalid weights: sum ${total}`);
}

/** Throws unless `p` is a probability strictly between 0 and 1. */
export function assertOpenProbability(p: number, what: string): void {
  if (!(p > 0 && p < 1)) throw new Error(`invalid ${what}: ${p}`);
}
