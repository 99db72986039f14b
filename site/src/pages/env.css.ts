/**
 * `/env.css`: the environment badge's label and colour as CSS variables, from APP_ENV at site build time (else the
 * snapshots' environment). nginx answers this URL itself from its own APP_ENV (docker/nginx.conf), so an image
 * promoted from preprod to prod shows PROD without a rebuild. One format, written by site/build/postbuild.ts's envCss.
 */
import type {APIRoute} from "astro";

import {envCss} from "../../build/postbuild.js";
import {siteContext} from "../lib/site.js";

export const GET: APIRoute = () =>
  new Response(envCss(siteContext().provenance.environment), {headers: {"Content-Type": "text/css; charset=utf-8"}});
