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
  /** The years and the days the cleaned data spans (ISO dates), from the overview snapshot. */
  period: {
    firstYear: string;
    lastYear: string;
    firstRecipe: string;
    lastRecipe: string;
    firstRating: string;
    lastRating: string;
  };
}

/** The shared context of the build. */
export function siteContext(): SiteContext {
  const manifest = loadManifest();
  const overview = listAnalyses("overview").some((a) => a.name === "overview") ? loadSnapshot("overview") : undefined;
  const day = (date: string | undefined) => date ?? manifest.dataAsOf;
  const days = {
    firstRecipe: day(overview?.totals.firstRecipe),
    lastRecipe: day(overview?.totals.lastRecipe),
    firstRating: day(overview?.totals.firstRating),
    lastRating: day(overview?.totals.lastRating)
  };
  const period = {firstYear: days.firstRecipe.slice(0, 4), lastYear: days.lastRecipe.slice(0, 4), ...days};
  return {manifest, provenance: provenance(manifest), period};
}
