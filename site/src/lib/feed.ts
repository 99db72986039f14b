/**
 * The Atom feed of the data updates in one language (RFC 4287), one entry per update of the change log, written
 * with the `feed` library. Entry ids are the update's URL on the "What's new" page, so they never change.
 */
import {Feed} from "feed";

import type {Lang} from "../i18n/index.js";
import {LOCALE_TAG, t} from "../i18n/index.js";
import {ts} from "../i18n/share.js";
import type {UpdateModel} from "./changes.js";
import {changesPath, feedPath} from "./changes.js";

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The entry's content: the summary and, per analysis, the claims that moved (HTML, escaped). */
function entryHtml(lang: Lang, u: UpdateModel, site: URL): string {
  const items = u.analyses.map((a) => {
    const title = a.href
      ? `<a href="${escapeHtml(new URL(a.href, site).href)}">${escapeHtml(a.title)}</a>`
      : escapeHtml(a.title);
    const claims = a.claims.map((c) => {
      const before = c.before === undefined ? ts(lang, "changes.new") : `${ts(lang, "changes.before")} ${c.before}`;
      const after = c.after === undefined ? ts(lang, "changes.gone") : `${ts(lang, "changes.after")} ${c.after}`;
      return `<li>${escapeHtml(before)}<br>${escapeHtml(after)}</li>`;
    });
    return `<li>${title} (${escapeHtml(a.status)})${claims.length ? `<ul>${claims.join("")}</ul>` : ""}</li>`;
  });
  return `<p>${escapeHtml(u.summary)}</p><ul>${items.join("")}</ul>`;
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
