/**
 * Widget state in the URL's query string, so a view can be shared and the back button undoes a change: read the
 * parameters a widget owns, write changes as a new history entry (or in place), and hear back/forward navigation.
 * `mergeSearch` is pure (tested in test/site/urlState.test.ts); the rest touches `window`.
 */

/** Parameter name → value; undefined removes the parameter. */
export type Params = Record<string, string | undefined>;

/** The values of `keys` in a query string (`?from=2003&to=2015`). */
export function readParams(keys: readonly string[], search: string = window.location.search): Params {
  const params = new URLSearchParams(search);
  return Object.fromEntries(keys.map((key) => [key, params.get(key) ?? undefined]));
}

/** A query string with `changes` applied, other parameters kept in place; "" when nothing is left. */
export function mergeSearch(search: string, changes: Params): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === "") params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Writes changes to the URL: "push" adds a history entry (back undoes it), "replace" edits the current one. */
export function writeParams(changes: Params, mode: "push" | "replace" = "push"): void {
  const search = mergeSearch(window.location.search, changes);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

/** Calls `listener` after back/forward navigation changed the query string. */
export function onParamsChange(listener: () => void): void {
  window.addEventListener("popstate", listener);
}
