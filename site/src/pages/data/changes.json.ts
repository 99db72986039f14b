/**
 * `/data/changes.json`: the change log of the set, validated. A later build reads it back from the deployed site
 * (PREVIOUS_SITE_URL, pipeline/changes.ts) to carry the log forward.
 */
import type {APIRoute} from "astro";

import {loadChangeLog} from "../../lib/changes.js";

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(loadChangeLog(), null, 1)}\n`, {headers: {"Content-Type": "application/json"}});
