// Applies the stored theme before the first paint. A classic blocking script loaded from <head> (never inline:
// the CSP allows scripts from 'self' only); without a stored choice the CSS follows prefers-color-scheme.
(function () {
  try {
    var theme = localStorage.getItem("theme");
    if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-theme", theme);
  } catch {
    // Storage can be disabled; the system theme then applies.
  }
})();
