/**
 * How much of a snapshot's SHA-256 the data page's table shows: enough hex digits to tell a snapshot's versions apart
 * by eye, few enough to keep the column narrow on a phone. The column's heading says how many, formatted from this
 * number ({shaChars|int} in data.sha), so the words and the cut cannot disagree.
 */
export const SHORT_SHA_CHARS = 12;

/** The leading {@link SHORT_SHA_CHARS} characters of a hash, as the data page shows it. */
export function shortSha(sha: string): string {
  return sha.slice(0, SHORT_SHA_CHARS);
}
