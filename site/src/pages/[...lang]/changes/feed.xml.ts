/** The Atom feed of the data updates in both languages: `/changes/feed.xml` and `/fr/changes/feed.xml`. */
import type {APIRoute} from "astro";

import type {Lang} from "../../../i18n/index.js";
import {langPaths} from "../../../i18n/index.js";
import {updateModels} from "../../../lib/changes.js";
import {atomFeed} from "../../../lib/feed.js";
import {loadManifest} from "../../../lib/snapshots.js";

export function getStaticPaths() {
  return langPaths();
}

export const GET: APIRoute = ({props, site}) => {
  const {lang} = props as {lang: Lang};
  const body = atomFeed(lang, updateModels(lang), site ?? new URL("http://localhost:4321"), loadManifest().builtAt);
  return new Response(body, {headers: {"Content-Type": "application/atom+xml; charset=utf-8"}});
};
