/**
 * `/data/figures/<analysis>-<figure>-<as-of>.{csv,json,svg}`: the rows and the image of every chart, and the HTML
 * fragments of the drawings a view option fetches (`…-<variant>.html`) or a wide screen fetches (`…-wide.html`).
 */
import type {APIRoute} from "astro";

import {figureFiles} from "../../../lib/analysis.js";

export function getStaticPaths() {
  return figureFiles().map((f) => ({params: {file: f.file}, props: {body: f.body, contentType: f.contentType}}));
}

export const GET: APIRoute = ({props}) => {
  const {body, contentType} = props as {body: string; contentType: string};
  return new Response(body, {headers: {"Content-Type": contentType}});
};
