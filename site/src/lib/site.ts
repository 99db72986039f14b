/**
 * What every page shares: the manifest, the build's provenance and the period the data covers (for labels such as
 * "Trends 1999–2018", taken from the overview snapshot rather than typed).
 */
import type {Manifest} from "../../../pipeline/manifest.js";
import type {Provenance} from "./provenance.js";
import {provenance} from "./provenance.js";
import {listAnalyses, loadManifest, loadSnapshot} from "./snapshots.js";

export interface SiteContext {
  manifest: Manifest;
  provenance: Provenance;
  period: {firstYear: string; lastYear: string};
}

/** The shared context of the build. */
export function siteContext(): SiteContext {
  const manifest = loadManifest();
  const overview = listAnalyses("overview").some((a) => a.name === "overview") ? loadSnapshot("overview") : undefined;
  const firstYear = overview?.totals.firstRecipe.slice(0, 4) ?? manifest.dataAsOf.slice(0, 4);
  const lastYear = overview?.totals.lastRecipe.slice(0, 4) ?? manifest.dataAsOf.slice(0, 4);
  return {manifest, provenance: provenance(manifest), period: {firstYear, lastYear}};
}
