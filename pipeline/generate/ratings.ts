/**
 * Who rates what, when, and how: the interaction model, calibrated on reference-app.md §5 and §8.
 *
 * - Every recipe gets a first rating soon after it is posted (in "activity" time: early recipes wait for the site
 *   to get busy), and the other ratings follow the site's activity curve (calendar.ts), each on a recipe already
 *   posted, chosen by a heavy-tailed popularity.
 * - Users have power-law activity: a few rate thousands of recipes, most rate one.
 * - Stars follow the exact published histogram; a latent score shifted by month, year and weekend decides who
 *   gets which star, so monthly and seasonal means move the way §8.2 says.
 */

/** Rows of the real RAW_interactions. */
export const RAW_INTERACTIONS = 1_132_367;

/** Stars in the real RAW_interactions (§8.2); 0 means a review without a rating. */
export const RATING_HISTOGRAM: Readonly<Record<0 | 1 | 2 | 3 | 4 | 5, number>> = {
  0: 60_847,
  1: 12_818,
  2: 14_123,
  3: 40_855,
  4: 187_360,
  5: 816_364
};

/** Exact duplicate rows (all five columns) at full scale: dirt for the cleaning's `unique()`. */
export const DUPLICATE_ROWS = 350;

/** Distinct users of the real RAW_interactions. */
export const DISTINCT_USERS = 226_570;

/**
 * User activity `count(k) = max(1, floor(A · (k + offset)^−exponent))` for the k-th most active user; with this
 * exponent and offset the top user has ≈ 7,500 ratings and ≈ 73 % of users rate once, as on Food.com.
 */
export const USER_ACTIVITY = {exponent: 1.0, offset: 16} as const;

/** Log-normal spread of recipe popularity: a few recipes collect over a thousand ratings. */
export const POPULARITY_SIGMA = 1.6;

/**
 * Lag of a recipe's first rating, in "activity mass" (ratings the whole site receives meanwhile): about 60 days of
 * activity at the posting date, but at least 15,000 ratings' worth for recipes posted before 2002, when the site
 * hardly rated anything (so the first months stay under 100 ratings).
 */
export const FIRST_RATING_LAG = {days: 60, earlyMass: 15_000, earlyBefore: "2002-01-01"} as const;

/** Mean rating (stars 1-5) by calendar month of the real data (§8.2): lowest in winter, highest in June. */
export const MONTH_MEAN_RATING: readonly number[] = [
  4.6444, 4.6458, 4.6567, 4.6722, 4.6771, 4.6885, 4.6729, 4.6662, 4.6571, 4.6525, 4.6533, 4.6541
];

/** Ratings 1-5 per month of the real data, to weight the monthly means (§8.2). */
const MONTH_VOLUME = [104168, 87156, 92471, 89050, 85088, 92534, 86358, 83932, 84339, 90119, 86549, 89756];

/** Mean-rating drift per year (§5.2: +0.0017/yr, not significant) and the weekend lead (§5.6: +0.0074). */
export const RATING_TREND_PER_YEAR = 0.0017;
export const RATING_WEEKEND_LEAD = 0.0074;

/**
 * d(mean stars)/d(latent shift) when stars are cut from a logistic latent at the histogram's cumulative shares:
 * the sum of the logistic density p·(1 − p) at the four cut points (≈ 0.277).
 */
export function ratingSensitivity(): number {
  const stars = [1, 2, 3, 4, 5] as const;
  const total = stars.reduce((s, k) => s + RATING_HISTOGRAM[k], 0);
  let cumulative = 0;
  let sensitivity = 0;
  for (const k of stars.slice(0, 4)) {
    cumulative += RATING_HISTOGRAM[k] / total;
    sensitivity += cumulative * (1 - cumulative);
  }
  return sensitivity;
}

/** Latent shift of each calendar month (index 0 = January), centred on the volume-weighted mean. */
export function monthRatingShifts(): number[] {
  const volume = MONTH_VOLUME.reduce((s, v) => s + v, 0);
  const mean = MONTH_MEAN_RATING.reduce((s, m, i) => s + m * MONTH_VOLUME[i], 0) / volume;
  const sensitivity = ratingSensitivity();
  return MONTH_MEAN_RATING.map((m) => (m - mean) / sensitivity);
}

/** Row counts of the interactions file at a scale. */
export interface InteractionCounts {
  /** All rows, duplicates included. */
  rows: number;
  duplicates: number;
  users: number;
  /** Stars of the rows before duplication, index = stars (the duplicates add five-star rows). */
  stars: number[];
}

export function interactionCounts(scale: number, recipes: number): InteractionCounts {
  const rows = Math.max(recipes + 10, Math.round(RAW_INTERACTIONS * scale));
  const duplicates = Math.max(2, Math.round(DUPLICATE_ROWS * scale));
  const base = rows - duplicates;
  // Duplicates copy five-star rows (see interactions.sql.ts), so the whole file keeps the published histogram.
  const stars = ([0, 1, 2, 3, 4] as const).map((k) => Math.round((RATING_HISTOGRAM[k] / RAW_INTERACTIONS) * rows));
  stars.push(base - stars.reduce((s, c) => s + c, 0));
  const users = Math.max(2, Math.min(base, Math.round(DISTINCT_USERS * scale)));
  return {rows, duplicates, users, stars};
}

/**
 * The constant A of the user-activity law for `users` users sharing `rows` rows: the largest A whose counts do
 * not exceed `rows` (the most active user takes the remainder).
 */
export function userActivityScale(users: number, rows: number, scale: number): number {
  const offset = USER_ACTIVITY.offset * scale;
  // Counts fall with k, so past the first user at 1 all the rest are 1 too: sum the head only.
  const total = (a: number) => {
    let sum = users;
    for (let k = 0; k < users; k++) {
      const count = Math.floor(a * (k + offset) ** -USER_ACTIVITY.exponent);
      if (count <= 1) break;
      sum += count - 1;
    }
    return sum;
  };
  let lo = 0;
  let hi = rows * (1 + offset);
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (total(mid) <= rows) lo = mid;
    else hi = mid;
  }
  return lo;
}
