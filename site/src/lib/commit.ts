/**
 * The commit a build names, as readers see it: the footer, a figure's page and its citation print the same seven
 * characters (git's own short form), so that a reader matching a citation to a page finds the same string.
 */
export const SHORT_COMMIT_LENGTH = 7;

/** A full hash shortened to {@link SHORT_COMMIT_LENGTH}; anything else (a tag, "unknown") as it is. */
export function shortCommit(commit: string): string {
  return /^[0-9a-f]{12,}$/i.test(commit) ? commit.slice(0, SHORT_COMMIT_LENGTH) : commit;
}
