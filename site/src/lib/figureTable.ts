/**
 * A figure's data table ("Show the data"), as markup: inlined in the figure's <details>, or, for a long table on an
 * analysis page, published as an HTML fragment that site/src/scripts/lazyTables.ts fetches when the reader opens
 * the details. The two hundred rows of a small-multiple figure weigh as much as a chart in the page's HTML while
 * most readers never open them; without JavaScript, the details then point to the figure's CSV, which has the same
 * rows, and the figure's own page keeps the whole table inline.
 */
import type {Lang} from "../i18n/index.js";
import {t} from "../i18n/index.js";
import type {FigureModel} from "./analysis.js";

/**
 * Tables with more cells than this are fetched on demand on analysis pages: the small multiples (200 rows, 213
 * months), and the ranked rises and falls (20 rows of item, windows, shares, change and its interval), whose inline
 * tables put /fr/trends/ over its 60 KB once the changes carried their intervals. Yearly series (20 rows of a few
 * columns) stay inline.
 */
export const LAZY_TABLE_CELLS = 150;

/** Whether an analysis page fetches the figure's table rather than inlining it. */
export const lazyTable = (figure: Pick<FigureModel, "rows" | "columns">): boolean =>
  figure.rows.length * figure.columns.length > LAZY_TABLE_CELLS;

const ESCAPES: Record<string, string> = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"};
const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** The scrollable, labelled table of a figure's rows (the content of its "Show the data" details). */
export function figureTableMarkup(figure: FigureModel, lang: Lang): string {
  const label = escape(t(lang, "figure.tableCaption", {caption: figure.caption}));
  const hint = escape(t(lang, "scroll.hint"));
  const head = figure.columns
    .map((c, i) => `<th scope="col"${figure.numeric[i] ? ' class="num"' : ""}>${escape(c)}</th>`)
    .join("");
  const body = figure.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td${figure.english[i] ? ' lang="en"' : ""}${figure.numeric[i] ? ' class="num"' : ""}>${escape(cell)}</td>`).join("")}</tr>`
    )
    .join("");
  return (
    `<div class="table-wrap" role="region" tabindex="0" data-scroll-hint="${hint}" aria-label="${label}">` +
    `<table><caption class="sr-only">${label}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
  );
}
