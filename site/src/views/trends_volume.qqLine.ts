/**
 * Where the Q-Q plot's least-squares line starts, shared by the build-time view and the year-range explorer: yearly
 * counts cannot be negative, so a rising line starts where it crosses zero recipes instead of running to minus ten
 * thousand (the axis stops at zero). Kept apart from the view so the explorer does not pull Plot into the page.
 */
export function qqLineStart(qq: {slope: number; intercept: number}, lowest: number): number {
  return qq.slope > 0 ? Math.max(lowest, -qq.intercept / qq.slope) : lowest;
}
