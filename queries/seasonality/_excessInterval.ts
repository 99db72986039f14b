/**
 * The interval of a season's gap to its day-adjusted count (recipes / expected − 1, expected = total · dayShare): the
 * Wilson interval of the season's share of recipes divided by its share of calendar days, less one. The step quotes
 * it for the two extreme seasons and the figure draws it for all four, from this one formula.
 */
export function excessInterval(season: {shareInterval: {lower: number; upper: number}; dayShare: number}): {
  lower: number;
  upper: number;
} {
  return {
    lower: season.shareInterval.lower / season.dayShare - 1,
    upper: season.shareInterval.upper / season.dayShare - 1
  };
}
