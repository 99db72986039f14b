/**
 * Pearson χ² tests on counts: goodness of fit (`scipy.stats.chisquare`) and independence in an r×c contingency
 * table (`scipy.stats.chi2_contingency`), with the 2×2 special case and its effect sizes.
 */
import {chiSquareSf} from "./distributions.js";
import {assertFiniteArray, assertMinLength} from "./validate.js";

/** A χ² test statistic with its degrees of freedom and upper-tail p-value. */
export interface ChiSquareResult {
  chi2: number;
  df: number;
  p: number;
}

/** χ² test of independence with Cramér's V. */
export interface ChiSquareIndependenceResult extends ChiSquareResult {
  /** Cramér's V = √(χ²_uncorrected / (N·(min(r, c) − 1))), unitless in [0, 1]. */
  cramersV: number;
}

/** χ² test of a 2×2 table with the phi coefficient. */
export interface ChiSquare2x2Result extends ChiSquareResult {
  df: 1;
  /**
   * Signed phi coefficient (ad − bc) / √((a+b)(c+d)(a+c)(b+d)): the correlation of the two binary variables,
   * |phi| = √(χ²_uncorrected / N). Positive when `a` and `d` (the diagonal) are over-represented.
   */
  phi: number;
}

/** Options of the contingency tests. */
export interface ChiSquareOptions {
  /**
   * Apply Yates' continuity correction when df = 1 (default true, as scipy): each |O − E| shrinks by
   * min(0.5, |O − E|). Never applied when df > 1.
   */
  yates?: boolean;
}

/**
 * χ² goodness-of-fit test of observed counts against expected proportions (default: uniform), as
 * `scipy.stats.chisquare(observed, f_exp=N·proportions)`: χ² = Σ(O − E)²/E with E = N·p, df = k − 1.
 *
 * Proportions must be positive and sum to 1 (within 1e-8). Throws on fewer than 2 categories, a negative or
 * non-finite count, or a zero total.
 *
 * @example chiSquareGoodnessOfFit([16, 18, 16, 14, 12, 12]) // {chi2: 2, df: 5, p: ≈ 0.8491}
 */
export function chiSquareGoodnessOfFit(
  observed: readonly number[],
  expectedProportions?: readonly number[]
): ChiSquareResult {
  assertMinLength(observed, 2, "observed");
  assertCounts(observed, "observed");
  const k = observed.length;
  const proportions = expectedProportions ?? new Array<number>(k).fill(1 / k);
  if (proportions.length !== k) throw new Error(`invalid expectedProportions: length ${proportions.length} ≠ ${k}`);
  assertFiniteArray(proportions, "expectedProportions");
  let total = 0;
  let proportionSum = 0;
  for (let i = 0; i < k; i++) {
    if (!(proportions[i] > 0)) throw new Error(`invalid expectedProportions[${i}]: ${proportions[i]}`);
    total += observed[i];
    proportionSum += proportions[i];
  }
  if (Math.abs(proportionSum - 1) > 1e-8) throw new Error(`invalid expectedProportions: sum ${proportionSum}`);
  if (!(total > 0)) throw new Error("invalid observed: total is 0");
  let chi2 = 0;
  for (let i = 0; i < k; i++) {
    const expected = (total * proportions[i]) / proportionSum;
    chi2 += (observed[i] - expected) ** 2 / expected;
  }
  const df = k - 1;
  return {chi2, df, p: chiSquareSf(chi2, df)};
}

/**
 * χ² test of independence on an r×c table of counts (rows of equal length), as `scipy.stats.chi2_contingency`:
 * E_ij = row_i·col_j / N, χ² = Σ(O − E)²/E, df = (r − 1)(c − 1); Yates' correction only when df = 1 (see
 * {@link ChiSquareOptions}). Cramér's V uses the uncorrected χ², like `scipy.stats.contingency.association`.
 *
 * Throws on fewer than 2 rows or columns, ragged rows, a negative or non-finite count, or a zero row or column
 * total (an expected count of 0).
 *
 * @example chiSquareIndependence([[10, 10, 20], [20, 20, 20]]) // {chi2: ≈ 2.7778, df: 2, p: ≈ 0.2494, …}
 */
export function chiSquareIndependence(
  table: readonly (readonly number[])[],
  options: ChiSquareOptions = {}
): ChiSquareIndependenceResult {
  const {yates = true} = options;
  assertMinLength(table, 2, "table");
  const r = table.length;
  const c = table[0].length;
  if (c < 2) throw new Error(`invalid table: ${c} columns, need at least 2`);
  const rowTotals = new Array<number>(r).fill(0);
  const colTotals = new Array<number>(c).fill(0);
  for (let i = 0; i < r; i++) {
    if (table[i].length !== c) throw new Error(`invalid table: row ${i} has ${table[i].length} cells, not ${c}`);
    assertCounts(table[i], `table[${i}]`);
    for (let j = 0; j < c; j++) {
      rowTotals[i] += table[i][j];
      colTotals[j] += table[i][j];
    }
  }
  for (let i = 0; i < r; i++) if (rowTotals[i] === 0) throw new Error(`invalid table: row ${i} total is 0`);
  for (let j = 0; j < c; j++) if (colTotals[j] === 0) throw new Error(`invalid table: column ${j} total is 0`);
  const total = rowTotals.reduce((sum, v) => sum + v, 0);
  const df = (r - 1) * (c - 1);
  const correct = yates && df === 1;

  let chi2 = 0;
  let chi2Uncorrected = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const expected = (rowTotals[i] * colTotals[j]) / total;
      const deviation = Math.abs(table[i][j] - expected);
      // scipy moves each observed count toward its expectation by at most 0.5 (never past it).
      const corrected = correct ? deviation - Math.min(0.5, deviation) : deviation;
      chi2 += corrected ** 2 / expected;
      chi2Uncorrected += deviation ** 2 / expected;
    }
  }
  const cramersV = Math.sqrt(chi2Uncorrected / (total * (Math.min(r, c) - 1)));
  return {chi2, df, p: chiSquareSf(chi2, df), cramersV};
}

/**
 * χ² test of the 2×2 table [[a, b], [c, d]], by default with Yates' correction, exactly
 * `scipy.stats.chi2_contingency([[a, b], [c, d]])`; adds the signed phi coefficient.
 *
 * Typical layout (reference §4.5): rows weekday/weekend, columns "has ingredient"/"has not".
 *
 * @example chiSquare2x2(176, 230, 21035, 21018) // {chi2: ≈ 6.8926, df: 1, p: ≈ 0.008655, phi: …}
 */
export function chiSquare2x2(
  a: number,
  b: number,
  c: number,
  d: number,
  options: ChiSquareOptions = {}
): ChiSquare2x2Result {
  const {chi2, p} = chiSquareIndependence(
    [
      [a, b],
      [c, d]
    ],
    options
  );
  const phi = (a * d - b * c) / Math.sqrt((a + b) * (c + d) * (a + c) * (b + d));
  return {chi2, df: 1, p, phi};
}

function assertCounts(counts: readonly number[], what: string): void {
  assertFiniteArray(counts, what);
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] < 0) throw new Error(`invalid ${what}[${i}]: ${counts[i]}`);
  }
}
