/**
 * The Atom feed of the data updates in one language (RFC 4287), one entry per update of the change log, written
 * with the `feed` library. Entry ids are the update's URL on the "What's new" page, so they never change.
 */
import {Feed} from "feed";

import type {Lang} from "../i18n/index.js";
import {LOCALE_TAG, t} from "../i18n/index.js";
import {ts} from "../i18n/share.js";
import type {AnalysisChangeModel, UpdateModel} from "./changes.js";
import {changesPath, feedPath} from "./changes.js";
import type {SentencePart} from "./claimDiff.js";

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A sentence of a moved claim, the values that moved in bold (feed readers keep <strong>, not always <mark>); in a
 * merged sentence, each followed by its earlier value, as on the page.
 */
const sentenceHtml = (lang: Lang, parts: readonly SentencePart[]): string =>
  parts
    .map((p) => {
      if (!p.moved) return escapeHtml(p.text);
      const was = p.was === undefined ? "" : ` ${escapeHtml(ts(lang, "changes.was", {value: p.was}))}`;
      return `<strong>${escapeHtml(p.text)}</strong>${was}`;
    })
    .join("");

/**
 * The entry's content, read like the "What's new" page: the summary; per analysis, the claims that moved, old and
 * new sentences with the moved values in bold; the statements with no earlier sentence, under the one sentence that
 * says why; and the analyses whose figures alone changed.
 */
function entryHtml(lang: Lang, u: UpdateModel, site: URL): string {
  const link = (a: AnalysisChangeModel): string =>
    a.href ? `<a href="${escapeHtml(new URL(a.href, site).href)}">${escapeHtml(a.title)}</a>` : escapeHtml(a.title);
  const items = u.analyses.map((a) => {
    const claims = a.claims.map((c) => {
      if (c.merged) return `<li>${escapeHtml(ts(lang, "changes.after"))} ${sentenceHtml(lang, c.merged)}</li>`;
      const before = c.before
        ? `${escapeHtml(ts(lang, "changes.before"))} ${sentenceHtml(lang, c.before)}`
        : escapeHtml(ts(lang, "changes.new"));
      const after = c.after
        ? `${escapeHtml(ts(lang, "changes.after"))} ${sentenceHtml(lang, c.after)}`
        : escapeHtml(ts(lang, "changes.gone"));
      const reworded = c.reworded ? `${escapeHtml(ts(lang, "changes.reworded"))}<br>` : "";
      return `<li>${reworded}${before}<br>${after}</li>`;
    });
    const status = a.status === undefined ? "" : ` (${escapeHtml(a.status)})`;
    return `<li>${link(a)}${status}${claims.length ? `<ul>${claims.join("")}</ul>` : ""}</li>`;
  });
  const list = items.length ? `<ul>${items.join("")}</ul>` : "";
  const unrecorded = u.unrecorded.map(
    (a) => `<li>${link(a)}<ul>${a.claims.map((c) => `<li>${sentenceHtml(lang, c.after!)}</li>`).join("")}</ul></li>`
  );
  const newOnly = unrecorded.length ? `<p>${escapeHtml(u.unrecordedLabel)}</p><ul>${unrecorded.join("")}</ul>` : "";
  const figures = u.figuresOnly.length
    ? `<p>${escapeHtml(u.figuresLabel)} ${u.figuresOnly.map(link).join(", ")}</p>`
    : "";
  return `<p>${escapeHtml(u.summary)}</p>${list}${newOnly}${figures}`;
}

/** The feed document. `updated` is the newest update's time, or `fallback` (the set's build time) when none. */
export function atomFeed(lang: Lang, updates: readonly UpdateModel[], site: URL, fallback: string): string {
  const page = new URL(changesPath(lang), site).href;
  const feed = new Feed({
    id: page,
    title: ts(lang, "changes.feedTitle"),
    description: ts(lang, "changes.feedSubtitle"),
    link: page,
    feed: new URL(feedPath(lang), site).href,
    language: LOCALE_TAG[lang],
    updated: new Date(updates[0]?.builtAt ?? fallback),
    author: {name: t(lang, "site.name"), link: new URL(lang === "en" ? "/" : `/${lang}/`, site).href},
    copyright: t(lang, "site.name"),
    generator: false
  });
  for (const u of updates) {
    feed.addItem({
      id: `${page}#${u.anchor}`,
      link: `${page}#${u.anchor}`,
      title: escapeHtml(u.title),
      date: new Date(u.builtAt),
      description: escapeHtml(u.summary),
      content: entryHtml(lang, u, site)
    });
  }
  return `${feed.atom1()}\n`;
}
