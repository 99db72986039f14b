/**
 * `/env.css`: the environment badge's label and colour as CSS variables, from APP_ENV at site build time (else the
 * snapshots' environment). nginx answers this URL itself from its own APP_ENV (docker/nginx.conf), so an image
 * promoted from preprod to prod shows PROD without a rebuild; the same format is written by site/build/postbuild.ts.
 */
import type {APIRoute} from "astro";

import {siteContext} from "../lib/site.js";

/** Label and colour per environment: the reference app's badges (§1.2). */
export const ENV_BADGES = {
  local: {label: "LOCAL", color: "#6C757D", display: "inline-flex"},
  preprod: {label: "PREPROD", color: "#FFC107", display: "inline-flex"},
  prod: {label: "PROD", color: "#28A745", display: "none"}
} as const;

export const GET: APIRoute = () => {
  const badge = ENV_BADGES[siteContext().provenance.environment];
  return new Response(
    `:root{--env-label:"${badge.label}";--env-color:${badge.color};--env-display:${badge.display}}\n`,
    {
      headers: {"Content-Type": "text/css; charset=utf-8"}
    }
  );
};
