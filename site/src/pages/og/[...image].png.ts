/** `/og/<lang>/<page>.png`: the 1200 × 630 link-preview image of every page and every figure (site/src/lib/og.ts). */
import type {APIRoute} from "astro";

import {ogCards} from "../../lib/og.js";
import type {OgCard} from "../../lib/ogImage.js";
import {ogPng} from "../../lib/ogImage.js";

export function getStaticPaths() {
  return [...ogCards()].map(([file, card]) => ({
    params: {image: file.replace(/^\/og\//, "").replace(/\.png$/, "")},
    props: {card}
  }));
}

export const GET: APIRoute = ({props}) => {
  const {card} = props as {card: OgCard};
  return new Response(new Uint8Array(ogPng(card)), {headers: {"Content-Type": "image/png"}});
};
