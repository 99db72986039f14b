/**
 * The language switch keeps the whole view: when it is followed, the current query string (widget state such as
 * `?from=2003&to=2015`) and fragment are carried over to the same page in the other language.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>("a.lang-switch")) {
  link.addEventListener("click", () => {
    const url = new URL(link.href);
    url.search = window.location.search;
    url.hash = window.location.hash;
    link.href = url.href;
  });
}
