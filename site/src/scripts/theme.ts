/**
 * The theme toggle: switches between dark and light, stores the choice in localStorage (themeInit.js applies it on
 * the next page before the first paint) and keeps the button's label on the action it performs.
 */
type Theme = "dark" | "light";

const STORAGE_KEY = "theme";
const root = document.documentElement;

function currentTheme(): Theme {
  const set = root.getAttribute("data-theme");
  if (set === "dark" || set === "light") return set;
  return window.matchMedia("(prefers-color-scheme: light)").matches ? "light" : "dark";
}

function label(button: HTMLButtonElement): void {
  const next: Theme = currentTheme() === "dark" ? "light" : "dark";
  const text = next === "light" ? button.dataset.labelLight : button.dataset.labelDark;
  // The icon follows the label (global.css): a moon beside "Light theme" told the opposite of the words.
  button.dataset.next = next;
  const span = button.querySelector("[data-theme-label]");
  if (span && text) span.textContent = text;
}

function setTheme(theme: Theme): void {
  root.setAttribute("data-theme", theme);
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage can be disabled: the choice then lasts for this page only.
  }
  const meta = document.querySelector('meta[name="theme-color"]');
  meta?.setAttribute("content", theme === "light" ? "#fafaf7" : "#1e1e1e");
}

for (const button of document.querySelectorAll<HTMLButtonElement>("[data-theme-toggle]")) {
  button.hidden = false;
  label(button);
  button.addEventListener("click", () => {
    setTheme(currentTheme() === "dark" ? "light" : "dark");
    label(button);
  });
}

window.matchMedia("(prefers-color-scheme: light)").addEventListener("change", () => {
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-theme-toggle]")) label(button);
});
