// Applies `?theme=light` or `?theme=dark` of an embed's address before the first paint (a classic blocking
// script, never inline: the CSP allows scripts from 'self' only). Without it, or without JavaScript, the embed
// follows the reader's system theme like the rest of the site.
(function () {
  var match = /[?&]theme=(light|dark)(?:&|$)/.exec(window.location.search);
  var theme = match ? match[1] : null;
  if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-theme", theme);
})();
