/**
 * Long data tables on demand (site/src/lib/figureTable.ts): a figure whose "Show the data" details carry
 * `data-table-src` has, in the page, only a note pointing to its CSV. The first time the reader opens the details,
 * the table is fetched and replaces the note; focus stays on the summary, and the table follows it in reading order.
 * If the fetch fails, the note and its CSV link stay: the rows are never out of reach.
 */

async function fillTable(details: HTMLDetailsElement): Promise<void> {
  const url = details.dataset.tableSrc!;
  details.removeAttribute("data-table-src");
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The data table ${url} could not be loaded (HTTP ${response.status}).`);
    const markup = await response.text();
    details.querySelector(".figure__table-note")?.remove();
    details.insertAdjacentHTML("beforeend", markup);
    details.setAttribute("data-table-filled", "");
  } catch (error) {
    // Open it again to retry.
    details.setAttribute("data-table-src", url);
    console.warn(String(error));
  }
}

for (const details of document.querySelectorAll<HTMLDetailsElement>("details[data-table-src]")) {
  details.addEventListener("toggle", () => {
    if (details.open && details.dataset.tableSrc) void fillTable(details);
  });
}
