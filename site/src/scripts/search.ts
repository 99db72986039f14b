/**
 * The search page's behaviour: shows the form (hidden without JavaScript), and on the first input or submit loads
 * the engine and the language's index (searchEngine.ts, a dynamic import: nothing is fetched for a reader who
 * never searches). Results are links; the status line says how many. The query is kept in the URL (`?q=`), so a
 * search can be shared and the back button returns to it.
 */
import type {SearchHit} from "./searchEngine.ts";

const root = document.querySelector<HTMLElement>("[data-search]");

if (root) {
  const form = root.querySelector("form")!;
  const input = form.querySelector("input")!;
  const status = root.querySelector<HTMLElement>(".search__status")!;
  const list = root.querySelector<HTMLOListElement>("[data-results]")!;
  const data = root.dataset;
  const locale = data.lang === "fr" ? "fr-FR" : "en-US";
  let engine: Promise<(query: string) => SearchHit[]> | undefined;

  const load = () =>
    (engine ??= import("./searchEngine.ts").then(async (m) => {
      const response = await fetch(data.index!);
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return m.createSearch(await response.text());
    }));

  const fill = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)(?:\|[^}]*)?\}/g, (_m, name: string) => values[name] ?? "");

  const render = (query: string, hits: SearchHit[]) => {
    list.replaceChildren(
      ...hits.map((hit) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = hit.url;
        link.textContent = hit.title;
        const kind = document.createElement("span");
        kind.className = "search__kind";
        kind.textContent = ` · ${data[`kind${hit.kind[0]!.toUpperCase()}${hit.kind.slice(1)}`] ?? hit.kind}`;
        const text = document.createElement("p");
        text.textContent = hit.text;
        item.append(link, kind, text);
        return item;
      })
    );
    const count = hits.length.toLocaleString(locale);
    const template = hits.length === 0 ? data.none! : hits.length === 1 ? data.countOne! : data.count!;
    status.textContent = fill(template, {count, query});
  };

  const run = async (query: string) => {
    const trimmed = query.trim();
    if (!trimmed) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    status.textContent = data.loading!;
    const search = await load();
    // A later keystroke may have changed the query while the index loaded.
    if (input.value.trim() !== trimmed) return;
    render(trimmed, search(trimmed));
  };

  const writeQuery = (query: string) => {
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set("q", query.trim());
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
  };

  form.hidden = false;
  let timer: number | undefined;
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      writeQuery(input.value);
      void run(input.value);
    }, 150);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    writeQuery(input.value);
    void run(input.value);
  });
  const initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
