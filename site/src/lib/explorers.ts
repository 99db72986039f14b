/**
 * The explorers' settings (components/Explorer.astro), one per analysis whose statistics the browser recomputes:
 * the yearly rows, the URL parameter prefix, the view options and the least span. Declared once here, so an
 * analysis' section (components/charts/<PascalName>.astro) and its figures' own pages read a shared URL
 * (`?volume_from=2003&volume_to=2010`) the same way.
 */
import type {ClaimValues} from "../../../pipeline/narrative.js";
import {MIN_YEARS} from "../../../queries/trends/_trend.js";
import type {Lang} from "../i18n/index.js";
import {analysisText} from "./analysis.js";
import {loadSnapshot} from "./snapshots.js";
import type {ExplorerName} from "../scripts/explorer.js";
import type {ViewOption} from "./views.js";

/** Explorer.astro's props but the language. */
export interface ExplorerSettings {
  name: ExplorerName;
  rows: ReadonlyArray<{year: number}>;
  prefix: string;
  options: readonly ViewOption[];
  minSpan: number;
}

const SETTINGS: Record<ExplorerName, (lang: Lang) => ExplorerSettings> = {
  trends_volume: (lang) => ({
    name: "trends_volume",
    rows: loadSnapshot("trends_volume").perYear,
    minSpan: MIN_YEARS,
    prefix: "volume",
    options: [
      {
        kind: "checkbox",
        option: "labels",
        param: "volume_labels",
        label: analysisText("trends_volume", lang, "option.labels"),
        initial: true
      }
    ]
  }),
  trends_duration: (lang) => {
    const snapshot = loadSnapshot("trends_duration");
    const text = (key: string, values?: ClaimValues) => analysisText("trends_duration", lang, key, values);
    return {
      name: "trends_duration",
      rows: snapshot.perYear,
      minSpan: MIN_YEARS,
      prefix: "duration",
      options: [
        {
          kind: "select",
          option: "band",
          param: "duration_band",
          label: text("option.band"),
          initial: (snapshot.bands.find((b) => b.isDefault) ?? snapshot.bands[0]!).key,
          recompute: true,
          choices: snapshot.bands.map((b) => ({
            value: b.key,
            label: `${text("option.band.range", {lowPercent: b.lowPercent, highPercent: b.highPercent})} (${text(`option.band.${b.key}`)})`
          }))
        },
        {kind: "checkbox", option: "bubbles", param: "duration_bubbles", label: text("option.bubbles"), initial: true}
      ]
    };
  }
};

/** The explorer of an analysis in a language, or undefined when its figures are not recomputed in the browser. */
export function explorerOf(name: string, lang: Lang): ExplorerSettings | undefined {
  return (SETTINGS as Partial<Record<string, (lang: Lang) => ExplorerSettings>>)[name]?.(lang);
}
