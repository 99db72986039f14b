/** `/search/index.json`, `/fr/search/index.json`: the serialised search index of each language. */
import type {APIRoute} from "astro";

import type {Lang} from "../../../i18n/index.js";
import {langPaths} from "../../../i18n/index.js";
import {searchIndexJson} from "../../../lib/searchIndex.js";

export function getStaticPaths() {
  return langPaths();
}

export const GET: APIRoute = ({props}) => {
  const {lang} = props as {lang: Lang};
  return new Response(searchIndexJson(lang), {headers: {"Content-Type": "application/json"}});
};
