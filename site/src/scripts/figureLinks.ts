/**
 * Links that carry the reader's view: a figure's "figure page" link, the figure page's link back to its analysis
 * and to its embed take the current query string (the widgets' state, `?volume_from=2003&…`) when they are about
 * to be followed, copied or opened in a new tab, and so does the embed snippet's iframe address, so the view
 * travels with the reader. Without JavaScript they point at the default view.
 */
function carry(link: HTMLAnchorElement): void {
  const base = link.dataset.carryState ?? link.getAttribute("href") ?? "";
  link.dataset.carryState = base;
  const hash = base.includes("#") ? base.slice(base.indexOf("#")) : "";
  const path = hash ? base.slice(0, -hash.length) : base;
  link.setAttribute("href", `${path}${window.location.search}${hash}`);
}

for (const type of ["pointerenter", "focusin", "pointerdown", "contextmenu"]) {
  document.addEventListener(
    type,
    (event) => {
      const link = event.target instanceof Element ? event.target.closest("a[data-carry-state]") : null;
      if (link instanceof HTMLAnchorElement) carry(link);
    },
    true
  );
}

const snippet = document.querySelector<HTMLElement>("[data-embed-snippet]");
if (snippet) {
  const published = snippet.textContent ?? "";
  // The snippet is HTML to paste: the query string's "&" is written as an entity in the attribute.
  const follow = (): void => {
    const search = window.location.search.replace(/&/g, "&amp;");
    snippet.textContent = published.replace(/(<iframe src="[^"?]*)/, `$1${search}`);
    // An address that already has a query string takes the theme as one more parameter.
    for (const suffix of document.querySelectorAll("[data-theme-suffix]"))
      suffix.textContent = (suffix.textContent ?? "").replace(/^[?&]/, search ? "&" : "?");
  };
  for (const group of document.querySelectorAll("[data-explorer]")) {
    group.addEventListener("rangechange", follow);
    group.addEventListener("optionchange", follow);
  }
  window.addEventListener("popstate", follow);
  follow();
}
