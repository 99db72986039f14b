/**
 * Links that carry the reader's view: a figure's "figure page" link and the figure page's link back to its
 * analysis take the current query string (the widgets' state, `?volume_from=2003&…`) when they are about to be
 * followed, copied or opened in a new tab, so the view travels with the reader. Without JavaScript they point at
 * the default view.
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
